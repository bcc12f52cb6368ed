// SPDX-License-Identifier: GPL-3.0-or-later
// The list of a tour's steps: what it shows, and that a drag to another place
// moves the step in the file as one undo step.
#include "atlas.h"
#include "atlasfixtures.h"
#include "tourstepsmodel.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Annals;

class tst_TourStepsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheStepsWithTheirFields();
    void dropMovesTheStepInTheFile_data();
    void dropMovesTheStepInTheFile();
    void moveRowsMovesTheStepInTheFile();
    void dropFromAnotherTourIsRefused();
    void readOnlyAtlasOffersNoDrag();

private:
    QStringList storedCaptions() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Atlas> m_atlas;
    QString m_path;
};

void tst_TourStepsModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = AtlasFixtures::makeSmallAtlas(m_dir->filePath(QStringLiteral("steps.annals")));
    AtlasFixtures::runRaw(m_path, {
        QStringLiteral("INSERT INTO tours (id, title) VALUES (1, 'The founding')"),
        QStringLiteral("INSERT INTO tour_steps (id, tour_id, position, event_id, window_start, window_end, "
                       "cursor_time, focus_actor_id, caption) VALUES (10, 1, 1, 1, -694224000, -631152000, "
                       "-672537600, 1, 'A')"),
        QStringLiteral("INSERT INTO tour_steps (id, tour_id, position, caption) VALUES (11, 1, 2, 'B')"),
        QStringLiteral("INSERT INTO tour_steps (id, tour_id, position, caption) VALUES (12, 1, 3, 'C')"),
        QStringLiteral("INSERT INTO tour_steps (id, tour_id, position, caption) VALUES (13, 1, 4, 'D')"),
        QStringLiteral("INSERT INTO tours (id, title) VALUES (2, 'Other')"),
    });
    QString error;
    m_atlas = Atlas::open(m_path, &error);
    QVERIFY2(m_atlas && !m_atlas->isReadOnly(), qPrintable(error));
}

void tst_TourStepsModel::cleanup()
{
    m_atlas.reset();
    m_dir.reset();
}

QStringList tst_TourStepsModel::storedCaptions() const
{
    QString error;
    QStringList captions;
    for (const TourStep &step : m_atlas->store().tour(1, &error).value_or(Tour{}).steps)
        captions << step.caption;
    return captions;
}

void tst_TourStepsModel::showsTheStepsWithTheirFields()
{
    TourStepsModel model;
    model.setAtlas(m_atlas.get());
    QCOMPARE(model.rowCount(), 0);
    model.setTourId(1);
    QCOMPARE(model.rowCount(), 4);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), QStringLiteral("1. 1948 — A"));
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), QStringLiteral("A"));
    QCOMPARE(first.data(TourStepsModel::StepIdRole).toLongLong(), 10);
    QCOMPARE(first.data(TourStepsModel::PositionRole).toInt(), 1);
    QCOMPARE(first.data(TourStepsModel::EventIdRole).toLongLong(), 1);
    QCOMPARE(first.data(TourStepsModel::WindowStartRole).toLongLong(), -694224000);
    QCOMPARE(first.data(TourStepsModel::WindowEndRole).toLongLong(), -631152000);
    QCOMPARE(first.data(TourStepsModel::CursorTimeRole).toLongLong(), -672537600);
    QCOMPARE(first.data(TourStepsModel::FocusActorRole).toLongLong(), 1);
    QCOMPARE(first.data(TourStepsModel::CaptionRole).toString(), QStringLiteral("A"));
    QVERIFY(model.index(1).data(TourStepsModel::WindowStartRole).isNull());
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("2. B"));
    QVERIFY(model.flags(first) & Qt::ItemIsDragEnabled);
    QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);

    // Follows the atlas: a change made elsewhere shows.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_atlas->undoStack()->clear();
    QString error;
    QVERIFY(m_atlas->store().setTourSteps(1, {}, &error));
    QVERIFY(m_atlas->reload(&error));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void tst_TourStepsModel::dropMovesTheStepInTheFile_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("dropRow"); // where the view drops: before this row, -1 at the end
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("undoText");
    QTest::newRow("first to before the last") << 0 << 3 << QStringList{"B", "C", "A", "D"} << "Move Step 1 to 3";
    QTest::newRow("first to the end") << 0 << -1 << QStringList{"B", "C", "D", "A"} << "Move Step 1 to 4";
    QTest::newRow("last to the top") << 3 << 0 << QStringList{"D", "A", "B", "C"} << "Move Step 4 to 1";
    QTest::newRow("third up one") << 2 << 1 << QStringList{"A", "C", "B", "D"} << "Move Step 3 to 2";
}

void tst_TourStepsModel::dropMovesTheStepInTheFile()
{
    QFETCH(int, from);
    QFETCH(int, dropRow);
    QFETCH(QStringList, expected);
    QFETCH(QString, undoText);

    TourStepsModel model;
    model.setAtlas(m_atlas.get());
    model.setTourId(1);
    const ItemId movedId = model.index(from).data(TourStepsModel::StepIdRole).toLongLong();
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(from)}));
    QVERIFY(mime);
    QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, dropRow, 0, {}));
    QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, dropRow, 0, {}));

    QCOMPARE(storedCaptions(), expected);
    QCOMPARE(m_atlas->undoStack()->count(), 1);
    QCOMPARE(m_atlas->undoStack()->undoText(), undoText);
    // The list shows the new order, and the moved step is the same step.
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row).data(TourStepsModel::CaptionRole).toString();
    QCOMPARE(shown, expected);
    QCOMPARE(model.rowOfStep(movedId), int(expected.indexOf(model.step(model.rowOfStep(movedId)).caption)));

    m_atlas->undoStack()->undo();
    QCOMPARE(storedCaptions(), (QStringList{"A", "B", "C", "D"}));
}

void tst_TourStepsModel::moveRowsMovesTheStepInTheFile()
{
    TourStepsModel model;
    model.setAtlas(m_atlas.get());
    model.setTourId(1);
    // As QListView asks when a step is dragged below the next one.
    QVERIFY(model.moveRow({}, 1, {}, 3));
    QCOMPARE(storedCaptions(), (QStringList{"A", "C", "B", "D"}));
    QCOMPARE(m_atlas->undoStack()->count(), 1);
    // Dropped onto its own place: nothing stored.
    QVERIFY(model.moveRow({}, 1, {}, 2));
    QCOMPARE(m_atlas->undoStack()->count(), 1);
}

void tst_TourStepsModel::dropFromAnotherTourIsRefused()
{
    TourStepsModel other;
    other.setAtlas(m_atlas.get());
    other.setTourId(2);
    TourStepsModel model;
    model.setAtlas(m_atlas.get());
    model.setTourId(1);
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0)}));
    QVERIFY(!other.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(!other.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    QMimeData text;
    text.setText(QStringLiteral("A"));
    QVERIFY(!model.dropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    QCOMPARE(m_atlas->undoStack()->count(), 0);
    QCOMPARE(storedCaptions(), (QStringList{"A", "B", "C", "D"}));
}

void tst_TourStepsModel::readOnlyAtlasOffersNoDrag()
{
    QString error;
    std::unique_ptr<Atlas> second = Atlas::open(m_path, &error);
    QVERIFY(second && second->isReadOnly());
    TourStepsModel model;
    model.setAtlas(second.get());
    model.setTourId(1);
    QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsDragEnabled));
    QVERIFY(!(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled));
    QSignalSpy failed(&model, &TourStepsModel::moveFailed);
    QVERIFY(!model.moveRow({}, 0, {}, 3));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model.lastError(), second->readOnlyReason());
    second.reset();
    QCOMPARE(storedCaptions(), (QStringList{"A", "B", "C", "D"}));
}

QTEST_GUILESS_MAIN(tst_TourStepsModel)
#include "tst_tourstepsmodel.moc"
