// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelplacer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Annals;

class tst_LabelPlacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefersBelowThenAboveThenSides_data();
    void prefersBelowThenAboveThenSides();
    void namesNeverOverlapNamesOrNodes_data();
    void namesNeverOverlapNamesOrNodes();
    void staysInsideTheBounds();
    void nameIsNeverNearerToAnotherNode();
};

void tst_LabelPlacer::prefersBelowThenAboveThenSides_data()
{
    QTest::addColumn<QList<QRectF>>("obstacles");
    QTest::addColumn<QString>("expected");
    // A node at (200, 200) with radius 10 and a 60×20 label.
    QTest::newRow("free") << QList<QRectF>{} << QStringLiteral("below");
    QTest::newRow("below taken") << QList<QRectF>{QRectF(150, 215, 100, 10)} << QStringLiteral("above");
    QTest::newRow("below and above taken")
        << QList<QRectF>{QRectF(150, 215, 100, 10), QRectF(150, 175, 100, 10)} << QStringLiteral("right");
    QTest::newRow("only left free")
        << QList<QRectF>{QRectF(150, 215, 100, 10), QRectF(150, 175, 100, 10), QRectF(215, 150, 10, 100)} << QStringLiteral("left");
    QTest::newRow("sides taken, a corner free")
        << QList<QRectF>{QRectF(170, 225, 20, 5), QRectF(200, 170, 10, 5), QRectF(260, 195, 5, 10), QRectF(130, 195, 5, 10)}
        << QStringLiteral("corner");
    QTest::newRow("boxed in")
        << QList<QRectF>{QRectF(100, 211, 200, 60), QRectF(100, 129, 200, 60), QRectF(211, 100, 60, 200), QRectF(129, 100, 60, 200)}
        << QStringLiteral("none");
}

void tst_LabelPlacer::prefersBelowThenAboveThenSides()
{
    QFETCH(QList<QRectF>, obstacles);
    QFETCH(QString, expected);
    LabelPlacer placer(QRectF(0, 0, 400, 400), 20);
    for (const QRectF &obstacle : obstacles)
        placer.addObstacle(obstacle);
    const QPointF node(200, 200);
    const auto placed = placer.place(node, 10, QSizeF(60, 20));
    QString where = QStringLiteral("none");
    if (placed) {
        if ((placed->top() > node.y() || placed->bottom() < node.y()) && (placed->left() > node.x() || placed->right() < node.x()))
            where = QStringLiteral("corner");
        else if (placed->top() > node.y())
            where = QStringLiteral("below");
        else if (placed->bottom() < node.y())
            where = QStringLiteral("above");
        else if (placed->left() > node.x())
            where = QStringLiteral("right");
        else
            where = QStringLiteral("left");
        // Beside the node, never on it.
        QVERIFY(!placed->intersects(QRectF(190, 190, 20, 20)));
    }
    QCOMPARE(where, expected);
}

void tst_LabelPlacer::namesNeverOverlapNamesOrNodes_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<double>("cellSize");
    QTest::newRow("sparse") << 30 << 48.0;
    QTest::newRow("crowded") << 2000 << 48.0;
    QTest::newRow("tiny cells") << 500 << 3.0;
    QTest::newRow("one cell") << 500 << 5000.0;
}

void tst_LabelPlacer::namesNeverOverlapNamesOrNodes()
{
    QFETCH(int, nodes);
    QFETCH(double, cellSize);
    QRandomGenerator random(42);
    const QRectF bounds(0, 0, 1920, 1080);
    LabelPlacer placer(bounds, cellSize);
    std::vector<QRectF> nodeBoxes;
    for (int i = 0; i < nodes; ++i) {
        const QPointF centre(random.bounded(1920.0), random.bounded(1080.0));
        nodeBoxes.emplace_back(centre - QPointF(6, 6), QSizeF(12, 12));
        placer.addPoint(centre, 6);
    }
    std::vector<QRectF> labels;
    std::vector<std::size_t> owners;
    int first = -1;
    for (int i = 0; i < nodes; ++i) {
        const QSizeF size(30 + random.bounded(90), 16);
        if (const auto placed = placer.place(nodeBoxes[std::size_t(i)].center(), 6, size)) {
            labels.push_back(*placed);
            owners.push_back(std::size_t(i));
            if (first < 0)
                first = i;
        }
    }
    QVERIFY(!labels.empty());
    // Brute force: no two names overlap, no name covers a node, all inside,
    // and every name is clearly nearer to its own node than to any other.
    for (std::size_t i = 0; i < labels.size(); ++i) {
        QVERIFY(bounds.contains(labels[i]));
        auto distance = [&](const QPointF &p) {
            const double dx = std::max({labels[i].left() - p.x(), 0.0, p.x() - labels[i].right()});
            const double dy = std::max({labels[i].top() - p.y(), 0.0, p.y() - labels[i].bottom()});
            return std::hypot(dx, dy);
        };
        const double own = distance(nodeBoxes[owners[i]].center());
        for (const QRectF &box : nodeBoxes)
            QVERIFY(box.center() == nodeBoxes[owners[i]].center() || distance(box.center()) >= own + 2);
        for (std::size_t j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels[i].intersects(labels[j]), qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
        for (const QRectF &box : nodeBoxes)
            QVERIFY(!labels[i].intersects(box));
    }
    if (nodes <= 30)
        QVERIFY(labels.size() >= std::size_t(nodes) * 2 / 3); // sparse: nearly everyone is named
    else
        QVERIFY(labels.size() < std::size_t(nodes)); // crowded: some must give way
}

void tst_LabelPlacer::staysInsideTheBounds()
{
    LabelPlacer placer(QRectF(0, 0, 100, 100));
    // Below and above would leave the bounds; only the right side fits.
    const auto placed = placer.place(QPointF(5, 50), 4, QSizeF(40, 48));
    QVERIFY(placed);
    QVERIFY(QRectF(0, 0, 100, 100).contains(*placed));
    QVERIFY(placed->left() > 5);
    QVERIFY(!placer.place(QPointF(50, 50), 4, QSizeF(200, 10)));
}

void tst_LabelPlacer::nameIsNeverNearerToAnotherNode()
{
    // Two nodes side by side, 30 px apart: a long name below the left one
    // would reach under the right one, so it goes above or to the left.
    LabelPlacer placer(QRectF(0, 0, 400, 400), 20);
    const QPointF left(200, 200);
    const QPointF right(230, 200);
    placer.addPoint(left, 6);
    placer.addPoint(right, 6);
    placer.addObstacle(QRectF(150, 170, 100, 20)); // above both is taken too
    const auto placed = placer.place(left, 6, QSizeF(120, 16));
    QVERIFY(placed);
    auto distance = [&](const QPointF &p) {
        const double dx = std::max({placed->left() - p.x(), 0.0, p.x() - placed->right()});
        const double dy = std::max({placed->top() - p.y(), 0.0, p.y() - placed->bottom()});
        return std::hypot(dx, dy);
    };
    QVERIFY2(distance(left) + 2 <= distance(right), qPrintable(QStringLiteral("%1 vs %2").arg(distance(left)).arg(distance(right))));
    QVERIFY(placed->right() < right.x()); // to the left, as it turns out
}

QTEST_GUILESS_MAIN(tst_LabelPlacer)
#include "tst_labelplacer.moc"
