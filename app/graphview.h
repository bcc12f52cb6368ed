// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alliancegraph.h"
#include "graphcanvas.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QActionGroup;

namespace Annals {

class GraphSimulation;
class ViewState;

// Who stood with whom at the time cursor's date: actors as nodes (circle a
// person, square a state, diamond an organisation or group, bigger with
// more ties), the relations in force as edges — cooperative solid and cool,
// hostile dashed and warm, neutral grey, arrows where a relation has a
// direction. The layout runs on a worker (GraphSimulation); when the date
// moves, edges fade in and out while the nodes drift to the new balance,
// held near their places of all time so the picture never jumps.
//
// Input: click an actor or a relation to select it (through ViewState);
// drag an actor to move it (it stays pinned until unpinned); drag the
// background to pan; wheel to zoom; double-click an actor to see only its
// neighbourhood (again for two steps), Esc to leave. The actions (filters,
// re-layout, focus) are also in the window's Graph menu.
//
// Keys: Tab / Shift+Tab select the next / previous actor on stage (by name),
// Enter focuses on its neighbourhood, the Menu key opens its menu, Esc
// steps back out; F6 leaves the graph.
//
// Shift+drag from an actor to another (or "Draw Relation From Here" on an
// actor's menu, then a click on the other) asks for a relation between them:
// a line follows the pointer and snaps to the actor under it; Esc, or letting
// go anywhere but on another actor, draws nothing.
class GraphView : public QWidget
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    void setAtlas(const AtlasData *atlasData);
    void setViewState(ViewState *state);
    void setFontScale(qreal scale);
    void setLegendVisible(bool visible);
    // Off for tests and screenshots: changes show at once.
    void setAnimated(bool animated);
    // Whether the heading names keys ("Esc shows everyone"); off where the
    // keys belong to someone else (presentation mode).
    void setKeyHintsShown(bool shown);
    const AllianceGraph *graph() const { return m_graph.get(); }
    GraphSimulation *simulation() const { return m_simulation; }
    const GraphCanvas &canvas() const { return m_canvas; }
    // Waits (running the event loop) until the layout has settled and the
    // picture shows it.
    bool waitForLayout(int timeoutMilliseconds = 30'000);

    // Where an actor is drawn in the widget ((-1, -1) when it is not).
    QPointF positionOf(ItemId actorId) const;
    bool isPinned(ItemId actorId) const;

    // Neighbourhood focus (0: none).
    ItemId focusActor() const { return m_focusActor; }
    int focusSteps() const { return m_focusSteps; }
    // `alsoAround`: more actors the neighbourhood grows from (a tour step's
    // event's actors), so that everyone in the story is on stage.
    void focusOn(ItemId actorId, int steps, const QList<ItemId> &alsoAround = {});
    void leaveFocus();

    // Relations in force at the cursor's date, or at any time in the
    // timeline's visible window.
    bool showsWholeWindow() const { return m_wholeWindow; }
    void setShowsWholeWindow(bool whole);
    // Relation kinds shown: the view state's filter's (ViewFilter::
    // relationKinds) once there is a view state, which setShownKinds() writes.
    quint32 shownKinds() const { return m_kinds; }
    void setShownKinds(quint32 kinds);

    // For the window's menus.
    QList<QAction *> graphActions() const { return m_menuActions; }
    QAction *relayoutAction() const { return m_relayout; }
    QAction *unpinAllAction() const { return m_unpinAll; }
    QAction *leaveFocusAction() const { return m_leaveFocus; }
    QAction *wholeWindowAction() const { return m_wholeWindowAction; }
    QList<QAction *> kindActions() const { return m_kindActions; }

    // Starts drawing a relation from this actor: the next click on another
    // actor asks for it (relationDrawRequested), anything else cancels.
    void beginRelationFrom(ItemId actorId);
    bool isDrawingRelation() const { return m_drawSource >= 0; }

    // Paints the graph as it is now onto any device.
    void render(QPainter &painter, const QRect &target);

Q_SIGNALS:
    // A line drawn from one actor to another: make a relation between them.
    void relationDrawRequested(Annals::ItemId sourceActor, Annals::ItemId targetActor);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Fade {
        float opacity = 0;
        float target = 1;
        int parallelIndex = 0;
        int parallelCount = 1;
    };

    void createActions();
    // Selects the next (+1) or previous (-1) actor on stage, by name.
    void selectNeighbourActor(int direction);
    void takeFilter();
    void refreshFrame();
    void stepFades();
    void publishEdges();
    void takePositions();
    void updateFitTarget();
    void updateSelection();
    void updateHeading();
    QString tooltipAt(QPointF position) const;
    ItemId actorIdAt(QPointF position) const;
    // Drawing a relation, apart from moving and selecting.
    void startDrawing(int sourceIndex, bool byDrag, QPointF pointer);
    void followDrawing(QPointF pointer);
    void finishDrawing(QPointF pointer);
    void cancelDrawing();

    const AtlasData *m_data = nullptr;
    std::unique_ptr<AllianceGraph> m_graph;
    GraphSimulation *m_simulation = nullptr;
    GraphCanvas m_canvas;
    QPointer<ViewState> m_state;

    bool m_wholeWindow = false;
    quint32 m_kinds = 0xffffffffu;
    QSet<ItemId> m_shownActors; // when the filter chooses actors: they and their partners
    ItemId m_focusActor = 0;
    int m_focusSteps = 1;
    QList<ItemId> m_focusAlso;
    bool m_keyHints = true;

    QHash<qsizetype, Fade> m_fades;
    QRectF m_fitTarget; // where the camera is heading
    bool m_refitWhenSettled = false;
    QTimer m_fadeTimer;
    QElapsedTimer m_fadeClock;
    bool m_animated = true;

    QPointF m_pressPosition;
    QPointF m_lastPosition;
    int m_pressedActor = -1;
    bool m_pressed = false;
    bool m_moved = false;
    bool m_draggingActor = false;
    int m_drawSource = -1;     // actor index the relation is drawn from
    bool m_drawByDrag = false; // else by "Draw Relation From Here": ends at the next click

    QAction *m_relayout = nullptr;
    QAction *m_unpinAll = nullptr;
    QAction *m_leaveFocus = nullptr;
    QAction *m_wholeWindowAction = nullptr;
    QAction *m_resetView = nullptr;
    QList<QAction *> m_kindActions;
    QList<QAction *> m_menuActions;
};

} // namespace Annals
