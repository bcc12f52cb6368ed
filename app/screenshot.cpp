// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>
#include <QWindow>

namespace Annals {

bool saveWindowScreenshot(QWidget *window, const QString &pngPath, QString *error)
{
    window->show();
    // Layouts, deferred resizes and the first expose all arrive as events;
    // let them run until the window is exposed (or a generous deadline passes,
    // for platforms that never report exposure).
    QDeadlineTimer deadline(5000);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    } while (!(window->windowHandle() && window->windowHandle()->isExposed()) && !deadline.hasExpired());
    QCoreApplication::processEvents();

    const QPixmap pixmap = window->grab();
    if (pixmap.isNull()) {
        *error = QCoreApplication::translate("Annals::Screenshot", "The window could not be captured.");
        return false;
    }
    QImageWriter writer(pngPath, "png");
    if (!writer.write(pixmap.toImage())) {
        *error = QCoreApplication::translate("Annals::Screenshot", "Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(pngPath), writer.errorString());
        return false;
    }
    return true;
}

} // namespace Annals
