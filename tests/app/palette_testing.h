// SPDX-License-Identifier: GPL-3.0-or-later
// What the chart widgets' theme tests share: a dark palette like a desktop's
// dark theme, and a count of the pixels that look like its background.
#pragma once

#include <QColor>
#include <QImage>
#include <QPalette>

namespace PaletteTesting {

// Only the roles a dark theme always sets, so that a widget reading any other
// role (PlaceholderText, say) keeps a light-theme colour and fails the test.
inline QPalette darkPalette()
{
    QPalette palette;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        palette.setColor(role, QColor(0x20, 0x21, 0x24));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x68));
    palette.setColor(QPalette::Highlight, QColor(0x8a, 0xb4, 0xf8));
    return palette;
}

// Pixels as dark as a dark background (or as light as a light one).
inline int backgroundLikePixels(const QImage &image, bool dark)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int lightness = image.pixelColor(x, y).lightness();
            if (dark ? lightness < 60 : lightness > 200)
                ++count;
        }
    }
    return count;
}

} // namespace PaletteTesting
