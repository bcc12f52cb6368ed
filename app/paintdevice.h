// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPaintEngine>
#include <QPainter>

namespace Annals {

// Whether `painter` draws pixels (a screen, an image). Cached sprites and
// layers are right there; a PDF, an SVG or a printer would embed them as
// pictures, heavy and blurred when zoomed, so the canvases draw shapes for
// those instead.
inline bool paintsPixels(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (!engine)
        return true;
    const QPaintEngine::Type type = engine->type();
    return type == QPaintEngine::Raster || type == QPaintEngine::OpenGL || type == QPaintEngine::OpenGL2;
}

} // namespace Annals
