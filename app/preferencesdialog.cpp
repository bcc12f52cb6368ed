// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "appearance.h"
#include "graphview.h"
#include "languages.h"
#include "mainwindow.h"
#include "timelineview.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Annals {

namespace {

// MainWindow keeps the text size between these, in steps of a quarter.
constexpr int smallestTextPercent = 100;
constexpr int largestTextPercent = 300;
constexpr int textPercentStep = 25;

// The rows of the graph box, in order.
constexpr int graphAtCursor = 0;
constexpr int graphWholeWindow = 1;

const QList<LaneMode> laneModes = {LaneMode::Category, LaneMode::Actor, LaneMode::Packed};

QLabel *buddyLabel(QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(MainWindow *window)
    : QDialog(window)
    , m_window(window)
    , m_form(new QFormLayout)
    , m_theme(new QComboBox(this))
    , m_textSize(new QSpinBox(this))
    , m_lanes(new QComboBox(this))
    , m_graphTime(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_themeLabel(buddyLabel(m_theme, this))
    , m_textSizeLabel(buddyLabel(m_textSize, this))
    , m_lanesLabel(buddyLabel(m_lanes, this))
    , m_graphTimeLabel(buddyLabel(m_graphTime, this))
    , m_languageLabel(buddyLabel(m_language, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    // Items first, without their texts: retranslate() names everything.
    for (ThemeChoice choice : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast})
        m_theme->addItem(QString(), themeId(choice));
    m_theme->setCurrentIndex(m_theme->findData(themeId(Appearance::currentTheme())));

    m_textSize->setRange(smallestTextPercent, largestTextPercent);
    m_textSize->setSingleStep(textPercentStep);
    // Typed values take effect on Enter or when the field is left, not at
    // every keystroke ("2" on the way to "250" would flash the window).
    m_textSize->setKeyboardTracking(false);
    m_textSize->setValue(qRound(m_window->fontScale() * 100));

    for (LaneMode mode : laneModes)
        m_lanes->addItem(QString(), int(mode));
    m_lanes->setCurrentIndex(m_lanes->findData(int(m_window->timelineView()->laneMode())));

    m_graphTime->addItem(QString());
    m_graphTime->addItem(QString());
    m_graphTime->setCurrentIndex(m_window->graphView()->showsWholeWindow() ? graphWholeWindow : graphAtCursor);

    // Each language in its own name, readable whichever one is showing.
    m_language->addItem(QString(), QString());
    for (const QString &code : Languages::available())
        m_language->addItem(Languages::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Languages::savedChoice())));

    m_form->addRow(m_themeLabel, m_theme);
    m_form->addRow(m_textSizeLabel, m_textSize);
    m_form->addRow(m_lanesLabel, m_lanes);
    m_form->addRow(m_graphTimeLabel, m_graphTime);
    m_form->addRow(m_languageLabel, m_language);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    retranslate();

    connect(m_theme, &QComboBox::currentIndexChanged, this, &PreferencesDialog::chooseTheme);
    connect(m_textSize, &QSpinBox::valueChanged, this, &PreferencesDialog::chooseTextSize);
    connect(m_lanes, &QComboBox::currentIndexChanged, this, &PreferencesDialog::chooseLanes);
    connect(m_graphTime, &QComboBox::currentIndexChanged, this, &PreferencesDialog::chooseGraphTime);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::chooseLanguage);

    followWindow();
}

void PreferencesDialog::followWindow()
{
    // The View and Graph menus change the same things while the dialog is open.
    connect(m_window, &MainWindow::laneModeChanged, this, [this](LaneMode mode) {
        const QSignalBlocker blocker(m_lanes);
        m_lanes->setCurrentIndex(m_lanes->findData(int(mode)));
    });
    connect(m_window->graphView()->wholeWindowAction(), &QAction::toggled, this, [this](bool whole) {
        const QSignalBlocker blocker(m_graphTime);
        m_graphTime->setCurrentIndex(whole ? graphWholeWindow : graphAtCursor);
    });
}

bool PreferencesDialog::event(QEvent *event)
{
    // A language change rebuilds the main window and hands this dialog to
    // the new one: from then on it changes that window.
    if (event->type() == QEvent::ParentChange) {
        if (auto *window = qobject_cast<MainWindow *>(parentWidget()); window && window != m_window) {
            m_window = window;
            followWindow();
        }
    }
    return QDialog::event(event);
}

QList<QKeySequence> PreferencesDialog::shortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty())
        keys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    return keys;
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));

    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("Follow the System"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setItemText(3, tr("High Contrast"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setToolTip(tr("The colours of every view. High contrast is black and white with yellow "
                           "highlights, for projectors and low vision."));

    m_textSizeLabel->setText(tr("Text &size:"));
    m_textSize->setSuffix(tr(" %"));
    m_textSize->setAccessibleName(tr("Text size"));
    m_textSize->setToolTip(tr("The size of the text in the timeline, the graph, the charts and the panels, "
                              "from 100 % to 300 % in steps of 25 (also View ▸ Larger Text and Smaller Text)."));

    m_lanesLabel->setText(tr("Timeline la&nes:"));
    m_lanes->setItemText(0, tr("By Category"));
    m_lanes->setItemText(1, tr("By Actor"));
    m_lanes->setItemText(2, tr("Packed in One Lane"));
    m_lanes->setAccessibleName(tr("Timeline lanes"));
    m_lanes->setToolTip(tr("How the timeline sorts events into lanes: one lane a category, one an actor, or all "
                           "in one lane to see the most at once (also View ▸ Lanes)."));

    m_graphTimeLabel->setText(tr("&Graph shows:"));
    m_graphTime->setItemText(graphAtCursor, tr("Relations at the Cursor's Date"));
    m_graphTime->setItemText(graphWholeWindow, tr("Relations Anywhere in the Visible Time Window"));
    m_graphTime->setAccessibleName(tr("Graph shows"));
    m_graphTime->setToolTip(tr("Whether the graph shows who stood with whom on the time cursor's date, or every "
                               "relation in force at any time the timeline shows (also Graph ▸ Relations in the "
                               "Whole Visible Period)."));

    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Follow the System"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language of the menus, dialogs and messages. The atlas's own texts stay as "
                              "they were written."));

    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setToolTip(tr("Close the preferences; every change is already applied and remembered"));
}

void PreferencesDialog::chooseTheme(int index)
{
    const std::optional<ThemeChoice> choice = themeFromId(m_theme->itemData(index).toString());
    if (!choice)
        return;
    Appearance::applyTheme(*choice);
    Appearance::saveTheme(*choice);
}

void PreferencesDialog::chooseTextSize(int percent)
{
    // Typed sizes snap to the steps the View menu uses.
    const int snapped = qRound(double(percent) / textPercentStep) * textPercentStep;
    if (snapped != percent) {
        m_textSize->setValue(snapped);
        return;
    }
    // MainWindow keeps and remembers the size, as for View ▸ Larger Text.
    m_window->setFontScale(percent / 100.0);
}

void PreferencesDialog::chooseLanes(int index)
{
    // MainWindow remembers it, as for View ▸ Lanes.
    m_window->setLaneMode(LaneMode(m_lanes->itemData(index).toInt()));
}

void PreferencesDialog::chooseGraphTime(int index)
{
    // MainWindow remembers it as soon as the graph's action changes.
    m_window->graphView()->setShowsWholeWindow(index == graphWholeWindow);
}

void PreferencesDialog::chooseLanguage(int index)
{
    const QString choice = m_language->itemData(index).toString();
    Languages::saveChoice(choice);
    // "Follow the System" may name the language already showing: nothing to
    // reword, and a rebuilt window would lose what is not remembered.
    const QString language = Languages::resolve(choice);
    if (language != Languages::current())
        Languages::apply(language);
}

} // namespace Annals
