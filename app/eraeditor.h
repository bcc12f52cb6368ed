// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "itemeditor.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Annals {

// The form for one era, new (id 0) or existing: title, start and end (all
// required, the end not before the start), colour and description.
class EraEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit EraEditor(const Era &era, QWidget *parent = nullptr);

    // The era as edited, with the id it came in with.
    Era era() const;

protected:
    void revalidate() override;

private:
    Era m_initial;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleFeedback = nullptr;
    bool m_titleEdited = false;
    QLineEdit *m_colour = nullptr;
    QLabel *m_colourFeedback = nullptr;
    DateField m_start;
    DateField m_end;
    QPlainTextEdit *m_description = nullptr;
};

} // namespace Annals
