// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "domain.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Annals {

AboutDialog::AboutDialog(const AtlasData &sample, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Annals"));
    auto *text = new QTextBrowser(this);
    text->setOpenExternalLinks(true);
    text->setOpenLinks(true);
    text->setAccessibleName(tr("About Annals"));

    QString html = QStringLiteral("<h2>%1 %2</h2>").arg(QApplication::applicationDisplayName().toHtmlEscaped(),
                                                       QApplication::applicationVersion().toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("A timeline and relationship viewer for history, for students exploring "
                        "and teachers presenting.")
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Annals is free software under the GNU General Public License, version 3 or "
                        "later. It uses Qt %1 (LGPL 3) and SQLite (public domain).")
                         .arg(QString::fromLatin1(qVersion()))
                         .toHtmlEscaped());
    html += sourcesHtml(sample);
    text->setHtml(html);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(720, 560);
}

QString AboutDialog::sourcesHtml(const AtlasData &sample)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("The sample atlas: %1").arg(sample.meta.title).toHtmlEscaped());
    if (!sample.meta.licence.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Its text is licensed %1; its facts come from the sources below.")
                             .arg(sample.meta.licence)
                             .toHtmlEscaped());
    }
    html += QStringLiteral("<ol>");
    for (const Source &source : sample.sources) {
        QStringList parts;
        if (!source.author.isEmpty())
            parts << source.author.toHtmlEscaped();
        const QUrl url(source.url, QUrl::StrictMode);
        const bool linkable = url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
        parts << (linkable ? QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), source.title.toHtmlEscaped())
                           : QStringLiteral("<i>%1</i>").arg(source.title.toHtmlEscaped()));
        if (!source.publisher.isEmpty())
            parts << source.publisher.toHtmlEscaped();
        if (!source.published.isEmpty())
            parts << source.published.toHtmlEscaped();
        if (!source.licence.isEmpty())
            parts << tr("licence: %1").arg(source.licence).toHtmlEscaped();
        html += QStringLiteral("<li>%1</li>").arg(parts.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</ol>");
    return html;
}

} // namespace Annals
