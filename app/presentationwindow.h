// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QWidget>

#include <memory>

class QLabel;
class QScreen;
class QSplitter;

namespace Annals {

class EventIndex;
class GraphView;
class TimelineView;
class TourNavigator;
class ViewState;

// The atlas on a projector: a frameless full-screen window with the timeline
// and the graph in large type and a caption, walked through a tour one step
// at a time with a presentation clicker (keys: see TourNavigator). Each step
// animates the timeline to its window and the graph to its date, selects the
// step's event and focuses the graph on its actor's neighbourhood. The
// legends are hidden until L is pressed; Ctrl++ and Ctrl+- change the size.
//
// It has its own ViewState, so the teacher's window keeps its place; when
// the presentation ends, finished() says where it stopped, so that the main
// window can follow if it wants to. Without steps it shows the view it was
// started from, in large type, and only Esc and blanking do anything.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    // `data` and `index` must outlive the window (MainWindow closes it before
    // the atlas goes).
    PresentationWindow(const AtlasData *atlasData, std::shared_ptr<const EventIndex> index, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // What to play: `steps` from `startStep`, or, with no steps, the view
    // given by `window` and `cursor`.
    void setTour(const QString &title, const QList<TourStep> &steps, int startStep,
                 std::pair<qint64, qint64> window, qint64 cursor);

    // 2.0 (200 %) unless told otherwise; Ctrl++ and Ctrl+- change it while
    // presenting (remembered by MainWindow through fontScaleChanged()).
    void setFontScale(qreal scale);
    qreal fontScale() const { return m_fontScale; }
    // Off for tests and screenshots: each step shows at once.
    void setAnimated(bool animated);

    // Shows full screen on `screen` (the primary one when null).
    void presentOn(QScreen *screen);
    // The screen to present on: the one named `remembered` if it is still
    // connected, else a screen other than the one `window` is on (a projector
    // is usually the second screen), else that one.
    static QScreen *chooseScreen(const QWidget *window, const QString &remembered);

    TourNavigator *navigator() const { return m_navigator; }
    ViewState *viewState() const { return m_state; }
    TimelineView *timeline() const { return m_timeline; }
    GraphView *graph() const { return m_graph; }
    QString captionText() const;
    QString counterText() const;
    bool isBlanked() const;

    // The text size on a presentation 1080 pixels high (logical pixels).
    static constexpr qreal defaultFontScale = 2.0;
    // The text size for a presentation `height` pixels high: the same share
    // of the height as 200 % on 1080 lines, so a 720-line classroom projector
    // starts at 125 % instead of crowding; times `shareOfDefault` when the
    // teacher made it larger or smaller. In steps of 25 %, 100 % to 400 %.
    static qreal defaultFontScaleFor(int height, qreal shareOfDefault = 1.0);
    // The share of the (unrounded) default that `scale` is at `height`:
    // defaultFontScaleFor(height, shareOfDefaultFor(height, scale)) == scale.
    static qreal shareOfDefaultFor(int height, qreal scale);

Q_SIGNALS:
    void fontScaleChanged(qreal scale);
    // Emitted once, when the presentation closes.
    void finished(qint64 windowStart, qint64 windowEnd, qint64 cursor, Annals::ItemId selectedEvent);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showStep(int index);
    void updateCounter();
    void applyFonts();

    const AtlasData *m_data;
    QList<TourStep> m_steps;
    QString m_title;
    std::pair<qint64, qint64> m_startWindow{0, 0};
    qint64 m_startCursor = 0;
    ViewState *m_state;
    TourNavigator *m_navigator;
    QSplitter *m_views;
    TimelineView *m_timeline;
    GraphView *m_graph;
    QWidget *m_captionBox;
    QLabel *m_heading;
    QLabel *m_caption;
    QLabel *m_counter;
    QWidget *m_blank;
    qreal m_fontScale = defaultFontScale;
    bool m_animated = true;
    bool m_finished = false;
    bool m_legendsShown = false; // L shows them: room for the picture first

};

} // namespace Annals
