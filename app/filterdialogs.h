// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Annals {

// Picks the actors whose events to show: a search box over a checkable list
// of the atlas's actors.
class ActorFilterDialog : public QDialog
{
    Q_OBJECT

public:
    ActorFilterDialog(const QList<Actor> &actors, const QList<ItemId> &chosen, QWidget *parent = nullptr);

    QList<ItemId> chosenActors() const;
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }

private:
    void showMatches(const QString &text);

    QLineEdit *m_search;
    QListWidget *m_list;
};

// Asks for a date range as people write dates ("1950", "June 1950",
// "44 BCE"), read by DateParser; what cannot be read is said under the field.
class DateRangeDialog : public QDialog
{
    Q_OBJECT

public:
    DateRangeDialog(const QString &from, const QString &to, QWidget *parent = nullptr);

    // [start of `from`'s period, end of `to`'s period): valid once accepted.
    qint64 rangeStart() const { return m_start; }
    qint64 rangeEnd() const { return m_end; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    qint64 m_start = 0;
    qint64 m_end = 0;
};

} // namespace Annals
