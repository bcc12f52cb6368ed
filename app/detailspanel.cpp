// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspanel.h"

#include "actornames.h"
#include "eventtablemodel.h"

#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Annals {

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Event details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    displayEvent(0);
}

void DetailsPanel::setAtlasData(const AtlasData *atlasData)
{
    m_data = atlasData;
    displayEvent(0);
}

QString DetailsPanel::text() const
{
    return m_browser->toPlainText();
}

void DetailsPanel::displayEvent(ItemId id)
{
    m_shown = 0;
    if (m_data && id != 0) {
        for (const Event &event : m_data->events) {
            if (event.id == id) {
                m_shown = id;
                m_browser->setHtml(eventHtml(*m_data, event));
                return;
            }
        }
    }
    m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                           .arg(tr("Select an event on the timeline to see what is known about it.").toHtmlEscaped()));
}

QString DetailsPanel::eventHtml(const AtlasData &data, const Event &event)
{
    const ActorNames names(data);
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b>").arg(event.title.toHtmlEscaped(),
                                                                 EventTableModel::whenText(event.when).toHtmlEscaped());
    if (!event.place.isEmpty())
        html += QStringLiteral(" · ") + event.place.toHtmlEscaped();
    html += QStringLiteral("</p>");
    if (!event.actors.isEmpty()) {
        QStringList actors;
        for (const EventActor &actor : event.actors) {
            QString name = names.nameAt(actor.actorId, event.when.start.seconds()).toHtmlEscaped();
            if (!actor.role.isEmpty())
                name += QStringLiteral(" <i>(%1)</i>").arg(actor.role.toHtmlEscaped());
            actors << name;
        }
        html += QStringLiteral("<p>%1</p>").arg(actors.join(QStringLiteral(", ")));
    }
    for (const QString &paragraph : event.description.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());

    QStringList sources;
    for (const Citation &citation : data.citations) {
        if (citation.itemKind != QLatin1String("event") || citation.itemId != event.id)
            continue;
        for (const Source &source : data.sources) {
            if (source.id != citation.sourceId)
                continue;
            const QUrl url(source.url, QUrl::StrictMode);
            const bool linkable = url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
            QString entry = linkable ? QStringLiteral("<a href=\"%1\">%2</a>")
                                           .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), source.title.toHtmlEscaped())
                                     : source.title.toHtmlEscaped();
            if (!source.publisher.isEmpty())
                entry += QStringLiteral(", ") + source.publisher.toHtmlEscaped();
            if (!citation.locator.isEmpty())
                entry += QStringLiteral(", ") + citation.locator.toHtmlEscaped();
            sources << QStringLiteral("<li>%1</li>").arg(entry);
        }
    }
    if (!sources.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Sources").toHtmlEscaped(), sources.join(QString()));
    return html;
}

} // namespace Annals
