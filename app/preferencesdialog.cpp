// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "appearance.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Annals {

namespace {

// MainWindow keeps the text size between these, in steps of a quarter.
constexpr int smallestTextPercent = 100;
constexpr int largestTextPercent = 300;
constexpr int textPercentStep = 25;

} // namespace

PreferencesDialog::PreferencesDialog(MainWindow *window)
    : QDialog(window)
    , m_window(window)
    , m_form(new QFormLayout)
    , m_theme(new QComboBox(this))
    , m_textSize(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));

    m_theme->addItem(tr("Follow the System"), themeId(ThemeChoice::System));
    m_theme->addItem(tr("Light"), themeId(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), themeId(ThemeChoice::Dark));
    m_theme->addItem(tr("High Contrast"), themeId(ThemeChoice::HighContrast));
    m_theme->setCurrentIndex(m_theme->findData(themeId(Appearance::currentTheme())));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setToolTip(tr("The colours of every view. High contrast is black and white with yellow "
                           "highlights, for projectors and low vision."));

    m_textSize->setRange(smallestTextPercent, largestTextPercent);
    m_textSize->setSingleStep(textPercentStep);
    m_textSize->setSuffix(tr(" %"));
    // Typed values take effect on Enter or when the field is left, not at
    // every keystroke ("2" on the way to "250" would flash the window).
    m_textSize->setKeyboardTracking(false);
    m_textSize->setValue(qRound(m_window->fontScale() * 100));
    m_textSize->setAccessibleName(tr("Text size"));
    m_textSize->setToolTip(tr("The size of the text in the timeline, the graph, the charts and the panels, "
                              "from 100 % to 300 % in steps of 25 (also View ▸ Larger Text and Smaller Text)."));

    m_form->addRow(tr("&Theme:"), m_theme);
    m_form->addRow(tr("Text &size:"), m_textSize);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setToolTip(tr("Close the preferences; every change is already applied and remembered"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_theme, &QComboBox::currentIndexChanged, this, &PreferencesDialog::chooseTheme);
    connect(m_textSize, &QSpinBox::valueChanged, this, &PreferencesDialog::chooseTextSize);
}

QList<QKeySequence> PreferencesDialog::shortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty())
        keys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    return keys;
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

} // namespace Annals
