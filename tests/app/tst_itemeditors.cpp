// SPDX-License-Identifier: GPL-3.0-or-later
// The actor, relation and source forms: what they say under each field as it
// is typed, and that OK stays disabled while anything is wrong.
#include "actoreditor.h"
#include "relationeditor.h"
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

QTEST_MAIN(tst_ItemEditors)
#include "tst_itemeditors.moc"
