// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "eventindex.h"
#include "timelinelanes.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QSplitter;
class QVBoxLayout;

namespace Annals {

class OverviewStrip;
class SeriesLane;
class TimelineView;
class ViewState;

// The timeline with what hangs off its time axis: a lane per number series
// of the atlas under it, on the same axis, and the overview strip at the
// bottom. Its one job is keeping the lanes on the timeline's axis: whenever
// the timeline's scale or geometry changes, each lane gets the timeline's
// TimeScale and the x where the timeline's x = 0 lies in the lane, so a date
// sits at the same screen x in the timeline and in every lane.
//
// Series are shown unless hidden (setSeriesHidden); hidden ones are kept by
// name, so that a choice survives reopening the atlas (MainWindow stores it).
class TimelineColumn : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineColumn(QWidget *parent = nullptr);
    ~TimelineColumn() override;

    TimelineView *timeline() const { return m_timeline; }
    OverviewStrip *overview() const { return m_overview; }

    // `data` must outlive the column or the next call.
    void setAtlas(const AtlasData *atlasData, std::shared_ptr<const EventIndex> index);
    // Shows other events of the same atlas (those a filter lets through),
    // keeping the window, the cursor and the overview's extent: the student
    // keeps looking at the same years.
    void setEvents(std::shared_ptr<const EventIndex> events);
    void setViewState(ViewState *state);
    void setFontScale(qreal scale);
    // Lane modes change the width of the timeline's lane headers, which the
    // series lanes' headers follow.
    void setLaneMode(LaneMode mode);

    void setOverviewVisible(bool visible);
    bool isOverviewVisible() const;

    // Lanes of the series shown, top to bottom in the atlas's order.
    QList<SeriesLane *> seriesLanes() const { return m_lanes; }
    SeriesLane *laneFor(ItemId seriesId) const;
    // Names of the series not shown (also those of series not in this atlas).
    QSet<QString> hiddenSeries() const { return m_hiddenSeries; }
    void setHiddenSeries(const QSet<QString> &names);
    void setSeriesHidden(const QString &name, bool hidden);

    // How the height is shared between the timeline and the series lanes
    // (a splitter the user drags), for MainWindow to remember.
    QByteArray saveSplitState() const;
    bool restoreSplitState(const QByteArray &state);

Q_SIGNALS:
    void hiddenSeriesChanged(const QSet<QString> &names);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildLanes();
    void alignLanes();
    void shareHeight();

    QSplitter *m_split;
    TimelineView *m_timeline;
    QWidget *m_laneBox;
    QVBoxLayout *m_laneLayout;
    OverviewStrip *m_overview;
    QList<SeriesLane *> m_lanes;
    QSet<QString> m_hiddenSeries;
    const AtlasData *m_data = nullptr;
    std::shared_ptr<const EventIndex> m_index;
    std::pair<qint64, qint64> m_overviewRange; // the whole atlas's, also while filtered
    QPointer<ViewState> m_state;
    qreal m_fontScale = 1.0;
    bool m_splitChosen = false; // dragged by the user, or restored
};

} // namespace Annals
