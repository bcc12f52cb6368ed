// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimportdialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStringDecoder>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

namespace Annals {

namespace {

// Windows-1252 is Latin-1 but for 0x80..0x9F, which hold typographic
// characters (curly quotes, dashes, €); the five unassigned bytes keep their
// Latin-1 (control) meaning, as Windows itself maps them.
QByteArray utf8FromWindows1252(const QByteArray &bytes)
{
    static constexpr std::array<char16_t, 32> high = {
        u'\u20AC', u'\u0081', u'\u201A', u'\u0192', u'\u201E', u'\u2026', u'\u2020', u'\u2021',
        u'\u02C6', u'\u2030', u'\u0160', u'\u2039', u'\u0152', u'\u008D', u'\u017D', u'\u008F',
        u'\u0090', u'\u2018', u'\u2019', u'\u201C', u'\u201D', u'\u2022', u'\u2013', u'\u2014',
        u'\u02DC', u'\u2122', u'\u0161', u'\u203A', u'\u0153', u'\u009D', u'\u017E', u'\u0178',
    };
    QString text;
    text.reserve(bytes.size());
    for (char byte : bytes) {
        const uchar code = uchar(byte);
        text += code >= 0x80 && code <= 0x9F ? QChar(high.at(code - 0x80)) : QChar(char16_t(code));
    }
    return text.toUtf8();
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = decoder(bytes);
    return !decoder.hasError();
}

constexpr int recordRole = Qt::UserRole + 1;

} // namespace

CsvImportDialog::CsvImportDialog(const QByteArray &bytes, const QString &fileName, const AtlasData &into,
                                 QWidget *parent)
    : QDialog(parent)
    , m_bytes(bytes)
    , m_fileName(fileName)
    , m_into(into)
{
    setWindowTitle(tr("Import CSV — %1").arg(QFileInfo(fileName).fileName()));
    setAccessibleName(windowTitle());
    m_isUtf8 = isUtf8(bytes);

    auto *layout = new QVBoxLayout(this);

    m_encodingNotice = new QLabel(tr("This file is not UTF-8 text. If it was saved by Excel or another program on "
                                     "Windows in Western Europe or the Americas, it can be read as Windows-1252."),
                                  this);
    m_encodingNotice->setWordWrap(true);
    m_encodingNotice->setAccessibleName(tr("Encoding notice"));
    m_windows1252 = new QCheckBox(tr("Read it as &Windows-1252 (Western)"), this);
    m_windows1252->setToolTip(tr("Read each byte as a Windows-1252 character. Check in the preview that accented "
                                 "letters look right."));
    m_windows1252->setAccessibleName(tr("Read as Windows-1252"));
    m_encodingNotice->setVisible(!m_isUtf8);
    m_windows1252->setVisible(!m_isUtf8);
    layout->addWidget(m_encodingNotice);
    layout->addWidget(m_windows1252);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Events"), int(CsvKind::Events));
    m_kind->addItem(tr("Actors"), int(CsvKind::Actors));
    m_kind->addItem(tr("Relations"), int(CsvKind::Relations));
    m_kind->setToolTip(tr("What each row of the file is."));
    m_kind->setAccessibleName(tr("Rows are"));
    form->addRow(tr("&Rows are:"), m_kind);
    m_preset = new QComboBox(this);
    m_preset->setToolTip(tr("A known layout of columns: chosen from the file's first row when it matches one."));
    m_preset->setAccessibleName(tr("Column layout"));
    form->addRow(tr("Column &layout:"), m_preset);
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setToolTip(tr("The character between fields, found from the first row."));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    form->addRow(tr("&Delimiter:"), m_delimiter);
    m_header = new QCheckBox(tr("First row is a &header"), this);
    m_header->setChecked(true);
    m_header->setToolTip(tr("The first row names the columns and is not imported."));
    m_header->setAccessibleName(tr("First row is a header"));
    form->addRow(QString(), m_header);
    layout->addLayout(form);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *columns = new QGroupBox(tr("Columns"), this);
    auto *columnsLayout = new QVBoxLayout(columns);
    auto *scroll = new QScrollArea(columns);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Columns"));
    auto *fields = new QWidget(scroll);
    fields->setAccessibleName(tr("Fields"));
    m_fieldsForm = new QFormLayout(fields);
    scroll->setWidget(fields);
    columnsLayout->addWidget(scroll);
    splitter->addWidget(columns);

    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setAccessibleName(tr("Fields"));
    m_preview->verticalHeader()->setAccessibleName(tr("Lines"));
    // The corner button selects the whole table: a control of its own.
    for (QAbstractButton *corner : m_preview->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly))
        corner->setAccessibleName(tr("Select all rows"));
    m_preview->setToolTip(tr("The first %n row(s) as they would be imported; the row headers are the file's line numbers.",
                             nullptr, previewRows));
    splitter->addWidget(m_preview);

    m_errors = new QListWidget(this);
    // A message names the line, the column and what would have been read:
    // wrapped, it is read whole instead of scrolled to.
    m_errors->setWordWrap(true);
    m_errors->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_errors->setAccessibleName(tr("Errors"));
    m_errors->setToolTip(tr("Choose an error to select its row in the preview."));
    splitter->addWidget(m_errors);
    // The mapping and the preview are what one works with; the errors need
    // a few lines (and grow when dragged).
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    splitter->setCollapsible(1, false);
    layout->addWidget(splitter, 1);

    m_notices = new QLabel(this);
    m_notices->setWordWrap(true);
    m_notices->setAccessibleName(tr("Notices"));
    layout->addWidget(m_notices);
    m_counts = new QLabel(this);
    m_counts->setAccessibleName(tr("What the import adds"));
    layout->addWidget(m_counts);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setAccessibleName(tr("Import"));
    m_importButton->setToolTip(tr("Add what the file holds to the atlas, as one step that Undo takes back."));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CsvImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);
    layout->addWidget(buttons);

    // First read: delimiter detected, then the kind and preset the header matches best.
    readTable();
    if (m_table) {
        const QStringList first = m_table->records.value(0);
        qsizetype bestCount = 0;
        for (CsvKind kind : {CsvKind::Events, CsvKind::Actors, CsvKind::Relations}) {
            if (const auto mapping = AtlasCsv::mappingForHeader(first, kind); mapping && mapping->columns.size() > bestCount) {
                bestCount = mapping->columns.size();
                m_updating = true;
                m_kind->setCurrentIndex(m_kind->findData(int(kind)));
                m_updating = false;
            }
        }
    }
    kindChosen();

    connect(m_windows1252, &QCheckBox::toggled, this, [this] {
        readTable();
        presetChosen();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            kindChosen();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            presetChosen();
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        readTable();
        presetChosen();
    });
    connect(m_header, &QCheckBox::toggled, this, [this] {
        if (!m_updating)
            presetChosen();
    });
    connect(m_errors, &QListWidget::currentRowChanged, this, &CsvImportDialog::errorChosen);
    resize(760, 720);
}

ImportBundle CsvImportDialog::bundle() const
{
    return m_result.bundle.value_or(ImportBundle());
}

CsvKind CsvImportDialog::kind() const
{
    return CsvKind(m_kind->currentData().toInt());
}

void CsvImportDialog::setKind(CsvKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void CsvImportDialog::accept()
{
    if (!m_result.ok())
        return;
    QDialog::accept();
}

void CsvImportDialog::readTable()
{
    const QByteArray bytes = !m_isUtf8 && m_windows1252->isChecked() ? utf8FromWindows1252(m_bytes) : m_bytes;
    const QChar delimiter = m_table ? m_delimiter->currentData().toString().at(0) : QChar();
    m_table = CsvReader::read(bytes, &m_readError, delimiter);
    if (m_table && delimiter.isNull()) {
        m_updating = true;
        m_delimiter->setCurrentIndex(m_delimiter->findData(QString(m_table->delimiter)));
        m_updating = false;
    }
}

QStringList CsvImportDialog::headerCells() const
{
    return m_table && m_header->isChecked() ? m_table->records.value(0) : QStringList();
}

QString CsvImportDialog::columnLabel(int column) const
{
    const QString headerText = headerCells().value(column).trimmed();
    if (headerText.isEmpty())
        return tr("Column %1").arg(column + 1);
    return tr("%1 (column %2)").arg(headerText).arg(column + 1);
}

void CsvImportDialog::kindChosen()
{
    m_updating = true;
    m_preset->clear();
    for (const CsvPreset &preset : AtlasCsv::presets(kind()))
        m_preset->addItem(preset.name, preset.name);
    if (m_table && !m_table->records.isEmpty()) {
        if (const auto matching = AtlasCsv::presetForHeader(m_table->records.constFirst(), kind()))
            m_preset->setCurrentIndex(m_preset->findData(matching->name));
    }
    m_updating = false;
    presetChosen();
}

void CsvImportDialog::presetChosen()
{
    const auto preset = AtlasCsv::preset(m_preset->currentData().toString());
    if (!preset)
        return;
    m_mapping = AtlasCsv::mappingForPreset(*preset, headerCells());
    rebuildFieldCombos();
    runImport();
}

void CsvImportDialog::rebuildFieldCombos()
{
    const auto preset = AtlasCsv::preset(m_preset->currentData().toString());
    while (m_fieldsForm->rowCount() > 0)
        m_fieldsForm->removeRow(0);
    m_fieldCombos.clear();
    if (!preset)
        return;
    const int columnCount = m_table && !m_table->records.isEmpty() ? int(m_table->records.constFirst().size()) : 0;
    for (const CsvPresetColumn &column : preset->columns) {
        auto *combo = new QComboBox;
        combo->addItem(tr("(none)"), -1);
        for (int i = 0; i < columnCount; ++i)
            combo->addItem(columnLabel(i), i);
        const int shown = combo->findData(m_mapping.column(column.field));
        combo->setCurrentIndex(std::max(shown, 0));
        if (shown < 0)
            m_mapping.columns.remove(column.field); // a column this file does not have
        const QString name = AtlasCsv::fieldName(column.field);
        combo->setAccessibleName(name);
        combo->setToolTip(tr("The file's column that gives the %1; in our own files and TimelineJS spreadsheets "
                             "it is called \"%2\".")
                              .arg(name, column.header));
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::fieldChosen);
        m_fieldsForm->addRow(tr("%1:").arg(name), combo);
        m_fieldCombos.insert(column.field, combo);
    }
}

void CsvImportDialog::fieldChosen()
{
    m_mapping.columns.clear();
    for (auto it = m_fieldCombos.cbegin(); it != m_fieldCombos.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            m_mapping.columns.insert(it.key(), column);
    }
    runImport();
}

void CsvImportDialog::runImport()
{
    m_mapping.kind = kind();
    m_mapping.firstRowIsHeader = m_header->isChecked();
    m_result = {};
    if (!m_table) {
        m_result.errors.append({m_readError.line, m_readError.column, QString(), m_readError.message});
    } else {
        m_result = AtlasCsv::import(*m_table, m_mapping, m_into);
    }
    updatePreview();
    updateErrors();

    QStringList added;
    if (m_result.bundle) {
        const ImportBundle &bundle = *m_result.bundle;
        switch (kind()) {
        case CsvKind::Events:
            added.append(tr("%n event(s)", nullptr, int(bundle.events.size())));
            if (!bundle.eras.isEmpty())
                added.append(tr("%n era(s)", nullptr, int(bundle.eras.size())));
            if (!bundle.sources.isEmpty())
                added.append(tr("%n new source(s)", nullptr, int(bundle.sources.size())));
            if (!bundle.actors.isEmpty())
                added.append(tr("%n new actor(s)", nullptr, int(bundle.actors.size())));
            break;
        case CsvKind::Actors:
            added.append(tr("%n actor(s)", nullptr, int(bundle.actors.size())));
            break;
        case CsvKind::Relations:
            added.append(tr("%n relation(s)", nullptr, int(bundle.relations.size())));
            if (!bundle.actors.isEmpty())
                added.append(tr("%n new actor(s)", nullptr, int(bundle.actors.size())));
            break;
        }
    }
    QString counts = added.isEmpty() ? tr("Nothing to import") : added.join(tr(", "));
    if (!m_result.errors.isEmpty())
        counts = tr("%1; %n error(s)", nullptr, int(m_result.errors.size())).arg(counts);
    m_counts->setText(counts);
    QStringList notices;
    for (const ImportIssue &notice : std::as_const(m_result.notices))
        notices.append(notice.message);
    m_notices->setText(notices.join(u'\n'));
    m_notices->setVisible(!notices.isEmpty());
    const bool importable = m_result.ok() && !m_result.bundle->isEmpty();
    m_importButton->setEnabled(importable);
    m_importButton->setDefault(importable);
}

void CsvImportDialog::updatePreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (!m_table)
        return;
    QList<std::pair<CsvField, int>> shown;
    if (const auto preset = AtlasCsv::preset(m_preset->currentData().toString())) {
        for (const CsvPresetColumn &column : preset->columns) {
            if (m_mapping.has(column.field))
                shown.append({column.field, m_mapping.column(column.field)});
        }
    }
    QStringList headings;
    for (const auto &[field, column] : shown)
        headings.append(AtlasCsv::fieldName(field));
    m_preview->setColumnCount(int(shown.size()));
    m_preview->setHorizontalHeaderLabels(headings);
    const qsizetype first = m_header->isChecked() ? 1 : 0;
    const int rows = int(std::clamp<qsizetype>(m_table->records.size() - first, 0, previewRows));
    m_preview->setRowCount(rows);
    QStringList lines;
    for (int row = 0; row < rows; ++row) {
        const QStringList &record = m_table->records.at(first + row);
        lines.append(QString::number(m_table->recordLines.at(first + row)));
        for (int i = 0; i < shown.size(); ++i) {
            QString text = record.value(shown.at(i).second);
            text.replace(u'\n', u' ');
            auto *item = new QTableWidgetItem(text.left(200));
            item->setToolTip(record.value(shown.at(i).second).left(2000));
            m_preview->setItem(row, i, item);
        }
    }
    m_preview->setVerticalHeaderLabels(lines);
}

void CsvImportDialog::updateErrors()
{
    const QSignalBlocker blocker(m_errors);
    m_errors->clear();
    QHash<int, int> recordOfLine;
    if (m_table) {
        for (int i = 0; i < m_table->recordLines.size(); ++i)
            recordOfLine.insert(m_table->recordLines.at(i), i);
    }
    for (const ImportIssue &issue : std::as_const(m_result.errors)) {
        QString place;
        if (issue.line > 0 && issue.column > 0 && !issue.field.isEmpty())
            place = tr("Line %1, column %2 (%3)").arg(issue.line).arg(issue.column).arg(issue.field);
        else if (issue.line > 0 && issue.column > 0)
            place = tr("Line %1, column %2").arg(issue.line).arg(issue.column);
        else if (issue.line > 0)
            place = tr("Line %1").arg(issue.line);
        auto *item = new QListWidgetItem(place.isEmpty() ? issue.message : tr("%1: %2").arg(place, issue.message));
        item->setData(recordRole, recordOfLine.value(issue.line, -1));
        m_errors->addItem(item);
    }
}

void CsvImportDialog::errorChosen()
{
    const QListWidgetItem *item = m_errors->currentItem();
    if (!item || !m_table)
        return;
    const int record = item->data(recordRole).toInt();
    const int row = record - (m_header->isChecked() ? 1 : 0);
    if (record < 0 || row < 0 || row >= m_preview->rowCount()) {
        m_preview->clearSelection();
        return;
    }
    m_preview->selectRow(row);
    if (m_preview->columnCount() > 0)
        m_preview->scrollToItem(m_preview->item(row, 0));
}

} // namespace Annals
