// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace Annals {

// Waits until `window` is shown, laid out and painted, then saves what it
// shows as a PNG. Works on the offscreen platform too.
bool saveWindowScreenshot(QWidget *window, const QString &pngPath, QString *error);

} // namespace Annals
