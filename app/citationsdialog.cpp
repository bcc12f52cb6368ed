// SPDX-License-Identifier: GPL-3.0-or-later
#include "citationsdialog.h"

#include "atlas.h"
#include "atlaseditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Annals {

namespace {

constexpr int citationIdRole = Qt::UserRole;

} // namespace

CitationsDialog::CitationsDialog(Atlas *atlas, const QString &itemKind, ItemId itemId, const QString &itemName,
                                 QWidget *parent)
    : QDialog(parent)
    , m_atlas(atlas)
    , m_itemKind(itemKind)
    , m_itemId(itemId)
    , m_list(new QTreeWidget(this))
    , m_remove(new QPushButton(tr("&Remove Citation"), this))
    , m_source(new QComboBox(this))
    , m_locator(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_cite(new QPushButton(tr("&Cite"), this))
{
    setObjectName(QStringLiteral("citationsDialog"));
    setWindowTitle(tr("Sources of “%1”").arg(itemName));

    m_list->setObjectName(QStringLiteral("citations"));
    m_list->setAccessibleName(tr("Sources cited"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Source"), tr("Where in it"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_remove->setObjectName(QStringLiteral("removeCitation"));
    m_remove->setToolTip(tr("Remove the selected citation (Undo brings it back)"));

    m_source->setObjectName(QStringLiteral("source"));
    m_source->setAccessibleName(tr("Source to cite"));
    m_locator->setObjectName(QStringLiteral("locator"));
    m_locator->setAccessibleName(tr("Where in the source"));
    m_locator->setPlaceholderText(tr("e.g. p. 12, chapter 3, 00:14:30"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_cite->setObjectName(QStringLiteral("cite"));
    m_cite->setToolTip(tr("Cite the chosen source for this item"));

    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &label, QWidget *field) {
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(field);
        form->addRow(labelWidget, field);
    };
    addRow(tr("&Source:"), m_source);
    addRow(tr("&Where:"), m_locator);
    addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    layout->addLayout(form);
    layout->addWidget(m_cite, 0, Qt::AlignRight);
    layout->addWidget(buttons);

    connect(m_cite, &QPushButton::clicked, this, &CitationsDialog::citeChosenSource);
    connect(m_remove, &QPushButton::clicked, this, &CitationsDialog::removeSelectedCitation);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CitationsDialog::updateButtons);
    if (m_atlas)
        connect(m_atlas, &Atlas::dataChanged, this, &CitationsDialog::refresh);
    refresh();
}

void CitationsDialog::refresh()
{
    m_list->clear();
    const ItemId chosen = m_source->currentData().toLongLong();
    m_source->clear();
    if (!m_atlas) {
        updateButtons();
        return;
    }
    const AtlasData &atlas = m_atlas->data();
    QHash<ItemId, QString> titles;
    for (const Source &source : atlas.sources)
        titles.insert(source.id, source.title);
    for (const Citation &citation : atlas.citations) {
        if (citation.itemKind != m_itemKind || citation.itemId != m_itemId)
            continue;
        auto *item = new QTreeWidgetItem(m_list, {titles.value(citation.sourceId), citation.locator, citation.note});
        item->setData(0, citationIdRole, citation.id);
    }
    QList<const Source *> sources;
    for (const Source &source : atlas.sources)
        sources << &source;
    std::sort(sources.begin(), sources.end(),
              [](const Source *a, const Source *b) { return QString::localeAwareCompare(a->title, b->title) < 0; });
    for (const Source *source : sources)
        m_source->addItem(source->title, source->id);
    m_source->setCurrentIndex(std::max(0, m_source->findData(chosen)));
    updateButtons();
}

void CitationsDialog::updateButtons()
{
    const QString reason = AtlasEditor::whyUnwritable(m_atlas);
    const bool writable = reason.isEmpty();
    m_cite->setEnabled(writable && m_source->count() > 0);
    m_cite->setToolTip(!writable ? reason
                           : m_source->count() == 0 ? tr("The atlas has no sources yet: add one with Edit ▸ New Source.")
                                                    : tr("Cite the chosen source for this item"));
    m_remove->setEnabled(writable && m_list->currentItem() && m_list->currentItem()->isSelected());
    if (!writable)
        m_remove->setToolTip(reason);
}

bool CitationsDialog::citeChosenSource()
{
    if (!m_cite->isEnabled())
        return false;
    Citation citation;
    citation.sourceId = m_source->currentData().toLongLong();
    citation.itemKind = m_itemKind;
    citation.itemId = m_itemId;
    citation.locator = m_locator->text().trimmed();
    citation.note = m_note->text().trimmed();
    AtlasEditor editor(m_atlas);
    QString error;
    if (!editor.addCitation(citation, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    m_locator->clear();
    m_note->clear();
    return true;
}

bool CitationsDialog::removeSelectedCitation()
{
    if (!m_remove->isEnabled())
        return false;
    const ItemId id = m_list->currentItem()->data(0, citationIdRole).toLongLong();
    AtlasEditor editor(m_atlas);
    QString error;
    if (!editor.removeCitation(id, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    return true;
}

} // namespace Annals
