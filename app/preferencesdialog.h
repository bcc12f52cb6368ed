// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QFormLayout;
class QSpinBox;

namespace Annals {

class MainWindow;

// Edit ▸ Preferences…: the theme and the text size, applied as the user
// changes them (so the effect is seen before the dialog is closed) and
// remembered. One row per preference in a form, so that more can be added.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(MainWindow *window);

    // The shortcuts of the Preferences action: the platform's, or Ctrl+,
    // where the platform has none (most Linux desktops).
    static QList<QKeySequence> shortcuts();

    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *textSizeBox() const { return m_textSize; }

private:
    void chooseTheme(int index);
    void chooseTextSize(int percent);

    MainWindow *m_window;
    QFormLayout *m_form;
    QComboBox *m_theme;
    QSpinBox *m_textSize;
};

} // namespace Annals
