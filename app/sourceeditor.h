// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "itemeditor.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Annals {

// The form for one source, new (id 0) or existing: title (required), author,
// publisher, when published, web address (http or https only, said under the
// field as it is typed), licence, when accessed and notes.
class SourceEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit SourceEditor(const Source &source, QWidget *parent = nullptr);

    Source source() const;

protected:
    void revalidate() override;

private:
    QLineEdit *addPlainRow(const QString &label, const QString &text, const QString &objectName,
                           const QString &accessibleName);

    Source m_initial;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleFeedback = nullptr;
    bool m_titleEdited = false;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_published = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlFeedback = nullptr;
    QLineEdit *m_licence = nullptr;
    QLineEdit *m_accessed = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace Annals
