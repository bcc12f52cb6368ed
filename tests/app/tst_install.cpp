// SPDX-License-Identifier: GPL-3.0-or-later
// `cmake --install` into a temporary DESTDIR: the tree holds exactly the files
// a desktop needs, they pass the freedesktop validators, and the installed
// file type recognises an atlas (by name and by content) but not other SQLite.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral(ANNALS_APP_ID);
const QString mimeTypeName = QStringLiteral(ANNALS_MIME_TYPE);
const QString plainSqliteType = QStringLiteral("application/vnd.sqlite3");
const QString mimeProbeArgument = QStringLiteral("--mime-type-of");

QList<int> iconSizes()
{
    QList<int> sizes;
    for (const QString &size : QStringLiteral(ANNALS_ICON_SIZES).split(QLatin1Char(',')))
        sizes << size.toInt();
    return sizes;
}

// Relative to the prefix /usr.
QStringList expectedInstalledFiles()
{
    QStringList files{
        QStringLiteral("bin/annals"),
        QStringLiteral("share/applications/%1.desktop").arg(appId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId),
        QStringLiteral("share/mime/packages/%1.xml").arg(appId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
        QStringLiteral("share/licenses/annals/LICENSE"),
    };
    for (const int size : iconSizes())
        files << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);
    files << QStringLiteral(ANNALS_PRIVATE_LIBRARIES).split(QLatin1Char(','), Qt::SkipEmptyParts);
    files.sort();
    return files;
}

struct ProcessResult
{
    int exitCode = -1;
    QString output;
};

ProcessResult run(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {-1, QStringLiteral("%1 did not finish: %2").arg(program, process.errorString())};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

// The [Desktop Entry] group's keys, as written (localised keys keep their [ko]).
QHash<QString, QString> readDesktopEntry(const QString &path)
{
    QHash<QString, QString> entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inMainGroup = false;
    QTextStream stream(&file);
    while (!stream.atEnd()) {
        const QString line = stream.readLine().trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inMainGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (inMainGroup && equals > 0)
            entry.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return entry;
}

// A plain SQLite database, or one claiming another application's id.
bool writeSqliteDatabase(const QString &path, int applicationId)
{
    const QString connection = QStringLiteral("tst_install_") + QFileInfo(path).fileName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = (applicationId == 0 || query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
                && query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"))
                && query.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('not an atlas')"));
            if (!ok)
                qWarning() << query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

// What this process's QMimeDatabase, which reads the XDG data directories
// once, makes of `path`: run in a child process with the directories set.
int printMimeTypeOf(const QString &mode, const QString &path)
{
    const QMimeDatabase::MatchMode matchMode = mode == QLatin1String("name") ? QMimeDatabase::MatchExtension
        : mode == QLatin1String("content")                                  ? QMimeDatabase::MatchContent
                                                                             : QMimeDatabase::MatchDefault;
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path, matchMode);
    QTextStream(stdout) << type.name() << '\n' << type.allAncestors().join(QLatin1Char(' ')) << '\n';
    return 0;
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installsExactlyTheExpectedFiles();
    void installedFileHasContentAndMode_data();
    void installedFileHasContentAndMode();
    void installedProgramRunsFromTheTree();
    void validatorAcceptsInstalledFile_data();
    void validatorAcceptsInstalledFile();
    void desktopEntryNamesTheInstalledFiles();
    void metainfoNamesTheInstalledFiles();
    void mimePackageDefinesTheAtlasType();
    void pngIconHasItsSize_data();
    void pngIconHasItsSize();
    void scalableIconIsValidSvg();
    void mimeDatabaseRecognisesAtlas_data();
    void mimeDatabaseRecognisesAtlas();

private:
    QString installed(const QString &relativePath) const { return m_prefix + QLatin1Char('/') + relativePath; }
    bool makeMimeDatabase(const QString &dataHome, const QStringList &packages);

    QTemporaryDir m_destDir;
    QString m_prefix;
    QTemporaryDir m_files;
    // Data homes for the MIME probes (see MimeDatabase).
    QTemporaryDir m_packagedHome;
    QTemporaryDir m_systemOnlyHome;
    QTemporaryDir m_userHome;
    QTemporaryDir m_emptyDataDirs;
    QString m_updateMimeDatabase;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_destDir.isValid() && m_files.isValid() && m_packagedHome.isValid() && m_systemOnlyHome.isValid()
            && m_userHome.isValid() && m_emptyDataDirs.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DESTDIR"), m_destDir.path());
    const ProcessResult install = run(QStringLiteral(CMAKE_EXECUTABLE),
                                      {QStringLiteral("--install"), QStringLiteral(ANNALS_BUILD_DIR),
                                       QStringLiteral("--prefix"), QStringLiteral("/usr")},
                                      environment);
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));
    m_prefix = m_destDir.path() + QStringLiteral("/usr");

    // The atlas comes from the program itself, as a user would get it.
    const ProcessResult sample = run(QStringLiteral(ANNALS_EXECUTABLE),
                                     {QStringLiteral("--write-sample"), m_files.filePath(QStringLiteral("atlas.annals"))});
    QVERIFY2(sample.exitCode == 0, qPrintable(sample.output));
    QVERIFY(QFile::copy(m_files.filePath(QStringLiteral("atlas.annals")), m_files.filePath(QStringLiteral("atlas"))));
    QVERIFY(writeSqliteDatabase(m_files.filePath(QStringLiteral("plain")), 0));
    QVERIFY(writeSqliteDatabase(m_files.filePath(QStringLiteral("plain.annals")), 0));
    // One off from "ANNL": only our id, not any id, makes an atlas.
    QVERIFY(writeSqliteDatabase(m_files.filePath(QStringLiteral("otherapp")), 0x414E4E4D));

    m_updateMimeDatabase = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    const QString systemTypes =
        QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("mime/packages/freedesktop.org.xml"));
    if (m_updateMimeDatabase.isEmpty() || systemTypes.isEmpty())
        return; // mimeDatabaseRecognisesAtlas says why it skips
    const QString ourTypes = installed(QStringLiteral("share/mime/packages/%1.xml").arg(appId));
    QVERIFY(makeMimeDatabase(m_packagedHome.path(), {systemTypes, ourTypes}));
    QVERIFY(makeMimeDatabase(m_systemOnlyHome.path(), {systemTypes}));
    QVERIFY(makeMimeDatabase(m_userHome.path(), {ourTypes}));
}

// A shared-mime-info database under `dataHome`/mime made of `packages`, as
// update-mime-database leaves it after an install.
bool TestInstall::makeMimeDatabase(const QString &dataHome, const QStringList &packages)
{
    const QString packagesDir = dataHome + QStringLiteral("/mime/packages");
    if (!QDir().mkpath(packagesDir))
        return false;
    for (const QString &package : packages) {
        if (!QFile::copy(package, packagesDir + QLatin1Char('/') + QFileInfo(package).fileName()))
            return false;
    }
    // On the search path, or it adds a note that the directory is not.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    const ProcessResult update = run(m_updateMimeDatabase, {dataHome + QStringLiteral("/mime")}, environment);
    // It warns, but still succeeds, about elements it does not understand.
    if (update.exitCode != 0 || !update.output.trimmed().isEmpty()) {
        qWarning().noquote() << "update-mime-database" << dataHome << "said:" << update.output;
        return false;
    }
    return true;
}

void TestInstall::installsExactlyTheExpectedFiles()
{
    QStringList files;
    QDirIterator it(m_destDir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(m_prefix).relativeFilePath(it.next());
    files.sort();
    const QStringList expected = expectedInstalledFiles();
    QStringList missing;
    for (const QString &file : expected) {
        if (!files.contains(file))
            missing << file;
    }
    QStringList unexpected;
    for (const QString &file : std::as_const(files)) {
        if (!expected.contains(file))
            unexpected << file;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing: ") + missing.join(QStringLiteral(", "))));
    QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("unexpected: ") + unexpected.join(QStringLiteral(", "))));
    QCOMPARE(files, expected);
}

void TestInstall::installedFileHasContentAndMode_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("executable");
    for (const QString &file : expectedInstalledFiles())
        QTest::newRow(qPrintable(file)) << file
                                        << (file.startsWith(QLatin1String("bin/"))
                                            || (file.endsWith(QLatin1String(".so")) && ANNALS_LIBRARIES_EXECUTABLE));
}

void TestInstall::installedFileHasContentAndMode()
{
    QFETCH(QString, path);
    QFETCH(bool, executable);
    const QFileInfo info(installed(path));
    QVERIFY2(info.isFile(), qPrintable(info.filePath()));
    QVERIFY(info.size() > 0);
    QCOMPARE(info.isExecutable(), executable);
}

// The installed program starts on its own: a shared build finds its libraries
// beside it (RUNPATH relative to the program), never in the build folder.
void TestInstall::installedProgramRunsFromTheTree()
{
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    const QString tree = elsewhere.filePath(QStringLiteral("moved"));
    QVERIFY(QDir().rename(m_prefix, tree));
    const auto moveBack = qScopeGuard([&] { QDir().rename(tree, m_prefix); });
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LD_LIBRARY_PATH"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    const ProcessResult version = run(tree + QStringLiteral("/bin/annals"), {QStringLiteral("--version")}, environment);
    QVERIFY2(version.exitCode == 0, qPrintable(version.output));
    QVERIFY2(version.output.startsWith(QLatin1String("annals ")), qPrintable(version.output));
    const QString library = QStringLiteral(ANNALS_PRIVATE_LIBRARIES).section(QLatin1Char(','), 0, 0);
    if (library.isEmpty())
        return;
    // With the library gone the program must fail, so the run above used the installed copy.
    QVERIFY(QFile::rename(tree + QLatin1Char('/') + library, tree + QLatin1Char('/') + library + QStringLiteral(".away")));
    const ProcessResult without = run(tree + QStringLiteral("/bin/annals"), {QStringLiteral("--version")}, environment);
    QVERIFY(QFile::rename(tree + QLatin1Char('/') + library + QStringLiteral(".away"), tree + QLatin1Char('/') + library));
    QVERIFY2(without.exitCode != 0, qPrintable(without.output));
}

void TestInstall::validatorAcceptsInstalledFile_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("package");
    // desktop-file-validate exits 0 after hints (a missing main category,
    // say), so it must say nothing at all; appstreamcli always sums up.
    QTest::addColumn<bool>("mustBeSilent");
    QTest::newRow("desktop entry") << QStringLiteral("desktop-file-validate") << QStringList()
                                   << QStringLiteral("share/applications/%1.desktop").arg(appId)
                                   << QStringLiteral("desktop-file-utils") << true;
    QTest::newRow("AppStream metainfo") << QStringLiteral("appstreamcli")
                                        << QStringList{QStringLiteral("validate"), QStringLiteral("--no-net")}
                                        << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId)
                                        << QStringLiteral("appstream") << false;
}

void TestInstall::validatorAcceptsInstalledFile()
{
    QFETCH(QString, tool);
    QFETCH(QStringList, arguments);
    QFETCH(QString, path);
    QFETCH(QString, package);
    QFETCH(bool, mustBeSilent);
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        QSKIP(qPrintable(QStringLiteral("%1 is not installed (Debian: apt-get install %2)").arg(tool, package)));
    const ProcessResult result = run(program, arguments << installed(path));
    if (!result.output.trimmed().isEmpty())
        qInfo().noquote() << tool << "says:" << result.output.trimmed();
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    if (mustBeSilent)
        QVERIFY2(result.output.trimmed().isEmpty(), qPrintable(result.output));
}

void TestInstall::desktopEntryNamesTheInstalledFiles()
{
    const QHash<QString, QString> entry = readDesktopEntry(installed(QStringLiteral("share/applications/%1.desktop").arg(appId)));
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("annals %f"));
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/annals"))).isExecutable());
    QCOMPARE(entry.value(QStringLiteral("Icon")), appId);
    QCOMPARE(entry.value(QStringLiteral("Terminal")), QStringLiteral("false"));
    QCOMPARE(entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts), QStringList{mimeTypeName});
    const QStringList categories = entry.value(QStringLiteral("Categories")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QVERIFY(categories.contains(QLatin1String("Education")));
    QVERIFY(categories.contains(QLatin1String("History")));
    // Qt's X11 windows carry the application name, "annals", as WM_CLASS.
    QCOMPARE(entry.value(QStringLiteral("StartupWMClass")), QStringLiteral("annals"));
    for (const QString &key : {QStringLiteral("Name"), QStringLiteral("GenericName"), QStringLiteral("Comment"),
                              QStringLiteral("Keywords")}) {
        QVERIFY2(!entry.value(key).isEmpty(), qPrintable(key));
        QVERIFY2(!entry.value(key + QStringLiteral("[ko]")).isEmpty(), qPrintable(key + QStringLiteral("[ko]")));
    }
}

void TestInstall::metainfoNamesTheInstalledFiles()
{
    QFile file(installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QHash<QString, QStringList> texts;
    QStringList screenshots;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString element = xml.name().toString();
        if (element == QLatin1String("component")) {
            QCOMPARE(xml.attributes().value(QLatin1String("type")).toString(), QStringLiteral("desktop-application"));
            continue;
        }
        if (element == QLatin1String("image")) {
            screenshots << xml.readElementText();
            continue;
        }
        if (element == QLatin1String("id") || element == QLatin1String("launchable") || element == QLatin1String("binary")
            || element == QLatin1String("mediatype") || element == QLatin1String("project_license")
            || element == QLatin1String("metadata_license"))
            texts[element] << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(texts.value(QStringLiteral("id")), QStringList{appId});
    QCOMPARE(texts.value(QStringLiteral("launchable")), QStringList{appId + QStringLiteral(".desktop")});
    QCOMPARE(texts.value(QStringLiteral("binary")), QStringList{QStringLiteral("annals")});
    QCOMPARE(texts.value(QStringLiteral("mediatype")), QStringList{mimeTypeName});
    QCOMPARE(texts.value(QStringLiteral("metadata_license")), QStringList{QStringLiteral("CC0-1.0")});
    QCOMPARE(texts.value(QStringLiteral("project_license")), QStringList{QStringLiteral("GPL-3.0-or-later")});
    // Every screenshot named is one the repository has.
    QVERIFY(!screenshots.isEmpty());
    for (const QString &url : std::as_const(screenshots)) {
        QVERIFY2(url.startsWith(QLatin1String("https://")), qPrintable(url));
        const QString name = url.section(QLatin1Char('/'), -1);
        QVERIFY2(QFile::exists(QStringLiteral(ANNALS_SOURCE_DIR "/docs/screenshots/") + name), qPrintable(url));
    }
}

void TestInstall::mimePackageDefinesTheAtlasType()
{
    QFile file(installed(QStringLiteral("share/mime/packages/%1.xml").arg(appId)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name().toString(), QStringLiteral("mime-info"));
    QCOMPARE(xml.namespaceUri().toString(), QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info"));
    QStringList types;
    QStringList globs;
    QStringList parents;
    QStringList commentLanguages;
    QStringList matches; // "depth:type:offset:value"
    QString magicPriority;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("match"))
            --depth;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("mime-type"))
            types << attributes.value(QLatin1String("type")).toString();
        else if (xml.name() == QLatin1String("glob"))
            globs << attributes.value(QLatin1String("pattern")).toString();
        else if (xml.name() == QLatin1String("sub-class-of"))
            parents << attributes.value(QLatin1String("type")).toString();
        else if (xml.name() == QLatin1String("comment"))
            commentLanguages << attributes.value(QLatin1String("xml:lang")).toString();
        else if (xml.name() == QLatin1String("magic"))
            magicPriority = attributes.value(QLatin1String("priority")).toString();
        else if (xml.name() == QLatin1String("match")) {
            ++depth;
            matches << QStringLiteral("%1:%2:%3:%4")
                           .arg(depth)
                           .arg(attributes.value(QLatin1String("type")), attributes.value(QLatin1String("offset")),
                                attributes.value(QLatin1String("value")));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(types, QStringList{mimeTypeName});
    QCOMPARE(globs, QStringList{QStringLiteral("*.annals")});
    QCOMPARE(parents, QStringList{plainSqliteType});
    QCOMPARE(commentLanguages, (QStringList{QString(), QStringLiteral("ko")}));
    QVERIFY2(magicPriority.toInt() > 50, "plain SQLite's magic has priority 50");
    // Nested: the application id is checked only inside an SQLite header.
    QCOMPARE(matches, (QStringList{QStringLiteral("1:string:0:SQLite format 3"), QStringLiteral("2:big32:68:0x414E4E4C")}));
}

void TestInstall::pngIconHasItsSize_data()
{
    QTest::addColumn<int>("size");
    for (const int size : iconSizes())
        QTest::newRow(qPrintable(QStringLiteral("%1x%1").arg(size))) << size;
}

void TestInstall::pngIconHasItsSize()
{
    QFETCH(int, size);
    const QString path = installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
    QImage image;
    QVERIFY2(image.load(path, "PNG"), qPrintable(path));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    // The rounded square leaves the corners clear and fills the middle.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
}

void TestInstall::scalableIconIsValidSvg()
{
    QSvgRenderer renderer(installed(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId)));
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.defaultSize(), QSize(128, 128));
}

// Where the MIME database comes from in each probe:
//  - Packaged: our package beside the system's types in one database, as
//    after installing to /usr (a distribution package).
//  - SystemOnly: the same without our package; the rows with it show that
//    the others see what our package adds, not a type already installed.
//  - UserInstall: our package alone in the data home, the system's types
//    where they are, as after `cmake --install --prefix ~/.local`. Qt 6.4
//    takes the last database's magic match here, whatever its priority, so
//    only the name is checked; GIO (GNOME) weighs the priorities.
enum class MimeDatabase { Packaged, SystemOnly, UserInstall };

void TestInstall::mimeDatabaseRecognisesAtlas_data()
{
    QTest::addColumn<MimeDatabase>("database");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected");
    const QString name = QStringLiteral("name");
    const QString content = QStringLiteral("content");
    const QString both = QStringLiteral("default");
    QTest::newRow("atlas by name") << MimeDatabase::Packaged << QStringLiteral("atlas.annals") << name << mimeTypeName;
    QTest::newRow("atlas by content") << MimeDatabase::Packaged << QStringLiteral("atlas") << content << mimeTypeName;
    QTest::newRow("atlas by name and content")
        << MimeDatabase::Packaged << QStringLiteral("atlas.annals") << both << mimeTypeName;
    QTest::newRow("plain SQLite by content") << MimeDatabase::Packaged << QStringLiteral("plain") << content << plainSqliteType;
    QTest::newRow("plain SQLite named .annals, by content")
        << MimeDatabase::Packaged << QStringLiteral("plain.annals") << content << plainSqliteType;
    QTest::newRow("another application's id by content")
        << MimeDatabase::Packaged << QStringLiteral("otherapp") << content << plainSqliteType;
    QTest::newRow("atlas by content, package not installed")
        << MimeDatabase::SystemOnly << QStringLiteral("atlas") << content << plainSqliteType;
    QTest::newRow("atlas by name, package not installed")
        << MimeDatabase::SystemOnly << QStringLiteral("atlas.annals") << name << QStringLiteral("application/octet-stream");
    QTest::newRow("atlas by name, user install")
        << MimeDatabase::UserInstall << QStringLiteral("atlas.annals") << name << mimeTypeName;
    QTest::newRow("atlas by name and content, user install")
        << MimeDatabase::UserInstall << QStringLiteral("atlas.annals") << both << mimeTypeName;
}

void TestInstall::mimeDatabaseRecognisesAtlas()
{
    QFETCH(MimeDatabase, database);
    QFETCH(QString, file);
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    if (m_updateMimeDatabase.isEmpty())
        QSKIP("update-mime-database is not installed (Debian: apt-get install shared-mime-info)");
    if (!QFileInfo::exists(m_packagedHome.filePath(QStringLiteral("mime/mime.cache"))))
        QSKIP("the system has no freedesktop.org.xml to build on (Debian: apt-get install shared-mime-info)");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    switch (database) {
    case MimeDatabase::Packaged:
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_packagedHome.path());
        environment.insert(QStringLiteral("XDG_DATA_DIRS"), m_emptyDataDirs.path());
        break;
    case MimeDatabase::SystemOnly:
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_systemOnlyHome.path());
        environment.insert(QStringLiteral("XDG_DATA_DIRS"), m_emptyDataDirs.path());
        break;
    case MimeDatabase::UserInstall:
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_userHome.path());
        environment.insert(QStringLiteral("XDG_DATA_DIRS"), QStringLiteral("/usr/local/share:/usr/share"));
        break;
    }
    const ProcessResult probe = run(QCoreApplication::applicationFilePath(),
                                    {mimeProbeArgument, mode, m_files.filePath(file)}, environment);
    QVERIFY2(probe.exitCode == 0, qPrintable(probe.output));
    const QStringList lines = probe.output.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), expected);
    if (expected == mimeTypeName)
        QVERIFY2(lines.value(1).split(QLatin1Char(' ')).contains(plainSqliteType), qPrintable(lines.value(1)));
}

int main(int argc, char **argv)
{
    if (argc == 4 && QString::fromLocal8Bit(argv[1]) == mimeProbeArgument) {
        QCoreApplication app(argc, argv);
        return printMimeTypeOf(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QGuiApplication app(argc, argv);
    TestInstall test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_install.moc"
