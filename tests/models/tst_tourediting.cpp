// SPDX-License-Identifier: GPL-3.0-or-later
// Editing tours and their steps: each change one undo step that puts the
// tours back exactly, positions 1..n after every change, refused input that
// leaves the file as it was.
#include "atlas.h"
#include "atlaseditor.h"
#include "atlasfixtures.h"
#include "tours.h"
#include "viewstate.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Annals;

namespace {

enum class StepEdit { Insert, Update, Remove, Move };

// The small atlas's event 1 lies here (9 Sep 1948).
constexpr qint64 year1948 = -694224000;
constexpr qint64 year1950 = -631152000;

TourStep makeStep(const QString &caption)
{
    TourStep step;
    step.windowStart = year1948;
    step.windowEnd = year1950;
    step.cursorTime = year1948 + 1000;
    step.eventId = 1;
    step.focusActorId = 2;
    step.caption = caption;
    return step;
}

QStringList captions(const Tour &tour)
{
    QStringList list;
    for (const TourStep &step : tour.steps)
        list << step.caption;
    return list;
}

} // namespace

class tst_TourEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stepEditsUndoRedoRestoreTheTours_data();
    void stepEditsUndoRedoRestoreTheTours();
    void unchangedStepsPushNothing();
    void addRenameRemoveTourUndoRedo();
    void removingATourTakesItsStepsAndCitations();
    void badInputIsRefusedAndStoresNothing_data();
    void badInputIsRefusedAndStoresNothing();
    void readOnlyAtlasRefusesTourEdits();
    void stepFromViewTakesWindowCursorEventAndActor();
    void stepLabelReadsNumberYearAndCaption();

private:
    QByteArray reopenedFingerprint();
    Tour storedTour(ItemId id) const;
    // Every tour's positions run 1..n, as a fresh load of the file reads them.
    void verifyPositionsContiguous() const;
    static void compareTours(const QList<Tour> &actual, const QList<Tour> &expected);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Atlas> m_atlas;
    QString m_path;
};

void tst_TourEditing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = AtlasFixtures::makeSmallAtlas(m_dir->filePath(QStringLiteral("tours.annals")));
    AtlasFixtures::runRaw(m_path, {
        QStringLiteral("INSERT INTO tours (id, title, description) VALUES (1, 'The founding', 'Three steps')"),
        QStringLiteral("INSERT INTO tour_steps (id, tour_id, position, event_id, window_start, window_end, "
                       "cursor_time, focus_actor_id, caption) VALUES (10, 1, 1, 1, -694224000, -631152000, "
                       "-672537600, 1, 'First')"),
        QStringLiteral("INSERT INTO tour_steps (id, tour_id, position, caption) VALUES (11, 1, 2, 'Second')"),
        QStringLiteral("INSERT INTO tour_steps (id, tour_id, position, focus_actor_id, caption) "
                       "VALUES (12, 1, 3, 2, 'Third')"),
        QStringLiteral("INSERT INTO tours (id, title) VALUES (2, 'Empty')"),
        QStringLiteral("INSERT INTO citations (source_id, item_kind, item_id, locator) VALUES (1, 'tour', 1, 'ch. 2')"),
    });
    QString error;
    m_atlas = Atlas::open(m_path, &error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY2(!m_atlas->isReadOnly(), qPrintable(m_atlas->readOnlyReason()));
}

void tst_TourEditing::cleanup()
{
    m_atlas.reset();
    m_dir.reset();
}

QByteArray tst_TourEditing::reopenedFingerprint()
{
    m_atlas.reset();
    const QByteArray fingerprint = AtlasFixtures::fingerprint(m_path);
    QString error;
    m_atlas = Atlas::open(m_path, &error);
    if (!m_atlas)
        qWarning("%s", qPrintable(error));
    return fingerprint;
}

Tour tst_TourEditing::storedTour(ItemId id) const
{
    QString error;
    std::optional<Tour> tour = m_atlas->store().tour(id, &error);
    if (!tour)
        qWarning("%s", qPrintable(error));
    return tour.value_or(Tour{});
}

void tst_TourEditing::verifyPositionsContiguous() const
{
    QString error;
    const std::optional<AtlasData> data = m_atlas->store().load(&error);
    QVERIFY2(data, qPrintable(error));
    for (const Tour &tour : data->tours) {
        for (qsizetype i = 0; i < tour.steps.size(); ++i)
            QCOMPARE(tour.steps.at(i).position, int(i + 1));
    }
}

void tst_TourEditing::compareTours(const QList<Tour> &actual, const QList<Tour> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype t = 0; t < actual.size(); ++t) {
        const Tour &a = actual.at(t);
        const Tour &e = expected.at(t);
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.title, e.title);
        QCOMPARE(a.description, e.description);
        QCOMPARE(a.steps.size(), e.steps.size());
        for (qsizetype s = 0; s < a.steps.size(); ++s) {
            const TourStep &as = a.steps.at(s);
            const TourStep &es = e.steps.at(s);
            QCOMPARE(as.id, es.id);
            QCOMPARE(as.position, es.position);
            QCOMPARE(as.eventId, es.eventId);
            QCOMPARE(as.windowStart, es.windowStart);
            QCOMPARE(as.windowEnd, es.windowEnd);
            QCOMPARE(as.cursorTime, es.cursorTime);
            QCOMPARE(as.focusActorId, es.focusActorId);
            QCOMPARE(as.caption, es.caption);
        }
    }
}

void tst_TourEditing::stepEditsUndoRedoRestoreTheTours_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<int>("first"); // the index inserted at, changed, removed or moved from
    QTest::addColumn<int>("second"); // the index moved to
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("undoText");
    const auto row = [](const char *name, StepEdit edit, int first, int second, const QStringList &expected,
                        const QString &undoText) {
        QTest::newRow(name) << int(edit) << first << second << expected << undoText;
    };
    using L = QStringList;
    row("insert first", StepEdit::Insert, 0, 0, L{"New", "First", "Second", "Third"}, "Add Step 1");
    row("insert middle", StepEdit::Insert, 1, 0, L{"First", "New", "Second", "Third"}, "Add Step 2");
    row("insert last", StepEdit::Insert, 3, 0, L{"First", "Second", "Third", "New"}, "Add Step 4");
    row("update middle", StepEdit::Update, 1, 0, L{"First", "New", "Third"}, "Edit Step 2");
    row("remove first", StepEdit::Remove, 0, 0, L{"Second", "Third"}, "Delete Step 1");
    row("remove middle", StepEdit::Remove, 1, 0, L{"First", "Third"}, "Delete Step 2");
    row("remove last", StepEdit::Remove, 2, 0, L{"First", "Second"}, "Delete Step 3");
    row("move first to last", StepEdit::Move, 0, 2, L{"Second", "Third", "First"}, "Move Step 1 to 3");
    row("move last to first", StepEdit::Move, 2, 0, L{"Third", "First", "Second"}, "Move Step 3 to 1");
    row("move down one", StepEdit::Move, 1, 2, L{"First", "Third", "Second"}, "Move Step 2 to 3");
    row("move up one", StepEdit::Move, 1, 0, L{"Second", "First", "Third"}, "Move Step 2 to 1");
}

void tst_TourEditing::stepEditsUndoRedoRestoreTheTours()
{
    QFETCH(int, edit);
    QFETCH(int, first);
    QFETCH(int, second);
    QFETCH(QStringList, expected);
    QFETCH(QString, undoText);

    AtlasEditor editor(m_atlas.get());
    QString error;
    const QList<Tour> before = m_atlas->data().tours;
    const Tour tour = storedTour(1);
    bool done = false;
    switch (StepEdit(edit)) {
    case StepEdit::Insert: {
        const std::optional<ItemId> id = editor.insertTourStep(1, first, makeStep(QStringLiteral("New")), &error);
        done = id.has_value();
        if (id)
            QCOMPARE(storedTour(1).steps.at(first).id, *id);
        break;
    }
    case StepEdit::Update: {
        TourStep changed = makeStep(QStringLiteral("New"));
        changed.id = tour.steps.at(first).id;
        done = editor.updateTourStep(changed, &error);
        break;
    }
    case StepEdit::Remove:
        done = editor.removeTourStep(tour.steps.at(first).id, &error);
        break;
    case StepEdit::Move:
        done = editor.moveTourStep(1, first, second, &error);
        break;
    }
    QVERIFY2(done, qPrintable(error));
    QCOMPARE(captions(storedTour(1)), expected);
    verifyPositionsContiguous();
    // The loaded data follows the file.
    QCOMPARE(captions(m_atlas->data().tours.at(0)), expected);
    QCOMPARE(m_atlas->undoStack()->count(), 1);
    QCOMPARE(m_atlas->undoStack()->undoText(), undoText);
    const QList<Tour> after = m_atlas->data().tours;
    // Steps keep their ids through a move or an edit.
    if (StepEdit(edit) == StepEdit::Move)
        QCOMPARE(storedTour(1).steps.at(second).id, tour.steps.at(first).id);

    m_atlas->undoStack()->undo();
    compareTours(m_atlas->data().tours, before);
    verifyPositionsContiguous();
    m_atlas->undoStack()->redo();
    compareTours(m_atlas->data().tours, after);
    verifyPositionsContiguous();
    // And what the views hold is what the file holds.
    compareTours(m_atlas->store().load(&error)->tours, after);
}

void tst_TourEditing::unchangedStepsPushNothing()
{
    AtlasEditor editor(m_atlas.get());
    QString error;
    const QByteArray before = reopenedFingerprint();
    AtlasEditor reopened(m_atlas.get());
    QVERIFY(reopened.moveTourStep(1, 1, 1, &error));
    QVERIFY(reopened.updateTourStep(storedTour(1).steps.at(0), &error));
    QCOMPARE(m_atlas->undoStack()->count(), 0);
    QCOMPARE(reopenedFingerprint(), before);
}

void tst_TourEditing::addRenameRemoveTourUndoRedo()
{
    AtlasEditor editor(m_atlas.get());
    QString error;
    const QList<Tour> before = m_atlas->data().tours;
    Tour tour;
    tour.title = QStringLiteral("  Cold War  ");
    tour.description = QStringLiteral("For the seminar");
    const std::optional<ItemId> id = editor.addTour(tour, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(storedTour(*id).title, QStringLiteral("Cold War"));
    QCOMPARE(storedTour(*id).description, QStringLiteral("For the seminar"));
    QCOMPARE(m_atlas->undoStack()->undoText(), QStringLiteral("Add “Cold War”"));
    const ItemId stepId = editor.insertTourStep(*id, 0, makeStep(QStringLiteral("Only")), &error).value_or(0);
    QVERIFY2(stepId != 0, qPrintable(error));

    Tour renamed = storedTour(*id);
    renamed.title = QStringLiteral("Détente");
    renamed.steps.clear(); // updating a tour leaves its steps alone
    QVERIFY2(editor.updateTour(renamed, &error), qPrintable(error));
    QCOMPARE(storedTour(*id).title, QStringLiteral("Détente"));
    QCOMPARE(storedTour(*id).steps.size(), 1);
    QCOMPARE(m_atlas->undoStack()->undoText(), QStringLiteral("Edit “Détente”"));
    const QList<Tour> afterRename = m_atlas->data().tours;

    QVERIFY2(editor.removeTour(*id, &error), qPrintable(error));
    QCOMPARE(m_atlas->data().tours.size(), before.size());
    QCOMPARE(m_atlas->undoStack()->undoText(), QStringLiteral("Delete “Détente”"));
    m_atlas->undoStack()->undo();
    compareTours(m_atlas->data().tours, afterRename);
    m_atlas->undoStack()->undo();
    QCOMPARE(storedTour(*id).title, QStringLiteral("Cold War"));
    m_atlas->undoStack()->setIndex(0);
    compareTours(m_atlas->data().tours, before);
    m_atlas->undoStack()->setIndex(m_atlas->undoStack()->count() - 1);
    compareTours(m_atlas->data().tours, afterRename);
}

void tst_TourEditing::removingATourTakesItsStepsAndCitations()
{
    AtlasEditor editor(m_atlas.get());
    QString error;
    const QList<Tour> tours = m_atlas->data().tours;
    const auto tourCitations = [this] {
        QString e;
        return m_atlas->store().citationsOf(QStringLiteral("tour"), 1, &e).value_or(QList<Citation>{}).size();
    };
    QCOMPARE(tourCitations(), 1);
    QVERIFY2(editor.removeTour(1, &error), qPrintable(error));
    QCOMPARE(tourCitations(), 0);
    QCOMPARE(m_atlas->data().tours.size(), 1);
    QString missing;
    QVERIFY(!m_atlas->store().tour(1, &missing));
    QCOMPARE(missing, QStringLiteral("There is no tour 1."));

    m_atlas->undoStack()->undo();
    QCOMPARE(tourCitations(), 1);
    compareTours(m_atlas->data().tours, tours);
    m_atlas->undoStack()->redo();
    QCOMPARE(tourCitations(), 0);
    QCOMPARE(m_atlas->data().tours.size(), 1);
}

void tst_TourEditing::badInputIsRefusedAndStoresNothing_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("window ends before it starts") << "window backwards" << "A step's time window must end after it starts.";
    QTest::newRow("window of no length") << "window empty" << "A step's time window must end after it starts.";
    QTest::newRow("window with one end") << "window half"
                                          << "A step's time window needs both a start and an end, or neither.";
    QTest::newRow("unknown event") << "event" << "There is no event 99.";
    QTest::newRow("unknown actor") << "actor" << "There is no actor 99.";
    QTest::newRow("caption too long") << "caption"
                                      << "A caption can be at most 10000 characters long; this one has 10001.";
    QTest::newRow("bad step in an update") << "update" << "There is no event 99.";
    QTest::newRow("insert past the end") << "insert place" << "A step can go at places 1 to 4, not 6.";
    QTest::newRow("move past the end") << "move" << "The tour has steps 1 to 3; there is no moving step 1 to 4.";
    QTest::newRow("unknown tour") << "tour" << "There is no tour 99.";
    QTest::newRow("unknown step") << "step" << "There is no tour step 99.";
    QTest::newRow("tour without a title") << "title" << "A tour needs a title.";
    QTest::newRow("rename to nothing") << "rename" << "A tour needs a title.";
}

void tst_TourEditing::badInputIsRefusedAndStoresNothing()
{
    QFETCH(QString, change);
    QFETCH(QString, expectedError);

    const QByteArray before = reopenedFingerprint();
    QVERIFY(m_atlas);
    AtlasEditor editor(m_atlas.get());
    QString error;
    TourStep step = makeStep(QStringLiteral("Bad"));
    bool done = true;
    if (change == QLatin1String("window backwards")) {
        step.windowEnd = year1948 - 1;
    } else if (change == QLatin1String("window empty")) {
        step.windowEnd = step.windowStart;
    } else if (change == QLatin1String("window half")) {
        step.windowEnd.reset();
    } else if (change == QLatin1String("event")) {
        step.eventId = 99;
    } else if (change == QLatin1String("actor")) {
        step.focusActorId = 99;
    } else if (change == QLatin1String("caption")) {
        step.caption = QString(maxTourCaptionLength + 1, QLatin1Char('x'));
    }
    if (change == QLatin1String("update")) {
        step.id = 11;
        step.eventId = 99;
        done = editor.updateTourStep(step, &error);
    } else if (change == QLatin1String("insert place")) {
        done = editor.insertTourStep(1, 5, step, &error).has_value();
    } else if (change == QLatin1String("move")) {
        done = editor.moveTourStep(1, 0, 3, &error);
    } else if (change == QLatin1String("tour")) {
        done = editor.insertTourStep(99, 0, step, &error).has_value();
    } else if (change == QLatin1String("step")) {
        done = editor.removeTourStep(99, &error);
    } else if (change == QLatin1String("title")) {
        done = editor.addTour(Tour{0, QStringLiteral("   "), {}, {}}, &error).has_value();
    } else if (change == QLatin1String("rename")) {
        done = editor.updateTour(Tour{1, QString(), {}, {}}, &error);
    } else {
        done = editor.insertTourStep(1, 0, step, &error).has_value();
    }
    QVERIFY(!done);
    QCOMPARE(error, expectedError);
    QCOMPARE(m_atlas->undoStack()->count(), 0);
    QCOMPARE(reopenedFingerprint(), before);
}

void tst_TourEditing::readOnlyAtlasRefusesTourEdits()
{
    QString error;
    // A second window on the same file gets it read-only.
    std::unique_ptr<Atlas> second = Atlas::open(m_path, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->isReadOnly());
    const QByteArray before = AtlasFixtures::fingerprint(m_path);
    AtlasEditor editor(second.get());
    const QString reason = second->readOnlyReason();
    QVERIFY(!editor.addTour(Tour{0, QStringLiteral("New"), {}, {}}, &error));
    QCOMPARE(error, reason);
    QVERIFY(!editor.updateTour(Tour{1, QStringLiteral("New"), {}, {}}, &error));
    QCOMPARE(error, reason);
    QVERIFY(!editor.removeTour(1, &error));
    QCOMPARE(error, reason);
    QVERIFY(!editor.insertTourStep(1, 0, makeStep(QStringLiteral("New")), &error));
    QCOMPARE(error, reason);
    TourStep changed = second->data().tours.at(0).steps.at(1);
    changed.caption = QStringLiteral("Changed");
    QVERIFY(!editor.updateTourStep(changed, &error));
    QCOMPARE(error, reason);
    QVERIFY(!editor.removeTourStep(11, &error));
    QCOMPARE(error, reason);
    QVERIFY(!editor.moveTourStep(1, 0, 2, &error));
    QCOMPARE(error, reason);
    QCOMPARE(second->undoStack()->count(), 0);
    second.reset();
    QCOMPARE(AtlasFixtures::fingerprint(m_path), before);
}

void tst_TourEditing::stepFromViewTakesWindowCursorEventAndActor()
{
    const AtlasData &data = m_atlas->data();
    ViewState state;
    state.setWindow(year1948, year1950);
    state.setCursor(year1948 + 86400);
    state.setSelectedEvent(1);
    TourStep step = stepFromView(tourViewOf(state, 2), data);
    QCOMPARE(step.windowStart, std::optional<qint64>(year1948));
    QCOMPARE(step.windowEnd, std::optional<qint64>(year1950));
    QCOMPARE(step.cursorTime, std::optional<qint64>(year1948 + 86400));
    QCOMPARE(step.eventId, ItemId(1));
    QCOMPARE(step.focusActorId, ItemId(2)); // the graph's focus, with no actor selected
    QCOMPARE(step.caption, QStringLiteral("Founding of the DPRK (9 Sep 1948)"));

    state.setSelectedActor(1);
    QCOMPARE(stepFromView(tourViewOf(state, 2), data).focusActorId, ItemId(1)); // the selection wins

    // Nothing selected, an unknown actor focused, no window: an empty step.
    TourView empty;
    empty.selectedEvent = 99;
    empty.graphFocusActor = 99;
    step = stepFromView(empty, data);
    QVERIFY(!step.windowStart && !step.windowEnd && !step.cursorTime);
    QCOMPARE(step.eventId, ItemId(0));
    QCOMPARE(step.focusActorId, ItemId(0));
    QVERIFY(step.caption.isEmpty());
}

void tst_TourEditing::stepLabelReadsNumberYearAndCaption()
{
    const AtlasData &data = m_atlas->data();
    TourStep step;
    step.cursorTime = year1950;
    step.caption = QStringLiteral("The war begins\nand goes on");
    QCOMPARE(tourStepLabel(data, step, 2), QStringLiteral("3. 1950 — The war begins…"));
    step.caption.clear();
    step.cursorTime.reset();
    step.eventId = 1;
    QCOMPARE(tourStepLabel(data, step, 0), QStringLiteral("1. 1948 — Founding of the DPRK"));
    step.eventId = 0;
    QCOMPARE(tourStepLabel(data, step, 0), QStringLiteral("1. (no caption)"));
}

QTEST_GUILESS_MAIN(tst_TourEditing)
#include "tst_tourediting.moc"
