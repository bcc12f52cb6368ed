// SPDX-License-Identifier: GPL-3.0-or-later
#include "tournavigator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Annals;

Q_DECLARE_METATYPE(Annals::TourStep)

namespace {

struct Key {
    int key;
    Qt::KeyboardModifiers modifiers = Qt::NoModifier;
    QString text = {};
};

// Keys written the way a reader says them: "PgDn", "3", "Enter", "B", "Esc" …
Key keyNamed(const QString &name)
{
    static const QHash<QString, int> keys = {
        {QStringLiteral("Right"), Qt::Key_Right},     {QStringLiteral("Left"), Qt::Key_Left},
        {QStringLiteral("Up"), Qt::Key_Up},           {QStringLiteral("Down"), Qt::Key_Down},
        {QStringLiteral("PgDn"), Qt::Key_PageDown},   {QStringLiteral("PgUp"), Qt::Key_PageUp},
        {QStringLiteral("Space"), Qt::Key_Space},     {QStringLiteral("Enter"), Qt::Key_Return},
        {QStringLiteral("KpEnter"), Qt::Key_Enter},   {QStringLiteral("Bksp"), Qt::Key_Backspace},
        {QStringLiteral("Home"), Qt::Key_Home},       {QStringLiteral("End"), Qt::Key_End},
        {QStringLiteral("B"), Qt::Key_B},             {QStringLiteral("."), Qt::Key_Period},
        {QStringLiteral("Esc"), Qt::Key_Escape},      {QStringLiteral("N"), Qt::Key_N},
        {QStringLiteral("P"), Qt::Key_P},             {QStringLiteral("X"), Qt::Key_X},
        {QStringLiteral("F5"), Qt::Key_F5},
    };
    if (name.startsWith(QLatin1String("Ctrl+")))
        return {keyNamed(name.mid(5)).key, Qt::ControlModifier};
    if (name.size() == 1 && name.at(0).isDigit())
        return {Qt::Key_0 + name.at(0).digitValue(), Qt::NoModifier, name};
    const auto found = keys.constFind(name);
    if (found == keys.constEnd())
        qFatal("unknown key %s in a test case", qPrintable(name));
    return {*found, Qt::NoModifier, name == QLatin1String(".") ? name : QString()};
}

QString resultName(TourNavigator::KeyResult result)
{
    switch (result) {
    case TourNavigator::KeyResult::Ignored:
        return QStringLiteral("ignored");
    case TourNavigator::KeyResult::Handled:
        return QStringLiteral("handled");
    case TourNavigator::KeyResult::Leave:
        return QStringLiteral("leave");
    }
    return {};
}

} // namespace

class TestTourNavigator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data();
    void keys();
    void emptyTourHasNoStep();
    void resetClampsTheStart();
    void signalsOnlyOnChange();
    void typedNumberIsShown();
    void stepViews_data();
    void stepViews();
};

void TestTourNavigator::keys_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("pressed"); // keys separated by spaces
    QTest::addColumn<int>("step");        // counted from 1, 0 for none
    QTest::addColumn<bool>("blanked");
    QTest::addColumn<QString>("lastResult");

    QTest::newRow("starts at the first step") << 13 << "" << 1 << false << "";
    QTest::newRow("every forward key") << 13 << "Right Down PgDn Space Enter KpEnter N" << 8 << false << "handled";
    QTest::newRow("every back key") << 13 << "End Left Up PgUp Bksp P" << 8 << false << "handled";
    QTest::newRow("home and end") << 13 << "End" << 13 << false << "handled";
    QTest::newRow("home after moving") << 13 << "PgDn PgDn Home" << 1 << false << "handled";
    QTest::newRow("no step before the first") << 13 << "PgUp Left" << 1 << false << "handled";
    QTest::newRow("no step after the last") << 3 << "PgDn PgDn PgDn PgDn" << 3 << false << "handled";
    QTest::newRow("number then enter jumps") << 13 << "7 Enter" << 7 << false << "handled";
    QTest::newRow("two digits") << 13 << "1 2 Enter" << 12 << false << "handled";
    QTest::newRow("keypad enter jumps too") << 13 << "4 KpEnter" << 4 << false << "handled";
    QTest::newRow("a number out of range goes nowhere") << 13 << "PgDn 9 9 Enter" << 2 << false << "handled";
    QTest::newRow("step zero goes nowhere") << 13 << "PgDn 0 Enter" << 2 << false << "handled";
    QTest::newRow("backspace takes a digit back") << 13 << "1 2 Bksp Enter" << 1 << false << "handled";
    QTest::newRow("backspace without digits goes back") << 13 << "End Bksp" << 12 << false << "handled";
    QTest::newRow("a move drops the typed number") << 13 << "5 PgDn Enter" << 3 << false << "handled";
    QTest::newRow("esc drops the typed number") << 13 << "5 Esc Enter" << 2 << false << "handled";
    QTest::newRow("B blanks") << 13 << "PgDn B" << 2 << true << "handled";
    QTest::newRow("B again brings it back") << 13 << "B B" << 1 << false << "handled";
    QTest::newRow("period blanks") << 13 << "." << 1 << true << "handled";
    QTest::newRow("a move while blank only unblanks") << 13 << "B PgDn" << 1 << false << "handled";
    QTest::newRow("back while blank only unblanks") << 13 << "End B PgUp" << 13 << false << "handled";
    QTest::newRow("esc while blank unblanks, not leaves") << 13 << "B Esc" << 1 << false << "handled";
    QTest::newRow("a jump while blank shows the picture") << 13 << "B 5 Enter" << 5 << false << "handled";
    QTest::newRow("esc leaves") << 13 << "PgDn Esc" << 2 << false << "leave";
    QTest::newRow("other keys are not ours") << 13 << "X" << 1 << false << "ignored";
    QTest::newRow("F5 is not ours") << 13 << "F5" << 1 << false << "ignored";
    QTest::newRow("ctrl shortcuts are not ours") << 13 << "Ctrl+Right" << 1 << false << "ignored";
    QTest::newRow("one step tour stays") << 1 << "PgDn PgUp End Home" << 1 << false << "handled";
    QTest::newRow("no steps: moves do nothing") << 0 << "PgDn End 3 Enter" << 0 << false << "handled";
    QTest::newRow("no steps: esc leaves") << 0 << "Esc" << 0 << false << "leave";
    QTest::newRow("no steps: blanking works") << 0 << "B" << 0 << true << "handled";
}

void TestTourNavigator::keys()
{
    QFETCH(int, steps);
    QFETCH(QString, pressed);
    QFETCH(int, step);
    QFETCH(bool, blanked);
    QFETCH(QString, lastResult);

    TourNavigator navigator;
    navigator.reset(steps);
    QString result;
    for (const QString &name : pressed.split(u' ', Qt::SkipEmptyParts)) {
        const Key key = keyNamed(name);
        result = resultName(navigator.handleKey(key.key, key.modifiers, key.text));
    }
    QCOMPARE(navigator.currentStep() + 1, step);
    QCOMPARE(navigator.isBlanked(), blanked);
    QCOMPARE(result, lastResult);
}

void TestTourNavigator::emptyTourHasNoStep()
{
    TourNavigator navigator;
    navigator.reset(0);
    QCOMPARE(navigator.currentStep(), -1);
    QVERIFY(!navigator.goTo(0));
    navigator.next();
    QCOMPARE(navigator.currentStep(), -1);
}

void TestTourNavigator::resetClampsTheStart()
{
    TourNavigator navigator;
    navigator.reset(5, 99);
    QCOMPARE(navigator.currentStep(), 4);
    navigator.reset(5, -3);
    QCOMPARE(navigator.currentStep(), 0);
    navigator.setBlanked(true);
    navigator.reset(5, 2);
    QVERIFY(!navigator.isBlanked());
    QCOMPARE(navigator.currentStep(), 2);
}

void TestTourNavigator::signalsOnlyOnChange()
{
    TourNavigator navigator;
    navigator.reset(3);
    QSignalSpy moved(&navigator, &TourNavigator::currentStepChanged);
    QSignalSpy blanked(&navigator, &TourNavigator::blankedChanged);
    navigator.previous(); // already first
    QCOMPARE(moved.size(), 0);
    navigator.handleKey(Qt::Key_End, Qt::NoModifier, {});
    navigator.handleKey(Qt::Key_End, Qt::NoModifier, {});
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.at(0).at(0).toInt(), 2);
    navigator.handleKey(Qt::Key_B, Qt::NoModifier, QStringLiteral("b"));
    navigator.handleKey(Qt::Key_Right, Qt::NoModifier, {});
    QCOMPARE(blanked.size(), 2);
    QCOMPARE(moved.size(), 1);
}

void TestTourNavigator::typedNumberIsShown()
{
    TourNavigator navigator;
    navigator.reset(20);
    QSignalSpy typed(&navigator, &TourNavigator::typedNumberChanged);
    for (const char *digits : {"1", "2", "3", "4", "5"})
        navigator.handleKey(Qt::Key_0 + QByteArray(digits).toInt(), Qt::NoModifier, QString::fromLatin1(digits));
    QCOMPARE(navigator.typedNumber(), QStringLiteral("1234")); // a fifth digit is ignored
    QCOMPARE(typed.size(), 4);
    navigator.handleKey(Qt::Key_Return, Qt::NoModifier, {});
    QCOMPARE(navigator.typedNumber(), QString());
    QCOMPARE(navigator.currentStep(), 0); // 1234 is out of range
}

namespace {

constexpr qint64 day = 86'400;
constexpr qint64 year = 31'556'952;

AtlasData stepAtlas()
{
    AtlasData data;
    Event moment;
    moment.id = 7;
    moment.title = QStringLiteral("A moment");
    moment.when.start = HistoricalDate(1000 * day, Precision::Day);
    Event span;
    span.id = 8;
    span.title = QStringLiteral("Ten years");
    span.when.start = HistoricalDate(0, Precision::Day);
    span.when.end = HistoricalDate(10 * year, Precision::Day);
    data.events = {span, moment};
    Actor actor;
    actor.id = 3;
    actor.name = QStringLiteral("Someone");
    data.actors = {actor};
    return data;
}

} // namespace

void TestTourNavigator::stepViews_data()
{
    QTest::addColumn<TourStep>("step");
    QTest::addColumn<qint64>("windowStart");
    QTest::addColumn<qint64>("windowEnd");
    QTest::addColumn<qint64>("cursor");
    QTest::addColumn<ItemId>("eventId");
    QTest::addColumn<ItemId>("actorId");

    const qint64 currentStart = -5 * year;
    const qint64 currentEnd = 50 * year;
    TourStep full;
    full.eventId = 7;
    full.windowStart = 100 * day;
    full.windowEnd = 2000 * day;
    full.cursorTime = 900 * day;
    full.focusActorId = 3;
    QTest::newRow("everything given") << full << 100 * day << 2000 * day << 900 * day << ItemId(7) << ItemId(3);

    TourStep eventOnly;
    eventOnly.eventId = 7;
    const qint64 momentStart = HistoricalDate(1000 * day, Precision::Day).seconds();
    QTest::newRow("a moment: a year either side, cursor on it")
        << eventOnly << momentStart - year << momentStart + day + year << momentStart << ItemId(7) << ItemId(0);

    TourStep spanOnly;
    spanOnly.eventId = 8;
    const qint64 spanEnd = HistoricalDate(10 * year, Precision::Day).periodEnd();
    const qint64 spanStart = HistoricalDate(0, Precision::Day).seconds();
    const qint64 margin = (spanEnd - spanStart) / 2;
    QTest::newRow("a span: half its length either side")
        << spanOnly << spanStart - margin << spanEnd + margin << spanStart << ItemId(8) << ItemId(0);

    TourStep captionOnly;
    captionOnly.caption = QStringLiteral("Just words");
    QTest::newRow("a caption keeps the view") << captionOnly << currentStart << currentEnd
                                              << currentStart + (currentEnd - currentStart) / 2 << ItemId(0) << ItemId(0);

    TourStep gone;
    gone.eventId = 99;
    gone.focusActorId = 98;
    gone.cursorTime = 5 * day;
    QTest::newRow("deleted event and actor are dropped") << gone << currentStart << currentEnd << 5 * day << ItemId(0) << ItemId(0);

    TourStep backwards = full;
    backwards.windowStart = 2000 * day;
    backwards.windowEnd = 100 * day;
    QTest::newRow("a backwards window falls back to the event")
        << backwards << momentStart - year << momentStart + day + year << 900 * day << ItemId(7) << ItemId(3);
}

void TestTourNavigator::stepViews()
{
    QFETCH(TourStep, step);
    QFETCH(qint64, windowStart);
    QFETCH(qint64, windowEnd);
    QFETCH(qint64, cursor);
    QFETCH(ItemId, eventId);
    QFETCH(ItemId, actorId);
    const TourStepView view = viewForStep(step, stepAtlas(), {-5 * year, 50 * year});
    QCOMPARE(view.windowStart, windowStart);
    QCOMPARE(view.windowEnd, windowEnd);
    QCOMPARE(view.cursor, cursor);
    QCOMPARE(view.eventId, eventId);
    QCOMPARE(view.focusActorId, actorId);
}

QTEST_GUILESS_MAIN(TestTourNavigator)
#include "tst_tournavigator.moc"
