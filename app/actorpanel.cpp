// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorpanel.h"

#include "activitychart.h"
#include "standingchart.h"
#include "viewstate.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Annals {

namespace {

constexpr qint64 earliest = std::numeric_limits<qint64>::min();
constexpr qint64 latest = std::numeric_limits<qint64>::max();

// The chart's colours, for the swatches beside the names.
const QColor allyColour(0x00, 0x72, 0xb2);
const QColor rivalColour(0xd5, 0x5e, 0x00);

const char fullNameProperty[] = "fullName";

QString dayText(qint64 time)
{
    return HistoricalDate(time, Precision::Day).toDisplayString();
}

// When a peak was first reached, as a student would say it: the year.
QString yearText(qint64 time)
{
    return time == earliest ? ActorPanel::tr("the start") : HistoricalDate(time, Precision::Year).toDisplayString();
}

QString lifespanText(const Actor &actor)
{
    const bool person = actor.kind == ActorKind::Person;
    const QString start = actor.start.toDisplayString();
    const QString end = actor.end.toDisplayString();
    if (actor.start.isValid() && actor.end.isValid())
        return person ? ActorPanel::tr("born %1, died %2").arg(start, end) : ActorPanel::tr("%1 – %2").arg(start, end);
    if (actor.start.isValid())
        return person ? ActorPanel::tr("born %1").arg(start) : ActorPanel::tr("since %1").arg(start);
    if (actor.end.isValid())
        return person ? ActorPanel::tr("died %1").arg(end) : ActorPanel::tr("until %1").arg(end);
    return {};
}

QString spanText(const TimeSpan &when)
{
    if (!when.start.isValid())
        return when.hasEnd() ? ActorPanel::tr("until %1").arg(when.end.toDisplayString()) : QString();
    if (!when.hasEnd())
        return ActorPanel::tr("since %1").arg(when.start.toDisplayString());
    if (when.end == when.start)
        return when.start.toDisplayString();
    return ActorPanel::tr("%1 – %2").arg(when.start.toDisplayString(), when.end.toDisplayString());
}

// A small key beside each name, drawn as the chart draws that side: a solid
// blue block for allies, a hatched, dashed vermilion one for rivals.
QIcon swatch(bool allies, int size, qreal pixelRatio)
{
    QPixmap pixmap(QSize(size, size) * pixelRatio);
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QRectF box(size * 0.1, size * 0.25, size * 0.8, size * 0.5);
    const qreal stroke = std::max(1.0, size / 10.0);
    if (allies) {
        QColor fill = allyColour;
        fill.setAlphaF(0.45);
        painter.fillRect(box, fill);
        painter.setPen(QPen(allyColour, stroke));
    } else {
        painter.fillRect(box, QBrush(rivalColour, Qt::BDiagPattern));
        painter.setPen(QPen(rivalColour, stroke, Qt::DashLine));
    }
    painter.drawRect(box);
    return QIcon(pixmap);
}

void clearBox(QVBoxLayout *box)
{
    while (QLayoutItem *item = box->takeAt(0)) {
        // Later: the click that selected another actor may still be running
        // inside one of these buttons.
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    // Names and labels come from the atlas: shown, never interpreted.
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ActorPanel::ActorPanel(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_details(new QWidget)
    , m_hint(wrappingLabel(this))
    , m_title(wrappingLabel(m_details))
    , m_facts(wrappingLabel(m_details))
    , m_sentence(wrappingLabel(m_details))
    , m_alliesHeading(new QLabel(tr("Allies"), m_details))
    , m_alliesBox(new QVBoxLayout)
    , m_rivalsHeading(new QLabel(tr("Rivals"), m_details))
    , m_rivalsBox(new QVBoxLayout)
    , m_bothSides(wrappingLabel(m_details))
    , m_chart(new StandingChart(m_details))
    , m_change(wrappingLabel(m_details))
    , m_activityHeading(new QLabel(tr("Events in view"), m_details))
    , m_activity(new ActivityChart(m_details))
{
    m_hint->setText(tr("Select an actor in the graph or the event list to see who stood with them."));
    m_title->setAccessibleName(tr("Selected actor"));
    m_scroll->setAccessibleName(tr("Actor"));
    m_sentence->setAccessibleName(tr("Allies and rivals at the date"));
    m_change->setAccessibleName(tr("Most allies and rivals"));
    m_bothSides->setAccessibleName(tr("On both sides"));
    m_alliesHeading->setToolTip(tr("Actors joined to this one on this date by an alliance, a treaty, aid or a summit "
                                   "that the atlas marks as friendly."));
    m_rivalsHeading->setToolTip(tr("Actors joined to this one on this date by any tie that the atlas marks as "
                                   "hostile: rivalry, sanctions, war and the like."));
    m_chart->setToolTip(tr("Allies above the line, rivals below it, across the whole atlas. Click or drag to move "
                           "the date; Left and Right jump to the previous or next change."));
    m_activityHeading->setToolTip(tr("How many of this actor's events begin in each period of the timeline's "
                                     "window. Click a bar, or press Enter on it, to show that period."));
    m_alliesBox->setSpacing(0);
    m_rivalsBox->setSpacing(0);

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(m_title);
    details->addWidget(m_facts);
    details->addSpacing(4);
    details->addWidget(m_sentence);
    details->addWidget(m_chart);
    details->addWidget(m_change);
    details->addSpacing(4);
    details->addWidget(m_activityHeading);
    details->addWidget(m_activity);
    details->addSpacing(4);
    details->addWidget(m_alliesHeading);
    details->addLayout(m_alliesBox);
    details->addWidget(m_rivalsHeading);
    details->addLayout(m_rivalsBox);
    details->addWidget(m_bothSides);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_hint);
    pageLayout->addWidget(m_details);
    pageLayout->addStretch(1);
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    connect(m_chart, &StandingChart::timePicked, this, [this](qint64 time) {
        if (m_state)
            m_state->setCursor(time);
    });
    connect(m_activity, &ActivityChart::periodActivated, this, [this](qint64 from, qint64 to) {
        if (m_state)
            m_state->setWindow(from, to);
    });
    applyFonts();
    showActor(0);
}

ActorPanel::~ActorPanel() = default;

void ActorPanel::setAtlas(const AtlasData *atlasData, std::shared_ptr<const EventIndex> eventIndex)
{
    const bool bars = atlasData && eventIndex;
    m_activity->setIndex(bars ? std::move(eventIndex) : std::shared_ptr<const EventIndex>());
    m_activityHeading->setVisible(bars);
    m_activity->setVisible(bars);
    m_data = atlasData;
    m_standing = atlasData ? ActorStanding(*atlasData, m_state ? m_state->filter() : ViewFilter{}) : ActorStanding();
    m_names = atlasData ? ActorNames(*atlasData) : ActorNames();
    const auto span = atlasData ? atlasTimeSpan(*atlasData) : std::nullopt;
    m_chart->setSpan(span ? span->first : 0, span ? span->second : 0);
    m_chart->setVisible(span.has_value());
    showActor(m_state ? m_state->selectedActor() : 0);
}

void ActorPanel::setEventIndex(std::shared_ptr<const EventIndex> eventIndex)
{
    if (m_data && eventIndex)
        m_activity->setIndex(std::move(eventIndex));
}

void ActorPanel::setViewState(ViewState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (m_state) {
        connect(m_state, &ViewState::cursorChanged, this, [this] { showCursor(); });
        connect(m_state, &ViewState::selectedActorChanged, this, [this](ItemId id) { showActor(id); });
        connect(m_state, &ViewState::windowChanged, m_activity, &ActivityChart::setWindow);
        // Allies and rivals are counted among the relations the filter shows,
        // as the graph draws them.
        connect(m_state, &ViewState::filterChanged, this, [this](const ViewFilter &filter) {
            if (!m_data)
                return;
            m_standing = ActorStanding(*m_data, filter);
            showActor(m_actor);
        });
        m_activity->setWindow(m_state->windowStart(), m_state->windowEnd());
    }
    showActor(m_state ? m_state->selectedActor() : 0);
}

void ActorPanel::setFontScale(qreal scale)
{
    if (m_baseFontSize <= 0)
        m_baseFontSize = font().pointSizeF();
    m_fontScale = scale;
    QFont scaled = font();
    scaled.setPointSizeF(m_baseFontSize * scale);
    setFont(scaled);
    applyFonts();
    m_linksShown.clear(); // the swatches follow the type size
    showCursor();
}

void ActorPanel::applyFonts()
{
    const QFont base = font();
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(base.pointSizeF() * 1.3);
    m_title->setFont(title);
    QFont bold = base;
    bold.setBold(true);
    m_alliesHeading->setFont(bold);
    m_rivalsHeading->setFont(bold);
    QFont italic = base;
    italic.setItalic(true);
    m_hint->setFont(italic);
    m_bothSides->setFont(italic);
    m_activityHeading->setFont(bold);
    // Narrow enough for a dock beside the timeline at 1366×768, wide enough
    // for "United Nations Security Council" in the panel's type.
    m_scroll->setMinimumWidth(QFontMetrics(base).averageCharWidth() * 30);
}

bool ActorPanel::isShowingHint() const
{
    return !m_hint->isHidden();
}

QString ActorPanel::title() const
{
    return m_actor ? m_title->text() : QString();
}

QString ActorPanel::sentence() const
{
    return m_actor ? m_sentence->text() : QString();
}

QString ActorPanel::changeSentence() const
{
    return m_actor ? m_change->text() : QString();
}

const Actor *ActorPanel::actor(ItemId id) const
{
    if (!m_data || id == 0)
        return nullptr;
    const auto found = std::find_if(m_data->actors.cbegin(), m_data->actors.cend(),
                                    [id](const Actor &candidate) { return candidate.id == id; });
    return found == m_data->actors.cend() ? nullptr : &*found;
}

qint64 ActorPanel::cursor() const
{
    return m_state ? m_state->cursor() : 0;
}

void ActorPanel::showActor(ItemId actorId)
{
    m_actor = actor(actorId) ? actorId : 0;
    m_linksShown.clear();
    m_hint->setVisible(m_actor == 0);
    m_details->setVisible(m_actor != 0);
    m_points = m_actor ? m_standing.standingOverTime(m_actor) : std::vector<StandingPoint>{};
    m_chart->setPoints(m_points);
    m_activity->setActor(m_actor);
    if (!m_actor) {
        clearBox(m_alliesBox);
        clearBox(m_rivalsBox);
        m_allyLinks.clear();
        m_rivalLinks.clear();
        return;
    }

    const StandingSummary summary = ActorStanding::summarise(m_points);
    const QString allies = summary.peakAllies > 0
                               ? tr("Most allies: %1, from %2.").arg(summary.peakAllies).arg(yearText(summary.peakAlliesFrom))
                               : tr("No allies at any time in this atlas.");
    const QString rivals = summary.peakRivals > 0
                               ? tr("Most rivals: %1, from %2.").arg(summary.peakRivals).arg(yearText(summary.peakRivalsFrom))
                               : tr("No rivals at any time in this atlas.");
    m_change->setText(tr("%1 %2").arg(allies, rivals));
    m_change->setToolTip(m_points.empty()
                             ? QString()
                             : tr("The counts first change on %1 (%2, %3) and last on %4 (%5, %6).")
                                   .arg(summary.first.time == earliest ? yearText(earliest) : dayText(summary.first.time),
                                        tr("%n ally(s)", nullptr, summary.first.allies),
                                        tr("%n rival(s)", nullptr, summary.first.rivals),
                                        summary.last.time == earliest ? yearText(earliest) : dayText(summary.last.time),
                                        tr("%n ally(s)", nullptr, summary.last.allies),
                                        tr("%n rival(s)", nullptr, summary.last.rivals)));
    showCursor();
}

void ActorPanel::showCursor()
{
    const Actor *shown = actor(m_actor);
    if (!shown)
        return;
    const qint64 time = cursor();
    const QString name = m_names.nameAt(m_actor, time);
    m_title->setText(name);
    m_title->setToolTip(name == shown->name ? QString() : tr("Also known in this atlas as %1.").arg(shown->name));
    const QString lifespan = lifespanText(*shown);
    m_facts->setText(lifespan.isEmpty() ? actorKindName(shown->kind) : tr("%1 · %2").arg(actorKindName(shown->kind), lifespan));

    const QList<ItemId> allies = m_standing.alliesAt(m_actor, time);
    const QList<ItemId> rivals = m_standing.rivalsAt(m_actor, time);
    const QString date = dayText(time);
    const qint64 born = shown->start.isValid() ? shown->start.seconds() : earliest;
    const qint64 gone = shown->end.isValid() ? shown->end.periodEnd() : latest;
    const bool person = shown->kind == ActorKind::Person;
    if (time < born) {
        m_sentence->setText(person ? tr("On %1, %2 was not yet born.").arg(date, name)
                                   : tr("On %1, %2 did not exist yet.").arg(date, name));
    } else if (time >= gone) {
        m_sentence->setText(person ? tr("On %1, %2 was no longer alive.").arg(date, name)
                                   : tr("On %1, %2 no longer existed.").arg(date, name));
    } else {
        const bool filtered = m_state && !m_state->filter().isEmpty();
        m_sentence->setText((filtered ? tr("On %1, %2 had %3 and %4 among the relations shown.")
                                      : tr("On %1, %2 had %3 and %4 in this atlas."))
                                .arg(date, name, tr("%n ally(s)", nullptr, int(allies.size())),
                                     tr("%n rival(s)", nullptr, int(rivals.size()))));
    }

    QStringList both;
    for (const ItemId partner : allies) {
        if (rivals.contains(partner))
            both << m_names.nameAt(partner, time);
    }
    m_bothSides->setText(tr("On both lists: %1. Friendly and hostile ties held at the same time.")
                             .arg(QLocale().createSeparatedList(both)));
    m_bothSides->setVisible(!both.isEmpty());

    m_chart->setCursorTime(time);
    m_chart->setAccessibleDescription(m_sentence->text() + QLatin1Char(' ') + m_change->text());

    // Rebuilt only when who is listed, or why, changes: dragging the cursor
    // through a quiet decade leaves the buttons (and the focus) alone.
    QString shownNow;
    for (const QList<ItemId> *side : {&allies, &rivals}) {
        for (const ItemId partner : *side) {
            shownNow += m_names.nameAt(partner, time) + QLatin1Char('\n');
            for (const qsizetype relation : m_standing.tiesBetween(m_actor, partner, time))
                shownNow += QString::number(relation) + QLatin1Char(' ');
        }
        shownNow += QLatin1Char('|');
    }
    if (shownNow != m_linksShown) {
        m_linksShown = shownNow;
        fillLinks(m_alliesBox, m_allyLinks, allies, true, time);
        fillLinks(m_rivalsBox, m_rivalLinks, rivals, false, time);
    }
}

void ActorPanel::fillLinks(QVBoxLayout *box, QList<QAbstractButton *> &links, const QList<ItemId> &partners,
                           bool allies, qint64 time)
{
    clearBox(box);
    links.clear();
    if (partners.isEmpty()) {
        auto *none = new QLabel(tr("None on this date."), m_details);
        QFont italic = font();
        italic.setItalic(true);
        none->setFont(italic);
        none->setIndent(fontMetrics().averageCharWidth());
        box->addWidget(none);
        none->show();
        return;
    }
    QList<ItemId> sorted = partners;
    std::sort(sorted.begin(), sorted.end(), [this, time](ItemId a, ItemId b) {
        return QString::localeAwareCompare(m_names.nameAt(a, time), m_names.nameAt(b, time)) < 0;
    });
    const int iconSize = fontMetrics().height();
    const QIcon icon = swatch(allies, iconSize, devicePixelRatioF());
    for (const ItemId partner : sorted) {
        const QString name = m_names.nameAt(partner, time);
        QStringList why;
        for (const qsizetype index : m_standing.tiesBetween(m_actor, partner, time)) {
            const Relation &relation = m_data->relations[index];
            // A partner on both lists: each list says only its own ties.
            if (allies != ActorStanding::countsAsAlly(relation))
                continue;
            const QString when = spanText(relation.when);
            const QString what = relation.label.isEmpty() ? relationKindName(relation.kind)
                                                          : tr("%1: %2").arg(relationKindName(relation.kind), relation.label);
            why << (when.isEmpty() ? what : tr("%1 (%2)").arg(what, when));
        }
        auto *link = new QToolButton(m_details);
        link->setAutoRaise(true);
        link->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        link->setIcon(icon);
        link->setIconSize(QSize(iconSize, iconSize));
        link->setCursor(Qt::PointingHandCursor);
        // Drawn as a link, so that students see the name leads somewhere.
        QPalette palette = link->palette();
        palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
        link->setPalette(palette);
        QFont underlined = font();
        underlined.setUnderline(true);
        link->setFont(underlined);
        link->setProperty(fullNameProperty, name);
        link->setText(name);
        link->setAccessibleName(allies ? tr("Ally: %1").arg(name) : tr("Rival: %1").arg(name));
        link->setToolTip(why.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("Click to select %1.").arg(name));
        link->setAccessibleDescription(link->toolTip());
        connect(link, &QToolButton::clicked, this, [this, partner] {
            if (m_state)
                m_state->setSelectedActor(partner);
        });
        box->addWidget(link, 0, Qt::AlignLeft);
        // A child added to a parent already on screen stays hidden until the
        // layout's queued show: tests and screen readers would find it hidden.
        link->show();
        links << link;
    }
    elideLinks();
}

void ActorPanel::elideLinks()
{
    // What is left of the viewport once the icon, the button's padding and
    // the layout's margins are paid for; the full name is in the tooltip.
    const QFontMetrics metrics = fontMetrics();
    const int available = m_scroll->viewport()->width() - metrics.height() * 3;
    for (QAbstractButton *link : m_allyLinks + m_rivalLinks) {
        const QString name = link->property(fullNameProperty).toString();
        link->setText(metrics.elidedText(name, Qt::ElideRight, std::max(available, metrics.averageCharWidth() * 8)));
    }
}

bool ActorPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        elideLinks();
    return QWidget::eventFilter(watched, event);
}

} // namespace Annals
