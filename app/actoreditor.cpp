// SPDX-License-Identifier: GPL-3.0-or-later
#include "actoreditor.h"

#include "atlasstore.h"

#include <QColor>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Annals {

ActorEditor::ActorEditor(const Actor &actor, QWidget *parent)
    : ItemEditor(tr("Store the actor (Ctrl+Enter)"), parent)
    , m_initial(actor)
{
    setObjectName(QStringLiteral("actorEditor"));
    setWindowTitle(actor.id == 0 ? tr("New Actor") : tr("Edit “%1”").arg(actor.name));

    m_name = addTextRow(tr("&Name:"), actor.name, QStringLiteral("name"), tr("Name"), &m_nameFeedback);
    m_name->setPlaceholderText(tr("As people know it, e.g. China, NATO, Bismarck"));
    m_name->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    // Only typing makes an empty name an error worth the error colour.
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        revalidate();
    });

    m_nativeName = new QLineEdit(actor.nativeName, this);
    m_nativeName->setObjectName(QStringLiteral("nativeName"));
    m_nativeName->setPlaceholderText(tr("In its own language, if different"));
    addRow(tr("Nati&ve name:"), m_nativeName, tr("Native name"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (ActorKind kind : {ActorKind::Person, ActorKind::State, ActorKind::Organisation, ActorKind::Group})
        m_kind->addItem(actorKindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(actor.kind)));
    addRow(tr("&Kind:"), m_kind, tr("Kind"));

    m_colour = addTextRow(tr("&Colour:"), actor.colour, QStringLiteral("colour"), tr("Colour"), &m_colourFeedback);
    m_colour->setPlaceholderText(tr("e.g. #de2910 or darkred; empty for a colour of its own"));

    addDateRow(tr("&Start:"), m_start, actor.start, QStringLiteral("start"), tr("Start date"));
    addDateRow(tr("&End:"), m_end, actor.end, QStringLiteral("end"), tr("End date"));
    m_end.edit->setPlaceholderText(tr("Empty while it still exists"));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlainText(actor.description);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Who or what it is. Markdown is allowed."));
    addRow(tr("&Description:"), m_description, tr("Description"));

    finish();
    setFocusProxy(m_name);
}

Actor ActorEditor::actor() const
{
    Actor edited = m_initial;
    if (m_name->text() != m_initial.name)
        edited.name = m_name->text().trimmed();
    if (m_nativeName->text() != m_initial.nativeName)
        edited.nativeName = m_nativeName->text().trimmed();
    edited.kind = ActorKind(m_kind->currentData().toInt());
    if (m_colour->text() != m_initial.colour)
        edited.colour = m_colour->text().trimmed();
    if (m_description->document()->isModified())
        edited.description = m_description->toPlainText();
    QString ignored;
    edited.start = m_start.read(&ignored);
    edited.end = m_end.read(&ignored);
    return edited;
}

void ActorEditor::revalidate()
{
    const bool nameMissing = m_name->text().trimmed().isEmpty();
    showFeedback(m_nameFeedback, nameMissing ? tr("Required.") : QString(),
                 nameMissing && (m_nameEdited || m_initial.id != 0));

    const QString colour = m_colour->text().trimmed();
    const bool colourUnknown = !colour.isEmpty() && !QColor::isValidColor(colour);
    showFeedback(m_colourFeedback, colourUnknown ? tr("Not a colour: use #rrggbb or a name such as darkred.") : QString(),
                 colourUnknown);

    QString problem = checkDate(m_start, tr("Optional: when it began, if known."),
                                tr("The start date cannot be read: %1"));
    QString startError;
    const HistoricalDate start = m_start.read(&startError);
    const QString endProblem = checkDate(m_end, tr("Optional: leave empty while it still exists."),
                                         tr("The end date cannot be read: %1"), start);
    if (problem.isEmpty())
        problem = endProblem;
    if (problem.isEmpty())
        problem = validateActor(actor());
    if (problem.isEmpty() && colourUnknown)
        problem = tr("The colour is not one Annals knows.");
    setProblem(problem);
}

} // namespace Annals
