// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "viewexporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Annals {

class MainWindow;

// File ▸ Export…: which view, which format (chosen in the combo or by the
// file name's extension, each following the other), the picture's size and
// density for PNG, the size for SVG, the page for PDF, and the file. The
// choices are remembered (QSettings, "export/…") for next time. Exports
// what the window shows: its time window, cursor, lanes, filter, selection
// and text size (the graph is laid out afresh for the export's size, so
// pins and the graph's zoom are not carried over).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const AtlasData *atlasData, std::shared_ptr<const EventIndex> index, const ExportSettings &shown,
                 QWidget *parent = nullptr);

    // What `window` shows now, as export settings (with no file measures).
    static ExportSettings settingsShownBy(const MainWindow &window);
    // The dialog for `window`'s atlas; does nothing when none is open.
    static void exportFrom(MainWindow *window);
    // File ▸ Print…: a print preview of the page the PDF would hold.
    static void printFrom(MainWindow *window);

    // The settings as the controls have them, and the file to write.
    ExportSettings settings() const;
    QString path() const;
    void setPath(const QString &path);
    ViewExporter::Format format() const;

    // Writes the file; on failure shows why and stays open.
    void accept() override;

private:
    void formatChosen();
    void pathEdited();
    void browse();
    void updateControls();
    void remember() const;

    const AtlasData *m_data;
    std::shared_ptr<const EventIndex> m_index;
    ExportSettings m_shown;
    QComboBox *m_view;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dotsPerInch;
    QComboBox *m_page;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_exportButton;
};

} // namespace Annals
