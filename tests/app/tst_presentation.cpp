// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode driven the way a teacher drives it: F5, then the keys a
// presentation clicker sends, on the sample atlas's tour.
#include "atlas.h"
#include "atlasfixtures.h"
#include "graphview.h"
#include "mainwindow.h"
#include "presentationwindow.h"
#include "timelineview.h"
#include "tourpanel.h"
#include "tournavigator.h"
#include "viewstate.h"

#include <QAction>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Annals;

class tst_Presentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void f5PresentsTheFirstTourFullScreen();
    void clickerWalksTheTour();
    void eachStepShowsItsWindowDateEventAndActor();
    void typedNumberJumps();
    void blankingHidesEverything();
    void escLeavesAndTheWindowFollows();
    void defaultTextSizeFollowsTheHeight_data();
    void defaultTextSizeFollowsTheHeight();
    void chosenTextSizeComesBack_data();
    void chosenTextSizeComesBack();
    void textSizeChangesAndIsRemembered();
    void textSizeSavedByAnOlderVersionIsKept();
    void atlasWithoutTourPresentsTheView();
    void changingAtlasClosesThePresentation();
    void screenIsChosenAndRemembered();
    void theTourDockChoosesTourAndStep();

private:
    static void press(QWidget *window, const QList<int> &keys);
    std::unique_ptr<MainWindow> sampleWindow();

    QTemporaryDir m_dir;
    QString m_smallAtlas;
};

void tst_Presentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalsTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presentation"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_smallAtlas = AtlasFixtures::makeSmallAtlas(m_dir.filePath(QStringLiteral("small.annals")));
}

void tst_Presentation::init()
{
    QSettings().clear();
}

void tst_Presentation::press(QWidget *window, const QList<int> &keys)
{
    for (int key : keys)
        QTest::keyClick(window, Qt::Key(key));
}

std::unique_ptr<MainWindow> tst_Presentation::sampleWindow()
{
    auto window = std::make_unique<MainWindow>();
    QString error;
    window->setAtlas(Atlas::openSampleInMemory(&error));
    if (!window->atlas())
        qWarning("sample: %s", qPrintable(error));
    window->resize(1366, 768);
    window->show();
    return window;
}

void tst_Presentation::f5PresentsTheFirstTourFullScreen()
{
    auto window = sampleWindow();
    QVERIFY(window->atlas());
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F5);
    PresentationWindow *presentation = window->presentation();
    QVERIFY(presentation);
    QTRY_VERIFY(presentation->isVisible());
    QVERIFY(presentation->windowState() & Qt::WindowFullScreen);
    // Large type in proportion to the screen it fills.
    QCOMPARE(presentation->fontScale(), PresentationWindow::defaultFontScaleFor(presentation->screen()->geometry().height()));
    QCOMPARE(presentation->counterText(), QStringLiteral("1 / 13"));
    QVERIFY2(presentation->captionText().startsWith(QStringLiteral("August 1945.")), qPrintable(presentation->captionText()));
    // The caption is larger still than the text size.
    const QLabel *caption = presentation->findChild<QLabel *>(QStringLiteral("presentationCaption"));
    QVERIFY(caption);
    QVERIFY(caption->font().pointSizeF() >= 1.2 * presentation->fontScale() * QGuiApplication::font().pointSizeF() - 0.01);
    // The menus and docks are not on the projector.
    QVERIFY(!presentation->findChild<QMenuBar *>());
}

void tst_Presentation::clickerWalksTheTour()
{
    auto window = sampleWindow();
    PresentationWindow *presentation = window->startPresentation(0, 0, false);
    QVERIFY(presentation);
    press(presentation, {Qt::Key_PageDown, Qt::Key_Right, Qt::Key_Space, Qt::Key_Return, Qt::Key_Down});
    QCOMPARE(presentation->counterText(), QStringLiteral("6 / 13"));
    press(presentation, {Qt::Key_PageUp, Qt::Key_Left, Qt::Key_Backspace});
    QCOMPARE(presentation->counterText(), QStringLiteral("3 / 13"));
    press(presentation, {Qt::Key_End});
    QCOMPARE(presentation->counterText(), QStringLiteral("13 / 13"));
    QVERIFY(presentation->captionText().contains(QStringLiteral("80th anniversary")));
    press(presentation, {Qt::Key_PageDown}); // past the end: stays
    QCOMPARE(presentation->counterText(), QStringLiteral("13 / 13"));
    press(presentation, {Qt::Key_Home});
    QCOMPARE(presentation->counterText(), QStringLiteral("1 / 13"));
}

void tst_Presentation::eachStepShowsItsWindowDateEventAndActor()
{
    auto window = sampleWindow();
    const Tour &tour = window->atlas()->data().tours.constFirst();
    PresentationWindow *presentation = window->startPresentation(0, 0, false);
    QVERIFY(presentation);
    QVERIFY(QTest::qWaitForWindowExposed(presentation));
    for (int i = 0; i < tour.steps.size(); ++i) {
        const TourStep &step = tour.steps.at(i);
        QCOMPARE(presentation->navigator()->currentStep(), i);
        ViewState *state = presentation->viewState();
        QTRY_COMPARE(state->windowStart(), *step.windowStart);
        QCOMPARE(state->windowEnd(), *step.windowEnd);
        QCOMPARE(state->cursor(), *step.cursorTime);
        QCOMPARE(state->selectedEvent(), step.eventId);
        QCOMPARE(presentation->graph()->focusActor(), step.focusActorId);
        QCOMPARE(presentation->captionText(), step.caption);
        // The main window keeps its own place meanwhile.
        QVERIFY(window->viewState()->selectedEvent() != step.eventId || i == 0);
        QTest::keyClick(presentation, Qt::Key_PageDown);
    }
}

void tst_Presentation::typedNumberJumps()
{
    auto window = sampleWindow();
    PresentationWindow *presentation = window->startPresentation(0, 0, false);
    press(presentation, {Qt::Key_1, Qt::Key_1});
    QCOMPARE(presentation->counterText(), QStringLiteral("Go to step 11 …"));
    press(presentation, {Qt::Key_Return});
    QCOMPARE(presentation->counterText(), QStringLiteral("11 / 13"));
    QCOMPARE(presentation->viewState()->selectedEvent(), window->atlas()->data().tours.constFirst().steps.at(10).eventId);
}

void tst_Presentation::blankingHidesEverything()
{
    auto window = sampleWindow();
    PresentationWindow *presentation = window->startPresentation(0, 2, false);
    QVERIFY(QTest::qWaitForWindowExposed(presentation));
    const QImage before = presentation->grab().toImage();
    QTest::keyClick(presentation, Qt::Key_B);
    QVERIFY(presentation->isBlanked());
    const QImage blank = presentation->grab().toImage();
    // Every pixel black: nothing of the picture shows through.
    const QImage sample = blank.scaled(64, 36);
    for (int y = 0; y < sample.height(); ++y) {
        for (int x = 0; x < sample.width(); ++x)
            QCOMPARE(QColor(sample.pixel(x, y)), QColor(Qt::black));
    }
    QTest::keyClick(presentation, Qt::Key_PageDown); // brings the picture back, stays on the step
    QVERIFY(!presentation->isBlanked());
    QCOMPARE(presentation->counterText(), QStringLiteral("3 / 13"));
    QTest::keyClick(presentation, Qt::Key_Period);
    QVERIFY(presentation->isBlanked());
    QTest::keyClick(presentation, Qt::Key_Period);
    QCOMPARE(presentation->grab().toImage(), before);
}

void tst_Presentation::escLeavesAndTheWindowFollows()
{
    auto window = sampleWindow();
    QPointer<PresentationWindow> presentation = window->startPresentation(0, 4, false);
    QVERIFY(presentation);
    QSignalSpy finished(presentation.data(), &PresentationWindow::finished);
    const ViewState *shown = presentation->viewState();
    const qint64 cursor = shown->cursor();
    const ItemId event = shown->selectedEvent();
    QTest::keyClick(presentation, Qt::Key_Escape);
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY(!presentation); // deleted on close
    QVERIFY(!window->presentation());
    QCOMPARE(window->viewState()->cursor(), cursor);
    QCOMPARE(window->viewState()->selectedEvent(), event);
}

void tst_Presentation::defaultTextSizeFollowsTheHeight_data()
{
    QTest::addColumn<int>("height");
    QTest::addColumn<qreal>("share");
    QTest::addColumn<qreal>("expected");
    QTest::newRow("1080 lines") << 1080 << 1.0 << 2.0;
    QTest::newRow("720-line projector") << 720 << 1.0 << 1.25;
    QTest::newRow("768-line laptop") << 768 << 1.0 << 1.5;
    QTest::newRow("900 lines") << 900 << 1.0 << 1.75;
    QTest::newRow("1200 lines") << 1200 << 1.0 << 2.25;
    QTest::newRow("1440 lines") << 1440 << 1.0 << 2.75;
    QTest::newRow("2160 lines, no scaling") << 2160 << 1.0 << 4.0;
    QTest::newRow("never above 400 %") << 4320 << 1.0 << 4.0;
    QTest::newRow("never below 100 %") << 480 << 1.0 << 1.0;
    QTest::newRow("a third larger on 720") << 720 << 1.5 << 2.0;
    QTest::newRow("a quarter smaller on 1080") << 1080 << 0.75 << 1.5;
}

void tst_Presentation::defaultTextSizeFollowsTheHeight()
{
    QFETCH(int, height);
    QFETCH(qreal, share);
    QFETCH(qreal, expected);
    QCOMPARE(PresentationWindow::defaultFontScaleFor(height, share), expected);
}

// A size chosen on one screen comes back exactly on the same screen, whatever
// the rounding of that screen's default.
void tst_Presentation::chosenTextSizeComesBack_data()
{
    QTest::addColumn<int>("height");
    QTest::addColumn<qreal>("chosen");
    for (const int height : {600, 720, 768, 900, 1080, 1200, 1440}) {
        for (qreal chosen = 1.0; chosen <= 4.0; chosen += 0.25)
            QTest::addRow("%d lines, %d %%", height, int(chosen * 100)) << height << chosen;
    }
}

void tst_Presentation::chosenTextSizeComesBack()
{
    QFETCH(int, height);
    QFETCH(qreal, chosen);
    QCOMPARE(PresentationWindow::defaultFontScaleFor(height, PresentationWindow::shareOfDefaultFor(height, chosen)), chosen);
}

void tst_Presentation::textSizeChangesAndIsRemembered()
{
    auto window = sampleWindow();
    PresentationWindow *presentation = window->startPresentation(0, 0, false);
    // The window's 768 lines: 200 % × 768 / 1080, to the step of 25 %.
    QCOMPARE(presentation->height(), 768);
    QCOMPARE(presentation->fontScale(), 1.5);
    QTest::keyClick(presentation, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(presentation->fontScale(), 1.75);
    QCOMPARE(presentation->counterText(), QStringLiteral("1 / 13")); // not a step
    QTest::keyClick(presentation, Qt::Key_Escape);
    QTRY_VERIFY(!window->presentation());
    PresentationWindow *again = window->startPresentation(0, 0, false);
    QCOMPARE(again->fontScale(), 1.75);
    QTest::keyClick(again, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(again, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(again->fontScale(), 1.25);
    QTest::keyClick(again, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(again->fontScale(), 1.5);

    // Chosen on 768 lines, kept as a share of the default (200 % × 768 / 1080
    // = 142 % there), so it is as large a part of a 1080-line screen.
    QTest::keyClick(again, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(again, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(again->fontScale(), 2.0);
    QTest::keyClick(again, Qt::Key_Escape);
    QTRY_VERIFY(!window->presentation());
    window->resize(1920, 1080);
    PresentationWindow *larger = window->startPresentation(0, 0, false);
    QCOMPARE(larger->height(), 1080);
    QCOMPARE(larger->fontScale(), 2.75); // 2.0 × 2.0 / 1.42 = 2.81, to the step
    QTest::keyClick(larger, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(larger->fontScale(), 2.0);
}

// A size saved before it followed the screen was chosen against 200 %.
void tst_Presentation::textSizeSavedByAnOlderVersionIsKept()
{
    QSettings().setValue(QStringLiteral("presentation/fontScale"), 2.5);
    auto window = sampleWindow();
    PresentationWindow *presentation = window->startPresentation(0, 0, false);
    // 2.0 × 768 / 1080 × 2.5 / 2.0 = 1.78, to the step.
    QCOMPARE(presentation->fontScale(), 1.75);
    QTest::keyClick(presentation, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(!QSettings().contains(QStringLiteral("presentation/fontScale")));
    QCOMPARE(QSettings().value(QStringLiteral("presentation/textShare")).toReal(),
             PresentationWindow::shareOfDefaultFor(presentation->height(), 1.5));
}

void tst_Presentation::atlasWithoutTourPresentsTheView()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.openAtlas(m_smallAtlas, &error, true), qPrintable(error));
    QVERIFY(window.atlas()->data().tours.isEmpty());
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qint64 from = window.viewState()->windowStart();
    const qint64 to = window.viewState()->windowEnd();
    PresentationWindow *presentation = window.startPresentation(0, 0, false);
    QVERIFY(presentation);
    QVERIFY(QTest::qWaitForWindowExposed(presentation));
    QCOMPARE(presentation->navigator()->stepCount(), 0);
    QCOMPARE(presentation->counterText(), QString());
    QVERIFY(!presentation->findChild<QLabel *>(QStringLiteral("presentationCaption"))->isVisible());
    QTRY_COMPARE(presentation->viewState()->windowStart(), from);
    QCOMPARE(presentation->viewState()->windowEnd(), to);
    QTest::keyClick(presentation, Qt::Key_PageDown); // nothing to step to, nothing breaks
    QTest::keyClick(presentation, Qt::Key_Escape);
    QTRY_VERIFY(!window.presentation());
}

void tst_Presentation::changingAtlasClosesThePresentation()
{
    auto window = sampleWindow();
    QPointer<PresentationWindow> presentation = window->startPresentation(0, 0, false);
    QVERIFY(presentation);
    QString error;
    QVERIFY2(window->openAtlas(m_smallAtlas, &error, true), qPrintable(error));
    QVERIFY(!presentation); // it showed data that is gone
    window->closeAtlas();
    QVERIFY(!window->startPresentation());
    QAction *present = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::Key_F5))
            present = action;
    }
    QVERIFY(present);
    QVERIFY(!present->isEnabled()); // nothing to present without an atlas
}

void tst_Presentation::screenIsChosenAndRemembered()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QVERIFY(!screens.isEmpty());
    auto window = sampleWindow();
    // One screen: that one, whatever was remembered.
    QScreen *chosen = PresentationWindow::chooseScreen(window.get(), QStringLiteral("no such screen"));
    QVERIFY(screens.contains(chosen));
    QCOMPARE(PresentationWindow::chooseScreen(window.get(), screens.constLast()->name()), screens.constLast());
    if (screens.size() == 1)
        QCOMPARE(chosen, window->screen());
    else
        QVERIFY(chosen != window->screen());

    // The View ▸ Present On menu lists the screens and remembers the pick.
    QMenu *presentOn = nullptr;
    for (QMenu *menu : window->menuBar()->findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("Present on &Screen"))
            presentOn = menu;
    }
    QVERIFY(presentOn);
    Q_EMIT presentOn->aboutToShow();
    const QList<QAction *> actions = presentOn->actions();
    QCOMPARE(actions.size(), 2 + screens.size()); // automatic, separator, the screens
    QVERIFY(actions.at(0)->isChecked());
    actions.at(2)->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("presentation/screen")).toString(), screens.constFirst()->name());
    Q_EMIT presentOn->aboutToShow();
    QVERIFY(presentOn->actions().at(2)->isChecked());
    presentOn->actions().at(0)->trigger();
    QVERIFY(!QSettings().contains(QStringLiteral("presentation/screen")));
}

void tst_Presentation::theTourDockChoosesTourAndStep()
{
    auto window = sampleWindow();
    TourPanel *panel = window->tourPanel();
    QVERIFY(panel);
    const ItemId tourId = window->atlas()->data().tours.constFirst().id;
    // "Present from Here" in the dock.
    Q_EMIT panel->presentRequested(tourId, 4);
    QVERIFY(window->presentation());
    QCOMPARE(window->presentation()->counterText(), QStringLiteral("5 / 13"));
    QTest::keyClick(window->presentation(), Qt::Key_Escape);
    QTRY_VERIFY(!window->presentation());
    // Shift+F5: from the step chosen in the dock; F5: from the start.
    panel->setCurrentTour(tourId);
    panel->setCurrentStep(6);
    const auto actionFor = [&window](const QKeySequence &keys) {
        const auto actions = window->findChildren<QAction *>();
        const auto found = std::find_if(actions.begin(), actions.end(), [&keys](QAction *action) { return action->shortcut() == keys; });
        return found == actions.end() ? nullptr : *found;
    };
    QAction *fromStep = actionFor(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QAction *fromStart = actionFor(QKeySequence(Qt::Key_F5));
    QVERIFY(fromStep && fromStart);
    fromStep->trigger();
    QVERIFY(window->presentation());
    QCOMPARE(window->presentation()->counterText(), QStringLiteral("7 / 13"));
    QTest::keyClick(window->presentation(), Qt::Key_Escape);
    QTRY_VERIFY(!window->presentation());
    fromStart->trigger();
    QVERIFY(window->presentation());
    QCOMPARE(window->presentation()->counterText(), QStringLiteral("1 / 13"));
}

QTEST_MAIN(tst_Presentation)
#include "tst_presentation.moc"
