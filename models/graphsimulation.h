// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forcelayout.h"

#include <QObject>
#include <QPointF>

#include <memory>
#include <vector>

QT_FORWARD_DECLARE_CLASS(QThread)

namespace Annals {

// The alliance graph's layout, run on a worker thread so that the window
// never waits for it. The owner (GUI thread) sends commands; the worker
// applies them in the order sent, steps a ForceLayout in slices of a few
// milliseconds, and publishes positions back at most about 60 times a
// second until the layout settles, then sleeps until the next command.
//
// Two layouts, one after the other:
//   the reference: every relation of all time, from a cold start for the
//     seed, run until settled. It gives every actor its home. A hub's mass
//     is its number of ties over all time divided by the mean (others: 1),
//     so hubs push harder and get room for their names.
//   the graph of the moment (setActiveGraph): the relations in force at the
//     date, warm-started from the positions on screen and anchored to the
//     reference (strength about 3; see ForceLayout), so the picture changes
//     without jumping when the date moves.
// An active graph sent while the reference is still being computed waits
// for it. Pins hold in both.
//
// Determinism: the same commands, each sent after the previous one settled,
// give bit-identical positions. Commands sent while the layout still moves
// act on whatever positions it had reached, which depends on timing.
class GraphSimulation : public QObject
{
    Q_OBJECT

public:
    explicit GraphSimulation(QObject *parent = nullptr);
    ~GraphSimulation() override; // stops the worker and waits for it

    // Starts over with a new graph of `nodeCount` nodes: drops pins and
    // positions, computes the reference layout of `allTimeEdges` from a cold
    // start for `seed`, and then lays out the last active graph (all time's,
    // until setActiveGraph says otherwise).
    void setReference(int nodeCount, std::vector<ForceLayout::Edge> allTimeEdges, quint64 seed);
    // The relations in force now (node indices as in setReference).
    void setActiveGraph(std::vector<ForceLayout::Edge> edges);
    // Dragging: the node stays at `position` (layout coordinates) until
    // unpinned; the others make room around it.
    void pin(int node, QPointF position);
    void unpin(int node);
    void unpinAll();
    // Recomputes the reference from the same seed with the pinned nodes
    // held where they are, then the graph of the moment: everything the
    // user has not pinned goes back to a fresh arrangement.
    void relayout();

    // The masses the reference gives each node (see the class comment), for
    // anyone who wants to lay out a graph exactly as the worker does.
    static std::vector<double> referenceMasses(int nodeCount, const std::vector<ForceLayout::Edge> &allTimeEdges);

    // The latest positions the worker published, in layout coordinates
    // (empty until the first frame of the reference arrives).
    const std::vector<QPointF> &positions() const { return m_positions; }
    // The reference layout, once computed (empty before).
    const std::vector<QPointF> &referencePositions() const { return m_reference; }
    bool isPinned(int node) const;
    bool hasPins() const;
    // True when the worker has applied every command sent and its layout
    // has settled.
    bool isSettled() const;
    // Runs the caller's event loop until isSettled() or the timeout; for
    // screenshots and tests. Returns isSettled().
    bool waitUntilSettled(int timeoutMilliseconds = 30'000);

Q_SIGNALS:
    // New positions() (and, the first time, referencePositions()).
    void positionsChanged();
    // The layout came to rest after the last command.
    void settled();

private:
    class Worker;
    struct Frame;
    void receive(Frame &&frame);

    std::unique_ptr<QThread> m_thread;
    // Lives on m_thread, which deletes it as it finishes (see the destructor).
    Worker *m_worker = nullptr;
    std::vector<QPointF> m_positions;
    std::vector<QPointF> m_reference;
    std::vector<bool> m_pinned;
    quint64 m_commandsSent = 0;
    quint64 m_commandsApplied = 0;
    // The number of the last setReference command: frames from before it
    // belong to another graph.
    quint64 m_referenceCommand = 0;
    bool m_workerSettled = true;
};

} // namespace Annals
