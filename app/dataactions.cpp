// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataactions.h"

#include "atlas.h"
#include "atlaseditor.h"
#include "csvimportdialog.h"
#include "dataexchange.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QWidget>

namespace Annals {

namespace {

// More than this many problems are summed up, not listed: nobody reads 5,000.
constexpr qsizetype listedIssues = 200;

QString issueLines(const QList<ImportIssue> &issues, const QString &fileName)
{
    QStringList lines;
    for (qsizetype i = 0; i < issues.size() && i < listedIssues; ++i)
        lines << issues[i].toString(fileName);
    if (issues.size() > listedIssues)
        lines << DataActions::tr("… and %1 more.").arg(issues.size() - listedIssues);
    return lines.join(QLatin1Char('\n'));
}

QString startFolder(const Atlas *atlas)
{
    return atlas && !atlas->path().isEmpty() ? QFileInfo(atlas->path()).absolutePath()
                                             : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

DataActions::DataActions(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_import(new QAction(tr("&Import…"), this))
    , m_importAsNew(new QAction(tr("Import as Ne&w Atlas…"), this))
    , m_export(new QAction(tr("Export &Data…"), this))
    , m_runCsvDialog([](CsvImportDialog *dialog) { return dialog->exec() == QDialog::Accepted; })
    , m_askSavePath([this](const QString &suggestion) {
        return QFileDialog::getSaveFileName(m_dialogParent, tr("Save the New Atlas As"), suggestion,
                                            tr("Annals atlases (*.annals)"));
    })
{
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setStatusTip(tr("Add the events, actors and relations of a TimelineJS, CSV or GEXF file to this atlas"));
    m_importAsNew->setStatusTip(tr("Make a new atlas from a TimelineJS, CSV or GEXF file"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    m_export->setStatusTip(tr("Write this atlas's data as TimelineJS, CSV, GEXF (Gephi) or GraphML"));
    connect(m_import, &QAction::triggered, this, &DataActions::chooseImport);
    connect(m_importAsNew, &QAction::triggered, this, &DataActions::chooseImportAsNew);
    connect(m_export, &QAction::triggered, this, &DataActions::chooseExport);
    updateActions();
}

void DataActions::setAtlas(Atlas *atlas)
{
    m_atlas = atlas;
    updateActions();
}

void DataActions::updateActions()
{
    const QString why = AtlasEditor::whyUnwritable(m_atlas);
    m_import->setEnabled(why.isEmpty());
    m_import->setToolTip(why.isEmpty() ? m_import->statusTip() : why);
    m_export->setEnabled(m_atlas);
    m_export->setToolTip(m_atlas ? m_export->statusTip() : tr("Open an atlas first."));
}

std::optional<ImportBundle> DataActions::readImport(const QString &path, const AtlasData &into, QStringList *notices)
{
    const QString fileName = QFileInfo(path).fileName();
    const QString title = tr("Nothing was imported");
    if (DataExchange::formatFor(path) == DataFormat::Csv) {
        QFile file(path);
        const ImportLimits limits;
        if (!file.open(QIODevice::ReadOnly) || file.size() > limits.maximumBytes) {
            Q_EMIT failed(title,
                          file.isOpen() ? tr("%1 is larger than the %2 MB Annals imports.")
                                              .arg(fileName)
                                              .arg(limits.maximumBytes / (1024 * 1024))
                                        : tr("%1 could not be read: %2").arg(fileName, file.errorString()),
                          {});
            return std::nullopt;
        }
        CsvImportDialog dialog(file.readAll(), fileName, into, m_dialogParent);
        if (!m_runCsvDialog(&dialog))
            return std::nullopt;
        for (const ImportIssue &notice : dialog.importResult().notices)
            *notices << notice.toString(fileName);
        return dialog.bundle();
    }
    const ImportResult result = DataExchange::importFile(path, CsvKind::Events, into);
    for (const ImportIssue &notice : result.notices)
        *notices << notice.toString(fileName);
    if (!result.ok()) {
        const qsizetype count = result.errors.size();
        Q_EMIT failed(title,
                      count == 1 ? tr("%1 has a problem, so nothing was added.").arg(fileName)
                                 : tr("%1 has %2 problems, so nothing was added.").arg(fileName).arg(count),
                      issueLines(result.errors, fileName));
        return std::nullopt;
    }
    if (result.bundle->isEmpty()) {
        Q_EMIT failed(title, tr("%1 holds nothing Annals can import.").arg(fileName), {});
        return std::nullopt;
    }
    return result.bundle;
}

bool DataActions::importInto(const QString &path)
{
    if (!m_atlas)
        return false;
    if (const QString why = AtlasEditor::whyUnwritable(m_atlas); !why.isEmpty()) {
        Q_EMIT failed(tr("Nothing was imported"), why, {});
        return false;
    }
    QStringList notices;
    const std::optional<ImportBundle> bundle = readImport(path, m_atlas->data(), &notices);
    if (!bundle)
        return false;
    QString error;
    AtlasEditor editor(m_atlas);
    const QString fileName = QFileInfo(path).fileName();
    if (!editor.importBundle(*bundle, fileName, &error)) {
        Q_EMIT failed(tr("Nothing was imported"), error, {});
        return false;
    }
    QString text = tr("Imported %1 from %2.").arg(AtlasEditor::importSummary(*bundle), fileName);
    if (!notices.isEmpty())
        text += QLatin1Char(' ') + notices.join(QLatin1Char(' '));
    Q_EMIT message(text);
    return true;
}

bool DataActions::importAsNew(const QString &path, const QString &atlasPath)
{
    QStringList notices;
    const std::optional<ImportBundle> bundle = readImport(path, AtlasData{}, &notices);
    if (!bundle)
        return false;
    QString error;
    if (!DataExchange::writeNewAtlas(atlasPath, *bundle, QFileInfo(path).completeBaseName(), &error)) {
        Q_EMIT failed(tr("Nothing was imported"), error, {});
        return false;
    }
    Q_EMIT atlasMade(atlasPath);
    QString text = tr("Made %1 from %2: %3.")
                       .arg(QFileInfo(atlasPath).fileName(), QFileInfo(path).fileName(),
                            AtlasEditor::importSummary(*bundle));
    if (!notices.isEmpty())
        text += QLatin1Char(' ') + notices.join(QLatin1Char(' '));
    Q_EMIT message(text);
    return true;
}

bool DataActions::exportTo(const QString &path, CsvKind kind)
{
    if (!m_atlas)
        return false;
    QStringList notices;
    QString error;
    if (!DataExchange::exportFile(m_atlas->data(), path, kind, &notices, &error)) {
        Q_EMIT failed(tr("Nothing was exported"), error, {});
        return false;
    }
    QString text = tr("Wrote %1.").arg(QDir::toNativeSeparators(path));
    if (!notices.isEmpty())
        text += QLatin1Char(' ') + notices.join(QLatin1Char(' '));
    Q_EMIT message(text);
    return true;
}

void DataActions::chooseImport()
{
    const QString path =
        QFileDialog::getOpenFileName(m_dialogParent, tr("Import"), startFolder(m_atlas), DataExchange::importFilter());
    if (!path.isEmpty())
        importInto(path);
}

void DataActions::chooseImportAsNew()
{
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Import as New Atlas"), startFolder(m_atlas),
                                                      DataExchange::importFilter());
    if (!path.isEmpty())
        importAsNewAsking(path);
}

bool DataActions::importAsNewAsking(const QString &path)
{
    const QFileInfo input(path);
    QString atlasPath =
        m_askSavePath(input.absoluteDir().filePath(input.completeBaseName() + QStringLiteral(".annals")));
    if (atlasPath.isEmpty())
        return false;
    if (QFileInfo(atlasPath).suffix().isEmpty())
        atlasPath += QStringLiteral(".annals");
    // The dialog has already asked about replacing; a new atlas starts empty.
    if (QFileInfo::exists(atlasPath) && !QFile::remove(atlasPath)) {
        Q_EMIT failed(tr("Nothing was imported"),
                      tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(atlasPath)), {});
        return false;
    }
    return importAsNew(path, atlasPath);
}

void DataActions::chooseExport()
{
    if (!m_atlas)
        return;
    // CSV holds one kind of item a file, so each kind is its own choice.
    const QString json = tr("TimelineJS (*.json)");
    const QString events = tr("CSV, events (*.csv)");
    const QString actors = tr("CSV, actors (*.csv)");
    const QString relations = tr("CSV, relations (*.csv)");
    const QString gexf = tr("GEXF for Gephi (*.gexf)");
    const QString graphml = tr("GraphML (*.graphml)");
    QString chosen = json;
    const QString base = QFileInfo(m_atlas->path()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Export Data"), QDir(startFolder(m_atlas)).filePath(base + QStringLiteral(".json")),
        QStringList{json, events, actors, relations, gexf, graphml}.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    const QHash<QString, QString> suffixes = {{json, QStringLiteral("json")},   {events, QStringLiteral("csv")},
                                              {actors, QStringLiteral("csv")},  {relations, QStringLiteral("csv")},
                                              {gexf, QStringLiteral("gexf")},   {graphml, QStringLiteral("graphml")}};
    if (!DataExchange::formatFor(path))
        path += QLatin1Char('.') + suffixes.value(chosen, QStringLiteral("json"));
    const CsvKind kind = chosen == actors ? CsvKind::Actors : chosen == relations ? CsvKind::Relations : CsvKind::Events;
    exportTo(path, kind);
}

} // namespace Annals
