// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actornames.h"
#include "actorstanding.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QAbstractButton;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace Annals {

class ActivityChart;
class EventIndex;
class StandingChart;
class ViewState;

// For students: who stood with the selected actor and who against it, in
// plain words. The actor's name at the cursor's date, its kind and
// lifespan; "On 1 Oct 1959, North Korea had 2 allies and 2 rivals in this
// atlas."; the allies and rivals by name, each a button that selects that
// actor; a step chart of both counts over the atlas's span, which moves the
// cursor when clicked; one sentence on the peaks; and bars of the actor's
// events per period in the timeline's window, which zoom the timeline to a
// period when clicked. Who counts as an ally or a rival is ActorStanding's
// rule. Follows ViewState's selected actor, cursor and window, and writes
// only those three back.
class ActorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActorPanel(QWidget *parent = nullptr);
    ~ActorPanel() override;

    // The event index gives the bars of events in view; without one the
    // panel shows no bars.
    void setAtlas(const AtlasData *atlasData, std::shared_ptr<const EventIndex> eventIndex = {});
    // The events the activity chart counts (those the view filter lets
    // through), for the same atlas.
    void setEventIndex(std::shared_ptr<const EventIndex> eventIndex);
    void setViewState(ViewState *state);
    // Multiplies the panel's font for reading from a distance (1.0 = normal).
    void setFontScale(qreal scale);

    // What the panel shows, for tests and for reading it out.
    ItemId shownActor() const { return m_actor; }
    bool isShowingHint() const;
    QString title() const;
    QString sentence() const;
    QString changeSentence() const;
    QList<QAbstractButton *> allyLinks() const { return m_allyLinks; }
    QList<QAbstractButton *> rivalLinks() const { return m_rivalLinks; }
    StandingChart *chart() const { return m_chart; }
    ActivityChart *activityChart() const { return m_activity; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showActor(ItemId actorId); // the actor or the atlas changed
    void showCursor();              // the date changed
    void fillLinks(QVBoxLayout *box, QList<QAbstractButton *> &links, const QList<ItemId> &partners,
                   bool allies, qint64 time);
    void elideLinks();
    void applyFonts();
    const Actor *actor(ItemId id) const;
    qint64 cursor() const;

    const AtlasData *m_data = nullptr;
    ActorStanding m_standing;
    ActorNames m_names;
    QPointer<ViewState> m_state;
    ItemId m_actor = 0;
    std::vector<StandingPoint> m_points;
    qreal m_fontScale = 1.0;
    qreal m_baseFontSize = 0;

    QScrollArea *m_scroll;
    QWidget *m_details;
    QLabel *m_hint;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_sentence;
    QLabel *m_alliesHeading;
    QVBoxLayout *m_alliesBox;
    QLabel *m_rivalsHeading;
    QVBoxLayout *m_rivalsBox;
    QLabel *m_bothSides;
    StandingChart *m_chart;
    QLabel *m_change;
    QLabel *m_activityHeading;
    ActivityChart *m_activity;
    QList<QAbstractButton *> m_allyLinks;
    QList<QAbstractButton *> m_rivalLinks;
    // What the links show, to leave them alone while the cursor moves
    // without changing who is listed.
    QString m_linksShown;
};

} // namespace Annals
