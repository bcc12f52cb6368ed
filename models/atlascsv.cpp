// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlascsv.h"

#include "atlasstore.h"
#include "csvwriter.h"

#include <QColor>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace Annals {

namespace {

using F = CsvField;

QString header(const char *text)
{
    return QString::fromLatin1(text);
}

// Header cells compare without case or spaces: "End Year", "end year" and
// "EndYear" are one column.
QString headerKey(const QString &text)
{
    QString key;
    for (QChar c : text) {
        if (!c.isSpace() && c != u'_')
            key += c.toCaseFolded();
    }
    return key;
}

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QString dateCell(const HistoricalDate &date)
{
    return date.isValid() ? date.toEnglishString() : QString();
}

QString stanceCell(int stance)
{
    if (stance < 0)
        return QStringLiteral("hostile");
    if (stance > 0)
        return QStringLiteral("cooperative");
    return QStringLiteral("neutral");
}

QString escapeListPart(const QString &text)
{
    QString escaped;
    for (QChar c : text) {
        if (c == u'\\' || c == u';' || c == u'(' || c == u')')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString unescapeListPart(QStringView text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size())
            ++i;
        plain += text.at(i);
    }
    return plain.trimmed();
}

// One entry of an Actors cell: what was typed (escapes removed), and the
// name and role it splits into.
struct ActorEntry {
    QString whole;
    QString name;
    QString role;
};

QList<ActorEntry> actorEntries(const QString &cell)
{
    QList<ActorEntry> entries;
    QList<QString> parts;
    QString current;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (c == u'\\' && i + 1 < cell.size()) {
            current += c;
            current += cell.at(++i);
        } else if (c == u';') {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    for (const QString &raw : std::as_const(parts)) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        ActorEntry entry;
        entry.whole = unescapeListPart(part);
        entry.name = entry.whole;
        // A role is the last unescaped "( ... )" at the end.
        if (part.endsWith(u')') && !(part.size() >= 2 && part.at(part.size() - 2) == u'\\')) {
            int depth = 0;
            for (qsizetype i = part.size() - 1; i >= 0; --i) {
                const bool escaped = i > 0 && part.at(i - 1) == u'\\';
                if (escaped)
                    continue;
                if (part.at(i) == u')')
                    ++depth;
                else if (part.at(i) == u'(' && --depth == 0) {
                    const QString name = unescapeListPart(QStringView(part).first(i));
                    if (!name.isEmpty()) {
                        entry.name = name;
                        entry.role = unescapeListPart(QStringView(part).sliced(i + 1, part.size() - i - 2));
                    }
                    break;
                }
            }
        }
        entries.append(entry);
    }
    return entries;
}

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.host().isEmpty();
}

// Finds actors by any of their names: the atlas's actors, their other names
// (ActorName) and the actors this import adds.
class ActorResolver
{
public:
    ActorResolver(const AtlasData &into, ImportBundle *bundle)
        : m_bundle(bundle)
    {
        for (const Actor &actor : into.actors) {
            add(actor.name, actor.id);
            add(actor.nativeName, actor.id);
            m_names.insert(actor.id, actor.name);
        }
        for (const ActorName &name : into.actorNames) {
            add(name.name, name.actorId);
            add(name.nativeName, name.actorId);
        }
    }

    // The one actor `name` names; 0 when none; nullopt when more than one
    // (with their names in `candidates`).
    std::optional<ItemId> find(const QString &name, QStringList *candidates = nullptr) const
    {
        const auto found = m_byName.constFind(nameKey(name));
        if (found == m_byName.constEnd())
            return ItemId(0);
        if (found->size() > 1) {
            if (candidates) {
                for (ItemId id : *found)
                    candidates->append(m_names.value(id));
                candidates->sort();
            }
            return std::nullopt;
        }
        return *found->constBegin();
    }

    // The actor `name` names, added as a group when no actor has it.
    ItemId findOrAdd(const QString &name)
    {
        if (const auto id = find(name); id && *id != 0)
            return *id;
        Actor actor;
        actor.name = name.simplified();
        actor.kind = ActorKind::Group;
        m_bundle->actors.append(actor);
        const ItemId reference = bundleRef(m_bundle->actors.size() - 1);
        add(actor.name, reference);
        m_names.insert(reference, actor.name);
        m_added.append(actor.name);
        return reference;
    }

    const QStringList &added() const { return m_added; }

private:
    void add(const QString &name, ItemId id)
    {
        if (!name.trimmed().isEmpty())
            m_byName[nameKey(name)].insert(id);
    }

    ImportBundle *m_bundle;
    QHash<QString, QSet<ItemId>> m_byName;
    QHash<ItemId, QString> m_names;
    QStringList m_added;
};

// Sources by web address: the atlas's own and those this import adds.
class SourceResolver
{
public:
    SourceResolver(const AtlasData &into, ImportBundle *bundle)
        : m_bundle(bundle)
    {
        for (const Source &source : into.sources) {
            if (!source.url.isEmpty())
                m_byUrl.insert(source.url.trimmed(), source.id);
        }
    }
    ItemId findOrAdd(const Source &source)
    {
        const QString url = source.url.trimmed();
        if (const auto found = m_byUrl.constFind(url); found != m_byUrl.constEnd())
            return *found;
        m_bundle->sources.append(source);
        const ItemId reference = bundleRef(m_bundle->sources.size() - 1);
        m_byUrl.insert(url, reference);
        return reference;
    }

private:
    ImportBundle *m_bundle;
    QHash<QString, ItemId> m_byUrl;
};

// The cells of one record as the mapping sees them, and issues placed on them.
class Row
{
public:
    Row(const CsvTable &table, const CsvColumnMapping &mapping, qsizetype record)
        : m_table(table)
        , m_mapping(mapping)
        , m_record(record)
    {
    }

    QString raw(CsvField field) const
    {
        const int column = m_mapping.column(field);
        const QStringList &cells = m_table.records.at(m_record);
        return column >= 0 && column < cells.size() ? cells.at(column) : QString();
    }
    QString text(CsvField field) const { return raw(field).trimmed(); }
    bool has(CsvField field) const { return m_mapping.has(field) && !text(field).isEmpty(); }
    bool maps(CsvField field) const { return m_mapping.has(field); }
    bool isBlank() const
    {
        const QStringList &cells = m_table.records.at(m_record);
        return std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); });
    }
    int line() const { return m_table.recordLines.value(m_record); }

    ImportIssue issue(CsvField field, const QString &message) const
    {
        ImportIssue issue;
        issue.line = line();
        const int column = m_mapping.column(field);
        issue.column = column >= 0 ? column + 1 : 0;
        if (m_mapping.firstRowIsHeader && column >= 0 && !m_table.records.isEmpty()
            && column < m_table.records.constFirst().size()
            && !m_table.records.constFirst().at(column).trimmed().isEmpty()) {
            issue.field = m_table.records.constFirst().at(column).trimmed();
        } else {
            issue.field = AtlasCsv::fieldName(field);
        }
        issue.message = message;
        return issue;
    }

private:
    const CsvTable &m_table;
    const CsvColumnMapping &m_mapping;
    qsizetype m_record;
};

// Collects errors up to the limit.
class Errors
{
public:
    explicit Errors(qsizetype maximum)
        : m_maximum(std::max<qsizetype>(1, maximum))
    {
    }
    void add(const ImportIssue &issue)
    {
        if (!full())
            m_list.append(issue);
    }
    bool full() const { return m_list.size() >= m_maximum; }
    qsizetype count() const { return m_list.size(); }
    QList<ImportIssue> take() { return std::move(m_list); }

private:
    qsizetype m_maximum;
    QList<ImportIssue> m_list;
};

struct DateFields {
    CsvField whole;
    CsvField year;
    CsvField month;
    CsvField day;
    CsvField time;
};

constexpr DateFields startFields{F::Start, F::Year, F::Month, F::Day, F::Time};
constexpr DateFields endFields{F::End, F::EndYear, F::EndMonth, F::EndDay, F::EndTime};

std::optional<qint64> wholeNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?\\d{1,12}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

// A date read from a row: nothing given, a date, or an error already listed.
struct DateCell {
    bool given = false;
    bool failed = false;
    HistoricalDate date;
};

DateCell readDate(const Row &row, const DateFields &fields, Errors &errors, int *secondsDropped)
{
    DateCell cell;
    if (row.has(fields.whole)) {
        cell.given = true;
        const DateParseResult parsed = DateParser::parse(row.text(fields.whole));
        if (!parsed.ok()) {
            errors.add(row.issue(fields.whole, parsed.error));
            cell.failed = true;
        } else {
            cell.date = parsed.date;
        }
        return cell;
    }
    const bool anyPart = row.has(fields.year) || row.has(fields.month) || row.has(fields.day) || row.has(fields.time);
    if (!anyPart)
        return cell;
    cell.given = true;
    const auto fail = [&](CsvField field, const QString &message) {
        errors.add(row.issue(field, message));
        cell.failed = true;
        return cell;
    };
    if (!row.has(fields.year))
        return fail(fields.year, AtlasCsv::tr("A month, day or time needs a year."));
    const auto year = wholeNumber(row.text(fields.year));
    if (!year)
        return fail(fields.year, AtlasCsv::tr("\"%1\" is not a year: write a whole number such as 1950, or -44 for 44 BCE.")
                                     .arg(row.text(fields.year)));
    if (*year == 0)
        return fail(fields.year, AtlasCsv::tr("There is no year 0: 1 BCE is followed by 1 CE."));
    CivilDateTime civil;
    civil.year = *year < 0 ? *year + 1 : *year;
    if (civil.year < earliestYear || civil.year > latestYear)
        return fail(fields.year, AtlasCsv::tr("The year %1 is outside the years Annals can hold.").arg(*year));
    Precision precision = Precision::Year;
    if (row.has(fields.month)) {
        const auto month = wholeNumber(row.text(fields.month));
        if (!month || *month < 1 || *month > 12)
            return fail(fields.month, AtlasCsv::tr("\"%1\" is not a month: write a number from 1 to 12.").arg(row.text(fields.month)));
        civil.month = int(*month);
        precision = Precision::Month;
    }
    if (row.has(fields.day)) {
        if (!row.has(fields.month))
            return fail(fields.day, AtlasCsv::tr("A day needs a month."));
        const auto day = wholeNumber(row.text(fields.day));
        const int last = daysInMonth(civil.year, civil.month);
        if (!day || *day < 1 || *day > last)
            return fail(fields.day, AtlasCsv::tr("\"%1\" is not a day of this month: write a number from 1 to %2.")
                                        .arg(row.text(fields.day))
                                        .arg(last));
        civil.day = int(*day);
        precision = Precision::Day;
    }
    if (row.has(fields.time)) {
        if (!row.has(fields.day))
            return fail(fields.time, AtlasCsv::tr("A time needs a day."));
        static const QRegularExpression timePattern(
            QStringLiteral("^(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?\\s*([ap])?\\.?m?\\.?$"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = timePattern.match(row.text(fields.time));
        int hour = match.hasMatch() ? match.captured(1).toInt() : -1;
        const int minute = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
        const int second = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
        const QString half = match.captured(4).toLower();
        if (!half.isEmpty()) {
            if (hour < 1 || hour > 12)
                hour = -1;
            else
                hour = hour % 12 + (half == QLatin1String("p") ? 12 : 0);
        }
        if (hour < 0 || hour > 23 || minute > 59 || second > 59)
            return fail(fields.time, AtlasCsv::tr("\"%1\" is not a time: write hours and minutes such as 14:30.")
                                         .arg(row.text(fields.time)));
        civil.hour = hour;
        civil.minute = minute;
        precision = match.captured(2).isEmpty() ? Precision::Hour : Precision::Minute;
        if (second != 0)
            ++*secondsDropped;
    }
    cell.date = HistoricalDate::fromCivil(civil, precision);
    if (!cell.date.isValid())
        return fail(fields.year, AtlasCsv::tr("The year %1 is outside the years Annals can hold.").arg(*year));
    return cell;
}

// The column a date was read from, for placing an error about it.
CsvField dateField(const Row &row, const DateFields &fields)
{
    return row.has(fields.whole) || !row.maps(fields.year) ? fields.whole : fields.year;
}

QString listOfNames(const QStringList &names)
{
    constexpr qsizetype shown = 10;
    QString list = names.first(std::min(names.size(), shown)).join(QLatin1String(", "));
    if (names.size() > shown)
        list += AtlasCsv::tr(" and %n more", nullptr, int(names.size() - shown));
    return list;
}

ImportIssue notice(const QString &message)
{
    ImportIssue issue;
    issue.message = message;
    return issue;
}

// Resolves one actor name in a row, listing an error when it is ambiguous.
std::optional<ItemId> resolveActor(const Row &row, CsvField field, const QString &name, ActorResolver &actors, Errors &errors)
{
    QStringList candidates;
    const auto found = actors.find(name, &candidates);
    if (!found) {
        errors.add(row.issue(field, AtlasCsv::tr("\"%1\" could be any of these actors: %2. Use a name only one of them has.")
                                        .arg(name, candidates.join(QLatin1String(", ")))));
        return std::nullopt;
    }
    return actors.findOrAdd(name);
}

struct EventsState {
    ImportBundle bundle;
    int secondsDropped = 0;
    int backgrounds = 0;
    int thumbnails = 0;
    int mediaNotKept = 0;
    int extraTitles = 0;
    bool titleSeen = false;
};

void importEventRow(const Row &row, EventsState &state, ActorResolver &actors, SourceResolver &sources, Errors &errors)
{
    const qsizetype errorsBefore = errors.count();
    const QString type = row.text(F::SlideType).toLower();
    if (row.has(F::Background))
        ++state.backgrounds;
    if (row.has(F::MediaThumbnail))
        ++state.thumbnails;

    QString title = row.text(F::Title);
    if (title.isEmpty())
        title = AtlasCsv::plainTextFromHtml(row.raw(F::Headline));
    QString description = row.raw(F::Description);
    if (description.isEmpty())
        description = AtlasCsv::plainTextFromHtml(row.raw(F::Text));

    if (type == QLatin1String("title")) {
        if (state.titleSeen) {
            ++state.extraTitles;
        } else {
            state.titleSeen = true;
            state.bundle.meta.title = title;
            state.bundle.meta.description = description;
        }
        if (row.has(F::Media))
            ++state.mediaNotKept;
        return;
    }

    const DateCell start = readDate(row, startFields, errors, &state.secondsDropped);
    const DateCell end = readDate(row, endFields, errors, &state.secondsDropped);
    const CsvField titleColumn = row.has(F::Title) || !row.maps(F::Headline) ? F::Title : F::Headline;
    if (title.isEmpty())
        errors.add(row.issue(titleColumn, type == QLatin1String("era") ? AtlasCsv::tr("An era needs a title.")
                                                                      : AtlasCsv::tr("An event needs a title.")));
    if (!start.given)
        errors.add(row.issue(dateField(row, startFields), type == QLatin1String("era") ? AtlasCsv::tr("An era needs a start date.")
                                                                                       : AtlasCsv::tr("An event needs a start date.")));
    if (start.date.isValid() && end.date.isValid() && end.date.seconds() < start.date.seconds())
        errors.add(row.issue(dateField(row, endFields), AtlasCsv::tr("The end (%1) is before the start (%2).")
                                                            .arg(end.date.toDisplayString(), start.date.toDisplayString())));

    if (type == QLatin1String("era")) {
        if (!end.given)
            errors.add(row.issue(dateField(row, endFields), AtlasCsv::tr("An era needs an end date.")));
        if (row.has(F::Media))
            ++state.mediaNotKept;
        if (errors.count() > errorsBefore)
            return;
        Era era;
        era.title = title;
        era.description = description;
        era.when = {start.date, end.date};
        if (const QString problem = validateEra(era); !problem.isEmpty()) {
            errors.add(row.issue(titleColumn, problem));
            return;
        }
        state.bundle.eras.append(era);
        return;
    }

    Event event;
    event.title = title;
    event.description = description;
    event.category = row.text(F::Category);
    if (event.category.isEmpty())
        event.category = row.text(F::Group);
    event.place = row.text(F::Place);
    event.displayDate = row.text(F::DisplayDate);
    event.when = {start.date, end.date};
    if (row.has(F::Importance)) {
        const auto importance = wholeNumber(row.text(F::Importance));
        if (!importance || *importance < 1 || *importance > 5)
            errors.add(row.issue(F::Importance, AtlasCsv::tr("\"%1\" is not an importance: write a number from 1 (minor) to 5 (major).")
                                                    .arg(row.text(F::Importance))));
        else
            event.importance = int(*importance);
    }

    QList<Citation> citations;
    if (row.has(F::EventActors)) {
        QSet<ItemId> seen;
        for (const ActorEntry &entry : actorEntries(row.raw(F::EventActors))) {
            // The whole entry first: "Korea (North)" may be a name.
            QString name = entry.name;
            QString role = entry.role;
            if (!entry.role.isEmpty()) {
                if (const auto whole = actors.find(entry.whole); !whole || *whole != 0) {
                    name = entry.whole;
                    role.clear();
                }
            }
            const auto id = resolveActor(row, F::EventActors, name, actors, errors);
            if (!id || seen.contains(*id))
                continue;
            seen.insert(*id);
            event.actors.append({*id, role});
        }
    }
    const qsizetype eventIndex = state.bundle.events.size();
    const auto cite = [&](ItemId sourceRef, const QString &note) {
        Citation citation;
        citation.sourceId = sourceRef;
        citation.itemKind = QStringLiteral("event");
        citation.itemId = bundleRef(eventIndex);
        citation.note = note;
        citations.append(citation);
    };
    if (row.has(F::Sources)) {
        QSet<QString> cited;
        for (const QString &part : row.text(F::Sources).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if (part == QLatin1String(";"))
                continue;
            const QString url = part.endsWith(u';') ? part.chopped(1) : part;
            if (!isWebAddress(url)) {
                errors.add(row.issue(F::Sources, AtlasCsv::tr("\"%1\" is not a web address: sources are written as addresses starting with http:// or https://, separated by \" ; \".")
                                                     .arg(url)));
                continue;
            }
            if (cited.contains(url))
                continue;
            cited.insert(url);
            Source source;
            source.url = url;
            source.title = QUrl(url).host();
            cite(sources.findOrAdd(source), QString());
        }
    }
    if (row.has(F::Media)) {
        const QString url = row.text(F::Media);
        if (isWebAddress(url)) {
            const QString caption = AtlasCsv::plainTextFromHtml(row.raw(F::MediaCaption));
            Source source;
            source.url = url;
            source.title = caption.isEmpty() ? QUrl(url).host() : caption;
            source.author = AtlasCsv::plainTextFromHtml(row.raw(F::MediaCredit));
            if (const QString problem = validateSource(source); !problem.isEmpty())
                errors.add(row.issue(F::Media, problem));
            else
                cite(sources.findOrAdd(source), caption);
        } else {
            ++state.mediaNotKept;
        }
    }
    if (errors.count() > errorsBefore)
        return;
    if (const QString problem = validateEvent(event); !problem.isEmpty()) {
        errors.add(row.issue(titleColumn, problem));
        return;
    }
    state.bundle.events.append(event);
    state.bundle.citations.append(citations);
}


void importActorRow(const Row &row, ImportBundle &bundle, Errors &errors, QStringList *alreadyThere, const ActorResolver &existing)
{
    const qsizetype errorsBefore = errors.count();
    Actor actor;
    actor.name = row.text(F::Name);
    actor.nativeName = row.text(F::NativeName);
    actor.description = row.raw(F::Description);
    actor.kind = ActorKind::Group;
    if (actor.name.isEmpty())
        errors.add(row.issue(F::Name, AtlasCsv::tr("An actor needs a name.")));
    if (row.has(F::ActorKind)) {
        QString key = row.text(F::ActorKind).toLower();
        if (key == QLatin1String("organization"))
            key = QStringLiteral("organisation");
        if (const auto kind = actorKindFromKey(key))
            actor.kind = *kind;
        else
            errors.add(row.issue(F::ActorKind, AtlasCsv::tr("\"%1\" is not a kind of actor: write person, state, organisation or group.")
                                                   .arg(row.text(F::ActorKind))));
    }
    if (row.has(F::Colour)) {
        const QString colour = row.text(F::Colour);
        if (QColor::isValidColorName(colour))
            actor.colour = colour;
        else
            errors.add(row.issue(F::Colour, AtlasCsv::tr("\"%1\" is not a colour: write it like #b71c1c.").arg(colour)));
    }
    int unusedSeconds = 0;
    const DateCell start = readDate(row, startFields, errors, &unusedSeconds);
    const DateCell end = readDate(row, endFields, errors, &unusedSeconds);
    actor.start = start.date;
    actor.end = end.date;
    if (errors.count() > errorsBefore)
        return;
    if (const QString problem = validateActor(actor); !problem.isEmpty()) {
        errors.add(row.issue(F::End, problem));
        return;
    }
    if (const auto id = existing.find(actor.name); !id || *id != 0)
        alreadyThere->append(actor.name);
    bundle.actors.append(actor);
}

std::optional<int> stanceFromCell(const QString &text)
{
    const QString key = text.toLower();
    if (key == QLatin1String("hostile") || key == QLatin1String("-1"))
        return -1;
    if (key == QLatin1String("neutral") || key == QLatin1String("0"))
        return 0;
    if (key == QLatin1String("cooperative") || key == QLatin1String("co-operative") || key == QLatin1String("1")
        || key == QLatin1String("+1"))
        return 1;
    return std::nullopt;
}

std::optional<bool> yesNoFromCell(const QString &text)
{
    const QString key = text.toLower();
    if (key == QLatin1String("yes") || key == QLatin1String("true") || key == QLatin1String("1") || key == QLatin1String("y"))
        return true;
    if (key == QLatin1String("no") || key == QLatin1String("false") || key == QLatin1String("0") || key == QLatin1String("n"))
        return false;
    return std::nullopt;
}

void importRelationRow(const Row &row, ImportBundle &bundle, ActorResolver &actors, Errors &errors)
{
    const qsizetype errorsBefore = errors.count();
    Relation relation;
    const auto end = [&](CsvField field, ItemId *id) {
        const QString name = unescapeListPart(row.text(field));
        if (name.isEmpty()) {
            errors.add(row.issue(field, AtlasCsv::tr("A relation needs two actors: this cell names none.")));
            return;
        }
        if (const auto found = resolveActor(row, field, name, actors, errors))
            *id = *found;
    };
    end(F::SourceActor, &relation.sourceId);
    end(F::TargetActor, &relation.targetId);
    if (relation.sourceId != 0 && relation.sourceId == relation.targetId)
        errors.add(row.issue(F::TargetActor, AtlasCsv::tr("A relation joins two different actors.")));
    if (row.has(F::RelationKind)) {
        if (const auto kind = relationKindFromKey(row.text(F::RelationKind).toLower()))
            relation.kind = *kind;
        else {
            QStringList keys;
            for (RelationKind each : relationKindsInMenuOrder)
                keys.append(relationKindKey(each));
            errors.add(row.issue(F::RelationKind, AtlasCsv::tr("\"%1\" is not a kind of relation: write one of %2.")
                                                      .arg(row.text(F::RelationKind), keys.join(QLatin1String(", ")))));
        }
    }
    if (row.has(F::Stance)) {
        if (const auto stance = stanceFromCell(row.text(F::Stance)))
            relation.stance = *stance;
        else
            errors.add(row.issue(F::Stance, AtlasCsv::tr("\"%1\" is not a stance: write hostile, neutral or cooperative (or -1, 0, 1).")
                                                .arg(row.text(F::Stance))));
    }
    if (row.has(F::Directed)) {
        if (const auto directed = yesNoFromCell(row.text(F::Directed)))
            relation.directed = *directed;
        else
            errors.add(row.issue(F::Directed, AtlasCsv::tr("\"%1\" is not yes or no.").arg(row.text(F::Directed))));
    }
    relation.label = row.text(F::Label);
    relation.description = row.raw(F::Description);
    int unusedSeconds = 0;
    const DateCell start = readDate(row, startFields, errors, &unusedSeconds);
    const DateCell finish = readDate(row, endFields, errors, &unusedSeconds);
    relation.when = {start.date, finish.date};
    if (!start.given)
        errors.add(row.issue(F::Start, AtlasCsv::tr("A relation needs a start date.")));
    if (errors.count() > errorsBefore)
        return;
    if (const QString problem = validateRelation(relation); !problem.isEmpty()) {
        errors.add(row.issue(F::End, problem));
        return;
    }
    bundle.relations.append(relation);
}

QList<CsvPresetColumn> columnsOf(std::initializer_list<std::pair<CsvField, const char *>> list)
{
    QList<CsvPresetColumn> columns;
    for (const auto &[field, text] : list)
        columns.append({field, header(text)});
    return columns;
}

QString eventsSourcesCell(const AtlasData &data, ItemId eventId, const QHash<ItemId, const Source *> &sources)
{
    QStringList urls;
    for (const Citation &citation : data.citations) {
        if (citation.itemKind != QLatin1String("event") || citation.itemId != eventId)
            continue;
        const Source *source = sources.value(citation.sourceId);
        if (source && !source->url.trimmed().isEmpty() && !urls.contains(source->url.trimmed()))
            urls.append(source->url.trimmed());
    }
    return urls.join(QLatin1String(" ; "));
}

} // namespace

CsvColumnMapping CsvPreset::mapping() const
{
    CsvColumnMapping mapping;
    mapping.kind = kind;
    for (int i = 0; i < columns.size(); ++i)
        mapping.columns.insert(columns.at(i).field, i);
    return mapping;
}

QList<CsvPreset> AtlasCsv::presets()
{
    QList<CsvPreset> list;
    list.append({header("Annals events"), CsvKind::Events,
                 columnsOf({{F::Title, "Title"},
                            {F::Start, "Start"},
                            {F::End, "End"},
                            {F::DisplayDate, "Display Date"},
                            {F::Category, "Category"},
                            {F::Place, "Place"},
                            {F::Importance, "Importance"},
                            {F::EventActors, "Actors"},
                            {F::Description, "Description"},
                            {F::Sources, "Sources"}}),
                 {F::Title, F::Start}});
    list.append({header("TimelineJS spreadsheet"), CsvKind::Events,
                 columnsOf({{F::Year, "Year"},
                            {F::Month, "Month"},
                            {F::Day, "Day"},
                            {F::Time, "Time"},
                            {F::EndYear, "End Year"},
                            {F::EndMonth, "End Month"},
                            {F::EndDay, "End Day"},
                            {F::EndTime, "End Time"},
                            {F::DisplayDate, "Display Date"},
                            {F::Headline, "Headline"},
                            {F::Text, "Text"},
                            {F::Media, "Media"},
                            {F::MediaCredit, "Media Credit"},
                            {F::MediaCaption, "Media Caption"},
                            {F::MediaThumbnail, "Media Thumbnail"},
                            {F::SlideType, "Type"},
                            {F::Group, "Group"},
                            {F::Background, "Background"}}),
                 {F::Year, F::Headline}});
    list.append({header("Annals actors"), CsvKind::Actors,
                 columnsOf({{F::Name, "Name"},
                            {F::NativeName, "Native Name"},
                            {F::ActorKind, "Kind"},
                            {F::Start, "Start"},
                            {F::End, "End"},
                            {F::Colour, "Colour"},
                            {F::Description, "Description"}}),
                 {F::Name}});
    list.append({header("Annals relations"), CsvKind::Relations,
                 columnsOf({{F::SourceActor, "Source"},
                            {F::TargetActor, "Target"},
                            {F::RelationKind, "Kind"},
                            {F::Stance, "Stance"},
                            {F::Directed, "Directed"},
                            {F::Label, "Label"},
                            {F::Start, "Start"},
                            {F::End, "End"},
                            {F::Description, "Description"}}),
                 {F::SourceActor, F::TargetActor, F::Start}});
    return list;
}

QList<CsvPreset> AtlasCsv::presets(CsvKind kind)
{
    QList<CsvPreset> list = presets();
    list.removeIf([kind](const CsvPreset &preset) { return preset.kind != kind; });
    return list;
}

std::optional<CsvPreset> AtlasCsv::preset(const QString &name)
{
    for (const CsvPreset &preset : presets()) {
        if (preset.name == name)
            return preset;
    }
    return std::nullopt;
}

std::optional<CsvPreset> AtlasCsv::presetForHeader(const QStringList &headerCells, CsvKind kind)
{
    QHash<QString, int> columnOfKey;
    for (int i = 0; i < headerCells.size(); ++i) {
        const QString key = headerKey(headerCells.at(i));
        if (!key.isEmpty() && !columnOfKey.contains(key))
            columnOfKey.insert(key, i);
    }
    std::optional<CsvPreset> best;
    qsizetype bestFound = 0;
    for (CsvPreset preset : presets(kind)) {
        QList<CsvPresetColumn> found;
        for (const CsvPresetColumn &column : std::as_const(preset.columns)) {
            if (columnOfKey.contains(headerKey(column.header)))
                found.append(column);
        }
        const bool complete = std::all_of(preset.required.cbegin(), preset.required.cend(), [&](CsvField field) {
            return std::any_of(found.cbegin(), found.cend(), [field](const CsvPresetColumn &c) { return c.field == field; });
        });
        if (complete && found.size() > bestFound) {
            bestFound = found.size();
            best = preset;
        }
    }
    return best;
}

std::optional<CsvColumnMapping> AtlasCsv::mappingForHeader(const QStringList &headerCells, CsvKind kind)
{
    const auto preset = presetForHeader(headerCells, kind);
    if (!preset)
        return std::nullopt;
    return mappingForPreset(*preset, headerCells);
}

CsvColumnMapping AtlasCsv::mappingForPreset(const CsvPreset &preset, const QStringList &headerCells)
{
    if (headerCells.isEmpty()) {
        CsvColumnMapping mapping = preset.mapping();
        mapping.firstRowIsHeader = false;
        return mapping;
    }
    CsvColumnMapping mapping;
    mapping.kind = preset.kind;
    mapping.firstRowIsHeader = true;
    for (int i = int(headerCells.size()) - 1; i >= 0; --i) {
        // From the right, so that a repeated header maps its first column.
        const QString key = headerKey(headerCells.at(i));
        for (const CsvPresetColumn &column : preset.columns) {
            if (headerKey(column.header) == key)
                mapping.columns.insert(column.field, i);
        }
    }
    return mapping;
}

QList<CsvField> AtlasCsv::fields(CsvKind kind)
{
    QList<CsvField> list;
    for (const CsvPreset &preset : presets(kind)) {
        for (const CsvPresetColumn &column : preset.columns) {
            if (!list.contains(column.field))
                list.append(column.field);
        }
    }
    return list;
}

QString AtlasCsv::fieldName(CsvField field)
{
    switch (field) {
    case F::Title: return tr("Title");
    case F::Start: return tr("Start");
    case F::End: return tr("End");
    case F::DisplayDate: return tr("Display date");
    case F::Category: return tr("Category");
    case F::Place: return tr("Place");
    case F::Importance: return tr("Importance");
    case F::EventActors: return tr("Actors");
    case F::Description: return tr("Description");
    case F::Sources: return tr("Sources");
    case F::Name: return tr("Name");
    case F::NativeName: return tr("Native name");
    case F::ActorKind: return tr("Kind of actor");
    case F::Colour: return tr("Colour");
    case F::SourceActor: return tr("From actor");
    case F::TargetActor: return tr("To actor");
    case F::RelationKind: return tr("Kind of relation");
    case F::Stance: return tr("Stance");
    case F::Directed: return tr("Directed");
    case F::Label: return tr("Label");
    case F::Year: return tr("Year");
    case F::Month: return tr("Month");
    case F::Day: return tr("Day");
    case F::Time: return tr("Time");
    case F::EndYear: return tr("End year");
    case F::EndMonth: return tr("End month");
    case F::EndDay: return tr("End day");
    case F::EndTime: return tr("End time");
    case F::Headline: return tr("Headline");
    case F::Text: return tr("Text");
    case F::Media: return tr("Media");
    case F::MediaCredit: return tr("Media credit");
    case F::MediaCaption: return tr("Media caption");
    case F::MediaThumbnail: return tr("Media thumbnail");
    case F::SlideType: return tr("Slide type");
    case F::Group: return tr("Group");
    case F::Background: return tr("Background");
    }
    return {};
}

QString AtlasCsv::kindItemsName(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Events: return tr("events");
    case CsvKind::Actors: return tr("actors");
    case CsvKind::Relations: return tr("relations");
    }
    return {};
}

QString AtlasCsv::actorsCell(const QList<std::pair<QString, QString>> &namesAndRoles)
{
    QStringList entries;
    for (const auto &[name, role] : namesAndRoles) {
        QString entry = escapeListPart(name);
        if (!role.isEmpty())
            entry += QLatin1String(" (") + escapeListPart(role) + u')';
        entries.append(entry);
    }
    return entries.join(QLatin1String("; "));
}

QList<std::pair<QString, QString>> AtlasCsv::splitActorsCell(const QString &cell)
{
    QList<std::pair<QString, QString>> list;
    for (const ActorEntry &entry : actorEntries(cell))
        list.append({entry.name, entry.role});
    return list;
}

QString AtlasCsv::plainTextFromHtml(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.trimmed();
    QString text = html;
    static const QRegularExpression breaks(QStringLiteral("<\\s*(br\\s*/?|/p|/div|/li|/blockquote|/h\\d)\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<\\s*/?[a-zA-Z!][^<>]*>"));
    text.replace(breaks, QStringLiteral("\n"));
    text.replace(tags, QString());
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9a-fA-F]{1,6}|\\d{1,7});"));
    QString decoded;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        decoded += QStringView(text).sliced(last, match.capturedStart() - last);
        const QString number = match.captured(1);
        bool ok = false;
        const uint code = number.startsWith(u'x') ? number.mid(1).toUInt(&ok, 16) : number.toUInt(&ok);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
            decoded += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        else
            decoded += match.captured(0);
        last = match.capturedEnd();
    }
    decoded += QStringView(text).sliced(last);
    decoded.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    decoded.replace(QLatin1String("&lt;"), QLatin1String("<"));
    decoded.replace(QLatin1String("&gt;"), QLatin1String(">"));
    decoded.replace(QLatin1String("&quot;"), QLatin1String("\""));
    decoded.replace(QLatin1String("&#39;"), QLatin1String("'"));
    decoded.replace(QLatin1String("&apos;"), QLatin1String("'"));
    decoded.replace(QLatin1String("&amp;"), QLatin1String("&"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n\\s*\\n+"));
    decoded.replace(blankLines, QStringLiteral("\n\n"));
    return decoded.trimmed();
}

QByteArray AtlasCsv::exportCsv(const AtlasData &data, CsvKind kind)
{
    CsvWriter writer;
    const CsvPreset ownPreset = presets(kind).constFirst();
    QStringList headerRow;
    for (const CsvPresetColumn &column : ownPreset.columns)
        headerRow.append(column.header);
    writer.writeRecord(headerRow);

    QHash<ItemId, QString> actorNames;
    for (const Actor &actor : data.actors)
        actorNames.insert(actor.id, actor.name);

    switch (kind) {
    case CsvKind::Events: {
        QHash<ItemId, const Source *> sources;
        for (const Source &source : data.sources)
            sources.insert(source.id, &source);
        for (const Event &event : data.events) {
            QList<std::pair<QString, QString>> actors;
            for (const EventActor &actor : event.actors)
                actors.append({actorNames.value(actor.actorId), actor.role});
            writer.writeRecord({event.title, dateCell(event.when.start), dateCell(event.when.end), event.displayDate,
                                event.category, event.place, QString::number(event.importance), actorsCell(actors),
                                event.description, eventsSourcesCell(data, event.id, sources)});
        }
        break;
    }
    case CsvKind::Actors:
        for (const Actor &actor : data.actors) {
            writer.writeRecord({actor.name, actor.nativeName, actorKindKey(actor.kind), dateCell(actor.start),
                                dateCell(actor.end), actor.colour, actor.description});
        }
        break;
    case CsvKind::Relations:
        for (const Relation &relation : data.relations) {
            // One name, not a list: only "\" and ";" need no escape here, but
            // the same escaping as the Actors cell keeps one rule for names.
            writer.writeRecord({escapeListPart(actorNames.value(relation.sourceId)),
                                escapeListPart(actorNames.value(relation.targetId)), relationKindKey(relation.kind),
                                stanceCell(relation.stance), relation.directed ? QStringLiteral("yes") : QStringLiteral("no"),
                                relation.label, dateCell(relation.when.start), dateCell(relation.when.end),
                                relation.description});
        }
        break;
    }
    return writer.bytes();
}

ImportResult AtlasCsv::import(QByteArrayView bytes, CsvKind kind, const AtlasData &into, const ImportLimits &limits)
{
    ImportResult result;
    CsvReader::Limits readerLimits;
    readerLimits.maximumBytes = limits.maximumBytes;
    readerLimits.maximumRecords = limits.maximumItems + 1; // and the header
    readerLimits.maximumFieldLength = limits.maximumTextLength;
    CsvError error;
    const auto table = CsvReader::read(bytes, &error, QChar(), readerLimits);
    if (!table) {
        result.errors.append({error.line, error.column, QString(), error.message});
        return result;
    }
    if (table->records.isEmpty()) {
        result.errors.append({0, 0, QString(), tr("The file is empty.")});
        return result;
    }
    const auto mapping = mappingForHeader(table->records.constFirst(), kind);
    if (!mapping) {
        QStringList expected;
        for (const CsvPreset &preset : presets(kind)) {
            QStringList columns;
            for (const CsvPresetColumn &column : preset.columns)
                columns.append(column.header);
            expected.append(tr("%1 (%2)").arg(preset.name, columns.join(QLatin1String(", "))));
        }
        result.errors.append({table->recordLines.value(0, 1), 1, QString(),
                              tr("The first row does not name the columns of a file of %1. Expected the columns of %2.")
                                  .arg(kindItemsName(kind), expected.join(tr(" or ")))});
        return result;
    }
    return import(*table, *mapping, into, limits);
}

ImportResult AtlasCsv::import(const CsvTable &table, const CsvColumnMapping &mapping, const AtlasData &into,
                              const ImportLimits &limits)
{
    ImportResult result;
    Errors errors(limits.maximumErrors);
    EventsState events;
    ImportBundle &bundle = events.bundle;
    ActorResolver actors(into, &bundle);
    const ActorResolver existingActors(into, &bundle); // never adds: it is const
    SourceResolver sources(into, &bundle);
    QStringList alreadyThere;

    const qsizetype first = mapping.firstRowIsHeader ? 1 : 0;
    if (table.records.size() - first > limits.maximumItems) {
        result.errors.append({0, 0, QString(), tr("The file has %1 rows; up to %2 can be imported at once.")
                                                   .arg(table.records.size() - first)
                                                   .arg(limits.maximumItems)});
        return result;
    }
    for (qsizetype record = first; record < table.records.size() && !errors.full(); ++record) {
        const Row row(table, mapping, record);
        if (row.isBlank())
            continue;
        switch (mapping.kind) {
        case CsvKind::Events:
            importEventRow(row, events, actors, sources, errors);
            break;
        case CsvKind::Actors:
            importActorRow(row, bundle, errors, &alreadyThere, existingActors);
            break;
        case CsvKind::Relations:
            importRelationRow(row, bundle, actors, errors);
            break;
        }
    }

    if (!actors.added().isEmpty()) {
        result.notices.append(notice(tr("%n actor(s) not in the atlas will be added as groups: %1.", nullptr,
                                        int(actors.added().size()))
                                         .arg(listOfNames(actors.added()))));
    }
    if (!alreadyThere.isEmpty()) {
        result.notices.append(notice(tr("%n actor(s) have the name of an actor already in the atlas and will be added again: %1.",
                                        nullptr, int(alreadyThere.size()))
                                         .arg(listOfNames(alreadyThere))));
    }
    if (events.backgrounds > 0 || events.thumbnails > 0) {
        result.notices.append(notice(tr("Backgrounds (%1) and media thumbnails (%2) are not kept: Annals has no slide backgrounds or thumbnails.")
                                         .arg(events.backgrounds)
                                         .arg(events.thumbnails)));
    }
    if (events.mediaNotKept > 0) {
        result.notices.append(notice(tr("%n media entr(y/ies) are not kept: only web addresses on events become sources.",
                                        nullptr, events.mediaNotKept)));
    }
    if (events.secondsDropped > 0) {
        result.notices.append(notice(tr("%n time(s) had seconds, which Annals does not keep: they are read to the minute.",
                                        nullptr, events.secondsDropped)));
    }
    if (events.extraTitles > 0) {
        result.notices.append(notice(tr("%n more title row(s) are not kept: the first one gives the atlas its title.",
                                        nullptr, events.extraTitles)));
    }
    if (bundle.itemCount() > limits.maximumItems) {
        errors.add({0, 0, QString(), tr("The file makes %1 items; up to %2 can be imported at once.")
                                         .arg(bundle.itemCount())
                                         .arg(limits.maximumItems)});
    }
    result.errors = errors.take();
    if (result.errors.isEmpty())
        result.bundle = std::move(bundle);
    return result;
}

} // namespace Annals
