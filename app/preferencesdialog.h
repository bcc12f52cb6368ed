// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace Annals {

class MainWindow;

// Edit ▸ Preferences…: the theme, the text size, the timeline's lanes, what
// the graph shows and the language, each applied as the user changes it (so
// the effect is seen before the dialog is closed) and remembered. One row per
// preference in a form, so that more can be added. Rows follow changes made
// elsewhere (the View and Graph menus) while the dialog is open.
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
    QComboBox *lanesBox() const { return m_lanes; }
    QComboBox *graphTimeBox() const { return m_graphTime; }
    QComboBox *languageBox() const { return m_language; }

protected:
    // A new language reaches the dialog as it is open: it says everything
    // again in that language and stays usable.
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void retranslate();
    void followWindow();
    void chooseTheme(int index);
    void chooseTextSize(int percent);
    void chooseLanes(int index);
    void chooseGraphTime(int index);
    void chooseLanguage(int index);

    MainWindow *m_window;
    QFormLayout *m_form;
    QComboBox *m_theme;
    QSpinBox *m_textSize;
    QComboBox *m_lanes;
    QComboBox *m_graphTime;
    QComboBox *m_language;
    QLabel *m_themeLabel;
    QLabel *m_textSizeLabel;
    QLabel *m_lanesLabel;
    QLabel *m_graphTimeLabel;
    QLabel *m_languageLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace Annals
