// SPDX-License-Identifier: GPL-3.0-or-later
// The event form as a user fills it in, offscreen: typed text, keys and
// checks, judged by what the form shows and by the event it gives back.
#include "atlas.h"
#include "atlasstore.h"
#include "eventeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Annals;

namespace {

// Field by field, so that a failure names the field.
void compareEvents(const Event &actual, const Event &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.category, expected.category);
    QCOMPARE(actual.place, expected.place);
    QCOMPARE(actual.importance, expected.importance);
    QVERIFY(actual.when.start == expected.when.start);
    QVERIFY(actual.when.end == expected.when.end);
    QCOMPARE(actual.actors.size(), expected.actors.size());
    for (qsizetype i = 0; i < actual.actors.size(); ++i) {
        QCOMPARE(actual.actors.at(i).actorId, expected.actors.at(i).actorId);
        QCOMPARE(actual.actors.at(i).role, expected.actors.at(i).role);
    }
}

HistoricalDate parsed(const char *text)
{
    return DateParser::parse(QString::fromUtf8(text)).date;
}

} // namespace

class tst_EventEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void titleSaysNewOrEdit();
    void dateFieldsSayWhatTheyUnderstood_data();
    void dateFieldsSayWhatTheyUnderstood();
    void endBeforeStartIsRefused_data();
    void endBeforeStartIsRefused();
    void emptyTitleIsRefused();
    void okIsEnabledOnlyWhenValid();
    void everySampleEventRoundTrips();
    void editsAreReflected();
    void actorsAreCheckedFilteredAndGivenRoles();
    void keyboardAcceptsAndCancels();
    void prefilledStartDate();
    void tabReachesEveryFieldAndMnemonicsJump();
    void fieldsHaveAccessibleNames();
    void dateAsWrittenIsShownAndEdited();
    void sizesFollowTheFont();

private:
    EventEditor *open(const Event &event);
    template<typename T>
    T *field(const char *name) const
    {
        T *widget = m_editor->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }
    QPushButton *okButton() const
    {
        return m_editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    void typeInto(QLineEdit *edit, const QString &text);
    const Event &sampleEvent(const QString &title) const;
    QTreeWidgetItem *actorRow(const QString &name) const;

    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<EventEditor> m_editor;
};

void tst_EventEditor::initTestCase()
{
    QString error;
    m_atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY(!m_atlas->data().events.isEmpty());
}

void tst_EventEditor::cleanup()
{
    m_editor.reset();
}

EventEditor *tst_EventEditor::open(const Event &event)
{
    m_editor = std::make_unique<EventEditor>(m_atlas->data(), event);
    m_editor->show();
    if (!QTest::qWaitForWindowActive(m_editor.get()))
        qWarning("the editor did not become active");
    return m_editor.get();
}

void tst_EventEditor::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

const Event &tst_EventEditor::sampleEvent(const QString &title) const
{
    for (const Event &event : m_atlas->data().events) {
        if (event.title == title)
            return event;
    }
    qFatal("no sample event %s", qPrintable(title));
}

QTreeWidgetItem *tst_EventEditor::actorRow(const QString &name) const
{
    auto *actors = field<QTreeWidget>("actors");
    const auto found = actors->findItems(name, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
}

void tst_EventEditor::titleSaysNewOrEdit()
{
    open(Event{});
    QCOMPARE(m_editor->windowTitle(), QStringLiteral("New Event"));
    const Event &hanoi = sampleEvent(QStringLiteral("Hanoi summit"));
    open(hanoi);
    QCOMPARE(m_editor->windowTitle(), QStringLiteral("Edit “Hanoi summit”"));
}

void tst_EventEditor::dateFieldsSayWhatTheyUnderstood_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("shown"); // for invalid text: the parser's message

    const auto invalid = [](const char *text) { return DateParser::parse(QString::fromUtf8(text)).error; };
    for (const char *which : {"start", "end"}) {
        const QString field = QString::fromLatin1(which);
        const auto row = [&](const char *tag) -> QTestData & { return QTest::addRow("%s: %s", which, tag); };
        row("day") << field << QStringLiteral("3 Sep 2025") << true << QStringLiteral("3 September 2025, to the day");
        row("month") << field << QStringLiteral("Oct 1959") << true << QStringLiteral("October 1959, to the month");
        row("year") << field << QStringLiteral("1959") << true << QStringLiteral("1959, to the year");
        row("minute") << field << QStringLiteral("1959-10-01 14:30") << true
                      << QStringLiteral("1 October 1959, 14:30, to the minute");
        row("BCE") << field << QStringLiteral("44 BCE") << true << QStringLiteral("44 BCE, to the year");
        row("circa") << field << QStringLiteral("c. 1200") << true << QStringLiteral("c. 1200, roughly to the year");
        row("decade") << field << QStringLiteral("1950s") << true << QStringLiteral("1950s, to the decade");
        row("deep time") << field << QStringLiteral("65 Ma") << true
                         << QStringLiteral("65 million years ago, to the million years");
        row("words") << field << QStringLiteral("sometime") << false << invalid("sometime");
        row("no such day") << field << QStringLiteral("31 Feb 2001") << false << invalid("31 Feb 2001");
        row("no such month") << field << QStringLiteral("2001-13-01") << false << invalid("2001-13-01");
    }
}

void tst_EventEditor::dateFieldsSayWhatTheyUnderstood()
{
    QFETCH(QString, field);
    const QString which = field;
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, shown);
    QVERIFY(!shown.isEmpty());

    Event event;
    event.title = QStringLiteral("Something happened");
    // The end field is judged after a start far enough back for every end here.
    event.when.start = which == QLatin1String("end") ? parsed("100 Ma") : HistoricalDate();
    open(event);
    auto *edit = m_editor->findChild<QLineEdit *>(which);
    QVERIFY(edit);
    typeInto(edit, text);

    const auto *feedback = m_editor->findChild<QLabel *>(which + QLatin1String("Feedback"));
    QVERIFY(feedback);
    QCOMPARE(feedback->text(), shown);
    QVERIFY(feedback->isVisible());
    QCOMPARE(feedback->property("feedbackIsError").toBool(), !valid);
    QCOMPARE(edit->accessibleDescription(), shown);
    QCOMPARE(okButton()->isEnabled(), valid);
    QCOMPARE(m_editor->isValid(), valid);
    if (!valid) {
        // The reason is where the user looks before pressing OK.
        QVERIFY2(m_editor->problem().contains(shown), qPrintable(m_editor->problem()));
        QCOMPARE(this->field<QLabel>("problem")->text(), m_editor->problem());
    } else {
        const Event edited = m_editor->event();
        QVERIFY((which == QLatin1String("start") ? edited.when.start : edited.when.end) == DateParser::parse(text).date);
    }
}

void tst_EventEditor::endBeforeStartIsRefused_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("a year before") << QStringLiteral("1990") << QStringLiteral("1989") << false;
    QTest::newRow("a day before") << QStringLiteral("2 Jan 1990") << QStringLiteral("1 Jan 1990") << false;
    QTest::newRow("the same day") << QStringLiteral("1 Jan 1990") << QStringLiteral("1 Jan 1990") << true;
    QTest::newRow("later") << QStringLiteral("1990") << QStringLiteral("1991") << true;
    QTest::newRow("BCE to CE") << QStringLiteral("44 BCE") << QStringLiteral("44") << true;
    QTest::newRow("CE to BCE") << QStringLiteral("44") << QStringLiteral("44 BCE") << false;
    // The store compares first seconds: a year ending before its own March.
    QTest::newRow("coarser end") << QStringLiteral("Mar 2000") << QStringLiteral("2000") << false;
    QTest::newRow("finer end") << QStringLiteral("2000") << QStringLiteral("Mar 2000") << true;
}

void tst_EventEditor::endBeforeStartIsRefused()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(bool, accepted);

    Event event;
    event.title = QStringLiteral("A span");
    open(event);
    typeInto(field<QLineEdit>("start"), start);
    typeInto(field<QLineEdit>("end"), end);

    QCOMPARE(okButton()->isEnabled(), accepted);
    QCOMPARE(field<QLabel>("endFeedback")->property("feedbackIsError").toBool(), !accepted);
    // The dialog and the store agree, in the store's words.
    QCOMPARE(m_editor->problem(), validateEvent(m_editor->event()));
    QCOMPARE(m_editor->problem().isEmpty(), accepted);
    if (!accepted)
        QVERIFY(field<QLabel>("endFeedback")->text().contains(DateParser::parse(start).date.toDisplayString()));
}

void tst_EventEditor::emptyTitleIsRefused()
{
    const Event &hanoi = sampleEvent(QStringLiteral("Hanoi summit"));
    open(hanoi);
    QVERIFY(okButton()->isEnabled());
    typeInto(field<QLineEdit>("title"), QString());
    QVERIFY(!okButton()->isEnabled());
    QCOMPARE(m_editor->problem(), validateEvent(m_editor->event()));
    QVERIFY(!m_editor->problem().isEmpty());
    QVERIFY(field<QLabel>("titleFeedback")->isVisible());
    QVERIFY(field<QLabel>("titleFeedback")->property("feedbackIsError").toBool());
    // Spaces are no title either.
    typeInto(field<QLineEdit>("title"), QStringLiteral("   "));
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(!m_editor->problem().isEmpty());
}

void tst_EventEditor::okIsEnabledOnlyWhenValid()
{
    open(Event{});
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(!m_editor->problem().isEmpty());
    QVERIFY(field<QLabel>("problem")->isVisible());
    // A new form asks for the title without calling it an error yet.
    QVERIFY(!field<QLabel>("titleFeedback")->property("feedbackIsError").toBool());

    typeInto(field<QLineEdit>("title"), QStringLiteral("Armistice"));
    QVERIFY2(!okButton()->isEnabled(), "still no start date");
    QCOMPARE(m_editor->problem(), validateEvent(m_editor->event()));
    typeInto(field<QLineEdit>("start"), QStringLiteral("27 Jul 1953"));
    QVERIFY(okButton()->isEnabled());
    QVERIFY(m_editor->problem().isEmpty());
    typeInto(field<QLineEdit>("end"), QStringLiteral("not a date"));
    QVERIFY(!okButton()->isEnabled());
    QCOMPARE(okButton()->toolTip(), m_editor->problem());
    typeInto(field<QLineEdit>("end"), QString());
    QVERIFY(okButton()->isEnabled());
    typeInto(field<QLineEdit>("title"), QString());
    QVERIFY(!okButton()->isEnabled());

    // Accepting while invalid leaves the dialog open and nothing accepted.
    m_editor->accept();
    QVERIFY(m_editor->isVisible());
    QCOMPARE(m_editor->result(), int(QDialog::Rejected));
}

void tst_EventEditor::everySampleEventRoundTrips()
{
    for (const Event &event : m_atlas->data().events) {
        m_editor = std::make_unique<EventEditor>(m_atlas->data(), event);
        compareEvents(m_editor->event(), event);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("round trip changed “%1”").arg(event.title)));
        QVERIFY2(m_editor->isValid(), qPrintable(event.title + QLatin1String(": ") + m_editor->problem()));
    }
}

void tst_EventEditor::editsAreReflected()
{
    const Event &war = sampleEvent(QStringLiteral("Korean War"));
    QVERIFY(war.when.hasEnd());
    open(war);
    typeInto(field<QLineEdit>("title"), QStringLiteral("The Korean War"));
    typeInto(field<QLineEdit>("start"), QStringLiteral("25 Jun 1950"));
    typeInto(field<QLineEdit>("end"), QStringLiteral("1953"));
    auto *category = field<QComboBox>("category");
    category->setFocus();
    category->lineEdit()->selectAll();
    QTest::keyClicks(category->lineEdit(), QStringLiteral("conflict"));
    typeInto(field<QLineEdit>("place"), QStringLiteral("Korean peninsula"));
    auto *importance = field<QSpinBox>("importance");
    importance->setFocus();
    importance->setValue(3);
    QTest::keyClick(importance, Qt::Key_Up);
    auto *description = field<QPlainTextEdit>("description");
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("**Three years** of war."));

    const Event edited = m_editor->event();
    QCOMPARE(edited.id, war.id);
    QCOMPARE(edited.title, QStringLiteral("The Korean War"));
    QVERIFY(edited.when.start == parsed("25 Jun 1950"));
    QVERIFY(edited.when.end == parsed("1953"));
    QCOMPARE(edited.category, QStringLiteral("conflict"));
    QCOMPARE(edited.place, QStringLiteral("Korean peninsula"));
    QCOMPARE(edited.importance, 4);
    QCOMPARE(edited.description, QStringLiteral("**Three years** of war."));
    QCOMPARE(edited.actors.size(), war.actors.size());
    QVERIFY(m_editor->isValid());

    // An end cleared is a moment.
    typeInto(field<QLineEdit>("end"), QString());
    QVERIFY(!m_editor->event().when.hasEnd());
}

void tst_EventEditor::actorsAreCheckedFilteredAndGivenRoles()
{
    const Event &hanoi = sampleEvent(QStringLiteral("Hanoi summit"));
    QVERIFY(hanoi.actors.size() >= 2);
    open(hanoi);
    auto *actors = field<QTreeWidget>("actors");
    QCOMPARE(actors->topLevelItemCount(), m_atlas->data().actors.size());

    // The event's own actors are checked, with their roles, and come first.
    QHash<ItemId, QString> names;
    for (const Actor &actor : m_atlas->data().actors)
        names.insert(actor.id, actor.name);
    for (qsizetype i = 0; i < hanoi.actors.size(); ++i) {
        QTreeWidgetItem *row = actorRow(names.value(hanoi.actors.at(i).actorId));
        QVERIFY(row);
        QCOMPARE(row->checkState(0), Qt::Checked);
        QCOMPARE(row->text(1), hanoi.actors.at(i).role);
        QVERIFY(actors->indexOfTopLevelItem(row) < hanoi.actors.size());
    }

    // Filtering hides the others without unchecking anyone.
    const Actor *outsider = nullptr;
    for (const Actor &actor : m_atlas->data().actors) {
        const bool involved = std::any_of(hanoi.actors.begin(), hanoi.actors.end(),
                                          [&actor](const EventActor &a) { return a.actorId == actor.id; });
        if (!involved && actor.name.size() > 3) {
            outsider = &actor;
            break;
        }
    }
    QVERIFY(outsider);
    const QString needle = outsider->name.mid(1, 3).trimmed().toUpper(); // case does not matter
    typeInto(field<QLineEdit>("actorFilter"), needle);
    int shown = 0;
    for (int row = 0; row < actors->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = actors->topLevelItem(row);
        if (!item->isHidden()) {
            ++shown;
            QVERIFY(item->text(0).contains(needle, Qt::CaseInsensitive)
                    || item->toolTip(0).contains(needle, Qt::CaseInsensitive));
        }
    }
    QVERIFY(shown >= 1 && shown < actors->topLevelItemCount());

    // Space checks the current actor; the new one follows the event's own.
    QTreeWidgetItem *outsiderRow = actorRow(outsider->name);
    QVERIFY(outsiderRow && !outsiderRow->isHidden());
    actors->setFocus();
    actors->setCurrentItem(outsiderRow, 0);
    QTest::keyClick(actors->viewport(), Qt::Key_Space);
    QCOMPARE(outsiderRow->checkState(0), Qt::Checked);
    Event edited = m_editor->event();
    QCOMPARE(edited.actors.size(), hanoi.actors.size() + 1);
    QCOMPARE(edited.actors.last().actorId, outsider->id);
    QCOMPARE(edited.actors.last().role, QString());

    // Unchecking the first removes it; a role typed for someone checks them.
    QTreeWidgetItem *first = actorRow(names.value(hanoi.actors.first().actorId));
    first->setCheckState(0, Qt::Unchecked);
    outsiderRow->setCheckState(0, Qt::Unchecked);
    outsiderRow->setText(1, QStringLiteral("mediator"));
    QCOMPARE(outsiderRow->checkState(0), Qt::Checked);
    edited = m_editor->event();
    QCOMPARE(edited.actors.size(), hanoi.actors.size());
    QVERIFY(std::none_of(edited.actors.begin(), edited.actors.end(),
                         [&](const EventActor &a) { return a.actorId == hanoi.actors.first().actorId; }));
    QCOMPARE(edited.actors.last().actorId, outsider->id);
    QCOMPARE(edited.actors.last().role, QStringLiteral("mediator"));
}

void tst_EventEditor::keyboardAcceptsAndCancels()
{
    // Ctrl+Enter from the description, where plain Enter is a new line.
    const Event &hanoi = sampleEvent(QStringLiteral("Hanoi summit"));
    open(hanoi);
    auto *description = field<QPlainTextEdit>("description");
    description->setFocus();
    QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!m_editor->isVisible());
    QCOMPARE(m_editor->result(), int(QDialog::Accepted));
    compareEvents(m_editor->event(), hanoi);

    // Ctrl+Enter on the keypad from a line edit.
    open(hanoi);
    field<QLineEdit>("place")->setFocus();
    QTest::keyClick(field<QLineEdit>("place"), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(m_editor->result(), int(QDialog::Accepted));

    // A role still being typed is kept (the closing editor commits it).
    open(hanoi);
    auto *actors = field<QTreeWidget>("actors");
    actors->setFocus();
    actors->setCurrentItem(actors->topLevelItem(0), 1);
    QTest::keyClick(actors, Qt::Key_F2);
    QWidget *roleEditor = QApplication::focusWidget();
    QVERIFY(roleEditor && roleEditor != actors && actors->isAncestorOf(roleEditor));
    QTest::keyClick(roleEditor, Qt::Key_End); // the editor opens with all selected
    QTest::keyClicks(roleEditor, QStringLiteral(" (host)"));
    QTest::keyClick(roleEditor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_editor->result(), int(QDialog::Accepted));
    const ItemId firstListed = actors->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
    const auto roleOf = [firstListed](const Event &event) {
        for (const EventActor &actor : event.actors) {
            if (actor.actorId == firstListed)
                return actor.role;
        }
        return QStringLiteral("(not there)");
    };
    QCOMPARE(roleOf(m_editor->event()), roleOf(hanoi) + QLatin1String(" (host)"));

    // Not while something is wrong.
    open(Event{});
    field<QLineEdit>("title")->setFocus();
    QTest::keyClick(field<QLineEdit>("title"), Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(field<QLineEdit>("title"), Qt::Key_Return);
    QVERIFY(m_editor->isVisible());

    // Esc cancels.
    QTest::keyClick(field<QLineEdit>("title"), Qt::Key_Escape);
    QVERIFY(!m_editor->isVisible());
    QCOMPARE(m_editor->result(), int(QDialog::Rejected));
}

void tst_EventEditor::prefilledStartDate()
{
    Event event;
    event.when.start = parsed("1 Oct 1959");
    open(event);
    QCOMPARE(field<QLineEdit>("start")->text(), QStringLiteral("1 Oct 1959"));
    QCOMPARE(field<QLabel>("startFeedback")->text(), QStringLiteral("1 October 1959, to the day"));
    QVERIFY(!okButton()->isEnabled());
    // The title is where typing starts.
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>("title"));
    QTest::keyClicks(field<QLineEdit>("title"), QStringLiteral("Something"));
    QVERIFY(okButton()->isEnabled());
    const Event made = m_editor->event();
    QCOMPARE(made.id, ItemId(0));
    QVERIFY(made.when.start == event.when.start);
    QVERIFY(!made.when.hasEnd());
    QCOMPARE(made.importance, 3);
    QVERIFY(made.actors.isEmpty());

    // A coarse prefill (a zoomed-out double-click) comes back as coarse.
    event.when.start = HistoricalDate(parsed("1950s").seconds(), Precision::Decade);
    open(event);
    QCOMPARE(field<QLabel>("startFeedback")->text(), QStringLiteral("1950s, to the decade"));
    QVERIFY(m_editor->event().when.start == event.when.start);
}

void tst_EventEditor::tabReachesEveryFieldAndMnemonicsJump()
{
    open(Event{});
    const QList<QWidget *> expected{
        field<QLineEdit>("title"),    field<QLineEdit>("start"),       field<QLineEdit>("end"),
        field<QComboBox>("category"), field<QLineEdit>("place"),       field<QLineEdit>("displayDate"),
        field<QSpinBox>("importance"), field<QPlainTextEdit>("description"), field<QLineEdit>("actorFilter"),
        field<QTreeWidget>("actors"),
    };
    const auto focused = [] {
        QWidget *widget = QApplication::focusWidget();
        // An editable combo box and a spin box focus their inner line edit.
        while (widget && widget->parentWidget() && (qobject_cast<QComboBox *>(widget->parentWidget())
                                                    || qobject_cast<QSpinBox *>(widget->parentWidget())))
            widget = widget->parentWidget();
        return widget;
    };
    expected.first()->setFocus();
    QCOMPARE(focused(), expected.first());
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(focused(), expected.at(i));
    }
    // Then the buttons, and round again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(qobject_cast<QPushButton *>(focused()));

    const std::pair<Qt::Key, QWidget *> mnemonics[] = {
        {Qt::Key_S, expected.at(1)}, {Qt::Key_E, expected.at(2)}, {Qt::Key_C, expected.at(3)},
        {Qt::Key_P, expected.at(4)}, {Qt::Key_W, expected.at(5)}, {Qt::Key_I, expected.at(6)},
        {Qt::Key_D, expected.at(7)}, {Qt::Key_A, expected.at(8)}, {Qt::Key_T, expected.at(0)},
    };
    for (const auto &[key, target] : mnemonics) {
        QTest::keyClick(m_editor.get(), key, Qt::AltModifier);
        QCOMPARE(focused(), target);
    }
}

void tst_EventEditor::dateAsWrittenIsShownAndEdited()
{
    Event event;
    event.title = QStringLiteral("Armistice talks");
    event.when.start = HistoricalDate::fromCivil({1951, 1, 1, 0, 0, 0}, Precision::Year);
    event.displayDate = QStringLiteral("Summer 1951");
    open(event);
    auto *written = field<QLineEdit>("displayDate");
    QCOMPARE(written->text(), QStringLiteral("Summer 1951"));
    // Untouched, it is kept as it was; typed over, it changes, trimmed.
    QCOMPARE(m_editor->event().displayDate, QStringLiteral("Summer 1951"));
    written->selectAll();
    QTest::keyClicks(written, QStringLiteral(" From July 1951 "));
    QCOMPARE(m_editor->event().displayDate, QStringLiteral("From July 1951"));
    written->clear();
    QCOMPARE(m_editor->event().displayDate, QString());
}

void tst_EventEditor::fieldsHaveAccessibleNames()
{
    open(Event{});
    for (const char *name : {"title", "start", "end", "place", "displayDate", "actorFilter"})
        QVERIFY2(!field<QLineEdit>(name)->accessibleName().isEmpty(), name);
    QVERIFY(!field<QComboBox>("category")->accessibleName().isEmpty());
    QVERIFY(!field<QSpinBox>("importance")->accessibleName().isEmpty());
    QVERIFY(!field<QPlainTextEdit>("description")->accessibleName().isEmpty());
    QVERIFY(!field<QTreeWidget>("actors")->accessibleName().isEmpty());
    QVERIFY(field<QPlainTextEdit>("description")->placeholderText().contains(QLatin1String("Markdown")));
}

void tst_EventEditor::sizesFollowTheFont()
{
    const Event &war = sampleEvent(QStringLiteral("Korean War"));
    const QFont normal = QApplication::font();
    m_editor = std::make_unique<EventEditor>(m_atlas->data(), war);
    const QSize normalSize = m_editor->sizeHint();
    m_editor->resize(normalSize);
    const QImage normalImage = m_editor->grab().toImage();

    // A projector: 1.75 times the text, and the form grows with it.
    QFont large = normal;
    large.setPointSizeF(normal.pointSizeF() * 1.75);
    QApplication::setFont(large);
    m_editor = std::make_unique<EventEditor>(m_atlas->data(), war);
    const QSize largeSize = m_editor->sizeHint();
    m_editor->resize(largeSize);
    const QImage largeImage = m_editor->grab().toImage();
    // And a form with something wrong, as a user would meet it.
    Event wrong;
    wrong.title = QStringLiteral("Treaty");
    wrong.when.start = parsed("3 Sep 1991");
    m_editor = std::make_unique<EventEditor>(m_atlas->data(), wrong);
    field<QLineEdit>("end")->setText(QStringLiteral("31 Feb 1991"));
    m_editor->resize(m_editor->sizeHint());
    const QImage wrongImage = m_editor->grab().toImage();
    QVERIFY(!m_editor->isValid());
    QApplication::setFont(normal);

    QVERIFY2(largeSize.width() > normalSize.width() * 1.4, qPrintable(QStringLiteral("%1 -> %2").arg(normalSize.width()).arg(largeSize.width())));
    QVERIFY2(largeSize.height() > normalSize.height() * 1.4, qPrintable(QStringLiteral("%1 -> %2").arg(normalSize.height()).arg(largeSize.height())));

    // For looking at: ANNALS_SCREENSHOT_DIR=/some/dir keeps both renderings.
    const QString directory = qEnvironmentVariable("ANNALS_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        QVERIFY(normalImage.save(QDir(directory).filePath(QStringLiteral("eventeditor-normal.png"))));
        QVERIFY(largeImage.save(QDir(directory).filePath(QStringLiteral("eventeditor-projector.png"))));
        QVERIFY(wrongImage.save(QDir(directory).filePath(QStringLiteral("eventeditor-projector-invalid.png"))));
    }
}

QTEST_MAIN(tst_EventEditor)
#include "tst_eventeditor.moc"
