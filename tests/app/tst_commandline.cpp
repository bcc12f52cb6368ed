// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as scripts and CI use it: parsing on its own, then the
// real program run as a separate process.
#include "atlasfixtures.h"
#include "commandline.h"
#include "historicaldate.h"
#include "timelinelanes.h"

#include <QDir>
#include <QImageReader>
#include <QCryptographicHash>
#include <QProcess>
#include <QFile>
#include <QSettings>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(std::optional<Annals::ThemeChoice>)

using namespace Annals;

class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void writeSampleThenCheck();
    void writeSampleRefusesExistingFile();
    void languageForOneRun();
    void checkReportsProblemsAndWritesNothing_data();
    void checkReportsProblemsAndWritesNothing();
    void screenshotOfTheSample();
    void screenshotOfABadFileFails();
    void helpAndVersion();
    void windowAndLanesAreRead();
    void exportOptionsAreRead();
    void exportOfTheSample_data();
    void exportOfTheSample();
    void exportFailures_data();
    void exportFailures();
    void themeIsRead_data();
    void themeIsRead();
    void screenshotInATheme();
    void dataExportOfTheSample_data();
    void dataExportOfTheSample();
    void importMakesAndExtendsAnAtlas();
    void importFailuresChangeNothing_data();
    void importFailuresChangeNothing();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments);
    // The child processes' settings folder, shared by every test.
    static QString configHome();
    QTemporaryDir m_dir;
};

QString tst_CommandLine::configHome()
{
    static QTemporaryDir home;
    return home.path();
}

tst_CommandLine::Run tst_CommandLine::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // English, and none of the user's settings (a saved language would win).
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ANNALS_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void tst_CommandLine::parses_data()
{
    using Action = CommandLineRequest::Action;
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("atlas");
    QTest::addColumn<QSize>("size");

    QTest::newRow("nothing") << QStringList{} << int(Action::OpenWindow) << "" << QSize();
    QTest::newRow("a file") << QStringList{"x.annals"} << int(Action::OpenWindow) << "x.annals" << QSize();
    QTest::newRow("check") << QStringList{"--check", "x.annals"} << int(Action::Check) << "x.annals" << QSize();
    QTest::newRow("check with =") << QStringList{"--check=x.annals"} << int(Action::Check) << "x.annals" << QSize();
    QTest::newRow("write sample") << QStringList{"--write-sample", "s.annals"} << int(Action::WriteSample) << "s.annals" << QSize();
    QTest::newRow("screenshot of the sample") << QStringList{"--screenshot", "a.png"} << int(Action::Screenshot) << "" << QSize();
    QTest::newRow("screenshot with size and file")
        << QStringList{"--screenshot", "a.png", "--size", "1366x768", "x.annals"} << int(Action::Screenshot) << "x.annals" << QSize(1366, 768);
    QTest::newRow("screenshot of a window with actor lanes")
        << QStringList{"--screenshot", "a.png", "--window", "2018..2019", "--lanes", "actor"} << int(Action::Screenshot) << "" << QSize();
    QTest::newRow("export of the sample") << QStringList{"--export", "a.pdf"} << int(Action::Export) << "" << QSize();
    QTest::newRow("export with size and file")
        << QStringList{"--export", "a.png", "--size", "800x600", "--view", "graph", "x.annals"} << int(Action::Export) << "x.annals"
        << QSize(800, 600);
    QTest::newRow("data export") << QStringList{"--export", "a.json", "x.annals"} << int(Action::ExportData) << "x.annals"
                                 << QSize();
    QTest::newRow("csv export of actors") << QStringList{"--export", "a.csv", "--kind", "actors"}
                                          << int(Action::ExportData) << "" << QSize();
    QTest::newRow("import") << QStringList{"--import", "in.json", "--into", "x.annals"} << int(Action::Import)
                            << "x.annals" << QSize();
    QTest::newRow("csv import of relations") << QStringList{"--import", "in.csv", "--kind", "relations", "--into", "x.annals"}
                                             << int(Action::Import) << "x.annals" << QSize();
    QTest::newRow("help") << QStringList{"--help"} << int(Action::ShowHelp) << "" << QSize();
    QTest::newRow("version") << QStringList{"--version"} << int(Action::ShowVersion) << "" << QSize();
}

void tst_CommandLine::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, action);
    QFETCH(QString, atlas);
    QFETCH(QSize, size);
    CommandLineRequest request;
    QString error;
    QVERIFY2(parseCommandLine(QStringList{QStringLiteral("annals")} + arguments, &request, &error), qPrintable(error));
    QCOMPARE(int(request.action), action);
    QCOMPARE(request.atlasPath, atlas);
    QCOMPARE(request.windowSize, size);
}

void tst_CommandLine::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
    QTest::newRow("check without file") << QStringList{"--check"} << "check";
    QTest::newRow("two files") << QStringList{"a.annals", "b.annals"} << "at most one";
    QTest::newRow("check and screenshot") << QStringList{"--check", "a", "--screenshot", "b.png"} << "cannot be combined";
    QTest::newRow("size without screenshot") << QStringList{"--size", "800x600"} << "only goes with";
    QTest::newRow("size in words") << QStringList{"--screenshot", "a.png", "--size", "big"} << "WIDTHxHEIGHT";
    QTest::newRow("size too small") << QStringList{"--screenshot", "a.png", "--size", "10x10"} << "WIDTHxHEIGHT";
    QTest::newRow("window without screenshot") << QStringList{"--window", "2018..2019"} << "only goes with";
    QTest::newRow("window without dots") << QStringList{"--screenshot", "a.png", "--window", "2018-2019"} << "FROM..TO";
    QTest::newRow("window with a bad date") << QStringList{"--screenshot", "a.png", "--window", "2018..Octember 2019"} << "Octember";
    QTest::newRow("window backwards") << QStringList{"--screenshot", "a.png", "--window", "2019..2018"} << "is not after";
    QTest::newRow("unknown lanes") << QStringList{"--screenshot", "a.png", "--lanes", "colour"} << "actor, category or packed";
    QTest::newRow("export and screenshot") << QStringList{"--export", "a.pdf", "--screenshot", "b.png"} << "cannot be combined";
    QTest::newRow("export to an unknown format") << QStringList{"--export", "a.gif"} << ".png, .svg or .pdf";
    QTest::newRow("export of an unknown view") << QStringList{"--export", "a.pdf", "--view", "map"} << "timeline, graph or both";
    QTest::newRow("export on an unknown page") << QStringList{"--export", "a.pdf", "--page", "a3"} << "a4 or letter";
    QTest::newRow("view without export") << QStringList{"--view", "graph"} << "only goes with --export";
    QTest::newRow("tour without export") << QStringList{"--tour"} << "only goes with --export";
    QTest::newRow("tour to a picture") << QStringList{"--export", "a.png", "--tour"} << "ending in .pdf";
    QTest::newRow("page with a screenshot") << QStringList{"--screenshot", "a.png", "--page", "a4"} << "only goes with --export";
    QTest::newRow("search with an export") << QStringList{"--export", "a.png", "--search", "war"} << "only goes with --screenshot";
    QTest::newRow("unknown theme") << QStringList{"--theme", "sepia"} << "system, light, dark or high-contrast";
    QTest::newRow("theme without a value") << QStringList{"--theme"} << "theme";
    QTest::newRow("theme with check") << QStringList{"--check", "a.annals", "--theme", "dark"} << "goes with a window";
    QTest::newRow("import without into") << QStringList{"--import", "in.json"} << "needs --into";
    QTest::newRow("into without import") << QStringList{"--into", "x.annals"} << "only goes with --import";
    QTest::newRow("import of an unknown format") << QStringList{"--import", "in.xls", "--into", "x.annals"} << ".json";
    QTest::newRow("import of GraphML") << QStringList{"--import", "in.graphml", "--into", "x.annals"} << ".gexf";
    QTest::newRow("import with a positional atlas") << QStringList{"--import", "in.json", "--into", "x.annals", "y.annals"}
                                                    << "give the atlas with --into";
    QTest::newRow("import and export") << QStringList{"--import", "in.json", "--into", "x.annals", "--export", "a.csv"}
                                       << "cannot be combined";
    QTest::newRow("import with a view option") << QStringList{"--import", "in.json", "--into", "x.annals", "--view", "graph"}
                                               << "does not go with --import";
    QTest::newRow("kind of a JSON file") << QStringList{"--import", "in.json", "--kind", "events", "--into", "x.annals"}
                                         << "--kind only goes with";
    QTest::newRow("unknown kind") << QStringList{"--export", "a.csv", "--kind", "wars"} << "events, actors or relations";
    QTest::newRow("data export with a picture option") << QStringList{"--export", "a.json", "--size", "800x600"}
                                                       << "picture export";
}

void tst_CommandLine::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    CommandLineRequest request;
    QString error;
    QVERIFY(!parseCommandLine(QStringList{QStringLiteral("annals")} + arguments, &request, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void tst_CommandLine::writeSampleThenCheck()
{
    const QString path = m_dir.filePath(QStringLiteral("x.annals"));
    const Run written = run({QStringLiteral("--write-sample"), path});
    QCOMPARE(written.exitCode, 0);
    QVERIFY(written.err.isEmpty());
    const QByteArray before = AtlasFixtures::fingerprint(path);
    const Run checked = run({QStringLiteral("--check"), path});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
    QVERIFY(checked.err.isEmpty());
    QVERIFY(checked.out.contains(QLatin1String("sound atlas")));
    QCOMPARE(AtlasFixtures::fingerprint(path), before);
}

void tst_CommandLine::languageForOneRun()
{
    const QString path = m_dir.filePath(QStringLiteral("language.annals"));
    QCOMPARE(run({QStringLiteral("--write-sample"), path}).exitCode, 0);
    const Run korean = run({QStringLiteral("--language"), QStringLiteral("ko"), QStringLiteral("--check"), path});
    QVERIFY2(korean.exitCode == 0, qPrintable(korean.err));
    QVERIFY2(!korean.out.contains(QLatin1String("sound atlas")), qPrintable(korean.out));
    QVERIFY2(std::any_of(korean.out.begin(), korean.out.end(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; }),
             qPrintable(korean.out));
    // --help too, which is written before the rest of the line is read.
    const Run help = run({QStringLiteral("--language"), QStringLiteral("ko"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(std::any_of(help.out.begin(), help.out.end(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; }),
             qPrintable(help.out.left(400)));
    // For that run only: the next one speaks English again.
    const Run english = run({QStringLiteral("--check"), path});
    QVERIFY(english.out.contains(QLatin1String("sound atlas")));
    QVERIFY(!QFile::exists(configHome() + QStringLiteral("/Annals/annals.conf"))
            || !QSettings(configHome() + QStringLiteral("/Annals/annals.conf"), QSettings::IniFormat).contains(QStringLiteral("view/language")));

    const Run unknown = run({QStringLiteral("--language"), QStringLiteral("xx"), QStringLiteral("--check"), path});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("--language expects one of en, ko; got \"xx\".")), qPrintable(unknown.err));
}

void tst_CommandLine::writeSampleRefusesExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.annals"));
    AtlasFixtures::makeSmallAtlas(path);
    const QByteArray before = AtlasFixtures::fingerprint(path);
    const Run result = run({QStringLiteral("--write-sample"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QLatin1String("already exists")));
    QCOMPARE(AtlasFixtures::fingerprint(path), before);
}

void tst_CommandLine::checkReportsProblemsAndWritesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("lines");
    QTest::newRow("missing file") << "missing" << "does not exist" << 1;
    QTest::newRow("not a database") << "text" << "not an SQLite database" << 1;
    QTest::newRow("two problem rows") << "rows" << "row 5: ends (1951) before it starts (1954)" << 2;
    QTest::newRow("a trigger") << "trigger" << "trigger" << 1;
}

void tst_CommandLine::checkReportsProblemsAndWritesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QFETCH(int, lines);
    const QString path = m_dir.filePath(kind + QStringLiteral("-check.annals"));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an atlas\n");
    } else if (kind == QLatin1String("rows")) {
        AtlasFixtures::makeSmallAtlas(path);
        AtlasFixtures::runRaw(path, {QStringLiteral("INSERT INTO events (id, title, start_time, start_precision, end_time, end_precision) "
                                                    "VALUES (5, 'Backwards', -504921600, 'year', -599616000, 'year')"),
                                     QStringLiteral("INSERT INTO citations (source_id, item_kind, item_id) VALUES (1, 'actor', 77)")});
    } else if (kind == QLatin1String("trigger")) {
        AtlasFixtures::makeSmallAtlas(path);
        AtlasFixtures::runRaw(path, {QStringLiteral("CREATE TRIGGER t AFTER DELETE ON events BEGIN DELETE FROM actors; END")});
    }
    const QByteArray before = AtlasFixtures::fingerprint(path);
    const Run result = run({QStringLiteral("--check"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    QCOMPARE(result.err.trimmed().split(QLatin1Char('\n')).size(), lines);
    QCOMPARE(AtlasFixtures::fingerprint(path), before);
}

void tst_CommandLine::screenshotOfTheSample()
{
    const QString png = m_dir.filePath(QStringLiteral("shot.png"));
    const Run result = run({QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("1366x768")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QImageReader reader(png);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(1366, 768));
    // A painted window is not one flat colour.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 16)
        for (int x = 0; x < image.width(); x += 16)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 3);
}

void tst_CommandLine::screenshotOfABadFileFails()
{
    const QString png = m_dir.filePath(QStringLiteral("bad.png"));
    const Run result = run({QStringLiteral("--screenshot"), png, m_dir.filePath(QStringLiteral("nothing-here.annals"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QLatin1String("does not exist")));
    QVERIFY(!QFile::exists(png));
}

void tst_CommandLine::helpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--check", "--write-sample", "--screenshot", "--size", "--version"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    // "annals 0.1.0 (revision 1a2b3c4d5e6f)": the version and the commit the
    // build was made from ("-dirty" with uncommitted changes, "unknown" from a tarball).
    static const QRegularExpression shape(
        QStringLiteral("^annals \\d+\\.\\d+\\.\\d+ \\(revision ([0-9a-f]{12}(-dirty)?|unknown)\\)\n$"));
    const QRegularExpressionMatch match = shape.match(version.out);
    QVERIFY2(match.hasMatch(), qPrintable(version.out));
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("-C"), QStringLiteral(QT_TESTCASE_SOURCEDIR), QStringLiteral("rev-parse"),
                                      QStringLiteral("--short=12"), QStringLiteral("HEAD")});
    if (git.waitForFinished() && git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0)
        QCOMPARE(match.captured(1).left(12), QString::fromUtf8(git.readAllStandardOutput()).trimmed());
}

void tst_CommandLine::windowAndLanesAreRead()
{
    CommandLineRequest request;
    QString error;
    QVERIFY2(parseCommandLine({QStringLiteral("annals"), QStringLiteral("--screenshot"), QStringLiteral("a.png"),
                               QStringLiteral("--window"), QStringLiteral("44 BCE..Oct 1959"), QStringLiteral("--lanes"),
                               QStringLiteral("packed")},
                              &request, &error),
             qPrintable(error));
    QVERIFY(request.timeWindow);
    // Both ends inclusive at their precision: to the end of October 1959.
    QCOMPARE(request.timeWindow->first, DateParser::parse(QStringLiteral("1 Jan 44 BCE")).date.seconds());
    QCOMPARE(request.timeWindow->second, DateParser::parse(QStringLiteral("1 Nov 1959")).date.seconds());
    QCOMPARE(request.laneMode, std::optional<int>(int(LaneMode::Packed)));
}

void tst_CommandLine::exportOptionsAreRead()
{
    CommandLineRequest request;
    QString error;
    QVERIFY2(parseCommandLine({QStringLiteral("annals"), QStringLiteral("--export"), QStringLiteral("out.PDF"),
                               QStringLiteral("--view"), QStringLiteral("timeline"), QStringLiteral("--page"),
                               QStringLiteral("letter"), QStringLiteral("--window"), QStringLiteral("1950..1953"),
                               QStringLiteral("--date"), QStringLiteral("1 June 1951"), QStringLiteral("x.annals")},
                              &request, &error),
             qPrintable(error));
    QCOMPARE(request.action, CommandLineRequest::Action::Export);
    QCOMPARE(request.exportPath, QStringLiteral("out.PDF"));
    QCOMPARE(request.exportView, QStringLiteral("timeline"));
    QCOMPARE(request.exportPage, QStringLiteral("letter"));
    QVERIFY(request.timeWindow);
    QCOMPARE(request.timeWindow->second, DateParser::parse(QStringLiteral("1954")).date.seconds());
    QCOMPARE(request.cursorDate, std::optional<qint64>(DateParser::parse(QStringLiteral("1 June 1951")).date.seconds()));
    QCOMPARE(request.atlasPath, QStringLiteral("x.annals"));
}

void tst_CommandLine::exportOfTheSample_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("png") << "sample.png" << QStringList{"--size", "800x600", "--view", "timeline"};
    QTest::newRow("svg") << "sample.svg" << QStringList{"--view", "graph", "--date", "1951"};
    QTest::newRow("pdf") << "sample.pdf" << QStringList{"--window", "1950..1953", "--page", "letter"};
}

void tst_CommandLine::exportOfTheSample()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    // The sample as a file, as a user would have it.
    const QString atlas = m_dir.filePath(QStringLiteral("export-sample.annals"));
    if (!QFile::exists(atlas))
        QCOMPARE(run({QStringLiteral("--write-sample"), atlas}).exitCode, 0);
    const QString out = m_dir.filePath(name);
    const Run result = run(QStringList{QStringLiteral("--export"), out} + options + QStringList{atlas});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QLatin1String("Wrote")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (name.endsWith(QLatin1String(".png")))
        QCOMPARE(QImageReader(out).size(), QSize(800, 600));
    else if (name.endsWith(QLatin1String(".svg")))
        QVERIFY(bytes.contains("<svg") && bytes.contains(">China</text>"));
    else
        QVERIFY(bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF"));
}

void tst_CommandLine::exportFailures_data()
{
    QTest::addColumn<QStringList>("arguments"); // OUT is replaced by the output path
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown extension") << QStringList{"--export", "OUT"} << "out.gif" << ".png, .svg or .pdf";
    QTest::newRow("unknown view") << QStringList{"--export", "OUT", "--view", "map"} << "out.png" << "timeline, graph or both";
    QTest::newRow("bad size") << QStringList{"--export", "OUT", "--size", "huge"} << "out.png" << "WIDTHxHEIGHT";
    QTest::newRow("bad window") << QStringList{"--export", "OUT", "--window", "1953..1950"} << "out.pdf" << "is not after";
    QTest::newRow("missing atlas") << QStringList{"--export", "OUT", "nothing-here.annals"} << "out.pdf" << "does not exist";
    QTest::newRow("corrupt atlas") << QStringList{"--export", "OUT", "CORRUPT"} << "out.svg" << "";
    QTest::newRow("unwritable output") << QStringList{"--export", "OUT"} << "no-such-folder/out.png" << "Could not write";
    QTest::newRow("unknown actor") << QStringList{"--export", "OUT", "--filter-actor", "Atlantis"} << "out.png" << "Atlantis";
}

void tst_CommandLine::exportFailures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString out = dir.filePath(name);
    const QString corrupt = dir.filePath(QStringLiteral("corrupt.annals"));
    {
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    arguments.replaceInStrings(QStringLiteral("OUT"), out);
    arguments.replaceInStrings(QStringLiteral("CORRUPT"), corrupt);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    // One clear line, not a usage dump (Qt's own notice about a missing
    // XDG_RUNTIME_DIR, which some CI machines lack, is not ours).
    QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("QStandardPaths:")); });
    QCOMPARE(lines.size(), 1);
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("corrupt.annals")});
}

void tst_CommandLine::dataExportOfTheSample_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("expected"); // in the file
    QTest::newRow("TimelineJS") << "sample.json" << QStringList{} << QByteArray("\"start_date\"");
    QTest::newRow("CSV events") << "events.csv" << QStringList{} << QByteArray("Title,Start,End");
    QTest::newRow("CSV actors") << "actors.csv" << QStringList{"--kind", "actors"} << QByteArray("Name,Native Name,Kind");
    QTest::newRow("CSV relations") << "relations.csv" << QStringList{"--kind", "relations"}
                                   << QByteArray("Source,Target,Kind");
    QTest::newRow("GEXF") << "sample.gexf" << QStringList{} << QByteArray("version=\"1.3\"");
    QTest::newRow("GraphML") << "sample.graphml" << QStringList{} << QByteArray("<graphml");
}

void tst_CommandLine::dataExportOfTheSample()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    QFETCH(QByteArray, expected);
    const QString out = m_dir.filePath(name);
    // No file: the built-in sample, as for pictures.
    const Run result = run(QStringList{QStringLiteral("--export"), out} + options);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QLatin1String("Wrote")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains(expected), bytes.left(200).constData());
    QVERIFY(bytes.contains("Korea") || bytes.contains("China"));
}

void tst_CommandLine::importMakesAndExtendsAnAtlas()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("sample.json"));
    const QString actors = dir.filePath(QStringLiteral("actors.csv"));
    QCOMPARE(run({QStringLiteral("--export"), json}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("--export"), actors, QStringLiteral("--kind"), QStringLiteral("actors")}).exitCode, 0);

    const QString atlas = dir.filePath(QStringLiteral("made.annals"));
    Run result = run({QStringLiteral("--import"), json, QStringLiteral("--into"), atlas});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QLatin1String("Made")) && result.out.contains(QLatin1String("82 events")),
             qPrintable(result.out));
    result = run({QStringLiteral("--import"), actors, QStringLiteral("--kind"), QStringLiteral("actors"),
                  QStringLiteral("--into"), atlas});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QLatin1String("Added 35 actors")), qPrintable(result.out));
    result = run({QStringLiteral("--check"), atlas});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
}

void tst_CommandLine::importFailuresChangeNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("atlasExists");
    QTest::addColumn<QString>("expected");
    const QByteArray goodJson = R"({"events": [{"start_date": {"year": 1950}, "text": {"headline": "Fine"}}]})";
    QTest::newRow("truncated JSON") << "in.json" << QByteArray(R"({"events": [{"start_date": {"year": 1950})") << true
                                    << "in.json:1:";
    QTest::newRow("month 13") << "in.json"
                              << QByteArray("{\"events\": [\n{\"start_date\": {\"year\": 1950, \"month\": 13},"
                                            " \"text\": {\"headline\": \"Bad\"}}]}")
                              << true << "in.json:2:";
    QTest::newRow("unclosed quote in CSV") << "in.csv" << QByteArray("Title,Start\nFine,1950\n\"Broken,1951\n") << true
                                           << "in.csv:3:";
    QTest::newRow("bad date in CSV") << "in.csv" << QByteArray("Title,Start\nFine,1950\nBad,Octember 1951\n") << true
                                     << "in.csv:3:";
    QTest::newRow("bad JSON into a new atlas") << "in.json" << QByteArray("[1, 2") << false << "in.json:1:";
    QTest::newRow("good JSON into a corrupt atlas") << "in.json" << goodJson << true << "";
}

void tst_CommandLine::importFailuresChangeNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(bool, atlasExists);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString input = dir.filePath(name);
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString atlas = dir.filePath(QStringLiteral("atlas.annals"));
    const bool corrupt = QByteArray(QTest::currentDataTag()).contains("corrupt");
    if (corrupt) {
        QFile file(atlas);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    } else if (atlasExists) {
        QCOMPARE(run({QStringLiteral("--write-sample"), atlas}).exitCode, 0);
    }
    const auto fingerprint = [&atlas] {
        QFile file(atlas);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    };
    const QByteArray before = fingerprint();
    const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const Run result = run({QStringLiteral("--import"), input, QStringLiteral("--into"), atlas});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("Nothing was imported")), qPrintable(result.err));
    QCOMPARE(fingerprint(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), entriesBefore);
}

void tst_CommandLine::themeIsRead_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<std::optional<ThemeChoice>>("theme");
    QTest::newRow("none") << QStringList{} << std::optional<ThemeChoice>();
    QTest::newRow("system") << QStringList{"--theme", "system"} << std::optional<ThemeChoice>(ThemeChoice::System);
    QTest::newRow("light") << QStringList{"--theme=light"} << std::optional<ThemeChoice>(ThemeChoice::Light);
    QTest::newRow("dark for a window") << QStringList{"--theme", "dark", "x.annals"}
                                       << std::optional<ThemeChoice>(ThemeChoice::Dark);
    QTest::newRow("high contrast for a screenshot")
        << QStringList{"--screenshot", "a.png", "--theme", "high-contrast"}
        << std::optional<ThemeChoice>(ThemeChoice::HighContrast);
}

void tst_CommandLine::themeIsRead()
{
    QFETCH(QStringList, arguments);
    QFETCH(std::optional<ThemeChoice>, theme);
    CommandLineRequest request;
    QString error;
    QVERIFY2(parseCommandLine(QStringList{QStringLiteral("annals")} + arguments, &request, &error), qPrintable(error));
    QCOMPARE(request.theme, theme);
}

// The theme reaches the picture: dark is darker than light, high contrast
// is mostly black.
void tst_CommandLine::screenshotInATheme()
{
    const auto meanLightness = [this](const QString &theme, double *blackShare) {
        const QString png = m_dir.filePath(theme + QStringLiteral(".png"));
        const Run result = run({QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("800x600"),
                                QStringLiteral("--theme"), theme});
        if (result.exitCode != 0)
            qWarning() << result.err;
        const QImage image(png);
        double sum = 0;
        int count = 0;
        int black = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                const int lightness = image.pixelColor(x, y).lightness();
                sum += lightness;
                black += lightness < 8 ? 1 : 0;
                ++count;
            }
        }
        *blackShare = count ? double(black) / count : 0;
        return count ? sum / count : -1.0;
    };
    double black = 0;
    const double light = meanLightness(QStringLiteral("light"), &black);
    const double dark = meanLightness(QStringLiteral("dark"), &black);
    QVERIFY2(light > 150, qPrintable(QString::number(light)));
    QVERIFY2(dark >= 0 && dark < 90, qPrintable(QString::number(dark)));
    meanLightness(QStringLiteral("high-contrast"), &black);
    QVERIFY2(black > 0.5, qPrintable(QString::number(black)));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
