// SPDX-License-Identifier: GPL-3.0-or-later
#include "forcelayout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace Annals {

namespace {

// Morton codes of 2 × 16 bits: cells stop dividing at 1/65536 of the
// layout's width, and nodes closer than that share a leaf (and are summed
// exactly, so precision does not suffer, only speed if thousands coincide).
constexpr int maxDepth = 16;
// A cell with this many bodies or fewer is a leaf: summing a handful of
// bodies directly is cheaper than walking four more cells.
constexpr int leafCapacity = 8;
// Nodes closer than this fraction of K repel as if they were this far
// apart: without it, two nodes started almost on top of each other would
// fling each other across the picture.
constexpr double minimumDistanceFraction = 0.01;
// The least stiffness a node is given, per unit mass (see step()).
constexpr double minimumStiffness = 1e-6;
// FIRE's constants: Bitzek et al.'s, except a delay of 3 steps instead of
// 5 and a starting α of 0.2 instead of 0.1, which settled random, grid and
// bloc graphs about 20 % sooner when measured. Time steps are in units of a
// Newton step.
constexpr int fireDelay = 3;
constexpr double fireGrow = 1.1;
constexpr double fireShrink = 0.5;
constexpr double fireAlphaStart = 0.2;
constexpr double fireAlphaDecay = 0.99;
constexpr double fireStartStep = 0.3;
constexpr double fireMaxStep = 1.0;
constexpr double fireMinStep = 0.01;
// settled() allows single nodes this many times the tolerance, so that one
// node caught between two pulls cannot keep the whole picture awake, but one
// left far from its place can.
constexpr double settleOutlierFactor = 10;
// The cold temperature, as a fraction of the start disc's radius K·√n: a
// twentieth, so that a cold start still crosses its disc in a few dozen
// steps but does not overshoot it.
constexpr double coldFraction = 0.05;
// The warm temperature, as a fraction of K.
constexpr double warmFraction = 0.3;

constexpr quint64 golden = 0x9E3779B97F4A7C15ULL;

// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast and the same on every
// platform, unlike the standard distributions.
quint64 splitMix(quint64 &state)
{
    quint64 z = (state += golden);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double unitInterval(quint64 bits)
{
    return double(bits >> 11) * 0x1.0p-53;
}

// A random point in the disc of this radius, from (seed, index, salt) alone,
// so that a node's start does not depend on the other nodes.
QPointF discPoint(quint64 seed, quint64 index, quint64 salt, double radius)
{
    quint64 state = seed ^ (index * golden) ^ (salt << 56);
    splitMix(state); // decorrelate neighbouring indices
    const double r = radius * std::sqrt(unitInterval(splitMix(state)));
    const double angle = 2 * std::numbers::pi * unitInterval(splitMix(state));
    return {r * std::cos(angle), r * std::sin(angle)};
}

// The 16 low bits of v spread to the even bits of a 32-bit word.
quint64 spreadBits(quint64 v)
{
    v &= 0xFFFF;
    v = (v | (v << 8)) & 0x00FF00FFULL;
    v = (v | (v << 4)) & 0x0F0F0F0FULL;
    v = (v | (v << 2)) & 0x33333333ULL;
    v = (v | (v << 1)) & 0x55555555ULL;
    return v;
}

bool isFinite(QPointF p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

// The push of a mass at offset (dx, dy) from the node: K²·m·d / |d|², softened
// below the minimum distance. Shared by the exact and the Barnes–Hut sums so
// that at θ = 0 they differ only by the order of additions. Exactly
// coincident nodes have no direction to push in and do not push.
inline void addRepulsion(double dx, double dy, double mass, double k2, double minimumD2, double *sum)
{
    const double d2 = dx * dx + dy * dy;
    if (d2 == 0)
        return;
    const double s = k2 * mass / std::max(d2, minimumD2);
    sum[0] += dx * s;
    sum[1] += dy * s;
    sum[2] += s;
}

} // namespace

void ForceLayout::setGraph(int nodeCount, std::vector<Edge> edges)
{
    nodeCount = std::max(0, nodeCount);
    const int kept = std::min(nodeCount, int(m_nodes.size()));
    m_nodes.resize(std::size_t(nodeCount));
    std::erase_if(edges, [nodeCount](const Edge &edge) {
        return edge.a < 0 || edge.b < 0 || edge.a >= nodeCount || edge.b >= nodeCount || edge.a == edge.b
            || !std::isfinite(edge.strength) || edge.strength <= 0;
    });
    m_edges = std::move(edges);

    // New nodes: next to the nodes they are tied to, so that an actor
    // appearing at a date joins its allies rather than falling from the sky.
    const double radius = m_idealLength * std::sqrt(double(std::max(nodeCount, 1)));
    std::vector<QPointF> sums(std::size_t(nodeCount - kept));
    std::vector<int> counts(sums.size(), 0);
    if (kept > 0) {
        for (const Edge &edge : m_edges) {
            if (edge.a >= kept && edge.b < kept) {
                sums[std::size_t(edge.a - kept)] += m_nodes[std::size_t(edge.b)].position;
                ++counts[std::size_t(edge.a - kept)];
            } else if (edge.b >= kept && edge.a < kept) {
                sums[std::size_t(edge.b - kept)] += m_nodes[std::size_t(edge.a)].position;
                ++counts[std::size_t(edge.b - kept)];
            }
        }
    }
    for (int i = kept; i < nodeCount; ++i) {
        Node &node = m_nodes[std::size_t(i)];
        node = Node{};
        const std::size_t slot = std::size_t(i - kept);
        if (counts[slot] > 0) {
            // A seeded nudge, so that two newcomers with the same friends
            // do not start on the same spot.
            node.position = sums[slot] / counts[slot]
                + discPoint(m_seed, quint64(i), 1, 0.5 * m_idealLength);
        } else {
            node.position = discPoint(m_seed, quint64(i), 0, radius);
        }
    }
    if (m_anchors.size() > m_nodes.size())
        m_anchors.resize(m_nodes.size());
    wake(kept > 0 ? warmTemperature() : coldTemperature());
}

std::vector<QPointF> ForceLayout::positions() const
{
    std::vector<QPointF> result;
    result.reserve(m_nodes.size());
    for (const Node &node : m_nodes)
        result.push_back(node.position);
    return result;
}

void ForceLayout::randomise(quint64 seed)
{
    m_seed = seed;
    const double radius = m_idealLength * std::sqrt(double(std::max(nodeCount(), 1)));
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        Node &node = m_nodes[i];
        if (!node.pinned)
            node.position = discPoint(seed, quint64(i), 0, radius);
    }
    wake(coldTemperature());
}

void ForceLayout::setPositions(const std::vector<QPointF> &positions)
{
    const std::size_t count = std::min(positions.size(), m_nodes.size());
    for (std::size_t i = 0; i < count; ++i) {
        Node &node = m_nodes[i];
        if (!node.pinned && isFinite(positions[i]))
            node.position = positions[i];
    }
    wake(warmTemperature());
}

void ForceLayout::pin(int index, QPointF position)
{
    Q_ASSERT(index >= 0 && index < nodeCount());
    if (index < 0 || index >= nodeCount() || !isFinite(position))
        return;
    Node &node = m_nodes[std::size_t(index)];
    node.position = position;
    node.pinned = true;
    wake(std::max(m_temperature, warmTemperature()));
}

void ForceLayout::unpin(int index)
{
    Q_ASSERT(index >= 0 && index < nodeCount());
    if (index < 0 || index >= nodeCount())
        return;
    m_nodes[std::size_t(index)].pinned = false;
    wake(std::max(m_temperature, warmTemperature()));
}

void ForceLayout::setMass(int index, double mass)
{
    Q_ASSERT(index >= 0 && index < nodeCount() && mass > 0);
    if (index < 0 || index >= nodeCount() || !std::isfinite(mass) || mass <= 0)
        return;
    m_nodes[std::size_t(index)].mass = mass;
    wake(std::max(m_temperature, warmTemperature()));
}

void ForceLayout::setAnchors(std::vector<QPointF> anchors, double strength)
{
    if (anchors.size() > m_nodes.size())
        anchors.resize(m_nodes.size());
    // A non-finite anchor would poison its node: such a node has none (its
    // own position is where the spring already rests).
    for (std::size_t i = 0; i < anchors.size(); ++i) {
        if (!isFinite(anchors[i]))
            anchors[i] = m_nodes[i].position;
    }
    m_anchors = std::move(anchors);
    m_anchorStrength = std::isfinite(strength) ? std::max(0.0, strength) : 0.0;
    wake(std::max(m_temperature, warmTemperature()));
}

void ForceLayout::setIdealLength(double length)
{
    if (!std::isfinite(length) || length <= 0)
        return;
    m_idealLength = length;
    wake(std::max(m_temperature, warmTemperature()));
}

void ForceLayout::setSettleTolerance(double tolerance)
{
    if (!std::isfinite(tolerance) || tolerance <= 0)
        return;
    m_settleTolerance = tolerance;
    wake(std::max(m_temperature, warmTemperature()));
}

void ForceLayout::setTheta(double theta)
{
    if (!std::isfinite(theta))
        return;
    m_theta = std::max(0.0, theta);
    wake(std::max(m_temperature, warmTemperature()));
}

void ForceLayout::setGravity(double gravity)
{
    if (!std::isfinite(gravity))
        return;
    m_gravity = std::max(0.0, gravity);
    wake(std::max(m_temperature, warmTemperature()));
}

void ForceLayout::setTemperature(double temperature)
{
    if (!std::isfinite(temperature))
        return;
    wake(temperature);
}

double ForceLayout::coldTemperature() const
{
    return std::max(coldFraction * m_idealLength * std::sqrt(double(std::max(nodeCount(), 1))),
                    warmTemperature());
}

double ForceLayout::warmTemperature() const
{
    return warmFraction * m_idealLength;
}

void ForceLayout::wake(double temperature)
{
    // Never zero, or the layout could not move again.
    m_temperature = std::clamp(temperature, 1e-6 * m_idealLength, coldTemperature());
    // Each wake is a fresh descent from rest: momentum gathered for the old
    // forces would carry nodes past the new resting places.
    for (Node &node : m_nodes)
        node.velocity = {};
    m_timeStep = fireStartStep;
    m_alpha = fireAlphaStart;
    m_progress = 0;
    m_steps = 0;
    m_settled = false;
}

void ForceLayout::buildTree(Tree &tree) const
{
    tree.cells.clear();
    const std::size_t n = m_nodes.size();
    if (n == 0)
        return;

    double minX = m_nodes[0].position.x();
    double maxX = minX;
    double minY = m_nodes[0].position.y();
    double maxY = minY;
    for (const Node &node : m_nodes) {
        minX = std::min(minX, node.position.x());
        maxX = std::max(maxX, node.position.x());
        minY = std::min(minY, node.position.y());
        maxY = std::max(maxY, node.position.y());
    }
    double side = std::max(maxX - minX, maxY - minY);
    if (!(side > 0))
        side = m_idealLength;
    const double cellsPerUnit = 65536.0 / side;

    // Sort nodes along the Z-order curve; the node index in the low bits
    // breaks ties, so the order is a function of the positions alone.
    tree.keys.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF p = m_nodes[i].position;
        const quint64 qx = quint64(std::clamp((p.x() - minX) * cellsPerUnit, 0.0, 65535.0));
        const quint64 qy = quint64(std::clamp((p.y() - minY) * cellsPerUnit, 0.0, 65535.0));
        tree.keys[i] = ((spreadBits(qx) | (spreadBits(qy) << 1)) << 32) | quint64(i);
    }
    std::sort(tree.keys.begin(), tree.keys.end());
    tree.order.resize(n);
    tree.bodies.resize(3 * n);
    for (std::size_t p = 0; p < n; ++p) {
        const int index = int(tree.keys[p] & 0xFFFFFFFFULL);
        const Node &node = m_nodes[std::size_t(index)];
        tree.order[p] = index;
        tree.bodies[3 * p] = node.position.x();
        tree.bodies[3 * p + 1] = node.position.y();
        tree.bodies[3 * p + 2] = node.mass;
    }

    // Cells in pre-order, from an explicit stack: a cell's children follow
    // it, each with its whole subtree before the next. The bodies of a cell
    // are a run of the sorted keys, and its children split that run by the
    // next two bits of the code.
    struct Pending {
        int begin;
        int end;
        int level;
        int parent;
    };
    std::array<Pending, 4 * (maxDepth + 1)> stack;
    int top = 0;
    stack[top++] = {0, int(n), 0, -1};
    while (top > 0) {
        const Pending pending = stack[--top];
        Cell cell;
        cell.begin = pending.begin;
        cell.end = pending.end;
        cell.parent = pending.parent;
        cell.size = std::ldexp(side, -pending.level);
        cell.next = 1; // the subtree's cell count until the pass below
        cell.leaf = pending.end - pending.begin <= leafCapacity || pending.level == maxDepth;
        if (cell.leaf) {
            for (int p = pending.begin; p < pending.end; ++p) {
                const double mass = tree.bodies[3 * std::size_t(p) + 2];
                cell.x += mass * tree.bodies[3 * std::size_t(p)];
                cell.y += mass * tree.bodies[3 * std::size_t(p) + 1];
                cell.mass += mass;
            }
        } else {
            const int shift = 32 + 2 * (maxDepth - 1 - pending.level);
            std::array<int, 5> bounds{pending.begin, 0, 0, 0, pending.end};
            const auto first = tree.keys.begin() + pending.begin;
            const auto last = tree.keys.begin() + pending.end;
            for (quint64 quadrant = 1; quadrant < 4; ++quadrant) {
                const auto split = std::partition_point(
                    first, last, [&](quint64 key) { return ((key >> shift) & 3) < quadrant; });
                bounds[quadrant] = int(split - tree.keys.begin());
            }
            const int self = int(tree.cells.size());
            for (int quadrant = 3; quadrant >= 0; --quadrant) {
                if (bounds[std::size_t(quadrant)] < bounds[std::size_t(quadrant) + 1])
                    stack[top++] = {bounds[std::size_t(quadrant)], bounds[std::size_t(quadrant) + 1],
                                    pending.level + 1, self};
            }
        }
        tree.cells.push_back(cell);
    }

    // Children come after their parent, so one backward pass sums every
    // subtree before its root is finished.
    for (int c = int(tree.cells.size()) - 1; c >= 0; --c) {
        Cell &cell = tree.cells[std::size_t(c)];
        if (cell.parent >= 0) {
            Cell &parent = tree.cells[std::size_t(cell.parent)];
            parent.x += cell.x;
            parent.y += cell.y;
            parent.mass += cell.mass;
            parent.next += cell.next;
        }
        cell.x /= cell.mass;
        cell.y /= cell.mass;
        cell.next += c;
    }
}

void ForceLayout::accumulateRepulsion(Tree &tree, std::vector<QPointF> &forces, std::vector<double> *stiffness) const
{
    buildTree(tree);
    const double k2 = m_idealLength * m_idealLength;
    const double minimumD2 = k2 * minimumDistanceFraction * minimumDistanceFraction;
    const double theta2 = m_theta * m_theta;
    const int cellCount = int(tree.cells.size());
    const Cell *cells = tree.cells.data();
    const double *bodies = tree.bodies.data();
    tree.sums.assign(tree.bodies.size(), 0.0);
    double *sums = tree.sums.data();

    // The tree is walked once per leaf, not once per body (Barnes' grouping):
    // a cell is taken whole only if it is far enough from the leaf's bounding
    // box, hence from each of its bodies, so the error stays within what the
    // per-body criterion allows, and the walk costs a fraction as much.
    for (int groupIndex = 0; groupIndex < cellCount; ++groupIndex) {
        const Cell &group = cells[groupIndex];
        if (!group.leaf)
            continue;
        const int first = group.begin;
        const int last = group.end;
        double left = bodies[3 * first];
        double right = left;
        double top = bodies[3 * first + 1];
        double bottom = top;
        for (int p = first + 1; p < last; ++p) {
            left = std::min(left, bodies[3 * p]);
            right = std::max(right, bodies[3 * p]);
            top = std::min(top, bodies[3 * p + 1]);
            bottom = std::max(bottom, bodies[3 * p + 1]);
        }

        int c = 0;
        while (c < cellCount) {
            const Cell &cell = cells[c];
            // Cells hold runs of the sorted bodies and nest, so a cell
            // overlapping the group's run is the group or one of its
            // ancestors.
            const bool holdsGroup = cell.begin < last && first < cell.end;
            if (!holdsGroup) {
                const double dx = std::max({left - cell.x, 0.0, cell.x - right});
                const double dy = std::max({top - cell.y, 0.0, cell.y - bottom});
                if (cell.size * cell.size < theta2 * (dx * dx + dy * dy)) {
                    for (int p = first; p < last; ++p)
                        addRepulsion(bodies[3 * p] - cell.x, bodies[3 * p + 1] - cell.y, cell.mass, k2,
                                     minimumD2, sums + 3 * p);
                    c = cell.next;
                    continue;
                }
            }
            if (cell.leaf) {
                for (int p = first; p < last; ++p) {
                    for (int q = cell.begin; q < cell.end; ++q) {
                        if (q != p)
                            addRepulsion(bodies[3 * p] - bodies[3 * q], bodies[3 * p + 1] - bodies[3 * q + 1],
                                         bodies[3 * q + 2], k2, minimumD2, sums + 3 * p);
                    }
                }
                c = cell.next;
            } else {
                ++c;
            }
        }
    }

    for (std::size_t p = 0; p < tree.order.size(); ++p) {
        const double mass = bodies[3 * p + 2];
        const std::size_t index = std::size_t(tree.order[p]);
        forces[index] = {sums[3 * p] * mass, sums[3 * p + 1] * mass};
        if (stiffness)
            (*stiffness)[index] = sums[3 * p + 2] * mass;
    }
}

std::vector<QPointF> ForceLayout::barnesHutRepulsion() const
{
    std::vector<QPointF> forces(m_nodes.size());
    Tree tree;
    accumulateRepulsion(tree, forces, nullptr);
    return forces;
}

std::vector<QPointF> ForceLayout::exactRepulsion() const
{
    const double k2 = m_idealLength * m_idealLength;
    const double minimumD2 = k2 * minimumDistanceFraction * minimumDistanceFraction;
    std::vector<QPointF> forces(m_nodes.size());
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const QPointF p = m_nodes[i].position;
        std::array<double, 3> sum{0, 0, 0};
        for (std::size_t j = 0; j < m_nodes.size(); ++j) {
            if (j != i) {
                const QPointF q = m_nodes[j].position;
                addRepulsion(p.x() - q.x(), p.y() - q.y(), m_nodes[j].mass, k2, minimumD2, sum.data());
            }
        }
        forces[i] = {sum[0] * m_nodes[i].mass, sum[1] * m_nodes[i].mass};
    }
    return forces;
}

double ForceLayout::step()
{
    const std::size_t n = m_nodes.size();
    if (n == 0) {
        m_settled = true;
        return 0;
    }
    m_forces.resize(n);
    m_stiffness.resize(n);
    accumulateRepulsion(m_tree, m_forces, &m_stiffness);

    for (const Edge &edge : m_edges) {
        const QPointF d = m_nodes[std::size_t(edge.b)].position - m_nodes[std::size_t(edge.a)].position;
        const double length = std::sqrt(d.x() * d.x() + d.y() * d.y());
        const QPointF pull = d * (edge.strength * length / m_idealLength);
        m_forces[std::size_t(edge.a)] += pull;
        m_forces[std::size_t(edge.b)] -= pull;
        // d(s·d²/K)/dd: how much the pull changes as the edge stretches.
        const double stiffness = 2 * edge.strength * length / m_idealLength;
        m_stiffness[std::size_t(edge.a)] += stiffness;
        m_stiffness[std::size_t(edge.b)] += stiffness;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const Node &node = m_nodes[i];
        m_forces[i] -= node.position * (m_gravity * node.mass);
        m_stiffness[i] += m_gravity * node.mass;
        if (i < m_anchors.size()) {
            m_forces[i] += (m_anchors[i] - node.position) * (m_anchorStrength * node.mass);
            m_stiffness[i] += m_anchorStrength * node.mass;
        }
        // A node that nothing holds (alone, no gravity) has no stiffness;
        // the floor keeps force / stiffness a number.
        m_stiffness[i] = std::max(m_stiffness[i], minimumStiffness * node.mass);
    }

    // FIRE (Bitzek et al., "Structural relaxation made simple", 2006):
    // inertial descent that keeps going while the forces agree with the
    // motion (power P = F·v > 0), steers the velocity towards the force, and
    // stops dead and shortens its time step as soon as it would climb.
    // Each node's inertia is its stiffness, so a time step of 1 is a Newton
    // step for every node whatever its degree or the graph's scale.
    double power = 0;
    double forceNorm2 = 0;
    double velocityNorm2 = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (m_nodes[i].pinned)
            continue;
        const QPointF f = m_forces[i] / m_stiffness[i];
        const QPointF v = m_nodes[i].velocity;
        power += f.x() * v.x() + f.y() * v.y();
        forceNorm2 += f.x() * f.x() + f.y() * f.y();
        velocityNorm2 += v.x() * v.x() + v.y() * v.y();
    }
    double mix = 0;
    if (power > 0) {
        if (++m_progress > fireDelay) {
            m_timeStep = std::min(m_timeStep * fireGrow, fireMaxStep);
            m_alpha *= fireAlphaDecay;
        }
        mix = forceNorm2 > 0 ? m_alpha * std::sqrt(velocityNorm2 / forceNorm2) : 0;
    } else {
        m_progress = 0;
        m_timeStep = std::max(m_timeStep * fireShrink, fireMinStep);
        m_alpha = fireAlphaStart;
    }

    // New velocities, and how far the forces would move each node on their
    // own (a Newton step): what settled() is judged by.
    double squaredWanted = 0;
    double largestWanted = 0;
    int moving = 0;
    for (std::size_t i = 0; i < n; ++i) {
        Node &node = m_nodes[i];
        if (node.pinned) {
            node.velocity = {};
            continue;
        }
        const QPointF newton = m_forces[i] / m_stiffness[i];
        const double wanted2 = newton.x() * newton.x() + newton.y() * newton.y();
        squaredWanted += wanted2;
        largestWanted = std::max(largestWanted, wanted2);
        ++moving;
        const QPointF inertia = power > 0 ? node.velocity * (1 - m_alpha) + newton * mix : QPointF();
        node.velocity = inertia + newton * m_timeStep;
    }
    // With nothing to hold it (no pin, no anchor) the picture may turn
    // freely, and per-node inertia makes it turn: a whole-picture rotation
    // is no progress and reads as a jump, so it is taken out.
    if (moving == int(n) && (m_anchors.empty() || m_anchorStrength == 0))
        removeRotation();

    double largestMove = 0;
    for (Node &node : m_nodes) {
        if (node.pinned)
            continue;
        QPointF displacement = node.velocity * m_timeStep;
        const double move = std::sqrt(displacement.x() * displacement.x() + displacement.y() * displacement.y());
        if (move > m_temperature) {
            displacement *= m_temperature / move;
            node.velocity *= m_temperature / move;
        }
        node.position += displacement;
        largestMove = std::max(largestMove, std::min(move, m_temperature));
    }

    ++m_steps;
    const double tolerance = m_settleTolerance * m_idealLength;
    const double rmsWanted = moving > 0 ? std::sqrt(squaredWanted / moving) : 0;
    m_settled = rmsWanted < tolerance && std::sqrt(largestWanted) < settleOutlierFactor * tolerance;
    return largestMove;
}

void ForceLayout::removeRotation()
{
    // The rigid rotation about the centroid that best matches the
    // velocities (least squares): ω = Σ r × v / Σ |r|².
    double cx = 0;
    double cy = 0;
    for (const Node &node : m_nodes) {
        cx += node.position.x();
        cy += node.position.y();
    }
    cx /= double(m_nodes.size());
    cy /= double(m_nodes.size());
    double turning = 0;
    double inertia = 0;
    for (const Node &node : m_nodes) {
        const double rx = node.position.x() - cx;
        const double ry = node.position.y() - cy;
        turning += rx * node.velocity.y() - ry * node.velocity.x();
        inertia += rx * rx + ry * ry;
    }
    if (!(inertia > 0))
        return;
    const double omega = turning / inertia;
    for (Node &node : m_nodes) {
        const double rx = node.position.x() - cx;
        const double ry = node.position.y() - cy;
        node.velocity -= QPointF(-omega * ry, omega * rx);
    }
}

int ForceLayout::run(int maxSteps)
{
    int taken = 0;
    while (taken < maxSteps && !m_settled) {
        step();
        ++taken;
    }
    return taken;
}

} // namespace Annals
