// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datefield.h"
#include "historicaldate.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Annals {

// What the forms for actors, relations and sources share: a form of labelled
// rows, feedback lines under the fields that need them (what a date was
// understood as, or why it cannot be read), a line above the buttons that
// says why OK is disabled, and Ctrl+Enter to accept from any field. Like
// EventEditor it knows nothing of the file: AtlasEditor checks the result
// again with the same validate functions.
class ItemEditor : public QDialog
{
    Q_OBJECT

public:
    // Why OK is disabled, as shown above the buttons; empty when the item can be stored.
    QString problem() const { return m_problem; }
    bool isValid() const { return m_problem.isEmpty(); }

    void accept() override;

protected:
    // `storeHint` is the OK button's tooltip ("Store the actor (Ctrl+Enter)").
    ItemEditor(const QString &storeHint, QWidget *parent);


    QFormLayout *form() const { return m_form; }
    // Adds "label: [field]" with `field` given its accessible name.
    void addRow(const QString &label, QWidget *field, const QString &accessibleName);
    // A line edit with a feedback line under it; revalidates as it is typed in.
    QLineEdit *addTextRow(const QString &label, const QString &text, const QString &objectName,
                          const QString &accessibleName, QLabel **feedback);
    void addDateRow(const QString &label, DateField &field, const HistoricalDate &initial, const QString &objectName,
                    const QString &accessibleName);
    // Shows what a date field was understood as, or why not; returns the
    // problem to show above the buttons, if any. `endOf` is the start an end
    // may not precede.
    QString checkDate(const DateField &field, const QString &whenEmpty, const QString &unreadable,
                      const HistoricalDate &endOf = {});

    void showFeedback(QLabel *label, const QString &text, bool isError);
    // Sets what is wrong (empty: nothing) and enables OK accordingly.
    void setProblem(const QString &problem);
    // Checks every field again; called whenever one changes.
    virtual void revalidate() = 0;
    // Lays out the form, the problem line and the buttons; call at the end of the subclass's constructor.
    void finish();

    void changeEvent(QEvent *event) override;

private:
    QFormLayout *m_form;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
    QString m_storeHint;
    QString m_problem;
    QHash<QLabel *, QWidget *> m_feedbackFields; // feedback line -> the field it speaks of
};

} // namespace Annals
