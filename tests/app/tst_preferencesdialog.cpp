// SPDX-License-Identifier: GPL-3.0-or-later
// Edit ▸ Preferences…: the theme and the text size take effect while the
// dialog is open, are remembered, and "Follow the System" undoes a theme.
#include "appearance.h"
#include "atlas.h"
#include "graphview.h"
#include "mainwindow.h"
#include "overviewstrip.h"
#include "preferencesdialog.h"
#include "serieslane.h"
#include "theme.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QProxyStyle>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Annals::ThemeChoice)

using namespace Annals;

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editMenuOpensTheDialog();
    void everyControlIsNamed();
    void choosingAThemeAppliesItLive_data();
    void choosingAThemeAppliesItLive();
    void followingTheSystemRestoresTheOriginalLook();
    void textSizeChangesTheWindowLive();
    void typedTextSizesSnapToSteps();
    void choicesAreReloadedNextTime();
    void viewsRepaintInTheNewTheme();

private:
    // Moves the theme box to `choice` with the keyboard, as a user would.
    static void chooseTheme(PreferencesDialog &dialog, ThemeChoice choice);

    QTemporaryDir m_dir;
    QPalette m_originalPalette;
    QString m_originalStyle;
};

void tst_PreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalsTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_originalPalette = QApplication::palette();
    m_originalStyle = QApplication::style()->name();
}

void tst_PreferencesDialog::init()
{
    QSettings().clear();
}

void tst_PreferencesDialog::cleanup()
{
    Appearance::applyTheme(ThemeChoice::System);
}

void tst_PreferencesDialog::chooseTheme(PreferencesDialog &dialog, ThemeChoice choice)
{
    QComboBox *box = dialog.themeBox();
    const int target = box->findData(themeId(choice));
    QVERIFY(target >= 0);
    while (box->currentIndex() < target)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > target)
        QTest::keyClick(box, Qt::Key_Up);
    QCOMPARE(box->currentIndex(), target);
}

void tst_PreferencesDialog::editMenuOpensTheDialog()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    QVERIFY(!action->shortcuts().isEmpty());
    QCOMPARE(action->shortcuts(), PreferencesDialog::shortcuts());
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    QVERIFY(!window.findChild<PreferencesDialog *>());
    action->trigger();
    auto *dialog = window.findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->close();
}

void tst_PreferencesDialog::everyControlIsNamed()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    PreferencesDialog dialog(&window);
    const QList<QWidget *> controls = dialog.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *control : controls) {
        if (control->focusPolicy() == Qt::NoFocus || qobject_cast<QLineEdit *>(control))
            continue; // the spin box's own line edit is part of the spin box
        QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
        QVERIFY2(!control->toolTip().isEmpty(), control->metaObject()->className());
        ++checked;
    }
    QVERIFY(checked >= 3); // theme, text size, Close
}

void tst_PreferencesDialog::choosingAThemeAppliesItLive_data()
{
    QTest::addColumn<ThemeChoice>("theme");
    QTest::newRow("light") << ThemeChoice::Light;
    QTest::newRow("dark") << ThemeChoice::Dark;
    QTest::newRow("high contrast") << ThemeChoice::HighContrast;
}

void tst_PreferencesDialog::choosingAThemeAppliesItLive()
{
    QFETCH(ThemeChoice, theme);
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    PreferencesDialog dialog(&window);
    dialog.show();
    chooseTheme(dialog, theme);
    const QPalette expected = paletteFor(theme, Appearance::systemPalette());
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::WindowText, QPalette::Base, QPalette::Text,
                                     QPalette::Highlight, QPalette::PlaceholderText}) {
        QCOMPARE(QApplication::palette().color(role), expected.color(role));
        // The open window has it as soon as it gets the change, not at the next start.
        QTRY_COMPARE(window.palette().color(role), expected.color(role));
    }
    // Fusion honours every role of the palette (high contrast adds edges to it).
    const QStyle *style = QApplication::style();
    if (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        style = proxy->baseStyle();
    QCOMPARE(style->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(Appearance::currentTheme(), theme);
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), themeId(theme));
}

void tst_PreferencesDialog::followingTheSystemRestoresTheOriginalLook()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    PreferencesDialog dialog(&window);
    dialog.show();
    chooseTheme(dialog, ThemeChoice::Dark);
    QVERIFY(QApplication::palette() != m_originalPalette);
    chooseTheme(dialog, ThemeChoice::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_originalPalette.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Text), m_originalPalette.color(QPalette::Text));
    QCOMPARE(QApplication::palette(), m_originalPalette);
    QCOMPARE(QApplication::style()->name(), m_originalStyle);
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("system"));
}

void tst_PreferencesDialog::textSizeChangesTheWindowLive()
{
    MainWindow window(MainWindow::SettingsUse::ReadAndWrite);
    window.setFontScale(1.0);
    PreferencesDialog dialog(&window);
    dialog.show();
    QSpinBox *size = dialog.textSizeBox();
    QCOMPARE(size->value(), 100);
    QTest::keyClick(size, Qt::Key_Up);
    QCOMPARE(size->value(), 125);
    QCOMPARE(window.fontScale(), 1.25);
    QTest::keyClick(size, Qt::Key_Up);
    QCOMPARE(window.fontScale(), 1.5);
    QCOMPARE(QSettings().value(QStringLiteral("view/fontScale")).toReal(), 1.5);
    // Never beyond what the View menu allows.
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(size, Qt::Key_Up);
    QCOMPARE(size->value(), 300);
    QCOMPARE(window.fontScale(), 3.0);
}

void tst_PreferencesDialog::typedTextSizesSnapToSteps()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    PreferencesDialog dialog(&window);
    dialog.show();
    QSpinBox *size = dialog.textSizeBox();
    size->setFocus();
    size->selectAll();
    QTest::keyClicks(size, QStringLiteral("260"));
    // Not while typing: only when the number is complete.
    QCOMPARE(window.fontScale(), 1.0);
    QTest::keyClick(size, Qt::Key_Return);
    QCOMPARE(size->value(), 250);
    QCOMPARE(window.fontScale(), 2.5);
}

void tst_PreferencesDialog::choicesAreReloadedNextTime()
{
    {
        MainWindow window(MainWindow::SettingsUse::ReadAndWrite);
        PreferencesDialog dialog(&window);
        chooseTheme(dialog, ThemeChoice::HighContrast);
        dialog.textSizeBox()->setValue(175);
        QCOMPARE(window.fontScale(), 1.75);
    }
    // As at the next start: the system look, then the saved theme.
    Appearance::applyTheme(ThemeChoice::System);
    QCOMPARE(Appearance::savedTheme(), ThemeChoice::HighContrast);
    Appearance::applyTheme(Appearance::savedTheme());
    MainWindow window(MainWindow::SettingsUse::ReadAndWrite);
    QCOMPARE(window.fontScale(), 1.75);
    PreferencesDialog dialog(&window);
    QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("high-contrast"));
    QCOMPARE(dialog.textSizeBox()->value(), 175);
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
}

namespace {

// The share of a widget's pixels as dark as a dark theme's background.
double darkShare(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    int dark = 0;
    int all = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            dark += image.pixelColor(x, y).lightness() < 70 ? 1 : 0;
            ++all;
        }
    }
    return all ? double(dark) / all : 0;
}

} // namespace

// The timeline and the graph paint themselves (and keep sprites drawn with
// the old colours): both must show the new theme without being reopened.
void tst_PreferencesDialog::viewsRepaintInTheNewTheme()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    QString error;
    std::unique_ptr<Atlas> sample = Atlas::openSampleInMemory(&error);
    QVERIFY2(sample, qPrintable(error));
    window.setAtlas(std::move(sample));
    window.graphView()->setAnimated(false);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.graphView()->waitForLayout();
    // The charts (overview, number series) restyle their Qt Charts parts.
    auto *overview = window.findChild<OverviewStrip *>();
    auto *series = window.findChild<SeriesLane *>();
    QVERIFY(overview && overview->isVisible());
    QVERIFY(series && series->isVisible());
    const QList<QWidget *> views = {window.timelineView()->viewport(), window.graphView(), overview, series};
    for (QWidget *view : views)
        QVERIFY2(darkShare(view) < 0.3, view->metaObject()->className());

    PreferencesDialog dialog(&window);
    chooseTheme(dialog, ThemeChoice::Dark);
    for (QWidget *view : views)
        QTRY_VERIFY2(darkShare(view) > 0.7, view->metaObject()->className());
    chooseTheme(dialog, ThemeChoice::System);
    for (QWidget *view : views)
        QTRY_VERIFY2(darkShare(view) < 0.3, view->metaObject()->className());
}

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
