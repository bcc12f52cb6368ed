// SPDX-License-Identifier: GPL-3.0-or-later
#include "safemarkdown.h"

#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>
#include <QTextImageFormat>

#include <algorithm>

namespace Annals {

namespace {

// Raw HTML is never interpreted: with it, a description could carry <img>,
// <link> or <style> elements that load from anywhere.
constexpr auto markdownFeatures = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                  | QTextDocument::MarkdownNoHTML);

bool isAllowedCharacter(QChar character)
{
    if (character == u'\t' || character == u'\n' || character == u'\r')
        return true;
    const auto category = character.category();
    return category != QChar::Other_Control && character != QChar::ObjectReplacementCharacter;
}

struct UnsafeSpan {
    int position = 0;
    int length = 0;
    QTextCharFormat format;
    bool image = false;
    bool link = false;
};

QTextCharFormat withoutLink(QTextCharFormat format)
{
    format.setAnchor(false);
    format.clearProperty(QTextFormat::AnchorHref);
    format.clearProperty(QTextFormat::AnchorName);
    // The link colour and underline would promise a click that does nothing.
    format.clearProperty(QTextFormat::ForegroundBrush);
    format.clearProperty(QTextFormat::TextUnderlineStyle);
    format.clearProperty(QTextFormat::FontUnderline);
    return format;
}

QTextCharFormat asText(QTextCharFormat format)
{
    format.clearProperty(QTextFormat::ObjectType);
    format.clearProperty(QTextFormat::ImageName);
    format.clearProperty(QTextFormat::ImageTitle);
    format.clearProperty(QTextFormat::ImageAltText);
    format.clearProperty(QTextFormat::ImageWidth);
    format.clearProperty(QTextFormat::ImageHeight);
    format.clearProperty(QTextFormat::ImageQuality);
    format.setFontItalic(true);
    return format;
}

} // namespace

QVariant ResourceFreeDocument::loadResource(int, const QUrl &)
{
    ++m_refused;
    return {};
}

bool SafeMarkdown::isOpenableLink(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

QString SafeMarkdown::withoutControlCharacters(const QString &text)
{
    if (std::all_of(text.cbegin(), text.cend(), isAllowedCharacter))
        return text;
    QString kept;
    kept.reserve(text.size());
    for (const QChar character : text)
        if (isAllowedCharacter(character))
            kept += character;
    return kept;
}

QString SafeMarkdown::escaped(const QString &text)
{
    return withoutControlCharacters(text).toHtmlEscaped();
}

QTextDocumentFragment SafeMarkdown::render(const QString &markdown)
{
    if (markdown.size() > markdownLimit)
        return QTextDocumentFragment::fromPlainText(withoutControlCharacters(markdown));
    ResourceFreeDocument document;
    document.setMarkdown(withoutControlCharacters(markdown), markdownFeatures);
    neutralise(&document);
    return QTextDocumentFragment(&document);
}

void SafeMarkdown::neutralise(QTextDocument *document)
{
    QList<UnsafeSpan> unsafe;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const bool hasLink = format.isAnchor() || format.hasProperty(QTextFormat::AnchorHref);
            UnsafeSpan span{fragment.position(), fragment.length(), format, format.isImageFormat(),
                            hasLink && !isOpenableLink(QUrl(format.anchorHref(), QUrl::StrictMode))};
            if (span.image || span.link)
                unsafe << span;
        }
    }
    // From the end, so that replacing an image by longer text leaves the
    // positions of the spans still to do where they were.
    QTextCursor cursor(document);
    for (auto span = unsafe.crbegin(); span != unsafe.crend(); ++span) {
        cursor.setPosition(span->position);
        cursor.setPosition(span->position + span->length, QTextCursor::KeepAnchor);
        QTextCharFormat format = span->link ? withoutLink(span->format) : span->format;
        if (span->image) {
            const QString alt = withoutControlCharacters(span->format.property(QTextFormat::ImageAltText).toString());
            cursor.insertText(alt.isEmpty() ? tr("[image]") : tr("[image: %1]").arg(alt), asText(format));
        } else {
            cursor.setCharFormat(format);
        }
    }
}

} // namespace Annals
