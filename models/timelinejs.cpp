// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejs.h"

#include "atlasstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace Annals {

// ---------------------------------------------------------------- positions

namespace {

// Qt's parser refuses deeper nesting than this, so valid text never reaches
// it; it bounds the walk over broken text.
constexpr int maximumWalkDepth = 1100;

// Walks JSON text the way QJsonDocument read it, naming each value by its
// path. Tolerant of broken text, so that it can also say where a syntax
// error sits.
class JsonWalker
{
public:
    explicit JsonWalker(QByteArrayView text) : m_text(text) {}

    const QSet<QString> *wanted = nullptr;
    QHash<QString, qsizetype> found;
    qsizetype stopAt = -1;
    QString stopPath;
    qsizetype stopOffset = -1;
    bool stopped = false;

    void run()
    {
        QString path;
        value(path, 0);
    }

private:
    bool atStop(const QString &path)
    {
        if (stopped)
            return true;
        if (stopAt >= 0 && m_pos >= stopAt) {
            stopPath = path;
            stopOffset = m_pos;
            stopped = true;
        }
        return stopped;
    }
    // Where broken text stops making sense: the innermost value being read.
    bool fail(const QString &path)
    {
        if (!stopped) {
            stopPath = path;
            stopOffset = m_pos;
            stopped = true;
        }
        return false;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }
    bool string(QByteArray *out)
    {
        ++m_pos; // the opening quote
        const qsizetype begin = m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == '\\') {
                m_pos += 2;
                continue;
            }
            if (c == '"') {
                if (out)
                    *out = m_text.sliced(begin, m_pos - begin).toByteArray();
                ++m_pos;
                return true;
            }
            ++m_pos;
        }
        return false;
    }
    bool value(QString &path, int depth)
    {
        skipSpace();
        if (atStop(path) || m_pos >= m_text.size() || depth > maximumWalkDepth)
            return fail(path);
        if (wanted && wanted->contains(path))
            found.insert(path, m_pos);
        const char c = m_text.at(m_pos);
        const qsizetype pathLength = path.size();
        if (c == '{') {
            ++m_pos;
            while (true) {
                skipSpace();
                if (atStop(path) || m_pos >= m_text.size())
                    return fail(path);
                if (m_text.at(m_pos) == '}') {
                    ++m_pos;
                    return true;
                }
                if (m_text.at(m_pos) != '"')
                    return fail(path);
                QByteArray key;
                if (!string(&key))
                    return fail(path);
                skipSpace();
                if (atStop(path) || m_pos >= m_text.size() || m_text.at(m_pos) != ':')
                    return fail(path);
                ++m_pos;
                if (!path.isEmpty())
                    path += u'.';
                path += QString::fromUtf8(key);
                const bool ok = value(path, depth + 1);
                if (!ok)
                    return fail(path);
                path.truncate(pathLength);
                skipSpace();
                if (atStop(path) || m_pos >= m_text.size())
                    return fail(path);
                if (m_text.at(m_pos) == ',')
                    ++m_pos;
                else if (m_text.at(m_pos) != '}')
                    return fail(path);
            }
        }
        if (c == '[') {
            ++m_pos;
            for (qsizetype index = 0;; ++index) {
                skipSpace();
                if (atStop(path) || m_pos >= m_text.size())
                    return fail(path);
                if (m_text.at(m_pos) == ']') {
                    ++m_pos;
                    return true;
                }
                path += u'[' + QString::number(index) + u']';
                if (!value(path, depth + 1))
                    return fail(path);
                path.truncate(pathLength);
                skipSpace();
                if (atStop(path) || m_pos >= m_text.size())
                    return fail(path);
                if (m_text.at(m_pos) == ',')
                    ++m_pos;
                else if (m_text.at(m_pos) != ']')
                    return fail(path);
            }
        }
        if (c == '"') {
            const bool closed = string(nullptr);
            if (stopAt >= 0 && !stopped && m_pos > stopAt) { // the trouble is inside this string
                stopPath = path;
                stopOffset = stopAt;
                stopped = true;
                return false;
            }
            return closed || fail(path);
        }
        const qsizetype begin = m_pos;
        while (m_pos < m_text.size()) {
            const char d = m_text.at(m_pos);
            if (d == ',' || d == ']' || d == '}' || d == ' ' || d == '\t' || d == '\n' || d == '\r')
                break;
            ++m_pos;
        }
        return m_pos > begin;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

QHash<QString, qsizetype> JsonPositions::find(QByteArrayView json, const QSet<QString> &paths)
{
    JsonWalker walker(json);
    walker.wanted = &paths;
    walker.run();
    return walker.found;
}

std::pair<int, int> JsonPositions::lineAndColumn(QByteArrayView json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if (c == '\r') {
            if (i + 1 >= json.size() || json.at(i + 1) != '\n') {
                ++line;
                column = 1;
            }
        } else if ((uchar(c) & 0xC0) != 0x80) {
            ++column; // continuation bytes belong to the character before
        }
    }
    return {line, column};
}

// --------------------------------------------------------------------- HTML

namespace {

QString decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = (name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X'))
            ? name.sliced(2).toUInt(&ok, 16)
            : name.sliced(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar(0xFFFD));
        const char32_t character = code;
        return QString::fromUcs4(&character, 1);
    }
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},      {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},       {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},     {QStringLiteral("nbsp"), QString(QChar(0xA0))},
        {QStringLiteral("ndash"), QString(QChar(0x2013))}, {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("lsquo"), QString(QChar(0x2018))}, {QStringLiteral("rsquo"), QString(QChar(0x2019))},
        {QStringLiteral("ldquo"), QString(QChar(0x201C))}, {QStringLiteral("rdquo"), QString(QChar(0x201D))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))}, {QStringLiteral("copy"), QString(QChar(0xA9))},
        {QStringLiteral("eacute"), QString(QChar(0xE9))},  {QStringLiteral("egrave"), QString(QChar(0xE8))},
        {QStringLiteral("aacute"), QString(QChar(0xE1))},  {QStringLiteral("ouml"), QString(QChar(0xF6))},
        {QStringLiteral("uuml"), QString(QChar(0xFC))},    {QStringLiteral("auml"), QString(QChar(0xE4))},
        {QStringLiteral("middot"), QString(QChar(0xB7))},  {QStringLiteral("deg"), QString(QChar(0xB0))},
    };
    return named.value(name.toString().toLower());
}

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            // Entities are short; looking further would make "&&&…" quadratic.
            const qsizetype semicolon = text.sliced(0, std::min(text.size(), i + 12)).indexOf(u';', i + 1);
            if (semicolon > i + 1) {
                const QString decoded = decodeEntity(text.sliced(i + 1, semicolon - i - 1));
                if (!decoded.isEmpty()) {
                    out += decoded;
                    i = semicolon;
                    continue;
                }
            }
        }
        out += text.at(i);
    }
    return out;
}

struct HtmlToken {
    enum Kind { Text, Open, Close } kind = Text;
    QString text; // Text: decoded text; Open/Close: lower-case tag name
    QString href; // <a href>
};

// A tolerant tokenizer: what does not look like a tag is text.
QList<HtmlToken> tokenizeHtml(QStringView html)
{
    QList<HtmlToken> tokens;
    QString text;
    const auto flushText = [&] {
        if (!text.isEmpty()) {
            tokens.append({HtmlToken::Text, decodeEntities(text), {}});
            text.clear();
        }
    };
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c != u'<' || i + 1 >= html.size()) {
            text += c;
            ++i;
            continue;
        }
        if (html.sliced(i).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        const bool closing = html.at(i + 1) == u'/';
        qsizetype p = i + (closing ? 2 : 1);
        const qsizetype nameStart = p;
        while (p < html.size() && (html.at(p).isLetterOrNumber()))
            ++p;
        if (p == nameStart || !html.at(nameStart).isLetter()) {
            text += c;
            ++i;
            continue;
        }
        HtmlToken tag;
        tag.kind = closing ? HtmlToken::Close : HtmlToken::Open;
        tag.text = html.sliced(nameStart, p - nameStart).toString().toLower();
        // Attributes, quotes respected, up to '>'.
        bool closed = false;
        while (p < html.size()) {
            const QChar a = html.at(p);
            if (a == u'>') {
                closed = true;
                ++p;
                break;
            }
            if (a.isLetter()) {
                const qsizetype attributeStart = p;
                while (p < html.size() && (html.at(p).isLetterOrNumber() || html.at(p) == u'-' || html.at(p) == u'_'))
                    ++p;
                const QString attribute = html.sliced(attributeStart, p - attributeStart).toString().toLower();
                while (p < html.size() && html.at(p).isSpace())
                    ++p;
                if (p < html.size() && html.at(p) == u'=') {
                    ++p;
                    while (p < html.size() && html.at(p).isSpace())
                        ++p;
                    QString value;
                    if (p < html.size() && (html.at(p) == u'"' || html.at(p) == u'\'')) {
                        const QChar quote = html.at(p);
                        const qsizetype end = html.indexOf(quote, p + 1);
                        const qsizetype stop = end < 0 ? html.size() : end;
                        value = html.sliced(p + 1, stop - p - 1).toString();
                        p = end < 0 ? html.size() : end + 1;
                    } else {
                        const qsizetype valueStart = p;
                        while (p < html.size() && !html.at(p).isSpace() && html.at(p) != u'>')
                            ++p;
                        value = html.sliced(valueStart, p - valueStart).toString();
                    }
                    if (attribute == QLatin1String("href"))
                        tag.href = decodeEntities(value).trimmed();
                }
                continue;
            }
            ++p;
        }
        if (!closed) {
            // Nothing after this closes a tag either (the scan reached the
            // end): the rest is text, read once.
            text += html.sliced(i);
            break;
        }
        flushText();
        tokens.append(tag);
        i = p;
    }
    flushText();
    return tokens;
}

bool isBlockTag(const QString &name)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"),     QStringLiteral("div"),  QStringLiteral("blockquote"), QStringLiteral("h1"),
        QStringLiteral("h2"),    QStringLiteral("h3"),   QStringLiteral("h4"),         QStringLiteral("h5"),
        QStringLiteral("h6"),    QStringLiteral("table"), QStringLiteral("tr"),        QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("pre"),
        QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("hr"),  QStringLiteral("ul"),
        QStringLiteral("ol"),    QStringLiteral("li"),   QStringLiteral("dl"),         QStringLiteral("dt"),
        QStringLiteral("dd"),
    };
    return blocks.contains(name);
}

bool isSkippedTag(const QString &name)
{
    return name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("iframe")
        || name == QLatin1String("noscript");
}

bool isWebAddress(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.host().isEmpty();
}

QString collapseSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace() && c != QChar(0xA0)) {
            space = true;
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    if (space)
        out += u' ';
    return out;
}

QString escapeMarkdown(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'*' || c == u'_' || c == u'[' || c == u']' || c == u'`')
            out += u'\\';
        out += c;
    }
    return out;
}

// Builds Markdown block by block from HTML tokens.
class MarkdownWriter
{
public:
    QString result()
    {
        endBlock();
        QString out;
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            if (i > 0)
                out += (m_blocks.at(i).listItem && m_blocks.at(i - 1).listItem && !m_blocks.at(i - 1).endsList)
                    ? QStringLiteral("\n")
                                                                              : QStringLiteral("\n\n");
            out += m_blocks.at(i).text;
        }
        return out;
    }

    void text(const QString &text)
    {
        QString collapsed = collapseSpaces(text);
        if (collapsed.startsWith(u' ')) {
            collapsed.remove(0, 1);
            // A space right after "**" or "[" goes before them.
            qsizetype at = m_line.size();
            bool moved = true;
            while (moved) {
                moved = false;
                for (const Mark &mark : std::as_const(m_marks)) {
                    if (mark.contentStart == at) {
                        at -= mark.mark.size();
                        moved = true;
                    }
                }
                if (m_linkStart >= 0 && m_linkStart + 1 == at) {
                    at = m_linkStart;
                    moved = true;
                }
            }
            if (at > 0 && m_line.at(at - 1) != u' ' && m_line.at(at - 1) != u'\n') {
                m_line.insert(at, u' ');
                for (Mark &mark : m_marks) {
                    if (mark.contentStart >= at)
                        ++mark.contentStart;
                }
                if (m_linkStart >= at)
                    ++m_linkStart;
            }
        }
        m_line += escapeMarkdown(collapsed);
    }
    void endList()
    {
        endBlock();
        if (!m_blocks.isEmpty())
            m_blocks.last().endsList = true;
    }
    void lineBreak()
    {
        trimLineEnd();
        if (!m_line.isEmpty() && !m_line.endsWith(u'\n'))
            m_line += QStringLiteral("\\\n");
    }
    void endBlock()
    {
        trimLineEnd();
        while (m_line.endsWith(QStringLiteral("\\\n"))) {
            m_line.chop(2);
            trimLineEnd();
        }
        QString line = m_line;
        m_line.clear();
        if (m_listItem) {
            m_blocks.append({m_listPrefix + line, true});
            m_listItem = false;
            return;
        }
        if (!line.trimmed().isEmpty())
            m_blocks.append({line, false});
    }
    void startListItem(const QString &prefix)
    {
        endBlock();
        m_listItem = true;
        m_listPrefix = prefix;
    }
    // Emphasis marks, kept off the spaces around the text they hold, since
    // "** x**" is no emphasis in Markdown.
    void openMark(const QString &mark)
    {
        // Nesting beyond this says nothing more and would make every piece of
        // text look through all of it.
        if (m_marks.size() >= 32)
            return;
        m_marks.append({mark, m_line.size() + mark.size()});
        m_line += mark;
    }
    void closeMark(const QString &mark)
    {
        qsizetype index = m_marks.size() - 1;
        while (index >= 0 && m_marks.at(index).mark != mark)
            --index;
        if (index < 0)
            return;
        const qsizetype contentStart = m_marks.at(index).contentStart;
        m_marks.remove(index, m_marks.size() - index);
        if (contentStart > m_line.size())
            return;
        if (m_line.size() == contentStart) { // nothing inside
            m_line.chop(mark.size());
            return;
        }
        const bool trailingSpace = m_line.endsWith(u' ');
        trimLineEnd();
        m_line += mark;
        if (trailingSpace)
            m_line += u' ';
    }
    void openLink(const QString &href)
    {
        m_linkStart = m_line.size();
        m_linkHref = href;
        m_line += u'[';
    }
    void closeLink()
    {
        if (m_linkStart < 0)
            return;
        if (m_linkStart >= m_line.size() || m_line.size() == m_linkStart + 1) {
            m_line.truncate(std::min(m_linkStart, m_line.size()));
        } else {
            const bool trailingSpace = m_line.endsWith(u' ');
            trimLineEnd();
            m_line += QStringLiteral("](") + QString::fromUtf8(QUrl(m_linkHref).toEncoded()) + u')';
            if (trailingSpace)
                m_line += u' ';
        }
        m_linkStart = -1;
    }
    bool inLink() const { return m_linkStart >= 0; }

private:
    void trimLineEnd()
    {
        while (m_line.endsWith(u' '))
            m_line.chop(1);
    }
    struct Block {
        QString text;
        bool listItem = false;
        bool endsList = false;
    };
    struct Mark {
        QString mark;
        qsizetype contentStart = 0;
    };
    QList<Block> m_blocks;
    QList<Mark> m_marks;
    QString m_line;
    bool m_listItem = false;
    QString m_listPrefix;
    qsizetype m_linkStart = -1;
    QString m_linkHref;
};

QString htmlEscaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'"')
            out += QStringLiteral("&quot;");
        else
            out += c;
    }
    return out;
}

// How far an opening "*" or "[" looks for its end, so that text full of
// unmatched marks takes linear time.
constexpr qsizetype inlineSearchWindow = 4000;

// Inline Markdown (emphasis, links, escapes) to HTML.
QString inlineMarkdownToHtml(QStringView text, int depth = 0)
{
    QString out;
    const auto isPunctuation = [](QChar c) { return c.isPunct() || c.isSymbol(); };
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size() && isPunctuation(text.at(i + 1))) {
            out += htmlEscaped(text.sliced(i + 1, 1));
            i += 2;
            continue;
        }
        if (c == u'\\' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            out += QStringLiteral("<br>");
            i += 2;
            continue;
        }
        if (depth < 8 && (c == u'*' || c == u'_')) {
            const bool strong = i + 1 < text.size() && text.at(i + 1) == c;
            const QString mark = strong ? QString(2, c) : QString(c);
            const qsizetype contentStart = i + mark.size();
            qsizetype end = contentStart;
            // The closing mark: the same run, not escaped, not right after a space.
            while (true) {
                end = text.indexOf(mark, end);
                if (end < 0 || end - i > inlineSearchWindow) {
                    end = -1;
                    break;
                }
                const bool escaped = text.at(end - 1) == u'\\';
                const bool longerRun = !strong && end + 1 < text.size() && text.at(end + 1) == c;
                if (!escaped && !longerRun && end > contentStart && !text.at(end - 1).isSpace())
                    break;
                end += longerRun ? 2 : 1;
            }
            if (end > contentStart && contentStart < text.size() && !text.at(contentStart).isSpace()) {
                const QString tag = strong ? QStringLiteral("b") : QStringLiteral("i");
                out += u'<' + tag + u'>' + inlineMarkdownToHtml(text.sliced(contentStart, end - contentStart), depth + 1)
                    + QStringLiteral("</") + tag + u'>';
                i = end + mark.size();
                continue;
            }
        }
        if (c == u'[' && depth < 8) {
            // [text](address), the address with balanced parentheses.
            qsizetype close = -1;
            int level = 0;
            for (qsizetype k = i + 1; k < std::min(text.size(), i + inlineSearchWindow); ++k) {
                if (text.at(k) == u'\\') {
                    ++k;
                    continue;
                }
                if (text.at(k) == u'[')
                    ++level;
                if (text.at(k) == u']' && level-- == 0) {
                    close = k;
                    break;
                }
            }
            if (close > 0 && close + 1 < text.size() && text.at(close + 1) == u'(') {
                qsizetype end = -1;
                int parens = 0;
                for (qsizetype k = close + 2; k < std::min(text.size(), close + inlineSearchWindow); ++k) {
                    if (text.at(k) == u'(')
                        ++parens;
                    if (text.at(k) == u')' && parens-- == 0) {
                        end = k;
                        break;
                    }
                }
                if (end > 0) {
                    const QString address = text.sliced(close + 2, end - close - 2).trimmed().toString();
                    const QString label = inlineMarkdownToHtml(text.sliced(i + 1, close - i - 1), depth + 1);
                    if (isWebAddress(address))
                        out += QStringLiteral("<a href=\"") + htmlEscaped(address) + QStringLiteral("\">") + label
                            + QStringLiteral("</a>");
                    else
                        out += label;
                    i = end + 1;
                    continue;
                }
            }
        }
        out += htmlEscaped(text.sliced(i, 1));
        ++i;
    }
    return out;
}

std::optional<std::pair<bool, QString>> listItemStart(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.size() >= 2 && (trimmed.at(0) == u'-' || trimmed.at(0) == u'*' || trimmed.at(0) == u'+')
        && trimmed.at(1) == u' ')
        return std::pair{false, trimmed.sliced(2).toString()};
    qsizetype digits = 0;
    while (digits < trimmed.size() && digits < 9 && trimmed.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits + 1 < trimmed.size() && (trimmed.at(digits) == u'.' || trimmed.at(digits) == u')')
        && trimmed.at(digits + 1) == u' ')
        return std::pair{true, trimmed.sliced(digits + 2).toString()};
    return std::nullopt;
}

} // namespace

QString TimelineJs::htmlToPlainText(QStringView html)
{
    QString out;
    int skipping = 0;
    for (const HtmlToken &token : tokenizeHtml(html)) {
        if (token.kind != HtmlToken::Text) {
            if (isSkippedTag(token.text))
                skipping = std::max(0, skipping + (token.kind == HtmlToken::Open ? 1 : -1));
            else if (token.text == QLatin1String("br") || isBlockTag(token.text))
                out += u' ';
            continue;
        }
        if (skipping == 0)
            out += token.text;
    }
    return collapseSpaces(out).trimmed();
}

QString TimelineJs::htmlToMarkdown(QStringView html)
{
    MarkdownWriter writer;
    struct List {
        bool ordered = false;
        int next = 1;
    };
    QList<List> lists;
    int skipping = 0;
    for (const HtmlToken &token : tokenizeHtml(html)) {
        const QString &name = token.text;
        if (token.kind == HtmlToken::Text) {
            if (skipping == 0)
                writer.text(token.text);
            continue;
        }
        const bool open = token.kind == HtmlToken::Open;
        if (isSkippedTag(name)) {
            skipping = std::max(0, skipping + (open ? 1 : -1));
        } else if (name == QLatin1String("br")) {
            writer.lineBreak();
        } else if (name == QLatin1String("b") || name == QLatin1String("strong")) {
            open ? writer.openMark(QStringLiteral("**")) : writer.closeMark(QStringLiteral("**"));
        } else if (name == QLatin1String("i") || name == QLatin1String("em")) {
            open ? writer.openMark(QStringLiteral("*")) : writer.closeMark(QStringLiteral("*"));
        } else if (name == QLatin1String("a")) {
            if (open && !writer.inLink() && isWebAddress(token.href))
                writer.openLink(token.href);
            else if (!open)
                writer.closeLink();
        } else if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            open ? writer.endBlock() : writer.endList();
            if (open && lists.size() < 16)
                lists.append({name == QLatin1String("ol"), 1});
            else if (!open && !lists.isEmpty())
                lists.removeLast();
        } else if (name == QLatin1String("li")) {
            if (open) {
                const QString indent(std::max<qsizetype>(0, lists.size() - 1) * 3, u' ');
                if (!lists.isEmpty() && lists.last().ordered)
                    writer.startListItem(indent + QString::number(lists.last().next++) + QStringLiteral(". "));
                else
                    writer.startListItem(indent + QStringLiteral("- "));
            } else {
                writer.endBlock();
            }
        } else if (isBlockTag(name)) {
            writer.endBlock();
        }
    }
    return writer.result();
}

QString TimelineJs::markdownToHtml(QStringView markdown)
{
    QString normalised = markdown.toString();
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = normalised.split(u'\n');
    QString out;
    QStringList paragraph;
    QString listTag; // "ul" or "ol" while in a list
    const auto flushParagraph = [&] {
        if (paragraph.isEmpty())
            return;
        QString text;
        for (qsizetype k = 0; k < paragraph.size(); ++k) {
            QString line = paragraph.at(k);
            const bool last = k + 1 == paragraph.size();
            if (!last && line.endsWith(QStringLiteral("  "))) {
                text += line.trimmed() + QStringLiteral("\\\n");
                continue;
            }
            text += line.trimmed();
            if (!last)
                text += line.endsWith(u'\\') ? QStringLiteral("\n") : QStringLiteral(" ");
        }
        out += QStringLiteral("<p>") + inlineMarkdownToHtml(text) + QStringLiteral("</p>");
        paragraph.clear();
    };
    const auto closeList = [&] {
        if (!listTag.isEmpty())
            out += QStringLiteral("</") + listTag + u'>';
        listTag.clear();
    };
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            flushParagraph();
            closeList();
            continue;
        }
        if (const auto item = listItemStart(line); item && paragraph.isEmpty()) {
            const QString tag = item->first ? QStringLiteral("ol") : QStringLiteral("ul");
            if (listTag != tag) {
                closeList();
                out += u'<' + tag + u'>';
                listTag = tag;
            }
            out += QStringLiteral("<li>") + inlineMarkdownToHtml(item->second) + QStringLiteral("</li>");
            continue;
        }
        closeList();
        paragraph.append(line);
    }
    flushParagraph();
    closeList();
    return out;
}

// ------------------------------------------------------------------- import

namespace {

constexpr qint64 javascriptDateYearLimit = 271821;

// Absent, null, or an object whose every part is empty.
bool isBlankDate(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue part = it.value();
        if (!part.isNull() && !(part.isString() && part.toString().trimmed().isEmpty()))
            return false;
    }
    return true;
}

struct DateRead {
    HistoricalDate date;
    QString displayDate; // the date object's own display_date, when not used to restore precision
    bool ok = false;
};

class Importer
{
public:
    Importer(QByteArrayView text, const AtlasData &into, const ImportLimits &limits)
        : m_text(text), m_into(into), m_limits(limits)
    {
    }

    ImportResult run(const QJsonDocument &document);

private:
    struct PendingIssue {
        QString path;
        QString message;
    };
    struct Tally {
        int count = 0;
        QString firstPath;
    };

    bool full() const { return m_errors.size() >= m_limits.maximumErrors; }
    void error(const QString &path, const QString &message)
    {
        if (!full())
            m_errors.append({path, message});
    }
    void notice(const QString &path, const QString &message) { m_notices.append({path, message}); }
    void tally(const QString &kind, const QString &path)
    {
        Tally &entry = m_tallies[kind];
        if (entry.count++ == 0)
            entry.firstPath = path;
    }

    std::optional<QString> string(const QJsonObject &object, const QString &key, const QString &path);
    std::optional<qint64> datePart(const QJsonObject &object, const QString &key, const QString &path, bool *bad);
    DateRead date(const QJsonValue &value, const QString &path, const QString &noun);
    void readTitle(const QJsonObject &title);
    void readEvent(const QJsonValue &value, qsizetype index);
    void readEra(const QJsonValue &value, qsizetype index);
    ItemId sourceFor(const QJsonObject &media, const QString &path, QString *caption);
    // A slide's text: the headline as plain text, the text as Markdown and
    // as it was.
    struct SlideText {
        QString title;
        QString description;
        QString html;
    };
    SlideText slideText(const QJsonObject &slide, const QString &path);
    // The citation of a slide's media, if it names a web address.
    std::optional<Citation> mediaCitation(const QJsonObject &slide, const QString &path, const QString &itemKind,
                                          ItemId itemId);
    void placeIssues(QList<ImportIssue> *out, const QList<PendingIssue> &issues);
    void noteTallies();

    QByteArrayView m_text;
    const AtlasData &m_into;
    const ImportLimits &m_limits;
    ImportBundle m_bundle;
    QList<PendingIssue> m_errors;
    QList<PendingIssue> m_notices;
    QMap<QString, Tally> m_tallies;
    QHash<QString, ItemId> m_sourceByUrl;
    QHash<QString, QString> m_uniqueIds; // unique_id → path of its first use
};

std::optional<QString> Importer::string(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString()) {
        error(path, TimelineJs::tr("%1 must be text.").arg(key));
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text.size() > m_limits.maximumTextLength) {
        error(path, TimelineJs::tr("This text has %1 characters; the limit is %2.")
                        .arg(text.size())
                        .arg(m_limits.maximumTextLength));
        return std::nullopt;
    }
    return text;
}

// A part of a date: a whole number or numeric text; absent when missing, null
// or "" (the TimelineJS spreadsheet writes empty parts as "").
std::optional<qint64> Importer::datePart(const QJsonObject &object, const QString &key, const QString &path,
                                         bool *bad)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::trunc(number) == number && std::abs(number) < 1e15)
            return qint64(number);
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (ok)
            return number;
    }
    *bad = true;
    const QString shown = value.isString() ? u'"' + value.toString().left(40) + u'"'
                                           : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1).left(40);
    error(path, TimelineJs::tr("%1 is not a whole number.").arg(shown));
    return std::nullopt;
}

DateRead Importer::date(const QJsonValue &value, const QString &path, const QString &noun)
{
    DateRead result;
    if (!value.isObject()) {
        error(path, TimelineJs::tr("A date must be an object with a year, like {\"year\": 1950}."));
        return result;
    }
    const QJsonObject object = value.toObject();
    bool bad = false;
    const auto part = [&](const char *key) {
        return datePart(object, QString::fromLatin1(key), path + u'.' + QLatin1String(key), &bad);
    };
    const std::optional<qint64> year = part("year");
    const std::optional<qint64> month = part("month");
    const std::optional<qint64> day = part("day");
    const std::optional<qint64> hour = part("hour");
    const std::optional<qint64> minute = part("minute");
    const std::optional<qint64> second = part("second");
    const std::optional<qint64> millisecond = part("millisecond");
    const std::optional<QString> display = string(object, QStringLiteral("display_date"), path + QStringLiteral(".display_date"));
    if (bad || !display)
        return result;
    if (!year) {
        error(path + QStringLiteral(".year"), TimelineJs::tr("The %1 has no year.").arg(noun));
        return result;
    }
    // A finer part needs the coarser ones: "day 5" of no month means nothing.
    const std::pair<const std::optional<qint64> *, const char *> chain[] = {
        {&month, "month"}, {&day, "day"}, {&hour, "hour"}, {&minute, "minute"}};
    for (int k = 1; k < 4; ++k) {
        if (chain[k].first->has_value() && !chain[k - 1].first->has_value()) {
            error(path + u'.' + QLatin1String(chain[k].second),
                  TimelineJs::tr("A %1 needs a %2.").arg(QLatin1String(chain[k].second), QLatin1String(chain[k - 1].second)));
            return result;
        }
    }
    if (*year < earliestYear || *year > latestYear) {
        error(path + QStringLiteral(".year"), TimelineJs::tr("Year %1 is outside what Annals can hold (%2 to %3).")
                                                  .arg(*year)
                                                  .arg(earliestYear)
                                                  .arg(latestYear));
        return result;
    }
    if (month && (*month < 1 || *month > 12)) {
        error(path + QStringLiteral(".month"), TimelineJs::tr("%1 is not a month (1–12).").arg(*month));
        return result;
    }
    if (day && (*day < 1 || *day > daysInMonth(*year, int(*month)))) {
        error(path + QStringLiteral(".day"), TimelineJs::tr("%1 has no day %2 (it has %3 days).")
                                                 .arg(HistoricalDate::fromCivil({*year, int(*month), 1, 0, 0, 0},
                                                                                Precision::Month)
                                                          .toDisplayString())
                                                 .arg(*day)
                                                 .arg(daysInMonth(*year, int(*month))));
        return result;
    }
    if (hour && (*hour < 0 || *hour > 23)) {
        error(path + QStringLiteral(".hour"), TimelineJs::tr("%1 is not an hour (0–23).").arg(*hour));
        return result;
    }
    if (minute && (*minute < 0 || *minute > 59)) {
        error(path + QStringLiteral(".minute"), TimelineJs::tr("%1 is not a minute (0–59).").arg(*minute));
        return result;
    }
    if (second && (*second < 0 || *second > 59)) {
        error(path + QStringLiteral(".second"), TimelineJs::tr("%1 is not a second (0–59).").arg(*second));
        return result;
    }
    if (millisecond && (*millisecond < 0 || *millisecond > 999)) {
        error(path + QStringLiteral(".millisecond"), TimelineJs::tr("%1 is not a millisecond (0–999).").arg(*millisecond));
        return result;
    }
    if ((second && *second != 0) || (millisecond && *millisecond != 0)) {
        const QString where = path + ((second && *second != 0) ? QStringLiteral(".second") : QStringLiteral(".millisecond"));
        notice(where, TimelineJs::tr("Annals keeps dates to the minute; the seconds of this %1 were dropped.").arg(noun));
    }
    Precision precision = Precision::Year;
    if (minute)
        precision = Precision::Minute;
    else if (hour)
        precision = Precision::Hour;
    else if (day)
        precision = Precision::Day;
    else if (month)
        precision = Precision::Month;
    const CivilDateTime civil{*year, int(month.value_or(1)), int(day.value_or(1)), int(hour.value_or(0)),
                              int(minute.value_or(0)), 0};
    result.date = HistoricalDate::fromCivil(civil, precision);
    if (!result.date.isValid()) {
        error(path, TimelineJs::tr("This date cannot be represented."));
        return result;
    }
    result.ok = true;
    // A display_date that names this date more coarsely or approximately
    // ("1950s" for 1950, "c. 1200" for 1200) is the precision, not a label:
    // export writes decades and approximate dates that way.
    const QString shown = display->trimmed();
    // Labels export writes are short; a long one is only ever a label.
    if (!shown.isEmpty() && shown.size() <= 100) {
        const DateParseResult parsed = DateParser::parse(shown);
        if (parsed.ok() && parsed.date.precision() <= precision && parsed.date.seconds() == result.date.seconds()
            && (parsed.date.precision() < precision || parsed.date.isApproximate())
            && HistoricalDate::fromCivil(civil, parsed.date.precision(), parsed.date.isApproximate()) == parsed.date) {
            result.date = parsed.date;
        } else {
            result.displayDate = shown;
        }
    } else if (!shown.isEmpty()) {
        result.displayDate = shown;
    }
    return result;
}

ItemId Importer::sourceFor(const QJsonObject &media, const QString &path, QString *caption)
{
    const auto field = [&](const char *key) {
        return string(media, QString::fromLatin1(key), path + u'.' + QLatin1String(key));
    };
    const std::optional<QString> url = field("url");
    const std::optional<QString> captionHtml = field("caption");
    const std::optional<QString> credit = field("credit");
    const std::optional<QString> title = field("title");
    if (!url || !captionHtml || !credit || !title)
        return 0;
    for (const char *unkept : {"thumbnail", "alt", "link"}) {
        const QJsonValue value = media.value(QLatin1String(unkept));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            tally(QStringLiteral("media.") + QLatin1String(unkept), path + u'.' + QLatin1String(unkept));
    }
    QString address = url->trimmed();
    // TimelineJS reads "//host/path" as a web address (protocol-relative).
    if (address.startsWith(QLatin1String("//")))
        address.prepend(QLatin1String("https:"));
    if (address.isEmpty())
        return 0;
    if (!isWebAddress(address)) {
        tally(QStringLiteral("media"), path + QStringLiteral(".url"));
        return 0;
    }
    *caption = TimelineJs::htmlToPlainText(*captionHtml);
    if (const ItemId known = m_sourceByUrl.value(address); known != 0)
        return known;
    for (const Source &existing : m_into.sources) {
        if (existing.id > 0 && existing.url.trimmed() == address) {
            m_sourceByUrl.insert(address, existing.id);
            return existing.id;
        }
    }
    Source source;
    source.url = address;
    source.author = TimelineJs::htmlToPlainText(*credit);
    source.title = TimelineJs::htmlToPlainText(*title);
    if (source.title.isEmpty())
        source.title = *caption;
    if (source.title.isEmpty())
        source.title = source.author;
    if (source.title.isEmpty())
        source.title = QUrl(address).host();
    if (!validateSource(source).isEmpty()) {
        tally(QStringLiteral("media"), path + QStringLiteral(".url"));
        return 0;
    }
    m_bundle.sources.append(source);
    const ItemId reference = bundleRef(m_bundle.sources.size() - 1);
    m_sourceByUrl.insert(address, reference);
    return reference;
}

Importer::SlideText Importer::slideText(const QJsonObject &slide, const QString &path)
{
    const QJsonValue text = slide.value(QLatin1String("text"));
    if (!text.isObject()) {
        if (!text.isUndefined() && !text.isNull())
            error(path + QStringLiteral(".text"), TimelineJs::tr("text must be an object with a headline and a text."));
        return {};
    }
    const QJsonObject object = text.toObject();
    const QString headline = string(object, QStringLiteral("headline"), path + QStringLiteral(".text.headline")).value_or(QString());
    const QString body = string(object, QStringLiteral("text"), path + QStringLiteral(".text.text")).value_or(QString());
    return {TimelineJs::htmlToPlainText(headline), TimelineJs::htmlToMarkdown(body), body};
}

std::optional<Citation> Importer::mediaCitation(const QJsonObject &slide, const QString &path, const QString &itemKind,
                                                ItemId itemId)
{
    const QJsonValue media = slide.value(QLatin1String("media"));
    if (!media.isObject()) {
        if (!media.isUndefined() && !media.isNull())
            error(path + QStringLiteral(".media"), TimelineJs::tr("media must be an object with a url."));
        return std::nullopt;
    }
    Citation citation;
    citation.sourceId = sourceFor(media.toObject(), path + QStringLiteral(".media"), &citation.note);
    if (citation.sourceId == 0)
        return std::nullopt;
    citation.itemKind = itemKind;
    citation.itemId = itemId;
    return citation;
}

void Importer::readTitle(const QJsonObject &title)
{
    const QString path = QStringLiteral("title");
    const SlideText text = slideText(title, path);
    m_bundle.meta.title = text.title;
    m_bundle.meta.description = text.description;
    if (const auto citation = mediaCitation(title, path, QStringLiteral("atlas"), 0))
        m_bundle.citations.append(*citation);
    if (title.contains(QLatin1String("background")))
        tally(QStringLiteral("background"), path + QStringLiteral(".background"));
}

void Importer::readEvent(const QJsonValue &value, qsizetype index)
{
    const QString path = QStringLiteral("events[%1]").arg(index);
    if (!value.isObject()) {
        error(path, TimelineJs::tr("An event must be an object."));
        return;
    }
    const QJsonObject object = value.toObject();
    const qsizetype errorsBefore = m_errors.size();
    Event event;
    const SlideText text = slideText(object, path);
    event.title = text.title;
    event.description = text.description;
    if (event.title.isEmpty()) {
        const QStringList words = TimelineJs::htmlToPlainText(text.html).split(u' ', Qt::SkipEmptyParts);
        event.title = words.mid(0, 8).join(u' ');
        if (words.size() > 8)
            event.title += QChar(0x2026);
        if (event.title.isEmpty())
            event.title = TimelineJs::tr("Untitled event");
        notice(path + QStringLiteral(".text.headline"),
               TimelineJs::tr("This event has no headline; it is called \"%1\".").arg(event.title));
    }
    if (const auto group = string(object, QStringLiteral("group"), path + QStringLiteral(".group")))
        event.category = TimelineJs::htmlToPlainText(*group);
    const auto slideDisplay = string(object, QStringLiteral("display_date"), path + QStringLiteral(".display_date"));

    DateRead start;
    DateRead end;
    if (!object.contains(QLatin1String("start_date"))) {
        error(path + QStringLiteral(".start_date"), validateEvent(event));
    } else {
        start = date(object.value(QLatin1String("start_date")), path + QStringLiteral(".start_date"), TimelineJs::tr("start date"));
    }
    // Spreadsheet exports write a missing end as {"year": "", "month": ""}.
    const bool hasEnd = !isBlankDate(object.value(QLatin1String("end_date")));
    if (hasEnd)
        end = date(object.value(QLatin1String("end_date")), path + QStringLiteral(".end_date"), TimelineJs::tr("end date"));
    event.when.start = start.date;
    event.when.end = end.date;
    if (slideDisplay && !slideDisplay->trimmed().isEmpty()) {
        event.displayDate = slideDisplay->trimmed();
    } else if (!start.displayDate.isEmpty() || !end.displayDate.isEmpty()) {
        const QString from = start.displayDate.isEmpty() ? start.date.toEnglishString() : start.displayDate;
        event.displayDate = end.displayDate.isEmpty() ? from : from + QStringLiteral(" – ") + end.displayDate;
    }

    const std::optional<Citation> citation =
        mediaCitation(object, path, QStringLiteral("event"), bundleRef(m_bundle.events.size()));

    if (const QJsonValue id = object.value(QLatin1String("unique_id")); id.isString() || id.isDouble()) {
        const QString key = id.isString() ? id.toString() : QString::number(id.toDouble());
        if (m_uniqueIds.contains(key))
            tally(QStringLiteral("unique_id"), path + QStringLiteral(".unique_id"));
        else
            m_uniqueIds.insert(key, path);
    }
    for (const char *unkept : {"background", "type", "location", "autolink"}) {
        if (object.contains(QLatin1String(unkept)))
            tally(QLatin1String(unkept), path + u'.' + QLatin1String(unkept));
    }

    if (m_errors.size() > errorsBefore || !start.ok || (hasEnd && !end.ok))
        return;
    if (const QString problem = validateEvent(event); !problem.isEmpty()) {
        error(path + (event.when.hasEnd() ? QStringLiteral(".end_date") : QString()), problem);
        return;
    }
    m_bundle.events.append(event);
    if (citation)
        m_bundle.citations.append(*citation);
}

void Importer::readEra(const QJsonValue &value, qsizetype index)
{
    const QString path = QStringLiteral("eras[%1]").arg(index);
    if (!value.isObject()) {
        error(path, TimelineJs::tr("An era must be an object."));
        return;
    }
    const QJsonObject object = value.toObject();
    const qsizetype errorsBefore = m_errors.size();
    Era era;
    const SlideText text = slideText(object, path);
    era.title = text.title;
    era.description = text.description;
    if (era.title.isEmpty()) {
        era.title = TimelineJs::tr("Era %1").arg(index + 1);
        notice(path + QStringLiteral(".text.headline"), TimelineJs::tr("This era has no headline; it is called \"%1\".").arg(era.title));
    }
    Era probe = era;
    DateRead start;
    DateRead end;
    if (object.contains(QLatin1String("start_date"))) {
        start = date(object.value(QLatin1String("start_date")), path + QStringLiteral(".start_date"), TimelineJs::tr("start date"));
        probe.when.start = start.date;
    } else {
        error(path + QStringLiteral(".start_date"), validateEra(probe));
        return;
    }
    if (object.contains(QLatin1String("end_date"))) {
        end = date(object.value(QLatin1String("end_date")), path + QStringLiteral(".end_date"), TimelineJs::tr("end date"));
    } else if (start.ok) {
        error(path + QStringLiteral(".end_date"), validateEra(probe));
        return;
    }
    if (m_errors.size() > errorsBefore || !start.ok || !end.ok)
        return;
    era.when.start = start.date;
    era.when.end = end.date;
    if (const QString problem = validateEra(era); !problem.isEmpty()) {
        error(path + QStringLiteral(".end_date"), problem);
        return;
    }
    if (!start.displayDate.isEmpty() || !end.displayDate.isEmpty())
        tally(QStringLiteral("era display_date"), path);
    m_bundle.eras.append(era);
}

// No translation is loaded for English, so "%n item(s)" would show as
// written: the singular and the plural are spelled out.
QString counted(qsizetype count, const QString &one, const QString &many)
{
    return (count == 1 ? one : many).arg(count);
}

void Importer::noteTallies()
{
    for (auto it = m_tallies.cbegin(); it != m_tallies.cend(); ++it) {
        const int n = it->count;
        const QString &kind = it.key();
        QString message;
        if (kind == QLatin1String("background"))
            message = counted(n, TimelineJs::tr("%1 slide background not kept: Annals has no slide backgrounds."),
                              TimelineJs::tr("%1 slide backgrounds not kept: Annals has no slide backgrounds."));
        else if (kind == QLatin1String("type"))
            message = counted(n, TimelineJs::tr("%1 slide type not kept: Annals shows every event the same way."),
                              TimelineJs::tr("%1 slide types not kept: Annals shows every event the same way."));
        else if (kind == QLatin1String("location"))
            message = counted(n, TimelineJs::tr("%1 map location not kept."), TimelineJs::tr("%1 map locations not kept."));
        else if (kind == QLatin1String("autolink"))
            message = TimelineJs::tr("The autolink setting is not kept.");
        else if (kind == QLatin1String("scale"))
            message = TimelineJs::tr("The scale setting is not kept: Annals picks its scale from the dates.");
        else if (kind == QLatin1String("media"))
            message = counted(n,
                              TimelineJs::tr("%1 media item not kept: only web addresses (http or https) become "
                                             "sources, not embedded HTML, quotes or files."),
                              TimelineJs::tr("%1 media items not kept: only web addresses (http or https) become "
                                             "sources, not embedded HTML, quotes or files."));
        else if (kind == QLatin1String("media.thumbnail"))
            message = counted(n, TimelineJs::tr("%1 media thumbnail not kept."), TimelineJs::tr("%1 media thumbnails not kept."));
        else if (kind == QLatin1String("media.alt"))
            message = counted(n, TimelineJs::tr("%1 media alt text not kept."), TimelineJs::tr("%1 media alt texts not kept."));
        else if (kind == QLatin1String("media.link"))
            message = counted(n, TimelineJs::tr("%1 media link not kept."), TimelineJs::tr("%1 media links not kept."));
        else if (kind == QLatin1String("unique_id"))
            message = counted(n, TimelineJs::tr("%1 event repeats a unique_id used before (unique_ids are not kept)."),
                              TimelineJs::tr("%1 events repeat a unique_id used before (unique_ids are not kept)."));
        else if (kind == QLatin1String("era display_date"))
            message = counted(n, TimelineJs::tr("%1 era display date not kept."), TimelineJs::tr("%1 era display dates not kept."));
        notice(it->firstPath, message);
    }
}

void Importer::placeIssues(QList<ImportIssue> *out, const QList<PendingIssue> &issues)
{
    if (issues.isEmpty())
        return;
    // A missing field is placed at the nearest value that is there.
    const auto prefixes = [](QString path) {
        QStringList list;
        while (!path.isEmpty()) {
            list.append(path);
            const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
            path.truncate(std::max<qsizetype>(cut, 0));
        }
        list.append(QString());
        return list;
    };
    QSet<QString> wanted;
    for (const PendingIssue &issue : issues) {
        for (const QString &prefix : prefixes(issue.path))
            wanted.insert(prefix);
    }
    const QHash<QString, qsizetype> offsets = JsonPositions::find(m_text, wanted);
    for (const PendingIssue &issue : issues) {
        ImportIssue placed;
        placed.field = issue.path;
        placed.message = issue.message;
        for (const QString &prefix : prefixes(issue.path)) {
            if (const auto it = offsets.constFind(prefix); it != offsets.cend()) {
                std::tie(placed.line, placed.column) = JsonPositions::lineAndColumn(m_text, *it);
                break;
            }
        }
        out->append(placed);
    }
}

ImportResult Importer::run(const QJsonDocument &document)
{
    ImportResult result;
    if (!document.isObject()) {
        error(QString(), TimelineJs::tr("A TimelineJS file is a JSON object with an \"events\" list; this one is not an object."));
    } else {
        const QJsonObject root = document.object();
        if (root.contains(QLatin1String("timeline")) && !root.contains(QLatin1String("events"))) {
            error(QStringLiteral("timeline"),
                  TimelineJs::tr("This is the older TimelineJS 2 format (a \"timeline\" object); Annals reads TimelineJS3 "
                                 "JSON, with \"events\" at the top. Open it in TimelineJS3 and save it again, "
                                 "or export it as a spreadsheet and import that."));
        } else if (!root.value(QLatin1String("events")).isArray()) {
            error(root.contains(QLatin1String("events")) ? QStringLiteral("events") : QString(),
                  TimelineJs::tr("A TimelineJS file needs an \"events\" list."));
        } else {
            const QJsonArray events = root.value(QLatin1String("events")).toArray();
            const QJsonArray eras = root.value(QLatin1String("eras")).toArray();
            if (root.contains(QLatin1String("eras")) && !root.value(QLatin1String("eras")).isArray())
                error(QStringLiteral("eras"), TimelineJs::tr("\"eras\" must be a list."));
            if (events.size() > m_limits.maximumItems)
                error(QStringLiteral("events"), TimelineJs::tr("The file has %1 events; at most %2 can be imported.")
                                                    .arg(events.size())
                                                    .arg(m_limits.maximumItems));
            if (eras.size() > m_limits.maximumItems)
                error(QStringLiteral("eras"), TimelineJs::tr("The file has %1 eras; at most %2 can be imported.")
                                                  .arg(eras.size())
                                                  .arg(m_limits.maximumItems));
            if (m_errors.isEmpty()) {
                if (const QJsonValue title = root.value(QLatin1String("title")); title.isObject())
                    readTitle(title.toObject());
                else if (!title.isUndefined() && !title.isNull())
                    error(QStringLiteral("title"), TimelineJs::tr("The title slide must be an object."));
                for (qsizetype i = 0; i < events.size() && !full(); ++i)
                    readEvent(events.at(i), i);
                for (qsizetype i = 0; i < eras.size() && !full(); ++i)
                    readEra(eras.at(i), i);
                // "human" is TimelineJS's default and what the dates say
                // anyway: only another scale is worth a notice.
                if (root.contains(QLatin1String("scale"))
                    && root.value(QLatin1String("scale")).toString() != QLatin1String("human"))
                    tally(QStringLiteral("scale"), QStringLiteral("scale"));
                if (root.contains(QLatin1String("autolink")))
                    tally(QStringLiteral("autolink"), QStringLiteral("autolink"));
                noteTallies();
            }
        }
    }
    placeIssues(&result.errors, m_errors);
    placeIssues(&result.notices, m_notices);
    // In the order of the file, however they were found.
    const auto byPosition = [](const ImportIssue &a, const ImportIssue &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    };
    std::stable_sort(result.errors.begin(), result.errors.end(), byPosition);
    std::stable_sort(result.notices.begin(), result.notices.end(), byPosition);
    if (result.errors.isEmpty())
        result.bundle = std::move(m_bundle);
    return result;
}

} // namespace

ImportResult TimelineJs::import(QByteArrayView json, const AtlasData &into, const ImportLimits &limits)
{
    ImportResult result;
    if (json.size() > limits.maximumBytes) {
        result.errors.append({0, 0, QString(),
                              tr("The file is %1 bytes; files up to %2 bytes can be imported.")
                                  .arg(json.size())
                                  .arg(limits.maximumBytes)});
        return result;
    }
    if (json.startsWith("\xEF\xBB\xBF"))
        json = json.sliced(3);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's parser sometimes says where it gave up rather than where the
        // text went wrong ("1950 "month"" is blamed on "mo"): the walker's
        // own stop, when earlier, is the better place.
        JsonWalker walker(json);
        walker.run();
        if (!walker.stopped || walker.stopOffset > parseError.offset) {
            walker = JsonWalker(json);
            walker.stopAt = parseError.offset;
            walker.run();
        }
        const qsizetype offset = walker.stopped ? std::min<qsizetype>(walker.stopOffset, parseError.offset) : parseError.offset;
        const auto [line, column] = JsonPositions::lineAndColumn(json, offset);
        result.errors.append({line, column, walker.stopPath,
                              parseError.error == QJsonParseError::IllegalUTF8String
                                  ? tr("This text is not UTF-8; save the file as UTF-8.")
                                  : tr("This is not valid JSON: %1.").arg(parseError.errorString())});
        return result;
    }
    Importer importer(json, into, limits);
    return importer.run(document);
}

// ------------------------------------------------------------------- export

namespace {

QJsonObject dateObject(const HistoricalDate &date)
{
    QJsonObject object;
    const CivilDateTime civil = date.civil();
    object.insert(QStringLiteral("year"), QJsonValue(civil.year));
    const Precision precision = date.precision();
    if (precision >= Precision::Month)
        object.insert(QStringLiteral("month"), civil.month);
    if (precision >= Precision::Day)
        object.insert(QStringLiteral("day"), civil.day);
    if (precision >= Precision::Hour)
        object.insert(QStringLiteral("hour"), civil.hour);
    if (precision >= Precision::Minute)
        object.insert(QStringLiteral("minute"), civil.minute);
    // What the parts cannot say (a decade, a century, "about"), the label says;
    // import reads it back.
    if (precision < Precision::Year || date.isApproximate())
        object.insert(QStringLiteral("display_date"), date.toEnglishString());
    return object;
}

QJsonObject textObject(const QString &title, const QString &description)
{
    QJsonObject text;
    text.insert(QStringLiteral("headline"), htmlEscaped(title));
    if (!description.isEmpty())
        text.insert(QStringLiteral("text"), TimelineJs::markdownToHtml(description));
    return text;
}

QString joinedList(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return TimelineJs::tr("%1 and %2", "the last two of a list").arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
}

} // namespace

QByteArray TimelineJs::exportJson(const AtlasData &data, QStringList *notices)
{
    QHash<ItemId, const Source *> sources;
    for (const Source &source : data.sources)
        sources.insert(source.id, &source);
    QHash<std::pair<QString, ItemId>, QList<const Citation *>> citationsByItem;
    for (const Citation &citation : data.citations)
        citationsByItem[{citation.itemKind, citation.itemId}].append(&citation);
    // The first cited source with a web address, per item.
    const auto mediaFor = [&](const QString &kind, ItemId id) -> std::optional<QJsonObject> {
        for (const Citation *citationPointer : citationsByItem.value({kind, id})) {
            const Citation &citation = *citationPointer;
            const Source *source = sources.value(citation.sourceId);
            if (!source || !isWebAddress(source->url.trimmed()))
                continue;
            QJsonObject media;
            media.insert(QStringLiteral("url"), source->url.trimmed());
            if (!source->title.isEmpty())
                media.insert(QStringLiteral("title"), htmlEscaped(source->title));
            if (!source->author.isEmpty())
                media.insert(QStringLiteral("credit"), htmlEscaped(source->author));
            if (!citation.note.isEmpty())
                media.insert(QStringLiteral("caption"), htmlEscaped(citation.note));
            return media;
        }
        return std::nullopt;
    };

    QJsonObject root;
    if (!data.meta.title.isEmpty() || !data.meta.description.isEmpty()) {
        QJsonObject title;
        title.insert(QStringLiteral("text"), textObject(data.meta.title, data.meta.description));
        if (const auto media = mediaFor(QStringLiteral("atlas"), 0))
            title.insert(QStringLiteral("media"), *media);
        root.insert(QStringLiteral("title"), title);
    }

    bool cosmological = false;
    const auto noteYear = [&](const HistoricalDate &date) {
        if (date.isValid() && std::abs(date.astronomicalYear()) > javascriptDateYearLimit)
            cosmological = true;
    };

    QList<const Event *> events;
    for (const Event &event : data.events)
        events.append(&event);
    std::stable_sort(events.begin(), events.end(), [](const Event *a, const Event *b) {
        return a->when.start.seconds() < b->when.start.seconds();
    });
    QJsonArray eventArray;
    bool placesOrImportance = false;
    for (const Event *event : std::as_const(events)) {
        QJsonObject object;
        object.insert(QStringLiteral("start_date"), dateObject(event->when.start));
        noteYear(event->when.start);
        if (event->when.hasEnd()) {
            object.insert(QStringLiteral("end_date"), dateObject(event->when.end));
            noteYear(event->when.end);
        }
        if (!event->displayDate.isEmpty())
            object.insert(QStringLiteral("display_date"), event->displayDate);
        object.insert(QStringLiteral("text"), textObject(event->title, event->description));
        if (!event->category.isEmpty())
            object.insert(QStringLiteral("group"), htmlEscaped(event->category));
        object.insert(QStringLiteral("unique_id"), QStringLiteral("annals-event-%1").arg(event->id));
        if (const auto media = mediaFor(QStringLiteral("event"), event->id))
            object.insert(QStringLiteral("media"), *media);
        placesOrImportance = placesOrImportance || !event->place.isEmpty() || event->importance != 3 || !event->actors.isEmpty();
        eventArray.append(object);
    }
    root.insert(QStringLiteral("events"), eventArray);

    QJsonArray eraArray;
    bool eraColours = false;
    for (const Era &era : data.eras) {
        QJsonObject object;
        object.insert(QStringLiteral("start_date"), dateObject(era.when.start));
        noteYear(era.when.start);
        if (era.when.hasEnd()) {
            object.insert(QStringLiteral("end_date"), dateObject(era.when.end));
            noteYear(era.when.end);
        }
        object.insert(QStringLiteral("text"), textObject(era.title, era.description));
        eraColours = eraColours || !era.colour.isEmpty();
        eraArray.append(object);
    }
    if (!eraArray.isEmpty())
        root.insert(QStringLiteral("eras"), eraArray);
    root.insert(QStringLiteral("scale"), cosmological ? QStringLiteral("cosmological") : QStringLiteral("human"));

    if (notices) {
        QStringList leftOut;
        qsizetype leftOutCount = 0;
        const auto leaveOut = [&](qsizetype count, const QString &one, const QString &many) {
            if (count > 0)
                leftOut.append(counted(count, one, many));
            leftOutCount += count;
        };
        leaveOut(data.actors.size(), tr("%1 actor"), tr("%1 actors"));
        leaveOut(data.relations.size(), tr("%1 relation"), tr("%1 relations"));
        leaveOut(data.eventLinks.size(), tr("%1 event link"), tr("%1 event links"));
        leaveOut(data.series.size(), tr("%1 series"), tr("%1 series"));
        leaveOut(data.tours.size(), tr("%1 tour"), tr("%1 tours"));
        if (leftOutCount == 1)
            notices->append(tr("%1 is not part of TimelineJS and was left out.").arg(leftOut.first()));
        else if (leftOutCount > 1)
            notices->append(tr("%1 are not part of TimelineJS and were left out.").arg(joinedList(leftOut)));
        if (placesOrImportance)
            notices->append(tr("Events' places, importance and actors are not part of TimelineJS and were left out."));
        if (eraColours)
            notices->append(tr("Era colours are not part of TimelineJS and were left out."));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Annals
