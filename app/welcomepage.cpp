// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace Annals {

namespace {

const QString showAtStartKey()
{
    return QStringLiteral("welcome/showAtStart");
}

// A line of text this many average characters long is still read at a
// glance; wider, the eye loses its place on a big screen.
constexpr int columnWidthInCharacters = 100;
constexpr qreal titleFontFactor = 1.8;
constexpr qreal choiceFontFactor = 1.25;

// Where a file is, as a person would say it: "~/Documents/x.annals" for a
// file in the home folder on systems that write it so.
QString displayedPath(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
#ifdef Q_OS_WIN
    return native;
#else
    const QString home = QDir::homePath() + QLatin1Char('/');
    return path.startsWith(home) ? QStringLiteral("~/") + path.mid(home.size()) : native;
#endif
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_explanation(new QLabel)
    , m_continue(new QCommandLinkButton)
    , m_sample(new QCommandLinkButton)
    , m_newAtlas(new QCommandLinkButton)
    , m_open(new QCommandLinkButton)
    , m_showAtStart(new QCheckBox)
    , m_column(new QWidget)
    , m_baseFont(font())
{
    setObjectName(QStringLiteral("welcomePage"));
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignHCenter);
    m_explanation->setWordWrap(true);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_sample->setObjectName(QStringLiteral("sampleButton"));
    m_newAtlas->setObjectName(QStringLiteral("newAtlasButton"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_showAtStart->setObjectName(QStringLiteral("showAtStartBox"));

    auto *columnLayout = new QVBoxLayout(m_column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_explanation);
    columnLayout->addSpacing(16);
    // Its title is shortened to the width it gets, so it must not ask for
    // the width of the whole title.
    m_continue->setMinimumWidth(1);
    m_continue->installEventFilter(this);
    for (QCommandLinkButton *choice : {m_continue, m_sample, m_newAtlas, m_open}) {
        // Enter on a focused choice takes it, as in a dialog.
        choice->setAutoDefault(true);
        columnLayout->addWidget(choice);
    }
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_showAtStart, 0, Qt::AlignHCenter);

    // At 300 % text on a small laptop the column is taller than the window:
    // it scrolls rather than being cut off.
    auto *content = new QWidget;
    auto *centring = new QGridLayout(content);
    centring->setRowStretch(0, 2);
    centring->setRowStretch(2, 3);
    // The column takes the width up to its maximum; the sides what is left.
    centring->setColumnStretch(0, 1);
    centring->setColumnStretch(1, 1000);
    centring->setColumnStretch(2, 1);
    centring->addWidget(m_column, 1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    // Only the choices take the focus; the scroll area follows it.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_continue, &QAbstractButton::clicked, this, [this] { Q_EMIT continueRequested(m_lastAtlasPath); });
    connect(m_sample, &QAbstractButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_newAtlas, &QAbstractButton::clicked, this, &WelcomePage::newAtlasRequested);
    connect(m_open, &QAbstractButton::clicked, this, &WelcomePage::openRequested);
    connect(m_showAtStart, &QCheckBox::toggled, this, [this](bool dontShow) {
        if (m_writesSettings)
            QSettings().setValue(showAtStartKey(), !dontShow);
    });

    setLastAtlas({}, {});
    retranslate();
    applyFonts();
}

bool WelcomePage::showsAtStart()
{
    return QSettings().value(showAtStartKey(), true).toBool();
}

void WelcomePage::setLastAtlas(const QString &path, const QString &title)
{
    const bool exists = !path.isEmpty() && QFileInfo::exists(path);
    m_lastAtlasPath = exists ? path : QString();
    m_lastAtlasTitle = exists ? (title.isEmpty() ? QFileInfo(path).completeBaseName() : title) : QString();
    m_continue->setVisible(exists);
    retranslate();
    updateDefaultChoice();
}

void WelcomePage::loadSettings()
{
    QSettings settings;
    setLastAtlas(settings.value(QStringLiteral("lastAtlas")).toString(),
                 settings.value(QStringLiteral("lastAtlasTitle")).toString());
    m_writesSettings = false;
    m_showAtStart->setChecked(!showsAtStart());
    m_writesSettings = true;
}

void WelcomePage::setFontScale(qreal scale)
{
    m_fontScale = scale;
    applyFonts();
}

QAbstractButton *WelcomePage::defaultChoice() const
{
    return m_lastAtlasPath.isEmpty() ? static_cast<QAbstractButton *>(m_sample) : m_continue;
}

void WelcomePage::focusDefaultChoice()
{
    defaultChoice()->setFocus(Qt::OtherFocusReason);
}

void WelcomePage::updateDefaultChoice()
{
    m_continue->setDefault(defaultChoice() == m_continue);
    m_sample->setDefault(defaultChoice() == m_sample);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::keyPressEvent(QKeyEvent *event)
{
    // Enter anywhere else on the page (the check box, say) takes the default.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        defaultChoice()->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Annals"));
    m_explanation->setText(tr("Annals shows events on a zoomable timeline beside a graph of who stood with whom "
                              "at each date.\nStudents explore an atlas and add events; teachers prepare atlases "
                              "and present them to a class."));

    updateContinueText();
    m_continue->setDescription(displayedPath(m_lastAtlasPath));
    m_continue->setAccessibleName(tr("Continue with “%1”").arg(m_lastAtlasTitle));
    m_continue->setToolTip(tr("Reopen the atlas you used last, “%1”: %2")
                               .arg(m_lastAtlasTitle, displayedPath(m_lastAtlasPath)));

    m_sample->setText(tr("Explore the &Sample Atlas"));
    m_sample->setDescription(tr("“Korea and the great powers, 1945–2025”: your own copy, to look through and change."));
    m_sample->setAccessibleName(tr("Explore the Sample Atlas"));
    m_sample->setToolTip(tr("Open your copy of the sample atlas; changes to it never touch the original"));

    m_newAtlas->setText(tr("&New Empty Atlas…"));
    m_newAtlas->setDescription(tr("Start an atlas of your own, then add its events, actors and relations."));
    m_newAtlas->setAccessibleName(tr("New Empty Atlas"));
    m_newAtlas->setToolTip(tr("Choose where to save a new, empty atlas (also File ▸ New)"));

    m_open->setText(tr("&Open an Atlas File…"));
    m_open->setDescription(tr("An .annals file from your teacher, a classmate or your own work."));
    m_open->setAccessibleName(tr("Open an Atlas File"));
    m_open->setToolTip(tr("Choose an atlas file to open (also File ▸ Open)"));

    m_showAtStart->setText(tr("&Don't show this page at start"));
    m_showAtStart->setAccessibleName(tr("Don't show this page at start"));
    m_showAtStart->setToolTip(tr("When ticked, Annals starts with the atlas you used last. This page still "
                                 "appears whenever no atlas is open."));
}

void WelcomePage::updateContinueText()
{
    // A button's title does not wrap: a long atlas title is shortened to the
    // room there is (the tooltip and the accessible name keep all of it).
    const QString text = tr("&Continue with “%1”");
    QFont titleFont = m_continue->font();
    titleFont.setBold(true);
    const QFontMetrics metrics(titleFont);
    // The button's arrow and margins, which do not grow with the text.
    constexpr int buttonDecorationPixels = 48;
    // Until the layout has placed it, the button has no width to go by.
    const int buttonWidth = m_continue->testAttribute(Qt::WA_Resized) ? m_continue->width() : m_column->maximumWidth();
    const int room = buttonWidth - buttonDecorationPixels
        - metrics.horizontalAdvance(QString(text).remove(QLatin1Char('&')).arg(QString()));
    QString title = metrics.elidedText(m_lastAtlasTitle, Qt::ElideRight, std::max(room, 0));
    title.replace(QLatin1Char('&'), QStringLiteral("&&"));
    m_continue->setText(text.arg(title));
}

bool WelcomePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_continue && event->type() == QEvent::Resize)
        updateContinueText();
    return QWidget::eventFilter(watched, event);
}

void WelcomePage::applyFonts()
{
    // Fonts are set on each widget: QCommandLinkButton otherwise draws its
    // title at a fixed point size that ignores the text size.
    QFont body = m_baseFont;
    body.setPointSizeF(m_baseFont.pointSizeF() * m_fontScale);
    QFont title = body;
    title.setPointSizeF(body.pointSizeF() * titleFontFactor);
    title.setBold(true);
    // Only the size: the button makes its title bold and its description
    // plain from this font, and a weight set here would override both.
    QFont choice = body;
    choice.setPointSizeF(body.pointSizeF() * choiceFontFactor);
    m_title->setFont(title);
    m_explanation->setFont(body);
    m_showAtStart->setFont(body);
    for (QCommandLinkButton *button : {m_continue, m_sample, m_newAtlas, m_open})
        button->setFont(choice);
    m_column->setMaximumWidth(QFontMetrics(body).averageCharWidth() * columnWidthInCharacters);
    updateContinueText();
}

} // namespace Annals
