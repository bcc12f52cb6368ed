// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the scalable icon into the hicolor PNG sizes at build time, so that
// the PNGs always match the SVG and no image tool beyond Qt SVG is needed.
//
//   annals-iconrender ICON.svg OUTPUT_DIR NAME SIZE...
//
// writes OUTPUT_DIR/<SIZE>x<SIZE>/apps/NAME.png for each SIZE.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QTextStream err(stderr);
    if (argc < 5) {
        err << "usage: annals-iconrender ICON.svg OUTPUT_DIR NAME SIZE..." << Qt::endl;
        return 2;
    }
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    const QString outputDir = QString::fromLocal8Bit(argv[2]);
    const QString name = QString::fromLocal8Bit(argv[3]);
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        err << "cannot read " << svgPath << Qt::endl;
        return 1;
    }
    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QByteArray(argv[i]).toInt(&ok);
        if (!ok || size <= 0) {
            err << "not a size: " << argv[i] << Qt::endl;
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(outputDir).arg(size);
        const QString path = QStringLiteral("%1/%2.png").arg(dir, name);
        if (!QDir().mkpath(dir) || !image.save(path, "PNG")) {
            err << "cannot write " << path << Qt::endl;
            return 1;
        }
    }
    return 0;
}
