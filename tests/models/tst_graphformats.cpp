// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlas.h"
#include "graphformats.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace Annals;

namespace {

const QString gexfNs = QStringLiteral("http://gexf.net/1.3");
const QString vizNs = QStringLiteral("http://gexf.net/1.3/viz");

// A time in one of GEXF's formats as a number that orders like the time.
std::optional<double> gexfTimeValue(const QString &text, const QString &format)
{
    bool ok = false;
    if (format == QLatin1String("date")) {
        static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!shape.match(text).hasMatch() || !date.isValid())
            return std::nullopt;
        return double(date.toJulianDay());
    }
    if (format == QLatin1String("dateTime")) {
        const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        if (!time.isValid())
            return std::nullopt;
        return double(time.toSecsSinceEpoch());
    }
    if (format == QLatin1String("integer")) {
        const qlonglong value = text.toLongLong(&ok);
        return ok ? std::optional<double>(double(value)) : std::nullopt;
    }
    const double value = text.toDouble(&ok); // double, the default
    return ok ? std::optional<double>(value) : std::nullopt;
}

bool valueHasType(const QString &value, const QString &type)
{
    bool ok = true;
    if (type == QLatin1String("integer") || type == QLatin1String("long") || type == QLatin1String("short")
        || type == QLatin1String("byte") || type == QLatin1String("biginteger"))
        value.toLongLong(&ok);
    else if (type == QLatin1String("double") || type == QLatin1String("float") || type == QLatin1String("bigdecimal"))
        value.toDouble(&ok);
    else if (type == QLatin1String("boolean"))
        ok = value == QLatin1String("true") || value == QLatin1String("false") || value == QLatin1String("1")
            || value == QLatin1String("0");
    return ok;
}

// What the GEXF 1.3 schema (gexf.xsd, dynamics.xsd, viz.xsd) requires of a
// document's structure, checked element by element; empty when it holds.
QStringList gexfStructureProblems(const QByteArray &bytes)
{
    QStringList problems;
    const auto problem = [&problems](const QXmlStreamReader &xml, const QString &text) {
        problems.append(QStringLiteral("%1:%2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(text));
    };
    static const QHash<QString, QStringList> parents = {
        {QStringLiteral("meta"), {QStringLiteral("gexf")}},
        {QStringLiteral("creator"), {QStringLiteral("meta")}},
        {QStringLiteral("keywords"), {QStringLiteral("meta")}},
        {QStringLiteral("description"), {QStringLiteral("meta")}},
        {QStringLiteral("graph"), {QStringLiteral("gexf")}},
        {QStringLiteral("attributes"), {QStringLiteral("graph")}},
        {QStringLiteral("attribute"), {QStringLiteral("attributes")}},
        {QStringLiteral("default"), {QStringLiteral("attribute")}},
        {QStringLiteral("options"), {QStringLiteral("attribute")}},
        {QStringLiteral("nodes"), {QStringLiteral("graph"), QStringLiteral("node")}},
        {QStringLiteral("edges"), {QStringLiteral("graph"), QStringLiteral("node")}},
        {QStringLiteral("node"), {QStringLiteral("nodes")}},
        {QStringLiteral("edge"), {QStringLiteral("edges")}},
        {QStringLiteral("attvalues"), {QStringLiteral("node"), QStringLiteral("edge")}},
        {QStringLiteral("attvalue"), {QStringLiteral("attvalues")}},
        {QStringLiteral("spells"), {QStringLiteral("node"), QStringLiteral("edge")}},
        {QStringLiteral("spell"), {QStringLiteral("spells")}},
        {QStringLiteral("parents"), {QStringLiteral("node")}},
        {QStringLiteral("parent"), {QStringLiteral("parents")}},
    };
    static const QStringList attributeTypes = {
        QStringLiteral("integer"),      QStringLiteral("long"),         QStringLiteral("double"),
        QStringLiteral("float"),        QStringLiteral("boolean"),      QStringLiteral("bigdecimal"),
        QStringLiteral("biginteger"),   QStringLiteral("byte"),         QStringLiteral("char"),
        QStringLiteral("short"),        QStringLiteral("liststring"),   QStringLiteral("listboolean"),
        QStringLiteral("listinteger"),  QStringLiteral("listlong"),     QStringLiteral("listfloat"),
        QStringLiteral("listdouble"),   QStringLiteral("listbyte"),     QStringLiteral("listshort"),
        QStringLiteral("listbigdecimal"), QStringLiteral("listbiginteger"), QStringLiteral("listchar"),
        QStringLiteral("string"),       QStringLiteral("anyURI"),
    };
    const auto oneOf = [](QStringView value, std::initializer_list<const char *> allowed) {
        return std::any_of(allowed.begin(), allowed.end(), [value](const char *a) { return value == QLatin1String(a); });
    };

    QXmlStreamReader xml(bytes);
    QStringList stack;
    QString timeFormat = QStringLiteral("double");
    int graphs = 0;
    int metas = 0;
    QHash<QString, QHash<QString, QString>> declared; // class → id → type
    QString attributesClass;
    QSet<QString> nodeIds;
    QSet<QString> edgeIds;
    QList<std::pair<QString, qint64>> edgeEnds; // node id, line
    QString itemClass;
    QStringList graphChildren;
    int spellsInSpells = 0;

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("spells") && spellsInSpells == 0)
                problem(xml, QStringLiteral("<spells> without a <spell>"));
            stack.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        const QXmlStreamAttributes attributes = xml.attributes();
        const auto value = [&attributes](const char *key) { return attributes.value(QLatin1String(key)).toString(); };
        const QString parent = stack.isEmpty() ? QString() : stack.last();
        stack.append(name);

        if (stack.size() == 1) {
            if (name != QLatin1String("gexf") || xml.namespaceUri() != gexfNs)
                problem(xml, QStringLiteral("root is not gexf in %1").arg(gexfNs));
            if (value("version") != QLatin1String("1.3"))
                problem(xml, QStringLiteral("version is not 1.3"));
            continue;
        }
        if (xml.namespaceUri() == vizNs) {
            if (parent != QLatin1String("node") && parent != QLatin1String("edge"))
                problem(xml, QStringLiteral("viz:%1 outside a node or edge").arg(name));
            if (name == QLatin1String("color")) {
                for (const char *channel : {"r", "g", "b"}) {
                    bool ok = false;
                    const int level = value(channel).toInt(&ok);
                    if (!ok || level < 0 || level > 255)
                        problem(xml, QStringLiteral("viz:color %1 is not 0..255").arg(QLatin1String(channel)));
                }
            } else if (!oneOf(name, {"position", "size", "shape", "thickness"})) {
                problem(xml, QStringLiteral("unknown viz element %1").arg(name));
            }
            continue;
        }
        if (xml.namespaceUri() != gexfNs) {
            problem(xml, QStringLiteral("element %1 in namespace %2").arg(name, xml.namespaceUri().toString()));
            continue;
        }
        if (!parents.contains(name)) {
            problem(xml, QStringLiteral("unknown element %1").arg(name));
            continue;
        }
        if (!parents.value(name).contains(parent))
            problem(xml, QStringLiteral("%1 inside %2").arg(name, parent));
        if (parent == QLatin1String("graph"))
            graphChildren.append(name);

        if (name == QLatin1String("meta")) {
            ++metas;
            if (attributes.hasAttribute(QLatin1String("lastmodifieddate"))
                && !gexfTimeValue(value("lastmodifieddate"), QStringLiteral("date")))
                problem(xml, QStringLiteral("lastmodifieddate is not an xsd:date"));
        } else if (name == QLatin1String("graph")) {
            ++graphs;
            if (attributes.hasAttribute(QLatin1String("mode")) && !oneOf(value("mode"), {"static", "dynamic", "slice"}))
                problem(xml, QStringLiteral("graph mode"));
            if (attributes.hasAttribute(QLatin1String("defaultedgetype"))
                && !oneOf(value("defaultedgetype"), {"directed", "undirected", "mutual"}))
                problem(xml, QStringLiteral("graph defaultedgetype"));
            if (attributes.hasAttribute(QLatin1String("timeformat"))) {
                timeFormat = value("timeformat");
                if (!oneOf(timeFormat, {"integer", "double", "date", "dateTime"}))
                    problem(xml, QStringLiteral("graph timeformat"));
            }
            if (attributes.hasAttribute(QLatin1String("timerepresentation"))
                && !oneOf(value("timerepresentation"), {"interval", "timestamp"}))
                problem(xml, QStringLiteral("graph timerepresentation"));
        } else if (name == QLatin1String("attributes")) {
            attributesClass = value("class");
            if (!oneOf(attributesClass, {"node", "edge"}))
                problem(xml, QStringLiteral("attributes class"));
            if (attributes.hasAttribute(QLatin1String("mode")) && !oneOf(value("mode"), {"static", "dynamic"}))
                problem(xml, QStringLiteral("attributes mode"));
        } else if (name == QLatin1String("attribute")) {
            const QString id = value("id");
            if (id.isEmpty() || !attributes.hasAttribute(QLatin1String("title")) || !attributes.hasAttribute(QLatin1String("type")))
                problem(xml, QStringLiteral("attribute without id, title or type"));
            if (!attributeTypes.contains(value("type")))
                problem(xml, QStringLiteral("attribute type %1").arg(value("type")));
            if (declared[attributesClass].contains(id))
                problem(xml, QStringLiteral("attribute id %1 declared twice").arg(id));
            declared[attributesClass].insert(id, value("type"));
        } else if (name == QLatin1String("node")) {
            itemClass = QStringLiteral("node");
            const QString id = value("id");
            if (id.isEmpty() || nodeIds.contains(id))
                problem(xml, QStringLiteral("node id \"%1\" missing or not unique").arg(id));
            nodeIds.insert(id);
        } else if (name == QLatin1String("edge")) {
            itemClass = QStringLiteral("edge");
            const QString id = value("id");
            if (attributes.hasAttribute(QLatin1String("id")) && (id.isEmpty() || edgeIds.contains(id)))
                problem(xml, QStringLiteral("edge id \"%1\" not unique").arg(id));
            edgeIds.insert(id);
            if (!attributes.hasAttribute(QLatin1String("source")) || !attributes.hasAttribute(QLatin1String("target")))
                problem(xml, QStringLiteral("edge without source or target"));
            edgeEnds.append({value("source"), xml.lineNumber()});
            edgeEnds.append({value("target"), xml.lineNumber()});
            if (attributes.hasAttribute(QLatin1String("type")) && !oneOf(value("type"), {"directed", "undirected", "mutual"}))
                problem(xml, QStringLiteral("edge type"));
            if (attributes.hasAttribute(QLatin1String("weight")) && !valueHasType(value("weight"), QStringLiteral("double")))
                problem(xml, QStringLiteral("edge weight"));
        } else if (name == QLatin1String("attvalue")) {
            const QString forId = value("for");
            if (!declared.value(itemClass).contains(forId))
                problem(xml, QStringLiteral("attvalue for undeclared %1 attribute \"%2\"").arg(itemClass, forId));
            else if (!attributes.hasAttribute(QLatin1String("value"))
                     || !valueHasType(value("value"), declared.value(itemClass).value(forId)))
                problem(xml, QStringLiteral("attvalue %1 = \"%2\" is not a %3")
                                 .arg(forId, value("value"), declared.value(itemClass).value(forId)));
        } else if (name == QLatin1String("spells")) {
            spellsInSpells = 0;
        }
        if (name == QLatin1String("spell") || name == QLatin1String("attvalue")) {
            if (name == QLatin1String("spell"))
                ++spellsInSpells;
            std::optional<double> start;
            std::optional<double> end;
            if (attributes.hasAttribute(QLatin1String("start")) && !(start = gexfTimeValue(value("start"), timeFormat)))
                problem(xml, QStringLiteral("%1 start \"%2\" is not a %3").arg(name, value("start"), timeFormat));
            if (attributes.hasAttribute(QLatin1String("end")) && !(end = gexfTimeValue(value("end"), timeFormat)))
                problem(xml, QStringLiteral("%1 end \"%2\" is not a %3").arg(name, value("end"), timeFormat));
            if (start && end && *start > *end)
                problem(xml, QStringLiteral("%1 starts after it ends").arg(name));
        }
    }
    if (xml.hasError())
        problems.append(QStringLiteral("not well-formed: ") + xml.errorString());
    if (graphs != 1)
        problems.append(QStringLiteral("%1 graphs, not one").arg(graphs));
    if (metas > 1)
        problems.append(QStringLiteral("%1 meta elements").arg(metas));
    // graph-content: attributes*, then nodes, then edges.
    static const QRegularExpression order(QStringLiteral(R"(^(attributes )*nodes edges $)"));
    if (!order.match(graphChildren.join(QLatin1Char(' ')) + QLatin1Char(' ')).hasMatch())
        problems.append(QStringLiteral("graph holds %1, not attributes*, nodes, edges").arg(graphChildren.join(u',')));
    for (const auto &[node, line] : std::as_const(edgeEnds)) {
        if (!nodeIds.contains(node))
            problems.append(QStringLiteral("%1: edge names missing node \"%2\"").arg(line).arg(node));
    }
    return problems;
}

struct Spell {
    QString start;
    QString end;
    bool present = false;
};

// Every node's or edge's first spell, by element id.
QHash<QString, Spell> spellsById(const QByteArray &bytes, const QString &element)
{
    QHash<QString, Spell> spells;
    QXmlStreamReader xml(bytes);
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == element) {
            current = xml.attributes().value(QLatin1String("id")).toString();
            spells.insert(current, Spell{});
        } else if (xml.name() == QLatin1String("node") || xml.name() == QLatin1String("edge")) {
            current.clear();
        } else if (xml.name() == QLatin1String("spell") && !current.isEmpty() && !spells[current].present) {
            spells[current] = Spell{xml.attributes().value(QLatin1String("start")).toString(),
                                    xml.attributes().value(QLatin1String("end")).toString(), true};
        }
    }
    return spells;
}

QString isoDay(qint64 seconds)
{
    const CivilDateTime civil = civilFromSeconds(seconds);
    return QDate(int(civil.year), civil.month, civil.day).toString(Qt::ISODate);
}

QString graphTimeFormat(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("graph"))
            return xml.attributes().value(QLatin1String("timeformat")).toString();
    }
    return {};
}

template<typename T>
QList<T> byId(QList<T> items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return items;
}

QString describe(const QList<ImportIssue> &issues)
{
    QStringList lines;
    for (const ImportIssue &issue : issues)
        lines.append(QStringLiteral("%1:%2 %3: %4").arg(issue.line).arg(issue.column).arg(issue.field, issue.message));
    return lines.join(u'\n');
}

// An atlas whose dates reach before year 1, so GEXF needs decimal years.
AtlasData deepTimeAtlas()
{
    AtlasData data;
    data.meta.title = QStringLiteral("Rome");
    Actor rome;
    rome.id = 1;
    rome.name = QStringLiteral("Roman Republic");
    rome.kind = ActorKind::State;
    rome.colour = QStringLiteral("#8e0000");
    rome.start = HistoricalDate::fromCivil({-508, 1, 1}, Precision::Year, true);
    rome.end = HistoricalDate::fromCivil({-26, 1, 16}, Precision::Day);
    Actor carthage;
    carthage.id = 2;
    carthage.name = QStringLiteral("Carthage");
    carthage.kind = ActorKind::State;
    carthage.start = HistoricalDate::fromCivil({-813, 1, 1}, Precision::Century, true);
    carthage.end = HistoricalDate::fromCivil({-145, 3, 1}, Precision::Month);
    Actor dinosaurs;
    dinosaurs.id = 3;
    dinosaurs.name = QStringLiteral("Dinosaurs");
    dinosaurs.kind = ActorKind::Group;
    dinosaurs.start = HistoricalDate::fromYearsAgo(233'000'000, Precision::MillionYears);
    dinosaurs.end = HistoricalDate::fromYearsAgo(66'000'000, Precision::MillionYears);
    data.actors = {rome, carthage, dinosaurs};
    Relation war;
    war.id = 7;
    war.sourceId = 1;
    war.targetId = 2;
    war.kind = RelationKind::War;
    war.stance = -1;
    war.directed = true;
    war.label = QStringLiteral("Third Punic War");
    war.when.start = HistoricalDate::fromCivil({-148, 1, 1}, Precision::Year);
    war.when.end = HistoricalDate::fromCivil({-145, 3, 1}, Precision::Month);
    data.relations = {war};
    return data;
}

} // namespace

class TestGraphFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sampleGexfHasTheSchemasStructure();
    void structureCheckFindsProblems_data();
    void structureCheckFindsProblems();
    void exportIsDeterministic();
    void relationSpellsMatchTheirSpans_data();
    void relationSpellsMatchTheirSpans();
    void actorSpellsMatchTheirDates();
    void deepTimeUsesDecimalYears();
    void graphMlDescribesTheSample();
    void damagedDataStillExports();

    void roundTripKeepsActorsAndRelations_data();
    void roundTripKeepsActorsAndRelations();
    void realFilesImport_data();
    void realFilesImport();
    void realFileDatesAreRead();
    void severalSpellsBecomeTheirHull();
    void nodesNamingAtlasActorsAreJoined();
    void malformedInputIsRefused_data();
    void malformedInputIsRefused();

private:
    std::unique_ptr<Atlas> m_sample;
};

void TestGraphFormats::initTestCase()
{
    QString error;
    m_sample = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_sample, qPrintable(error));
    QVERIFY(!m_sample->data().relations.isEmpty());
}

void TestGraphFormats::sampleGexfHasTheSchemasStructure()
{
    const QByteArray gexf = GraphFormats::exportGexf(m_sample->data());
    const QStringList problems = gexfStructureProblems(gexf);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    QCOMPARE(graphTimeFormat(gexf), QStringLiteral("date"));
    QVERIFY(gexf.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QVERIFY(gexf.contains("<creator>Annals</creator>"));
    QVERIFY(gexf.contains("xmlns:viz=\"http://gexf.net/1.3/viz\""));
}

// The check above must be able to fail: each broken document is caught.
void TestGraphFormats::structureCheckFindsProblems_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("version") << QByteArray("version=\"1.3\"") << QByteArray("version=\"1.2\"");
    QTest::newRow("namespace") << QByteArray("xmlns=\"http://gexf.net/1.3\"")
                               << QByteArray("xmlns=\"http://gexf.net/1.2draft\"");
    QTest::newRow("time format") << QByteArray("timeformat=\"date\"") << QByteArray("timeformat=\"year\"");
    QTest::newRow("edge to nowhere") << QByteArray("target=\"n21\"") << QByteArray("target=\"n9999\"");
    QTest::newRow("duplicate node") << QByteArray("<node id=\"n2\"") << QByteArray("<node id=\"n1\"");
    QTest::newRow("undeclared attvalue") << QByteArray("for=\"stance\"") << QByteArray("for=\"weight\"");
    QTest::newRow("stance not integer") << QByteArray("for=\"stance\" value=\"1\"")
                                        << QByteArray("for=\"stance\" value=\"friendly\"");
    QTest::newRow("bad date") << QByteArray("start=\"1961-07-11\"") << QByteArray("start=\"11 July 1961\"");
    QTest::newRow("end before start") << QByteArray("start=\"1961-07-06\"") << QByteArray("start=\"2001-07-06\"");
    QTest::newRow("unknown element") << QByteArray("<spells>") << QByteArray("<spelling/><spells>");
    QTest::newRow("unknown type") << QByteArray("type=\"integer\"") << QByteArray("type=\"number\"");
}

void TestGraphFormats::structureCheckFindsProblems()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QByteArray gexf = GraphFormats::exportGexf(m_sample->data());
    const qsizetype at = gexf.indexOf(from);
    QVERIFY2(at >= 0, from.constData());
    gexf.replace(at, from.size(), to);
    QVERIFY(!gexfStructureProblems(gexf).isEmpty());
}

void TestGraphFormats::exportIsDeterministic()
{
    AtlasData shuffled = m_sample->data();
    std::reverse(shuffled.actors.begin(), shuffled.actors.end());
    std::reverse(shuffled.relations.begin(), shuffled.relations.end());
    std::reverse(shuffled.actorNames.begin(), shuffled.actorNames.end());
    const QDate day(2026, 11, 30);
    QCOMPARE(GraphFormats::exportGexf(shuffled, day), GraphFormats::exportGexf(m_sample->data(), day));
    QCOMPARE(GraphFormats::exportGraphMl(shuffled), GraphFormats::exportGraphMl(m_sample->data()));
    QVERIFY(GraphFormats::exportGexf(m_sample->data(), day).contains("lastmodifieddate=\"2026-11-30\""));
}

void TestGraphFormats::relationSpellsMatchTheirSpans_data()
{
    QTest::addColumn<ItemId>("relationId");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    // Written out by hand for the two 1961 treaties: the Chinese one is still
    // in force, the Soviet one lapsed in September 1996 (month precision).
    QTest::newRow("Sino-North Korean treaty 1961") << ItemId(30) << QStringLiteral("1961-07-11") << QString();
    QTest::newRow("Soviet-North Korean treaty 1961-1996")
        << ItemId(32) << QStringLiteral("1961-07-06") << QStringLiteral("1996-10-01");
    QString error;
    const auto sample = Atlas::openSampleInMemory(&error);
    QVERIFY2(sample, qPrintable(error));
    for (const Relation &relation : byId(sample->data().relations)) {
        const std::optional<qint64> end = relation.when.endExclusive();
        QTest::addRow("relation %lld %s", relation.id, qPrintable(relation.label))
            << relation.id << isoDay(relation.when.start.seconds()) << (end ? isoDay(*end) : QString());
    }
}

void TestGraphFormats::relationSpellsMatchTheirSpans()
{
    QFETCH(ItemId, relationId);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const QHash<QString, Spell> spells = spellsById(GraphFormats::exportGexf(m_sample->data()), QStringLiteral("edge"));
    const QString id = QStringLiteral("e%1").arg(relationId);
    QVERIFY(spells.contains(id));
    QVERIFY(spells.value(id).present);
    QCOMPARE(spells.value(id).start, start);
    QCOMPARE(spells.value(id).end, end);
}

void TestGraphFormats::actorSpellsMatchTheirDates()
{
    const QHash<QString, Spell> spells = spellsById(GraphFormats::exportGexf(m_sample->data()), QStringLiteral("node"));
    QCOMPARE(spells.size(), m_sample->data().actors.size());
    int checked = 0;
    for (const Actor &actor : m_sample->data().actors) {
        const Spell spell = spells.value(QStringLiteral("n%1").arg(actor.id));
        QCOMPARE(spell.present, actor.start.isValid() || actor.end.isValid());
        QCOMPARE(spell.start, actor.start.isValid() ? isoDay(actor.start.seconds()) : QString());
        QCOMPARE(spell.end, actor.end.isValid() ? isoDay(actor.end.periodEnd()) : QString());
        ++checked;
    }
    QVERIFY(checked > 10);
    // Kim Il-sung died on 8 July 1994: the spell runs through that whole day.
    QCOMPARE(spells.value(QStringLiteral("n1")).start, QStringLiteral("1912-04-15"));
    QCOMPARE(spells.value(QStringLiteral("n1")).end, QStringLiteral("1994-07-09"));
}

void TestGraphFormats::deepTimeUsesDecimalYears()
{
    const AtlasData data = deepTimeAtlas();
    const QByteArray gexf = GraphFormats::exportGexf(data);
    QVERIFY2(gexfStructureProblems(gexf).isEmpty(), qPrintable(gexfStructureProblems(gexf).join(u'\n')));
    QCOMPARE(graphTimeFormat(gexf), QStringLiteral("double"));
    const QHash<QString, Spell> edges = spellsById(gexf, QStringLiteral("edge"));
    QCOMPARE(edges.value(QStringLiteral("e7")).start, QStringLiteral("-148"));
    // March of 145 BCE (astronomical -144... no: -145 is 146 BCE) ends at the
    // start of April: 31+28+31 days into a common year.
    const double end = edges.value(QStringLiteral("e7")).end.toDouble();
    QVERIFY2(qAbs(end - (-145.0 + 90.0 / 365.0)) < 1e-9, qPrintable(edges.value(QStringLiteral("e7")).end));
    const QHash<QString, Spell> nodes = spellsById(gexf, QStringLiteral("node"));
    QCOMPARE(nodes.value(QStringLiteral("n3")).start, QStringLiteral("-232998050"));
}

void TestGraphFormats::graphMlDescribesTheSample()
{
    const AtlasData &data = m_sample->data();
    const QByteArray graphMl = GraphFormats::exportGraphMl(data);
    QXmlStreamReader xml(graphMl);
    QSet<QString> keys;
    QSet<QString> nodes;
    int edges = 0;
    int directed = 0;
    QHash<QString, QString> values; // "element id/key" → text
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        QCOMPARE(xml.namespaceUri(), QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("key")) {
            QVERIFY(!keys.contains(attributes.value(QLatin1String("id")).toString()));
            keys.insert(attributes.value(QLatin1String("id")).toString());
        } else if (xml.name() == QLatin1String("graph")) {
            QCOMPARE(attributes.value(QLatin1String("edgedefault")), QStringLiteral("undirected"));
        } else if (xml.name() == QLatin1String("node")) {
            current = attributes.value(QLatin1String("id")).toString();
            nodes.insert(current);
        } else if (xml.name() == QLatin1String("edge")) {
            current = attributes.value(QLatin1String("id")).toString();
            ++edges;
            QVERIFY(nodes.contains(attributes.value(QLatin1String("source")).toString()));
            QVERIFY(nodes.contains(attributes.value(QLatin1String("target")).toString()));
            if (attributes.value(QLatin1String("directed")) == QLatin1String("true"))
                ++directed;
        } else if (xml.name() == QLatin1String("data")) {
            const QString key = attributes.value(QLatin1String("key")).toString();
            QVERIFY2(keys.contains(key), qPrintable(key));
            values.insert(current + QLatin1Char('/') + key, xml.readElementText());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(nodes.size(), data.actors.size());
    QCOMPARE(edges, data.relations.size());
    QCOMPARE(directed, std::count_if(data.relations.cbegin(), data.relations.cend(),
                                     [](const Relation &relation) { return relation.directed; }));
    QCOMPARE(values.value(QStringLiteral("n1/actor_name")), QStringLiteral("Kim Il-sung"));
    QCOMPARE(values.value(QStringLiteral("e32/relation_start")), QStringLiteral("6 Jul 1961"));
    QCOMPARE(values.value(QStringLiteral("e32/relation_end")), QStringLiteral("Sep 1996"));
    // The display dates read back as the same dates.
    for (const Relation &relation : data.relations) {
        const QString start = values.value(QStringLiteral("e%1/relation_start").arg(relation.id));
        QCOMPARE(DateParser::parse(start).date, relation.when.start);
    }
}

// A relation whose actor is gone cannot be an edge, and text XML cannot carry
// (control characters) is dropped; the rest of the text survives the trip.
void TestGraphFormats::damagedDataStillExports()
{
    AtlasData data = deepTimeAtlas();
    data.actors[0].description = QStringLiteral("line one\nline two\twith a tab\x01 and a bell\x07.");
    Relation orphan = data.relations.first();
    orphan.id = 8;
    orphan.targetId = 99;
    data.relations.append(orphan);
    const QByteArray gexf = GraphFormats::exportGexf(data);
    QVERIFY2(gexfStructureProblems(gexf).isEmpty(), qPrintable(gexfStructureProblems(gexf).join(u'\n')));
    QVERIFY(!gexf.contains("id=\"e8\""));
    QVERIFY(!GraphFormats::exportGraphMl(data).contains("id=\"e8\""));
    const ImportResult result = GraphFormats::importGexf(gexf, AtlasData{});
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.bundle->relations.size(), 1);
    QCOMPARE(result.bundle->actors.at(0).description, QStringLiteral("line one\nline two\twith a tab and a bell."));
}

void TestGraphFormats::roundTripKeepsActorsAndRelations_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("sample (date)") << QStringLiteral("sample");
    QTest::newRow("deep time (double)") << QStringLiteral("deep");
    QTest::newRow("hours (dateTime)") << QStringLiteral("hours");
}

void TestGraphFormats::roundTripKeepsActorsAndRelations()
{
    QFETCH(QString, which);
    AtlasData data = which == QLatin1String("deep") ? deepTimeAtlas() : m_sample->data();
    if (which == QLatin1String("hours")) {
        data.relations.first().when.start = HistoricalDate::fromCivil({1950, 6, 25, 4, 0, 0}, Precision::Hour);
        data.relations.first().when.end = HistoricalDate::fromCivil({1953, 7, 27, 22, 0, 0}, Precision::Minute);
    }
    const QByteArray gexf = GraphFormats::exportGexf(data);
    if (which == QLatin1String("hours"))
        QCOMPARE(graphTimeFormat(gexf), QStringLiteral("dateTime"));
    const ImportResult result = GraphFormats::importGexf(gexf, AtlasData{});
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    const ImportBundle &bundle = *result.bundle;

    const QList<Actor> actors = byId(data.actors);
    QCOMPARE(bundle.actors.size(), actors.size());
    QHash<ItemId, ItemId> reference;
    for (qsizetype i = 0; i < actors.size(); ++i) {
        const Actor &want = actors.at(i);
        const Actor &got = bundle.actors.at(i);
        reference.insert(want.id, bundleRef(i));
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.kind, want.kind);
        QCOMPARE(got.colour, want.colour);
        QCOMPARE(got.nativeName, want.nativeName);
        QCOMPARE(got.description, want.description);
        QCOMPARE(got.start, want.start);
        QCOMPARE(got.end, want.end);
    }
    // Names over time: their dates have the precision the time format shows,
    // which is the sample's (day).
    const QList<ActorName> names = byId(data.actorNames);
    QCOMPARE(bundle.actorNames.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(bundle.actorNames.at(i).actorId, reference.value(names.at(i).actorId));
        QCOMPARE(bundle.actorNames.at(i).name, names.at(i).name);
        QCOMPARE(bundle.actorNames.at(i).start, names.at(i).start);
        QCOMPARE(bundle.actorNames.at(i).end, names.at(i).end);
    }
    const QList<Relation> relations = byId(data.relations);
    QCOMPARE(bundle.relations.size(), relations.size());
    for (qsizetype i = 0; i < relations.size(); ++i) {
        const Relation &want = relations.at(i);
        const Relation &got = bundle.relations.at(i);
        QCOMPARE(got.sourceId, reference.value(want.sourceId));
        QCOMPARE(got.targetId, reference.value(want.targetId));
        QCOMPARE(got.kind, want.kind);
        QCOMPARE(got.stance, want.stance);
        QCOMPARE(got.directed, want.directed);
        QCOMPARE(got.label, want.label);
        QCOMPARE(got.description, want.description);
        QCOMPARE(got.when.start, want.when.start);
        QCOMPARE(got.when.end, want.when.end);
    }
}

// GEXF files nobody here wrote (../shared/data/gexf-dynamic; skipped when
// absent): 1.1draft, 1.2draft and 1.3, dates, numbers, spells, slices.
void TestGraphFormats::realFilesImport_data()
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(SHARED_DATA_DIR "/gexf-dynamic");
    if (!QDir(root).exists()) {
        QTest::newRow("no shared data") << QString();
        return;
    }
    QDirIterator files(root, {QStringLiteral("*.gexf")}, QDir::Files);
    QStringList paths;
    while (files.hasNext())
        paths.append(files.next());
    paths.sort();
    for (const QString &path : std::as_const(paths))
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestGraphFormats::realFilesImport()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("../shared/data/gexf-dynamic is not here");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const ImportResult result = GraphFormats::importGexf(bytes, AtlasData{});
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    // A node listed twice (GEXF 1.1 did that for a second period) is one actor.
    QSet<QString> nodeIds;
    static const QRegularExpression nodeId(QStringLiteral("<node\\s[^>]*\\bid=\"([^\"]*)\""));
    for (auto match = nodeId.globalMatch(QString::fromUtf8(bytes)); match.hasNext();)
        nodeIds.insert(match.next().captured(1));
    QVERIFY(!nodeIds.isEmpty());
    QCOMPARE(result.bundle->actors.size(), nodeIds.size());
    QVERIFY(result.bundle->relations.size() > 0);
    for (const Relation &relation : result.bundle->relations)
        QVERIFY(relation.when.start.isValid());
}

// gexf.net's own dynamics.gexf, checked by hand: "Visualization" is there
// until 1 March 2009 and again from 5 to 10 March; the edge 0→2 runs from
// 1 to 10 March; the graph is directed.
void TestGraphFormats::realFileDatesAreRead()
{
    QFile file(QStringLiteral(SHARED_DATA_DIR "/gexf-dynamic/dynamics.gexf"));
    if (!file.exists())
        QSKIP("../shared/data/gexf-dynamic is not here");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportResult result = GraphFormats::importGexf(file.readAll(), AtlasData{});
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    const auto day = [](int d) { return HistoricalDate::fromCivil({2009, 3, d}, Precision::Day); };
    const QList<Actor> &actors = result.bundle->actors;
    QCOMPARE(actors.size(), 4);
    QCOMPARE(actors.at(0).name, QStringLiteral("Gephi"));
    QCOMPARE(actors.at(0).start, day(1));
    QVERIFY(!actors.at(0).end.isValid());
    QCOMPARE(actors.at(2).name, QStringLiteral("Visualization"));
    QVERIFY(!actors.at(2).start.isValid());
    QCOMPARE(actors.at(2).end, day(10));
    const Relation &toVisualization = result.bundle->relations.at(1);
    QCOMPARE(toVisualization.sourceId, bundleRef(0));
    QCOMPARE(toVisualization.targetId, bundleRef(2));
    QVERIFY(toVisualization.directed);
    QCOMPARE(toVisualization.when.start, day(1));
    QCOMPARE(toVisualization.when.end, day(10));
}

void TestGraphFormats::severalSpellsBecomeTheirHull()
{
    const QByteArray gexf = R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
    <attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>
    <nodes>
      <node id="a" label="Athens">
        <attvalues><attvalue for="0" value="state"/></attvalues>
        <spells><spell start="2001-03-05" end="2001-04-01"/><spell start="2000-01-01" end="2000-02-01"/></spells>
      </node>
      <node id="b" label="Sparta"/>
    </nodes>
    <edges><edge id="x" source="a" target="b"/></edges>
  </graph>
</gexf>)";
    const ImportResult result = GraphFormats::importGexf(gexf, AtlasData{});
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    const Actor athens = result.bundle->actors.at(0);
    QCOMPARE(athens.kind, ActorKind::State);
    QCOMPARE(athens.start, HistoricalDate::fromCivil({2000, 1, 1}, Precision::Day));
    QCOMPARE(athens.end, HistoricalDate::fromCivil({2001, 4, 1}, Precision::Day));
    QCOMPARE(result.bundle->actors.at(1).kind, ActorKind::Group);
    QVERIFY(std::any_of(result.notices.cbegin(), result.notices.cend(),
                        [](const ImportIssue &issue) { return issue.field == QLatin1String("node a"); }));
    // The undated edge starts when both its actors are there.
    const Relation edge = result.bundle->relations.at(0);
    QVERIFY(edge.directed);
    QCOMPARE(edge.kind, RelationKind::Other);
    QCOMPARE(edge.when.start, athens.start);
}

void TestGraphFormats::nodesNamingAtlasActorsAreJoined()
{
    const QByteArray gexf = R"(<gexf xmlns="http://gexf.net/1.2draft" version="1.2">
  <graph timeformat="double"><nodes><node id="1" label="China"/><node id="2" label="Atlantis"/></nodes>
  <edges><edge source="1" target="2" start="1961.5"/></edges></graph></gexf>)";
    const AtlasData &atlas = m_sample->data();
    const auto china = std::find_if(atlas.actors.cbegin(), atlas.actors.cend(),
                                    [](const Actor &actor) { return actor.name == QLatin1String("China"); });
    QVERIFY(china != atlas.actors.cend());
    const ImportResult result = GraphFormats::importGexf(gexf, atlas);
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.bundle->actors.size(), 1);
    QCOMPARE(result.bundle->actors.at(0).name, QStringLiteral("Atlantis"));
    QCOMPARE(result.bundle->relations.at(0).sourceId, china->id);
    QCOMPARE(result.bundle->relations.at(0).targetId, bundleRef(0));
    QCOMPARE(result.bundle->relations.at(0).when.start.astronomicalYear(), 1961);
}

void TestGraphFormats::malformedInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("limit"); // which limit is set low, if any
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");

    const QByteArray head = "<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
                            "<graph timeformat=\"date\">\n";
    const QByteArray twoNodes = "<nodes><node id=\"a\" label=\"A\"/>\n<node id=\"b\" label=\"B\"/></nodes>\n";
    QTest::newRow("not XML") << QByteArray("{\"events\": []}") << QString() << 1 << QString();
    QTest::newRow("broken XML") << QByteArray(head + "<nodes><node id=\"a\">\n</nodes>") << QString() << 5
                                << QString();
    QTest::newRow("wrong root") << QByteArray("<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>")
                                << QString() << 2 << QString();
    QTest::newRow("edge to a missing node")
        << QByteArray(head + twoNodes + "<edges>\n<edge id=\"e3\" source=\"a\" target=\"z\" start=\"2000-01-01\"/>"
                                        "</edges></graph></gexf>")
        << QString() << 7 << QStringLiteral("edge e3");
    QTest::newRow("bad date")
        << QByteArray(head + twoNodes + "<edges>\n<edge id=\"e3\" source=\"a\" target=\"b\" start=\"2000-13-01\"/>"
                                        "</edges></graph></gexf>")
        << QString() << 7 << QStringLiteral("edge e3 start");
    QTest::newRow("end before start")
        << QByteArray(head + twoNodes
                      + "<edges>\n<edge id=\"e3\" source=\"a\" target=\"b\" start=\"2000-01-01\" end=\"1999-01-01\"/>"
                        "</edges></graph></gexf>")
        << QString() << 7 << QStringLiteral("edge e3");
    QTest::newRow("duplicate node id")
        << QByteArray(head + "<nodes><node id=\"a\" label=\"A\"/>\n<node id=\"a\" label=\"B\"/></nodes>"
                             "<edges/></graph></gexf>")
        << QString() << 5 << QStringLiteral("node a");
    QTest::newRow("stance not a stance")
        << QByteArray(head + "<attributes class=\"edge\"><attribute id=\"s\" title=\"stance\" type=\"integer\"/></attributes>\n"
                      + twoNodes + "<edges><edge id=\"e3\" source=\"a\" target=\"b\" start=\"2000-01-01\">\n"
                                   "<attvalues><attvalue for=\"s\" value=\"7\"/></attvalues></edge></edges></graph></gexf>")
        << QString() << 8 << QStringLiteral("edge e3 attvalue stance");
    QTest::newRow("over the item limit")
        << QByteArray(head + twoNodes + "<edges/></graph></gexf>") << QStringLiteral("items") << 5 << QString();
    QTest::newRow("over the byte limit")
        << QByteArray(head + twoNodes + "<edges/></graph></gexf>") << QStringLiteral("bytes") << 0 << QString();
    QTest::newRow("over the text limit")
        << QByteArray(head + "<nodes>\n<node id=\"a\" label=\"" + QByteArray(200, 'x') + "\"/></nodes><edges/></graph></gexf>")
        << QStringLiteral("text") << 5 << QStringLiteral("node a label");
    QTest::newRow("unknown time format")
        << QByteArray("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n<graph timeformat=\"years\"><nodes/>"
                      "<edges/></graph></gexf>")
        << QString() << 2 << QStringLiteral("graph timeformat");
}

void TestGraphFormats::malformedInputIsRefused()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, limit);
    QFETCH(int, line);
    QFETCH(QString, field);
    ImportLimits limits;
    if (limit == QLatin1String("items"))
        limits.maximumItems = 1;
    else if (limit == QLatin1String("bytes"))
        limits.maximumBytes = 100;
    else if (limit == QLatin1String("text"))
        limits.maximumTextLength = 100;
    const ImportResult result = GraphFormats::importGexf(xml, AtlasData{}, limits);
    QVERIFY(!result.ok());
    QVERIFY(!result.bundle.has_value());
    QVERIFY(!result.errors.isEmpty());
    const ImportIssue &issue = result.errors.first();
    QVERIFY2(!issue.message.isEmpty(), qPrintable(describe(result.errors)));
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column > 0, line > 0); // a file too big to read has no place
    QCOMPARE(issue.field, field);
}

QTEST_GUILESS_MAIN(TestGraphFormats)
#include "tst_graphformats.moc"
