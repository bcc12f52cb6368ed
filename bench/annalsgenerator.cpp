// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalsgenerator.h"

#include "atlasconnection.h"
#include "atlasinspector.h"
#include "atlasschema.h"
#include "atlasstore.h"
#include "domain.h"
#include "historicaldate.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <memory>
#include <numbers>
#include <random>
#include <vector>

namespace Annals::Bench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Annals::Bench::Generator", text);
}

// The span of history the generator covers, as astronomical years: 3000 BCE
// (year -2999) to the end of 2025.
constexpr double firstYear = -2999.0;
constexpr double presentYear = 2025.999;

// Draws numbers from std::mt19937_64 with arithmetic of our own, so that a
// seed means the same rows with every standard library.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }

    // [0, 1), with the 53 bits a double holds.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // [0, n)
    qint64 below(qint64 n) { return std::min(n - 1, qint64(uniform() * double(n))); }
    bool chance(double probability) { return uniform() < probability; }
    // Box–Muller; one value per call keeps the stream simple to follow.
    double normal(double mean, double deviation)
    {
        const double u1 = 1.0 - uniform(); // (0, 1], so the log is finite
        const double u2 = uniform();
        return mean + deviation * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    // Log-uniform: as many spans of days as of weeks, months, years, decades.
    double logUniform(double low, double high) { return std::exp(uniform(std::log(low), std::log(high))); }

    template<std::size_t N>
    std::size_t weighted(const std::array<double, N> &weights)
    {
        double total = 0;
        for (double weight : weights)
            total += weight;
        double target = uniform() * total;
        for (std::size_t i = 0; i < N; ++i) {
            if (target < weights[i])
                return i;
            target -= weights[i];
        }
        return N - 1;
    }

private:
    std::mt19937_64 m_engine;
};

// A burst of events around a crisis: a centre year, a spread, a weight.
struct Crisis {
    double year;
    double spread;
    double weight;
};

constexpr std::array<Crisis, 14> crises = {{
    {-1200, 60, 0.6}, // the Bronze Age collapse
    {-480, 25, 0.8},  // the Persian wars
    {-44, 15, 0.8},   // the end of the Roman Republic
    {476, 30, 0.7},
    {1200, 40, 1.0},
    {1453, 8, 1.0},
    {1635, 12, 1.5},  // the Thirty Years' War
    {1792, 6, 2.0},
    {1848, 1.5, 1.0},
    {1916, 2.5, 3.0},
    {1942, 3.0, 4.0},
    {1950, 2.0, 1.5},
    {1968, 2.0, 1.5},
    {1989, 1.5, 1.5},
}};

// The year of an event: most in the last few centuries, bursts around crises,
// and a thin spread over all of recorded history.
double drawYear(Random &random)
{
    const double component = random.uniform();
    double year = 0;
    if (component < 0.50) {
        // The record thickens exponentially toward the present.
        year = presentYear - random.exponential(110.0);
    } else if (component < 0.85) {
        std::array<double, crises.size()> weights{};
        for (std::size_t i = 0; i < crises.size(); ++i)
            weights[i] = crises[i].weight;
        const Crisis &crisis = crises[random.weighted(weights)];
        year = random.normal(crisis.year, crisis.spread);
    } else {
        year = random.uniform(firstYear, presentYear);
    }
    return std::clamp(year, firstYear, presentYear);
}

qint64 secondsAtYear(double year)
{
    const auto whole = qint64(std::floor(year));
    const qint64 start = secondsFromCivil({whole, 1, 1, 0, 0, 0});
    const qint64 next = secondsFromCivil({whole + 1, 1, 1, 0, 0, 0});
    return start + qint64((year - double(whole)) * double(next - start));
}

const qint64 presentSeconds = secondsAtYear(presentYear);

// How well a date of that year is known: days and hours for the recent past,
// years, decades and centuries for antiquity.
Precision drawPrecision(Random &random, double year)
{
    using P = Precision;
    if (year >= 1900) {
        static constexpr std::array<P, 5> choices = {P::Minute, P::Hour, P::Day, P::Month, P::Year};
        return choices[random.weighted(std::array<double, 5>{2, 3, 60, 20, 15})];
    }
    if (year >= 1500) {
        static constexpr std::array<P, 3> choices = {P::Day, P::Month, P::Year};
        return choices[random.weighted(std::array<double, 3>{35, 25, 40})];
    }
    if (year >= 500) {
        static constexpr std::array<P, 5> choices = {P::Day, P::Month, P::Year, P::Decade, P::Century};
        return choices[random.weighted(std::array<double, 5>{10, 10, 55, 20, 5})];
    }
    static constexpr std::array<P, 3> choices = {P::Year, P::Decade, P::Century};
    return choices[random.weighted(year >= 1 ? std::array<double, 3>{45, 35, 20} : std::array<double, 3>{30, 35, 35})];
}

double approximateChance(double year)
{
    if (year >= 1800)
        return 0.02;
    if (year >= 1000)
        return 0.10;
    if (year >= 1)
        return 0.25;
    return 0.45;
}

// A date drawn from the history curve, at a precision fitting its age.
HistoricalDate drawDate(Random &random)
{
    const double year = drawYear(random);
    const Precision precision = drawPrecision(random, year);
    return HistoricalDate(secondsAtYear(year), precision, random.chance(approximateChance(year)));
}

// The end of a span `start` .. start + length, never before the start and
// never after the present; long spans are often known only to the year.
HistoricalDate drawEnd(Random &random, const HistoricalDate &start, double minimumSeconds, double maximumSeconds)
{
    const double length = random.logUniform(minimumSeconds, maximumSeconds);
    Precision precision = start.precision();
    if (length > 2 * 365.25 * 86400 && precision > Precision::Year && random.chance(0.5))
        precision = Precision::Year;
    const qint64 seconds = std::min(presentSeconds, start.seconds() + qint64(length));
    HistoricalDate end(seconds, precision, false);
    // A coarser end can round to before the start ("1953" for a span from
    // 27 Jul 1953); the inspector would call that a span ending before it
    // starts, so such an end takes the start's own period instead.
    if (end.seconds() < start.seconds())
        end = HistoricalDate(start.seconds(), start.precision(), false);
    return end;
}

struct StatementDeleter {
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

// Binds and runs one row at a time through the C API; the first failure is
// kept in `m_error` and later calls do nothing, so the caller checks once.
class Writer
{
public:
    explicit Writer(sqlite3 *handle)
        : m_handle(handle)
    {
        for (std::size_t i = 0; i < m_precisionKeys.size(); ++i)
            m_precisionKeys[i] = precisionKey(Precision(i)).toUtf8();
    }

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    Statement prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (ok() && sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
            fail();
        return Statement(statement);
    }

    void execute(const char *sql)
    {
        if (ok() && sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail();
    }

    void step(sqlite3_stmt *statement)
    {
        if (ok() && sqlite3_step(statement) != SQLITE_DONE)
            fail();
        sqlite3_reset(statement);
    }

    // Binds a date to three columns from `column` on: time, precision, approximate.
    void bindDate(sqlite3_stmt *statement, int column, const HistoricalDate &date)
    {
        if (!date.isValid()) {
            sqlite3_bind_null(statement, column);
            sqlite3_bind_null(statement, column + 1);
            sqlite3_bind_int(statement, column + 2, 0);
            return;
        }
        const QByteArray &key = m_precisionKeys[std::size_t(date.precision())];
        sqlite3_bind_int64(statement, column, date.seconds());
        sqlite3_bind_text(statement, column + 1, key.constData(), int(key.size()), SQLITE_STATIC);
        sqlite3_bind_int(statement, column + 2, date.isApproximate() ? 1 : 0);
    }

    static void bindText(sqlite3_stmt *statement, int column, const QByteArray &text)
    {
        sqlite3_bind_text(statement, column, text.constData(), int(text.size()), SQLITE_STATIC);
    }

    // "Event 123456" without a QString or an allocation.
    static void bindNumbered(sqlite3_stmt *statement, int column, std::string_view prefix, qint64 number)
    {
        std::array<char, 48> buffer{};
        std::copy(prefix.begin(), prefix.end(), buffer.begin());
        const auto result = std::to_chars(buffer.data() + prefix.size(), buffer.data() + buffer.size(), number);
        sqlite3_bind_text(statement, column, buffer.data(), int(result.ptr - buffer.data()), SQLITE_TRANSIENT);
    }

private:
    void fail() { m_error = QString::fromUtf8(sqlite3_errmsg(m_handle)); }

    sqlite3 *m_handle;
    QString m_error;
    std::array<QByteArray, std::size_t(Precision::Minute) + 1> m_precisionKeys;
};

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

bool writeRows(const GeneratorParameters &p, sqlite3 *handle, QString *error,
               const std::function<void(const QString &)> &progress)
{
    Random random(p.seed);
    Writer writer(handle);
    auto say = [&progress](const QString &line) {
        if (progress)
            progress(line);
    };

    // The rows go in as one transaction; a larger page cache keeps the
    // indexes (events_by_start, event_actors_by_actor), which grow in random
    // order, from spilling to disk mid-way.
    writer.execute("PRAGMA cache_size = -262144");
    writer.execute("BEGIN");

    // Actors: people, states, organisations and groups, most with a lifespan.
    {
        const std::array<QByteArray, 4> kinds = {utf8(actorKindKey(ActorKind::Person)),
                                                 utf8(actorKindKey(ActorKind::State)),
                                                 utf8(actorKindKey(ActorKind::Organisation)),
                                                 utf8(actorKindKey(ActorKind::Group))};
        const Statement insert = writer.prepare(
            "INSERT INTO actors (id, name, kind, start_time, start_precision, start_approx, "
            "end_time, end_precision, end_approx) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        for (qint64 id = 1; id <= p.actors && writer.ok(); ++id) {
            const std::size_t kind = random.weighted(std::array<double, 4>{50, 20, 20, 10});
            HistoricalDate start;
            HistoricalDate end;
            if (random.chance(0.7)) {
                const double year = drawYear(random);
                start = HistoricalDate(secondsAtYear(year), Precision::Year, random.chance(approximateChance(year)));
                const double life = kind == 0 ? random.uniform(20, 95) : random.logUniform(5, 600);
                if (year + life < presentYear)
                    end = HistoricalDate(secondsAtYear(year + life), Precision::Year);
            }
            sqlite3_bind_int64(insert.get(), 1, id);
            Writer::bindNumbered(insert.get(), 2, "Actor ", id);
            Writer::bindText(insert.get(), 3, kinds[kind]);
            writer.bindDate(insert.get(), 4, start);
            writer.bindDate(insert.get(), 7, end);
            writer.step(insert.get());
        }
        say(tr("%1 actors").arg(p.actors));
    }

    // Events, in id order but at random times, as an atlas filled over years
    // would be: reading them by id gives them in no time order at all.
    {
        const std::array<QByteArray, 13> categories = {
            QByteArrayLiteral("politics"), QByteArrayLiteral("war"),        QByteArrayLiteral("diplomacy"),
            QByteArrayLiteral("economy"),  QByteArrayLiteral("science"),    QByteArrayLiteral("religion"),
            QByteArrayLiteral("culture"),  QByteArrayLiteral("society"),    QByteArrayLiteral("technology"),
            QByteArrayLiteral("law"),      QByteArrayLiteral("disaster"),   QByteArrayLiteral("exploration"),
            QByteArray(), // no category
        };
        const std::array<double, 13> categoryWeights = {20, 14, 12, 10, 8, 7, 7, 6, 5, 4, 4, 3, 2};
        const std::array<QByteArray, 5> roles = {QByteArray(), QByteArrayLiteral("participant"),
                                                 QByteArrayLiteral("leader"), QByteArrayLiteral("host"),
                                                 QByteArrayLiteral("signatory")};
        const Statement insertEvent = writer.prepare(
            "INSERT INTO events (id, title, category, importance, start_time, start_precision, start_approx, "
            "end_time, end_precision, end_approx) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        const Statement insertActor
            = writer.prepare("INSERT INTO event_actors (event_id, actor_id, role) VALUES (?1, ?2, ?3)");
        constexpr double day = 86400;
        for (qint64 id = 1; id <= p.events && writer.ok(); ++id) {
            const HistoricalDate start = drawDate(random);
            HistoricalDate end;
            if (random.chance(0.3))
                end = drawEnd(random, start, day, 60 * 365.25 * day);
            sqlite3_bind_int64(insertEvent.get(), 1, id);
            Writer::bindNumbered(insertEvent.get(), 2, "Event ", id);
            Writer::bindText(insertEvent.get(), 3, categories[random.weighted(categoryWeights)]);
            sqlite3_bind_int(insertEvent.get(), 4, int(random.weighted(std::array<double, 5>{50, 25, 13, 8, 4})) + 1);
            writer.bindDate(insertEvent.get(), 5, start);
            writer.bindDate(insertEvent.get(), 8, end);
            writer.step(insertEvent.get());

            // One to three actors, the popular ones far more often (u² leans
            // toward low ids), never the same one twice.
            if (p.actors > 0) {
                const int count = std::min<qint64>(p.actors, qint64(random.weighted(std::array<double, 3>{60, 30, 10})) + 1);
                std::array<qint64, 3> chosen{};
                for (int i = 0; i < count && writer.ok(); ++i) {
                    qint64 actor = 0;
                    do {
                        const double u = random.uniform();
                        actor = 1 + std::min(p.actors - 1, qint64(u * u * double(p.actors)));
                    } while (std::find(chosen.begin(), chosen.begin() + i, actor) != chosen.begin() + i);
                    chosen[std::size_t(i)] = actor;
                    sqlite3_bind_int64(insertActor.get(), 1, id);
                    sqlite3_bind_int64(insertActor.get(), 2, actor);
                    Writer::bindText(insertActor.get(), 3, roles[random.weighted(std::array<double, 5>{40, 35, 15, 5, 5})]);
                    writer.step(insertActor.get());
                }
            }
            if (id % 100'000 == 0 && id < p.events)
                say(tr("%1 of %2 events").arg(id).arg(p.events));
        }
        say(tr("%1 events").arg(p.events));
    }

    // Relations between random actors, each with a kind, a stance that
    // usually follows from it, and a span.
    if (p.actors >= 2) {
        constexpr std::array<RelationKind, 11> kinds = {
            RelationKind::Alliance,  RelationKind::Treaty, RelationKind::Family,     RelationKind::Rivalry,
            RelationKind::Sanctions, RelationKind::Aid,    RelationKind::Summit,     RelationKind::Membership,
            RelationKind::Leadership, RelationKind::War,   RelationKind::Other,
        };
        std::array<QByteArray, kinds.size()> kindKeys;
        for (std::size_t i = 0; i < kinds.size(); ++i)
            kindKeys[i] = utf8(relationKindKey(kinds[i]));
        const Statement insert = writer.prepare(
            "INSERT INTO relations (id, source_id, target_id, kind, stance, directed, start_time, start_precision, "
            "start_approx, end_time, end_precision, end_approx) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        for (qint64 id = 1; id <= p.relations && writer.ok(); ++id) {
            const qint64 source = 1 + random.below(p.actors);
            qint64 target = 1 + random.below(p.actors - 1);
            if (target >= source)
                ++target; // any actor but the source, evenly
            const std::size_t kind = random.weighted(std::array<double, 11>{12, 12, 6, 10, 6, 8, 10, 10, 8, 10, 8});
            int stance = 0;
            switch (kinds[kind]) {
            case RelationKind::Rivalry:
            case RelationKind::Sanctions:
            case RelationKind::War:
                stance = -1;
                break;
            case RelationKind::Alliance:
            case RelationKind::Treaty:
            case RelationKind::Family:
            case RelationKind::Aid:
            case RelationKind::Membership:
                stance = 1;
                break;
            default:
                stance = int(random.below(3)) - 1;
                break;
            }
            if (random.chance(0.1))
                stance = int(random.below(3)) - 1; // history is not tidy
            const bool directed = kinds[kind] == RelationKind::Aid || kinds[kind] == RelationKind::Sanctions
                || kinds[kind] == RelationKind::Membership || kinds[kind] == RelationKind::Leadership;
            const HistoricalDate start = drawDate(random);
            HistoricalDate end;
            if (random.chance(0.7))
                end = drawEnd(random, start, 30 * 86400.0, 100 * 365.25 * 86400.0);
            sqlite3_bind_int64(insert.get(), 1, id);
            sqlite3_bind_int64(insert.get(), 2, source);
            sqlite3_bind_int64(insert.get(), 3, target);
            Writer::bindText(insert.get(), 4, kindKeys[kind]);
            sqlite3_bind_int(insert.get(), 5, stance);
            sqlite3_bind_int(insert.get(), 6, directed ? 1 : 0);
            writer.bindDate(insert.get(), 7, start);
            writer.bindDate(insert.get(), 10, end);
            writer.step(insert.get());
        }
        say(tr("%1 relations").arg(p.relations));
    }

    if (!writer.ok()) {
        *error = tr("Could not write the rows: %1").arg(writer.error());
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    writer.execute("COMMIT");
    if (!writer.ok()) {
        *error = tr("Could not write the rows: %1").arg(writer.error());
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    return true;
}

} // namespace

QString cacheFileName(const GeneratorParameters &parameters)
{
    return QStringLiteral("synthetic-v%1-e%2-a%3-r%4-s%5.annals")
        .arg(generatorVersion)
        .arg(parameters.events)
        .arg(parameters.actors)
        .arg(parameters.relations)
        .arg(parameters.seed);
}

bool generateAtlas(const GeneratorParameters &parameters, const QString &path, QString *error,
                   const std::function<void(const QString &)> &progress)
{
    if (parameters.events < 0 || parameters.actors < 0 || parameters.relations < 0) {
        *error = tr("The numbers of events, actors and relations cannot be negative.");
        return false;
    }
    if (parameters.relations > 0 && parameters.actors < 2) {
        *error = tr("Relations need at least two actors.");
        return false;
    }
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists; it will not be overwritten.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    QFile::remove(partial + QStringLiteral("-journal"));
    bool written = false;
    {
        AtlasConnection connection;
        written = connection.open(partial, AtlasConnection::Mode::Create, error)
            && AtlasSchema::migrate(connection.database(), 0, error);
        if (written) {
            AtlasStore store(connection.database());
            written = store.setMetaValue(QStringLiteral("title"),
                                         tr("Synthetic atlas, %1 events (seed %2)").arg(parameters.events).arg(parameters.seed),
                                         error)
                && store.setMetaValue(QStringLiteral("description"),
                                      tr("Made by the Annals synthetic-atlas generator (version %1) with --events %2 --actors %3 "
                                         "--relations %4 --seed %5.")
                                          .arg(generatorVersion)
                                          .arg(parameters.events)
                                          .arg(parameters.actors)
                                          .arg(parameters.relations)
                                          .arg(parameters.seed),
                                      error);
        }
        sqlite3 *handle = written ? sqliteHandle(connection.database()) : nullptr;
        if (written && !handle) {
            *error = tr("Cannot reach the SQLite library behind Qt's SQLite driver.");
            written = false;
        }
        written = written && writeRows(parameters, handle, error, progress);
        if (written) {
            if (progress)
                progress(tr("rebuilding the search index"));
            written = AtlasStore(connection.database()).rebuildSearchIndex(error);
        }
    }
    // A generator that wrote something Annals would refuse must say so, not
    // leave a file that makes every benchmark on it meaningless.
    if (written) {
        if (progress)
            progress(tr("checking the atlas as Annals would"));
        const AtlasInspection inspection = AtlasInspector::inspect(partial);
        if (!inspection.isValid()) {
            QStringList lines;
            for (const AtlasProblem &problem : inspection.problems.mid(0, 10))
                lines << problem.toString();
            *error = tr("The generated atlas does not pass inspection:\n%1").arg(lines.join(QLatin1Char('\n')));
            written = false;
        }
    }
    // QFile::rename never replaces an existing file, so an atlas that
    // appeared meanwhile under `path` is left alone too.
    if (written && !QFile::rename(partial, path)) {
        *error = tr("Could not move the new atlas into place at %1.").arg(QDir::toNativeSeparators(path));
        written = false;
    }
    if (!written)
        QFile::remove(partial);
    return written;
}

} // namespace Annals::Bench
