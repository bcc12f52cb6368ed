// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemeditor.h"

#include "eventeditor.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Annals {

namespace {

constexpr char feedbackIsError[] = "feedbackIsError";

// Readable on light and dark palettes alike (as in EventEditor).
QColor errorColour(const QPalette &palette)
{
    return errorTextOn(palette.color(QPalette::Window));
}

} // namespace

ItemEditor::ItemEditor(const QString &storeHint, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_storeHint(storeHint)
{
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_problemLabel->setObjectName(QStringLiteral("problem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setAccessibleName(tr("Why it cannot be stored yet"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ItemEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ItemEditor::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ItemEditor::accept);
    }
}

void ItemEditor::addRow(const QString &label, QWidget *field, const QString &accessibleName)
{
    field->setAccessibleName(accessibleName);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    m_form->addRow(labelWidget, field);
}

QLineEdit *ItemEditor::addTextRow(const QString &label, const QString &text, const QString &objectName,
                                  const QString &accessibleName, QLabel **feedback)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    auto *feedbackLabel = new QLabel(this);
    feedbackLabel->setObjectName(objectName + QLatin1String("Feedback"));
    feedbackLabel->setWordWrap(true);
    feedbackLabel->hide();
    m_feedbackFields.insert(feedbackLabel, edit);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(edit);
    column->addWidget(feedbackLabel);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(edit);
    m_form->addRow(labelWidget, column);
    connect(edit, &QLineEdit::textChanged, this, &ItemEditor::revalidate);
    *feedback = feedbackLabel;
    return edit;
}

void ItemEditor::addDateRow(const QString &label, DateField &field, const HistoricalDate &initial,
                            const QString &objectName, const QString &accessibleName)
{
    field.initialDate = initial;
    field.initialText = initial.toDisplayString();
    field.edit = addTextRow(label, field.initialText, objectName, accessibleName, &field.feedback);
    field.edit->setPlaceholderText(tr("e.g. 1959, 3 Sep 2025, 44 BCE, c. 1200, 1950s, 65 Ma"));
}

QString ItemEditor::checkDate(const DateField &field, const QString &whenEmpty, const QString &unreadable,
                              const HistoricalDate &endOf)
{
    QString error;
    const HistoricalDate date = field.read(&error);
    if (!error.isEmpty()) {
        showFeedback(field.feedback, error, true);
        return unreadable.arg(error);
    }
    if (!date.isValid()) {
        showFeedback(field.feedback, whenEmpty, false);
        return {};
    }
    // The store's rule: an end's first second may not come before the start's.
    if (endOf.isValid() && date.seconds() < endOf.seconds()) {
        showFeedback(field.feedback, tr("Before the start (%1).").arg(endOf.toDisplayString()), true);
        return {};
    }
    showFeedback(field.feedback, EventEditor::understoodText(date), false);
    return {};
}

void ItemEditor::showFeedback(QLabel *label, const QString &text, bool isError)
{
    label->setTextFormat(Qt::PlainText); // a parser message is never markup
    label->setText(text);
    label->setProperty(feedbackIsError, isError);
    label->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, isError ? errorColour(palette) : palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    // Screen readers hear the field's state with the field.
    if (QWidget *field = m_feedbackFields.value(label))
        field->setAccessibleDescription(text);
}

void ItemEditor::setProblem(const QString &problem)
{
    m_problem = problem;
    const bool valid = problem.isEmpty();
    showFeedback(m_problemLabel, valid ? tr("Ctrl+Enter stores it.") : problem, !valid);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(valid);
    ok->setToolTip(valid ? m_storeHint : problem);
}

void ItemEditor::finish()
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    revalidate();
}

void ItemEditor::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    QList<QLabel *> labels = m_feedbackFields.keys();
    labels << m_problemLabel;
    for (QLabel *label : labels)
        showFeedback(label, label->text(), label->property(feedbackIsError).toBool());
}

void ItemEditor::accept()
{
    revalidate();
    if (!isValid())
        return;
    QDialog::accept();
}

} // namespace Annals
