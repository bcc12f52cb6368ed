// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationwindow.h"

#include "eventindex.h"
#include "graphview.h"
#include "timelineview.h"
#include "tournavigator.h"
#include "viewstate.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>
#include <cmath>

namespace Annals {

namespace {

constexpr qreal minimumFontScale = 1.0;
constexpr qreal maximumFontScale = 4.0;
constexpr qreal fontScaleStep = 0.25;

const Event *findEvent(const AtlasData &data, ItemId id)
{
    const auto found = std::find_if(data.events.cbegin(), data.events.cend(), [id](const Event &event) { return event.id == id; });
    return found == data.events.cend() ? nullptr : &*found;
}

QString datesOf(const TimeSpan &when)
{
    if (!when.hasEnd())
        return when.start.toDisplayString();
    return QCoreApplication::translate("Annals::PresentationWindow", "%1 – %2")
        .arg(when.start.toDisplayString(), when.end.toDisplayString());
}

// Nothing inside may take the keyboard: every key is the clicker's.
void keepKeysAway(QWidget *widget)
{
    widget->setFocusPolicy(Qt::NoFocus);
    const auto children = widget->findChildren<QWidget *>();
    for (QWidget *child : children)
        child->setFocusPolicy(Qt::NoFocus);
}

// 200 % on 1080 lines, in proportion elsewhere, before rounding to a step.
qreal proportionalFontScale(int height)
{
    return PresentationWindow::defaultFontScale * std::max(height, 1) / 1080.0;
}

} // namespace

PresentationWindow::PresentationWindow(const AtlasData *atlasData, std::shared_ptr<const EventIndex> index, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_data(atlasData)
    , m_state(new ViewState(this))
    , m_navigator(new TourNavigator(this))
    , m_views(new QSplitter(Qt::Horizontal, this))
    , m_timeline(new TimelineView(m_views))
    , m_graph(new GraphView(m_views))
    , m_captionBox(new QWidget(this))
    , m_heading(new QLabel(m_captionBox))
    , m_caption(new QLabel(m_captionBox))
    , m_counter(new QLabel(m_captionBox))
    , m_blank(new QWidget(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Presenting — Annals"));
    setAccessibleName(tr("Presentation"));
    setAccessibleDescription(tr("Page Down or Right: next step; Page Up or Left: previous; B: blank the screen; Esc: leave"));
    setFocusPolicy(Qt::StrongFocus);

    m_timeline->setAtlas(atlasData, std::move(index));
    m_timeline->setViewState(m_state);
    m_timeline->setLegendVisible(false);
    m_graph->setLegendVisible(false);
    m_graph->setKeyHintsShown(false);
    m_graph->setAtlas(atlasData);
    m_graph->setViewState(m_state);
    m_views->addWidget(m_timeline);
    m_views->addWidget(m_graph);
    // Halves: on a projector the graph carries as much of the story.
    m_views->setStretchFactor(0, 1);
    m_views->setStretchFactor(1, 1);
    m_views->setChildrenCollapsible(false);
    m_timeline->installEventFilter(this);

    m_heading->setObjectName(QStringLiteral("presentationHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_caption->setObjectName(QStringLiteral("presentationCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_counter->setObjectName(QStringLiteral("presentationCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_captionBox->setAutoFillBackground(true);
    m_captionBox->setBackgroundRole(QPalette::AlternateBase);

    auto *text = new QVBoxLayout;
    text->addWidget(m_heading);
    text->addWidget(m_caption, 1);
    auto *captionRow = new QHBoxLayout(m_captionBox);
    captionRow->addLayout(text, 1);
    captionRow->addWidget(m_counter, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_captionBox);

    // A blank screen is black whatever the theme: that is what a projector
    // showing nothing looks like.
    m_blank->setAutoFillBackground(true);
    QPalette black = m_blank->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_blank->setPalette(black);
    m_blank->setCursor(Qt::BlankCursor);
    m_blank->hide();

    keepKeysAway(m_views);
    keepKeysAway(m_captionBox);

    connect(m_navigator, &TourNavigator::currentStepChanged, this, &PresentationWindow::showStep);
    connect(m_navigator, &TourNavigator::typedNumberChanged, this, &PresentationWindow::updateCounter);
    connect(m_navigator, &TourNavigator::blankedChanged, this, [this](bool blanked) {
        m_blank->setGeometry(rect());
        m_blank->setVisible(blanked);
        m_blank->raise();
    });
    applyFonts();
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::setTour(const QString &title, const QList<TourStep> &steps, int startStep,
                                 std::pair<qint64, qint64> window, qint64 cursor)
{
    m_title = title;
    m_steps = steps;
    m_startWindow = window;
    m_startCursor = cursor;
    m_captionBox->setVisible(!steps.isEmpty());
    if (steps.isEmpty()) {
        m_navigator->reset(0);
        m_timeline->showWindow(window.first, window.second, false);
        m_state->setCursor(cursor);
    } else {
        m_navigator->reset(int(steps.size()), startStep);
        // reset() signals only a change of step; the first is shown either way.
        showStep(m_navigator->currentStep());
    }
    updateCounter();
}

qreal PresentationWindow::shareOfDefaultFor(int height, qreal scale)
{
    return scale / proportionalFontScale(height);
}

qreal PresentationWindow::defaultFontScaleFor(int height, qreal shareOfDefault)
{
    const qreal proportional = proportionalFontScale(height) * shareOfDefault;
    return std::clamp(std::round(proportional / fontScaleStep) * fontScaleStep, minimumFontScale, maximumFontScale);
}

void PresentationWindow::setFontScale(qreal scale)
{
    const qreal clamped = std::clamp(scale, minimumFontScale, maximumFontScale);
    if (qFuzzyCompare(clamped, m_fontScale))
        return;
    m_fontScale = clamped;
    applyFonts();
    Q_EMIT fontScaleChanged(m_fontScale);
}

void PresentationWindow::setAnimated(bool animated)
{
    m_animated = animated;
    m_timeline->setAnimated(animated);
    m_graph->setAnimated(animated);
}

void PresentationWindow::presentOn(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        setGeometry(screen->geometry());
        if (windowHandle())
            windowHandle()->setScreen(screen);
    }
    showFullScreen();
    activateWindow();
    setFocus(Qt::ActiveWindowFocusReason);
}

QScreen *PresentationWindow::chooseScreen(const QWidget *window, const QString &remembered)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        if (!remembered.isEmpty() && screen->name() == remembered)
            return screen;
    }
    QScreen *current = window ? window->screen() : QGuiApplication::primaryScreen();
    for (QScreen *screen : screens) {
        if (screen != current)
            return screen;
    }
    return current;
}

QString PresentationWindow::captionText() const
{
    return m_caption->text();
}

QString PresentationWindow::counterText() const
{
    return m_counter->text();
}

bool PresentationWindow::isBlanked() const
{
    return m_navigator->isBlanked();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (control && (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)) {
        setFontScale(m_fontScale + fontScaleStep);
        return;
    }
    if (control && event->key() == Qt::Key_Minus) {
        setFontScale(m_fontScale - fontScaleStep);
        return;
    }
    if (control && event->key() == Qt::Key_0) {
        setFontScale(defaultFontScaleFor(height()));
        return;
    }
    if (event->key() == Qt::Key_L && event->modifiers() == Qt::NoModifier) {
        m_legendsShown = !m_legendsShown;
        m_timeline->setLegendVisible(m_legendsShown);
        m_graph->setLegendVisible(m_legendsShown);
        return;
    }
    switch (m_navigator->handleKey(event->key(), event->modifiers(), event->text())) {
    case TourNavigator::KeyResult::Handled:
        event->accept();
        return;
    case TourNavigator::KeyResult::Leave:
        event->accept();
        close();
        return;
    case TourNavigator::KeyResult::Ignored:
        break;
    }
    QWidget::keyPressEvent(event);
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    if (!m_finished) {
        m_finished = true;
        Q_EMIT finished(m_state->windowStart(), m_state->windowEnd(), m_state->cursor(), m_state->selectedEvent());
    }
    QWidget::closeEvent(event);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_blank->setGeometry(rect());
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The timeline fits the whole atlas when it first gets a size; the step's
    // window goes on top of that, once the timeline has handled its resize.
    if (watched == m_timeline && event->type() == QEvent::Resize) {
        QMetaObject::invokeMethod(this, [this] {
            if (m_steps.isEmpty())
                m_timeline->showWindow(m_startWindow.first, m_startWindow.second, false);
            else if (m_navigator->currentStep() >= 0)
                showStep(m_navigator->currentStep());
        }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::showStep(int index)
{
    if (!m_data || index < 0 || index >= m_steps.size())
        return;
    const TourStep &step = m_steps.at(index);
    const TourStepView view = viewForStep(step, *m_data, {m_state->windowStart(), m_state->windowEnd()});
    m_timeline->showWindow(view.windowStart, view.windowEnd, m_animated && isVisible());
    m_state->setCursor(view.cursor);
    m_state->setSelectedEvent(view.eventId);
    // Focus, not selection: a selected actor would dim the timeline's other
    // events and put up a banner that speaks of Esc, which leaves here.
    const Event *event = view.eventId ? findEvent(*m_data, view.eventId) : nullptr;
    QList<ItemId> eventActors;
    if (event) {
        for (const EventActor &actor : event->actors)
            eventActors.append(actor.actorId);
    }
    if (view.focusActorId)
        m_graph->focusOn(view.focusActorId, 1, eventActors);
    else if (!eventActors.isEmpty())
        m_graph->focusOn(eventActors.constFirst(), 1, eventActors);
    else
        m_graph->leaveFocus();

    m_heading->setText(event ? tr("%1 · %2").arg(event->title, datesOf(event->when)) : m_title);
    m_caption->setText(step.caption);
    m_caption->setVisible(!step.caption.isEmpty());
    updateCounter();
}

void PresentationWindow::updateCounter()
{
    const QString typed = m_navigator->typedNumber();
    if (!typed.isEmpty())
        m_counter->setText(tr("Go to step %1 …").arg(typed));
    else if (m_navigator->stepCount() > 0)
        m_counter->setText(tr("%1 / %2").arg(m_navigator->currentStep() + 1).arg(m_navigator->stepCount()));
    else
        m_counter->clear();
    m_counter->setAccessibleName(m_navigator->stepCount() > 0
                                     ? tr("Step %1 of %2").arg(m_navigator->currentStep() + 1).arg(m_navigator->stepCount())
                                     : QString());
}

void PresentationWindow::applyFonts()
{
    m_timeline->setFontScale(m_fontScale);
    m_graph->setFontScale(m_fontScale);
    QFont base = QApplication::font();
    const qreal size = base.pointSizeF() > 0 ? base.pointSizeF() : 10.0;
    QFont caption = base;
    caption.setPointSizeF(size * m_fontScale * 1.2);
    m_caption->setFont(caption);
    QFont heading = caption;
    heading.setBold(true);
    heading.setPointSizeF(size * m_fontScale * 1.35);
    m_heading->setFont(heading);
    QFont counter = base;
    counter.setPointSizeF(size * m_fontScale);
    m_counter->setFont(counter);
    const int margin = int(12 * m_fontScale);
    m_captionBox->layout()->setContentsMargins(margin * 2, margin, margin * 2, margin);
}

} // namespace Annals
