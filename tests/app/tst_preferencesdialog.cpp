// SPDX-License-Identifier: GPL-3.0-or-later
// Edit ▸ Preferences…: the theme, the text size, the timeline's lanes, what
// the graph shows and the language take effect while the dialog is open, are
// remembered, and "Follow the System" undoes a theme. The dialog follows the
// menus, and says everything again when the language changes.
#include "appearance.h"
#include "atlas.h"
#include "graphview.h"
#include "languages.h"
#include "mainwindow.h"
#include "overviewstrip.h"
#include "preferencesdialog.h"
#include "serieslane.h"
#include "theme.h"
#include "timelineview.h"
#include "timelinelanes.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProxyStyle>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

Q_DECLARE_METATYPE(Annals::ThemeChoice)
Q_DECLARE_METATYPE(Annals::LaneMode)

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
    void lanesApplyLiveAndAreRemembered_data();
    void lanesApplyLiveAndAreRemembered();
    void graphTimeAppliesLiveAndIsRemembered();
    void graphMenuChoiceIsSavedAtOnce();
    void rowsFollowTheMenus();
    void mnemonicsReachEveryRow_data();
    void mnemonicsReachEveryRow();
    void languageSwitchesLive();
    void dialogRetranslatesItself();

private:
    // Moves the theme box to `choice` with the keyboard, as a user would.
    static void chooseTheme(PreferencesDialog &dialog, ThemeChoice choice);
    // The same for any combo box: to the item with `data`.
    static void chooseByKeyboard(QComboBox *box, const QVariant &data);

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
    Languages::apply(QStringLiteral("en"));
}

void tst_PreferencesDialog::chooseByKeyboard(QComboBox *box, const QVariant &data)
{
    const int target = box->findData(data);
    QVERIFY2(target >= 0, qPrintable(data.toString()));
    while (box->currentIndex() < target)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > target)
        QTest::keyClick(box, Qt::Key_Up);
    QCOMPARE(box->currentIndex(), target);
}

void tst_PreferencesDialog::chooseTheme(PreferencesDialog &dialog, ThemeChoice choice)
{
    chooseByKeyboard(dialog.themeBox(), themeId(choice));
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
    QVERIFY(checked >= 6); // theme, text size, lanes, graph, language, Close
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

void tst_PreferencesDialog::lanesApplyLiveAndAreRemembered_data()
{
    QTest::addColumn<LaneMode>("mode");
    QTest::newRow("by actor") << LaneMode::Actor;
    QTest::newRow("packed") << LaneMode::Packed;
    QTest::newRow("by category") << LaneMode::Category;
}

void tst_PreferencesDialog::lanesApplyLiveAndAreRemembered()
{
    QFETCH(LaneMode, mode);
    {
        MainWindow window(MainWindow::SettingsUse::ReadAndWrite);
        window.setLaneMode(mode == LaneMode::Category ? LaneMode::Packed : LaneMode::Category);
        PreferencesDialog dialog(&window);
        dialog.show();
        chooseByKeyboard(dialog.lanesBox(), int(mode));
        QCOMPARE(window.timelineView()->laneMode(), mode);
        QCOMPARE(QSettings().value(QStringLiteral("view/lanes")).toInt(), int(mode));
        // The View menu's lane actions follow.
        const QString menuText = dialog.lanesBox()->currentText();
        int found = 0;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().remove(QLatin1Char('&')) == menuText) {
                QVERIFY(action->isChecked());
                ++found;
            }
        }
        QCOMPARE(found, 1);
    }
    MainWindow window(MainWindow::SettingsUse::ReadAndWrite);
    QCOMPARE(window.timelineView()->laneMode(), mode);
    PreferencesDialog dialog(&window);
    QCOMPARE(dialog.lanesBox()->currentData().toInt(), int(mode));
}

void tst_PreferencesDialog::graphTimeAppliesLiveAndIsRemembered()
{
    {
        MainWindow window(MainWindow::SettingsUse::ReadAndWrite);
        QVERIFY(!window.graphView()->showsWholeWindow());
        PreferencesDialog dialog(&window);
        dialog.show();
        QCOMPARE(dialog.graphTimeBox()->currentIndex(), 0);
        QTest::keyClick(dialog.graphTimeBox(), Qt::Key_Down);
        QVERIFY(window.graphView()->showsWholeWindow());
        QVERIFY(window.graphView()->wholeWindowAction()->isChecked());
        // Saved at once, not when the window closes.
        QCOMPARE(QSettings().value(QStringLiteral("graph/wholeWindow")).toBool(), true);
    }
    MainWindow window(MainWindow::SettingsUse::ReadAndWrite);
    QVERIFY(window.graphView()->showsWholeWindow());
    PreferencesDialog dialog(&window);
    QCOMPARE(dialog.graphTimeBox()->currentIndex(), 1);
    dialog.show();
    QTest::keyClick(dialog.graphTimeBox(), Qt::Key_Up);
    QVERIFY(!window.graphView()->showsWholeWindow());
    QCOMPARE(QSettings().value(QStringLiteral("graph/wholeWindow")).toBool(), false);
}

void tst_PreferencesDialog::graphMenuChoiceIsSavedAtOnce()
{
    MainWindow window(MainWindow::SettingsUse::ReadAndWrite);
    window.graphView()->wholeWindowAction()->trigger();
    QVERIFY(window.graphView()->showsWholeWindow());
    QCOMPARE(QSettings().value(QStringLiteral("graph/wholeWindow")).toBool(), true);
    window.graphView()->wholeWindowAction()->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("graph/wholeWindow")).toBool(), false);
}

void tst_PreferencesDialog::rowsFollowTheMenus()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    PreferencesDialog dialog(&window);
    dialog.show();
    window.setLaneMode(LaneMode::Actor);
    QCOMPARE(dialog.lanesBox()->currentData().toInt(), int(LaneMode::Actor));
    window.graphView()->wholeWindowAction()->trigger();
    QCOMPARE(dialog.graphTimeBox()->currentIndex(), 1);
    window.graphView()->wholeWindowAction()->trigger();
    QCOMPARE(dialog.graphTimeBox()->currentIndex(), 0);
}

void tst_PreferencesDialog::mnemonicsReachEveryRow_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("control");
    QTest::newRow("theme") << int(Qt::Key_T) << "Theme";
    QTest::newRow("text size") << int(Qt::Key_S) << "Text size";
    QTest::newRow("lanes") << int(Qt::Key_N) << "Timeline lanes";
    QTest::newRow("graph") << int(Qt::Key_G) << "Graph shows";
    QTest::newRow("language") << int(Qt::Key_L) << "Language";
}

void tst_PreferencesDialog::mnemonicsReachEveryRow()
{
    QFETCH(int, key);
    QFETCH(QString, control);
    MainWindow window(MainWindow::SettingsUse::Ignore);
    PreferencesDialog dialog(&window);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key(key), Qt::AltModifier);
    QWidget *focused = QApplication::focusWidget();
    // The spin box's line edit takes the focus for it.
    if (focused && qobject_cast<QLineEdit *>(focused))
        focused = focused->parentWidget();
    QVERIFY(focused);
    QCOMPARE(focused->accessibleName(), control);
}

void tst_PreferencesDialog::languageSwitchesLive()
{
    QVERIFY(Languages::available().contains(QStringLiteral("ko")));
    MainWindow window(MainWindow::SettingsUse::Ignore);
    PreferencesDialog dialog(&window);
    dialog.show();
    QComboBox *language = dialog.languageBox();
    // "Follow the System" first, then each language in its own name.
    QCOMPARE(language->count(), Languages::available().size() + 1);
    QCOMPARE(language->itemData(0).toString(), QString());
    QCOMPARE(language->currentIndex(), 0);
    QVERIFY(language->findText(QStringLiteral("한국어")) > 0);
    QVERIFY(language->findText(QStringLiteral("English")) > 0);

    chooseByKeyboard(language, QStringLiteral("ko"));
    QCOMPARE(Languages::current(), QStringLiteral("ko"));
    QCOMPARE(Languages::savedChoice(), QStringLiteral("ko"));
    // Still open, and still working: a theme can be chosen in the new language.
    QVERIFY(dialog.isVisible());
    QCOMPARE(language->currentData().toString(), QStringLiteral("ko"));
    QCOMPARE(language->count(), Languages::available().size() + 1);
    chooseTheme(dialog, ThemeChoice::Dark);
    QCOMPARE(Appearance::currentTheme(), ThemeChoice::Dark);

    chooseByKeyboard(language, QStringLiteral("en"));
    QCOMPARE(Languages::current(), QStringLiteral("en"));
    QCOMPARE(Languages::savedChoice(), QStringLiteral("en"));
    QCOMPARE(dialog.lanesBox()->itemText(1), QStringLiteral("By Actor"));

    chooseByKeyboard(language, QString());
    QVERIFY(Languages::savedChoice().isEmpty());
    QCOMPARE(Languages::current(), Languages::resolve(QString()));

    // A new dialog shows the saved choice.
    Languages::saveChoice(QStringLiteral("ko"));
    PreferencesDialog again(&window);
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("ko"));
}

namespace {

// Says a few of the dialog's texts in a made-up language, so that a test can
// see them change without depending on a shipped catalogue.
class MadeUpTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArray(context) != "Annals::PreferencesDialog")
            return {};
        const QByteArray text(sourceText);
        if (text == "&Language:")
            return QStringLiteral("&Lingo:");
        if (text == "By Actor")
            return QStringLiteral("Per Actor");
        if (text == "Preferences")
            return QStringLiteral("Choices");
        if (text == "Graph shows")
            return QStringLiteral("Graph displays");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void tst_PreferencesDialog::dialogRetranslatesItself()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    PreferencesDialog dialog(&window);
    dialog.show();
    auto *label = qobject_cast<QLabel *>(
        static_cast<QFormLayout *>(dialog.layout()->itemAt(0)->layout())->labelForField(dialog.languageBox()));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("&Language:"));
    const int lane = dialog.lanesBox()->currentIndex();
    {
        MadeUpTranslator madeUp;
        QCoreApplication::installTranslator(&madeUp);
        QTRY_COMPARE(label->text(), QStringLiteral("&Lingo:"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Choices"));
        QCOMPARE(dialog.lanesBox()->itemText(1), QStringLiteral("Per Actor"));
        QCOMPARE(dialog.graphTimeBox()->accessibleName(), QStringLiteral("Graph displays"));
        // Retranslating chooses nothing.
        QCOMPARE(dialog.lanesBox()->currentIndex(), lane);
        QCoreApplication::removeTranslator(&madeUp);
    }
    QTRY_COMPARE(label->text(), QStringLiteral("&Language:"));
    QCOMPARE(dialog.lanesBox()->itemText(1), QStringLiteral("By Actor"));
}

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
