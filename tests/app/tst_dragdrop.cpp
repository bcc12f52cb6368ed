// SPDX-License-Identifier: GPL-3.0-or-later
// Files dropped on the main window: an atlas opens, a TimelineJS, CSV or GEXF
// file is imported into the open atlas (one undo step) or, with none open
// for writing, made into a new atlas; anything else is refused before it is
// let go, and a broken file leaves the atlas as it was.
#include "atlas.h"
#include "atlasfixtures.h"
#include "csvimportdialog.h"
#include "dataactions.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace Annals;

namespace {

QString copyOf(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) ? to : QString();
}

QString write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

std::unique_ptr<QMimeData> urlsOf(const QStringList &paths)
{
    auto data = std::make_unique<QMimeData>();
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << (path.contains(QLatin1String("://")) ? QUrl(path) : QUrl::fromLocalFile(path));
    data->setUrls(urls);
    return data;
}

// Whether the window shows the drop cursor for these files.
bool dragEnter(MainWindow &window, const QStringList &paths)
{
    const std::unique_ptr<QMimeData> data = urlsOf(paths);
    QDragEnterEvent event(QPoint(200, 200), Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, data.get(),
                          Qt::LeftButton, Qt::NoModifier);
    event.ignore();
    QApplication::sendEvent(&window, &event);
    return event.isAccepted();
}

// Drops the files as a drag that entered would; returns whether the drop was taken.
bool drop(MainWindow &window, const QStringList &paths)
{
    const std::unique_ptr<QMimeData> data = urlsOf(paths);
    QDropEvent event(QPointF(200, 200), Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, data.get(), Qt::LeftButton,
                     Qt::NoModifier);
    event.ignore();
    QApplication::sendEvent(&window, &event);
    // The files are opened once the drop has returned, never moved.
    if (event.isAccepted() && event.dropAction() != Qt::CopyAction)
        return false;
    QCoreApplication::processEvents();
    return event.isAccepted();
}

} // namespace

class tst_DragDrop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void anAtlasOpens();
    void theOpenAtlasDroppedAgainStaysAsItIs();
    void timelineJsIsImportedAsOneUndoStep();
    void csvGoesThroughTheColumnDialog();
    void unsupportedFilesAreRefused_data();
    void unsupportedFilesAreRefused();
    void aBrokenFileLeavesTheAtlasUnchanged();
    void withoutAnAtlasDataMakesANewOne();
    void anAtlasAmongSeveralFilesWins();

private:
    QTemporaryDir m_dir;
    QString m_small;
    QString m_talks;
};

void tst_DragDrop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalsTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dragdrop"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_small = AtlasFixtures::makeSmallAtlas(m_dir.filePath(QStringLiteral("small.annals")));
    m_talks = copyOf(QStringLiteral(TEST_DATA_DIR "/dataactions/talks.json"), m_dir.filePath(QStringLiteral("talks.json")));
    QVERIFY(!m_talks.isEmpty());
}

void tst_DragDrop::init()
{
    QSettings().clear();
}

void tst_DragDrop::anAtlasOpens()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    QVERIFY(!window.atlas());
    QVERIFY(dragEnter(window, {m_small}));
    QVERIFY(drop(window, {m_small}));
    QVERIFY(window.atlas());
    QCOMPARE(window.atlas()->path(), QFileInfo(m_small).absoluteFilePath());
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("small.annals")),
             qPrintable(window.statusBar()->currentMessage()));
}

// Not a second copy, which the atlas's own lock would make read-only.
void tst_DragDrop::theOpenAtlasDroppedAgainStaysAsItIs()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    QVERIFY(window.openAtlas(m_small, nullptr, true));
    const Atlas *open = window.atlas();
    QVERIFY(!open->isReadOnly());
    QVERIFY(dragEnter(window, {m_small}));
    QVERIFY(drop(window, {m_small}));
    QCOMPARE(window.atlas(), open);
    QVERIFY(!window.atlas()->isReadOnly());
}

void tst_DragDrop::timelineJsIsImportedAsOneUndoStep()
{
    const QString atlasPath = copyOf(m_small, m_dir.filePath(QStringLiteral("import.annals")));
    MainWindow window(MainWindow::SettingsUse::Ignore);
    QVERIFY(window.openAtlas(atlasPath, nullptr, true));
    const qsizetype events = window.atlas()->data().events.size();
    QVERIFY(dragEnter(window, {m_talks}));
    QVERIFY(drop(window, {m_talks}));
    QCOMPARE(window.atlas()->path(), QFileInfo(atlasPath).absoluteFilePath());
    QCOMPARE(window.atlas()->data().events.size(), events + 2);
    QCOMPARE(window.atlas()->undoStack()->count(), 1);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("Imported 2 events")),
             qPrintable(window.statusBar()->currentMessage()));
    window.atlas()->undoStack()->undo();
    QCOMPARE(window.atlas()->data().events.size(), events);
}

void tst_DragDrop::csvGoesThroughTheColumnDialog()
{
    const QString atlasPath = copyOf(m_small, m_dir.filePath(QStringLiteral("csv.annals")));
    const QString csv = write(m_dir.filePath(QStringLiteral("talks.csv")),
                              "Title,Start,Category\r\nTalks open,10 Jul 1951,talks\r\nArmistice,27 Jul 1953,talks\r\n");
    MainWindow window(MainWindow::SettingsUse::Ignore);
    QVERIFY(window.openAtlas(atlasPath, nullptr, true));
    const qsizetype events = window.atlas()->data().events.size();
    int shown = 0;
    window.findChild<DataActions *>()->setCsvDialogRunner([&shown](CsvImportDialog *dialog) {
        ++shown;
        dialog->accept();
        return true;
    });
    QVERIFY(dragEnter(window, {csv}));
    QVERIFY(drop(window, {csv}));
    QCOMPARE(shown, 1);
    QCOMPARE(window.atlas()->data().events.size(), events + 2);
}

void tst_DragDrop::unsupportedFilesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("a picture") << "map.png";
    QTest::newRow("GraphML (export only)") << "graph.graphml";
    QTest::newRow("no extension") << "README";
    QTest::newRow("a web link") << "https://example.org/atlas.annals";
    QTest::newRow("a folder") << "folder";
    QTest::newRow("a folder named like an atlas") << "folder.annals";
}

void tst_DragDrop::unsupportedFilesAreRefused()
{
    QFETCH(QString, name);
    QString path = name;
    if (!name.contains(QLatin1String("://"))) {
        path = m_dir.filePath(name);
        if (name.startsWith(QLatin1String("folder")))
            QVERIFY(QDir(m_dir.path()).mkpath(name));
        else
            write(path, "not for Annals");
    }
    MainWindow window(MainWindow::SettingsUse::Ignore);
    QVERIFY(window.openAtlas(m_small, nullptr, true));
    const qsizetype events = window.atlas()->data().events.size();
    QVERIFY(!dragEnter(window, {path}));
    QVERIFY(!drop(window, {path}));
    QCOMPARE(window.atlas()->path(), QFileInfo(m_small).absoluteFilePath());
    QCOMPARE(window.atlas()->data().events.size(), events);
    QCOMPARE(window.atlas()->undoStack()->count(), 0);
}

void tst_DragDrop::aBrokenFileLeavesTheAtlasUnchanged()
{
    const QString atlasPath = copyOf(m_small, m_dir.filePath(QStringLiteral("broken.annals")));
    const QString broken = write(m_dir.filePath(QStringLiteral("broken.json")), "{\"events\": [");
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openAtlas(atlasPath, nullptr, true));
    const qsizetype events = window.atlas()->data().events.size();
    // The drag is accepted: the extension promises a file Annals reads.
    QVERIFY(dragEnter(window, {broken}));
    // The import runs once the drop has returned; its message box is
    // answered whenever it appears.
    QString shown;
    QTimer answerer;
    answerer.setInterval(10);
    connect(&answerer, &QTimer::timeout, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    answerer.start();
    drop(window, {broken});
    answerer.stop();
    QVERIFY2(shown.contains(QLatin1String("broken.json")), qPrintable(shown));
    QCOMPARE(window.atlas()->path(), QFileInfo(atlasPath).absoluteFilePath());
    QCOMPARE(window.atlas()->data().events.size(), events);
    QCOMPARE(window.atlas()->undoStack()->count(), 0);
}

void tst_DragDrop::withoutAnAtlasDataMakesANewOne()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    const QString made = m_dir.filePath(QStringLiteral("made-from-talks.annals"));
    QString suggested;
    window.findChild<DataActions *>()->setSavePathAsker([&suggested, &made](const QString &suggestion) {
        suggested = suggestion;
        return made;
    });
    QVERIFY(dragEnter(window, {m_talks}));
    QVERIFY(drop(window, {m_talks}));
    // Suggested beside the file, under its name, as Import as New Atlas does.
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("talks.annals"));
    QVERIFY(window.atlas());
    QCOMPARE(window.atlas()->path(), QFileInfo(made).absoluteFilePath());
    QCOMPARE(window.atlas()->data().events.size(), 2);

    // Cancelled: nothing is made and nothing opens.
    window.closeAtlas();
    bool asked = false;
    window.findChild<DataActions *>()->setSavePathAsker([&asked](const QString &) {
        asked = true;
        return QString();
    });
    QVERIFY(dragEnter(window, {m_talks}));
    QVERIFY(drop(window, {m_talks}));
    QVERIFY(asked);
    QVERIFY(!window.atlas());
}

void tst_DragDrop::anAtlasAmongSeveralFilesWins()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    const QString picture = write(m_dir.filePath(QStringLiteral("several.png")), "png");
    // One file Annals can use is enough for the drop cursor.
    QVERIFY(dragEnter(window, {picture, m_talks, m_small}));
    QVERIFY(drop(window, {picture, m_talks, m_small}));
    QCOMPARE(window.atlas()->path(), QFileInfo(m_small).absoluteFilePath());
    // The data file was not imported into it unasked.
    QCOMPARE(window.atlas()->undoStack()->count(), 0);
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("2 other")),
             qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(tst_DragDrop)
#include "tst_dragdrop.moc"
