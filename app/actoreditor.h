// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "itemeditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Annals {

// The form for one actor, new (id 0) or existing: name (required), native
// name, kind, colour, description and the span it existed, the dates read by
// DateParser with what each was understood as under it.
class ActorEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit ActorEditor(const Actor &actor, QWidget *parent = nullptr);

    // The actor as edited, with the id it came in with; fields left untouched
    // come back exactly as they went in.
    Actor actor() const;

protected:
    void revalidate() override;

private:
    Actor m_initial;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameFeedback = nullptr;
    bool m_nameEdited = false;
    QLineEdit *m_nativeName = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_colour = nullptr;
    QLabel *m_colourFeedback = nullptr;
    QPlainTextEdit *m_description = nullptr;
    DateField m_start;
    DateField m_end;
};

} // namespace Annals
