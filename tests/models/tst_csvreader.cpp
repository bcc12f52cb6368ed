// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Annals;

Q_DECLARE_METATYPE(QList<QStringList>)

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void malformed_data();
    void malformed();
    void recordLinesCountQuotedLineBreaks();
    void limitsFailCleanly();
    void delimiterCanBeGiven();
    void realFiles_data();
    void realFiles();
};

void TestCsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QString>("delimiter");

    using R = QList<QStringList>;
    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << R{{"a", "b", "c"}, {"1", "2", "3"}} << ",";
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << R{{"a", "b"}, {"1", "2"}} << ",";
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << R{{"a", "b"}, {"1", "2"}} << ",";
    QTest::newRow("CR only") << QByteArray("a,b\r1,2\r") << R{{"a", "b"}, {"1", "2"}} << ",";
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFYear,Headline\n1950,War\n") << R{{"Year", "Headline"}, {"1950", "War"}} << ",";
    QTest::newRow("quoted delimiter") << QByteArray("\"Seoul, Korea\",x\n") << R{{"Seoul, Korea", "x"}} << ",";
    QTest::newRow("doubled quotes") << QByteArray("\"the \"\"85th\"\" anniversary\"\n") << R{{"the \"85th\" anniversary"}} << ",";
    QTest::newRow("line break in quotes") << QByteArray("\"two\r\nlines\",x\n") << R{{"two\nlines", "x"}} << ",";
    QTest::newRow("empty quoted field") << QByteArray("\"\",a\n") << R{{"", "a"}} << ",";
    QTest::newRow("empty fields") << QByteArray(",,\n") << R{{"", "", ""}} << ",";
    QTest::newRow("trailing delimiter") << QByteArray("a,\n") << R{{"a", ""}} << ",";
    QTest::newRow("trailing delimiter at end") << QByteArray("a,b,") << R{{"a", "b", ""}} << ",";
    QTest::newRow("blank line inside is a record") << QByteArray("a\n\nb\n") << R{{"a"}, {""}, {"b"}} << ",";
    QTest::newRow("empty file") << QByteArray() << R{} << ",";
    QTest::newRow("semicolons (European spreadsheets)") << QByteArray("Jahr;Titel\n1950;\"Krieg; Korea\"\n")
                                                        << R{{"Jahr", "Titel"}, {"1950", "Krieg; Korea"}} << ";";
    QTest::newRow("tabs") << QByteArray("a\tb\tc, d\n1\t2\t3\n") << R{{"a", "b", "c, d"}, {"1", "2", "3"}} << "\t";
    QTest::newRow("a tie goes to the comma") << QByteArray("a\tb,c\n") << R{{"a\tb", "c"}} << ",";
    QTest::newRow("commas in quotes do not vote") << QByteArray("\"a,b,c,d\";x;y\n") << R{{"a,b,c,d", "x", "y"}} << ";";
    QTest::newRow("Korean text") << QByteArray("이름,연도\n조선민주주의인민공화국,1948\n")
                                 << R{{QStringLiteral("이름"), QStringLiteral("연도")}, {QStringLiteral("조선민주주의인민공화국"), "1948"}} << ",";
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << R{{" a ", " b "}} << ",";
}

void TestCsvReader::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    QFETCH(QString, delimiter);
    CsvError error;
    const std::optional<CsvTable> table = CsvReader::read(bytes, &error);
    QVERIFY2(table, qPrintable(QStringLiteral("%1:%2 %3").arg(error.line).arg(error.column).arg(error.message)));
    QCOMPARE(table->records, records);
    QCOMPARE(table->recordLines.size(), records.size());
    QCOMPARE(QString(table->delimiter), delimiter);
    QVERIFY(error.message.isEmpty());
}

void TestCsvReader::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("quote never closed") << QByteArray("a,b\n1,\"open\n2,3\n") << 2 << 3 << "never closed";
    QTest::newRow("quote inside a field") << QByteArray("a,b\n1,say \"hi\"\n") << 2 << 7 << "double the quote";
    QTest::newRow("text after the closing quote") << QByteArray("\"a\"b,c\n") << 1 << 4 << "after a closing quote";
    QTest::newRow("Latin-1 byte") << QByteArray("a,b\nSeo\xe9ul,x\n") << 2 << 4 << "not UTF-8";
    QTest::newRow("overlong slash") << QByteArray("ab\xc0\xaf") << 1 << 3 << "not UTF-8";
    QTest::newRow("surrogate") << QByteArray("x\xed\xa0\x80") << 1 << 2 << "not UTF-8";
    QTest::newRow("cut at the end") << QByteArray("x\xe2\x82") << 1 << 2 << "not UTF-8";
    QTest::newRow("after a quoted line break") << QByteArray("\"a\nb\" x\n") << 2 << 3 << "after a closing quote";
}

void TestCsvReader::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    CsvError error;
    QVERIFY(!CsvReader::read(bytes, &error));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
}

void TestCsvReader::recordLinesCountQuotedLineBreaks()
{
    const QByteArray bytes("h1,h2\n\"one\ntwo\nthree\",x\nlast,y\n");
    CsvError error;
    const auto table = CsvReader::read(bytes, &error);
    QVERIFY(table);
    QCOMPARE(table->recordLines, (QList<int>{1, 2, 5}));
}

void TestCsvReader::limitsFailCleanly()
{
    CsvReader::Limits limits;
    limits.maximumBytes = 100;
    limits.maximumRecords = 3;
    limits.maximumFieldsPerRecord = 4;
    limits.maximumFieldLength = 10;
    CsvError error;
    QVERIFY(!CsvReader::read(QByteArray(101, 'x'), &error, {}, limits));
    QVERIFY2(error.message.contains(QLatin1String("MB")), qPrintable(error.message));
    QVERIFY(!CsvReader::read("a\nb\nc\nd\n", &error, {}, limits));
    QVERIFY2(error.message.contains(QLatin1String("more than 3 records")), qPrintable(error.message));
    QVERIFY(!CsvReader::read("1,2,3,4,5\n", &error, {}, limits));
    QVERIFY2(error.message.contains(QLatin1String("more than 4 fields")), qPrintable(error.message));
    QVERIFY(!CsvReader::read("12345678901\n", &error, {}, limits));
    QVERIFY2(error.message.contains(QLatin1String("longer than 10")), qPrintable(error.message));
    QVERIFY(!CsvReader::read("\"12345678901\"\n", &error, {}, limits));
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, 1);
    // Doubled quotes count too: each is one character of the field (found by fuzz_csvreader).
    QVERIFY(!CsvReader::read("x,\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\n", &error, {}, limits));
    QVERIFY2(error.message.contains(QLatin1String("longer than 10")), qPrintable(error.message));
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, 3);
    QVERIFY(CsvReader::read("\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\n", &error, {}, limits));
    // Right at the limits is fine.
    QVERIFY(CsvReader::read("1234567890,2,3,4\na\nb\n", &error, {}, limits));
}

void TestCsvReader::delimiterCanBeGiven()
{
    CsvError error;
    const auto table = CsvReader::read("a;b,c\n", &error, QLatin1Char(','));
    QVERIFY(table);
    QCOMPARE(table->records, (QList<QStringList>{{"a;b", "c"}}));
    QCOMPARE(CsvReader::detectDelimiter(u"no delimiter at all"), QLatin1Char(','));
    QCOMPARE(CsvReader::detectDelimiter(u"a;b\tc;d"), QLatin1Char(';'));
}

// Real CSV files nobody here wrote (../shared/data; skipped when absent): each
// reads, and every record has the header's number of fields.
void TestCsvReader::realFiles_data()
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(SHARED_DATA_DIR);
    if (!QDir(root).exists()) {
        QTest::newRow("no shared data") << QString();
        return;
    }
    QDirIterator files(root, {QStringLiteral("*.csv")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(path))) << path;
    }
}

void TestCsvReader::realFiles()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("../shared/data is not here");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CsvError error;
    const auto table = CsvReader::read(bytes, &error);
    // Some of them are Latin-1 (the COW intra-state wars: "Man\xe9"): refused
    // with the place of the first such byte, which the person can look up.
    const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes; // fromUtf8 drops a BOM
    const bool utf8 = QString::fromUtf8(text).toUtf8() == text;
    if (!utf8) {
        QVERIFY(!table);
        QVERIFY2(error.message.contains(QLatin1String("not UTF-8")) && error.line > 0 && error.column > 0,
                 qPrintable(error.message));
        return;
    }
    QVERIFY2(table, qPrintable(QStringLiteral("%1:%2:%3: %4").arg(path).arg(error.line).arg(error.column).arg(error.message)));
    QVERIFY(!table->records.isEmpty());
    const qsizetype width = table->records.constFirst().size();
    QVERIFY(width > 1);
    for (qsizetype i = 0; i < table->records.size(); ++i) {
        QVERIFY2(table->records.at(i).size() == width,
                 qPrintable(QStringLiteral("line %1 has %2 fields, the header %3")
                                .arg(table->recordLines.at(i)).arg(table->records.at(i).size()).arg(width)));
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
