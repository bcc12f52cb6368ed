// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasimport.h"
#include "domain.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <utility>

namespace Annals {

// TimelineJS3 JSON in and out (https://timeline.knightlab.com/docs/json-format.html).
//
// | TimelineJS3                                  | Annals                                              |
// |----------------------------------------------|-----------------------------------------------------|
// | title.text.headline (HTML)                   | meta.title (plain text)                             |
// | title.text.text (HTML)                       | meta.description (Markdown)                         |
// | title.media                                  | a source cited by the atlas (kind "atlas", id 0)    |
// | events[].start_date / end_date               | Event::when; precision = finest part given          |
// |   year (number or numeric string, < 0 ok)    |   astronomical year, -13800000000 fits              |
// |   month, day, hour, minute                   |   month .. minute precision                         |
// |   second, millisecond ≠ 0                    |   dropped (minutes kept), one notice per row        |
// |   "" for a part                              |   the part is absent                                |
// | events[].display_date, else the dates'       | Event::displayDate ("A – B" for start and end);     |
// |   display_date                               |   when it reads as the given date at a coarser or   |
// |                                              |   approximate precision ("1950s", "c. 1200",        |
// |                                              |   "20th century", "65 million years ago"), that     |
// |                                              |   precision is restored and displayDate stays empty |
// | events[].text.headline (HTML)                | Event::title (plain text; empty: the text's first   |
// |                                              |   words, else "Untitled event", with a notice)      |
// | events[].text.text (HTML)                    | Event::description (Markdown: paragraphs, <br>,     |
// |                                              |   bold, italic, http(s) links, lists; other tags    |
// |                                              |   give their text)                                  |
// | events[].media.url (http/https)              | a Source cited by the event, reused by URL from the |
// |                                              |   atlas or the file; title = media.title, else the  |
// |                                              |   caption, else the credit, else the URL's host;    |
// |                                              |   author = credit; Citation::note = caption         |
// | media that is not an http(s) URL             | not kept (notice)                                   |
// | events[].group                               | Event::category                                     |
// | events[].unique_id                           | not kept (export writes "annals-event-<id>");       |
// |                                              |   duplicates get a notice                           |
// | background, type, autolink, scale, location, | not kept; one notice per kind with a count          |
// |   media.thumbnail/alt/link                   |                                                     |
// | eras[] start_date, end_date, text            | Era (both dates required; no headline: "Era N")     |
// | (TimelineJS 2: "timeline" object)            | error: the older format is not read                 |
// | media.url "//host/path"                      | read as https://host/path                           |
//
// Export writes the reverse: events in start order at their precision;
// decade, century, deep-time and approximate dates as the year with a
// display_date from HistoricalDate::toDisplayString(), which import reads
// back; Event::displayDate as the slide's display_date; importance becomes 3
// on the way back (TimelineJS has none); "scale" is "cosmological" when a
// year lies beyond what JavaScript's Date holds (±271821), else "human".
// Actors, relations, tours, series, event links, places and era colours are
// not part of TimelineJS: exportJson says what it left out.
//
// Errors and notices carry the line and column (column in characters, that
// is Unicode code points, from 1) of the value they are about, and its path
// ("events[3].start_date.month"); a missing field is placed at the object
// that lacks it, a syntax error at the value being read when the text broke
// off. Notices are listed in file order; the import stops looking after
// limits.maximumErrors errors.
//
// Fuzzing: TimelineJs::import(bytes, AtlasData{}, limits) takes any bytes; it
// checks the size before parsing, bounds items and text by `limits`, and
// recurses no deeper than the JSON parser allows.
class TimelineJs
{
    Q_DECLARE_TR_FUNCTIONS(Annals::TimelineJs)

public:
    // Reads TimelineJS3 JSON into a bundle for the atlas `into` (used to reuse
    // sources by URL and nothing else); errors and notices with line, column
    // and field path.
    static ImportResult import(QByteArrayView json, const AtlasData &into, const ImportLimits &limits = {});

    // The atlas as TimelineJS3 JSON that TimelineJS accepts; `notices` says
    // what was left out.
    static QByteArray exportJson(const AtlasData &data, QStringList *notices = nullptr);

    // The pieces, public for their tests.
    // Tolerant HTML to plain text (tags dropped, entities decoded, white space
    // collapsed) and to the Markdown subset above.
    static QString htmlToPlainText(QStringView html);
    static QString htmlToMarkdown(QStringView html);
    // The Markdown subset back to HTML; everything else is escaped text.
    static QString markdownToHtml(QStringView markdown);
};

// Where each value of a JSON text starts, by path: "events[3].start_date.month".
// Only for text QJsonDocument accepted.
class JsonPositions
{
public:
    // Offsets (in bytes) of the values at `paths`; paths not found are left out.
    static QHash<QString, qsizetype> find(QByteArrayView json, const QSet<QString> &paths);
    // Line and column (in characters, from 1) of a byte offset.
    static std::pair<int, int> lineAndColumn(QByteArrayView json, qsizetype offset);
};

} // namespace Annals
