// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLineEdit;
class QFormLayout;
class QPushButton;
class QTreeWidget;

namespace Annals {

class Atlas;

// A list of one kind of the atlas's items (its sources, its eras) with a
// filter box and New…, Edit… and Delete buttons. It writes nothing itself:
// the buttons call back (EditActions opens the forms and asks before
// deleting), and the list follows the atlas, so that a change or its Undo
// shows at once.
class ItemListDialog : public QDialog
{
    Q_OBJECT

public:
    struct Row {
        ItemId id = 0;
        QStringList columns;
    };
    struct Texts {
        QString windowTitle;
        QString listName; // the list's accessible name
        QString newTip;
        QString editTip;
        QString deleteTip;
        // False keeps the rows in the order given (series values by date).
        bool sortable = true;
    };
    struct Callbacks {
        std::function<QList<Row>(const AtlasData &)> rows;
        std::function<void()> add;
        std::function<void(ItemId)> edit;
        std::function<void(ItemId)> remove;
    };

    ItemListDialog(Atlas *atlas, const QStringList &headers, const Texts &texts, Callbacks callbacks,
                   QWidget *parent = nullptr);

    // A widget above the filter that chooses what the list holds (the
    // series whose values are listed); call refresh() when it changes.
    void addScopeWidget(const QString &label, QWidget *widget);
    void refresh();

    // The id of the selected row that the filter shows; 0 when none.
    ItemId selectedId() const;
    // Selects the row of `id`; false when the filter hides it or there is none.
    bool select(ItemId id);
    // Rows the filter leaves visible.
    int visibleCount() const;

    void addNew();
    bool editSelected();
    bool deleteSelected();

private:
    void applyFilter();
    void updateButtons();

    QPointer<Atlas> m_atlas;
    Texts m_texts;
    Callbacks m_callbacks;
    QFormLayout *m_scope;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace Annals
