// SPDX-License-Identifier: GPL-3.0-or-later
// annals-gen: writes a synthetic atlas for benchmarks and for trying the app
// on a big file. The same arguments always give the same atlas.
#include "annalsgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("annals-gen", text);
}

// Reads a count option; false with a message when it is not a whole number
// in range.
bool readCount(const QCommandLineParser &parser, const QString &name, qint64 *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 parsed = parser.value(name).toLongLong(&ok);
    // 2^31 events would already need more than 64 GB to index; a count in
    // the billions is a typing mistake.
    if (!ok || parsed < 0 || parsed > 2'000'000'000) {
        *error = tr("--%1 expects a whole number from 0 to 2000000000, not \"%2\".").arg(name, parser.value(name));
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("annals-gen"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a synthetic Annals atlas: events clustered in time like real history (most in the last "
           "centuries, bursts around crises), actors and relations between them. The same arguments always "
           "give the same atlas. FILE must not exist."));
    parser.addHelpOption();
    const Annals::Bench::GeneratorParameters defaults;
    parser.addOptions({
        {QStringLiteral("events"), tr("Number of events (default %1).").arg(defaults.events), tr("N")},
        {QStringLiteral("actors"), tr("Number of actors (default %1).").arg(defaults.actors), tr("M")},
        {QStringLiteral("relations"), tr("Number of relations (default %1).").arg(defaults.relations), tr("R")},
        {QStringLiteral("seed"), tr("Seed of the random numbers (default %1).").arg(defaults.seed), tr("S")},
        {{QStringLiteral("q"), QStringLiteral("quiet")}, tr("Do not report progress.")},
    });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The atlas to write."));
    parser.process(app);

    QTextStream err(stderr);
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("annals-gen: expected one FILE to write, got %1.").arg(files.size()) << '\n'
            << parser.helpText();
        return 2;
    }

    Annals::Bench::GeneratorParameters parameters;
    QString error;
    if (!readCount(parser, QStringLiteral("events"), &parameters.events, &error)
        || !readCount(parser, QStringLiteral("actors"), &parameters.actors, &error)
        || !readCount(parser, QStringLiteral("relations"), &parameters.relations, &error)) {
        err << tr("annals-gen: %1").arg(error) << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        parameters.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err << tr("annals-gen: --seed expects a whole number from 0 to 18446744073709551615, not \"%1\".")
                       .arg(parser.value(QStringLiteral("seed")))
                << '\n';
            return 2;
        }
    }

    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    QElapsedTimer timer;
    timer.start();
    const auto progress = [&](const QString &line) {
        if (!quiet)
            err << tr("annals-gen: %1 (%2 s)").arg(line).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
    };
    if (!Annals::Bench::generateAtlas(parameters, files.first(), &error, progress)) {
        err << tr("annals-gen: %1").arg(error) << '\n';
        return 1;
    }
    progress(tr("wrote %1").arg(files.first()));
    return 0;
}
