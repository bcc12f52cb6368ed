// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actoractivity.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace Annals {

// The actor panel's bars: how many of the selected actor's events begin in
// each period of the timeline's visible window (ActorActivity picks calendar
// periods, at most 24). Drawn with Qt Charts (QBarSeries); a bar's tooltip
// names its period and count; clicking a bar, or Enter on the focused one
// (Left/Right move the focus), asks to zoom the timeline to that period
// (periodActivated). Bars for periods reaching past the window say they are
// partial. Colours from the palette, sizes from the widget's font.
class ActivityChart : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityChart(QWidget *parent = nullptr);
    ~ActivityChart() override;

    void setIndex(std::shared_ptr<const EventIndex> index);
    void setActor(ItemId actorId); // 0: no bars
    void setWindow(qint64 from, qint64 to);

    const std::vector<ActivityPeriod> &periods() const { return m_periods; }
    // Where bar i is drawn, in widget coordinates (tests click there).
    QRectF barRect(int i) const;
    QString toolTipFor(int i) const;

    // What a whole bar is filled with (partial ones are hatched over it).
    QColor barColour() const;
    // The bar that Left, Right and Enter act on (-1 without bars).
    int focusedBar() const { return m_periods.empty() ? -1 : m_focused; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void periodActivated(qint64 from, qint64 to);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Parts; // the Qt Charts objects, kept out of this header
    void rebuildActivity();
    void updatePeriods();
    void showPeriods();
    void placeMarks();
    void applyStyle();
    void settleLayout() const;
    QPointF widgetPosition(const QPointF &chartPosition) const;
    // Bar i's whole column, from the top of the plot to the bottom of its
    // label: where a click or a tooltip means that bar.
    QRectF columnRect(int i) const;
    int barAt(const QPointF &position) const;
    void activate(int i);

    std::unique_ptr<Parts> m_parts;
    int m_focused = 0;
    int m_hovered = -1;
    std::shared_ptr<const EventIndex> m_index;
    ActorActivity m_activity;
    std::vector<ActivityPeriod> m_periods;
    qint64 m_from = 0;
    qint64 m_to = 0;
};

} // namespace Annals
