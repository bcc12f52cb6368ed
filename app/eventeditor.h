// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datefield.h"
#include "domain.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace Annals {

// The form for one event, new or existing. It knows nothing of the atlas
// file or of undo: the caller hands the result to AtlasEditor, which checks
// it again with the same validateEvent, so what this dialog accepts the store
// accepts too.
//
// Dates are typed as people write them and read by DateParser; under each
// date the dialog says what it understood ("3 September 2025, to the day")
// or the parser's reason in the error colour. OK stays disabled while
// anything is wrong, and the line above the buttons says why.
//
// Ctrl+Enter accepts from any field (Enter alone would be taken by the
// description), Esc cancels.
class EventEditor : public QDialog
{
    Q_OBJECT

public:
    // `event` with id 0 is a new event; its start may be prefilled (a
    // double-click on the timeline). `atlas` is only read while constructing.
    EventEditor(const AtlasData &atlas, const Event &event, QWidget *parent = nullptr);

    // The event as edited, with the id it came in with. Fields left untouched
    // come back exactly as they went in, dates included.
    Event event() const;

    // Why OK is disabled, in the words shown above the buttons; empty when
    // the event can be stored.
    QString problem() const { return m_problem; }
    bool isValid() const { return m_problem.isEmpty(); }

    // What a date field shows under it for `date`: "3 September 2025, to the day".
    static QString understoodText(const HistoricalDate &date);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:

    QLineEdit *addDateRow(QFormLayout *form, const QString &label, DateField &field,
                          const HistoricalDate &initial, const QString &objectName);
    void buildActorList(const AtlasData &atlas);
    void filterActors(const QString &text);
    void revalidate();
    void showFeedback(QLabel *label, const QString &text, bool isError);
    void restyleFeedback();

    Event m_initial;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleFeedback = nullptr;
    bool m_titleEdited = false;
    DateField m_start;
    DateField m_end;
    QComboBox *m_category = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_displayDate = nullptr;
    QSpinBox *m_importance = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_actorFilter = nullptr;
    QTreeWidget *m_actors = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problem;
    QHash<QLabel *, QWidget *> m_feedbackFields; // feedback line -> the field it speaks of
};

} // namespace Annals
