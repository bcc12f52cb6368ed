// SPDX-License-Identifier: GPL-3.0-or-later
#include "filteredevents.h"
#include "viewfilter.h"
#include "viewstate.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Annals;

Q_DECLARE_METATYPE(Annals::ViewFilter)
Q_DECLARE_METATYPE(Annals::Relation)

namespace {

// Category names a search box or an SQL LIKE would trip on, a NUL, and one
// a megabyte long: the filter must compare them as plain text.
QStringList nastyCategories()
{
    return {QString(),
            QStringLiteral("Treaty"),
            QStringLiteral("\""),
            QStringLiteral("%"),
            QStringLiteral("*"),
            QStringLiteral("NEAR(a b)"),
            QStringLiteral("a OR b"),
            QString(QChar(0)),
            QStringLiteral("war") + QChar(0) + QStringLiteral("peace"),
            QString(1 << 20, QLatin1Char('x'))};
}

// Events with random dates, spans, importance, categories and actors 1..8.
AtlasData randomAtlas(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    const QStringList categories = nastyCategories();
    AtlasData data;
    for (int i = 0; i < count; ++i) {
        Event event;
        event.id = i + 1;
        const qint64 start = -3'000'000'000LL + qint64(random.bounded(6'000'000)) * 1000;
        event.when.start = HistoricalDate(start, Precision::Day);
        if (random.bounded(3) == 0)
            event.when.end = HistoricalDate(start + qint64(random.bounded(400'000'000)), Precision::Day);
        event.importance = random.bounded(1, 6);
        event.category = categories.at(random.bounded(int(categories.size())));
        const int actorCount = random.bounded(4);
        for (int a = 0; a < actorCount; ++a)
            event.actors.append({random.bounded(1, 9), QString()});
        data.events.append(event);
    }
    return data;
}

// What filteredIndex must keep, from the AtlasData alone.
QList<ItemId> bruteForce(const AtlasData &data, const EventIndex &index, const ViewFilter &filter)
{
    QList<ItemId> kept;
    for (qsizetype row = 0; row < index.size(); ++row) {
        const auto found = std::find_if(data.events.begin(), data.events.end(),
                                        [&](const Event &e) { return e.id == index.id(row); });
        const Event &event = *found;
        if (event.importance < filter.minimumImportance)
            continue;
        if (!filter.categories.isEmpty() && !filter.categories.contains(event.category))
            continue;
        if (filter.hasRange() && (index.start(row) >= filter.rangeEnd || index.end(row) <= filter.rangeStart))
            continue;
        if (!filter.actors.isEmpty()
            && std::none_of(event.actors.begin(), event.actors.end(),
                            [&](const EventActor &actor) { return filter.actors.contains(actor.actorId); }))
            continue;
        kept.append(event.id);
    }
    return kept;
}

Relation makeRelation(ItemId id, ItemId source, ItemId target, RelationKind kind, qint64 start, std::optional<qint64> end)
{
    Relation relation;
    relation.id = id;
    relation.sourceId = source;
    relation.targetId = target;
    relation.kind = kind;
    relation.when.start = HistoricalDate(start, Precision::Day);
    if (end)
        relation.when.end = HistoricalDate(*end, Precision::Day);
    return relation;
}

} // namespace

class tst_ViewFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filteredIndexMatchesBruteForce_data();
    void filteredIndexMatchesBruteForce();
    void emptyFilterKeepsTheIndex();
    void filteredIndexKeepsInvariants();
    void nastyCategoryNamesMatchOnlyThemselves_data();
    void nastyCategoryNamesMatchOnlyThemselves();
    void normalizedFiltersCompareEqual();
    void everyKnownKindIsAllKinds();
    void viewStateStoresNormalized();
    void relationPasses_data();
    void relationPasses();
    void actorPassesWithPartners();
    void filteredEventsFollowTheEventConditions();
};

void tst_ViewFilter::filteredIndexMatchesBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<ViewFilter>("filter");
    const QStringList nasty = nastyCategories();
    auto filter = [](auto change) {
        ViewFilter f;
        change(f);
        return f;
    };
    for (quint32 seed : {1u, 2u, 3u}) {
        const QByteArray s = QByteArray::number(seed);
        QTest::newRow("one actor " + s) << seed << filter([](ViewFilter &f) { f.actors = {3}; });
        QTest::newRow("two actors " + s) << seed << filter([](ViewFilter &f) { f.actors = {2, 7}; });
        QTest::newRow("unknown actor " + s) << seed << filter([](ViewFilter &f) { f.actors = {99, -4, 1LL << 40}; });
        QTest::newRow("importance 4 " + s) << seed << filter([](ViewFilter &f) { f.minimumImportance = 4; });
        QTest::newRow("importance 5 " + s) << seed << filter([](ViewFilter &f) { f.minimumImportance = 5; });
        QTest::newRow("quote and percent " + s)
            << seed << filter([&](ViewFilter &f) { f.categories = {nasty.at(2), nasty.at(3)}; });
        QTest::newRow("star, NEAR, OR " + s)
            << seed << filter([&](ViewFilter &f) { f.categories = {nasty.at(4), nasty.at(5), nasty.at(6)}; });
        QTest::newRow("NUL names " + s)
            << seed << filter([&](ViewFilter &f) { f.categories = {nasty.at(7), nasty.at(8)}; });
        QTest::newRow("empty category " + s) << seed << filter([](ViewFilter &f) { f.categories = {QString()}; });
        QTest::newRow("megabyte category " + s) << seed << filter([&](ViewFilter &f) { f.categories = {nasty.at(9)}; });
        QTest::newRow("unknown category " + s) << seed << filter([](ViewFilter &f) { f.categories = {QStringLiteral("Treaty%")}; });
        QTest::newRow("range " + s) << seed << filter([](ViewFilter &f) {
            f.rangeStart = -1'000'000'000LL;
            f.rangeEnd = 500'000'000LL;
        });
        QTest::newRow("narrow range " + s) << seed << filter([](ViewFilter &f) {
            f.rangeStart = 0;
            f.rangeEnd = 86'400;
        });
        QTest::newRow("everything at once " + s) << seed << filter([&](ViewFilter &f) {
            f.actors = {1, 4, 5};
            f.categories = {nasty.at(1), nasty.at(0), nasty.at(5)};
            f.minimumImportance = 2;
            f.rangeStart = -2'000'000'000LL;
            f.rangeEnd = 2'000'000'000LL;
        });
    }
}

void tst_ViewFilter::filteredIndexMatchesBruteForce()
{
    QFETCH(quint32, seed);
    QFETCH(ViewFilter, filter);
    const AtlasData data = randomAtlas(seed, 600);
    const EventIndex all = EventIndex::fromAtlas(data);
    const EventIndex filtered = filteredIndex(all, filter);
    QList<ItemId> ids;
    for (qsizetype row = 0; row < filtered.size(); ++row)
        ids.append(filtered.id(row));
    const QList<ItemId> expected = bruteForce(data, all, filter);
    QCOMPARE(ids, expected);
    // A filter that keeps nothing and one that keeps something are both
    // among the cases: the test can tell.
    QVERIFY(expected.size() < all.size());
}

void tst_ViewFilter::emptyFilterKeepsTheIndex()
{
    const EventIndex all = EventIndex::fromAtlas(randomAtlas(7, 300));
    QVERIFY(filteredIndex(all, ViewFilter{}) == all);
    ViewFilter kindsOnly;
    kindsOnly.relationKinds = 1u << unsigned(RelationKind::War);
    QVERIFY(filteredIndex(all, kindsOnly) == all);
    // Keeping every row through subset() gives the same index too.
    std::vector<quint32> rows(std::size_t(all.size()));
    std::iota(rows.begin(), rows.end(), 0u);
    QVERIFY(all.subset(rows) == all);
}

void tst_ViewFilter::filteredIndexKeepsInvariants()
{
    const AtlasData data = randomAtlas(11, 800);
    const EventIndex all = EventIndex::fromAtlas(data);
    ViewFilter filter;
    filter.actors = {2};
    filter.minimumImportance = 3;
    const EventIndex filtered = filteredIndex(all, filter);
    QVERIFY(filtered.size() > 0);
    QCOMPARE(filtered.categories(), all.categories());
    QCOMPARE(filtered.actorOffsets().size(), std::size_t(filtered.size()) + 1);
    QCOMPARE(filtered.actorOffsets().back(), quint32(filtered.actorIds().size()));
    qint64 longest = 0;
    qint64 latest = filtered.end(0);
    for (qsizetype row = 0; row < filtered.size(); ++row) {
        if (row > 0)
            QVERIFY(filtered.start(row - 1) <= filtered.start(row));
        const qsizetype source = all.rowOf(filtered.id(row));
        QCOMPARE(filtered.category(row), all.category(source));
        QCOMPARE(filtered.isSpan(row), all.isSpan(source));
        QCOMPARE(filtered.startPrecision(row), all.startPrecision(source));
        const std::vector<quint32> mine(filtered.actorIds().begin() + filtered.actorOffsets()[std::size_t(row)],
                                        filtered.actorIds().begin() + filtered.actorOffsets()[std::size_t(row) + 1]);
        const std::vector<quint32> theirs(all.actorIds().begin() + all.actorOffsets()[std::size_t(source)],
                                          all.actorIds().begin() + all.actorOffsets()[std::size_t(source) + 1]);
        QCOMPARE(mine, theirs);
        longest = std::max(longest, filtered.end(row) - filtered.start(row));
        latest = std::max(latest, filtered.end(row));
    }
    QCOMPARE(filtered.maximumDuration(), longest);
    QCOMPARE(filtered.latest(), latest);
    // The windowed search relies on maximumDuration(): it must find what a scan finds.
    const qint64 from = filtered.start(filtered.size() / 2);
    const qint64 to = from + 200'000'000;
    std::vector<quint32> scanned;
    for (qsizetype row = 0; row < filtered.size(); ++row) {
        if (filtered.start(row) < to && filtered.end(row) > from)
            scanned.push_back(quint32(row));
    }
    QCOMPARE(filtered.rowsOverlapping(from, to), scanned);
}

void tst_ViewFilter::nastyCategoryNamesMatchOnlyThemselves_data()
{
    QTest::addColumn<int>("which");
    const QStringList nasty = nastyCategories();
    for (int i = 0; i < nasty.size(); ++i)
        QTest::newRow(QByteArray::number(i) + " " + nasty.at(i).left(12).toUtf8().toPercentEncoding()) << i;
}

void tst_ViewFilter::nastyCategoryNamesMatchOnlyThemselves()
{
    QFETCH(int, which);
    const QStringList nasty = nastyCategories();
    AtlasData data;
    for (int i = 0; i < nasty.size(); ++i) {
        Event event;
        event.id = i + 1;
        event.category = nasty.at(i);
        event.when.start = HistoricalDate(qint64(i) * 86'400, Precision::Day);
        data.events.append(event);
    }
    const EventIndex all = EventIndex::fromAtlas(data);
    ViewFilter filter;
    filter.categories = {nasty.at(which)};
    const EventIndex filtered = filteredIndex(all, filter);
    QCOMPARE(filtered.size(), 1);
    QCOMPARE(filtered.id(0), ItemId(which + 1));
}

void tst_ViewFilter::normalizedFiltersCompareEqual()
{
    ViewFilter a;
    a.actors = {5, 2, 5, 9};
    a.categories = {QStringLiteral("b"), QStringLiteral("%"), QStringLiteral("b"), QString(QChar(0))};
    a.minimumImportance = 9;
    a.rangeStart = 100;
    a.rangeEnd = 50; // no range
    ViewFilter b;
    b.actors = {9, 2, 5};
    b.categories = {QString(QChar(0)), QStringLiteral("%"), QStringLiteral("b")};
    b.minimumImportance = 5;
    QVERIFY(!(a == b));
    QCOMPARE(a.normalized(), b.normalized());
    QCOMPARE(a.normalized().actors, (QList<ItemId>{2, 5, 9}));
    QCOMPARE(a.normalized().rangeStart, 0);
    QCOMPARE(a.normalized().normalized(), a.normalized());
    ViewFilter low;
    low.minimumImportance = -3;
    QVERIFY(low.isEmpty());
    QVERIFY(!a.isEmpty());
}

void tst_ViewFilter::everyKnownKindIsAllKinds()
{
    ViewFilter filter;
    filter.relationKinds = knownRelationKinds();
    QVERIFY(filter.isEmpty());
    filter.relationKinds &= ~(1u << unsigned(RelationKind::Other));
    QVERIFY(!filter.isEmpty());
    QVERIFY(!filter.showsRelationKind(RelationKind::Other));
    QVERIFY(filter.showsRelationKind(RelationKind::War));
}

void tst_ViewFilter::viewStateStoresNormalized()
{
    ViewState state;
    QSignalSpy changed(&state, &ViewState::filterChanged);
    ViewFilter filter;
    filter.actors = {3, 1, 3};
    state.setFilter(filter);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(state.filter().actors, (QList<ItemId>{1, 3}));
    filter.actors = {1, 3};
    state.setFilter(filter);
    QCOMPARE(changed.size(), 1); // equal once normalized: no signal
}

void tst_ViewFilter::relationPasses_data()
{
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<ViewFilter>("filter");
    QTest::addColumn<bool>("passes");
    const qint64 year = 365 * 86'400;
    ViewFilter none;
    ViewFilter noWars;
    noWars.relationKinds = ViewFilter::allRelationKinds() & ~(1u << unsigned(RelationKind::War));
    ViewFilter fifties;
    fifties.rangeStart = 0;
    fifties.rangeEnd = 10 * year;
    ViewFilter actorThree;
    actorThree.actors = {3};
    QTest::newRow("no filter") << makeRelation(1, 1, 2, RelationKind::War, 0, year) << none << true;
    QTest::newRow("hidden kind") << makeRelation(1, 1, 2, RelationKind::War, 0, year) << noWars << false;
    QTest::newRow("shown kind") << makeRelation(1, 1, 2, RelationKind::Treaty, 0, year) << noWars << true;
    QTest::newRow("before range") << makeRelation(1, 1, 2, RelationKind::Treaty, -5 * year, -year) << fifties << false;
    QTest::newRow("open end before range") << makeRelation(1, 1, 2, RelationKind::Treaty, -5 * year, std::nullopt) << fifties << true;
    QTest::newRow("after range") << makeRelation(1, 1, 2, RelationKind::Treaty, 11 * year, 12 * year) << fifties << false;
    QTest::newRow("overlaps range end") << makeRelation(1, 1, 2, RelationKind::Treaty, 9 * year, 12 * year) << fifties << true;
    QTest::newRow("source chosen") << makeRelation(1, 3, 2, RelationKind::Treaty, 0, year) << actorThree << true;
    QTest::newRow("target chosen") << makeRelation(1, 2, 3, RelationKind::Treaty, 0, year) << actorThree << true;
    QTest::newRow("neither chosen") << makeRelation(1, 1, 2, RelationKind::Treaty, 0, year) << actorThree << false;
}

void tst_ViewFilter::relationPasses()
{
    QFETCH(Relation, relation);
    QFETCH(ViewFilter, filter);
    QFETCH(bool, passes);
    QCOMPARE(Annals::relationPasses(relation, filter), passes);
}

void tst_ViewFilter::actorPassesWithPartners()
{
    const qint64 year = 365 * 86'400;
    const QList<Relation> relations = {
        makeRelation(1, 1, 2, RelationKind::Alliance, 0, year),
        makeRelation(2, 3, 1, RelationKind::War, 0, year),
        makeRelation(3, 4, 5, RelationKind::Alliance, 0, year),
        makeRelation(4, 1, 6, RelationKind::Treaty, 20 * year, 21 * year),
    };
    ViewFilter filter;
    QVERIFY(actorPasses(5, filter, relations));
    QVERIFY(actorsShown(filter, relations).isEmpty());
    filter.actors = {1};
    QVERIFY(actorPasses(1, filter, relations));
    QVERIFY(actorPasses(2, filter, relations));
    QVERIFY(actorPasses(3, filter, relations));
    QVERIFY(actorPasses(6, filter, relations));
    QVERIFY(!actorPasses(4, filter, relations));
    QCOMPARE(actorsShown(filter, relations), (QSet<ItemId>{1, 2, 3, 6}));
    filter.relationKinds &= ~(1u << unsigned(RelationKind::War));
    filter.rangeStart = 0;
    filter.rangeEnd = 2 * year;
    QVERIFY(!actorPasses(3, filter, relations));
    QVERIFY(!actorPasses(6, filter, relations));
    QCOMPARE(actorsShown(filter, relations), (QSet<ItemId>{1, 2}));
    for (ItemId id = 1; id <= 6; ++id)
        QCOMPARE(actorPasses(id, filter, relations), actorsShown(filter, relations).contains(id));
}

void tst_ViewFilter::filteredEventsFollowTheEventConditions()
{
    ViewState state;
    FilteredEvents events(&state);
    QSignalSpy changed(&events, &FilteredEvents::eventsChanged);
    const auto all = std::make_shared<const EventIndex>(EventIndex::fromAtlas(randomAtlas(5, 200)));
    events.setSource(all);
    QCOMPARE(events.events(), all); // nothing filtered: the same index, no copy
    QVERIFY(!events.isFiltering());

    ViewFilter kinds;
    kinds.relationKinds = 1u << unsigned(RelationKind::War);
    state.setFilter(kinds);
    QCOMPARE(changed.size(), 0); // relation kinds change no event

    ViewFilter important = kinds;
    important.minimumImportance = 5;
    state.setFilter(important);
    QCOMPARE(changed.size(), 1);
    QVERIFY(events.isFiltering());
    QVERIFY(*events.events() == filteredIndex(*all, important));

    state.setFilter(ViewFilter{});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(events.events(), all);

    state.setFilter(important);
    events.setSource(nullptr);
    QVERIFY(!events.events());
}

QTEST_GUILESS_MAIN(tst_ViewFilter)
#include "tst_viewfilter.moc"
