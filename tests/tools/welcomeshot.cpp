// SPDX-License-Identifier: GPL-3.0-or-later
// Draws the main window with no atlas open (the welcome page) into a PNG, for
// docs/screenshots: welcomeshot OUT.png [WIDTHxHEIGHT] [TEXT%] [LAST.annals].
// Continue names LAST.annals, or a copy of the sample written for the picture.
// ANNALS_LANGUAGE=ko draws it in that language.
#include "atlas.h"
#include "languages.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "welcomepage.h"

#include <QApplication>
#include <QDir>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream err(stderr);
    if (const QString language = qEnvironmentVariable("ANNALS_LANGUAGE"); !language.isEmpty() && !Annals::Languages::apply(language)) {
        err << "welcomeshot: no language " << language << Qt::endl;
        return 2;
    }
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        err << "usage: welcomeshot OUT.png [WIDTHxHEIGHT] [TEXT%] [LAST.annals]" << Qt::endl;
        return 2;
    }
    QSize size(1366, 768);
    if (arguments.size() > 2) {
        const QStringList parts = arguments.at(2).split(QLatin1Char('x'));
        if (parts.size() == 2)
            size = QSize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    const int percent = arguments.size() > 3 ? arguments.at(3).toInt() : 100;
    QTemporaryDir dir;
    QString last = arguments.size() > 4 ? arguments.at(4) : QString();
    QString error;
    if (last.isEmpty()) {
        last = dir.filePath(QStringLiteral("Korea and the great powers.annals"));
        if (!Annals::Atlas::writeSample(last, &error)) {
            err << error << Qt::endl;
            return 1;
        }
    }
    const std::unique_ptr<Annals::Atlas> atlas = Annals::Atlas::open(last, &error);
    if (!atlas) {
        err << error << Qt::endl;
        return 1;
    }
    Annals::MainWindow window(Annals::MainWindow::SettingsUse::Ignore);
    window.welcomePage()->setLastAtlas(last, atlas->title());
    window.setFontScale(percent / 100.0);
    // Not "Text size 100 %", which setFontScale says for a moment.
    window.statusBar()->clearMessage();
    window.resize(size);
    window.show();
    QApplication::processEvents();
    if (!Annals::saveWindowScreenshot(&window, arguments.at(1), &error)) {
        err << error << Qt::endl;
        return 1;
    }
    return 0;
}
