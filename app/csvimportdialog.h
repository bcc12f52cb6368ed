// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascsv.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Annals {

// File ▸ Import CSV…: what the file holds (events, actors or relations), which
// of its columns feeds which field (a preset chosen from the header, every
// column changeable), the delimiter and whether the first row is a header;
// a preview of the first rows, the errors of every row (choosing one selects
// its row in the preview) and what the import would add. Import stays
// disabled while there are errors: an import is all or nothing.
//
// A file that is not UTF-8 may be read as Windows-1252 (what Excel on a
// Western Windows saves as "CSV"), on the person's say-so, never silently.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(const QByteArray &bytes, const QString &fileName, const AtlasData &into, QWidget *parent = nullptr);

    // Valid after accept().
    ImportBundle bundle() const;
    // The import as the controls have it now.
    const ImportResult &importResult() const { return m_result; }
    CsvColumnMapping mapping() const { return m_mapping; }

    CsvKind kind() const;
    void setKind(CsvKind kind);

    // The controls, for tests.
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *presetCombo() const { return m_preset; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QCheckBox *headerCheck() const { return m_header; }
    QCheckBox *windows1252Check() const { return m_windows1252; }
    QComboBox *fieldCombo(CsvField field) const { return m_fieldCombos.value(field); }
    QTableWidget *preview() const { return m_preview; }
    QListWidget *errorList() const { return m_errors; }
    QLabel *countsLabel() const { return m_counts; }
    QPushButton *importButton() const { return m_importButton; }

    void accept() override;

    static constexpr int previewRows = 20;

private:
    void readTable();
    void kindChosen();
    void presetChosen();
    void rebuildFieldCombos();
    void fieldChosen();
    void runImport();
    void updatePreview();
    void updateErrors();
    void errorChosen();
    QStringList headerCells() const;
    QString columnLabel(int column) const;

    QByteArray m_bytes;
    QString m_fileName;
    const AtlasData &m_into;
    bool m_isUtf8 = true;
    std::optional<CsvTable> m_table;
    CsvError m_readError;
    CsvColumnMapping m_mapping;
    ImportResult m_result;
    bool m_updating = false;

    QLabel *m_encodingNotice;
    QCheckBox *m_windows1252;
    QComboBox *m_kind;
    QComboBox *m_preset;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QFormLayout *m_fieldsForm;
    QHash<CsvField, QComboBox *> m_fieldCombos;
    QTableWidget *m_preview;
    QListWidget *m_errors;
    QLabel *m_notices;
    QLabel *m_counts;
    QPushButton *m_importButton;
};

} // namespace Annals
