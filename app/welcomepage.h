// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QWidget>

class QAbstractButton;
class QCheckBox;
class QCommandLinkButton;
class QLabel;

namespace Annals {

// What the window shows while no atlas is open: at the first start, after
// File ▸ Close, and at every start until "Don't show this page at start" is
// ticked. Says in two lines what Annals is for and offers the ways in, the
// likeliest one (the atlas used last, else the sample) as the default that
// Enter chooses. The page only asks; MainWindow opens.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // QSettings "welcome/showAtStart": whether a start without a file shows
    // this page rather than reopening the last atlas. True until unticked.
    static bool showsAtStart();

    // The atlas Continue reopens: offered only when `path` exists, named by
    // `title` (its file name when the title is not known).
    void setLastAtlas(const QString &path, const QString &title);
    QString lastAtlasPath() const { return m_lastAtlasPath; }

    // Reads the last atlas ("lastAtlas", "lastAtlasTitle") and the check
    // box from QSettings; the box writes its setting only after this was
    // called, so a window that ignores the settings leaves them alone.
    void loadSettings();

    // The page follows the window's text size (View ▸ Larger Text).
    void setFontScale(qreal scale);

    QCommandLinkButton *continueButton() const { return m_continue; }
    QCommandLinkButton *sampleButton() const { return m_sample; }
    QCommandLinkButton *newAtlasButton() const { return m_newAtlas; }
    QCommandLinkButton *openButton() const { return m_open; }
    QCheckBox *showAtStartBox() const { return m_showAtStart; }
    // What Enter chooses: Continue when it is offered, else the sample.
    QAbstractButton *defaultChoice() const;
    // Gives the keyboard focus to the default choice.
    void focusDefaultChoice();

Q_SIGNALS:
    void continueRequested(const QString &path);
    void sampleRequested();
    void newAtlasRequested();
    void openRequested();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateDefaultChoice();
    void updateContinueText();
    void applyFonts();

    QLabel *m_title;
    QLabel *m_explanation;
    QCommandLinkButton *m_continue;
    QCommandLinkButton *m_sample;
    QCommandLinkButton *m_newAtlas;
    QCommandLinkButton *m_open;
    QCheckBox *m_showAtStart;
    QWidget *m_column;
    QString m_lastAtlasPath;
    QString m_lastAtlasTitle;
    bool m_writesSettings = false;
    qreal m_fontScale = 1.0;
    QFont m_baseFont;
};

} // namespace Annals
