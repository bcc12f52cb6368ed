// SPDX-License-Identifier: GPL-3.0-or-later
// The actor, relation, source, era and series value forms: what they say under each field as it
// is typed, and that OK stays disabled while anything is wrong.
#include "actoreditor.h"
#include "eraeditor.h"
#include "relationeditor.h"
#include "seriespointeditor.h"
#include "sourceeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Annals;

namespace {

QLineEdit *field(QWidget *editor, const QString &accessibleName)
{
    for (QLineEdit *edit : editor->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

QLabel *feedback(QWidget *editor, const QString &objectName)
{
    return editor->findChild<QLabel *>(objectName + QLatin1String("Feedback"));
}

bool okEnabled(QWidget *editor)
{
    return editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

AtlasData twoActors()
{
    AtlasData data;
    Actor china;
    china.id = 3;
    china.name = QStringLiteral("China");
    Actor korea;
    korea.id = 7;
    korea.name = QStringLiteral("Korea, North");
    data.actors = {china, korea};
    Event treaty;
    treaty.id = 11;
    treaty.title = QStringLiteral("Treaty signed");
    treaty.when.start = HistoricalDate(-268099200, Precision::Day);
    data.events = {treaty};
    return data;
}

} // namespace

class tst_ItemEditors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actorFormExplainsWhatIsWrong_data();
    void actorFormExplainsWhatIsWrong();
    void untouchedActorComesBackUnchanged();
    void relationFormNeedsTwoDifferentActors();
    void relationFormStartsFromTheGivenActors();
    void sourceAddressMustBeAWebAddress_data();
    void sourceAddressMustBeAWebAddress();
    void eraFormNeedsTitleAndBothDates_data();
    void eraFormNeedsTitleAndBothDates();
    void seriesValueFormChecksItsNumbers_data();
    void seriesValueFormChecksItsNumbers();
    void untouchedSeriesValueComesBackUnchanged();
};

void tst_ItemEditors::actorFormExplainsWhatIsWrong_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("feedbackName");
    QTest::addColumn<QString>("feedbackText"); // empty: no complaint, OK enabled
    QTest::addColumn<QString>("problem");

    QTest::newRow("name cleared") << "Name" << "" << "name" << "Required." << "needs a name";
    QTest::newRow("start unreadable") << "Start date" << "the thirteenth of Blursday" << "start" << ""
                                      << "The start date cannot be read";
    QTest::newRow("end before start") << "End date" << "1900" << "end" << "Before the start" << "is before the start";
    QTest::newRow("end understood") << "End date" << "1991" << "end" << "1991, to the year" << "";
    QTest::newRow("colour unknown") << "Colour" << "sort of red" << "colour" << "Not a colour" << "colour";
    QTest::newRow("colour by name") << "Colour" << "darkred" << "colour" << "" << "";
}

void tst_ItemEditors::actorFormExplainsWhatIsWrong()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, typed);
    QFETCH(QString, feedbackName);
    QFETCH(QString, feedbackText);
    QFETCH(QString, problem);

    Actor actor;
    actor.id = 3;
    actor.name = QStringLiteral("Soviet Union");
    actor.kind = ActorKind::State;
    actor.start = HistoricalDate::fromCivil({1922, 12, 30, 0, 0, 0}, Precision::Day);
    ActorEditor editor(actor);
    editor.show();
    QVERIFY(editor.isValid());
    QVERIFY(okEnabled(&editor));

    QLineEdit *edit = field(&editor, fieldName);
    QVERIFY(edit);
    retype(edit, typed);
    QLabel *label = feedback(&editor, feedbackName);
    QVERIFY(label);
    if (!feedbackText.isEmpty())
        QVERIFY2(label->text().contains(feedbackText), qPrintable(label->text()));
    if (problem.isEmpty()) {
        QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
        QVERIFY(okEnabled(&editor));
    } else {
        QVERIFY2(editor.problem().contains(problem), qPrintable(editor.problem()));
        QVERIFY(!okEnabled(&editor));
        // The date parser's own words stand under an unreadable date.
        if (feedbackText.isEmpty())
            QVERIFY(!label->text().isEmpty());
        // Accepting anyway does nothing.
        editor.accept();
        QVERIFY(editor.isVisible());
    }
}

void tst_ItemEditors::untouchedActorComesBackUnchanged()
{
    Actor actor;
    actor.id = 9;
    actor.name = QStringLiteral("Byzantium");
    actor.nativeName = QStringLiteral("Βασιλεία Ῥωμαίων");
    actor.kind = ActorKind::State;
    actor.colour = QStringLiteral("#800080");
    actor.description = QStringLiteral("Rome in the east");
    actor.start = HistoricalDate::fromCivil({330, 5, 11, 0, 0, 0}, Precision::Day, true);
    actor.end = HistoricalDate::fromCivil({1453, 5, 29, 0, 0, 0}, Precision::Day);
    ActorEditor editor(actor);
    const Actor back = editor.actor();
    QCOMPARE(back.id, actor.id);
    QCOMPARE(back.name, actor.name);
    QCOMPARE(back.nativeName, actor.nativeName);
    QCOMPARE(back.kind, actor.kind);
    QCOMPARE(back.colour, actor.colour);
    QCOMPARE(back.description, actor.description);
    QCOMPARE(back.start, actor.start);
    QCOMPARE(back.end, actor.end);

    ActorEditor fresh(Actor{});
    QVERIFY(!fresh.isValid());
    QVERIFY(!okEnabled(&fresh));
    // New and empty: "Required." is said, but not yet as an error.
    QCOMPARE(feedback(&fresh, QStringLiteral("name"))->text(), QStringLiteral("Required."));
    QTest::keyClicks(field(&fresh, QStringLiteral("Name")), QStringLiteral("Venice"));
    QVERIFY(fresh.isValid());
    QCOMPARE(fresh.actor().name, QStringLiteral("Venice"));
}

void tst_ItemEditors::relationFormNeedsTwoDifferentActors()
{
    const AtlasData atlas = twoActors();
    Relation relation;
    relation.when.start = HistoricalDate(0, Precision::Year);
    RelationEditor editor(atlas, relation);
    editor.show();
    QVERIFY(editor.problem().contains(QLatin1String("needs two actors")));
    QVERIFY(!okEnabled(&editor));

    auto *source = editor.findChild<QComboBox *>(QStringLiteral("source"));
    auto *target = editor.findChild<QComboBox *>(QStringLiteral("target"));
    QVERIFY(source && target);
    QCOMPARE(source->accessibleName(), QStringLiteral("From actor"));
    source->setCurrentIndex(source->findData(ItemId(3)));
    target->setCurrentIndex(target->findData(ItemId(3)));
    QVERIFY2(editor.problem().contains(QLatin1String("two different actors")), qPrintable(editor.problem()));
    QVERIFY(!okEnabled(&editor));
    target->setCurrentIndex(target->findData(ItemId(7)));
    QVERIFY2(editor.isValid(), qPrintable(editor.problem()));

    retype(field(&editor, QStringLiteral("Start date")), QString());
    QVERIFY(editor.problem().contains(QLatin1String("needs a start date")));
    retype(field(&editor, QStringLiteral("Start date")), QStringLiteral("1961"));
    retype(field(&editor, QStringLiteral("End date")), QStringLiteral("1950"));
    QVERIFY(feedback(&editor, QStringLiteral("end"))->text().contains(QLatin1String("Before the start")));
    QVERIFY(!okEnabled(&editor));
    retype(field(&editor, QStringLiteral("End date")), QStringLiteral("1991"));
    QVERIFY(editor.isValid());

    auto *begun = editor.findChild<QComboBox *>(QStringLiteral("beginEvent"));
    begun->setCurrentIndex(begun->findData(ItemId(11)));
    const Relation made = editor.relation();
    QCOMPARE(made.sourceId, ItemId(3));
    QCOMPARE(made.targetId, ItemId(7));
    QCOMPARE(made.beginEventId, ItemId(11));
    QCOMPARE(made.endEventId, ItemId(0));
    QCOMPARE(made.when.end.civil().year, 1991);
}

void tst_ItemEditors::relationFormStartsFromTheGivenActors()
{
    Relation relation;
    relation.sourceId = 7;
    relation.targetId = 3;
    relation.when.start = HistoricalDate(0, Precision::Year);
    RelationEditor editor(twoActors(), relation);
    QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
    QCOMPARE(editor.findChild<QComboBox *>(QStringLiteral("source"))->currentText(), QStringLiteral("Korea, North"));
    QCOMPARE(editor.findChild<QComboBox *>(QStringLiteral("target"))->currentText(), QStringLiteral("China"));
}

void tst_ItemEditors::sourceAddressMustBeAWebAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << "https://www.wilsoncenter.org/digital-archive" << true;
    QTest::newRow("http") << "http://example.org/a?b=c" << true;
    QTest::newRow("empty") << "" << true;
    QTest::newRow("ftp") << "ftp://example.org/file" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("no scheme") << "example.org" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
}

void tst_ItemEditors::sourceAddressMustBeAWebAddress()
{
    QFETCH(QString, address);
    QFETCH(bool, accepted);
    SourceEditor editor(Source{});
    editor.show();
    QVERIFY(editor.problem().contains(QLatin1String("needs a title")));
    QTest::keyClicks(field(&editor, QStringLiteral("Title")), QStringLiteral("Cold War archive"));
    QVERIFY(editor.isValid());
    QTest::keyClicks(field(&editor, QStringLiteral("Web address")), address);
    QCOMPARE(editor.isValid(), accepted);
    QCOMPARE(okEnabled(&editor), accepted);
    QLabel *label = feedback(&editor, QStringLiteral("url"));
    QCOMPARE(label->isVisible(), !accepted);
    if (!accepted)
        QVERIFY(label->text().contains(QLatin1String("http:// or https://")));
    else
        QCOMPARE(editor.source().url, address);
}

void tst_ItemEditors::eraFormNeedsTitleAndBothDates_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("problem"); // empty: OK enabled
    QTest::addColumn<QString>("endFeedback");

    QTest::newRow("complete") << "Interwar" << "1918" << "1939" << "" << "1939, to the year";
    QTest::newRow("no title") << "" << "1918" << "1939" << "needs a title" << "";
    QTest::newRow("no end") << "Interwar" << "1918" << "" << "needs an end date" << "Required";
    QTest::newRow("no start") << "Interwar" << "" << "1939" << "needs a start date" << "";
    QTest::newRow("end before start") << "Interwar" << "1918" << "1900" << "is before the start" << "Before the start";
    QTest::newRow("end unreadable") << "Interwar" << "1918" << "the year of the rat" << "The end date cannot be read"
                                    << "";
}

void tst_ItemEditors::eraFormNeedsTitleAndBothDates()
{
    QFETCH(QString, title);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, problem);
    QFETCH(QString, endFeedback);

    EraEditor editor(Era{});
    editor.show();
    QVERIFY(!editor.isValid());
    QVERIFY(!okEnabled(&editor));
    QTest::keyClicks(field(&editor, QStringLiteral("Title")), title);
    QTest::keyClicks(field(&editor, QStringLiteral("Start date")), start);
    QTest::keyClicks(field(&editor, QStringLiteral("End date")), end);
    if (!endFeedback.isEmpty()) {
        QLabel *label = feedback(&editor, QStringLiteral("end"));
        QVERIFY2(label->text().contains(endFeedback), qPrintable(label->text()));
    }
    if (problem.isEmpty()) {
        QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
        QVERIFY(okEnabled(&editor));
        const Era era = editor.era();
        QCOMPARE(era.title, title);
        QCOMPARE(era.when.start.civil().year, 1918);
        QCOMPARE(era.when.end.civil().year, 1939);
    } else {
        QVERIFY2(editor.problem().contains(problem), qPrintable(editor.problem()));
        QVERIFY(!okEnabled(&editor));
        editor.accept();
        QVERIFY(editor.isVisible());
    }
}

void tst_ItemEditors::seriesValueFormChecksItsNumbers_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("low");
    QTest::addColumn<QString>("high");
    QTest::addColumn<QString>("problem"); // empty: OK enabled

    QTest::newRow("value alone") << "1960" << "10.5" << "" << "" << "";
    QTest::newRow("with a range") << "1960" << "10.5" << "9" << "12" << "";
    QTest::newRow("no date") << "" << "10.5" << "" << "" << "needs a date";
    QTest::newRow("unreadable date") << "next blursday" << "10.5" << "" << "" << "The date cannot be read";
    QTest::newRow("no value") << "1960" << "" << "" << "" << "A value is required";
    QTest::newRow("value not a number") << "1960" << "ten" << "" << "" << "cannot be read";
    QTest::newRow("low above the value") << "1960" << "10.5" << "11" << "" << "is above the value";
    QTest::newRow("high below the value") << "1960" << "10.5" << "" << "10" << "is below the value";
}

void tst_ItemEditors::seriesValueFormChecksItsNumbers()
{
    QFETCH(QString, date);
    QFETCH(QString, value);
    QFETCH(QString, low);
    QFETCH(QString, high);
    QFETCH(QString, problem);

    SeriesPointEntry point;
    point.seriesId = 4;
    SeriesPointEditor editor(point, QStringLiteral("Population"), QStringLiteral("million"));
    editor.show();
    QVERIFY(!editor.isValid());
    QTest::keyClicks(field(&editor, QStringLiteral("Date")), date);
    QTest::keyClicks(field(&editor, QStringLiteral("Value")), value);
    QTest::keyClicks(field(&editor, QStringLiteral("Low estimate")), low);
    QTest::keyClicks(field(&editor, QStringLiteral("High estimate")), high);
    if (problem.isEmpty()) {
        QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
        QVERIFY(okEnabled(&editor));
        const SeriesPointEntry made = editor.point();
        QCOMPARE(made.seriesId, ItemId(4));
        QCOMPARE(made.value, 10.5);
        QCOMPARE(made.low.has_value(), !low.isEmpty());
        QCOMPARE(made.high.has_value(), !high.isEmpty());
        QCOMPARE(made.time.civil().year, 1960);
    } else {
        QVERIFY2(editor.problem().contains(problem), qPrintable(editor.problem()));
        QVERIFY(!okEnabled(&editor));
        editor.accept();
        QVERIFY(editor.isVisible());
    }
}

void tst_ItemEditors::untouchedSeriesValueComesBackUnchanged()
{
    SeriesPointEntry point;
    point.id = 5;
    point.seriesId = 4;
    point.time = HistoricalDate(-631152000, Precision::Year);
    point.value = 1.0 / 3.0;
    point.low = 0.25;
    point.note = QStringLiteral("census");
    SeriesPointEditor editor(point, QStringLiteral("Population"), QString());
    QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
    const SeriesPointEntry back = editor.point();
    QCOMPARE(back.id, point.id);
    QCOMPARE(back.time, point.time);
    QCOMPARE(back.value, point.value);
    QCOMPARE(back.low, point.low);
    QVERIFY(!back.high);
    QCOMPARE(back.note, point.note);
}

QTEST_MAIN(tst_ItemEditors)
#include "tst_itemeditors.moc"
