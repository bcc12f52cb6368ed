// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataexchange.h"

#include "atlas.h"
#include "atlasconnection.h"
#include "atlaseditor.h"
#include "graphformats.h"
#include "timelinejs.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Annals {

std::optional<DataFormat> DataExchange::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return DataFormat::TimelineJs;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        return DataFormat::Csv;
    if (suffix == QLatin1String("gexf"))
        return DataFormat::Gexf;
    if (suffix == QLatin1String("graphml"))
        return DataFormat::GraphMl;
    return std::nullopt;
}

QString DataExchange::formatName(DataFormat format)
{
    switch (format) {
    case DataFormat::TimelineJs:
        return tr("TimelineJS");
    case DataFormat::Csv:
        return tr("CSV");
    case DataFormat::Gexf:
        return tr("GEXF (Gephi)");
    case DataFormat::GraphMl:
        return tr("GraphML");
    }
    return {};
}

QString DataExchange::importFilter()
{
    return tr("Everything Annals can import (*.json *.csv *.tsv *.txt *.gexf);;TimelineJS (*.json);;"
              "CSV (*.csv *.tsv *.txt);;GEXF (Gephi) (*.gexf)");
}

QString DataExchange::exportFilter()
{
    return tr("TimelineJS (*.json);;CSV (*.csv);;GEXF (Gephi) (*.gexf);;GraphML (*.graphml)");
}

ImportResult DataExchange::importFile(const QString &path, CsvKind kind, const AtlasData &into,
                                      const ImportLimits &limits)
{
    ImportResult result;
    const std::optional<DataFormat> format = formatFor(path);
    if (!format || !canImport(*format)) {
        result.errors << ImportIssue{0, 0, {},
                                     tr("Annals imports TimelineJS (.json), CSV (.csv, .tsv, .txt) and GEXF (.gexf) "
                                        "files; this one is not one of them.")};
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors << ImportIssue{0, 0, {}, tr("Could not read the file: %1").arg(file.errorString())};
        return result;
    }
    // Checked before reading, so that a huge file is refused, not loaded.
    if (file.size() > limits.maximumBytes) {
        result.errors << ImportIssue{0, 0, {},
                                     tr("The file is %1 MB; Annals imports files of up to %2 MB.")
                                         .arg(file.size() / (1024 * 1024))
                                         .arg(limits.maximumBytes / (1024 * 1024))};
        return result;
    }
    const QByteArray bytes = file.read(limits.maximumBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.errors << ImportIssue{0, 0, {}, tr("Could not read the file: %1").arg(file.errorString())};
        return result;
    }
    switch (*format) {
    case DataFormat::TimelineJs:
        return TimelineJs::import(bytes, into, limits);
    case DataFormat::Csv:
        return AtlasCsv::import(bytes, kind, into, limits);
    case DataFormat::Gexf:
        return GraphFormats::importGexf(bytes, into, limits);
    case DataFormat::GraphMl:
        break;
    }
    return result;
}

QByteArray DataExchange::exportData(const AtlasData &data, DataFormat format, CsvKind kind, QStringList *notices)
{
    switch (format) {
    case DataFormat::TimelineJs:
        return TimelineJs::exportJson(data, notices);
    case DataFormat::Csv:
        return AtlasCsv::exportCsv(data, kind);
    case DataFormat::Gexf:
        return GraphFormats::exportGexf(data);
    case DataFormat::GraphMl:
        return GraphFormats::exportGraphMl(data);
    }
    return {};
}

bool DataExchange::exportFile(const AtlasData &data, const QString &path, CsvKind kind, QStringList *notices,
                              QString *error)
{
    const std::optional<DataFormat> format = formatFor(path);
    if (!format) {
        *error = tr("Annals exports data as TimelineJS (.json), CSV (.csv), GEXF (.gexf) or GraphML (.graphml); "
                    "“%1” has none of these endings.")
                     .arg(QFileInfo(path).fileName());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    file.write(exportData(data, *format, kind, notices));
    if (!file.commit()) {
        *error = tr("Could not write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool DataExchange::writeNewAtlas(const QString &atlasPath, const ImportBundle &bundle, const QString &fallbackTitle,
                                 QString *error)
{
    const QString title = bundle.meta.title.trimmed().isEmpty() ? fallbackTitle : bundle.meta.title.trimmed();
    std::unique_ptr<Atlas> atlas = Atlas::create(atlasPath, title, error);
    if (!atlas)
        return false;
    // The import's title, description, author and licence go in with the
    // items, in one transaction.
    if (atlas->store().importBundle(bundle, error, AtlasStore::ImportMeta::Write))
        return true;
    const QString path = atlas->path();
    atlas.reset();
    QFile::remove(path);
    return false;
}

bool DataExchange::importIntoFile(const QString &inputPath, const QString &atlasPath, CsvKind kind,
                                  QStringList *notices, QString *summary, QStringList *errors)
{
    const QString inputName = QFileInfo(inputPath).fileName();
    const bool makeNew = !QFileInfo::exists(atlasPath);
    QString error;
    // The file is read first through a read-only connection, so that an
    // input with errors leaves it untouched to the byte: opening it for
    // writing would already switch its journal to write-ahead logging (and
    // migrate an older schema).
    AtlasData existing;
    if (!makeNew) {
        AtlasConnection connection;
        std::optional<AtlasData> loaded;
        if (connection.open(atlasPath, AtlasConnection::Mode::ReadOnly, &error))
            loaded = AtlasStore(connection.database()).load(&error);
        if (!loaded) {
            *errors << tr("%1 could not be read as an atlas: %2").arg(atlasPath, error);
            return false;
        }
        existing = std::move(*loaded);
    }
    const ImportResult result = importFile(inputPath, kind, existing);
    for (const ImportIssue &notice : result.notices)
        *notices << notice.toString(inputName);
    if (!result.ok()) {
        for (const ImportIssue &issue : result.errors)
            *errors << issue.toString(inputName);
        if (errors->isEmpty())
            *errors << tr("%1: nothing could be imported.").arg(inputName);
        return false;
    }
    const ImportBundle &bundle = *result.bundle;
    if (bundle.isEmpty()) {
        *errors << tr("%1: there is nothing to import.").arg(inputName);
        return false;
    }
    std::unique_ptr<Atlas> atlas;
    if (!makeNew) {
        atlas = Atlas::open(atlasPath, &error);
        if (!atlas) {
            *errors << error;
            return false;
        }
        if (atlas->isReadOnly()) {
            *errors << tr("%1: cannot import into it: %2").arg(atlasPath, atlas->readOnlyReason());
            return false;
        }
    }
    if (makeNew) {
        if (!writeNewAtlas(atlasPath, bundle, QFileInfo(inputPath).completeBaseName(), &error)) {
            *errors << error;
            return false;
        }
    } else if (!atlas->store().importBundle(bundle, &error)) {
        *errors << error;
        return false;
    }
    *summary = AtlasEditor::importSummary(bundle);
    return true;
}

} // namespace Annals
