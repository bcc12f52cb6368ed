// SPDX-License-Identifier: GPL-3.0-or-later
// The welcome page: every way in works by mouse, mnemonic and Enter; Continue
// is offered only for a last atlas that still exists, under its title; "Don't
// show this page at start" is remembered; the window shows the page whenever
// no atlas is open; and the start-up rule picks the page, a file or the sample.
#include "atlas.h"
#include "atlaseditor.h"
#include "atlasfixtures.h"
#include "mainwindow.h"
#include "startup.h"
#include "welcomepage.h"

#include <QAction>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Annals;

Q_DECLARE_METATYPE(Annals::StartupChoice::Kind)

class tst_WelcomePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void eachChoiceAsksForItsAction_data();
    void eachChoiceAsksForItsAction();
    void continueIsOfferedOnlyForAnExistingAtlas();
    void enterTakesTheDefaultChoice_data();
    void enterTakesTheDefaultChoice();
    void tabReachesEveryChoice();
    void everyControlIsNamed();
    void dontShowAtStartIsRemembered();
    void largeTextStaysInsideThePage();
    void windowShowsThePageWhileNoAtlasIsOpen();
    void choicesOnTheWindowsPageOpenAtlases();
    void windowStartsWithTheDefaultChoiceFocused();
    void helpMenuShowsThePageOverTheOpenAtlas();
    void startupChoice_data();
    void startupChoice();

private:
    // Shown and active, so that mnemonics reach the page.
    static bool showActive(QWidget *widget);

    QTemporaryDir m_dir;
    QString m_atlasPath;
};

void tst_WelcomePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalsTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_welcomepage"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_atlasPath = AtlasFixtures::makeSmallAtlas(m_dir.filePath(QStringLiteral("small.annals")));
    QVERIFY(QFileInfo::exists(m_atlasPath));
}

void tst_WelcomePage::init()
{
    QSettings().clear();
}

bool tst_WelcomePage::showActive(QWidget *widget)
{
    widget->resize(900, 700);
    widget->show();
    widget->activateWindow();
    return QTest::qWaitForWindowActive(widget);
}

void tst_WelcomePage::eachChoiceAsksForItsAction_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("mnemonic");
    QTest::addColumn<QByteArray>("signal");
    QTest::newRow("continue") << "continueButton" << int(Qt::Key_C) << QByteArray(SIGNAL(continueRequested(QString)));
    QTest::newRow("sample") << "sampleButton" << int(Qt::Key_S) << QByteArray(SIGNAL(sampleRequested()));
    QTest::newRow("new") << "newAtlasButton" << int(Qt::Key_N) << QByteArray(SIGNAL(newAtlasRequested()));
    QTest::newRow("open") << "openButton" << int(Qt::Key_O) << QByteArray(SIGNAL(openRequested()));
}

void tst_WelcomePage::eachChoiceAsksForItsAction()
{
    QFETCH(QString, button);
    QFETCH(int, mnemonic);
    QFETCH(QByteArray, signal);
    WelcomePage page;
    page.setLastAtlas(m_atlasPath, QStringLiteral("Small atlas"));
    QVERIFY(showActive(&page));
    auto *choice = page.findChild<QCommandLinkButton *>(button);
    QVERIFY(choice);
    QVERIFY(choice->isVisible());

    const QList<QByteArray> signalNames = {SIGNAL(continueRequested(QString)), SIGNAL(sampleRequested()),
                                           SIGNAL(newAtlasRequested()), SIGNAL(openRequested())};
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (const QByteArray &name : signalNames)
        spies.push_back(std::make_unique<QSignalSpy>(&page, name.constData()));
    const auto countsOf = [&spies] {
        QList<int> counts;
        for (const auto &spy : spies)
            counts << int(spy->count());
        return counts;
    };
    const qsizetype wanted = signalNames.indexOf(signal);
    QList<int> expected(signalNames.size(), 0);

    QTest::mouseClick(choice, Qt::LeftButton);
    expected[wanted] = 1;
    QCOMPARE(countsOf(), expected);

    // A mnemonic clicks as a mouse would, after the button is seen pressed.
    QTest::keyClick(&page, Qt::Key(mnemonic), Qt::AltModifier);
    expected[wanted] = 2;
    QTRY_COMPARE(countsOf(), expected);

    if (signal == QByteArray(SIGNAL(continueRequested(QString))))
        QCOMPARE(spies.front()->at(0).at(0).toString(), m_atlasPath);
}

void tst_WelcomePage::continueIsOfferedOnlyForAnExistingAtlas()
{
    WelcomePage page;
    page.show();
    QVERIFY(!page.continueButton()->isVisible());
    QCOMPARE(page.defaultChoice(), page.sampleButton());

    page.setLastAtlas(m_dir.filePath(QStringLiteral("gone.annals")), QStringLiteral("Gone"));
    QVERIFY(!page.continueButton()->isVisible());
    QVERIFY(page.lastAtlasPath().isEmpty());
    QCOMPARE(page.defaultChoice(), page.sampleButton());
    QVERIFY(page.sampleButton()->isDefault());

    page.setLastAtlas(m_atlasPath, QStringLiteral("Rock & Roll, 1950–1970"));
    QVERIFY(page.continueButton()->isVisible());
    // The title as written: an ampersand in it is not taken for a mnemonic.
    QCOMPARE(page.continueButton()->text(), QStringLiteral("&Continue with “Rock && Roll, 1950–1970”"));
    QCOMPARE(page.continueButton()->accessibleName(), QStringLiteral("Continue with “Rock & Roll, 1950–1970”"));
    QCOMPARE(page.defaultChoice(), page.continueButton());
    QVERIFY(page.continueButton()->isDefault());
    QVERIFY(!page.sampleButton()->isDefault());

    // Without a remembered title, the file's name stands for it.
    page.setLastAtlas(m_atlasPath, {});
    QVERIFY(page.continueButton()->text().contains(QLatin1String("small")));

    // Read from the settings the window keeps.
    QSettings settings;
    settings.setValue(QStringLiteral("lastAtlas"), m_atlasPath);
    settings.setValue(QStringLiteral("lastAtlasTitle"), QStringLiteral("Small atlas"));
    WelcomePage fromSettings;
    fromSettings.show();
    fromSettings.loadSettings();
    QVERIFY(fromSettings.continueButton()->isVisible());
    QVERIFY(fromSettings.continueButton()->text().contains(QStringLiteral("“Small atlas”")));
}

void tst_WelcomePage::enterTakesTheDefaultChoice_data()
{
    QTest::addColumn<bool>("hasLastAtlas");
    QTest::newRow("no last atlas: the sample") << false;
    QTest::newRow("a last atlas: continue") << true;
}

void tst_WelcomePage::enterTakesTheDefaultChoice()
{
    QFETCH(bool, hasLastAtlas);
    WelcomePage page;
    page.setLastAtlas(hasLastAtlas ? m_atlasPath : QString(), QStringLiteral("Small atlas"));
    QVERIFY(showActive(&page));
    QSignalSpy continued(&page, &WelcomePage::continueRequested);
    QSignalSpy sample(&page, &WelcomePage::sampleRequested);

    page.focusDefaultChoice();
    QCOMPARE(QApplication::focusWidget(), page.defaultChoice());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(continued.count(), hasLastAtlas ? 1 : 0);
    QCOMPARE(sample.count(), hasLastAtlas ? 0 : 1);

    // From the check box too, which has no use for Enter itself.
    page.showAtStartBox()->setFocus();
    QTest::keyClick(page.showAtStartBox(), Qt::Key_Enter);
    QCOMPARE(continued.count(), hasLastAtlas ? 2 : 0);
    QCOMPARE(sample.count(), hasLastAtlas ? 0 : 2);
    QVERIFY(!page.showAtStartBox()->isChecked());
}

void tst_WelcomePage::tabReachesEveryChoice()
{
    WelcomePage page;
    page.setLastAtlas(m_atlasPath, QStringLiteral("Small atlas"));
    QVERIFY(showActive(&page));
    page.focusDefaultChoice();
    QSet<QWidget *> reached;
    for (int i = 0; i < 10; ++i) {
        reached.insert(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QList<QWidget *> controls = {page.continueButton(), page.sampleButton(), page.newAtlasButton(),
                                       page.openButton(), page.showAtStartBox()};
    for (QWidget *control : controls)
        QVERIFY2(reached.contains(control), qPrintable(control->objectName()));
}

void tst_WelcomePage::everyControlIsNamed()
{
    WelcomePage page;
    page.setLastAtlas(m_atlasPath, QStringLiteral("Small atlas"));
    int checked = 0;
    for (QAbstractButton *control : page.findChildren<QAbstractButton *>()) {
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        QVERIFY2(!control->accessibleName().contains(QLatin1Char('&')), qPrintable(control->accessibleName()));
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->objectName()));
        // A mnemonic each, none shared.
        QVERIFY2(!QKeySequence::mnemonic(control->text()).isEmpty(), qPrintable(control->text()));
        ++checked;
    }
    QCOMPARE(checked, 5);
    QSet<QKeySequence> mnemonics;
    for (QAbstractButton *control : page.findChildren<QAbstractButton *>())
        mnemonics.insert(QKeySequence::mnemonic(control->text()));
    QCOMPARE(mnemonics.size(), 5);
}

void tst_WelcomePage::dontShowAtStartIsRemembered()
{
    QVERIFY(WelcomePage::showsAtStart());
    {
        WelcomePage page;
        page.loadSettings();
        QVERIFY(showActive(&page));
        QVERIFY(!page.showAtStartBox()->isChecked());
        QTest::mouseClick(page.showAtStartBox(), Qt::LeftButton);
        QVERIFY(page.showAtStartBox()->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("welcome/showAtStart")).toBool(), false);
        QVERIFY(!WelcomePage::showsAtStart());
    }
    {
        WelcomePage page;
        page.loadSettings();
        QVERIFY(page.showAtStartBox()->isChecked());
        QVERIFY(showActive(&page));
        QTest::keyClick(&page, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(!page.showAtStartBox()->isChecked());
        QVERIFY(WelcomePage::showsAtStart());
    }
    // A page that never read the settings (a screenshot's) never writes them.
    WelcomePage unsaved;
    unsaved.showAtStartBox()->setChecked(true);
    QVERIFY(WelcomePage::showsAtStart());
}

void tst_WelcomePage::largeTextStaysInsideThePage()
{
    // A small laptop at 300 %: the choices keep their whole text and stay
    // within the page's width (the page scrolls down instead).
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.welcomePage()->setLastAtlas(m_atlasPath, QStringLiteral("Korea and the great powers, 1945–2025"));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int normalHeight = window.welcomePage()->sampleButton()->height();
    window.setFontScale(3.0);
    QCoreApplication::processEvents();
    WelcomePage *page = window.welcomePage();
    QVERIFY(page->sampleButton()->height() > 2 * normalHeight);
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        const QRect inPage(button->mapTo(page, QPoint(0, 0)), button->size());
        QVERIFY2(inPage.left() >= 0 && inPage.right() <= page->width(), qPrintable(button->objectName()));
        QVERIFY2(button->width() >= button->minimumSizeHint().width(), qPrintable(button->objectName()));
    }
}

void tst_WelcomePage::windowShowsThePageWhileNoAtlasIsOpen()
{
    MainWindow window;
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget(), window.welcomePage());
    // Nothing opened yet: no atlas to continue with.
    QVERIFY(window.welcomePage()->lastAtlasPath().isEmpty());

    QVERIFY(window.openAtlas(m_atlasPath, nullptr, true));
    QVERIFY(pages->currentWidget() != window.welcomePage());
    // Remembered when opened, so that a crash or Close does not lose it.
    QCOMPARE(QSettings().value(QStringLiteral("lastAtlas")).toString(), QFileInfo(m_atlasPath).absoluteFilePath());
    QCOMPARE(QSettings().value(QStringLiteral("lastAtlasTitle")).toString(), QStringLiteral("Small atlas"));

    window.closeAtlas();
    QCOMPARE(pages->currentWidget(), window.welcomePage());
    // A welcome back: the atlas just closed is the one to continue with.
    QCOMPARE(window.welcomePage()->lastAtlasPath(), QFileInfo(m_atlasPath).absoluteFilePath());
    QVERIFY(window.welcomePage()->continueButton()->text().contains(QLatin1String("Small atlas")));

    // Quitting with no atlas open keeps it for the next start.
    window.close();
    QCOMPARE(QSettings().value(QStringLiteral("lastAtlas")).toString(), QFileInfo(m_atlasPath).absoluteFilePath());
}

void tst_WelcomePage::choicesOnTheWindowsPageOpenAtlases()
{
    MainWindow window;
    window.welcomePage()->setLastAtlas(m_atlasPath, QStringLiteral("Small atlas"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(window.welcomePage()->continueButton(), Qt::LeftButton);
    QVERIFY(window.atlas());
    QCOMPARE(window.atlas()->path(), QFileInfo(m_atlasPath).absoluteFilePath());

    window.closeAtlas();
    QTest::mouseClick(window.welcomePage()->sampleButton(), Qt::LeftButton);
    QVERIFY(window.atlas());
    QVERIFY(window.atlas()->title().contains(QLatin1String("Korea")));
    QVERIFY(!window.atlas()->isReadOnly());
}

void tst_WelcomePage::windowStartsWithTheDefaultChoiceFocused()
{
    QSettings().setValue(QStringLiteral("lastAtlas"), m_atlasPath);
    QSettings().setValue(QStringLiteral("lastAtlasTitle"), QStringLiteral("Small atlas"));
    MainWindow window;
    QVERIFY(showActive(&window));
    // Enter alone reopens the last atlas.
    QCOMPARE(QApplication::focusWidget(), window.welcomePage()->continueButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(window.atlas());
    QCOMPARE(window.atlas()->path(), QFileInfo(m_atlasPath).absoluteFilePath());
}

void tst_WelcomePage::helpMenuShowsThePageOverTheOpenAtlas()
{
    MainWindow window;
    QVERIFY(window.openAtlas(m_atlasPath, nullptr, true));
    QVERIFY(showActive(&window));
    const Atlas *open = window.atlas();
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(pages->currentWidget() != window.welcomePage());
    auto *action = window.findChild<QAction *>(QStringLiteral("welcomeAction"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(pages->currentWidget(), window.welcomePage());
    QCOMPARE(window.atlas(), open);
    // The atlas changing underneath (an undo, a reload) does not take the page away.
    const int events = int(open->data().events.size());
    QString error;
    QVERIFY2(AtlasEditor(window.atlas()).removeEvent(open->data().events.front().id, &error), qPrintable(error));
    QCOMPARE(int(open->data().events.size()), events - 1);
    QCOMPARE(pages->currentWidget(), window.welcomePage());
    window.atlas()->undoStack()->undo();
    QCOMPARE(int(open->data().events.size()), events);
    QCOMPARE(pages->currentWidget(), window.welcomePage());
    // Continue names the open atlas and goes back to it as it was.
    QCOMPARE(window.welcomePage()->defaultChoice(), window.welcomePage()->continueButton());
    QVERIFY(window.welcomePage()->continueButton()->text().contains(QLatin1String("Small atlas")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(pages->currentWidget() != window.welcomePage());
    QCOMPARE(window.atlas(), open);
    QVERIFY(!window.atlas()->isReadOnly());
}

void tst_WelcomePage::startupChoice_data()
{
    using Kind = StartupChoice::Kind;
    QTest::addColumn<QString>("requested");
    QTest::addColumn<bool>("welcomeAtStart");
    QTest::addColumn<QString>("lastAtlas");
    QTest::addColumn<bool>("lastExists");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::newRow("a file asked for, welcome on") << "/a.annals" << true << "/last.annals" << true << Kind::OpenFile << "/a.annals";
    QTest::newRow("a file asked for, welcome off") << "/a.annals" << false << "" << false << Kind::OpenFile << "/a.annals";
    QTest::newRow("welcome on, a last atlas") << "" << true << "/last.annals" << true << Kind::Welcome << "";
    QTest::newRow("welcome on, nothing before") << "" << true << "" << false << Kind::Welcome << "";
    QTest::newRow("welcome off, a last atlas") << "" << false << "/last.annals" << true << Kind::OpenFile << "/last.annals";
    QTest::newRow("welcome off, the last atlas gone") << "" << false << "/last.annals" << false << Kind::OpenSample << "";
    QTest::newRow("welcome off, nothing before") << "" << false << "" << false << Kind::OpenSample << "";
}

void tst_WelcomePage::startupChoice()
{
    QFETCH(QString, requested);
    QFETCH(bool, welcomeAtStart);
    QFETCH(QString, lastAtlas);
    QFETCH(bool, lastExists);
    QFETCH(StartupChoice::Kind, kind);
    QFETCH(QString, path);
    const StartupChoice choice = chooseStartup(requested, welcomeAtStart, lastAtlas, lastExists);
    QCOMPARE(choice.kind, kind);
    QCOMPARE(choice.path, path);
}

QTEST_MAIN(tst_WelcomePage)
#include "tst_welcomepage.moc"
