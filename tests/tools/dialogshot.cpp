// SPDX-License-Identifier: GPL-3.0-or-later
// Draws the CSV import dialog over a file into a PNG, for the screenshots in
// docs/: dialogshot IN.csv OUT.png [WIDTHxHEIGHT]. The dialog maps the file
// against the sample atlas, as it would in the app.
#include "atlas.h"
#include "csvimportdialog.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        err << "usage: dialogshot IN.csv OUT.png [WIDTHxHEIGHT]" << Qt::endl;
        return 2;
    }
    QString error;
    const std::unique_ptr<Annals::Atlas> sample = Annals::Atlas::openSampleInMemory(&error);
    QFile file(arguments.at(1));
    if (!sample || !file.open(QIODevice::ReadOnly)) {
        err << (sample ? file.errorString() : error) << Qt::endl;
        return 1;
    }
    Annals::CsvImportDialog dialog(file.readAll(), QFileInfo(file).fileName(), sample->data());
    QSize size(1000, 720);
    if (arguments.size() > 3) {
        const QStringList parts = arguments.at(3).split(QLatin1Char('x'));
        if (parts.size() == 2)
            size = QSize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    dialog.resize(size);
    dialog.show();
    QApplication::processEvents();
    if (!dialog.grab().save(arguments.at(2))) {
        err << "could not write " << arguments.at(2) << Qt::endl;
        return 1;
    }
    return 0;
}
