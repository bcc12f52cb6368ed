// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphformats.h"

#include "atlasstore.h"

#include <QColor>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <array>
#include <cmath>

namespace Annals {

namespace {

const QString gexfNamespace = QStringLiteral("http://gexf.net/1.3");
const QString vizNamespace = QStringLiteral("http://gexf.net/1.3/viz");
const QString graphMlNamespace = QStringLiteral("http://graphml.graphdrawing.org/xmlns");

// ---------------------------------------------------------------- times

enum class TimeFormat : quint8 { Date, DateTime, Double };

qint64 yearStart(qint64 year)
{
    return secondsFromCivil(CivilDateTime{year, 1, 1, 0, 0, 0});
}

double decimalYear(qint64 seconds)
{
    const qint64 year = civilFromSeconds(seconds).year;
    const qint64 start = yearStart(year);
    const qint64 length = yearStart(year + 1) - start;
    return double(year) + double(seconds - start) / double(length);
}

std::optional<qint64> secondsFromDecimalYear(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    const double whole = std::floor(value);
    if (whole < double(earliestYear) || whole > double(latestYear))
        return std::nullopt;
    const auto year = qint64(whole);
    const qint64 start = yearStart(year);
    const qint64 length = yearStart(year + 1) - start;
    return start + qint64(std::llround((value - whole) * double(length)));
}

// The instants a date puts into the file: its start and, for an end, the
// first instant after it.
void collectInstants(const HistoricalDate &start, const HistoricalDate &end, QList<qint64> &instants,
                     bool &finerThanDay)
{
    if (start.isValid()) {
        instants.append(start.seconds());
        finerThanDay = finerThanDay || start.precision() > Precision::Day;
    }
    if (end.isValid()) {
        instants.append(end.periodEnd());
        finerThanDay = finerThanDay || end.precision() > Precision::Day;
    }
}

TimeFormat timeFormatFor(const AtlasData &data)
{
    QList<qint64> instants;
    bool finerThanDay = false;
    for (const Actor &actor : data.actors)
        collectInstants(actor.start, actor.end, instants, finerThanDay);
    for (const ActorName &name : data.actorNames)
        collectInstants(name.start, name.end, instants, finerThanDay);
    for (const Relation &relation : data.relations)
        collectInstants(relation.when.start, relation.when.end, instants, finerThanDay);
    // xsd:date has four-digit years in everyday use; Gephi and most readers
    // go wrong outside 1..9999, so deep time and BCE dates use decimal years.
    const bool calendarYears = std::all_of(instants.cbegin(), instants.cend(), [](qint64 seconds) {
        const qint64 year = civilFromSeconds(seconds).year;
        return year >= 1 && year <= 9999;
    });
    if (!calendarYears)
        return TimeFormat::Double;
    return finerThanDay ? TimeFormat::DateTime : TimeFormat::Date;
}

QString timeFormatKey(TimeFormat format)
{
    switch (format) {
    case TimeFormat::Date:
        return QStringLiteral("date");
    case TimeFormat::DateTime:
        return QStringLiteral("dateTime");
    case TimeFormat::Double:
        return QStringLiteral("double");
    }
    return {};
}

QString formatInstant(qint64 seconds, TimeFormat format)
{
    if (format == TimeFormat::Double)
        return QString::number(decimalYear(seconds), 'g', 17);
    const CivilDateTime civil = civilFromSeconds(seconds);
    const QString date = QStringLiteral("%1-%2-%3")
                             .arg(civil.year, 4, 10, QLatin1Char('0'))
                             .arg(civil.month, 2, 10, QLatin1Char('0'))
                             .arg(civil.day, 2, 10, QLatin1Char('0'));
    if (format == TimeFormat::Date)
        return date;
    return date
        + QStringLiteral("T%1:%2:%3")
              .arg(civil.hour, 2, 10, QLatin1Char('0'))
              .arg(civil.minute, 2, 10, QLatin1Char('0'))
              .arg(civil.second, 2, 10, QLatin1Char('0'));
}

// ---------------------------------------------------------------- writing

// XML 1.0 cannot carry most control characters at all; they are dropped
// rather than written as a file nobody can read back.
QString xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe.append(c);
            safe.append(text.at(++i));
            continue;
        }
        if (c.isSurrogate() || c == QChar(0xFFFE) || c == QChar(0xFFFF))
            continue;
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            continue;
        safe.append(c);
    }
    return safe;
}

QString nodeId(ItemId actorId)
{
    return QLatin1Char('n') + QString::number(actorId);
}

QString edgeId(ItemId relationId)
{
    return QLatin1Char('e') + QString::number(relationId);
}

template<typename T>
QList<T> sortedById(const QList<T> &items)
{
    QList<T> sorted = items;
    std::stable_sort(sorted.begin(), sorted.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return sorted;
}

struct AttributeDeclaration {
    const char *id;
    const char *type;
};

// Static attributes of both classes first; "name" is the one dynamic one.
constexpr AttributeDeclaration nodeAttributes[] = {
    {"kind", "string"},           {"native_name", "string"},    {"description", "string"},
    {"colour", "string"},         {"start_precision", "string"}, {"start_approximate", "boolean"},
    {"end_precision", "string"},  {"end_approximate", "boolean"},
};
constexpr AttributeDeclaration edgeAttributes[] = {
    {"kind", "string"},          {"stance", "integer"},         {"label", "string"},
    {"description", "string"},   {"start_precision", "string"}, {"start_approximate", "boolean"},
    {"end_precision", "string"}, {"end_approximate", "boolean"},
};

class GexfWriter
{
public:
    GexfWriter(const AtlasData &data, QByteArray *out)
        : m_data(data)
        , m_format(timeFormatFor(data))
        , m_xml(out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    void write(const QDate &lastModified)
    {
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(gexfNamespace);
        m_xml.writeNamespace(vizNamespace, QStringLiteral("viz"));
        m_xml.writeStartElement(gexfNamespace, QStringLiteral("gexf"));
        m_xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
        writeMeta(lastModified);

        m_xml.writeStartElement(gexfNamespace, QStringLiteral("graph"));
        m_xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
        m_xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
        m_xml.writeAttribute(QStringLiteral("timeformat"), timeFormatKey(m_format));
        m_xml.writeAttribute(QStringLiteral("timerepresentation"), QStringLiteral("interval"));
        writeDeclarations(QStringLiteral("node"), nodeAttributes);
        // gexf.xsd (1.3) allows mode on <attributes> and Gephi reads it to
        // keep the time of each value; the 1.3 RelaxNG grammar leaves mode
        // out, so it is written only where it matters.
        m_xml.writeStartElement(gexfNamespace, QStringLiteral("attributes"));
        m_xml.writeAttribute(QStringLiteral("class"), QStringLiteral("node"));
        m_xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
        writeAttribute("name", "string");
        m_xml.writeEndElement();
        writeDeclarations(QStringLiteral("edge"), edgeAttributes);
        writeNodes();
        writeEdges();
        m_xml.writeEndElement(); // graph
        m_xml.writeEndElement(); // gexf
        m_xml.writeEndDocument();
    }

private:
    void writeMeta(const QDate &lastModified)
    {
        m_xml.writeStartElement(gexfNamespace, QStringLiteral("meta"));
        if (lastModified.isValid())
            m_xml.writeAttribute(QStringLiteral("lastmodifieddate"), lastModified.toString(Qt::ISODate));
        m_xml.writeTextElement(gexfNamespace, QStringLiteral("creator"), QStringLiteral("Annals"));
        // GEXF 1.3's <meta> has creator, keywords and description only: the
        // title goes first in the description, on a line of its own.
        QStringList description;
        if (!m_data.meta.title.trimmed().isEmpty())
            description.append(m_data.meta.title.trimmed());
        if (!m_data.meta.description.trimmed().isEmpty())
            description.append(m_data.meta.description.trimmed());
        if (!description.isEmpty())
            m_xml.writeTextElement(gexfNamespace, QStringLiteral("description"),
                                   xmlSafe(description.join(QStringLiteral("\n\n"))));
        m_xml.writeEndElement();
    }

    template<std::size_t N>
    void writeDeclarations(const QString &forClass, const AttributeDeclaration (&attributes)[N])
    {
        m_xml.writeStartElement(gexfNamespace, QStringLiteral("attributes"));
        m_xml.writeAttribute(QStringLiteral("class"), forClass);
        for (const AttributeDeclaration &attribute : attributes)
            writeAttribute(attribute.id, attribute.type);
        m_xml.writeEndElement();
    }

    void writeAttribute(const char *id, const char *type)
    {
        m_xml.writeEmptyElement(gexfNamespace, QStringLiteral("attribute"));
        m_xml.writeAttribute(QStringLiteral("id"), QLatin1String(id));
        m_xml.writeAttribute(QStringLiteral("title"), QLatin1String(id));
        m_xml.writeAttribute(QStringLiteral("type"), QLatin1String(type));
    }

    void writeValue(const char *forId, const QString &value)
    {
        m_xml.writeEmptyElement(gexfNamespace, QStringLiteral("attvalue"));
        m_xml.writeAttribute(QStringLiteral("for"), QLatin1String(forId));
        m_xml.writeAttribute(QStringLiteral("value"), xmlSafe(value));
    }

    void writeTextValue(const char *forId, const QString &value)
    {
        if (!value.isEmpty())
            writeValue(forId, value);
    }

    void writeDateValues(const HistoricalDate &start, const HistoricalDate &end)
    {
        if (start.isValid()) {
            writeValue("start_precision", precisionKey(start.precision()));
            if (start.isApproximate())
                writeValue("start_approximate", QStringLiteral("true"));
        }
        if (end.isValid()) {
            writeValue("end_precision", precisionKey(end.precision()));
            if (end.isApproximate())
                writeValue("end_approximate", QStringLiteral("true"));
        }
    }

    void writeTimeAttributes(const HistoricalDate &start, const HistoricalDate &end)
    {
        if (start.isValid())
            m_xml.writeAttribute(QStringLiteral("start"), formatInstant(start.seconds(), m_format));
        // Gephi reads a spell as a closed interval on a continuous time line
        // and a date as its first instant (midnight). Our span is half-open
        // and ends at the end of its last period, so the first instant after
        // it is the end that keeps the relation visible through its whole last
        // day (or month, or year); the last day itself would hide that day,
        // and the one shared instant with a successor is invisible.
        if (end.isValid())
            m_xml.writeAttribute(QStringLiteral("end"), formatInstant(end.periodEnd(), m_format));
    }

    void writeSpells(const HistoricalDate &start, const HistoricalDate &end)
    {
        // A spell needs a start or an end, and <spells> at least one spell:
        // an item known at no time is there all the time.
        if (!start.isValid() && !end.isValid())
            return;
        m_xml.writeStartElement(gexfNamespace, QStringLiteral("spells"));
        m_xml.writeEmptyElement(gexfNamespace, QStringLiteral("spell"));
        writeTimeAttributes(start, end);
        m_xml.writeEndElement();
    }

    void writeNodes()
    {
        QHash<ItemId, QList<ActorName>> namesByActor;
        for (const ActorName &name : sortedById(m_data.actorNames))
            namesByActor[name.actorId].append(name);

        m_xml.writeStartElement(gexfNamespace, QStringLiteral("nodes"));
        for (const Actor &actor : sortedById(m_data.actors)) {
            m_actorIds.insert(actor.id);
            m_xml.writeStartElement(gexfNamespace, QStringLiteral("node"));
            m_xml.writeAttribute(QStringLiteral("id"), nodeId(actor.id));
            m_xml.writeAttribute(QStringLiteral("label"), xmlSafe(actor.name));
            m_xml.writeStartElement(gexfNamespace, QStringLiteral("attvalues"));
            writeValue("kind", actorKindKey(actor.kind));
            writeTextValue("native_name", actor.nativeName);
            writeTextValue("description", actor.description);
            writeTextValue("colour", actor.colour);
            writeDateValues(actor.start, actor.end);
            for (const ActorName &name : namesByActor.value(actor.id)) {
                writeValue("name", name.name);
                writeTimeAttributes(name.start, name.end);
            }
            m_xml.writeEndElement(); // attvalues
            writeSpells(actor.start, actor.end);
            const QColor colour(actor.colour);
            if (colour.isValid()) {
                m_xml.writeEmptyElement(vizNamespace, QStringLiteral("color"));
                m_xml.writeAttribute(QStringLiteral("r"), QString::number(colour.red()));
                m_xml.writeAttribute(QStringLiteral("g"), QString::number(colour.green()));
                m_xml.writeAttribute(QStringLiteral("b"), QString::number(colour.blue()));
            }
            m_xml.writeEndElement(); // node
        }
        m_xml.writeEndElement();
    }

    void writeEdges()
    {
        m_xml.writeStartElement(gexfNamespace, QStringLiteral("edges"));
        for (const Relation &relation : sortedById(m_data.relations)) {
            // An atlas never has these; a damaged one should still export.
            if (!m_actorIds.contains(relation.sourceId) || !m_actorIds.contains(relation.targetId))
                continue;
            m_xml.writeStartElement(gexfNamespace, QStringLiteral("edge"));
            m_xml.writeAttribute(QStringLiteral("id"), edgeId(relation.id));
            m_xml.writeAttribute(QStringLiteral("source"), nodeId(relation.sourceId));
            m_xml.writeAttribute(QStringLiteral("target"), nodeId(relation.targetId));
            if (relation.directed)
                m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("directed"));
            if (!relation.label.isEmpty())
                m_xml.writeAttribute(QStringLiteral("label"), xmlSafe(relation.label));
            m_xml.writeStartElement(gexfNamespace, QStringLiteral("attvalues"));
            writeValue("kind", relationKindKey(relation.kind));
            writeValue("stance", QString::number(relation.stance));
            writeTextValue("label", relation.label);
            writeTextValue("description", relation.description);
            writeDateValues(relation.when.start, relation.when.end);
            m_xml.writeEndElement(); // attvalues
            writeSpells(relation.when.start, relation.when.end);
            m_xml.writeEndElement(); // edge
        }
        m_xml.writeEndElement();
    }

    const AtlasData &m_data;
    const TimeFormat m_format;
    QXmlStreamWriter m_xml;
    QSet<ItemId> m_actorIds;
};

// ---------------------------------------------------------------- reading

struct ParsedTime {
    qint64 seconds = 0;
    Precision precision = Precision::Day;
};

const QRegularExpression &dateExpression()
{
    static const QRegularExpression expression(
        QStringLiteral(R"(^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)"
                       R"((Z|[+-]\d{2}:\d{2})?$)"));
    return expression;
}

std::optional<ParsedTime> parseCalendarTime(const QString &text)
{
    const QRegularExpressionMatch match = dateExpression().match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool yearOk = false;
    const qint64 year = match.captured(1).toLongLong(&yearOk);
    const int month = match.captured(2).toInt();
    const int day = match.captured(3).toInt();
    if (!yearOk || year < earliestYear || year > latestYear || month < 1 || month > 12 || day < 1
        || day > daysInMonth(year, month))
        return std::nullopt;
    CivilDateTime civil{year, month, day, 0, 0, 0};
    const bool hasTime = match.capturedLength(4) > 0;
    if (hasTime) {
        civil.hour = match.captured(4).toInt();
        civil.minute = match.captured(5).toInt();
        civil.second = match.capturedLength(6) > 0 ? match.captured(6).toInt() : 0;
        if (civil.hour > 23 || civil.minute > 59 || civil.second > 59)
            return std::nullopt;
    }
    qint64 seconds = secondsFromCivil(civil);
    const QString zone = match.captured(7);
    if (zone.size() == 6) {
        const qint64 offset = zone.mid(1, 2).toLongLong() * 3600 + zone.mid(4, 2).toLongLong() * 60;
        seconds += zone.startsWith(QLatin1Char('+')) ? -offset : offset;
    }
    const bool midnight = civil.hour == 0 && civil.minute == 0 && civil.second == 0;
    return ParsedTime{seconds, hasTime && !midnight ? Precision::Minute : Precision::Day};
}

std::optional<ParsedTime> parseDecimalTime(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const std::optional<qint64> seconds = secondsFromDecimalYear(value);
    if (!seconds)
        return std::nullopt;
    return ParsedTime{*seconds, value == std::floor(value) ? Precision::Year : Precision::Day};
}

enum class DeclaredTimeFormat : quint8 { Unknown, Date, DateTime, Integer, Double };

std::optional<ParsedTime> parseTime(const QString &text, DeclaredTimeFormat format)
{
    const QString trimmed = text.trimmed();
    switch (format) {
    case DeclaredTimeFormat::Date:
    case DeclaredTimeFormat::DateTime:
        return parseCalendarTime(trimmed);
    case DeclaredTimeFormat::Integer:
    case DeclaredTimeFormat::Double:
        return parseDecimalTime(trimmed);
    case DeclaredTimeFormat::Unknown:
        // GEXF 1.1 files leave the format out and write either.
        if (auto calendar = parseCalendarTime(trimmed))
            return calendar;
        return parseDecimalTime(trimmed);
    }
    return std::nullopt;
}

struct Position {
    int line = 0;
    int column = 0;
};

struct RawInterval {
    QString start;
    QString end;
    Position position;
};

struct RawValue {
    QString forId;
    QString value;
    bool timed = false;
    Position position;
    std::array<QString, 2> interval; // start, end as written
};

struct RawItem {
    QString id;
    QString label;
    QString source;
    QString target;
    QString type;
    QString kind;
    QList<RawValue> values;
    QList<RawInterval> intervals;
    std::optional<QColor> vizColour;
    Position position;
    int index = 0; // 1-based, for edges without id
};

struct AttributeInfo {
    QString title;
    QString type;
    QString defaultValue;
};

bool isGexfNamespace(QStringView ns)
{
    static const QStringList accepted = {
        QStringLiteral("http://gexf.net/1.3"),       QStringLiteral("http://www.gexf.net/1.3"),
        QStringLiteral("http://gexf.net/1.2draft"),  QStringLiteral("http://www.gexf.net/1.2draft"),
        QStringLiteral("http://gexf.net/1.2"),       QStringLiteral("http://www.gexf.net/1.2"),
        QStringLiteral("http://gexf.net/1.1draft"),  QStringLiteral("http://www.gexf.net/1.1draft"),
        QStringLiteral("http://gexf.net/1.1"),       QStringLiteral("http://www.gexf.net/1.1"),
    };
    return accepted.contains(ns);
}

class GexfReader
{
    Q_DECLARE_TR_FUNCTIONS(Annals::GraphFormats)
public:
    GexfReader(QByteArrayView xml, const AtlasData &into, const ImportLimits &limits)
        : m_xml(xml)
        , m_into(into)
        , m_limits(limits)
    {
    }

    ImportResult read()
    {
        if (m_xml.size() > m_limits.maximumBytes) {
            error({}, {}, tr("The file is %1 bytes; at most %2 are read.").arg(m_xml.size()).arg(m_limits.maximumBytes));
            return std::move(m_result);
        }
        parse();
        if (m_result.errors.isEmpty())
            build();
        if (m_result.errors.isEmpty())
            m_result.bundle = std::move(m_bundle);
        return std::move(m_result);
    }

private:
    Position here() const
    {
        return {int(m_reader.lineNumber()), int(m_reader.columnNumber())};
    }

    bool tooManyErrors() const { return m_result.errors.size() >= m_limits.maximumErrors; }

    void error(Position position, const QString &field, const QString &message)
    {
        if (tooManyErrors())
            return;
        m_result.errors.append(ImportIssue{position.line, position.column, field, message});
    }

    void notice(Position position, const QString &field, const QString &message)
    {
        m_result.notices.append(ImportIssue{position.line, position.column, field, message});
    }

    QString attribute(QLatin1String name) const { return m_reader.attributes().value(name).toString(); }

    bool checkLength(const QString &text, const QString &field)
    {
        if (text.size() <= m_limits.maximumTextLength)
            return true;
        error(here(), field, tr("%1 characters is too long; at most %2 are read.").arg(text.size()).arg(m_limits.maximumTextLength));
        return false;
    }

    QString itemField(const RawItem &item, bool isEdge) const
    {
        if (!isEdge)
            return QStringLiteral("node ") + item.id;
        if (!item.id.isEmpty())
            return QStringLiteral("edge ") + item.id;
        return tr("edge #%1").arg(item.index);
    }

    void parse()
    {
        m_reader.addData(m_xml.toByteArray());
        bool sawRoot = false;
        RawItem *current = nullptr;
        bool currentIsEdge = false;
        QString attributesClass;
        QString attributeId;
        int depthInItem = 0;

        while (!m_reader.atEnd() && !tooManyErrors()) {
            const QXmlStreamReader::TokenType token = m_reader.readNext();
            if (token == QXmlStreamReader::EndElement) {
                if (current && --depthInItem == 0)
                    current = nullptr;
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (current)
                ++depthInItem;
            const QStringView name = m_reader.name();
            const QStringView ns = m_reader.namespaceUri();
            if (!sawRoot) {
                sawRoot = true;
                if (name != QLatin1String("gexf") || !isGexfNamespace(ns)) {
                    error(here(), {},
                          tr("This is not a GEXF file: it starts with <%1> in namespace \"%2\".")
                              .arg(m_reader.qualifiedName().toString(), ns.toString()));
                    return;
                }
                m_namespace = ns.toString();
                continue;
            }
            if (ns.endsWith(QLatin1String("/viz"))) {
                if (current && !currentIsEdge && name == QLatin1String("color")) {
                    const auto channel = [this](QLatin1String key) {
                        return std::clamp(m_reader.attributes().value(key).toInt(), 0, 255);
                    };
                    current->vizColour = QColor(channel(QLatin1String("r")), channel(QLatin1String("g")), channel(QLatin1String("b")));
                }
                continue;
            }
            if (ns != m_namespace)
                continue;

            if (name == QLatin1String("meta")) {
                m_lastModified = attribute(QLatin1String("lastmodifieddate"));
            } else if (name == QLatin1String("creator") && !current) {
                m_fromAnnals = m_reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed()
                    == QLatin1String("Annals");
            } else if (name == QLatin1String("graph")) {
                readGraph();
            } else if (name == QLatin1String("attributes")) {
                attributesClass = attribute(QLatin1String("class"));
            } else if (name == QLatin1String("attribute")) {
                attributeId = attribute(QLatin1String("id"));
                AttributeInfo info{attribute(QLatin1String("title")), attribute(QLatin1String("type")), {}};
                auto &declared = attributesClass == QLatin1String("edge") ? m_edgeAttributes : m_nodeAttributes;
                if (attributeId.isEmpty())
                    error(here(), tr("%1 attribute").arg(attributesClass), tr("An attribute needs an id."));
                else if (declared.contains(attributeId))
                    error(here(), tr("%1 attribute %2").arg(attributesClass, attributeId),
                          tr("The attribute id \"%1\" is declared twice.").arg(attributeId));
                else
                    declared.insert(attributeId, info);
            } else if (name == QLatin1String("default")) {
                auto &declared = attributesClass == QLatin1String("edge") ? m_edgeAttributes : m_nodeAttributes;
                const QString text = m_reader.readElementText(QXmlStreamReader::SkipChildElements);
                if (current)
                    --depthInItem; // readElementText consumed the end element
                if (declared.contains(attributeId))
                    declared[attributeId].defaultValue = text;
            } else if (name == QLatin1String("node") || name == QLatin1String("edge")) {
                const bool isEdge = name == QLatin1String("edge");
                if (++m_itemCount > m_limits.maximumItems) {
                    error(here(), {}, tr("The file has more than %1 nodes and edges.").arg(m_limits.maximumItems));
                    return;
                }
                RawItem item;
                item.position = here();
                item.id = attribute(QLatin1String("id"));
                item.label = attribute(QLatin1String("label"));
                item.source = attribute(QLatin1String("source"));
                item.target = attribute(QLatin1String("target"));
                item.type = attribute(QLatin1String("type"));
                item.kind = attribute(QLatin1String("kind"));
                readTimeAttributes(item, item.position);
                QList<RawItem> &list = isEdge ? m_edges : m_nodes;
                item.index = int(list.size()) + 1;
                const QString field = itemField(item, isEdge);
                checkLength(item.label, field + QStringLiteral(" label"));
                if (!isEdge) {
                    if (item.id.isEmpty()) {
                        error(here(), tr("node #%1").arg(item.index), tr("A node needs an id."));
                    } else if (const auto seen = m_nodeIndex.constFind(item.id); seen != m_nodeIndex.cend()) {
                        // GEXF 1.1 files repeat a node to give it another
                        // period; the same id with another label is a mistake.
                        RawItem &first = m_nodes[seen.value()];
                        if (first.label != item.label) {
                            error(here(), field,
                                  tr("The node id \"%1\" is used twice (first on line %2).")
                                      .arg(item.id)
                                      .arg(first.position.line));
                        } else {
                            notice(here(), field,
                                   tr("The node is listed again; its times are added to the first listing."));
                            first.intervals.append(item.intervals);
                            current = &first;
                            currentIsEdge = false;
                            depthInItem = 1;
                            continue;
                        }
                    }
                    if (!item.id.isEmpty() && !m_nodeIndex.contains(item.id))
                        m_nodeIndex.insert(item.id, list.size());
                } else if (!item.id.isEmpty()) {
                    // Nothing in GEXF refers to an edge by id, so a repeated
                    // one (real files have them) loses nothing.
                    if (m_edgeIds.contains(item.id))
                        notice(here(), field, tr("The edge id \"%1\" is used twice.").arg(item.id));
                    m_edgeIds.insert(item.id);
                }
                list.append(item);
                current = &list.last();
                currentIsEdge = isEdge;
                depthInItem = 1;
            } else if (current && name == QLatin1String("attvalue")) {
                RawValue value;
                value.position = here();
                value.forId = attribute(QLatin1String("for"));
                if (value.forId.isEmpty())
                    value.forId = attribute(QLatin1String("id")); // GEXF 1.1 drafts
                value.value = attribute(QLatin1String("value"));
                const QXmlStreamAttributes attributes = m_reader.attributes();
                value.interval = {attributes.value(QLatin1String("start")).toString(),
                                  attributes.value(QLatin1String("end")).toString()};
                value.timed = attributes.hasAttribute(QLatin1String("start")) || attributes.hasAttribute(QLatin1String("end"))
                    || attributes.hasAttribute(QLatin1String("startopen")) || attributes.hasAttribute(QLatin1String("endopen"))
                    || attributes.hasAttribute(QLatin1String("timestamp"));
                if (checkLength(value.value, itemField(*current, currentIsEdge) + QStringLiteral(" attvalue ")
                                                 + value.forId))
                    current->values.append(value);
            } else if (current && (name == QLatin1String("spell") || name == QLatin1String("slice"))) {
                readTimeAttributes(*current, here());
            }
        }
        if (m_reader.hasError()) {
            const QString message = m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError
                ? tr("The file ends in the middle of the XML.")
                : tr("This is not well-formed XML: %1").arg(m_reader.errorString());
            error(here(), {}, message);
            return;
        }
        if (!sawRoot)
            error(here(), {}, tr("The file has no XML elements."));
    }

    void readGraph()
    {
        const QString format = attribute(QLatin1String("timeformat"));
        if (format == QLatin1String("date"))
            m_timeFormat = DeclaredTimeFormat::Date;
        else if (format == QLatin1String("dateTime") || format == QLatin1String("datetime"))
            m_timeFormat = DeclaredTimeFormat::DateTime;
        else if (format == QLatin1String("integer"))
            m_timeFormat = DeclaredTimeFormat::Integer;
        else if (format == QLatin1String("double") || format == QLatin1String("float"))
            m_timeFormat = DeclaredTimeFormat::Double;
        else if (!format.isEmpty())
            error(here(), QStringLiteral("graph timeformat"),
                  tr("\"%1\" is not a GEXF time format (date, dateTime, integer or double).").arg(format));
        m_edgesDirected = attribute(QLatin1String("defaultedgetype")) == QLatin1String("directed");
        m_graphStart = attribute(QLatin1String("start"));
        m_graphPosition = here();
        if (m_timeFormat == DeclaredTimeFormat::Integer || m_timeFormat == DeclaredTimeFormat::Double)
            notice(here(), QStringLiteral("graph timeformat"),
                   tr("Times written as numbers are read as years (1961.5 is the middle of 1961)."));
    }

    void readTimeAttributes(RawItem &item, Position position)
    {
        const QXmlStreamAttributes attributes = m_reader.attributes();
        const auto either = [&attributes](QLatin1String closed, QLatin1String open) {
            return attributes.hasAttribute(closed) ? attributes.value(closed).toString()
                                                   : attributes.value(open).toString();
        };
        RawInterval interval{either(QLatin1String("start"), QLatin1String("startopen")), either(QLatin1String("end"), QLatin1String("endopen")), position};
        if (attributes.hasAttribute(QLatin1String("timestamp")))
            interval.start = interval.end = attributes.value(QLatin1String("timestamp")).toString();
        if (!interval.start.isEmpty() || !interval.end.isEmpty())
            item.intervals.append(interval);
    }

    // ------------------------------------------------------------ building

    // The value of the attribute titled (or with id) `title`: its attvalue
    // without a time, else the declared default.
    std::optional<RawValue> valueFor(const RawItem &item, const QHash<QString, AttributeInfo> &declared,
                                     QStringView title) const
    {
        QString id;
        for (auto it = declared.cbegin(); it != declared.cend(); ++it) {
            if (it.value().title.compare(title, Qt::CaseInsensitive) == 0) {
                id = it.key();
                break;
            }
        }
        if (id.isEmpty() && declared.contains(title.toString()))
            id = title.toString();
        if (id.isEmpty())
            return std::nullopt;
        for (const RawValue &value : item.values) {
            if (value.forId == id && !value.timed)
                return value;
        }
        const QString fallback = declared.value(id).defaultValue;
        if (!fallback.isEmpty())
            return RawValue{id, fallback, false, item.position, {}};
        return std::nullopt;
    }

    QString textFor(const RawItem &item, const QHash<QString, AttributeInfo> &declared, QStringView title) const
    {
        const auto value = valueFor(item, declared, title);
        return value ? value->value : QString();
    }

    struct ItemDates {
        HistoricalDate start;
        HistoricalDate end;
        bool ok = true;
    };

    HistoricalDate toDate(const QString &text, const RawItem &item, const QHash<QString, AttributeInfo> &declared,
                          bool isEnd, const QString &field, Position position, bool &ok)
    {
        const auto parsed = parseTime(text, m_timeFormat);
        if (!parsed) {
            error(position, field,
                  tr("\"%1\" is not a time in the file's format (%2).").arg(text, timeFormatDescription()));
            ok = false;
            return {};
        }
        const QString prefix = isEnd ? QStringLiteral("end_") : QStringLiteral("start_");
        Precision precision = parsed->precision;
        bool fromAnnals = false;
        if (const auto key = valueFor(item, declared, QString(prefix + QStringLiteral("precision")))) {
            const auto known = precisionFromKey(key->value);
            if (!known) {
                error(key->position, field + QStringLiteral(" attvalue ") + prefix + QStringLiteral("precision"),
                      tr("\"%1\" is not a precision Annals knows.").arg(key->value));
                ok = false;
                return {};
            }
            precision = *known;
            fromAnnals = true;
        }
        bool approximate = false;
        if (const auto flag = valueFor(item, declared, QString(prefix + QStringLiteral("approximate")))) {
            if (flag->value != QLatin1String("true") && flag->value != QLatin1String("false")) {
                error(flag->position, field + QStringLiteral(" attvalue ") + prefix + QStringLiteral("approximate"),
                      tr("\"%1\" is not true or false.").arg(flag->value));
                ok = false;
                return {};
            }
            approximate = flag->value == QLatin1String("true");
        }
        // Annals writes the first instant after a span (see exportGexf); an
        // end from elsewhere is the last time the item is there.
        const qint64 seconds = isEnd && fromAnnals ? parsed->seconds - 1 : parsed->seconds;
        return HistoricalDate(seconds, precision, approximate);
    }

    QString timeFormatDescription() const
    {
        switch (m_timeFormat) {
        case DeclaredTimeFormat::Date:
            return tr("date, as 1961-07-11");
        case DeclaredTimeFormat::DateTime:
            return tr("dateTime, as 1961-07-11T09:30:00");
        case DeclaredTimeFormat::Integer:
            return tr("integer");
        case DeclaredTimeFormat::Double:
            return tr("double, as 1961.5");
        case DeclaredTimeFormat::Unknown:
            return tr("a date or a number");
        }
        return {};
    }

    ItemDates datesOf(const RawItem &item, const QHash<QString, AttributeInfo> &declared, const QString &field)
    {
        ItemDates dates;
        if (item.intervals.isEmpty())
            return dates;
        // Annals has one span per item: several spells become their hull.
        std::optional<qint64> earliest;
        bool openStart = false;
        const RawInterval *first = nullptr;
        const RawInterval *last = nullptr;
        std::optional<qint64> latest;
        bool openEnd = false;
        for (const RawInterval &interval : item.intervals) {
            if (interval.start.isEmpty()) {
                openStart = true;
            } else {
                const auto parsed = parseTime(interval.start, m_timeFormat);
                if (!parsed) {
                    error(interval.position, field + QStringLiteral(" start"),
                          tr("\"%1\" is not a time in the file's format (%2).")
                              .arg(interval.start, timeFormatDescription()));
                    dates.ok = false;
                    return dates;
                }
                if (!earliest || parsed->seconds < *earliest) {
                    earliest = parsed->seconds;
                    first = &interval;
                }
            }
            if (interval.end.isEmpty()) {
                openEnd = true;
            } else {
                const auto parsed = parseTime(interval.end, m_timeFormat);
                if (!parsed) {
                    error(interval.position, field + QStringLiteral(" end"),
                          tr("\"%1\" is not a time in the file's format (%2).")
                              .arg(interval.end, timeFormatDescription()));
                    dates.ok = false;
                    return dates;
                }
                if (!latest || parsed->seconds > *latest) {
                    latest = parsed->seconds;
                    last = &interval;
                }
            }
        }
        if (m_timeFormat == DeclaredTimeFormat::Unknown && !m_numbersNoticed) {
            for (const RawInterval &interval : item.intervals) {
                const QString &some = interval.start.isEmpty() ? interval.end : interval.start;
                if (!parseCalendarTime(some.trimmed())) {
                    notice(interval.position, field,
                           tr("The file gives no time format and writes times as numbers; they are read as years "
                              "(1961.5 is the middle of 1961)."));
                    m_numbersNoticed = true;
                    break;
                }
            }
        }
        if (item.intervals.size() > 1)
            notice(item.position, field,
                   tr("%1 spells are read as one span, from the first start to the last end.")
                       .arg(item.intervals.size()));
        if (first && !openStart)
            dates.start = toDate(first->start, item, declared, false, field + QStringLiteral(" start"),
                                 first->position, dates.ok);
        if (last && !openEnd)
            dates.end = toDate(last->end, item, declared, true, field + QStringLiteral(" end"), last->position,
                               dates.ok);
        return dates;
    }

    void build()
    {
        QHash<QString, ItemId> existingByName;
        for (const Actor &actor : m_into.actors)
            existingByName.insert(actor.name.trimmed(), actor.id);

        QHash<QString, ItemId> nodeReference;
        QHash<QString, HistoricalDate> nodeStart;
        int matched = 0;
        for (const RawItem &node : std::as_const(m_nodes)) {
            if (tooManyErrors())
                return;
            const QString field = itemField(node, false);
            Actor actor;
            actor.name = node.label.trimmed().isEmpty() ? node.id : node.label.trimmed();
            const QString kindKey = textFor(node, m_nodeAttributes, u"kind").trimmed().toLower();
            actor.kind = actorKindFromKey(kindKey).value_or(ActorKind::Group);
            actor.nativeName = textFor(node, m_nodeAttributes, u"native_name");
            actor.description = textFor(node, m_nodeAttributes, u"description");
            actor.colour = textFor(node, m_nodeAttributes, u"colour");
            if (actor.colour.isEmpty() && node.vizColour)
                actor.colour = node.vizColour->name();
            const ItemDates dates = datesOf(node, m_nodeAttributes, field);
            if (!dates.ok)
                continue;
            actor.start = dates.start;
            actor.end = dates.end;
            if (const QString problem = validateActor(actor); !problem.isEmpty()) {
                error(node.position, field, problem);
                continue;
            }
            nodeStart.insert(node.id, actor.start);
            if (const auto existing = existingByName.constFind(actor.name); existing != existingByName.cend()) {
                nodeReference.insert(node.id, existing.value());
                ++matched;
                continue;
            }
            nodeReference.insert(node.id, bundleRef(m_bundle.actors.size()));
            readNames(node, bundleRef(m_bundle.actors.size()), field);
            m_bundle.actors.append(actor);
        }
        if (matched > 0)
            notice({}, {}, tr("%n node(s) named an actor the atlas already has and were joined to it.", nullptr, matched));

        const std::optional<HistoricalDate> fallbackStart = fallbackRelationStart();
        int undatedEdges = 0;
        int selfLoops = 0;
        for (const RawItem &edge : std::as_const(m_edges)) {
            if (tooManyErrors())
                return;
            const QString field = itemField(edge, true);
            bool endsKnown = true;
            for (const QString *end : {&edge.source, &edge.target}) {
                if (!m_nodeIndex.contains(*end)) {
                    error(edge.position, field, tr("The edge names node \"%1\", which is not in the file.").arg(*end));
                    endsKnown = false;
                }
            }
            if (!endsKnown)
                continue;
            if (!nodeReference.contains(edge.source) || !nodeReference.contains(edge.target))
                continue; // the node's own error is reported
            if (edge.source == edge.target) {
                ++selfLoops;
                continue;
            }
            Relation relation;
            relation.sourceId = nodeReference.value(edge.source);
            relation.targetId = nodeReference.value(edge.target);
            relation.directed = edge.type.isEmpty() ? m_edgesDirected : edge.type == QLatin1String("directed");
            QString kindKey = textFor(edge, m_edgeAttributes, u"kind").trimmed().toLower();
            if (kindKey.isEmpty())
                kindKey = edge.kind.trimmed().toLower();
            relation.kind = relationKindFromKey(kindKey).value_or(RelationKind::Other);
            if (const auto stance = valueFor(edge, m_edgeAttributes, u"stance")) {
                bool ok = false;
                const int value = stance->value.trimmed().toInt(&ok);
                if (!ok || value < -1 || value > 1) {
                    error(stance->position, field + QStringLiteral(" attvalue stance"),
                          tr("\"%1\" is not a stance: -1 (hostile), 0 (neutral) or 1 (cooperative).")
                              .arg(stance->value));
                    continue;
                }
                relation.stance = value;
            }
            relation.label = textFor(edge, m_edgeAttributes, u"label");
            if (relation.label.isEmpty())
                relation.label = edge.label;
            relation.description = textFor(edge, m_edgeAttributes, u"description");
            const ItemDates dates = datesOf(edge, m_edgeAttributes, field);
            if (!dates.ok)
                continue;
            relation.when.start = dates.start;
            relation.when.end = dates.end;
            if (!relation.when.start.isValid()) {
                // Annals dates every relation; an edge without a start begins
                // when both its actors are there, or else when the file does.
                HistoricalDate start;
                for (const QString *end : {&edge.source, &edge.target}) {
                    const HistoricalDate actorStart = nodeStart.value(*end);
                    if (actorStart.isValid() && (!start.isValid() || actorStart.seconds() > start.seconds()))
                        start = actorStart;
                }
                if (!start.isValid() && fallbackStart)
                    start = *fallbackStart;
                if (!start.isValid()) {
                    error(edge.position, field,
                          tr("The edge has no time and the file gives none to date it from; Annals relations "
                             "need a start."));
                    continue;
                }
                if (relation.when.end.isValid() && start.seconds() > relation.when.end.seconds())
                    start = relation.when.end;
                relation.when.start = start;
                ++undatedEdges;
            }
            if (const QString problem = validateRelation(relation); !problem.isEmpty()) {
                error(edge.position, field, problem);
                continue;
            }
            m_bundle.relations.append(relation);
        }
        if (undatedEdges > 0)
            notice({}, {}, tr("%n edge(s) had no start and begin when both their actors are there, or at the "
                              "file's earliest time.", nullptr, undatedEdges));
        if (selfLoops > 0)
            notice({}, {}, tr("%n edge(s) from a node to itself were left out: an Annals relation joins two "
                              "different actors.", nullptr, selfLoops));
    }

    // A "name" attribute with times is what the actor was called when
    // (exportGexf writes ActorName so). Its dates have the precision their
    // form shows: day for a date, year for a whole number.
    void readNames(const RawItem &node, ItemId actorReference, const QString &field)
    {
        QString nameId;
        for (auto it = m_nodeAttributes.cbegin(); it != m_nodeAttributes.cend(); ++it) {
            if (it.value().title.compare(QLatin1String("name"), Qt::CaseInsensitive) == 0)
                nameId = it.key();
        }
        if (nameId.isEmpty())
            return;
        for (const RawValue &value : node.values) {
            if (value.forId != nameId || !value.timed || value.value.trimmed().isEmpty())
                continue;
            ActorName name;
            name.actorId = actorReference;
            name.name = value.value.trimmed();
            bool ok = true;
            for (const bool isEnd : {false, true}) {
                const QString text = value.interval[isEnd ? 1 : 0];
                if (text.isEmpty())
                    continue;
                const auto parsed = parseTime(text, m_timeFormat);
                if (!parsed) {
                    error(value.position, field + QStringLiteral(" attvalue name"),
                          tr("\"%1\" is not a time in the file's format (%2).").arg(text, timeFormatDescription()));
                    ok = false;
                    break;
                }
                const qint64 seconds = isEnd && m_fromAnnals ? parsed->seconds - 1 : parsed->seconds;
                (isEnd ? name.end : name.start) = HistoricalDate(seconds, parsed->precision);
            }
            if (!ok)
                continue;
            if (name.start.isValid() && name.end.isValid() && name.end.seconds() < name.start.seconds()) {
                error(value.position, field + QStringLiteral(" attvalue name"), tr("The name's period ends before it starts."));
                continue;
            }
            m_bundle.actorNames.append(name);
        }
    }

    // The earliest time the file mentions, else its graph start, else the day
    // it was last modified.
    std::optional<HistoricalDate> fallbackRelationStart() const
    {
        std::optional<ParsedTime> earliest;
        const auto consider = [this, &earliest](const QString &text) {
            if (text.isEmpty())
                return;
            const auto parsed = parseTime(text, m_timeFormat);
            if (parsed && (!earliest || parsed->seconds < earliest->seconds))
                earliest = parsed;
        };
        consider(m_graphStart);
        for (const QList<RawItem> *items : {&m_nodes, &m_edges}) {
            for (const RawItem &item : *items) {
                for (const RawInterval &interval : item.intervals) {
                    consider(interval.start);
                    consider(interval.end);
                }
            }
        }
        if (earliest)
            return HistoricalDate(earliest->seconds, earliest->precision);
        if (const auto modified = parseCalendarTime(m_lastModified))
            return HistoricalDate(modified->seconds, Precision::Day);
        return std::nullopt;
    }

    QByteArrayView m_xml;
    const AtlasData &m_into;
    const ImportLimits m_limits;
    QXmlStreamReader m_reader;
    ImportResult m_result;
    ImportBundle m_bundle;

    QString m_namespace;
    DeclaredTimeFormat m_timeFormat = DeclaredTimeFormat::Unknown;
    bool m_edgesDirected = false;
    QString m_graphStart;
    QString m_lastModified;
    Position m_graphPosition;
    QHash<QString, AttributeInfo> m_nodeAttributes;
    QHash<QString, AttributeInfo> m_edgeAttributes;
    QList<RawItem> m_nodes;
    QList<RawItem> m_edges;
    QHash<QString, qsizetype> m_nodeIndex;
    QSet<QString> m_edgeIds;
    qsizetype m_itemCount = 0;
    bool m_numbersNoticed = false;
    bool m_fromAnnals = false;
};

// ---------------------------------------------------------------- GraphML

struct GraphMlKey {
    const char *id;
    const char *forClass;
    const char *name;
    const char *type;
};

constexpr GraphMlKey graphMlKeys[] = {
    {"title", "graph", "title", "string"},
    {"actor_name", "node", "label", "string"},
    {"actor_kind", "node", "kind", "string"},
    {"actor_native_name", "node", "native_name", "string"},
    {"actor_description", "node", "description", "string"},
    {"actor_colour", "node", "colour", "string"},
    {"actor_start", "node", "start", "string"},
    {"actor_end", "node", "end", "string"},
    {"relation_kind", "edge", "kind", "string"},
    {"relation_stance", "edge", "stance", "int"},
    {"relation_label", "edge", "label", "string"},
    {"relation_description", "edge", "description", "string"},
    {"relation_start", "edge", "start", "string"},
    {"relation_end", "edge", "end", "string"},
};

void writeData(QXmlStreamWriter &xml, const char *key, const QString &value)
{
    if (value.isEmpty())
        return;
    xml.writeStartElement(graphMlNamespace, QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QLatin1String(key));
    xml.writeCharacters(xmlSafe(value));
    xml.writeEndElement();
}

QString displayDate(const HistoricalDate &date)
{
    return date.isValid() ? date.toEnglishString() : QString();
}

} // namespace

QByteArray GraphFormats::exportGexf(const AtlasData &data)
{
    return exportGexf(data, QDateTime::currentDateTimeUtc().date());
}

QByteArray GraphFormats::exportGexf(const AtlasData &data, const QDate &lastModified)
{
    QByteArray out;
    GexfWriter(data, &out).write(lastModified);
    return out;
}

QByteArray GraphFormats::exportGraphMl(const AtlasData &data)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(graphMlNamespace);
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeStartElement(graphMlNamespace, QStringLiteral("graphml"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    for (const GraphMlKey &key : graphMlKeys) {
        xml.writeEmptyElement(graphMlNamespace, QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(key.id));
        xml.writeAttribute(QStringLiteral("for"), QLatin1String(key.forClass));
        xml.writeAttribute(QStringLiteral("attr.name"), QLatin1String(key.name));
        xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(key.type));
    }
    xml.writeStartElement(graphMlNamespace, QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("alliances"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    writeData(xml, "title", data.meta.title);

    QSet<ItemId> actorIds;
    for (const Actor &actor : sortedById(data.actors)) {
        actorIds.insert(actor.id);
        xml.writeStartElement(graphMlNamespace, QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(actor.id));
        writeData(xml, "actor_name", actor.name);
        writeData(xml, "actor_kind", actorKindKey(actor.kind));
        writeData(xml, "actor_native_name", actor.nativeName);
        writeData(xml, "actor_description", actor.description);
        writeData(xml, "actor_colour", actor.colour);
        writeData(xml, "actor_start", displayDate(actor.start));
        writeData(xml, "actor_end", displayDate(actor.end));
        xml.writeEndElement();
    }
    for (const Relation &relation : sortedById(data.relations)) {
        if (!actorIds.contains(relation.sourceId) || !actorIds.contains(relation.targetId))
            continue;
        xml.writeStartElement(graphMlNamespace, QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), edgeId(relation.id));
        xml.writeAttribute(QStringLiteral("source"), nodeId(relation.sourceId));
        xml.writeAttribute(QStringLiteral("target"), nodeId(relation.targetId));
        if (relation.directed)
            xml.writeAttribute(QStringLiteral("directed"), QStringLiteral("true"));
        writeData(xml, "relation_kind", relationKindKey(relation.kind));
        writeData(xml, "relation_stance", QString::number(relation.stance));
        writeData(xml, "relation_label", relation.label);
        writeData(xml, "relation_description", relation.description);
        writeData(xml, "relation_start", displayDate(relation.when.start));
        writeData(xml, "relation_end", displayDate(relation.when.end));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return out;
}

ImportResult GraphFormats::importGexf(QByteArrayView xml, const AtlasData &into, const ImportLimits &limits)
{
    return GexfReader(xml, into, limits).read();
}

} // namespace Annals
