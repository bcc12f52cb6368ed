// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "itemeditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Annals {

// The form for one relation, new (id 0; source and target may come filled
// in, from a gesture on the graph) or existing: the two actors, kind, stance,
// direction, label, description, span and the events that began and ended it.
class RelationEditor : public ItemEditor
{
    Q_OBJECT

public:
    // `atlas` is only read while constructing (for the actor and event lists).
    RelationEditor(const AtlasData &atlas, const Relation &relation, QWidget *parent = nullptr);

    Relation relation() const;

protected:
    void revalidate() override;

private:
    QComboBox *addActorRow(const QString &label, const QList<const Actor *> &actors, ItemId current,
                           const QString &objectName, const QString &accessibleName);
    QComboBox *addEventRow(const QString &label, const AtlasData &atlas, ItemId current, const QString &objectName,
                           const QString &accessibleName);

    Relation m_initial;
    QComboBox *m_source = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_stance = nullptr;
    QCheckBox *m_directed = nullptr;
    QLineEdit *m_label = nullptr;
    QPlainTextEdit *m_description = nullptr;
    DateField m_start;
    DateField m_end;
    QComboBox *m_beginEvent = nullptr;
    QComboBox *m_endEvent = nullptr;
};

} // namespace Annals
