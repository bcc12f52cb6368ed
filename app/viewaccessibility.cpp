// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewaccessibility.h"

#include "alliancegraph.h"
#include "eventtablemodel.h"
#include "graphview.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QPointer>

#include <algorithm>
#include <utility>

namespace Annals {

namespace {

Announce g_announce = &QAccessible::updateAccessibility;

// Kept as a child of the view, so that its interface finds the view state the
// view was given and the connections end with the view.
class SelectionAnnouncer : public QObject
{
    Q_OBJECT

public:
    explicit SelectionAnnouncer(QWidget *view)
        : QObject(view)
    {
    }

    void follow(ViewState *state)
    {
        if (m_state)
            disconnect(m_state, nullptr, this, nullptr);
        m_state = state;
        if (!state)
            return;
        for (auto changed : {&ViewState::selectedEventChanged, &ViewState::selectedActorChanged,
                             &ViewState::selectedRelationChanged})
            connect(state, changed, this, &SelectionAnnouncer::announce);
    }

    ViewState *state() const { return m_state; }

private:
    // Only what changes this view's description: picking an actor says
    // nothing new about the timeline's selected event.
    void announce()
    {
        QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(parent());
        const QString described = interface ? interface->text(QAccessible::Description) : QString();
        if (described == m_described)
            return;
        m_described = described;
        QAccessibleEvent event(parent(), QAccessible::DescriptionChanged);
        g_announce(&event);
    }

    QPointer<ViewState> m_state;
    QString m_described;
};

ViewState *viewStateOf(const QWidget *view)
{
    const auto *announcer = view->findChild<SelectionAnnouncer *>(QString(), Qt::FindDirectChildrenOnly);
    return announcer ? announcer->state() : nullptr;
}

QString yearsText(qint64 from, qint64 to)
{
    const QString first = HistoricalDate(from, Precision::Year).toDisplayString();
    const QString last = HistoricalDate(std::max(from, to - 1), Precision::Year).toDisplayString();
    return first == last ? first : QCoreApplication::translate("Annals::ViewAccessibility", "%1 – %2").arg(first, last);
}

// An open span read as a single date would say the relation lasted a day.
QString lastingText(const TimeSpan &when)
{
    if (!when.start.isValid())
        return {};
    if (when.hasEnd())
        return EventTableModel::whenText(when);
    return QCoreApplication::translate("Annals::ViewAccessibility", "since %1").arg(when.start.toDisplayString());
}

// What both views tell: the period shown, then what is selected.
class ViewAccessible : public QAccessibleWidget
{
public:
    explicit ViewAccessible(QWidget *view)
        : QAccessibleWidget(view, QAccessible::Chart)
    {
    }

    QString text(QAccessible::Text kind) const override
    {
        switch (kind) {
        case QAccessible::Name:
            return name();
        case QAccessible::Description:
        case QAccessible::Value:
            return selection();
        case QAccessible::Help:
            // How to use it: what the view's own description said before the selection took its place.
            return widget()->accessibleDescription();
        default:
            return QAccessibleWidget::text(kind);
        }
    }

protected:
    virtual QString name() const = 0;
    virtual QString selection() const = 0;
};

class TimelineAccessible : public ViewAccessible
{
public:
    explicit TimelineAccessible(TimelineView *view)
        : ViewAccessible(view)
    {
    }

private:
    TimelineView *view() const { return static_cast<TimelineView *>(widget()); }

    QString name() const override
    {
        const ViewState *state = viewStateOf(view());
        if (!state || state->windowEnd() <= state->windowStart() || !view()->canvas().data())
            return view()->accessibleName();
        return QCoreApplication::translate("Annals::ViewAccessibility", "%1, %2")
            .arg(view()->accessibleName(), yearsText(state->windowStart(), state->windowEnd()));
    }

    QString selection() const override
    {
        const ViewState *state = viewStateOf(view());
        const AtlasData *data = view()->canvas().data();
        const ItemId id = state ? state->selectedEvent() : 0;
        if (data && id != 0) {
            const auto found = std::find_if(data->events.cbegin(), data->events.cend(),
                                            [id](const Event &event) { return event.id == id; });
            if (found != data->events.cend())
                return QCoreApplication::translate("Annals::ViewAccessibility", "%1, %2")
                    .arg(found->title, EventTableModel::whenText(found->when));
        }
        return QCoreApplication::translate("Annals::ViewAccessibility", "No event selected");
    }
};

class GraphAccessible : public ViewAccessible
{
public:
    explicit GraphAccessible(GraphView *view)
        : ViewAccessible(view)
    {
    }

private:
    GraphView *view() const { return static_cast<GraphView *>(widget()); }

    QString name() const override
    {
        const ViewState *state = viewStateOf(view());
        if (!state || !view()->graph())
            return view()->accessibleName();
        const QString when = view()->showsWholeWindow()
            ? yearsText(state->windowStart(), state->windowEnd())
            : HistoricalDate(state->cursor(), Precision::Day).toDisplayString();
        return QCoreApplication::translate("Annals::ViewAccessibility", "%1, %2").arg(view()->accessibleName(), when);
    }

    QString selection() const override
    {
        const ViewState *state = viewStateOf(view());
        const AllianceGraph *graph = view()->graph();
        if (state && graph) {
            const qint64 time = state->cursor();
            const QList<Relation> &relations = graph->relations();
            const ItemId relationId = state->selectedRelation();
            const auto relation = std::find_if(relations.cbegin(), relations.cend(),
                                               [relationId](const Relation &item) { return item.id == relationId; });
            if (relationId != 0 && relation != relations.cend())
                return QCoreApplication::translate("Annals::ViewAccessibility", "%1: %2 and %3, %4")
                    .arg(view()->canvas().relationTitle(*relation), graph->nameAt(relation->sourceId, time),
                         graph->nameAt(relation->targetId, time), lastingText(relation->when));
            const QList<Actor> &actors = graph->actors();
            const ItemId actorId = state->selectedActor();
            const auto actor = std::find_if(actors.cbegin(), actors.cend(),
                                            [actorId](const Actor &item) { return item.id == actorId; });
            if (actorId != 0 && actor != actors.cend()) {
                const QString lasting = lastingText(TimeSpan{actor->start, actor->end});
                const QString kindName = actorKindName(actor->kind, KindNameForm::InText);
                return lasting.isEmpty()
                    ? QCoreApplication::translate("Annals::ViewAccessibility", "%1, %2")
                          .arg(graph->nameAt(actorId, time), kindName)
                    : QCoreApplication::translate("Annals::ViewAccessibility", "%1, %2, %3")
                          .arg(graph->nameAt(actorId, time), kindName, lasting);
            }
        }
        return QCoreApplication::translate("Annals::ViewAccessibility", "No actor or relation selected");
    }
};

QAccessibleInterface *viewInterface(const QString &, QObject *object)
{
    if (auto *timeline = qobject_cast<TimelineView *>(object))
        return new TimelineAccessible(timeline);
    if (auto *graph = qobject_cast<GraphView *>(object))
        return new GraphAccessible(graph);
    return nullptr;
}

// Before any widget exists: Qt keeps the first interface it makes for an
// object, so a factory installed later could miss a view already asked about.
void installViewInterfaces()
{
    QAccessible::installFactory(viewInterface);
}
Q_CONSTRUCTOR_FUNCTION(installViewInterfaces)

bool takesFocus(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

QWidget *focusTargetIn(QWidget *area)
{
    if (QWidget *proxy = area->focusProxy(); proxy && takesFocus(proxy))
        return proxy;
    if (takesFocus(area))
        return area;
    // The focus chain is the tab order: its first member inside the area.
    for (QWidget *next = area->nextInFocusChain(); next && next != area; next = next->nextInFocusChain()) {
        if (area->isAncestorOf(next) && takesFocus(next))
            return next;
    }
    return nullptr;
}

} // namespace

void announceSelectionChanges(QWidget *view, ViewState *state)
{
    auto *announcer = view->findChild<SelectionAnnouncer *>(QString(), Qt::FindDirectChildrenOnly);
    if (!announcer)
        announcer = new SelectionAnnouncer(view);
    announcer->follow(state);
}

Announce setAnnounce(Announce announce)
{
    return std::exchange(g_announce, announce ? announce : &QAccessible::updateAccessibility);
}

QWidget *focusNextArea(const QList<QWidget *> &areas, int step)
{
    if (areas.isEmpty())
        return nullptr;
    const QWidget *focused = QApplication::focusWidget();
    const auto holder = std::find_if(areas.cbegin(), areas.cend(), [focused](const QWidget *area) {
        return focused && (area == focused || area->isAncestorOf(focused));
    });
    const qsizetype count = areas.size();
    // With the focus outside them all, F6 goes to the first area, Shift+F6 to the last.
    const qsizetype from = holder == areas.cend() ? (step > 0 ? count - 1 : 0) : holder - areas.cbegin();
    for (qsizetype offset = 1; offset <= count; ++offset) {
        QWidget *area = areas.at(((from + step * offset) % count + count) % count);
        if (!area->isVisible())
            continue;
        if (QWidget *target = focusTargetIn(area)) {
            target->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return area;
        }
    }
    return nullptr;
}

QString withMnemonic(const QString &text, QString *taken)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
    const auto isFree = [taken](QChar letter) { return letter.isLetter() && !taken->contains(letter.toLower()); };
    qsizetype chosen = -1;
    for (qsizetype at = 0; at < escaped.size() && chosen < 0; ++at) {
        const bool startsWord = at == 0 || escaped.at(at - 1).isSpace();
        if (startsWord && isFree(escaped.at(at)))
            chosen = at;
    }
    for (qsizetype at = 0; at < escaped.size() && chosen < 0; ++at) {
        if (isFree(escaped.at(at)))
            chosen = at;
    }
    if (chosen < 0)
        return escaped;
    taken->append(escaped.at(chosen).toLower());
    return escaped.insert(chosen, QLatin1Char('&'));
}

} // namespace Annals

#include "viewaccessibility.moc"
