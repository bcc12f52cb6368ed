// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlinksdialog.h"

#include "atlas.h"
#include "atlaseditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Annals {

namespace {

constexpr int idRole = Qt::UserRole;

} // namespace

EventLinksDialog::EventLinksDialog(Atlas *atlas, ItemId eventId, const QString &eventName, QWidget *parent)
    : QDialog(parent)
    , m_atlas(atlas)
    , m_eventId(eventId)
    , m_list(new QTreeWidget(this))
    , m_remove(new QPushButton(tr("&Remove Link"), this))
    , m_filter(new QLineEdit(this))
    , m_choices(new QListWidget(this))
    , m_choicesNote(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_link(new QPushButton(tr("&Link"), this))
{
    setObjectName(QStringLiteral("eventLinksDialog"));
    setWindowTitle(tr("Links of “%1”").arg(eventName));

    m_list->setObjectName(QStringLiteral("links"));
    m_list->setAccessibleName(tr("Linked events"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Link"), tr("When")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_remove->setObjectName(QStringLiteral("removeLink"));

    m_filter->setObjectName(QStringLiteral("otherFilter"));
    m_filter->setAccessibleName(tr("Filter the events to link"));
    m_filter->setPlaceholderText(tr("Type part of the other event's title"));
    m_filter->setClearButtonEnabled(true);
    m_choices->setObjectName(QStringLiteral("otherEvents"));
    m_choices->setAccessibleName(tr("Event to link"));
    m_choicesNote->setObjectName(QStringLiteral("choicesNote"));
    m_choicesNote->setWordWrap(true);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind of link"));
    for (EventLinkKind kind : {EventLinkKind::Causes, EventLinkKind::LeadsTo, EventLinkKind::RespondsTo})
        m_kind->addItem(AtlasEditor::eventLinkKindName(kind), int(kind));
    m_direction->setObjectName(QStringLiteral("direction"));
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->addItem(tr("This event → the chosen one"), true);
    m_direction->addItem(tr("The chosen event → this one"), false);
    m_link->setObjectName(QStringLiteral("link"));

    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &label, QWidget *field) {
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(field);
        form->addRow(labelWidget, field);
    };
    addRow(tr("&Find:"), m_filter);
    addRow(tr("&Event:"), m_choices);
    form->addRow(QString(), m_choicesNote);
    addRow(tr("&Kind:"), m_kind);
    addRow(tr("&Direction:"), m_direction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    layout->addLayout(form, 1);
    layout->addWidget(m_link, 0, Qt::AlignRight);
    layout->addWidget(buttons);

    connect(m_link, &QPushButton::clicked, this, &EventLinksDialog::linkChosenEvent);
    connect(m_remove, &QPushButton::clicked, this, &EventLinksDialog::removeSelectedLink);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &EventLinksDialog::updateButtons);
    connect(m_choices, &QListWidget::itemSelectionChanged, this, &EventLinksDialog::updateButtons);
    connect(m_filter, &QLineEdit::textChanged, this, &EventLinksDialog::fillChoices);
    if (m_atlas)
        connect(m_atlas, &Atlas::dataChanged, this, &EventLinksDialog::refresh);
    refresh();
}

void EventLinksDialog::refresh()
{
    m_list->clear();
    if (m_atlas) {
        const AtlasData &atlas = m_atlas->data();
        QHash<ItemId, const Event *> events;
        for (const Event &event : atlas.events)
            events.insert(event.id, &event);
        for (const EventLink &link : atlas.eventLinks) {
            if (link.fromEventId != m_eventId && link.toEventId != m_eventId)
                continue;
            const Event *other = events.value(link.fromEventId == m_eventId ? link.toEventId : link.fromEventId);
            auto *item = new QTreeWidgetItem(
                m_list, {AtlasEditor::eventLinkName(atlas, link), other ? other->when.start.toDisplayString() : QString()});
            item->setData(0, idRole, link.id);
        }
    }
    fillChoices();
}

void EventLinksDialog::fillChoices()
{
    const ItemId chosen = m_choices->currentItem() ? m_choices->currentItem()->data(idRole).toLongLong() : 0;
    m_choices->clear();
    if (!m_atlas) {
        updateButtons();
        return;
    }
    // A large atlas has a million events: only the first matches are listed.
    const QString text = m_filter->text().trimmed();
    int matches = 0;
    for (const Event &event : m_atlas->data().events) {
        if (event.id == m_eventId || !event.title.contains(text, Qt::CaseInsensitive))
            continue;
        if (++matches > maxChoices)
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%2)", "event title, date").arg(event.title, event.when.start.toDisplayString()),
                                         m_choices);
        item->setData(idRole, event.id);
        if (event.id == chosen)
            m_choices->setCurrentItem(item);
    }
    m_choicesNote->setText(matches > maxChoices
                               ? tr("Showing %1 of %2 events: type to narrow them.").arg(maxChoices).arg(matches)
                               : matches == 0 ? tr("No other event matches.") : QString());
    m_choicesNote->setVisible(!m_choicesNote->text().isEmpty());
    updateButtons();
}

void EventLinksDialog::updateButtons()
{
    const QString reason = AtlasEditor::whyUnwritable(m_atlas);
    const bool writable = reason.isEmpty();
    const bool chosen = m_choices->currentItem() && m_choices->currentItem()->isSelected();
    m_link->setEnabled(writable && chosen);
    m_link->setToolTip(!writable ? reason : chosen ? tr("Link the chosen event to this one") : tr("Choose an event to link first."));
    const bool selected = m_list->currentItem() && m_list->currentItem()->isSelected();
    m_remove->setEnabled(writable && selected);
    m_remove->setToolTip(!writable ? reason
                             : selected ? tr("Remove the selected link with its citations (Undo brings it back)")
                                        : tr("Select a link first."));
}

bool EventLinksDialog::linkChosenEvent()
{
    if (!m_link->isEnabled())
        return false;
    const ItemId other = m_choices->currentItem()->data(idRole).toLongLong();
    const bool fromThis = m_direction->currentData().toBool();
    EventLink link;
    link.fromEventId = fromThis ? m_eventId : other;
    link.toEventId = fromThis ? other : m_eventId;
    link.kind = EventLinkKind(m_kind->currentData().toInt());
    AtlasEditor editor(m_atlas);
    QString error;
    if (!editor.addEventLink(link, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    return true;
}

bool EventLinksDialog::removeSelectedLink()
{
    if (!m_remove->isEnabled())
        return false;
    const ItemId id = m_list->currentItem()->data(0, idRole).toLongLong();
    AtlasEditor editor(m_atlas);
    QString error;
    if (!editor.removeEventLink(id, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    return true;
}

} // namespace Annals
