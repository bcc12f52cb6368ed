// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationeditor.h"

#include "atlasstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <algorithm>

namespace Annals {

RelationEditor::RelationEditor(const AtlasData &atlas, const Relation &relation, QWidget *parent)
    : ItemEditor(tr("Store the relation (Ctrl+Enter)"), parent)
    , m_initial(relation)
{
    setObjectName(QStringLiteral("relationEditor"));
    setWindowTitle(relation.id == 0 ? tr("New Relation") : tr("Edit Relation"));

    QList<const Actor *> actors;
    for (const Actor &actor : atlas.actors)
        actors << &actor;
    std::sort(actors.begin(), actors.end(),
              [](const Actor *a, const Actor *b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
    m_source = addActorRow(tr("&From:"), actors, relation.sourceId, QStringLiteral("source"), tr("From actor"));
    m_target = addActorRow(tr("&To:"), actors, relation.targetId, QStringLiteral("target"), tr("To actor"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (int kind = int(RelationKind::Alliance); kind <= int(RelationKind::Other); ++kind)
        m_kind->addItem(relationKindName(RelationKind(kind)), kind);
    m_kind->setCurrentIndex(m_kind->findData(int(relation.kind)));
    addRow(tr("&Kind:"), m_kind, tr("Kind"));

    m_stance = new QComboBox(this);
    m_stance->setObjectName(QStringLiteral("stance"));
    m_stance->addItem(tr("Hostile"), -1);
    m_stance->addItem(tr("Neutral"), 0);
    m_stance->addItem(tr("Cooperative"), 1);
    m_stance->setCurrentIndex(std::max(0, m_stance->findData(relation.stance)));
    m_stance->setToolTip(tr("How the two stand towards each other: the colour of the line on the graph"));
    addRow(tr("St&ance:"), m_stance, tr("Stance"));

    m_directed = new QCheckBox(tr("From the first to the second only"), this);
    m_directed->setObjectName(QStringLiteral("directed"));
    m_directed->setChecked(relation.directed);
    m_directed->setToolTip(tr("Aid, leadership, sanctions: one gives, the other receives"));
    addRow(tr("&Directed:"), m_directed, tr("Directed"));

    m_label = new QLineEdit(relation.label, this);
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setPlaceholderText(tr("e.g. Treaty of Friendship"));
    addRow(tr("&Label:"), m_label, tr("Label"));

    addDateRow(tr("&Start:"), m_start, relation.when.start, QStringLiteral("start"), tr("Start date"));
    addDateRow(tr("&End:"), m_end, relation.when.end, QStringLiteral("end"), tr("End date"));
    m_end.edit->setPlaceholderText(tr("Empty while it still holds"));

    m_beginEvent = addEventRow(tr("&Begun by:"), atlas, relation.beginEventId, QStringLiteral("beginEvent"),
                               tr("Event that began it"));
    m_endEvent = addEventRow(tr("E&nded by:"), atlas, relation.endEventId, QStringLiteral("endEvent"),
                             tr("Event that ended it"));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlainText(relation.description);
    m_description->setTabChangesFocus(true);
    addRow(tr("Descri&ption:"), m_description, tr("Description"));

    for (QComboBox *box : {m_source, m_target})
        connect(box, &QComboBox::currentIndexChanged, this, &RelationEditor::revalidate);
    finish();
    setFocusProxy(relation.sourceId == 0 ? m_source : m_kind);
}

QComboBox *RelationEditor::addActorRow(const QString &label, const QList<const Actor *> &actors, ItemId current,
                                       const QString &objectName, const QString &accessibleName)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->addItem(tr("(choose an actor)"), ItemId(0));
    for (const Actor *actor : actors)
        box->addItem(actor->name, actor->id);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    addRow(label, box, accessibleName);
    return box;
}

QComboBox *RelationEditor::addEventRow(const QString &label, const AtlasData &atlas, ItemId current,
                                       const QString &objectName, const QString &accessibleName)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->addItem(tr("(none)"), ItemId(0));
    for (const Event &event : atlas.events)
        box->addItem(tr("%1 (%2)", "event title, date").arg(event.title, event.when.start.toDisplayString()), event.id);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    addRow(label, box, accessibleName);
    return box;
}

Relation RelationEditor::relation() const
{
    Relation edited = m_initial;
    edited.sourceId = m_source->currentData().toLongLong();
    edited.targetId = m_target->currentData().toLongLong();
    edited.kind = RelationKind(m_kind->currentData().toInt());
    edited.stance = m_stance->currentData().toInt();
    edited.directed = m_directed->isChecked();
    if (m_label->text() != m_initial.label)
        edited.label = m_label->text().trimmed();
    if (m_description->document()->isModified())
        edited.description = m_description->toPlainText();
    QString ignored;
    edited.when.start = m_start.read(&ignored);
    edited.when.end = m_end.read(&ignored);
    edited.beginEventId = m_beginEvent->currentData().toLongLong();
    edited.endEventId = m_endEvent->currentData().toLongLong();
    return edited;
}

void RelationEditor::revalidate()
{
    QString problem = checkDate(m_start, tr("Required: when it began."), tr("The start date cannot be read: %1"));
    QString startError;
    const HistoricalDate start = m_start.read(&startError);
    const QString endProblem = checkDate(m_end, tr("Optional: leave empty while it still holds."),
                                         tr("The end date cannot be read: %1"), start);
    if (problem.isEmpty())
        problem = endProblem;
    if (problem.isEmpty())
        problem = validateRelation(relation());
    setProblem(problem);
}

} // namespace Annals
