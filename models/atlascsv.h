// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasimport.h"
#include "csvreader.h"
#include "domain.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Annals {

enum class CsvKind { Events, Actors, Relations };

// What a column of a CSV file can feed. Which ones apply depends on the kind;
// the TimelineJS ones (Year .. Background) only on events.
enum class CsvField {
    // events
    Title,
    Start,
    End,
    DisplayDate,
    Category,
    Place,
    Importance,
    EventActors,
    Description,
    Sources,
    // actors (and Start, End, Description)
    Name,
    NativeName,
    ActorKind,
    Colour,
    // relations (and Start, End, Description)
    SourceActor,
    TargetActor,
    RelationKind,
    Stance,
    Directed,
    Label,
    // the TimelineJS spreadsheet template (events)
    Year,
    Month,
    Day,
    Time,
    EndYear,
    EndMonth,
    EndDay,
    EndTime,
    Headline,
    Text,
    Media,
    MediaCredit,
    MediaCaption,
    MediaThumbnail,
    SlideType,
    Group,
    Background,
};

// Which file column feeds which field: `columns` maps a field to its column
// (0-based); a field not in it is not read.
//
// Dates: an event's start is read from Start when that cell is not empty,
// otherwise from the split TimelineJS parts Year, Month, Day and Time (the
// end likewise from End, or End Year .. End Time). The split parts make one
// date whose precision is the finest part given: a year alone is a year, a
// year and month a month, down to the minute. Negative years are BCE (-44 is
// 44 BCE); there is no year 0.
struct CsvColumnMapping {
    CsvKind kind = CsvKind::Events;
    bool firstRowIsHeader = true;
    QMap<CsvField, int> columns;

    int column(CsvField field) const { return columns.value(field, -1); }
    bool has(CsvField field) const { return columns.contains(field); }
};

// One column of a preset: the field, and the header text that names it in a
// file (English and stable: a file format, never translated).
struct CsvPresetColumn {
    CsvField field;
    QString header;
};

// A known layout of columns: our own export for each kind, and the TimelineJS
// spreadsheet template for events. `required` columns must be in a header for
// it to match the preset.
struct CsvPreset {
    QString name; // "Annals events", "TimelineJS spreadsheet", ... (a file format name: not translated)
    CsvKind kind = CsvKind::Events;
    QList<CsvPresetColumn> columns;
    QList<CsvField> required;

    // The mapping for a file whose header is exactly these columns in order.
    CsvColumnMapping mapping() const;
};

// CSV import and export of an atlas's events, actors and relations.
//
// The export writes the columns of the Annals presets (header row, CRLF,
// UTF-8 with a BOM). Dates are written as HistoricalDate::toDisplayString()
// shows them ("1 Oct 1959", "c. 1200", "1950s", "44 BCE"), which
// DateParser reads back to the same date. Lists inside a cell:
//   Actors:  "China; Soviet Union (ally)" — names separated by ";", a role in
//            brackets after the name. A name or role holding ";", "(", ")" or
//            "\" has them escaped with "\" ("Workers\; Party"). On import a
//            whole entry that names a known actor is taken as that name even
//            with brackets, so a hand-typed "Korea (North)" finds its actor.
//   Sources: web addresses of the cited sources separated by " ; " (an address
//            cannot hold a space, so splitting at spaces is unambiguous; a
//            lone ";" between them is dropped). Sources without an address
//            are not written.
//
// The import is all or nothing: each bad row is an error placed at its line,
// column and field, and any error means no bundle.
class AtlasCsv
{
    Q_DECLARE_TR_FUNCTIONS(Annals::AtlasCsv)
public:
    static QByteArray exportCsv(const AtlasData &data, CsvKind kind);

    static QList<CsvPreset> presets();
    static QList<CsvPreset> presets(CsvKind kind);
    static std::optional<CsvPreset> preset(const QString &name);
    // The preset whose columns the header matches (case- and space-
    // insensitive): every required column present, the most columns found.
    static std::optional<CsvPreset> presetForHeader(const QStringList &header, CsvKind kind);
    static std::optional<CsvColumnMapping> mappingForHeader(const QStringList &header, CsvKind kind);
    // The preset's columns found in the header, by their header text (the
    // first of repeated ones); an empty header maps them in the preset's order.
    static CsvColumnMapping mappingForPreset(const CsvPreset &preset, const QStringList &header);

    // The fields a mapping of this kind may set, for the dialog's combos.
    static QList<CsvField> fields(CsvKind kind);
    // What a field is called in the dialog (translated).
    static QString fieldName(CsvField field);
    // "events", "actors", "relations", translated for sentences.
    static QString kindItemsName(CsvKind kind);

    // For the command line: reads bytes, detects the delimiter and the preset
    // from the header; a header that matches no preset is an error naming the
    // columns it expected.
    static ImportResult import(QByteArrayView bytes, CsvKind kind, const AtlasData &into,
                               const ImportLimits &limits = {});
    // For the dialog: an already-read table with a chosen mapping. Row errors
    // carry the file line (CsvTable::recordLines), the column (1-based field
    // number) and, as the field, the column's header text (the field's name
    // when the file has no header).
    static ImportResult import(const CsvTable &table, const CsvColumnMapping &mapping, const AtlasData &into,
                               const ImportLimits &limits = {});

    // The cell text of an event's actors, and back (name, role).
    static QString actorsCell(const QList<std::pair<QString, QString>> &namesAndRoles);
    static QList<std::pair<QString, QString>> splitActorsCell(const QString &cell);
    // TimelineJS text as plain text: simple HTML tags dropped, <p> and <br>
    // made line breaks, the common entities decoded.
    static QString plainTextFromHtml(const QString &html);
};

} // namespace Annals
