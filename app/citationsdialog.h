// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Annals {

class Atlas;

// The sources one item (an event, actor or relation) cites: lists them, adds
// a citation of a chosen source with its locator ("p. 12") and note, and
// removes the selected one, each change one undo step through AtlasEditor.
// Follows the atlas while open, so that Undo shows at once.
class CitationsDialog : public QDialog
{
    Q_OBJECT

public:
    // `itemKind` as the atlas file names it: "event", "actor", "relation".
    CitationsDialog(Atlas *atlas, const QString &itemKind, ItemId itemId, const QString &itemName,
                    QWidget *parent = nullptr);

    // For tests and the buttons: cite the source chosen in the form; remove
    // the citation selected in the list.
    bool citeChosenSource();
    bool removeSelectedCitation();

Q_SIGNALS:
    void failed(const QString &reason);

private:
    void refresh();
    void updateButtons();

    QPointer<Atlas> m_atlas;
    QString m_itemKind;
    ItemId m_itemId;
    QTreeWidget *m_list;
    QPushButton *m_remove;
    QComboBox *m_source;
    QLineEdit *m_locator;
    QLineEdit *m_note;
    QPushButton *m_cite;
};

} // namespace Annals
