// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a formatted document shows a reader, counted: the links it offers,
// the images it would load, its emphasis and list items. The tests of
// SafeMarkdown and of the details panel judge the same things.

#include <QFont>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>

namespace Annals {

struct ShownText {
    QString text;
    QStringList links; // each href once, in order of appearance
    int images = 0;
    int italics = 0;
    int bolds = 0;
    int listItems = 0;
};

inline ShownText inspectDocument(const QTextDocument &document)
{
    ShownText shown;
    shown.text = document.toPlainText();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.textList())
            ++shown.listItems;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                ++shown.images;
            if ((format.isAnchor() || format.hasProperty(QTextFormat::AnchorHref)) && !shown.links.contains(format.anchorHref()))
                shown.links << format.anchorHref();
            if (format.fontItalic())
                ++shown.italics;
            if (format.fontWeight() >= QFont::Bold)
                ++shown.bolds;
        }
    }
    return shown;
}

} // namespace Annals
