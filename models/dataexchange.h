// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascsv.h"
#include "atlasimport.h"
#include "domain.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Annals {

class Atlas;

// The formats an atlas's data goes in and out in, besides the atlas file
// itself (docs/FORMATS.md).
enum class DataFormat { TimelineJs, Csv, Gexf, GraphMl };

// Files in other formats, by name: which format a path's extension names,
// reading one into an import and writing an atlas's data out. The one place
// the command line and the File menu share, so that both read and write the
// same way.
class DataExchange
{
    Q_DECLARE_TR_FUNCTIONS(Annals::DataExchange)
public:
    // .json (TimelineJS), .csv, .tsv and .txt (CSV), .gexf, .graphml.
    static std::optional<DataFormat> formatFor(const QString &path);
    static bool canImport(DataFormat format) { return format != DataFormat::GraphMl; }
    // "TimelineJS", "CSV", ...
    static QString formatName(DataFormat format);
    // For file dialogs: "TimelineJS (*.json);;CSV (*.csv *.tsv *.txt);;…".
    static QString importFilter();
    static QString exportFilter();

    // Reads `path` and runs its format's importer against `into`. A file that
    // cannot be read, is bigger than the limits or has an unknown extension
    // is an error like any other; `kind` only matters for CSV.
    static ImportResult importFile(const QString &path, CsvKind kind, const AtlasData &into,
                                   const ImportLimits &limits = {});

    // The atlas's data in `format` (CSV: the items of `kind`), and what the
    // format left out.
    static QByteArray exportData(const AtlasData &data, DataFormat format, CsvKind kind, QStringList *notices);
    // The same, written to `path` all at once (QSaveFile): a failed export
    // leaves nothing behind and an existing file as it was.
    static bool exportFile(const AtlasData &data, const QString &path, CsvKind kind, QStringList *notices,
                           QString *error);

    // Makes a new atlas at `atlasPath` (which must not exist) holding the
    // bundle, with its title (else `fallbackTitle`), description, author and
    // licence. On any error no file is left behind.
    static bool writeNewAtlas(const QString &atlasPath, const ImportBundle &bundle, const QString &fallbackTitle,
                              QString *error);

    // `annals --import IN --into ATLAS`: imports into the atlas at
    // `atlasPath`, making it first when it does not exist (named after the
    // import's title, else the file). All or nothing: on any error the atlas
    // is as it was, and one made for the import is removed again. `summary`
    // says what was added ("24 events and 3 sources").
    static bool importIntoFile(const QString &inputPath, const QString &atlasPath, CsvKind kind,
                               QStringList *notices, QString *summary, QStringList *errors);
};

} // namespace Annals
