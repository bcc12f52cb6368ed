// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchatlases.h"

#include "atlas.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <map>
#include <memory>

namespace Annals::Bench {

namespace {

// One seed for every size, so that a result can be reproduced with annals-gen.
constexpr quint64 benchmarkSeed = 20250101;

} // namespace

QString cacheDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("ANNALS_BENCH_CACHE");
    return fromEnvironment.isEmpty() ? QStringLiteral(ANNALS_BENCH_DEFAULT_CACHE) : fromEnvironment;
}

GeneratorParameters parametersFor(qint64 events)
{
    GeneratorParameters parameters;
    parameters.events = events;
    parameters.actors = std::max<qint64>(2, events / 100);
    parameters.relations = events / 10;
    parameters.seed = benchmarkSeed;
    return parameters;
}

QString benchmarkAtlas(qint64 events, QString *error)
{
    return benchmarkAtlas(parametersFor(events), error);
}

QString benchmarkAtlas(const GeneratorParameters &parameters, QString *error)
{
    const QDir directory(cacheDirectory());
    const QString path = directory.filePath(cacheFileName(parameters));
    if (QFileInfo::exists(path))
        return path;
    if (!directory.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create %1").arg(directory.path());
        return {};
    }
    QTextStream err(stderr);
    err << QStringLiteral("annals-bench: generating %1 (once; later runs reuse it)").arg(path) << Qt::endl;
    const auto progress = [&err](const QString &line) { err << QStringLiteral("  %1").arg(line) << Qt::endl; };
    if (!generateAtlas(parameters, path, error, progress))
        return {};
    return path;
}

namespace {

std::map<QString, std::unique_ptr<Atlas>> &openedAtlases()
{
    static std::map<QString, std::unique_ptr<Atlas>> opened;
    return opened;
}

} // namespace

Atlas *openedBenchmarkAtlas(const GeneratorParameters &parameters, QString *error)
{
    std::map<QString, std::unique_ptr<Atlas>> &opened = openedAtlases();
    const QString name = cacheFileName(parameters);
    auto found = opened.find(name);
    if (found != opened.end())
        return found->second.get();
    const QString path = benchmarkAtlas(parameters, error);
    if (path.isEmpty())
        return nullptr;
    std::unique_ptr<Atlas> atlas = Atlas::open(path, error);
    if (!atlas)
        return nullptr;
    return opened.emplace(name, std::move(atlas)).first->second.get();
}

void closeBenchmarkAtlases()
{
    openedAtlases().clear();
}

} // namespace Annals::Bench
