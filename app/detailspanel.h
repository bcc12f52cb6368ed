// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actornames.h"
#include "domain.h"
#include "safemarkdown.h"

#include <QTextBrowser>
#include <QUrl>
#include <QWidget>

namespace Annals {

// What is known about the selected event: its dates as known, place, actors
// (as they were called then), description (Markdown, shown safely: see
// SafeMarkdown), sources, linked events and related relations; or, for a
// selected actor, its kind, lifespan, names over time and sources. Text from
// the atlas is escaped, never interpreted. Actors, events and relations are
// links that say which was picked; only http(s) links leave the program.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void setAtlasData(const AtlasData *atlasData);
    void displayEvent(ItemId id);
    void displayActor(ItemId id);
    // A source: who wrote it, where it is, and what in the atlas cites it
    // (each a link).
    void displaySource(ItemId id);
    ItemId shownEvent() const { return m_shownEvent; }
    ItemId shownActor() const { return m_shownActor; }
    ItemId shownSource() const { return m_shownSource; }
    QString text() const;
    void setFontScale(qreal scale);

    // Web links go out through linkOpened(); by default that also opens them
    // in the system browser. Tests turn that off.
    void setOpensLinksInBrowser(bool open) { m_opensLinksInBrowser = open; }
    QTextBrowser *browser() const { return m_browser; }
    // How many images or style sheets the shown text asked for (and was
    // refused): none, when the text was made safe before it was shown.
    int refusedResourceRequests() const;

    // Where a link in the panel points, for the actor, event or relation
    // with `id`: kind is "actor", "event" or "relation".
    static QUrl itemUrl(const QString &kind, ItemId id);

Q_SIGNALS:
    void actorActivated(ItemId id);
    void eventActivated(ItemId id);
    void relationActivated(ItemId id);
    void linkOpened(const QUrl &url);

private:
    void followLink(const QUrl &url);
    void showHint();
    void compose(const QString &headerHtml, const QString &markdown, const QString &footerHtml);
    QString eventHeaderHtml(const Event &event) const;
    QString eventFooterHtml(const Event &event) const;
    QString actorHtml(const Actor &actor) const;
    QString citationsHtml(const QString &itemKind, ItemId id) const;
    QString sourceHtml(const Source &source) const;
    QString citedForHtml(ItemId sourceId) const;
    QString actorLink(ItemId actorId, qint64 at) const;

    const AtlasData *m_data = nullptr;
    ActorNames m_actorNames;
    QTextBrowser *m_browser;
    ResourceFreeDocument *m_document;
    ItemId m_shownEvent = 0;
    ItemId m_shownActor = 0;
    ItemId m_shownSource = 0;
    qreal m_baseFontSize = 0;
    bool m_opensLinksInBrowser = true;
};

} // namespace Annals
