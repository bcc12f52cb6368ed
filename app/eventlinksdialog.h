// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace Annals {

class Atlas;

// The links between one event and others (causes, leads to, responds to):
// lists them, links another event chosen from a filtered list with a kind and
// a direction, and removes the selected link with its citations, each change
// one undo step through AtlasEditor. Follows the atlas while open.
class EventLinksDialog : public QDialog
{
    Q_OBJECT

public:
    EventLinksDialog(Atlas *atlas, ItemId eventId, const QString &eventName, QWidget *parent = nullptr);

    // At most this many events are offered at once; the filter narrows them.
    static constexpr int maxChoices = 200;

    // For tests and the buttons: link the event chosen in the form; remove
    // the link selected in the list.
    bool linkChosenEvent();
    bool removeSelectedLink();

Q_SIGNALS:
    void failed(const QString &reason);

private:
    void refresh();
    void fillChoices();
    void updateButtons();

    QPointer<Atlas> m_atlas;
    ItemId m_eventId;
    QTreeWidget *m_list;
    QPushButton *m_remove;
    QLineEdit *m_filter;
    QListWidget *m_choices;
    QLabel *m_choicesNote;
    QComboBox *m_kind;
    QComboBox *m_direction;
    QPushButton *m_link;
};

} // namespace Annals
