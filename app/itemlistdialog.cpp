// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemlistdialog.h"

#include "atlas.h"
#include "atlaseditor.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Annals {

namespace {

constexpr int idRole = Qt::UserRole;

} // namespace

ItemListDialog::ItemListDialog(Atlas *atlas, const QStringList &headers, const Texts &texts, Callbacks callbacks,
                               QWidget *parent)
    : QDialog(parent)
    , m_atlas(atlas)
    , m_texts(texts)
    , m_callbacks(std::move(callbacks))
    , m_scope(new QFormLayout)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setWindowTitle(texts.windowTitle);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("items"));
    m_list->setAccessibleName(texts.listName);
    m_list->setColumnCount(int(headers.size()));
    m_list->setHeaderLabels(headers);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    if (texts.sortable)
        m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_new->setObjectName(QStringLiteral("new"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_delete->setObjectName(QStringLiteral("delete"));

    auto *buttonColumn = new QVBoxLayout;
    buttonColumn->addWidget(m_new);
    buttonColumn->addWidget(m_edit);
    buttonColumn->addWidget(m_delete);
    buttonColumn->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttonColumn);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_scope);
    layout->addWidget(m_filter);
    layout->addLayout(row, 1);
    layout->addWidget(close);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 25);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ItemListDialog::applyFilter);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ItemListDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { editSelected(); });
    connect(m_new, &QPushButton::clicked, this, &ItemListDialog::addNew);
    connect(m_edit, &QPushButton::clicked, this, &ItemListDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ItemListDialog::deleteSelected);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ItemListDialog::deleteSelected);
    if (m_atlas)
        connect(m_atlas, &Atlas::dataChanged, this, &ItemListDialog::refresh);
    refresh();
    m_filter->setFocus();
}

void ItemListDialog::addScopeWidget(const QString &label, QWidget *widget)
{
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(widget);
    m_scope->addRow(labelWidget, widget);
}

void ItemListDialog::refresh()
{
    const ItemId selected = selectedId();
    m_list->setSortingEnabled(false);
    m_list->clear();
    if (m_atlas) {
        QList<QTreeWidgetItem *> items;
        for (const Row &row : m_callbacks.rows(m_atlas->data())) {
            auto *item = new QTreeWidgetItem(row.columns);
            item->setData(0, idRole, row.id);
            items << item;
        }
        m_list->addTopLevelItems(items);
    }
    m_list->setSortingEnabled(m_texts.sortable);
    applyFilter();
    select(selected);
    updateButtons();
}

void ItemListDialog::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        bool shown = text.isEmpty();
        for (int column = 0; !shown && column < m_list->columnCount(); ++column)
            shown = item->text(column).contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
    }
    updateButtons();
}

ItemId ItemListDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected() || item->isHidden())
        return 0;
    return item->data(0, idRole).toLongLong();
}

bool ItemListDialog::select(ItemId id)
{
    for (int i = 0; id != 0 && i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, idRole).toLongLong() == id && !item->isHidden()) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

int ItemListDialog::visibleCount() const
{
    int count = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        count += m_list->topLevelItem(i)->isHidden() ? 0 : 1;
    return count;
}

void ItemListDialog::updateButtons()
{
    const QString reason = AtlasEditor::whyUnwritable(m_atlas);
    const bool writable = reason.isEmpty();
    const bool selected = selectedId() != 0;
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_delete->setEnabled(writable && selected);
    const QString nothingSelected = tr("Select one in the list first.");
    m_new->setToolTip(writable ? m_texts.newTip : reason);
    m_edit->setToolTip(!writable ? reason : selected ? m_texts.editTip : nothingSelected);
    m_delete->setToolTip(!writable ? reason : selected ? m_texts.deleteTip : nothingSelected);
}

void ItemListDialog::addNew()
{
    if (m_new->isEnabled())
        m_callbacks.add();
}

bool ItemListDialog::editSelected()
{
    if (!m_edit->isEnabled())
        return false;
    m_callbacks.edit(selectedId());
    return true;
}

bool ItemListDialog::deleteSelected()
{
    if (!m_delete->isEnabled())
        return false;
    m_callbacks.remove(selectedId());
    return true;
}

} // namespace Annals
