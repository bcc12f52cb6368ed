// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphsimulation.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <atomic>

namespace Annals {

namespace {

// A slice's length. The first frame after a date change comes after one
// slice, and the 16 ms budget for it also pays for the GUI thread's query
// (about 3 ms at 5,000 actors), so a slice is one step of a 5,000-node
// graph (about 5 ms) and not two; a command waits at most this long, or one
// step of a larger graph, behind the layout.
constexpr qint64 sliceNanoseconds = 8'000'000;
// About 60 frames a second: the screen shows no more, and each frame costs
// the window a copy and a repaint.
constexpr qint64 framePeriodMilliseconds = 16;
// A layout that has not settled after this many steps since it last woke
// is left where it is: better a picture a hair off balance than a core
// spinning for ever on one that oscillates.
constexpr int maximumSteps = 5000;
// Anchors to the reference at this strength keep every actor within about
// K of its home (see ForceLayout).
constexpr double anchorStrength = 3.0;

} // namespace

// What the worker tells the owner after a slice. Everything in it is a copy,
// so the two threads never share a container.
struct GraphSimulation::Frame {
    std::vector<QPointF> positions;
    std::vector<QPointF> reference; // only in the frame that completes it
    quint64 commandsApplied = 0;
    bool settled = false;
};

// Owns the ForceLayout and everything it needs; lives on the simulation's
// thread and is touched only there, through queued calls, so none of its
// state needs a lock. The one exception is `m_aborted`, which the owner's
// destructor sets while a slice may be running.
class GraphSimulation::Worker : public QObject
{
public:
    explicit Worker(GraphSimulation *owner)
        : m_owner(owner)
    {
    }

    // Called from the owner's thread. Queued calls to one object run in the
    // order posted, and slices are queued calls too, so a command always
    // lands between two slices, never inside one.
    template<typename Command>
    void post(Command command)
    {
        QMetaObject::invokeMethod(
            this,
            [this, command = std::move(command)]() mutable {
                if (m_aborted.load(std::memory_order_relaxed))
                    return;
                command(*this);
                ++m_applied;
                // Even a command that changes nothing gets a frame, so that
                // the owner learns it was applied.
                schedule();
            },
            Qt::QueuedConnection);
    }

    // Thread-safe: makes every pending command and slice a no-op and the
    // running slice return after its current step.
    void abort() { m_aborted.store(true, std::memory_order_relaxed); }

    void setReference(int nodeCount, std::vector<ForceLayout::Edge> allTimeEdges, quint64 seed)
    {
        m_layout = ForceLayout();
        m_nodeCount = std::max(0, nodeCount);
        m_allTimeEdges = std::move(allTimeEdges);
        m_activeEdges = m_allTimeEdges;
        m_seed = seed;
        // Hubs get room: a node's mass (how hard it pushes the others away)
        // grows with the square root of its ties over all time, so the
        // states everyone deals with do not end up in a knot with their
        // names crowded out.
        m_masses = GraphSimulation::referenceMasses(m_nodeCount, m_allTimeEdges);
        m_reference.clear();
        startReference();
    }

    void setActiveGraph(std::vector<ForceLayout::Edge> edges)
    {
        m_activeEdges = std::move(edges);
        // During the reference the active graph has no anchors yet; it is
        // picked up when the reference is done.
        if (m_phase == Phase::Active)
            m_layout.setGraph(m_nodeCount, m_activeEdges);
    }

    void pin(int node, QPointF position)
    {
        if (node >= 0 && node < m_layout.nodeCount())
            m_layout.pin(node, position);
    }

    void unpin(int node)
    {
        if (node >= 0 && node < m_layout.nodeCount())
            m_layout.unpin(node);
    }

    void unpinAll()
    {
        for (int node = 0; node < m_layout.nodeCount(); ++node) {
            if (m_layout.node(node).pinned)
                m_layout.unpin(node);
        }
    }

    void relayout()
    {
        if (m_phase != Phase::Empty)
            startReference();
    }

private:
    enum class Phase {
        Empty,     // no setReference yet
        Reference, // laying out all time's relations from a cold start
        Active,    // laying out the graph of the moment, anchored
    };

    // Pins survive: randomise() leaves pinned nodes where they are.
    void startReference()
    {
        m_layout.clearAnchors();
        m_layout.setGraph(m_nodeCount, m_allTimeEdges);
        for (std::size_t i = 0; i < m_masses.size(); ++i)
            m_layout.setMass(int(i), m_masses[i]);
        m_layout.randomise(m_seed);
        m_phase = Phase::Reference;
    }

    void finishReference()
    {
        m_reference = m_layout.positions();
        m_layout.setGraph(m_nodeCount, m_activeEdges); // a warm start: every node is kept
        m_layout.setAnchors(m_reference, anchorStrength);
        m_phase = Phase::Active;
    }

    bool layoutAtRest() const { return m_layout.settled() || m_layout.stepsSinceWake() >= maximumSteps; }
    bool atRest() const { return m_phase != Phase::Reference && layoutAtRest(); }

    void schedule()
    {
        if (m_sliceScheduled)
            return;
        m_sliceScheduled = true;
        QMetaObject::invokeMethod(this, [this] { slice(); }, Qt::QueuedConnection);
    }

    void slice()
    {
        m_sliceScheduled = false;
        if (m_aborted.load(std::memory_order_relaxed))
            return;
        QElapsedTimer clock;
        clock.start();
        bool referenceDone = false;
        int steps = 0;
        while (!atRest()) {
            m_layout.step();
            ++steps;
            if (m_phase == Phase::Reference && layoutAtRest()) {
                finishReference();
                referenceDone = true;
            }
            if (m_aborted.load(std::memory_order_relaxed))
                return;
            // Stop before a step that would overrun the slice, judging the
            // next step by the average so far: steps of a large graph take
            // longer than the slice, and then a slice is one step.
            const qint64 elapsed = clock.nsecsElapsed();
            if (elapsed + elapsed / steps > sliceNanoseconds)
                break;
        }
        const bool rest = atRest();
        const bool frameDue = !m_lastFrame.isValid() || m_lastFrame.elapsed() >= framePeriodMilliseconds;
        if (rest || referenceDone || frameDue)
            publish(rest, referenceDone);
        if (!rest)
            schedule();
    }

    void publish(bool rest, bool withReference)
    {
        Frame frame;
        frame.positions = m_layout.positions();
        if (withReference)
            frame.reference = m_reference;
        frame.commandsApplied = m_applied;
        frame.settled = rest;
        // The owner outlives this call: its destructor stops this thread
        // before the owner goes, and drops frames still queued for it.
        GraphSimulation *owner = m_owner;
        QMetaObject::invokeMethod(
            owner, [owner, frame = std::move(frame)]() mutable { owner->receive(std::move(frame)); },
            Qt::QueuedConnection);
        m_lastFrame.start();
    }

    GraphSimulation *const m_owner;
    std::atomic<bool> m_aborted{false};

    ForceLayout m_layout;
    Phase m_phase = Phase::Empty;
    int m_nodeCount = 0;
    std::vector<ForceLayout::Edge> m_allTimeEdges;
    std::vector<double> m_masses;
    std::vector<ForceLayout::Edge> m_activeEdges;
    quint64 m_seed = 0;
    std::vector<QPointF> m_reference;
    quint64 m_applied = 0;
    bool m_sliceScheduled = false;
    QElapsedTimer m_lastFrame;
};

GraphSimulation::GraphSimulation(QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
    , m_worker(new Worker(this))
{
    m_thread->setObjectName(QStringLiteral("GraphSimulation"));
    m_worker->moveToThread(m_thread.get());
    // The worker is deleted on its own thread, after its last event, rather
    // than from here while that thread might still hold it.
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

GraphSimulation::~GraphSimulation()
{
    // A step cannot be interrupted, so this returns within one step (about
    // 60 ms at 50,000 nodes) plus the no-op remains of the queue.
    m_worker->abort();
    m_thread->quit();
    m_thread->wait();
    m_worker = nullptr; // deleted as the thread finished
}

std::vector<double> GraphSimulation::referenceMasses(int nodeCount, const std::vector<ForceLayout::Edge> &allTimeEdges)
{
    std::vector<int> degree(std::size_t(std::max(0, nodeCount)), 0);
    for (const ForceLayout::Edge &edge : allTimeEdges) {
        if (edge.a >= 0 && edge.a < nodeCount && edge.b >= 0 && edge.b < nodeCount && edge.a != edge.b) {
            ++degree[std::size_t(edge.a)];
            ++degree[std::size_t(edge.b)];
        }
    }
    // Only the hubs are heavier: a node's mass is its degree over the mean
    // degree, at least 1. Heavier for everyone would just enlarge the whole
    // picture and slow the layout down (twice the steps on a random graph).
    double total = 0;
    for (int d : degree)
        total += d;
    const double mean = degree.empty() ? 1.0 : std::max(1.0, total / double(degree.size()));
    std::vector<double> masses(degree.size());
    for (std::size_t i = 0; i < degree.size(); ++i)
        masses[i] = std::max(1.0, double(degree[i]) / mean);
    return masses;
}

void GraphSimulation::setReference(int nodeCount, std::vector<ForceLayout::Edge> allTimeEdges, quint64 seed)
{
    nodeCount = std::max(0, nodeCount);
    m_pinned.assign(std::size_t(nodeCount), false);
    m_positions.clear();
    m_reference.clear();
    m_referenceCommand = ++m_commandsSent;
    m_worker->post([nodeCount, edges = std::move(allTimeEdges), seed](Worker &worker) mutable {
        worker.setReference(nodeCount, std::move(edges), seed);
    });
}

void GraphSimulation::setActiveGraph(std::vector<ForceLayout::Edge> edges)
{
    ++m_commandsSent;
    m_worker->post([edges = std::move(edges)](Worker &worker) mutable { worker.setActiveGraph(std::move(edges)); });
}

void GraphSimulation::pin(int node, QPointF position)
{
    if (node < 0 || std::size_t(node) >= m_pinned.size())
        return;
    m_pinned[std::size_t(node)] = true;
    ++m_commandsSent;
    m_worker->post([node, position](Worker &worker) { worker.pin(node, position); });
}

void GraphSimulation::unpin(int node)
{
    if (node < 0 || std::size_t(node) >= m_pinned.size())
        return;
    m_pinned[std::size_t(node)] = false;
    ++m_commandsSent;
    m_worker->post([node](Worker &worker) { worker.unpin(node); });
}

void GraphSimulation::unpinAll()
{
    std::fill(m_pinned.begin(), m_pinned.end(), false);
    ++m_commandsSent;
    m_worker->post([](Worker &worker) { worker.unpinAll(); });
}

void GraphSimulation::relayout()
{
    ++m_commandsSent;
    m_worker->post([](Worker &worker) { worker.relayout(); });
}

bool GraphSimulation::isPinned(int node) const
{
    return node >= 0 && std::size_t(node) < m_pinned.size() && m_pinned[std::size_t(node)];
}

bool GraphSimulation::hasPins() const
{
    return std::find(m_pinned.begin(), m_pinned.end(), true) != m_pinned.end();
}

bool GraphSimulation::isSettled() const
{
    return m_commandsApplied == m_commandsSent && m_workerSettled;
}

bool GraphSimulation::waitUntilSettled(int timeoutMilliseconds)
{
    if (isSettled())
        return true;
    QEventLoop loop;
    connect(this, &GraphSimulation::settled, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMilliseconds, &loop, &QEventLoop::quit);
    loop.exec();
    return isSettled();
}

void GraphSimulation::receive(Frame &&frame)
{
    m_commandsApplied = frame.commandsApplied;
    m_workerSettled = frame.settled;
    // Frames of the graph before the last setReference are of no use: their
    // nodes are another atlas's.
    if (frame.commandsApplied < m_referenceCommand)
        return;
    m_positions = std::move(frame.positions);
    if (!frame.reference.empty())
        m_reference = std::move(frame.reference);
    Q_EMIT positionsChanged();
    if (isSettled())
        Q_EMIT settled();
}

} // namespace Annals
