// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascsv.h"
#include "atlasimport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace Annals {

class Atlas;
class CsvImportDialog;

// File ▸ Import…, Import as New Atlas… and Export Data…: other programs' files
// in and the atlas's data out (DataExchange says which formats). Importing
// into the open atlas is one change and one undo step; a file with any error
// adds nothing and the errors are listed with their lines. A CSV file goes
// through CsvImportDialog, where its columns are matched to fields first.
//
// Import is disabled, with the reason in its tooltip, while the atlas cannot
// be written (Import as New Atlas still works); Export Data while none is open.
class DataActions : public QObject
{
    Q_OBJECT
public:
    explicit DataActions(QWidget *dialogParent);

    void setAtlas(Atlas *atlas);

    QAction *importAction() const { return m_import; }
    QAction *importAsNewAction() const { return m_importAsNew; }
    QAction *exportAction() const { return m_export; }

    // What the actions do after their file dialogs, for tests and for files
    // dropped on the window. True when something was imported or written.
    bool importInto(const QString &path);
    // Makes a new atlas at `atlasPath` (which must not exist) from the file
    // and asks for it to be opened (atlasMade).
    bool importAsNew(const QString &path, const QString &atlasPath);
    // Asks where to save the new atlas, as Import as New Atlas does once the
    // file is chosen, then importAsNew(); false when cancelled or refused.
    bool importAsNewAsking(const QString &path);
    bool exportTo(const QString &path, CsvKind kind);

    // Runs the CSV dialog and returns whether it was accepted; exec() unless
    // replaced (tests fill the dialog in and answer).
    using CsvDialogRunner = std::function<bool(CsvImportDialog *dialog)>;
    void setCsvDialogRunner(CsvDialogRunner runner) { m_runCsvDialog = std::move(runner); }
    // Asks where to save a new atlas, given a suggested path; empty when
    // cancelled. A save dialog unless replaced (tests answer directly).
    using SavePathAsker = std::function<QString(const QString &suggestion)>;
    void setSavePathAsker(SavePathAsker asker) { m_askSavePath = std::move(asker); }

Q_SIGNALS:
    // One line for the status bar: what was imported or written.
    void message(const QString &text);
    // Nothing was imported or written: a title, a sentence and the details
    // (every error with its place, one a line).
    void failed(const QString &title, const QString &text, const QString &details);
    void atlasMade(const QString &path);

private:
    void updateActions();
    void chooseImport();
    void chooseImportAsNew();
    void chooseExport();
    // The file's items for `into`, through the CSV dialog for CSV files; no
    // value when cancelled or refused (then `failed` has said why).
    std::optional<ImportBundle> readImport(const QString &path, const AtlasData &into, QStringList *notices);

    QWidget *m_dialogParent;
    QPointer<Atlas> m_atlas;
    QAction *m_import;
    QAction *m_importAsNew;
    QAction *m_export;
    CsvDialogRunner m_runCsvDialog;
    SavePathAsker m_askSavePath;
};

} // namespace Annals
