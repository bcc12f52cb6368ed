// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace Annals {

// What the user asked for on the command line, parsed but not yet done.
struct CommandLineRequest {
    enum class Action { OpenWindow, Check, WriteSample, Screenshot, Export, ExportData, Import, ShowHelp, ShowVersion };

    Action action = Action::OpenWindow;
    QString atlasPath;      // empty: the last atlas, or the sample
    QString screenshotPath; // with Action::Screenshot
    QSize windowSize;       // invalid: the remembered or default size
    // With Action::Screenshot: what the timeline shows.
    std::optional<std::pair<qint64, qint64>> timeWindow; // [from, to) in seconds
    std::optional<int> laneMode;                         // an Annals::LaneMode
    std::optional<qint64> cursorDate;                    // the time cursor (and the graph's date)
    QString searchText;                                  // shown in the search panel
    QStringList filterActors;                            // actor names the views are filtered to
    int minimumImportance = 1;                           // events shown from this importance up
    std::optional<int> presentStep;                      // presentation mode at this tour step (from 1; 0: no tour)
    std::optional<ThemeChoice> theme;                    // for this run only, never saved
    QString language;                                    // a Languages::available() code for this run; empty: the saved choice
    QString helpText;
    // With Action::Export (which also reads the time window, cursor, lanes,
    // filter and windowSize, the picture's size, above).
    QString exportPath;
    QString exportView = QStringLiteral("both"); // timeline, graph or both
    QString exportPage = QStringLiteral("a4");   // a4 or letter
    bool exportTour = false;                     // a PDF page per stop of the first tour
    // With Action::ExportData (exportPath .json, .csv, .gexf or .graphml) and
    // Action::Import (importPath into atlasPath): which items a CSV file holds.
    QString csvKind = QStringLiteral("events"); // events, actors or relations
    QString importPath;
};

// Reads the arguments (argv[0] first) with QCommandLineParser. On a mistake
// returns nullopt-like failure through `error`, worded for a terminal.
bool parseCommandLine(const QStringList &arguments, CommandLineRequest *request, QString *error);

// True when the arguments ask for work that needs no window, so the program
// can run without a display (CI, scripts).
bool isHeadlessRequest(int argc, char **argv);

// `annals --export OUT …`: 0 when written, 1 with one line on `err`
// (and nothing at OUT) when not. Needs a QGuiApplication (offscreen will do).
int runExport(const CommandLineRequest &request, QTextStream &out, QTextStream &err);

// `annals --export OUT.json|OUT.csv|OUT.gexf|OUT.graphml [FILE]`: 0 when
// written (with what the format left out on `out`), 1 with the reason.
int runExportData(const CommandLineRequest &request, QTextStream &out, QTextStream &err);

// `annals --import IN --into FILE`: 0 when every item was added (FILE made
// when missing), 1 with every error, one per line, and FILE as it was.
int runImport(const CommandLineRequest &request, QTextStream &out, QTextStream &err);

// `annals --check FILE`: 0 when valid, 1 with one line per problem on `err`.
// Never writes to the file.
int runCheck(const QString &path, QTextStream &out, QTextStream &err);

// `annals --write-sample FILE`: 0 when written, 1 with the reason on `err`.
int runWriteSample(const QString &path, QTextStream &out, QTextStream &err);

} // namespace Annals
