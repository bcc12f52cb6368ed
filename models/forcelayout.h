// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QtGlobal>

#include <vector>

namespace Annals {

// A force-directed layout of the alliance graph: nodes repel, edges pull,
// a weak gravity keeps the picture together, and optional anchor springs
// hold each node near its place in a reference layout (the layout of all
// relations over all time), so that the picture stays recognisable as the
// date moves.
//
// Forces (K the ideal edge length, m a node's mass, d a distance):
//   repulsion between every two nodes  K²·mᵢ·mⱼ / d  (Fruchterman–Reingold),
//     summed with a Barnes–Hut quadtree at opening angle θ: O(n log n);
//   attraction along an edge           strength · d² / K;
//   gravity towards the origin         gravity · mᵢ · d;
//   anchor spring                      anchorStrength · mᵢ · d.
// Two connected nodes alone rest at d = K. Without edges, n nodes settle
// as a uniform disc of radius K·√(n / gravity), which is also about how far
// the gravity lets a piece not connected to the rest drift.
//
// Integration is FIRE (Bitzek et al., "Structural relaxation made simple",
// 2006), a damped inertial descent: it speeds up while the forces agree
// with the motion and stops dead, with a shorter time step, as soon as it
// would climb. Each node's inertia is its stiffness (how fast its forces
// grow as it moves), so a time step of 1 is a Newton step for every node,
// whatever its degree; that is what lets a 30×30 grid unfold instead of
// freezing folded, as plain cooling schedules leave it. The temperature is
// the most a node may move in one step: high after randomise(), low after
// a warm start, so that a warm start cannot jump.
//
// Settling: each step measures, for every free node, the Newton step its
// forces ask for. The layout has settled when their root mean square is
// below settleTolerance()·K and none exceeds ten times that: a judgement on
// the forces, not on the motion, so a layout that merely slowed down has
// not settled. With nothing pinned or anchored, the whole-picture rotation
// is taken out of every step: turning costs no energy, so nothing would
// stop it, and it reads as a jump.
//
// Stability across dates comes from the anchors, not from the warm start
// alone: a warm start settles into the new graph's nearest equilibrium,
// and for a loosely knit graph that can be as far away as a cold start's.
// Anchors at strength 3 (comparable to the stiffness of an edge near its
// ideal length, which is 2) keep nodes within about K of their reference
// place while the graph of the day still shapes the picture.
//
// A value class: no QObject, no threads. The caller runs step() or run() on
// a worker (copy the layout there, copy the positions back); anything it
// changes between steps (graph, pins, anchors, parameters) wakes the
// simulation.
//
// Determinism: the same calls in the same order give bit-identical positions
// on a given build. Nothing depends on time, threads, addresses or hash
// order; the quadtree is built from a sort with index tie-breaks and walked
// in a fixed order; randomness is a seeded SplitMix64.
//
// Invariants: positions stay finite; edges join two distinct nodes in range
// with a positive strength (setGraph drops others); a pinned node moves only
// through pin(); temperature() > 0.
class ForceLayout
{
public:
    struct Node {
        QPointF position;
        QPointF velocity; // the integrator's; zero for pinned nodes
        bool pinned = false;
        double mass = 1;
    };
    struct Edge {
        int a = 0;
        int b = 0;
        double strength = 1;
    };

    ForceLayout() = default;

    // The graph: nodes 0..nodeCount-1. Nodes that existed before keep their
    // position, pin and mass (a warm start); new nodes start next to the
    // centroid of their already-placed neighbours, or at a seeded random
    // place on the disc randomise() uses when they have none. Edges joining
    // a node to itself or naming a node out of range are dropped; parallel
    // edges add up. Wakes the simulation at the warm temperature (the cold
    // one when no node was kept).
    void setGraph(int nodeCount, std::vector<Edge> edges);

    int nodeCount() const { return int(m_nodes.size()); }
    const std::vector<Node> &nodes() const { return m_nodes; }
    const Node &node(int index) const { return m_nodes[std::size_t(index)]; }
    const std::vector<Edge> &edges() const { return m_edges; }
    std::vector<QPointF> positions() const;

    // A cold start: every unpinned node at a random place for this seed on a
    // disc of radius K·√n (so the density does not depend on n), at the cold
    // temperature. Also the seed for the nodes setGraph() adds later.
    void randomise(quint64 seed);
    quint64 seed() const { return m_seed; }

    // A warm start from known positions (the previous date's layout): the
    // first min(n, positions.size()) nodes move there, except pinned nodes
    // and non-finite points. Velocities are cleared; warm temperature.
    void setPositions(const std::vector<QPointF> &positions);

    // Dragging: the node sits at `position` and stays there, through every
    // step and warm start, until unpinned. Both wake the simulation.
    void pin(int index, QPointF position);
    void unpin(int index);
    // > 0. A heavier node pushes the others harder: hubs get room.
    void setMass(int index, double mass);

    // Springs towards a reference layout, one point per node (nodes past
    // anchors.size() have none; a non-finite point is no anchor). Strength 0
    // switches them off; about 3 keeps nodes within about K of the reference
    // (see the class comment).
    void setAnchors(std::vector<QPointF> anchors, double strength);
    void clearAnchors() { setAnchors({}, 0); }
    double anchorStrength() const { return m_anchorStrength; }

    // Parameters; each wakes the simulation. θ = 0 makes Barnes–Hut exact;
    // larger is faster per step and coarser (0.8 by default; at 1.6 the
    // approximation's jumps made bloc graphs take two to three times as many
    // steps to settle). K is 30 by default, gravity 0.1 and the settle
    // tolerance 0.01 (relative to K).
    void setTheta(double theta);
    double theta() const { return m_theta; }
    void setIdealLength(double length);
    double idealLength() const { return m_idealLength; }
    void setGravity(double gravity);
    double gravity() const { return m_gravity; }
    void setSettleTolerance(double tolerance);
    double settleTolerance() const { return m_settleTolerance; }

    // The largest distance a node may move in the next step.
    double temperature() const { return m_temperature; }
    // Wakes the simulation at this temperature (clamped to (0, cold]).
    void setTemperature(double temperature);
    // The temperatures randomise() (never below the warm one) and the warm
    // starts use.
    double coldTemperature() const;
    double warmTemperature() const;

    // One iteration; returns the largest displacement of any node.
    double step();
    // Whether the last step found the forces balanced (see the class
    // comment); false again after any change.
    bool settled() const { return m_settled; }
    // Steps until settled or maxSteps; returns the number of steps taken.
    int run(int maxSteps);
    // Steps since the simulation last woke.
    int stepsSinceWake() const { return m_steps; }

    // The repulsive force on every node, exactly (O(n²)) and by Barnes–Hut
    // at the current θ, as step() computes it: for tests and benchmarks.
    std::vector<QPointF> exactRepulsion() const;
    std::vector<QPointF> barnesHutRepulsion() const;

private:
    // A quadtree cell, in pre-order: its subtree is cells [i, next), its
    // bodies are positions [begin, end) of the Morton-sorted order. Centre
    // of mass and total mass stand in for the subtree when it is far.
    struct Cell {
        double x = 0;
        double y = 0;
        double mass = 0;
        double size = 0; // side of the cell's square
        int next = 0;
        int begin = 0;
        int end = 0;
        int parent = -1;
        bool leaf = false;
    };
    // The quadtree in flat arrays. step() keeps one between steps so that
    // a step allocates nothing once the sizes are known; the const queries
    // build their own, so that they are safe to call from several threads.
    struct Tree {
        std::vector<Cell> cells;
        std::vector<quint64> keys;  // Morton code << 32 | node index, sorted
        std::vector<int> order;     // node index by sorted position
        std::vector<double> bodies; // x, y, mass by sorted position
        std::vector<double> sums;   // per unit mass: force x, force y, stiffness
    };

    void wake(double temperature);
    void removeRotation();
    void buildTree(Tree &tree) const;
    // Repulsion on every node; with `stiffness`, also how fast it grows as
    // each node moves (Σ K²·mᵢ·mⱼ / d²), for the integrator's inertia.
    void accumulateRepulsion(Tree &tree, std::vector<QPointF> &forces, std::vector<double> *stiffness) const;

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<QPointF> m_anchors;
    double m_anchorStrength = 0;

    double m_theta = 0.8;
    double m_idealLength = 30;
    double m_gravity = 0.1;
    double m_settleTolerance = 0.01;

    quint64 m_seed = 0;
    double m_temperature = 30;
    double m_timeStep = 0.3;
    double m_alpha = 0.1;
    int m_progress = 0; // steps since the motion last went uphill
    int m_steps = 0;
    bool m_settled = false;

    Tree m_tree;
    std::vector<QPointF> m_forces;
    std::vector<double> m_stiffness;
};

} // namespace Annals
