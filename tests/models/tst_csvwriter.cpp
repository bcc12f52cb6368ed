// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"
#include "csvwriter.h"

#include <QTest>

using namespace Annals;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void exactBytes_data();
    void exactBytes();
    void startsWithByteOrderMark();
    void otherDelimiter();
    void readsBackUnchanged_data();
    void readsBackUnchanged();
};

// The bytes after the byte-order mark, record by record.
void TestCsvWriter::exactBytes_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringList{"a", "b", "c"} << QByteArray("a,b,c\r\n");
    QTest::newRow("empty fields") << QStringList{"", "b", ""} << QByteArray(",b,\r\n");
    QTest::newRow("one empty field is not a blank line") << QStringList{""} << QByteArray("\"\"\r\n");
    QTest::newRow("delimiter") << QStringList{"a,b", "c"} << QByteArray("\"a,b\",c\r\n");
    QTest::newRow("quotes doubled") << QStringList{"say \"hi\""} << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("embedded CRLF") << QStringList{"one\r\ntwo", "x"} << QByteArray("\"one\r\ntwo\",x\r\n");
    QTest::newRow("embedded LF") << QStringList{"one\ntwo"} << QByteArray("\"one\ntwo\"\r\n");
    QTest::newRow("lone CR") << QStringList{"one\rtwo"} << QByteArray("\"one\rtwo\"\r\n");
    QTest::newRow("semicolon unquoted with comma delimiter") << QStringList{"a;b"} << QByteArray("a;b\r\n");
    QTest::newRow("spaces kept") << QStringList{" a ", "b "} << QByteArray(" a ,b \r\n");
    QTest::newRow("UTF-8") << QStringList{QString::fromUtf8("김일성"), QString::fromUtf8("é")}
                           << QByteArray("\xEA\xB9\x80\xEC\x9D\xBC\xEC\x84\xB1,\xC3\xA9\r\n");
}

void TestCsvWriter::exactBytes()
{
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, expected);
    CsvWriter writer;
    writer.writeRecord(fields);
    QCOMPARE(writer.bytes(), QByteArray("\xEF\xBB\xBF") + expected);
}

void TestCsvWriter::startsWithByteOrderMark()
{
    QCOMPARE(CsvWriter().bytes(), QByteArray("\xEF\xBB\xBF"));
    CsvWriter writer;
    writer.writeRecord({"h1", "h2"});
    writer.writeRecord({"1", "2"});
    QCOMPARE(writer.bytes(), QByteArray("\xEF\xBB\xBFh1,h2\r\n1,2\r\n"));
}

void TestCsvWriter::otherDelimiter()
{
    CsvWriter writer(QLatin1Char(';'));
    writer.writeRecord({"a;b", "c,d", "e"});
    QCOMPARE(writer.bytes(), QByteArray("\xEF\xBB\xBF\"a;b\";c,d;e\r\n"));
    QCOMPARE(CsvWriter::field(QStringLiteral("x\ty"), QLatin1Char('\t')), QStringLiteral("\"x\ty\""));
}

void TestCsvWriter::readsBackUnchanged_data()
{
    QTest::addColumn<QList<QStringList>>("records");
    QTest::newRow("simple") << QList<QStringList>{{"a", "b"}, {"c", "d"}};
    QTest::newRow("every special character")
        << QList<QStringList>{{"a,b", "\"q\"", "x\ny"}, {"", ",", "\"\""}, {"; ;", "\t", "end"}};
    QTest::newRow("a single empty field") << QList<QStringList>{{"h"}, {""}, {"t"}};
}

// CsvReader reads line breaks inside quotes as LF; the rest comes back as written.
void TestCsvWriter::readsBackUnchanged()
{
    QFETCH(QList<QStringList>, records);
    CsvWriter writer;
    for (const QStringList &record : records)
        writer.writeRecord(record);
    CsvError error;
    const auto table = CsvReader::read(writer.bytes(), &error, QLatin1Char(','));
    QVERIFY2(table, qPrintable(error.message));
    QCOMPARE(table->records, records);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
