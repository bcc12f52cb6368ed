// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QUrl>

namespace Annals {

// Text written by whoever made an atlas, shown without trusting it. An atlas
// may come from anywhere, so its Markdown must not be able to fetch anything
// (a remote image tells a server who opened the file, and when), run anything,
// smuggle in HTML, or make a click go anywhere but a web page.
class SafeMarkdown
{
    Q_DECLARE_TR_FUNCTIONS(Annals::SafeMarkdown)

public:
    // The Markdown as formatted text: emphasis, lists, headings, tables and
    // http(s) links survive; raw HTML shows as the text it is; every other
    // link (javascript:, file:, data:, mailto:, relative) becomes plain text;
    // every image becomes its alt text, so nothing is ever loaded. Text
    // longer than markdownLimit is shown as plain text: Qt's Markdown reader
    // takes about a second a megabyte, and a panel must not freeze on an
    // atlas made to make it freeze.
    static QTextDocumentFragment render(const QString &markdown);
    static constexpr qsizetype markdownLimit = 100'000;

    // Applies render()'s rules to a document already holding formatted text.
    static void neutralise(QTextDocument *document);

    // Whether a click may take the reader to `url`: http or https with a host.
    static bool isOpenableLink(const QUrl &url);

    // The text with NUL and other control characters (except tab and line
    // breaks) removed: they mean nothing to a reader and confuse text layout.
    static QString withoutControlCharacters(const QString &text);

    // Text to put inside HTML as text, never as markup.
    static QString escaped(const QString &text);
};

// A document that loads nothing: every image or style sheet it asks for is
// refused, whatever the scheme.
class ResourceFreeDocument : public QTextDocument
{
    Q_OBJECT

public:
    using QTextDocument::QTextDocument;

    int refusedRequests() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refused = 0;
};

} // namespace Annals
