// SPDX-License-Identifier: GPL-3.0-or-later
#include "safemarkdown.h"
#include "textdocument_testing.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QTest>
#include <QTextCursor>

using namespace Annals;

namespace {

ShownText render(const QString &markdown)
{
    QTextDocument document;
    QTextCursor(&document).insertFragment(SafeMarkdown::render(markdown));
    return inspectDocument(document);
}

} // namespace

class tst_SafeMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formattingSurvives();
    void webLinksStayLinks_data();
    void webLinksStayLinks();
    void hostileInputIsNeutralised_data();
    void hostileInputIsNeutralised();
    void imagesBecomeTheirAltText();
    void aNeutralisedDocumentAsksForNothingWhenLaidOut();
    void resourceFreeDocumentRefusesEveryScheme_data();
    void resourceFreeDocumentRefusesEveryScheme();
    void controlCharactersAreDropped();
    void escapedTextIsNeverMarkup();
    void longTextIsShownPlain_data();
    void longTextIsShownPlain();
};

void tst_SafeMarkdown::formattingSurvives()
{
    const ShownText rendered = render(QStringLiteral("Some *emphasis* and **strength**.\n\n- one\n- two\n- three\n"));
    QCOMPARE(rendered.italics, 1);
    QCOMPARE(rendered.bolds, 1);
    QCOMPARE(rendered.listItems, 3);
    QVERIFY(rendered.text.contains(QLatin1String("Some emphasis and strength.")));
    QVERIFY(!rendered.text.contains(QLatin1Char('*')));
}

void tst_SafeMarkdown::webLinksStayLinks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("href");
    QTest::newRow("https") << "[the war](https://en.wikipedia.org/wiki/Korean_War)" << "https://en.wikipedia.org/wiki/Korean_War";
    QTest::newRow("http") << "[x](http://example.org/a?b=c#d)" << "http://example.org/a?b=c#d";
    QTest::newRow("upper-case scheme") << "[x](HTTPS://example.org/)" << "HTTPS://example.org/";
    QTest::newRow("autolink") << "<https://example.org/>" << "https://example.org/";
}

void tst_SafeMarkdown::webLinksStayLinks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, href);
    QCOMPARE(render(markdown).links, QStringList{href});
}

void tst_SafeMarkdown::hostileInputIsNeutralised_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("shownText");
    QTest::newRow("script element") << "<script>alert(1)</script>" << "<script>alert(1)</script>";
    QTest::newRow("html image") << "<img src=http://evil/x.png>" << "<img src=http://evil/x.png>";
    QTest::newRow("html link") << "<a href=\"http://x\">y</a>" << "<a href=\"http://x\">y</a>";
    QTest::newRow("html block") << "<div onclick=\"x()\">\nhello\n</div>" << "<div onclick=\"x()\">";
    QTest::newRow("style element") << "<style>body{background:url(http://evil/)}</style>" << "<style>";
    QTest::newRow("markdown image") << "![x](http://evil/x.png)" << "[image: x]";
    QTest::newRow("javascript link") << "[a](javascript:alert(1))" << "a";
    QTest::newRow("javascript, mixed case") << "[a](JaVaScRiPt:alert(1))" << "a";
    QTest::newRow("file link") << "[a](file:///etc/passwd)" << "a";
    QTest::newRow("data link") << "[a](data:text/html,<b>x</b>)" << "a";
    QTest::newRow("ftp link") << "[a](ftp://example.org/x)" << "a";
    QTest::newRow("relative link") << "[a](../x.html)" << "a";
    QTest::newRow("http without host") << "[a](http:/etc/passwd)" << "a";
    QTest::newRow("mailto autolink") << "<mailto:someone@example.org>" << "someone@example.org";
    QTest::newRow("entities") << "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#65;" << "<script>alert(1)</script> & A";
    QTest::newRow("percent") << "100% %s %n %1" << "100% %s %n %1";
    QTest::newRow("NUL bytes") << QStringLiteral("a%1b").arg(QChar(0)) << "ab";
}

void tst_SafeMarkdown::hostileInputIsNeutralised()
{
    QFETCH(QString, markdown);
    QFETCH(QString, shownText);
    const ShownText rendered = render(markdown);
    QVERIFY2(rendered.text.contains(shownText), qPrintable(rendered.text));
    QCOMPARE(rendered.images, 0);
    QCOMPARE(rendered.links, QStringList());
    QVERIFY(!rendered.text.contains(QChar(0)));
}

void tst_SafeMarkdown::imagesBecomeTheirAltText()
{
    const ShownText rendered = render(QStringLiteral("Before ![a map](https://example.org/map.png) after ![](x.png) end"));
    QCOMPARE(rendered.images, 0);
    // Qt drops an image without alt text altogether; either way nothing loads.
    QVERIFY2(rendered.text.startsWith(QLatin1String("Before [image: a map] after ")), qPrintable(rendered.text));
    QVERIFY(rendered.text.endsWith(QLatin1String(" end")));
    const ShownText linked = render(QStringLiteral("[![logo](http://evil/l.png)](https://example.org/)"));
    QCOMPARE(linked.images, 0);
    QVERIFY2(linked.text.contains(QLatin1String("[image: logo]")), qPrintable(linked.text));
}

void tst_SafeMarkdown::aNeutralisedDocumentAsksForNothingWhenLaidOut()
{
    ResourceFreeDocument document;
    QTextCursor(&document).insertFragment(
        SafeMarkdown::render(QStringLiteral("![x](http://evil/x.png)\n\n<img src=http://evil/y.png>\n\n![z](data:image/png;base64,AAAA)")));
    document.setTextWidth(400);
    QVERIFY(document.documentLayout()->documentSize().height() > 0);
    QCOMPARE(document.refusedRequests(), 0);
}

void tst_SafeMarkdown::resourceFreeDocumentRefusesEveryScheme_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("http image") << "<img src=\"http://evil/x.png\">";
    QTest::newRow("file image") << "<img src=\"file:///etc/passwd\">";
    QTest::newRow("relative image") << "<img src=\"x.png\">";
}

void tst_SafeMarkdown::resourceFreeDocumentRefusesEveryScheme()
{
    // What would happen if raw HTML ever reached a document: asked, refused.
    QFETCH(QString, html);
    ResourceFreeDocument document;
    document.setHtml(html);
    document.setTextWidth(400);
    (void)document.documentLayout()->documentSize();
    QVERIFY(document.refusedRequests() > 0);
}

void tst_SafeMarkdown::controlCharactersAreDropped()
{
    const QString text = QStringLiteral("a%1b%2c\td\ne").arg(QChar(0), QChar(0x1b));
    QCOMPARE(SafeMarkdown::withoutControlCharacters(text), QStringLiteral("abc\td\ne"));
    QCOMPARE(SafeMarkdown::withoutControlCharacters(QStringLiteral("Pyongyang 평양")), QStringLiteral("Pyongyang 평양"));
}

void tst_SafeMarkdown::escapedTextIsNeverMarkup()
{
    QTextDocument document;
    const QString hostile = QStringLiteral("<a href=\"http://x\">y</a> <img src=http://evil/x.png> &amp; %1");
    document.setHtml(QStringLiteral("<p>%1</p>").arg(SafeMarkdown::escaped(hostile)));
    const ShownText rendered = inspectDocument(document);
    QCOMPARE(rendered.text, hostile);
    QCOMPARE(rendered.links, QStringList());
    QCOMPARE(rendered.images, 0);
}

void tst_SafeMarkdown::longTextIsShownPlain_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("formatted");
    QTest::newRow("at the limit") << int(SafeMarkdown::markdownLimit) << true;
    QTest::newRow("a megabyte") << 1024 * 1024 << false;
}

void tst_SafeMarkdown::longTextIsShownPlain()
{
    QFETCH(int, size);
    QFETCH(bool, formatted);
    const QString paragraph = QStringLiteral("Some *text* with [a link](https://example.org/) and ![img](http://evil/x.png).\n\n");
    QString markdown;
    while (markdown.size() + paragraph.size() + 3 <= size)
        markdown += paragraph;
    markdown += QString(size - markdown.size(), QLatin1Char('x'));
    QCOMPARE(markdown.size(), size);
    QElapsedTimer timer;
    timer.start();
    const ShownText rendered = render(markdown);
    qInfo("%d characters rendered in %lld ms", size, timer.elapsed());
    QCOMPARE(rendered.images, 0);
    QCOMPARE(rendered.links.isEmpty(), !formatted);
    QCOMPARE(rendered.text.contains(QLatin1String("*text*")), !formatted);
    QVERIFY2(rendered.text.endsWith(QLatin1String("xxx")), qPrintable(rendered.text.right(40)));
}

QTEST_MAIN(tst_SafeMarkdown)
#include "tst_safemarkdown.moc"
