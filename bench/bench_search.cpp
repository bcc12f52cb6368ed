// SPDX-License-Identifier: GPL-3.0-or-later
// Search's budget: the first results of a query, grouped by kind, within
// 50 ms on a million events. The generated atlas's text is harsh on search:
// every event is titled "Event N" (one word in a million titles) and has one
// of 13 category words (the commonest in ~20 % of events); no descriptions.
#include "atlas.h"
#include "atlassearch.h"
#include "benchatlases.h"

#include <benchmark/benchmark.h>

namespace {

using Annals::Atlas;

Atlas *benchmarkAtlas(benchmark::State &state)
{
    QString error;
    Atlas *atlas = Annals::Bench::openedBenchmarkAtlas(Annals::Bench::parametersFor(state.range(0)), &error);
    if (!atlas)
        state.SkipWithError(qPrintable(error));
    return atlas;
}

// What the search box asks for on each keystroke: eight hits of each kind,
// with their snippets and an event's dates.
constexpr std::array<int, Annals::searchGroupCount> firstPage = {8, 8, 8, 8};

void searchFor(benchmark::State &state, const QStringList &queries)
{
    Atlas *atlas = benchmarkAtlas(state);
    if (!atlas)
        return;
    qsizetype next = 0;
    int hits = 0;
    for (auto _ : state) {
        const Annals::SearchResults results = atlas->search(queries.at(next), firstPage);
        if (!results.error.isEmpty()) {
            state.SkipWithError(qPrintable(results.error));
            return;
        }
        for (const auto &group : results.hits)
            hits += int(group.size());
        next = (next + 1) % queries.size();
    }
    state.counters["hits_per_query"] = benchmark::Counter(double(hits) / double(state.iterations()));
}

// A user typing, keystroke by keystroke, words of every frequency: the
// budget's figure is the mean over these.
void BM_Search(benchmark::State &state)
{
    searchFor(state, {QStringLiteral("w"), QStringLiteral("wa"), QStringLiteral("war"), QStringLiteral("war e"),
                      QStringLiteral("war ev"), QStringLiteral("war eve"), QStringLiteral("war event"),
                      QStringLiteral("a"), QStringLiteral("ac"), QStringLiteral("actor"), QStringLiteral("actor 12"),
                      QStringLiteral("relig"), QStringLiteral("zz"), QStringLiteral("zzz"), QStringLiteral("5"),
                      QStringLiteral("500"), QStringLiteral("500000")});
}
BENCHMARK(BM_Search)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// Single queries, to find the slowest kind of word.
void BM_SearchQuery(benchmark::State &state, const char *query)
{
    searchFor(state, {QString::fromUtf8(query)});
}
// In every event's title.
BENCHMARK_CAPTURE(BM_SearchQuery, every_title, "event")->Arg(1'000'000)->Unit(benchmark::kMillisecond);
// A prefix of it: the prefix index's case.
BENCHMARK_CAPTURE(BM_SearchQuery, prefix_of_every_title, "eve")->Arg(1'000'000)->Unit(benchmark::kMillisecond);
// The commonest category: in a fifth of the bodies, no title.
BENCHMARK_CAPTURE(BM_SearchQuery, common_body_word, "war")->Arg(1'000'000)->Unit(benchmark::kMillisecond);
// A five-letter prefix beyond the prefix index, of a common word.
BENCHMARK_CAPTURE(BM_SearchQuery, long_prefix, "relig")->Arg(1'000'000)->Unit(benchmark::kMillisecond);
// Two common words that never meet in one entry: every pass runs dry.
BENCHMARK_CAPTURE(BM_SearchQuery, common_words_never_together, "war religion")->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchQuery, no_match, "zzzz")->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchQuery, one_item, "734521")->Arg(1'000'000)->Unit(benchmark::kMillisecond);

} // namespace
