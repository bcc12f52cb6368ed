// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspanel.h"


#include <QDesktopServices>
#include <QHash>
#include <QLocale>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <utility>

namespace Annals {

namespace {

const QString itemScheme = QStringLiteral("annals");

// In the order of Precision: how finely a date is known, said plainly,
// because "1950s" alone does not tell a student whether the year is lost.
constexpr std::array<const char *, 10> precisionNames = {
    QT_TRANSLATE_NOOP("Annals::DetailsPanel", "to a billion years"),
    QT_TRANSLATE_NOOP("Annals::DetailsPanel", "to a million years"),
    QT_TRANSLATE_NOOP("Annals::DetailsPanel", "to a thousand years"),
    QT_TRANSLATE_NOOP("Annals::DetailsPanel", "to the century"),
    QT_TRANSLATE_NOOP("Annals::DetailsPanel", "to the decade"),
    QT_TRANSLATE_NOOP("Annals::DetailsPanel", "to the year"),
    QT_TRANSLATE_NOOP("Annals::DetailsPanel", "to the month"),
    QT_TRANSLATE_NOOP("Annals::DetailsPanel", "to the day"),
    QT_TRANSLATE_NOOP("Annals::DetailsPanel", "to the hour"),
    QT_TRANSLATE_NOOP("Annals::DetailsPanel", "to the minute"),
};

template<std::size_t N>
QString nameFrom(const std::array<const char *, N> &names, std::size_t index)
{
    return index < N ? DetailsPanel::tr(names[index]) : QString();
}

QString precisionText(const HistoricalDate &date)
{
    return nameFrom(precisionNames, std::size_t(date.precision()));
}

QString esc(const QString &text)
{
    return SafeMarkdown::escaped(text);
}

QString link(const QUrl &url, const QString &escapedText)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), escapedText);
}

QString section(const QString &heading, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    return QStringLiteral("<h4>%1</h4><ul><li>%2</li></ul>").arg(esc(heading), items.join(QStringLiteral("</li><li>")));
}

QString spanText(const TimeSpan &when, bool openMeansOngoing)
{
    if (!when.start.isValid())
        return {};
    if (!when.hasEnd())
        return openMeansOngoing ? DetailsPanel::tr("since %1").arg(when.start.toDisplayString()) : when.start.toDisplayString();
    if (when.end == when.start)
        return when.start.toDisplayString();
    return DetailsPanel::tr("%1 – %2").arg(when.start.toDisplayString(), when.end.toDisplayString());
}

template<typename Item>
const Item *findById(const QList<Item> &items, ItemId id)
{
    const auto found = std::find_if(items.cbegin(), items.cend(), [id](const Item &item) { return item.id == id; });
    return found != items.cend() && id != 0 ? &*found : nullptr;
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_document(new ResourceFreeDocument(m_browser))
{
    // An atlas can come from anyone: a remote image would tell its server who
    // opened the file and when, a local one could show files it should not.
    // The document refuses every resource, whatever survived SafeMarkdown.
    m_browser->setDocument(m_document);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setAccessibleName(tr("Details"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailsPanel::followLink);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    showHint();
}

void DetailsPanel::setAtlasData(const AtlasData *atlasData)
{
    m_data = atlasData;
    m_actorNames = atlasData ? ActorNames(*atlasData) : ActorNames();
    showHint();
}

int DetailsPanel::refusedResourceRequests() const
{
    return m_document->refusedRequests();
}

QString DetailsPanel::text() const
{
    return m_browser->toPlainText();
}

void DetailsPanel::setFontScale(qreal scale)
{
    if (m_baseFontSize <= 0)
        m_baseFontSize = font().pointSizeF();
    QFont scaled = font();
    scaled.setPointSizeF(m_baseFontSize * scale);
    setFont(scaled);
    // The gaps between the parts are in pixels: measure them again.
    if (m_shownEvent != 0)
        displayEvent(m_shownEvent);
    else if (m_shownActor != 0)
        displayActor(m_shownActor);
    else if (m_shownSource != 0)
        displaySource(m_shownSource);
}

QUrl DetailsPanel::itemUrl(const QString &kind, ItemId id)
{
    QUrl url;
    url.setScheme(itemScheme);
    url.setPath(QStringLiteral("%1/%2").arg(kind).arg(id));
    return url;
}

void DetailsPanel::followLink(const QUrl &url)
{
    if (url.scheme() == itemScheme) {
        const QStringList parts = url.path().split(QLatin1Char('/'));
        bool ok = false;
        const ItemId id = parts.size() == 2 ? parts.at(1).toLongLong(&ok) : 0;
        if (!ok || id == 0)
            return;
        if (parts.at(0) == QLatin1String("actor"))
            Q_EMIT actorActivated(id);
        else if (parts.at(0) == QLatin1String("event"))
            Q_EMIT eventActivated(id);
        else if (parts.at(0) == QLatin1String("relation"))
            Q_EMIT relationActivated(id);
        return;
    }
    if (!SafeMarkdown::isOpenableLink(url))
        return;
    Q_EMIT linkOpened(url);
    if (m_opensLinksInBrowser)
        QDesktopServices::openUrl(url);
}

void DetailsPanel::showHint()
{
    m_shownEvent = 0;
    m_shownActor = 0;
    m_shownSource = 0;
    m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                           .arg(esc(tr("Select an event on the timeline or an actor to see what is known about it."))));
}

void DetailsPanel::displayEvent(ItemId id)
{
    const Event *event = m_data ? findById(m_data->events, id) : nullptr;
    if (!event) {
        showHint();
        return;
    }
    m_shownEvent = id;
    m_shownActor = 0;
    m_shownSource = 0;
    compose(eventHeaderHtml(*event), event->description, eventFooterHtml(*event));
}

void DetailsPanel::displayActor(ItemId id)
{
    const Actor *actor = m_data ? findById(m_data->actors, id) : nullptr;
    if (!actor) {
        showHint();
        return;
    }
    m_shownEvent = 0;
    m_shownActor = id;
    m_shownSource = 0;
    compose(actorHtml(*actor), actor->description, citationsHtml(QStringLiteral("actor"), id));
}

void DetailsPanel::displaySource(ItemId id)
{
    const Source *source = m_data ? findById(m_data->sources, id) : nullptr;
    if (!source) {
        showHint();
        return;
    }
    m_shownEvent = 0;
    m_shownActor = 0;
    m_shownSource = id;
    compose(sourceHtml(*source), source->notes, citedForHtml(id));
}

void DetailsPanel::compose(const QString &headerHtml, const QString &markdown, const QString &footerHtml)
{
    // The description is the one part read as Markdown; it goes in as a
    // document fragment, never through the HTML reader.
    // Composed away from the browser, which would otherwise lay the text out
    // again after every insertion: a megabyte of description took seconds.
    auto *document = new ResourceFreeDocument(m_browser);
    document->setDefaultFont(m_browser->font());
    QTextCursor cursor(document);
    cursor.insertHtml(headerHtml);
    if (!markdown.trimmed().isEmpty()) {
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.insertFragment(SafeMarkdown::render(markdown));
    }
    if (!footerHtml.isEmpty()) {
        // The sections' first heading takes this block's format, not its own.
        QTextBlockFormat gap;
        gap.setTopMargin(m_browser->fontMetrics().height() * 0.75);
        cursor.insertBlock(gap, QTextCharFormat());
        cursor.insertHtml(footerHtml);
    }
    m_browser->setDocument(document);
    delete std::exchange(m_document, document);
    m_browser->moveCursor(QTextCursor::Start);
}

QString DetailsPanel::actorLink(ItemId actorId, qint64 at) const
{
    const QString name = m_actorNames.nameAt(actorId, at);
    return link(itemUrl(QStringLiteral("actor"), actorId), name.isEmpty() ? esc(tr("Unknown actor")) : esc(name));
}

QString DetailsPanel::eventHeaderHtml(const Event &event) const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(event.title));
    // A date as the atlas's author wrote it ("Summer 1950") leads; the date
    // the timeline places it by follows, so neither hides the other.
    if (event.displayDate.isEmpty())
        html += QStringLiteral("<p><b>%1</b>").arg(esc(spanText(event.when, false)));
    else
        html += QStringLiteral("<p><b>%1</b> (%2)").arg(esc(event.displayDate), esc(spanText(event.when, false)));
    if (event.when.start.isValid()) {
        const bool samePrecision = !event.when.hasEnd() || event.when.end.precision() == event.when.start.precision();
        const QString known = samePrecision ? tr("Known %1.").arg(precisionText(event.when.start))
                                            : tr("Start known %1, end %2.").arg(precisionText(event.when.start),
                                                                               precisionText(event.when.end));
        html += QStringLiteral("<br><small>%1</small>").arg(esc(known));
    }
    html += QStringLiteral("</p>");
    if (!event.place.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Place:")), esc(event.place));
    if (!event.actors.isEmpty()) {
        QStringList actors;
        for (const EventActor &actor : event.actors) {
            QString entry = actorLink(actor.actorId, event.when.start.seconds());
            if (!actor.role.isEmpty())
                entry += QStringLiteral(" <i>(%1)</i>").arg(esc(actor.role));
            actors << entry;
        }
        html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Actors:")), actors.join(esc(tr(", "))));
    }
    return html;
}

QString DetailsPanel::eventFooterHtml(const Event &event) const
{
    // Linked events: one pass for the links, one for the titles they need.
    QList<const EventLink *> links;
    QHash<ItemId, const Event *> linked;
    for (const EventLink &eventLink : m_data->eventLinks) {
        if (eventLink.fromEventId == event.id || eventLink.toEventId == event.id) {
            links << &eventLink;
            linked.insert(eventLink.fromEventId == event.id ? eventLink.toEventId : eventLink.fromEventId, nullptr);
        }
    }
    if (!linked.isEmpty()) {
        for (const Event &other : m_data->events)
            if (linked.contains(other.id))
                linked[other.id] = &other;
    }
    QStringList linkedItems;
    for (const EventLink *eventLink : links) {
        const bool outgoing = eventLink->fromEventId == event.id;
        QString how;
        switch (eventLink->kind) {
        case EventLinkKind::Causes:
            how = outgoing ? tr("Causes") : tr("Caused by");
            break;
        case EventLinkKind::LeadsTo:
            how = outgoing ? tr("Leads to") : tr("Follows from");
            break;
        case EventLinkKind::RespondsTo:
            how = outgoing ? tr("Responds to") : tr("Answered by");
            break;
        }
        const Event *other = linked.value(outgoing ? eventLink->toEventId : eventLink->fromEventId);
        if (!other)
            continue;
        linkedItems << QStringLiteral("%1 %2 <small>(%3)</small>")
                           .arg(esc(tr("%1:").arg(how)), link(itemUrl(QStringLiteral("event"), other->id), esc(other->title)),
                                esc(spanText(other->when, false)));
    }

    const qint64 at = event.when.start.seconds();
    QList<ItemId> actorIds;
    for (const EventActor &actor : event.actors)
        actorIds << actor.actorId;
    QStringList relationItems;
    for (const Relation &relation : m_data->relations) {
        QString why;
        if (relation.beginEventId == event.id)
            why = tr("begins with this event");
        else if (relation.endEventId == event.id)
            why = tr("ends with this event");
        else if (actorIds.contains(relation.sourceId) && actorIds.contains(relation.targetId)
                 && relation.when.start.seconds() <= at && at < relation.when.endExclusive().value_or(at + 1))
            why = tr("in force");
        else
            continue;
        const QString kind = relationKindName(relation.kind);
        const QString parties = relation.directed
            ? tr("%1 → %2").arg(m_actorNames.nameAt(relation.sourceId, at), m_actorNames.nameAt(relation.targetId, at))
            : tr("%1 – %2").arg(m_actorNames.nameAt(relation.sourceId, at), m_actorNames.nameAt(relation.targetId, at));
        QString caption = tr("%1: %2").arg(kind, parties);
        if (!relation.label.isEmpty())
            caption += tr(" (%1)").arg(relation.label);
        relationItems << QStringLiteral("%1 <small>%2 · %3</small>")
                             .arg(link(itemUrl(QStringLiteral("relation"), relation.id), esc(caption)),
                                  esc(spanText(relation.when, true)), esc(why));
    }

    return section(tr("Linked events"), linkedItems) + section(tr("Relations"), relationItems)
        + citationsHtml(QStringLiteral("event"), event.id);
}

QString DetailsPanel::actorHtml(const Actor &actor) const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(actor.name));
    if (!actor.nativeName.isEmpty() && actor.nativeName != actor.name)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(actor.nativeName));
    QString facts = actorKindName(actor.kind);
    if (actor.start.isValid())
        facts = tr("%1, %2").arg(facts, spanText(TimeSpan{actor.start, actor.end}, true));
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(facts));
    QStringList names;
    for (const ActorName &name : m_data->actorNames) {
        if (name.actorId != actor.id)
            continue;
        QString entry = esc(name.name);
        if (!name.nativeName.isEmpty() && name.nativeName != name.name)
            entry += QStringLiteral(" <i>%1</i>").arg(esc(name.nativeName));
        const QString from = name.start.isValid() ? name.start.toDisplayString() : tr("the start");
        const QString until = name.end.isValid() ? name.end.toDisplayString() : tr("now");
        entry += QStringLiteral(" <small>(%1)</small>").arg(esc(tr("%1 – %2").arg(from, until)));
        names << entry;
    }
    return html + section(tr("Names over time"), names);
}

QString DetailsPanel::sourceHtml(const Source &source) const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(source.title));
    QStringList about;
    for (const QString &part : {source.author, source.publisher, source.published})
        if (!part.isEmpty())
            about << esc(part);
    if (!about.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(about.join(esc(tr(", "))));
    const QUrl url(source.url, QUrl::StrictMode);
    if (SafeMarkdown::isOpenableLink(url))
        html += QStringLiteral("<p>%1</p>").arg(link(url, esc(source.url)));
    else if (!source.url.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(esc(source.url));
    QStringList more;
    if (!source.accessed.isEmpty())
        more << esc(tr("Accessed %1").arg(source.accessed));
    if (!source.licence.isEmpty())
        more << esc(tr("Licence: %1").arg(source.licence));
    if (!more.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(more.join(QStringLiteral(" · ")));
    return html;
}

QString DetailsPanel::citedForHtml(ItemId sourceId) const
{
    QStringList entries;
    for (const Citation &citation : m_data->citations) {
        if (citation.sourceId != sourceId)
            continue;
        QString entry;
        if (citation.itemKind == QLatin1String("event")) {
            if (const Event *event = findById(m_data->events, citation.itemId))
                entry = link(itemUrl(QStringLiteral("event"), event->id), esc(event->title))
                    + QStringLiteral(" <small>%1</small>").arg(esc(spanText(event->when, false)));
        } else if (citation.itemKind == QLatin1String("actor")) {
            if (const Actor *actor = findById(m_data->actors, citation.itemId))
                entry = link(itemUrl(QStringLiteral("actor"), actor->id), esc(actor->name));
        } else if (citation.itemKind == QLatin1String("relation")) {
            if (const Relation *relation = findById(m_data->relations, citation.itemId)) {
                const Actor *from = findById(m_data->actors, relation->sourceId);
                const Actor *to = findById(m_data->actors, relation->targetId);
                const QString name = relation->label.isEmpty() && from && to
                    ? tr("%1 – %2").arg(from->name, to->name) : relation->label;
                entry = link(itemUrl(QStringLiteral("relation"), relation->id),
                             esc(tr("%1: %2").arg(relationKindName(relation->kind), name)));
            }
        } else if (citation.itemKind == QLatin1String("era")) {
            if (const Era *era = findById(m_data->eras, citation.itemId))
                entry = esc(tr("Era: %1 (%2)").arg(era->title, spanText(era->when, false)));
        } else if (citation.itemKind == QLatin1String("series")) {
            if (const Series *series = findById(m_data->series, citation.itemId))
                entry = esc(tr("Series: %1").arg(series->name));
        } else if (citation.itemKind == QLatin1String("series_point")) {
            for (const Series &series : m_data->series) {
                if (const SeriesPoint *point = findById(series.points, citation.itemId))
                    //: A cited value of a number series: "Estimated warheads, 2019: 30"
                    entry = esc(tr("%1, %2: %3").arg(series.name, point->time.toDisplayString(), QLocale().toString(point->value)));
            }
        } else if (citation.itemKind == QLatin1String("event_link")) {
            if (const EventLink *eventLink = findById(m_data->eventLinks, citation.itemId)) {
                const Event *from = findById(m_data->events, eventLink->fromEventId);
                const Event *to = findById(m_data->events, eventLink->toEventId);
                if (from && to)
                    entry = esc(tr("Link: %1 → %2").arg(from->title, to->title));
            }
        }
        if (entry.isEmpty())
            continue;
        if (!citation.locator.isEmpty())
            entry += QStringLiteral(", %1").arg(esc(citation.locator));
        entries << entry;
    }
    return section(tr("Cited for"), entries);
}

QString DetailsPanel::citationsHtml(const QString &itemKind, ItemId id) const
{
    QHash<ItemId, const Source *> sources;
    for (const Source &source : m_data->sources)
        sources.insert(source.id, &source);
    QStringList entries;
    for (const Citation &citation : m_data->citations) {
        if (citation.itemKind != itemKind || citation.itemId != id)
            continue;
        const Source *source = sources.value(citation.sourceId);
        if (!source)
            continue;
        const QUrl url(source->url, QUrl::StrictMode);
        const QString title = esc(source->title.isEmpty() ? source->url : source->title);
        QString entry = SafeMarkdown::isOpenableLink(url) ? link(url, title) : title;
        QStringList about;
        for (const QString &part : {source->author, source->publisher, source->published})
            if (!part.isEmpty())
                about << esc(part);
        if (!about.isEmpty())
            entry += esc(tr(", ")) + about.join(esc(tr(", ")));
        if (!citation.locator.isEmpty())
            entry += QStringLiteral(", %1").arg(esc(citation.locator));
        if (!source->url.isEmpty() && !SafeMarkdown::isOpenableLink(url))
            entry += QStringLiteral(" <small>%1</small>").arg(esc(source->url));
        if (!citation.note.isEmpty())
            entry += QStringLiteral("<br><i>%1</i>").arg(esc(citation.note));
        entries << entry;
    }
    return section(tr("Sources"), entries);
}

} // namespace Annals
