// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceeditor.h"

#include "atlasstore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Annals {

SourceEditor::SourceEditor(const Source &source, QWidget *parent)
    : ItemEditor(tr("Store the source (Ctrl+Enter)"), parent)
    , m_initial(source)
{
    setObjectName(QStringLiteral("sourceEditor"));
    setWindowTitle(source.id == 0 ? tr("New Source") : tr("Edit “%1”").arg(source.title));

    m_title = addTextRow(tr("&Title:"), source.title, QStringLiteral("title"), tr("Title"), &m_titleFeedback);
    m_title->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleEdited = true;
        revalidate();
    });
    m_author = addPlainRow(tr("&Author:"), source.author, QStringLiteral("author"), tr("Author"));
    m_publisher = addPlainRow(tr("&Publisher:"), source.publisher, QStringLiteral("publisher"), tr("Publisher"));
    m_published = addPlainRow(tr("Publis&hed:"), source.published, QStringLiteral("published"), tr("Published"));
    m_url = addTextRow(tr("&Web address:"), source.url, QStringLiteral("url"), tr("Web address"), &m_urlFeedback);
    m_url->setPlaceholderText(tr("https://…"));
    m_licence = addPlainRow(tr("&Licence:"), source.licence, QStringLiteral("licence"), tr("Licence"));
    m_accessed = addPlainRow(tr("A&ccessed:"), source.accessed, QStringLiteral("accessed"), tr("Accessed"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlainText(source.notes);
    m_notes->setTabChangesFocus(true);
    addRow(tr("&Notes:"), m_notes, tr("Notes"));
    finish();
    setFocusProxy(m_title);
}

QLineEdit *SourceEditor::addPlainRow(const QString &label, const QString &text, const QString &objectName,
                                     const QString &accessibleName)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(objectName);
    addRow(label, edit, accessibleName);
    return edit;
}

Source SourceEditor::source() const
{
    Source edited = m_initial;
    const std::pair<QLineEdit *, QString Source::*> fields[] = {
        {m_title, &Source::title},         {m_author, &Source::author}, {m_publisher, &Source::publisher},
        {m_published, &Source::published}, {m_url, &Source::url},       {m_licence, &Source::licence},
        {m_accessed, &Source::accessed},
    };
    for (const auto &[edit, member] : fields) {
        if (edit->text() != m_initial.*member)
            edited.*member = edit->text().trimmed();
    }
    if (m_notes->document()->isModified())
        edited.notes = m_notes->toPlainText();
    return edited;
}

void SourceEditor::revalidate()
{
    const bool titleMissing = m_title->text().trimmed().isEmpty();
    showFeedback(m_titleFeedback, titleMissing ? tr("Required.") : QString(),
                 titleMissing && (m_titleEdited || m_initial.id != 0));
    // The address alone, so that its message stands under it whatever else is wrong.
    Source addressOnly;
    addressOnly.title = QStringLiteral("-");
    addressOnly.url = m_url->text();
    const QString addressProblem = validateSource(addressOnly);
    showFeedback(m_urlFeedback, addressProblem, !addressProblem.isEmpty());
    setProblem(validateSource(source()));
}

} // namespace Annals
