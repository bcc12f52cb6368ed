// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "languages.h"

#include "atlas.h"
#include "atlasinspector.h"
#include "historicaldate.h"
#include "dataexchange.h"
#include "timelinelanes.h"
#include "viewexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace Annals {

namespace {


// The atlas at `path`, or the built-in sample when none is given; says why
// not on `err`.
std::unique_ptr<Atlas> openAtlasOrSample(const QString &path, QTextStream &err)
{
    QString error;
    std::unique_ptr<Atlas> atlas = path.isEmpty() ? Atlas::openSampleInMemory(&error) : Atlas::open(path, &error);
    if (!atlas)
        err << error << Qt::endl;
    return atlas;
}

} // namespace

bool isHeadlessRequest(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--check" || argument == "--write-sample" || argument == "--help"
            || argument == "-h" || argument == "--version" || argument == "-v"
            || argument.startsWith("--check=") || argument.startsWith("--write-sample=") || argument == "--export"
            || argument.startsWith("--export=") || argument == "--import" || argument.startsWith("--import=")) {
            return true;
        }
    }
    return false;
}

bool parseCommandLine(const QStringList &arguments, CommandLineRequest *request, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Annals::CommandLine", "Annals shows historical events on a zoomable timeline beside a graph of the "
           "alliances between the people, states and organisations in them."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         QCoreApplication::translate("Annals::CommandLine", "Check that <file> is a sound atlas, without changing it. "
                                            "Exits 0 when it is, 1 with one line per problem."),
                                         QCoreApplication::translate("Annals::CommandLine", "file"));
    const QCommandLineOption writeSampleOption(QStringLiteral("write-sample"),
                                               QCoreApplication::translate("Annals::CommandLine", "Write the sample atlas to <file>, which must not exist."),
                                               QCoreApplication::translate("Annals::CommandLine", "file"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QCoreApplication::translate("Annals::CommandLine", "Open the window, wait until it has painted, save it as "
                                                 "<png> and exit. Without a file, shows the built-in sample."),
                                              QCoreApplication::translate("Annals::CommandLine", "png"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          QCoreApplication::translate("Annals::CommandLine", "Draw the timeline, the graph or both into <out> (.png, .svg or .pdf), "
                                             "or write the atlas's data to <out> as TimelineJS (.json), CSV (.csv), "
                                             "GEXF (.gexf) or GraphML (.graphml), without a window, and exit: 0 when "
                                             "written, 1 with the reason."),
                                          QCoreApplication::translate("Annals::CommandLine", "out"));
    const QCommandLineOption viewOption(QStringLiteral("view"), QCoreApplication::translate("Annals::CommandLine", "With --export: which view to draw (default both)."),
                                        QCoreApplication::translate("Annals::CommandLine", "timeline|graph|both"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QCoreApplication::translate("Annals::CommandLine", "With --export to PDF: the landscape page size (default a4)."),
                                        QCoreApplication::translate("Annals::CommandLine", "a4|letter"));
    const QCommandLineOption tourOption(QStringLiteral("tour"),
                                        QCoreApplication::translate("Annals::CommandLine", "With --export to PDF: a page per stop of the atlas's first tour, each "
                                           "with its dates, its graph and its caption."));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("Annals::CommandLine", "Window size for --screenshot, e.g. 1366x768; picture size for --export "
                                           "to PNG or SVG (default 1920x1080)."),
                                        QCoreApplication::translate("Annals::CommandLine", "WxH"));
    const QCommandLineOption windowOption(QStringLiteral("window"),
                                          QCoreApplication::translate("Annals::CommandLine", "With --screenshot: the time the timeline shows, as FROM..TO in "
                                             "any form the date field reads, e.g. 2018..2019 or \"1 Oct 1959..Dec 1961\"."),
                                          QCoreApplication::translate("Annals::CommandLine", "FROM..TO"));
    const QCommandLineOption lanesOption(QStringLiteral("lanes"),
                                         QCoreApplication::translate("Annals::CommandLine", "With --screenshot: lanes by actor, category or packed."),
                                         QCoreApplication::translate("Annals::CommandLine", "actor|category|packed"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        QCoreApplication::translate("Annals::CommandLine", "With --screenshot: the date of the time cursor, which the graph shows."),
                                        QCoreApplication::translate("Annals::CommandLine", "DATE"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QCoreApplication::translate("Annals::CommandLine", "With --screenshot: search for <text> and show the results."),
                                          QCoreApplication::translate("Annals::CommandLine", "text"));
    const QCommandLineOption actorOption(QStringLiteral("filter-actor"),
                                         QCoreApplication::translate("Annals::CommandLine", "With --screenshot: show only the events and relations of this actor "
                                            "(by name; may be repeated)."),
                                         QCoreApplication::translate("Annals::CommandLine", "name"));
    const QCommandLineOption importanceOption(QStringLiteral("min-importance"),
                                              QCoreApplication::translate("Annals::CommandLine", "With --screenshot: show only events of this importance (1-5) or more."),
                                              QCoreApplication::translate("Annals::CommandLine", "n"));
    const QCommandLineOption presentOption(QStringLiteral("present"),
                                           QCoreApplication::translate("Annals::CommandLine", "With --screenshot: show presentation mode at step <n> of the atlas's "
                                              "first tour (0: the current view, no tour)."),
                                           QCoreApplication::translate("Annals::CommandLine", "n"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QCoreApplication::translate("Annals::CommandLine", "The colours for this run (not remembered): system, light, dark "
                                            "or high-contrast. Works with --screenshot too."),
                                         QCoreApplication::translate("Annals::CommandLine", "system|light|dark|high-contrast"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QCoreApplication::translate("Annals::CommandLine", "The interface language for this run (not remembered): %1.")
                                                .arg(Languages::available().join(QStringLiteral(", "))),
                                            QCoreApplication::translate("Annals::CommandLine", "code"));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          QCoreApplication::translate("Annals::CommandLine", "Import <in> (TimelineJS .json, CSV .csv or GEXF .gexf) into the atlas "
                                             "given with --into and exit: 0 when everything was added, 1 with every "
                                             "error and the atlas unchanged."),
                                          QCoreApplication::translate("Annals::CommandLine", "in"));
    const QCommandLineOption intoOption(QStringLiteral("into"),
                                        QCoreApplication::translate("Annals::CommandLine", "With --import: the atlas to add to, made when it does not exist."),
                                        QCoreApplication::translate("Annals::CommandLine", "file"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        QCoreApplication::translate("Annals::CommandLine", "With --import or --export of CSV: what the rows are (default events)."),
                                        QCoreApplication::translate("Annals::CommandLine", "events|actors|relations"));
    parser.addOptions({checkOption, writeSampleOption, screenshotOption, exportOption, viewOption, pageOption, tourOption, sizeOption,
                       windowOption, lanesOption, dateOption, searchOption, actorOption, importanceOption, presentOption,
                       themeOption, languageOption, importOption, intoOption, kindOption});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Annals::CommandLine", "The atlas to open."), QCoreApplication::translate("Annals::CommandLine", "[file]"));

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    request->helpText = parser.helpText();
    // Known before any mistake is reported: an export's or import's mistakes exit 1.
    if (parser.isSet(exportOption))
        request->action = CommandLineRequest::Action::Export;
    if (parser.isSet(importOption))
        request->action = CommandLineRequest::Action::Import;
    if (parser.isSet(helpOption)) {
        request->action = CommandLineRequest::Action::ShowHelp;
        return true;
    }
    if (parser.isSet(versionOption)) {
        request->action = CommandLineRequest::Action::ShowVersion;
        return true;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QCoreApplication::translate("Annals::CommandLine", "Give at most one atlas file; got %1.").arg(positional.size());
        return false;
    }
    const int modes = int(parser.isSet(checkOption)) + int(parser.isSet(writeSampleOption))
        + int(parser.isSet(screenshotOption)) + int(parser.isSet(exportOption)) + int(parser.isSet(importOption));
    if (modes > 1) {
        *error = QCoreApplication::translate("Annals::CommandLine", "--check, --write-sample, --screenshot, --export and --import cannot be combined.");
        return false;
    }
    if (parser.isSet(kindOption)) {
        request->csvKind = parser.value(kindOption);
        if (request->csvKind != QLatin1String("events") && request->csvKind != QLatin1String("actors")
            && request->csvKind != QLatin1String("relations")) {
            *error = QCoreApplication::translate("Annals::CommandLine", "--kind expects events, actors or relations; got \"%1\".").arg(request->csvKind);
            return false;
        }
        const bool csv = DataExchange::formatFor(parser.value(parser.isSet(importOption) ? importOption : exportOption))
            == DataFormat::Csv;
        if (!csv || !(parser.isSet(importOption) || parser.isSet(exportOption))) {
            *error = QCoreApplication::translate("Annals::CommandLine", "--kind only goes with --import or --export of a CSV file.");
            return false;
        }
    }
    // What only drawing uses: refused with an import or a data export.
    const QCommandLineOption *const pictureOptions[] = {&sizeOption, &windowOption, &lanesOption, &dateOption,
                                                        &actorOption, &importanceOption, &searchOption, &presentOption,
                                                        &viewOption, &pageOption, &tourOption, &themeOption};
    if (parser.isSet(intoOption) && !parser.isSet(importOption)) {
        *error = QCoreApplication::translate("Annals::CommandLine", "--into only goes with --import.");
        return false;
    }
    if (parser.isSet(importOption)) {
        request->importPath = parser.value(importOption);
        if (!parser.isSet(intoOption)) {
            *error = QCoreApplication::translate("Annals::CommandLine", "--import needs --into FILE.annals: the atlas to add to (made when it does not exist).");
            return false;
        }
        if (!positional.isEmpty()) {
            *error = QCoreApplication::translate("Annals::CommandLine", "Unexpected argument \"%1\"; give the atlas with --into.").arg(positional.first());
            return false;
        }
        const std::optional<DataFormat> format = DataExchange::formatFor(request->importPath);
        if (!format || !DataExchange::canImport(*format)) {
            *error = QCoreApplication::translate("Annals::CommandLine", "--import expects a file ending in .json (TimelineJS), .csv, .tsv, .txt or .gexf; got \"%1\".")
                         .arg(request->importPath);
            return false;
        }
        request->atlasPath = parser.value(intoOption);
        for (const QCommandLineOption *option : pictureOptions) {
            if (parser.isSet(*option)) {
                *error = QCoreApplication::translate("Annals::CommandLine", "--%1 does not go with --import.").arg(option->names().constFirst());
                return false;
            }
        }
        return true;
    }
    if (parser.isSet(exportOption) && DataExchange::formatFor(parser.value(exportOption))) {
        request->action = CommandLineRequest::Action::ExportData;
        request->exportPath = parser.value(exportOption);
        request->atlasPath = positional.value(0);
        for (const QCommandLineOption *option : pictureOptions) {
            if (parser.isSet(*option)) {
                *error = QCoreApplication::translate("Annals::CommandLine", "--%1 goes with a picture export (.png, .svg, .pdf), not with a data export.")
                             .arg(option->names().constFirst());
                return false;
            }
        }
        return true;
    }
    const bool drawing = parser.isSet(screenshotOption) || parser.isSet(exportOption);
    for (const QCommandLineOption *option :
         {&sizeOption, &windowOption, &lanesOption, &dateOption, &actorOption, &importanceOption}) {
        if (parser.isSet(*option) && !drawing) {
            *error = QCoreApplication::translate("Annals::CommandLine", "--%1 only goes with --screenshot or --export.").arg(option->names().constFirst());
            return false;
        }
    }
    for (const QCommandLineOption *option : {&searchOption, &presentOption}) {
        if (parser.isSet(*option) && !parser.isSet(screenshotOption)) {
            *error = QCoreApplication::translate("Annals::CommandLine", "--%1 only goes with --screenshot.").arg(option->names().constFirst());
            return false;
        }
    }
    for (const QCommandLineOption *option : {&viewOption, &pageOption, &tourOption}) {
        if (parser.isSet(*option) && !parser.isSet(exportOption)) {
            *error = QCoreApplication::translate("Annals::CommandLine", "--%1 only goes with --export.").arg(option->names().constFirst());
            return false;
        }
    }

    if (parser.isSet(languageOption)) {
        request->language = parser.value(languageOption);
        if (!Languages::available().contains(request->language)) {
            *error = QCoreApplication::translate("Annals::CommandLine", "--language expects one of %1; got \"%2\".")
                         .arg(Languages::available().join(QStringLiteral(", ")), request->language);
            return false;
        }
    }

    if (parser.isSet(themeOption)) {
        if (parser.isSet(checkOption) || parser.isSet(writeSampleOption)) {
            *error = QCoreApplication::translate("Annals::CommandLine", "--theme goes with a window, not with --check or --write-sample.");
            return false;
        }
        request->theme = themeFromId(parser.value(themeOption));
        if (!request->theme) {
            *error = QCoreApplication::translate("Annals::CommandLine", "--theme expects system, light, dark or high-contrast; got \"%1\".").arg(parser.value(themeOption));
            return false;
        }
    }

    if (parser.isSet(checkOption) || parser.isSet(writeSampleOption)) {
        if (!positional.isEmpty()) {
            *error = QCoreApplication::translate("Annals::CommandLine", "Unexpected argument \"%1\".").arg(positional.first());
            return false;
        }
        const bool check = parser.isSet(checkOption);
        request->action = check ? CommandLineRequest::Action::Check : CommandLineRequest::Action::WriteSample;
        request->atlasPath = parser.value(check ? checkOption : writeSampleOption);
        return true;
    }

    request->atlasPath = positional.value(0);
    if (parser.isSet(exportOption)) {
        request->exportPath = parser.value(exportOption);
        if (!ViewExporter::formatFor(request->exportPath)) {
            *error = QCoreApplication::translate("Annals::CommandLine", "--export expects a file name ending in .png, .svg or .pdf (pictures) or .json, .csv, .gexf or "
                        ".graphml (data); got \"%1\".")
                         .arg(request->exportPath);
            return false;
        }
        request->exportTour = parser.isSet(tourOption);
        if (request->exportTour && ViewExporter::formatFor(request->exportPath) != ViewExporter::Format::Pdf) {
            *error = QCoreApplication::translate("Annals::CommandLine", "--tour makes pages: give --export a file ending in .pdf.");
            return false;
        }
        if (parser.isSet(viewOption)) {
            request->exportView = parser.value(viewOption);
            if (request->exportView != QLatin1String("timeline") && request->exportView != QLatin1String("graph")
                && request->exportView != QLatin1String("both")) {
                *error = QCoreApplication::translate("Annals::CommandLine", "--view expects timeline, graph or both; got \"%1\".").arg(request->exportView);
                return false;
            }
        }
        if (parser.isSet(pageOption)) {
            request->exportPage = parser.value(pageOption).toLower();
            if (request->exportPage != QLatin1String("a4") && request->exportPage != QLatin1String("letter")) {
                *error = QCoreApplication::translate("Annals::CommandLine", "--page expects a4 or letter; got \"%1\".").arg(parser.value(pageOption));
                return false;
            }
        }
    }
    if (drawing) {
        if (parser.isSet(screenshotOption)) {
            request->action = CommandLineRequest::Action::Screenshot;
            request->screenshotPath = parser.value(screenshotOption);
        }
        request->searchText = parser.value(searchOption);
        request->filterActors = parser.values(actorOption);
        if (parser.isSet(presentOption)) {
            bool ok = false;
            const int step = parser.value(presentOption).toInt(&ok);
            if (!ok || step < 0) {
                *error = QCoreApplication::translate("Annals::CommandLine", "--present expects a step number (1 for the first, 0 for no tour); got \"%1\".")
                             .arg(parser.value(presentOption));
                return false;
            }
            request->presentStep = step;
        }
        if (parser.isSet(importanceOption)) {
            bool ok = false;
            request->minimumImportance = parser.value(importanceOption).toInt(&ok);
            if (!ok || request->minimumImportance < 1 || request->minimumImportance > 5) {
                *error = QCoreApplication::translate("Annals::CommandLine", "--min-importance expects a number from 1 to 5; got \"%1\".").arg(parser.value(importanceOption));
                return false;
            }
        }
        if (parser.isSet(sizeOption)) {
            static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})[xX×](\\d{2,5})$"));
            const auto match = sizePattern.match(parser.value(sizeOption));
            const int width = match.captured(1).toInt();
            const int height = match.captured(2).toInt();
            if (!match.hasMatch() || width < 200 || height < 150 || width > 16384 || height > 16384) {
                *error = QCoreApplication::translate("Annals::CommandLine", "--size expects WIDTHxHEIGHT between 200x150 and 16384x16384, "
                            "for example 1366x768; got \"%1\".")
                             .arg(parser.value(sizeOption));
                return false;
            }
            request->windowSize = QSize(width, height);
        }
        if (parser.isSet(windowOption)) {
            const QString text = parser.value(windowOption);
            const QStringList ends = text.split(QStringLiteral(".."));
            if (ends.size() != 2) {
                *error = QCoreApplication::translate("Annals::CommandLine", "--window expects FROM..TO, for example 2018..2019; got \"%1\".").arg(text);
                return false;
            }
            const DateParseResult from = DateParser::parse(ends.at(0));
            const DateParseResult to = DateParser::parse(ends.at(1));
            if (!from.ok() || !to.ok()) {
                *error = QCoreApplication::translate("Annals::CommandLine", "--window: %1").arg(from.ok() ? to.error : from.error);
                return false;
            }
            // Both ends inclusive at their precision: 2018..2019 shows both years.
            if (to.date.periodEnd() <= from.date.seconds()) {
                *error = QCoreApplication::translate("Annals::CommandLine", "--window: %1 is not after %2.").arg(ends.at(1), ends.at(0));
                return false;
            }
            request->timeWindow = std::make_pair(from.date.seconds(), to.date.periodEnd());
        }
        if (parser.isSet(dateOption)) {
            const DateParseResult date = DateParser::parse(parser.value(dateOption));
            if (!date.ok()) {
                *error = QCoreApplication::translate("Annals::CommandLine", "--date: %1").arg(date.error);
                return false;
            }
            request->cursorDate = date.date.seconds();
        }
        if (parser.isSet(lanesOption)) {
            const QString lanes = parser.value(lanesOption);
            if (lanes == QLatin1String("category"))
                request->laneMode = int(LaneMode::Category);
            else if (lanes == QLatin1String("actor"))
                request->laneMode = int(LaneMode::Actor);
            else if (lanes == QLatin1String("packed"))
                request->laneMode = int(LaneMode::Packed);
            else {
                *error = QCoreApplication::translate("Annals::CommandLine", "--lanes expects actor, category or packed; got \"%1\".").arg(lanes);
                return false;
            }
        }
        return true;
    }
    request->action = CommandLineRequest::Action::OpenWindow;
    return true;
}

int runExport(const CommandLineRequest &request, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::unique_ptr<Atlas> atlas = openAtlasOrSample(request.atlasPath, err);
    if (!atlas)
        return 1;
    ExportSettings settings;
    settings.view = request.exportView == QLatin1String("timeline") ? ExportSettings::View::Timeline
        : request.exportView == QLatin1String("graph")              ? ExportSettings::View::Graph
                                                                    : ExportSettings::View::Both;
    settings.page = request.exportPage == QLatin1String("letter") ? ExportSettings::Page::Letter : ExportSettings::Page::A4;
    if (request.windowSize.isValid())
        settings.pixelSize = request.windowSize;
    settings.timeWindow = request.timeWindow;
    settings.tourPages = request.exportTour;
    settings.cursor = request.cursorDate;
    if (request.laneMode)
        settings.laneMode = LaneMode(*request.laneMode);
    settings.filter.minimumImportance = request.minimumImportance;
    for (const QString &name : request.filterActors) {
        const auto &actors = atlas->data().actors;
        const auto actor = std::find_if(actors.begin(), actors.end(), [&name](const Actor &candidate) {
            return candidate.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (actor == actors.end()) {
            err << QCoreApplication::translate("Annals::CommandLine", "--filter-actor: the atlas has no actor called \"%1\".").arg(name) << Qt::endl;
            return 1;
        }
        settings.filter.actors << actor->id;
    }
    settings.filter = settings.filter.normalized();

    ViewExporter exporter(&atlas->data(), atlas->eventIndex());
    exporter.setSettings(settings);
    if (!exporter.exportTo(request.exportPath, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("Annals::CommandLine", "Wrote %1.").arg(QDir::toNativeSeparators(request.exportPath)) << Qt::endl;
    return 0;
}

int runCheck(const QString &path, QTextStream &out, QTextStream &err)
{
    const AtlasInspection inspection = AtlasInspector::inspect(path);
    for (const AtlasProblem &problem : inspection.problems) {
        // Problems with the whole file already name it; row problems need the file.
        if (!problem.table.isEmpty())
            err << QDir::toNativeSeparators(path) << ": ";
        err << problem.toString() << Qt::endl;
    }
    if (!inspection.isValid())
        return 1;
    out << QCoreApplication::translate("Annals::CommandLine", "%1: a sound atlas (schema version %2).")
               .arg(QDir::toNativeSeparators(path))
               .arg(inspection.schemaVersion)
        << Qt::endl;
    if (inspection.readOnly)
        out << inspection.readOnlyReason << Qt::endl;
    return 0;
}

int runWriteSample(const QString &path, QTextStream &out, QTextStream &err)
{
    QString error;
    if (!Atlas::writeSample(path, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("Annals::CommandLine", "Wrote the sample atlas to %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return 0;
}

} // namespace Annals

namespace Annals {

namespace {

CsvKind csvKindFrom(const QString &key)
{
    if (key == QLatin1String("actors"))
        return CsvKind::Actors;
    if (key == QLatin1String("relations"))
        return CsvKind::Relations;
    return CsvKind::Events;
}

} // namespace

int runExportData(const CommandLineRequest &request, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::unique_ptr<Atlas> atlas = openAtlasOrSample(request.atlasPath, err);
    if (!atlas)
        return 1;
    QStringList notices;
    if (!DataExchange::exportFile(atlas->data(), request.exportPath, csvKindFrom(request.csvKind), &notices, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    for (const QString &notice : std::as_const(notices))
        out << notice << Qt::endl;
    out << QCoreApplication::translate("Annals::CommandLine", "Wrote %1.").arg(QDir::toNativeSeparators(request.exportPath)) << Qt::endl;
    return 0;
}

int runImport(const CommandLineRequest &request, QTextStream &out, QTextStream &err)
{
    QStringList notices;
    QStringList errors;
    QString summary;
    const bool existed = QFileInfo::exists(request.atlasPath);
    const bool ok = DataExchange::importIntoFile(request.importPath, request.atlasPath, csvKindFrom(request.csvKind),
                                                 &notices, &summary, &errors);
    for (const QString &notice : std::as_const(notices))
        out << notice << Qt::endl;
    if (!ok) {
        for (const QString &line : std::as_const(errors))
            err << line << Qt::endl;
        err << (existed ? QCoreApplication::translate("Annals::CommandLine", "Nothing was imported; %1 is unchanged.").arg(QDir::toNativeSeparators(request.atlasPath))
                        : QCoreApplication::translate("Annals::CommandLine", "Nothing was imported; %1 was not made.").arg(QDir::toNativeSeparators(request.atlasPath)))
            << Qt::endl;
        return 1;
    }
    out << (existed ? QCoreApplication::translate("Annals::CommandLine", "Added %1 to %2.") : QCoreApplication::translate("Annals::CommandLine", "Made %2 with %1."))
               .arg(summary, QDir::toNativeSeparators(request.atlasPath))
        << Qt::endl;
    return 0;
}

} // namespace Annals
