// SPDX-License-Identifier: GPL-3.0-or-later
#include "eraeditor.h"

#include "atlasstore.h"

#include <QColor>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Annals {

EraEditor::EraEditor(const Era &era, QWidget *parent)
    : ItemEditor(tr("Store the era (Ctrl+Enter)"), parent)
    , m_initial(era)
{
    setObjectName(QStringLiteral("eraEditor"));
    setWindowTitle(era.id == 0 ? tr("New Era") : tr("Edit “%1”").arg(era.title));

    m_title = addTextRow(tr("&Title:"), era.title, QStringLiteral("title"), tr("Title"), &m_titleFeedback);
    m_title->setPlaceholderText(tr("e.g. Cold War, Bronze Age"));
    m_title->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleEdited = true;
        revalidate();
    });
    addDateRow(tr("&Start:"), m_start, era.when.start, QStringLiteral("start"), tr("Start date"));
    addDateRow(tr("&End:"), m_end, era.when.end, QStringLiteral("end"), tr("End date"));
    m_colour = addTextRow(tr("&Colour:"), era.colour, QStringLiteral("colour"), tr("Colour"), &m_colourFeedback);
    m_colour->setPlaceholderText(tr("e.g. #4060a0 or steelblue; empty for the usual shade"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlainText(era.description);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What marks the era. Markdown is allowed."));
    addRow(tr("&Description:"), m_description, tr("Description"));
    finish();
    setFocusProxy(m_title);
}

Era EraEditor::era() const
{
    Era edited = m_initial;
    if (m_title->text() != m_initial.title)
        edited.title = m_title->text().trimmed();
    if (m_colour->text() != m_initial.colour)
        edited.colour = m_colour->text().trimmed();
    if (m_description->document()->isModified())
        edited.description = m_description->toPlainText();
    QString ignored;
    edited.when.start = m_start.read(&ignored);
    edited.when.end = m_end.read(&ignored);
    return edited;
}

void EraEditor::revalidate()
{
    const bool titleMissing = m_title->text().trimmed().isEmpty();
    showFeedback(m_titleFeedback, titleMissing ? tr("Required.") : QString(),
                 titleMissing && (m_titleEdited || m_initial.id != 0));

    const QString colour = m_colour->text().trimmed();
    const bool colourUnknown = !colour.isEmpty() && !QColor::isValidColor(colour);
    showFeedback(m_colourFeedback, colourUnknown ? tr("Not a colour: use #rrggbb or a name such as steelblue.") : QString(),
                 colourUnknown);

    QString problem = checkDate(m_start, tr("Required: when the era began."), tr("The start date cannot be read: %1"));
    QString startError;
    const HistoricalDate start = m_start.read(&startError);
    const QString endProblem = checkDate(m_end, tr("Required: when the era ended."),
                                         tr("The end date cannot be read: %1"), start);
    if (problem.isEmpty())
        problem = endProblem;
    if (problem.isEmpty())
        problem = validateEra(era());
    if (problem.isEmpty() && colourUnknown)
        problem = tr("The colour is not one Annals knows.");
    setProblem(problem);
}

} // namespace Annals
