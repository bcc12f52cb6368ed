// SPDX-License-Identifier: GPL-3.0-or-later
// annals-bench: the performance budgets of DESIGN.md, measured. Each
// benchmark's first argument is the number of events, so that names read
// BM_LoadAtlas/1000000. The atlases are made by the same generator as
// annals-gen and kept between runs (see cacheDirectory()).
#include "annalsgenerator.h"
#include "benchatlases.h"
#include "atlasconnection.h"
#include "eventindex.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <optional>

namespace {


// Time of EventIndex::load on an open connection: what opening a big atlas
// costs beyond SQLite's own work of opening the file.
void BM_LoadAtlas(benchmark::State &state)
{
    QString error;
    const QString path = Annals::Bench::benchmarkAtlas(state.range(0), &error);
    if (path.isEmpty()) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    Annals::AtlasConnection connection;
    if (!connection.open(path, Annals::AtlasConnection::Mode::ReadOnly, &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    std::size_t bytes = 0;
    qsizetype events = 0;
    std::size_t actorLinks = 0;
    for (auto _ : state) {
        std::optional<Annals::EventIndex> index = Annals::EventIndex::load(connection.database(), &error);
        benchmark::DoNotOptimize(index);
        if (!index) {
            state.SkipWithError(qPrintable(error));
            break;
        }
        bytes = index->memoryBytes();
        events = index->size();
        actorLinks = index->actorIds().size();
    }
    state.counters["events"] = double(events);
    state.counters["bytes_per_event"] = events ? double(bytes) / double(events) : 0.0;
    state.counters["actors_per_event"] = events ? double(actorLinks) / double(events) : 0.0;
}
BENCHMARK(BM_LoadAtlas)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

// The yardstick of the budget: the sqlite3 shell reading the same rows and
// writing them to /dev/null, process start included, timed by the wall clock.
void BM_SqliteShellRead(benchmark::State &state)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        state.SkipWithError("the sqlite3 shell is not installed (Debian: sqlite3)");
        return;
    }
    QString error;
    const QString path = Annals::Bench::benchmarkAtlas(state.range(0), &error);
    if (path.isEmpty()) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const QStringList arguments = {
        QStringLiteral("-readonly"),
        path,
        QStringLiteral("SELECT id, start_time, start_precision, start_approx, end_time, end_precision, "
                       "importance, category FROM events;"),
    };
    for (auto _ : state) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(shell, arguments);
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            state.SkipWithError(qPrintable(QStringLiteral("sqlite3 failed: %1")
                                               .arg(QString::fromLocal8Bit(process.readAllStandardError()))));
            break;
        }
    }
}
BENCHMARK(BM_SqliteShellRead)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    // Qt gets its own copy of the arguments: benchmark::Initialize removes
    // the ones it understands from argc/argv, which QCoreApplication keeps
    // references to.
    int qtArgc = 1;
    char *qtArgv[] = {argv[0], nullptr};
    // The timeline benchmarks paint text, which needs a GUI application, and the
    // overview benchmark a widget, which needs a widget application; the
    // offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(qtArgc, qtArgv);

    benchmark::AddCustomContext("qt_version", qVersion());
    benchmark::AddCustomContext("sqlite_version", sqlite3_libversion());
    benchmark::AddCustomContext("atlas_cache", QDir::toNativeSeparators(Annals::Bench::cacheDirectory()).toStdString());
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    Annals::Bench::closeBenchmarkAtlases();
    return 0;
}
