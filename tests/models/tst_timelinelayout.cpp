// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's layout, without a window: what is drawn where, at random
// zooms over random atlases, checked against brute force.
#include "actornames.h"
#include "eventindex.h"
#include "timelinehighlight.h"
#include "timelinelanes.h"
#include "timelinelayout.h"
#include "timescale.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Annals;

class tst_TimelineLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVisibleEventIsCountedOnce_data();
    void everyVisibleEventIsCountedOnce();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void packedRowsNeverOverlap();
    void precisionAndEraAtTheRightX_data();
    void precisionAndEraAtTheRightX();
    void denseLanesShowDensityAndTheirMostImportantEvents();
    void selectionIsLabelledFirst();
    void laneModes();
    void successiveRulersShareALane();
    void lanesOfFindsEveryLaneHoldingARow_data();
    void lanesOfFindsEveryLaneHoldingARow();
    void highlightDimsEverythingElse_data();
    void highlightDimsEverythingElse();
    void denseLanesShowTheHighlightedEvents();
    void highlightCountsFallInTheDensityColumns();
    void highlightedEventsAreLabelledFirst();

private:
    static void addLaneModeRows(); // a column "mode", a row per LaneMode
    static bool hasActor(const EventIndex &index, quint32 row, quint32 actor);
    static AtlasData randomAtlas(int events, quint32 seed, qint64 from, qint64 to);
    static TimelineLayoutParameters parameters(double viewHeight = 2000);
};

AtlasData tst_TimelineLayout::randomAtlas(int events, quint32 seed, qint64 from, qint64 to)
{
    QRandomGenerator random(seed);
    AtlasData data;
    for (int a = 1; a <= 6; ++a)
        data.actors.append({a, QStringLiteral("Actor %1").arg(a), {}, ActorKind::State, {}, {}, {}, {}});
    const QStringList categories = {QStringLiteral("war"), QStringLiteral("treaty"), QStringLiteral("summit")};
    for (int i = 0; i < events; ++i) {
        Event event;
        event.id = i + 1;
        event.title = QStringLiteral("Event number %1").arg(i + 1);
        event.category = categories.at(int(random.bounded(3)));
        event.importance = 1 + int(random.bounded(5));
        const qint64 start = from + qint64(random.bounded(1.0) * double(to - from));
        const Precision precisions[] = {Precision::Year, Precision::Month, Precision::Day, Precision::Hour};
        event.when.start = HistoricalDate(start, precisions[random.bounded(4)]);
        if (random.bounded(10) < 3) {
            const qint64 length = qint64(std::pow(10.0, 4 + random.bounded(5.0)));
            event.when.end = HistoricalDate(event.when.start.seconds() + length, Precision::Day);
            if (!event.when.end.isValid() || event.when.end.seconds() < event.when.start.seconds())
                event.when.end = {};
        }
        const int actors = 1 + int(random.bounded(2));
        for (int k = 0; k < actors; ++k)
            event.actors.append(EventActor{1 + int(random.bounded(6)), {}});
        data.events.append(event);
    }
    return data;
}

bool tst_TimelineLayout::hasActor(const EventIndex &index, quint32 row, quint32 actor)
{
    const auto &offsets = index.actorOffsets();
    const auto &actors = index.actorIds();
    return std::find(actors.begin() + offsets[row], actors.begin() + offsets[row + 1], actor)
        != actors.begin() + offsets[row + 1];
}

TimelineLayoutParameters tst_TimelineLayout::parameters(double viewHeight)
{
    TimelineLayoutParameters p;
    p.textWidth = [](const QString &text) { return 7.0 * text.size(); };
    p.title = [](ItemId id) { return QStringLiteral("Event number %1").arg(id); };
    p.top = 40;
    p.viewHeight = viewHeight;
    return p;
}

void tst_TimelineLayout::everyVisibleEventIsCountedOnce_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("mode");
    for (int events : {50, 2000, 20000}) {
        for (int mode : {int(LaneMode::Category), int(LaneMode::Actor), int(LaneMode::Packed)})
            QTest::addRow("%d events, lane mode %d", events, mode) << events << mode;
    }
}

// In a lane drawn event by event, markers, bars and cluster counts add up to
// the events that overlap the window; in a density strip, the counts add up
// to the events that start in it.
void tst_TimelineLayout::everyVisibleEventIsCountedOnce()
{
    QFETCH(int, events);
    QFETCH(int, mode);
    const qint64 from = -2'000'000'000LL;
    const qint64 to = 2'000'000'000LL;
    const AtlasData data = randomAtlas(events, quint32(events * 7 + mode), from, to);
    const EventIndex index = EventIndex::fromAtlas(data);
    const TimelineLanes lanes = TimelineLanes::build(index, LaneMode(mode), ActorNames(data));
    QRandomGenerator random(99);
    for (int trial = 0; trial < 30; ++trial) {
        const qint64 a = from + qint64(random.bounded(1.0) * double(to - from));
        const qint64 span = qint64(std::pow(10.0, 5 + random.bounded(4.7)));
        const TimeScale scale = TimeScale::fitting(a, a + span, 1200, 0);
        const TimelineScene scene = TimelineLayout::layout(index, lanes, scale, parameters(1e7));
        for (int laneIndex = 0; laneIndex < lanes.lanes().size(); ++laneIndex) {
            const auto &lane = lanes.lanes().at(laneIndex);
            const auto density = std::find_if(scene.densities.begin(), scene.densities.end(),
                                              [laneIndex](const auto &d) { return d.lane == laneIndex; });
            if (density != scene.densities.end()) {
                const qint64 first = scale.timeForX(0);
                const qint64 last = scale.timeForX(scale.width());
                quint64 expected = 0;
                for (qint64 start : lane.starts)
                    expected += start >= first && start < last;
                quint64 counted = 0;
                for (quint32 count : density->counts)
                    counted += count;
                QCOMPARE(counted, expected);
                continue;
            }
            quint64 expected = 0;
            for (quint32 row : lane.rows)
                expected += index.start(row) < scale.end() && index.end(row) > scale.start();
            quint64 counted = 0;
            for (const auto &item : scene.items)
                counted += item.lane == laneIndex;
            for (const auto &cluster : scene.clusters)
                counted += cluster.lane == laneIndex ? cluster.count : 0;
            QCOMPARE(counted, expected);
        }
    }
}

void tst_TimelineLayout::addLaneModeRows()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("category lanes") << int(LaneMode::Category);
    QTest::newRow("actor lanes") << int(LaneMode::Actor);
    QTest::newRow("packed") << int(LaneMode::Packed);
}

void tst_TimelineLayout::labelsNeverOverlap_data()
{
    addLaneModeRows();
}

void tst_TimelineLayout::labelsNeverOverlap()
{
    QFETCH(int, mode);
    const AtlasData data = randomAtlas(3000, 5, 0, 3'000'000'000LL);
    const EventIndex index = EventIndex::fromAtlas(data);
    const TimelineLanes lanes = TimelineLanes::build(index, LaneMode(mode), ActorNames(data));
    QRandomGenerator random(3);
    int labelsSeen = 0;
    for (int trial = 0; trial < 40; ++trial) {
        const qint64 a = qint64(random.bounded(3e9));
        const TimeScale scale = TimeScale::fitting(a, a + qint64(std::pow(10.0, 5 + random.bounded(4.5))), 1000, 0);
        const TimelineScene scene = TimelineLayout::layout(index, lanes, scale, parameters(800));
        labelsSeen += scene.labels.size();
        for (int i = 0; i < scene.labels.size(); ++i) {
            const QRectF rect = scene.labels.at(i).rect;
            QVERIFY(rect.left() >= 0 && rect.right() <= scale.width());
            for (int j = i + 1; j < scene.labels.size(); ++j)
                QVERIFY2(!rect.intersects(scene.labels.at(j).rect),
                         qPrintable(QStringLiteral("%1 and %2").arg(scene.labels.at(i).text, scene.labels.at(j).text)));
            // Nor over a marker or cluster of anything else.
            for (const auto &item : scene.items) {
                if (item.bar || item.row == scene.labels.at(i).row)
                    continue;
                const QRectF marker(item.x1 - 5, item.y - 5, 10, 10);
                QVERIFY(!rect.intersects(marker.adjusted(0.5, 0.5, -0.5, -0.5)));
            }
        }
    }
    QVERIFY(labelsSeen > 100); // the test looked at real labels
}

void tst_TimelineLayout::packedRowsNeverOverlap()
{
    const AtlasData data = randomAtlas(400, 11, 0, 1'000'000'000LL);
    const EventIndex index = EventIndex::fromAtlas(data);
    const TimelineLanes lanes = TimelineLanes::build(index, LaneMode::Packed, ActorNames(data));
    QRandomGenerator random(17);
    for (int trial = 0; trial < 30; ++trial) {
        const qint64 a = qint64(random.bounded(1e9));
        const TimeScale scale = TimeScale::fitting(a, a + qint64(std::pow(10.0, 6 + random.bounded(2.5))), 1400, 0);
        // Tall enough that nothing overflows into the last row.
        TimelineLayoutParameters p = parameters(1e6);
        const TimelineScene scene = TimelineLayout::layout(index, lanes, scale, p);
        struct Extent {
            double left, right, y;
        };
        std::vector<Extent> extents;
        for (const auto &item : scene.items)
            extents.push_back(item.bar ? Extent{item.x1, item.x2, item.y} : Extent{item.x1 - 5, item.x1 + 5, item.y});
        for (const auto &cluster : scene.clusters)
            extents.push_back({cluster.x - 8, cluster.x + 8, cluster.y});
        for (std::size_t i = 0; i < extents.size(); ++i) {
            for (std::size_t j = i + 1; j < extents.size(); ++j) {
                if (extents[i].y != extents[j].y)
                    continue;
                const bool overlap = extents[i].left < extents[j].right && extents[j].left < extents[i].right;
                QVERIFY2(!overlap, qPrintable(QStringLiteral("row at y=%1: [%2, %3] and [%4, %5]")
                                                  .arg(extents[i].y)
                                                  .arg(extents[i].left)
                                                  .arg(extents[i].right)
                                                  .arg(extents[j].left)
                                                  .arg(extents[j].right)));
            }
        }
    }
}

void tst_TimelineLayout::precisionAndEraAtTheRightX_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("periodStart");
    QTest::addColumn<QString>("periodEnd");
    QTest::newRow("a year in BCE") << "44 BCE" << "1 Jan 44 BCE" << "1 Jan 43 BCE";
    QTest::newRow("1 BCE runs into 1 CE") << "1 BCE" << "1 Jan 1 BCE" << "1 Jan 1";
    QTest::newRow("a month") << "Oct 1959" << "1 Oct 1959" << "1 Nov 1959";
    QTest::newRow("a leap February") << "Feb 2024" << "1 Feb 2024" << "1 Mar 2024";
    QTest::newRow("a decade") << "1950s" << "1 Jan 1950" << "1 Jan 1960";
}

// A moment known to a coarse precision is drawn across its whole period,
// starting and ending at the period's own x, with soft edges.
void tst_TimelineLayout::precisionAndEraAtTheRightX()
{
    QFETCH(QString, date);
    QFETCH(QString, periodStart);
    QFETCH(QString, periodEnd);
    const DateParseResult parsed = DateParser::parse(date);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const qint64 start = DateParser::parse(periodStart).date.seconds();
    const qint64 end = DateParser::parse(periodEnd).date.seconds();

    AtlasData data;
    Event event;
    event.id = 1;
    event.title = QStringLiteral("Known to its %1").arg(precisionKey(parsed.date.precision()));
    event.when.start = parsed.date;
    data.events = {event};
    const EventIndex index = EventIndex::fromAtlas(data);
    const TimelineLanes lanes = TimelineLanes::build(index, LaneMode::Category, ActorNames(data));
    const qint64 length = end - start;
    const TimeScale scale = TimeScale::fitting(start - length, end + length, 1200, 0);
    const TimelineScene scene = TimelineLayout::layout(index, lanes, scale, parameters());
    QCOMPARE(scene.items.size(), 1);
    const auto &item = scene.items.first();
    QVERIFY(item.bar);
    QVERIFY(item.softEdges);
    QVERIFY(std::abs(item.x1 - scale.xForTime(start)) <= 0.5);
    QVERIFY(std::abs(item.x2 - scale.xForTime(end)) <= 0.5);

    // Zoomed far out, the same event is a single marker at its period's centre.
    const TimeScale wide = TimeScale::fitting(start - 5000 * length, end + 5000 * length, 1200, 0);
    const TimelineScene far = TimelineLayout::layout(index, lanes, wide, parameters());
    QCOMPARE(far.items.size(), 1);
    QVERIFY(!far.items.first().bar);
    QVERIFY(std::abs(far.items.first().x1 - (wide.xForTime(start) + wide.xForTime(end)) / 2) <= 0.5);
}

void tst_TimelineLayout::denseLanesShowDensityAndTheirMostImportantEvents()
{
    const AtlasData data = randomAtlas(20000, 21, 0, 1'000'000'000LL);
    const EventIndex index = EventIndex::fromAtlas(data);
    const TimelineLanes lanes = TimelineLanes::build(index, LaneMode::Packed, ActorNames(data));
    const TimeScale scale = TimeScale::fitting(0, 1'000'000'000LL, 1000, 0);
    const TimelineScene scene = TimelineLayout::layout(index, lanes, scale, parameters(800));
    QCOMPARE(scene.densities.size(), 1);
    QVERIFY(scene.clusters.isEmpty());
    QVERIFY(!scene.items.isEmpty());
    QVERIFY(!scene.labels.isEmpty());
    for (const auto &item : scene.items)
        QVERIFY(index.importance(item.row) >= 4);
    // Far fewer things drawn than events: the frame costs pixels, not events.
    QVERIFY(scene.items.size() < 50);
}

void tst_TimelineLayout::selectionIsLabelledFirst()
{
    const AtlasData data = randomAtlas(600, 8, 0, 100'000'000LL);
    const EventIndex index = EventIndex::fromAtlas(data);
    const TimelineLanes lanes = TimelineLanes::build(index, LaneMode::Category, ActorNames(data));
    const TimeScale scale = TimeScale::fitting(0, 100'000'000LL, 1200, 0);
    TimelineLayoutParameters p = parameters();
    // Pick an unimportant event that is drawn on its own.
    const TimelineScene before = TimelineLayout::layout(index, lanes, scale, p);
    ItemId chosen = 0;
    for (const auto &item : before.items) {
        if (index.importance(item.row) == 1 && !item.bar && item.x1 > 50 && item.x1 < 900) {
            const bool labelled = std::any_of(before.labels.begin(), before.labels.end(),
                                              [&](const auto &label) { return label.row == item.row; });
            if (!labelled) {
                chosen = index.id(item.row);
                break;
            }
        }
    }
    if (chosen == 0)
        QSKIP("no unlabelled single marker in this random atlas");
    p.selectedEvent = chosen;
    const TimelineScene after = TimelineLayout::layout(index, lanes, scale, p);
    const bool labelled = std::any_of(after.labels.begin(), after.labels.end(),
                                      [&](const auto &label) { return index.id(label.row) == chosen; });
    QVERIFY(labelled);
    const bool selected = std::any_of(after.items.begin(), after.items.end(),
                                      [&](const auto &item) { return item.selected && index.id(item.row) == chosen; });
    QVERIFY(selected);
}

void tst_TimelineLayout::laneModes()
{
    AtlasData data = randomAtlas(300, 4, 0, 1'000'000LL);
    data.events[0].actors.clear();
    const EventIndex index = EventIndex::fromAtlas(data);
    const ActorNames names(data);

    const TimelineLanes byCategory = TimelineLanes::build(index, LaneMode::Category, names);
    QCOMPARE(byCategory.lanes().size(), 3);
    std::size_t total = 0;
    for (const auto &lane : byCategory.lanes())
        total += lane.rows.size();
    QCOMPARE(total, std::size_t(index.size()));

    // An event with several actors is in each of their lanes; one without is
    // in the "No actor" lane, last.
    const TimelineLanes byActor = TimelineLanes::build(index, LaneMode::Actor, names);
    std::size_t memberships = 0;
    for (qsizetype row = 0; row < index.size(); ++row) {
        QSet<quint32> distinct;
        for (quint32 k = index.actorOffsets()[std::size_t(row)]; k < index.actorOffsets()[std::size_t(row) + 1]; ++k)
            distinct.insert(index.actorIds()[k]);
        memberships += std::max<qsizetype>(1, distinct.size());
    }
    total = 0;
    for (const auto &lane : byActor.lanes()) {
        total += lane.rows.size();
        QVERIFY(std::is_sorted(lane.starts.begin(), lane.starts.end()));
    }
    QCOMPARE(total, memberships);
    QCOMPARE(byActor.lanes().last().actorId, ItemId(0));
    QCOMPARE(byActor.lanes().first().title.left(6), QStringLiteral("Actor "));

    const TimelineLanes packed = TimelineLanes::build(index, LaneMode::Packed, names);
    QCOMPARE(packed.lanes().size(), 1);
    QCOMPARE(packed.lanes().first().rows.size(), std::size_t(index.size()));
}

void tst_TimelineLayout::successiveRulersShareALane()
{
    AtlasData data;
    const auto year = [](const char *text) { return DateParser::parse(QString::fromLatin1(text)).date; };
    for (int id = 1; id <= 3; ++id)
        data.actors.append({id, QStringLiteral("Ruler %1").arg(id), {}, ActorKind::Person, {}, {}, {}, {}});
    data.actors.append({4, QStringLiteral("State A"), {}, ActorKind::State, {}, {}, {}, {}});
    data.actors.append({5, QStringLiteral("State B"), {}, ActorKind::State, {}, {}, {}, {}});
    data.actors.append({10, QStringLiteral("Dynasty"), {}, ActorKind::Group, {}, {}, {}, {}});
    data.actors.append({11, QStringLiteral("Conference"), {}, ActorKind::Group, {}, {}, {}, {}});
    auto member = [&](ItemId id, ItemId who, ItemId group, const char *from, const char *to) {
        Relation relation;
        relation.id = id;
        relation.sourceId = who;
        relation.targetId = group;
        relation.kind = RelationKind::Membership;
        relation.when.start = year(from);
        if (to)
            relation.when.end = year(to);
        data.relations.append(relation);
    };
    member(1, 1, 10, "1948", "1994");
    member(2, 2, 10, "1994", "2011"); // hands over within the year the last ends
    member(3, 3, 10, "2012", nullptr);
    member(4, 4, 11, "2003", "2009"); // members at the same time: not a succession
    member(5, 5, 11, "2003", "2009");
    for (int id = 1; id <= 5; ++id) {
        Event event;
        event.id = id;
        event.title = QStringLiteral("Event %1").arg(id);
        event.when.start = year(id <= 3 ? "1990" : "2005");
        event.actors = {EventActor{id, {}}};
        data.events.append(event);
    }
    Event together; // two rulers in one event: one entry in the shared lane
    together.id = 6;
    together.title = QStringLiteral("Handover");
    together.when.start = year("1994");
    together.actors = {EventActor{1, {}}, EventActor{2, {}}};
    data.events.append(together);

    const QHash<quint32, quint32> shared = TimelineLanes::successionGroups(data);
    QCOMPARE(shared.size(), 3);
    QCOMPARE(shared.value(1), 10u);
    QCOMPARE(shared.value(3), 10u);
    QVERIFY(!shared.contains(4));

    const EventIndex index = EventIndex::fromAtlas(data);
    const TimelineLanes lanes = TimelineLanes::build(index, LaneMode::Actor, ActorNames(data), shared);
    QStringList titles;
    for (const auto &lane : lanes.lanes())
        titles << lane.title;
    QCOMPARE(lanes.lanes().size(), 3);
    QVERIFY(titles.contains(QStringLiteral("Dynasty")));
    QVERIFY(!titles.contains(QStringLiteral("Ruler 1")));
    QVERIFY(titles.contains(QStringLiteral("State A")) && titles.contains(QStringLiteral("State B")));
    QCOMPARE(lanes.lanes().first().title, QStringLiteral("Dynasty"));
    QCOMPARE(lanes.lanes().first().rows.size(), std::size_t(4));
}

void tst_TimelineLayout::lanesOfFindsEveryLaneHoldingARow_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("shared");
    QTest::newRow("category lanes") << int(LaneMode::Category) << false;
    QTest::newRow("actor lanes") << int(LaneMode::Actor) << false;
    QTest::newRow("actor lanes, two actors sharing one") << int(LaneMode::Actor) << true;
    QTest::newRow("packed") << int(LaneMode::Packed) << false;
}

// lanesOf() answers without looking at the lanes' rows; the rows are the truth.
void tst_TimelineLayout::lanesOfFindsEveryLaneHoldingARow()
{
    QFETCH(int, mode);
    QFETCH(bool, shared);
    AtlasData data = randomAtlas(500, 13, 0, 1'000'000'000LL);
    Event alone; // no actor: a lane of its own in actor mode
    alone.id = 10'000;
    alone.title = QStringLiteral("Nobody's");
    alone.when.start = HistoricalDate(5'000'000, Precision::Day);
    data.events.append(alone);
    QHash<quint32, quint32> sharedLanes;
    if (shared) {
        sharedLanes.insert(1, 2); // actor 1's events go to actor 2's lane
        sharedLanes.insert(2, 2);
    }
    const EventIndex index = EventIndex::fromAtlas(data);
    const TimelineLanes lanes = TimelineLanes::build(index, LaneMode(mode), ActorNames(data), sharedLanes);
    QVERIFY(lanes.lanes().size() >= (mode == int(LaneMode::Packed) ? 1 : 3));
    TimelineLanes::LaneList found;
    for (quint32 row = 0; row < quint32(index.size()); ++row) {
        lanes.lanesOf(index, row, &found);
        QVERIFY(!found.isEmpty());
        for (int lane = 0; lane < lanes.lanes().size(); ++lane) {
            const auto &rows = lanes.lanes().at(lane).rows;
            const bool holds = std::find(rows.begin(), rows.end(), row) != rows.end();
            QVERIFY2(holds == found.contains(lane), qPrintable(QStringLiteral("row %1, lane %2").arg(row).arg(lane)));
        }
    }
}

void tst_TimelineLayout::highlightDimsEverythingElse_data()
{
    addLaneModeRows();
}

// With actor 2 highlighted, at zooms from whole to hours: exactly the events
// without actor 2 are dimmed, clusters count their actor-2 events, and
// density strips put each of those in the column that counts it.
void tst_TimelineLayout::highlightDimsEverythingElse()
{
    QFETCH(int, mode);
    const qint64 from = 0;
    const qint64 to = 2'000'000'000LL;
    const AtlasData data = randomAtlas(6000, 31, from, to);
    const EventIndex index = EventIndex::fromAtlas(data);
    const TimelineLanes lanes = TimelineLanes::build(index, LaneMode(mode), ActorNames(data));
    const TimelineHighlight highlight = TimelineHighlight::build(index, lanes, {2});
    QVERIFY(highlight.isActive());
    std::vector<quint32> expectedRows;
    for (quint32 row = 0; row < quint32(index.size()); ++row) {
        if (hasActor(index, row, 2))
            expectedRows.push_back(row);
    }
    QCOMPARE(highlight.rows(), expectedRows);
    QVERIFY(expectedRows.size() > 500);

    TimelineLayoutParameters p = parameters(1e7);
    p.highlight = &highlight;
    QRandomGenerator random(5);
    int dimmedSeen = 0;
    int litSeen = 0;
    int densitiesSeen = 0;
    int clustersLit = 0;
    for (int trial = 0; trial < 30; ++trial) {
        // The whole atlas first, where lanes are dense; then anywhere.
        const qint64 a = trial == 0 ? from : from + qint64(random.bounded(1.0) * double(to - from));
        const qint64 span = trial == 0 ? to - from : qint64(std::pow(10.0, 4 + random.bounded(5.3)));
        const TimeScale scale = TimeScale::fitting(a, a + span, 1200, 0);
        const TimelineScene scene = TimelineLayout::layout(index, lanes, scale, p);
        for (const auto &item : scene.items) {
            QCOMPARE(item.dimmed, !hasActor(index, item.row, 2));
            (item.dimmed ? dimmedSeen : litSeen) += 1;
        }
        for (const auto &label : scene.labels)
            QCOMPARE(label.dimmed, !hasActor(index, label.row, 2));
        for (int laneIndex = 0; laneIndex < lanes.lanes().size(); ++laneIndex) {
            const auto &lane = lanes.lanes().at(laneIndex);
            const auto density = std::find_if(scene.densities.begin(), scene.densities.end(),
                                              [laneIndex](const auto &d) { return d.lane == laneIndex; });
            if (density != scene.densities.end()) {
                ++densitiesSeen;
                QVERIFY(density->dimmed);
                QCOMPARE(density->highlightedCounts.size(), density->counts.size());
                const qint64 first = scale.timeForX(0);
                const qint64 last = scale.timeForX(scale.width());
                quint64 expected = 0;
                for (quint32 row : lane.rows)
                    expected += index.start(row) >= first && index.start(row) < last && hasActor(index, row, 2);
                quint64 counted = 0;
                for (std::size_t column = 0; column < density->counts.size(); ++column) {
                    QVERIFY(density->highlightedCounts[column] <= density->counts[column]);
                    counted += density->highlightedCounts[column];
                }
                QCOMPARE(counted, expected);
                continue;
            }
            // Drawn one by one: lit items and the clusters' highlighted
            // counts add up to actor 2's events overlapping the window.
            quint64 expected = 0;
            for (quint32 row : lane.rows)
                expected += index.start(row) < scale.end() && index.end(row) > scale.start() && hasActor(index, row, 2);
            quint64 counted = 0;
            for (const auto &item : scene.items)
                counted += item.lane == laneIndex && !item.dimmed;
            for (const auto &cluster : scene.clusters) {
                if (cluster.lane != laneIndex)
                    continue;
                QVERIFY(cluster.highlighted <= cluster.count);
                QCOMPARE(cluster.dimmed, cluster.highlighted == 0);
                clustersLit += cluster.highlighted > 0;
                counted += cluster.highlighted;
            }
            QCOMPARE(counted, expected);
        }
    }
    // The trials saw every kind of thing they check.
    QVERIFY(dimmedSeen > 0 && litSeen > 0 && densitiesSeen > 0 && clustersLit > 0);

    // Without the highlight nothing is dimmed.
    p.highlight = nullptr;
    const TimelineScene plain = TimelineLayout::layout(index, lanes, TimeScale::fitting(from, to, 1200, 0), p);
    for (const auto &item : plain.items)
        QVERIFY(!item.dimmed);
    for (const auto &density : plain.densities)
        QVERIFY(!density.dimmed && density.highlightedCounts.empty());
}

// A dense lane names the highlighted events, however unimportant, rather
// than the most important of the dimmed ones.
void tst_TimelineLayout::denseLanesShowTheHighlightedEvents()
{
    const AtlasData data = randomAtlas(20000, 21, 0, 1'000'000'000LL);
    const EventIndex index = EventIndex::fromAtlas(data);
    const TimelineLanes lanes = TimelineLanes::build(index, LaneMode::Packed, ActorNames(data));
    const TimeScale scale = TimeScale::fitting(0, 1'000'000'000LL, 1000, 0);
    const TimelineHighlight highlight = TimelineHighlight::build(index, lanes, {4});
    TimelineLayoutParameters p = parameters(800);
    p.highlight = &highlight;
    const TimelineScene scene = TimelineLayout::layout(index, lanes, scale, p);
    QCOMPARE(scene.densities.size(), 1);
    QVERIFY(scene.items.size() >= 5);
    for (const auto &item : scene.items) {
        QVERIFY(!item.dimmed);
        QVERIFY(hasActor(index, item.row, 4));
    }
    QVERIFY(!scene.labels.isEmpty());
}

// A pixel 60.4 s wide and an event of each of two actors every minute: the
// minute starting a column often lies a fraction of a second before the
// column's exact x, and must still be counted in it, as the density does.
void tst_TimelineLayout::highlightCountsFallInTheDensityColumns()
{
    AtlasData data;
    for (int a = 1; a <= 2; ++a)
        data.actors.append({a, QStringLiteral("Actor %1").arg(a), {}, ActorKind::State, {}, {}, {}, {}});
    for (int minute = 0; minute < 1100; ++minute) {
        for (int a = 1; a <= 2; ++a) {
            Event event;
            event.id = 2 * minute + a;
            event.title = QStringLiteral("Event %1").arg(event.id);
            event.when.start = HistoricalDate(60 * minute, Precision::Minute);
            event.actors = {EventActor{a, {}}};
            data.events.append(event);
        }
    }
    const EventIndex index = EventIndex::fromAtlas(data);
    const TimelineLanes lanes = TimelineLanes::build(index, LaneMode::Packed, ActorNames(data));
    const TimeScale scale = TimeScale::fitting(0, 60'400, 1000, 0);
    QCOMPARE(scale.secondsPerPixel(), 60.4);
    const TimelineHighlight highlight = TimelineHighlight::build(index, lanes, {2});
    TimelineLayoutParameters p = parameters(800);
    p.highlight = &highlight;
    const TimelineScene scene = TimelineLayout::layout(index, lanes, scale, p);
    QCOMPARE(scene.densities.size(), 1);
    const auto &density = scene.densities.first();
    quint32 highlighted = 0;
    for (std::size_t column = 0; column < density.counts.size(); ++column) {
        QCOMPARE(2 * density.highlightedCounts[column], density.counts[column]);
        highlighted += density.highlightedCounts[column];
    }
    QVERIFY(highlighted > 900);
}

// Three markers in one row, each label 300 px wide, with room for only one
// of A's and B's: A (important) wins on its own, B when its actor is
// highlighted, and C, which ended the selected relation, over both.
//
//   E (x 300)          A (x 500)                         B (x 840)    | 1000
//   E blocks A's left; A's right label [509, 809] and B's left [531, 831] overlap.
void tst_TimelineLayout::highlightedEventsAreLabelledFirst()
{
    const qint64 day = 86400;
    AtlasData data;
    for (int a = 1; a <= 3; ++a)
        data.actors.append({a, QStringLiteral("Actor %1").arg(a), {}, ActorKind::State, {}, {}, {}, {}});
    auto add = [&](ItemId id, qint64 x, int importance, ItemId actor) {
        Event event;
        event.id = id;
        event.title = QStringLiteral("Event %1").arg(id);
        event.category = QStringLiteral("war");
        event.importance = importance;
        event.when.start = HistoricalDate(x * day, Precision::Day);
        event.actors = {EventActor{actor, {}}};
        data.events.append(event);
    };
    add(1, 500, 5, 1); // A
    add(2, 840, 1, 2); // B
    add(3, 300, 1, 3); // E
    const EventIndex index = EventIndex::fromAtlas(data);
    const TimelineLanes lanes = TimelineLanes::build(index, LaneMode::Category, ActorNames(data));
    const TimeScale scale = TimeScale::fitting(0, 1000 * day, 1000, 0);
    TimelineLayoutParameters p = parameters(70); // one row
    p.rowsPerLane = 1;
    p.title = [](ItemId id) { return QStringLiteral("Event %1").arg(id).leftJustified(43, QLatin1Char('.')); };
    auto labelled = [&](const TimelineScene &scene) {
        QList<ItemId> ids;
        for (const auto &label : scene.labels)
            ids.append(index.id(label.row));
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const TimelineScene plain = TimelineLayout::layout(index, lanes, scale, p);
    QCOMPARE(plain.items.size(), 3);
    QCOMPARE(labelled(plain), QList<ItemId>{1});

    const TimelineHighlight actorB = TimelineHighlight::build(index, lanes, {2});
    p.highlight = &actorB;
    QCOMPARE(labelled(TimelineLayout::layout(index, lanes, scale, p)), QList<ItemId>{2});

    // Emphasised beats highlighted: actor 1 is highlighted, B ended the relation.
    const TimelineHighlight relation = TimelineHighlight::build(index, lanes, {1}, {0, 2});
    p.highlight = &relation;
    const TimelineScene emphasised = TimelineLayout::layout(index, lanes, scale, p);
    QCOMPARE(labelled(emphasised), QList<ItemId>{2});
    for (const auto &item : emphasised.items) {
        QCOMPARE(item.emphasised, index.id(item.row) == 2);
        QCOMPARE(item.dimmed, index.id(item.row) == 3);
    }
}

QTEST_GUILESS_MAIN(tst_TimelineLayout)
#include "tst_timelinelayout.moc"
