// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import…, Import as New Atlas… and Export Data… without their file
// dialogs: an import into the open atlas is one undo step; a file with errors
// adds nothing, says where the errors are and leaves the file as it was; a
// CSV file goes through the column dialog; exports write the chosen format.
#include "atlas.h"
#include "csvimportdialog.h"
#include "dataactions.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace Annals;

namespace {

// A small TimelineJS file: a title slide, two events of one group, one
// with a display date and a picture.
QByteArray timelineJsFixture()
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/dataactions/talks.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

QString write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

} // namespace

class tst_DataActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importIntoTheAtlasIsOneUndoStep();
    void importWithErrorsAddsNothingAndSaysWhere();
    void csvGoesThroughTheColumnDialog();
    void importAsNewMakesAnAtlas();
    void exportWritesEachFormat_data();
    void exportWritesEachFormat();
    void actionsFollowTheAtlas();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<Atlas> m_atlas;
    DataActions *m_actions = nullptr;
};

void tst_DataActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("korea.annals"));
    QString error;
    QVERIFY2(Atlas::writeSample(path, &error), qPrintable(error));
    m_atlas = Atlas::open(path, &error);
    QVERIFY2(m_atlas && !m_atlas->isReadOnly(), qPrintable(error));
    m_window = std::make_unique<QWidget>();
    m_actions = new DataActions(m_window.get());
    m_actions->setAtlas(m_atlas.get());
}

void tst_DataActions::cleanup()
{
    m_window.reset();
    m_atlas.reset();
    m_dir.reset();
}

void tst_DataActions::importIntoTheAtlasIsOneUndoStep()
{
    const qsizetype events = m_atlas->data().events.size();
    const qsizetype sources = m_atlas->data().sources.size();
    QSignalSpy messages(m_actions, &DataActions::message);
    const QString input = write(m_dir->filePath(QStringLiteral("talks.json")), timelineJsFixture());
    QVERIFY(m_actions->importInto(input));
    QCOMPARE(m_atlas->data().events.size(), events + 2);
    QCOMPARE(m_atlas->data().sources.size(), sources + 1);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().first().toString().startsWith(QLatin1String("Imported 2 events, 1 source and 1 citation "
                                                                          "from talks.json.")),
             qPrintable(messages.first().first().toString()));
    const auto talks = std::find_if(m_atlas->data().events.cbegin(), m_atlas->data().events.cend(),
                                    [](const Event &e) { return e.title == QLatin1String("Talks open at Kaesong"); });
    QVERIFY(talks != m_atlas->data().events.cend());
    QCOMPARE(talks->displayDate, QStringLiteral("Summer 1951"));
    QCOMPARE(talks->category, QStringLiteral("talks"));

    QCOMPARE(m_atlas->undoStack()->count(), 1);
    QCOMPARE(m_atlas->undoStack()->undoText(),
             QStringLiteral("Import 2 events, 1 source and 1 citation from “talks.json”"));
    m_atlas->undoStack()->undo();
    QCOMPARE(m_atlas->data().events.size(), events);
    QCOMPARE(m_atlas->data().sources.size(), sources);
}

void tst_DataActions::importWithErrorsAddsNothingAndSaysWhere()
{
    QByteArray broken = timelineJsFixture();
    QVERIFY(!broken.isEmpty());
    broken.replace("\"month\": 7, \"day\": 10", "\"month\": 13, \"day\": 10");
    const QString input = write(m_dir->filePath(QStringLiteral("broken.json")), broken);
    const qsizetype events = m_atlas->data().events.size();
    const QString path = m_atlas->path();
    QSignalSpy failures(m_actions, &DataActions::failed);
    QVERIFY(!m_actions->importInto(input));
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().at(0).toString(), QStringLiteral("Nothing was imported"));
    QCOMPARE(failures.first().at(1).toString(), QStringLiteral("broken.json has a problem, so nothing was added."));
    const QString details = failures.first().at(2).toString();
    QVERIFY2(details.startsWith(QLatin1String("broken.json:4:44: events[0].start_date.month:")) && details.contains(QLatin1String("month")),
             qPrintable(details));
    QCOMPARE(m_atlas->data().events.size(), events);
    QCOMPARE(m_atlas->undoStack()->count(), 0);
    m_atlas.reset();
    const QByteArray closed = hashOf(path);
    QString error;
    m_atlas = Atlas::open(path, &error);
    m_actions->setAtlas(m_atlas.get());
    QVERIFY(!m_actions->importInto(input));
    m_atlas.reset();
    QCOMPARE(hashOf(path), closed);
}

void tst_DataActions::csvGoesThroughTheColumnDialog()
{
    const QString input = write(m_dir->filePath(QStringLiteral("talks.csv")),
                                "Title,Start,Category\r\nTalks open,10 Jul 1951,talks\r\nArmistice,27 Jul 1953,talks\r\n");
    const qsizetype events = m_atlas->data().events.size();
    int shown = 0;
    m_actions->setCsvDialogRunner([&shown](CsvImportDialog *dialog) {
        ++shown;
        if (!dialog->importButton()->isEnabled())
            return false;
        dialog->accept();
        return dialog->result() == QDialog::Accepted;
    });
    QVERIFY(m_actions->importInto(input));
    QCOMPARE(shown, 1);
    QCOMPARE(m_atlas->data().events.size(), events + 2);

    // Cancelled: nothing happens, and nothing is said to have failed.
    m_actions->setCsvDialogRunner([](CsvImportDialog *) { return false; });
    QSignalSpy failures(m_actions, &DataActions::failed);
    QVERIFY(!m_actions->importInto(input));
    QCOMPARE(failures.size(), 0);
    QCOMPARE(m_atlas->data().events.size(), events + 2);
}

void tst_DataActions::importAsNewMakesAnAtlas()
{
    const QString input = write(m_dir->filePath(QStringLiteral("talks.json")), timelineJsFixture());
    const QString made = m_dir->filePath(QStringLiteral("talks.annals"));
    QSignalSpy madeSpy(m_actions, &DataActions::atlasMade);
    QVERIFY(m_actions->importAsNew(input, made));
    QCOMPARE(madeSpy.size(), 1);
    QCOMPARE(madeSpy.first().first().toString(), made);
    QString error;
    std::unique_ptr<Atlas> atlas = Atlas::open(made, &error);
    QVERIFY2(atlas, qPrintable(error));
    QCOMPARE(atlas->title(), QStringLiteral("The armistice talks"));
    QCOMPARE(atlas->data().events.size(), 2);
    atlas.reset();

    // A broken file makes no atlas at all.
    const QString broken = write(m_dir->filePath(QStringLiteral("broken.json")), "{\"events\": [");
    const QString notMade = m_dir->filePath(QStringLiteral("broken.annals"));
    QVERIFY(!m_actions->importAsNew(broken, notMade));
    QVERIFY(!QFile::exists(notMade));
}

void tst_DataActions::exportWritesEachFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("TimelineJS") << "out.json" << int(CsvKind::Events) << QByteArray("\"events\"");
    QTest::newRow("CSV actors") << "out.csv" << int(CsvKind::Actors) << QByteArray("Name,Native Name");
    QTest::newRow("CSV relations") << "out.csv" << int(CsvKind::Relations) << QByteArray("Source,Target");
    QTest::newRow("GEXF") << "out.gexf" << int(CsvKind::Events) << QByteArray("<gexf");
    QTest::newRow("GraphML") << "out.graphml" << int(CsvKind::Events) << QByteArray("<graphml");
}

void tst_DataActions::exportWritesEachFormat()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QByteArray, expected);
    const QString out = m_dir->filePath(name);
    QVERIFY(m_actions->exportTo(out, CsvKind(kind)));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(expected));

    // An unknown ending writes nothing and says why.
    QSignalSpy failures(m_actions, &DataActions::failed);
    QVERIFY(!m_actions->exportTo(m_dir->filePath(QStringLiteral("out.xlsx")), CsvKind::Events));
    QCOMPARE(failures.size(), 1);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out.xlsx"))));
}

void tst_DataActions::actionsFollowTheAtlas()
{
    QVERIFY(m_actions->importAction()->isEnabled());
    QVERIFY(m_actions->exportAction()->isEnabled());
    m_actions->setAtlas(nullptr);
    QVERIFY(!m_actions->importAction()->isEnabled());
    QVERIFY(!m_actions->exportAction()->isEnabled());
    QVERIFY(m_actions->importAsNewAction()->isEnabled());
    QVERIFY(!m_actions->importAction()->toolTip().isEmpty());

    // A read-only atlas: no import into it, with the reason; export still works.
    QString error;
    std::unique_ptr<Atlas> second = Atlas::open(m_atlas->path(), &error);
    QVERIFY2(second && second->isReadOnly(), qPrintable(error));
    m_actions->setAtlas(second.get());
    QVERIFY(!m_actions->importAction()->isEnabled());
    QCOMPARE(m_actions->importAction()->toolTip(), second->readOnlyReason());
    QVERIFY(m_actions->exportAction()->isEnabled());
    m_actions->setAtlas(nullptr);
}

QTEST_MAIN(tst_DataActions)
#include "tst_dataactions.moc"
