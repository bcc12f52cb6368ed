// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues in translations/ are complete and current, and choosing a
// language rewords the running program.
#include "atlas.h"
#include "eventtablepanel.h"
#include "historicaldate.h"
#include "languages.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "timelinelanes.h"
#include "timelineview.h"
#include "tourpanel.h"
#include "viewstate.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QDialog>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoGroup>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace Annals;
using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one per plural form
    bool numerus = false;
    bool finished = true;
};

QList<Message> readMessages(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages << message;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            *language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, true};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.finished = xml.attributes().value("type"_L1).isEmpty();
            // A plural message's forms follow as <numerusform> children.
            if (!message.numerus)
                message.translations << xml.readElementText();
        } else if (name == "numerusform"_L1) {
            message.translations << xml.readElementText();
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?\\d+|%n"_s);
    QStringList found;
    for (auto match = pattern.globalMatch(text); match.hasNext();)
        found << match.next().captured();
    found.sort();
    return found;
}

int mnemonics(QString text)
{
    text.remove(u"&&"_s);
    static const QRegularExpression mnemonic(u"&(?=\\S)"_s);
    return int(text.count(mnemonic));
}

bool hasHangul(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

QString runTool(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(300'000)) {
        *exitCode = -1;
        return process.errorString();
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

// Every menu of the window, submenus included, except those that list data
// (recent files, series, screens): their entries are names, not words.
QList<QAction *> wordedActions(QMenuBar *bar)
{
    QList<QAction *> actions;
    QList<QMenu *> menus;
    for (QAction *top : bar->actions()) {
        if (top->menu())
            menus << top->menu();
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        actions << menu->menuAction();
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (action->menu()) {
                menus << action->menu();
                continue;
            }
            if (action->text().isEmpty() || action->data().isValid())
                continue; // data-bearing entries: files, series, screens
            actions << action;
        }
    }
    return actions;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cataloguesAreCurrent_data();
    void cataloguesAreCurrent();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void lreleaseFindsNothingUnfinished_data();
    void lreleaseFindsNothingUnfinished();
    void languagesAreNamedInTheirOwnLanguage();
    void unknownLanguageKeepsTheCurrentOne();
    void pluralsReadRightInEnglish();
    void numbersKeepTheSystemsFormatInEnglish();
    void koreanDatesReadBack();
    void switchingLanguageRewordsTheWindow();
    void preferencesDialogStaysOpenAcrossTheSwitch();
    void welcomePageOverAnAtlasStaysAcrossTheSwitch();

private:
    QTemporaryDir m_dir;
};

void tst_Translations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AnnalsTests"_s);
    QCoreApplication::setApplicationName(u"tst_translations"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
}

void tst_Translations::cleanup()
{
    Languages::apply(u"en"_s);
    QCoreApplication::processEvents();
}

void tst_Translations::cataloguesAreCurrent_data()
{
    QTest::addColumn<QString>("catalogue");
    QTest::addColumn<QStringList>("options");
    const QStringList common = {u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-no-ui-lines"_s};
    QTest::newRow("Korean") << u"annals_ko.ts"_s << common;
    QTest::newRow("English plurals") << u"annals_en.ts"_s << (common + QStringList{u"-pluralonly"_s});
}

// lupdate run over today's sources changes nothing: no string was added,
// changed or removed without the catalogue following.
void tst_Translations::cataloguesAreCurrent()
{
    QFETCH(QString, catalogue);
    QFETCH(QStringList, options);
    QFile list(QStringLiteral(TRANSLATED_SOURCES_FILE));
    QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(list.fileName()));
    const QStringList sources = QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(sources.size() > 50);

    const QString original = QStringLiteral(TRANSLATIONS_DIR "/") + catalogue;
    const QString copy = m_dir.filePath(catalogue);
    QFile::remove(copy);
    QVERIFY(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    int exitCode = 0;
    const QString output = runTool(QStringLiteral(LUPDATE_EXECUTABLE), options + sources + QStringList{u"-ts"_s, copy}, &exitCode);
    QCOMPARE(exitCode, 0);
    const QRegularExpression found(u"Found (\\d+) source text\\(s\\) \\((\\d+) new and (\\d+) already existing\\)"_s);
    const QRegularExpressionMatch counts = found.match(output);
    QVERIFY2(counts.hasMatch(), qPrintable(output));
    // With -pluralonly lupdate counts every string as new before dropping
    // the singular ones; the comparison of the files below still holds.
    QVERIFY2(options.contains(u"-pluralonly"_s) || counts.captured(2) == "0"_L1,
             qPrintable(u"%1 new strings are not in %2: run `cmake --build --preset dev --target update_translations` "
                        "and translate them.\n%3"_s.arg(counts.captured(2), catalogue, output)));
    QFile before(original);
    QFile after(copy);
    QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
    QVERIFY2(before.readAll() == after.readAll(),
             qPrintable(u"lupdate changes %1 (a string was removed or changed): update the catalogue"_s.arg(catalogue)));
}

void tst_Translations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("catalogue");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("Korean") << u"annals_ko.ts"_s << u"ko_KR"_s << 1 << false;
    QTest::newRow("English plurals") << u"annals_en.ts"_s << u"en_US"_s << 2 << true;
}

void tst_Translations::everyMessageIsTranslated()
{
    QFETCH(QString, catalogue);
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    QFETCH(bool, pluralOnly);
    QString declared;
    const QList<Message> messages = readMessages(QStringLiteral(TRANSLATIONS_DIR "/") + catalogue, &declared);
    QCOMPARE(declared, language);
    QVERIFY(messages.size() > (pluralOnly ? 20 : 1000));
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = u"%1 “%2”: "_s.arg(message.context, message.source.left(60));
        if (pluralOnly && !message.numerus)
            problems << where + u"not a plural message"_s;
        if (!message.finished)
            problems << where + u"unfinished"_s;
        if (message.numerus && message.translations.size() != pluralForms)
            problems << where + u"%1 plural forms, not %2"_s.arg(message.translations.size()).arg(pluralForms);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << where + u"empty"_s;
                continue;
            }
            // English's singular may say "the first row" for "%n row(s)".
            QStringList wanted = placeholders(message.source);
            QStringList got = placeholders(translation);
            if (message.numerus && pluralOnly) {
                wanted.removeAll(u"%n"_s);
                got.removeAll(u"%n"_s);
            }
            if (wanted != got)
                problems << where + u"placeholders %1 became %2"_s.arg(wanted.join(u' '), got.join(u' '));
            if (mnemonics(message.source) != mnemonics(translation))
                problems << where + u"mnemonics differ in “%1”"_s.arg(translation);
            if (message.source.endsWith(u'…') && !translation.endsWith(u'…'))
                problems << where + u"lost its “…”"_s;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::lreleaseFindsNothingUnfinished_data()
{
    QTest::addColumn<QString>("catalogue");
    QTest::newRow("Korean") << u"annals_ko.ts"_s;
    QTest::newRow("English plurals") << u"annals_en.ts"_s;
}

void tst_Translations::lreleaseFindsNothingUnfinished()
{
    QFETCH(QString, catalogue);
    int exitCode = 0;
    const QString output = runTool(QStringLiteral(LRELEASE_EXECUTABLE),
                                   {QStringLiteral(TRANSLATIONS_DIR "/") + catalogue, u"-qm"_s, m_dir.filePath(u"out.qm"_s)},
                                   &exitCode);
    QCOMPARE(exitCode, 0);
    const QRegularExpressionMatch counts =
        QRegularExpression(u"Generated (\\d+) translation\\(s\\) \\((\\d+) finished and (\\d+) unfinished\\)"_s).match(output);
    QVERIFY2(counts.hasMatch(), qPrintable(output));
    QCOMPARE(counts.captured(3), u"0"_s);
    QCOMPARE(counts.captured(1), counts.captured(2));
}

void tst_Translations::languagesAreNamedInTheirOwnLanguage()
{
    QCOMPARE(Languages::available(), QStringList({u"en"_s, u"ko"_s}));
    QCOMPARE(Languages::nativeName(u"en"_s), u"English"_s);
    QCOMPARE(Languages::nativeName(u"ko"_s), u"한국어"_s);
    QCOMPARE(Languages::resolve(u"ko"_s), u"ko"_s);
    QCOMPARE(Languages::resolve(u"en"_s), u"en"_s);
    Languages::saveChoice(u"ko"_s);
    QCOMPARE(Languages::savedChoice(), u"ko"_s);
    Languages::saveChoice(QString());
    QVERIFY(Languages::savedChoice().isEmpty());
}

void tst_Translations::unknownLanguageKeepsTheCurrentOne()
{
    QVERIFY(Languages::apply(u"ko"_s));
    QCOMPARE(Languages::current(), u"ko"_s);
    QVERIFY(!Languages::apply(u"xx"_s));
    QCOMPARE(Languages::current(), u"ko"_s);
    QCOMPARE(QCoreApplication::translate("Annals::MainWindow", "&File"), u"파일(&F)"_s);
}

void tst_Translations::pluralsReadRightInEnglish()
{
    // Without a catalogue Qt shows "%n event(s)" as it is written.
    QVERIFY(Languages::apply(u"en"_s));
    QCOMPARE(QCoreApplication::translate("Annals::EventTablePanel", "%n event(s)", nullptr, 1), u"1 event"_s);
    QCOMPARE(QCoreApplication::translate("Annals::EventTablePanel", "%n event(s)", nullptr, 2), u"2 events"_s);
    QCOMPARE(QCoreApplication::translate("Annals::ActorPanel", "%n ally(s)", nullptr, 3), u"3 allies"_s);
    QVERIFY(Languages::apply(u"ko"_s));
    QCOMPARE(QCoreApplication::translate("Annals::EventTablePanel", "%n event(s)", nullptr, 2), u"사건 2개"_s);
}

// A German system keeps "1,5" in the English interface: only another
// language than the system's brings its own formats.
void tst_Translations::numbersKeepTheSystemsFormatInEnglish()
{
    QVERIFY(Languages::apply(u"ko"_s));
    QCOMPARE(QLocale().language(), QLocale::Korean);
    QVERIFY(Languages::apply(u"en"_s));
    QCOMPARE(QLocale(), QLocale::system());
}

// A date field shows a date in the interface's language and reads back what
// it shows: every precision, both eras, approximate or not, deep time.
void tst_Translations::koreanDatesReadBack()
{
    QVERIFY(Languages::apply(u"ko"_s));
    QCOMPARE(HistoricalDate::fromCivil({1950, 6, 25, 0, 0, 0}, Precision::Day).toDisplayString(), u"1950년 6월 25일"_s);
    QRandomGenerator random(20'261'130U);
    for (int i = 0; i < 6'000; ++i) {
        // Half within 3000 years of year 0, half anywhere back to the Big Bang.
        const qint64 year = i % 2 ? random.bounded(-3000, 3000) : -random.bounded(qint64(1), qint64(13'000'000'000));
        const auto precision = Precision(random.bounded(0, int(Precision::Minute) + 1));
        const HistoricalDate date = HistoricalDate::fromCivil(
            {year, random.bounded(1, 13), random.bounded(1, 29), random.bounded(0, 24), random.bounded(0, 60), 0}, precision,
            random.bounded(0, 4) == 0);
        if (!date.isValid())
            continue;
        const QString shown = date.toDisplayString();
        const DateParseResult read = DateParser::parse(shown);
        QVERIFY2(read.ok(), qPrintable(shown + u" → "_s + read.error));
        QVERIFY2(read.date == date, qPrintable(shown + u" → "_s + read.date.toEnglishString() + u", not "_s + date.toEnglishString()));
    }
}

void tst_Translations::switchingLanguageRewordsTheWindow()
{
    QString error;
    std::unique_ptr<Atlas> sample = Atlas::openSampleInMemory(&error);
    QVERIFY2(sample, qPrintable(error));
    Atlas *atlas = sample.get();
    auto *command = new QUndoCommand(u"marker"_s);
    atlas->undoStack()->push(command);

    QPointer<MainWindow> window = new MainWindow(MainWindow::SettingsUse::Ignore);
    window->setRebuildsOnLanguageChange(true);
    window->setAtlas(std::move(sample));
    window->resize(1200, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QList<QAction *> englishActions = wordedActions(window->menuBar());
    QCOMPARE(englishActions.first()->text(), u"&File"_s);
    // What a student typed and switched off, and where the tour stands
    // (first: each may move the selection), then where they went from there.
    window->searchPanel()->searchNow(u"Kim"_s);
    window->eventTablePanel()->filterEdit()->setText(u"war"_s);
    auto *legend = window->findChild<QAction *>(u"legendAction"_s);
    QVERIFY(legend);
    legend->setChecked(false);
    QVERIFY(!atlas->data().tours.isEmpty() && atlas->data().tours.constFirst().steps.size() > 2);
    const ItemId tour = atlas->data().tours.constFirst().id;
    window->tourPanel()->setCurrentTour(tour);
    window->tourPanel()->setCurrentStep(2);
    QCOMPARE(window->tourPanel()->currentStepIndex(), 2);
    ViewState *view = window->viewState();
    const ItemId chosen = atlas->data().events.at(3).id;
    view->setSelectedEvent(chosen);
    view->setCursor(view->windowStart() + (view->windowEnd() - view->windowStart()) / 3);
    const qint64 cursor = view->cursor();

    QCOMPARE(view->selectedEvent(), chosen);
    QSignalSpy replaced(window.data(), &MainWindow::replacedBy);
    QVERIFY(Languages::apply(u"ko"_s));
    QTRY_COMPARE(replaced.size(), 1);
    QPointer<MainWindow> korean = replaced.at(0).at(0).value<MainWindow *>();
    QVERIFY(korean);
    QTRY_VERIFY(!window); // the old window deleted itself

    // Every worded menu entry now reads Korean.
    QStringList english;
    for (QAction *action : wordedActions(korean->menuBar())) {
        if (!hasHangul(action->text()))
            english << action->text();
    }
    QVERIFY2(english.isEmpty(), qPrintable(u"Not in Korean: "_s + english.join(u" | "_s)));
    QCOMPARE(korean->menuBar()->actions().first()->text(), u"파일(&F)"_s);

    // The same atlas and undo history, the same view.
    QCOMPARE(korean->atlas(), atlas);
    QCOMPARE(korean->findChild<QUndoGroup *>()->activeStack(), atlas->undoStack());
    QCOMPARE(atlas->undoStack()->undoText(), u"marker"_s);
    QCOMPARE(korean->viewState()->selectedEvent(), chosen);
    QCOMPARE(korean->viewState()->cursor(), cursor);
    QVERIFY(korean->isVisible());
    QCOMPARE(korean->searchPanel()->searchEdit()->text(), u"Kim"_s);
    QVERIFY(korean->searchPanel()->resultsModel()->rowCount() > 0);
    QCOMPARE(korean->eventTablePanel()->filterEdit()->text(), u"war"_s);
    QVERIFY(!korean->findChild<QAction *>(u"legendAction"_s)->isChecked());
    QCOMPARE(korean->tourPanel()->currentTourId(), tour);
    QCOMPARE(korean->tourPanel()->currentStepIndex(), 2);

    // And back.
    QSignalSpy replacedAgain(korean.data(), &MainWindow::replacedBy);
    QVERIFY(Languages::apply(u"en"_s));
    QTRY_COMPARE(replacedAgain.size(), 1);
    MainWindow *back = replacedAgain.at(0).at(0).value<MainWindow *>();
    QCOMPARE(back->menuBar()->actions().first()->text(), u"&File"_s);
    QCOMPARE(back->atlas(), atlas);
    delete back;
}

void tst_Translations::preferencesDialogStaysOpenAcrossTheSwitch()
{
    QPointer<MainWindow> window = new MainWindow(MainWindow::SettingsUse::Ignore);
    window->setRebuildsOnLanguageChange(true);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *dialog = new PreferencesDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QPointer<PreferencesDialog> kept = dialog;
    QCOMPARE(dialog->windowTitle(), u"Preferences"_s);

    QSignalSpy replaced(window.data(), &MainWindow::replacedBy);
    QVERIFY(Languages::apply(u"ko"_s));
    QTRY_COMPARE(replaced.size(), 1);
    auto *next = replaced.at(0).at(0).value<MainWindow *>();
    QTRY_VERIFY(!window);
    QVERIFY(kept);
    QCOMPARE(kept->parentWidget(), next);
    QVERIFY(kept->isVisible());
    QCOMPARE(kept->windowTitle(), u"환경설정"_s);
    // The dialog now changes the new window (the old one is gone).
    QComboBox *lanes = kept->lanesBox();
    lanes->setCurrentIndex(lanes->findData(int(LaneMode::Actor)));
    QCOMPARE(next->timelineView()->laneMode(), LaneMode::Actor);
    lanes->setCurrentIndex(lanes->findData(int(LaneMode::Category)));
    QCOMPARE(next->timelineView()->laneMode(), LaneMode::Category);
    delete next;
    QVERIFY(!kept);
}

QTEST_MAIN(tst_Translations)
// Help ▸ Show the Welcome Page over an open atlas, then a new language: the
// page stays, over the same atlas.
void tst_Translations::welcomePageOverAnAtlasStaysAcrossTheSwitch()
{
    QString error;
    std::unique_ptr<Atlas> sample = Atlas::openSampleInMemory(&error);
    QVERIFY2(sample, qPrintable(error));
    const Atlas *atlas = sample.get();
    QPointer<MainWindow> window = new MainWindow(MainWindow::SettingsUse::Ignore);
    window->setRebuildsOnLanguageChange(true);
    window->setAtlas(std::move(sample));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showWelcomePage();
    auto *pages = window->findChild<QStackedWidget *>();
    QCOMPARE(pages->currentWidget(), window->welcomePage());

    QSignalSpy replaced(window.data(), &MainWindow::replacedBy);
    QVERIFY(Languages::apply(u"ko"_s));
    QTRY_COMPARE(replaced.size(), 1);
    QPointer<MainWindow> korean = replaced.at(0).at(0).value<MainWindow *>();
    QTRY_VERIFY(!window);
    QCOMPARE(korean->atlas(), atlas);
    QCOMPARE(korean->findChild<QStackedWidget *>()->currentWidget(), korean->welcomePage());
    delete korean;
}

#include "tst_translations.moc"
