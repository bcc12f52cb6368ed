// SPDX-License-Identifier: GPL-3.0-or-later
// Export of the views to PNG, SVG and PDF: the files are what they claim
// to be, show what was asked, and failures leave nothing behind.
#include "atlas.h"
#include "exportdialog.h"
#include "historicaldate.h"
#include "graphview.h"
#include "mainwindow.h"
#include "timelinecanvas.h"
#include "timelineview.h"
#include "viewexporter.h"
#include "viewstate.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QImageReader>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QPicture>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Annals;

namespace {

qint64 secondsOf(const char *text)
{
    return DateParser::parse(QString::fromUtf8(text)).date.seconds();
}

// The strings of every <text> element of an SVG, or an error.
QStringList svgTexts(const QByteArray &svg, QString *error, QString *root)
{
    QStringList texts;
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (root->isEmpty())
            *root = reader.name().toString();
        if (reader.name() == QLatin1String("text"))
            texts << reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    if (reader.hasError())
        *error = reader.errorString();
    return texts;
}

struct PdfInfo {
    int pages = 0;
    QSizeF pageSize; // points
};

std::optional<PdfInfo> pdfInfo(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return std::nullopt;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    PdfInfo info;
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    static const QRegularExpression size(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption);
    info.pages = pages.match(out).captured(1).toInt();
    const auto match = size.match(out);
    info.pageSize = QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
    return info;
}

// The images `pdfimages -list` finds in a PDF, one line each; none when the
// tool is missing.
std::optional<QStringList> pdfImages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Two lines of heading: the column names and a rule.
    if (lines.size() < 2 || !lines.at(1).startsWith(QLatin1String("---")))
        return std::nullopt;
    return lines.mid(2);
}

QString badgeText(quint32 count)
{
    return count > 999 ? QStringLiteral("%1k").arg(count / 1000) : QString::number(count);
}

// The share of pixels that differ clearly (by more than a quarter of the
// range in some channel) between two pictures of the same size.
double clearlyDifferentShare(const QImage &a, const QImage &b)
{
    const QImage left = a.convertToFormat(QImage::Format_ARGB32);
    const QImage right = b.convertToFormat(QImage::Format_ARGB32);
    qint64 different = 0;
    for (int y = 0; y < left.height(); ++y) {
        const auto *l = reinterpret_cast<const QRgb *>(left.constScanLine(y));
        const auto *r = reinterpret_cast<const QRgb *>(right.constScanLine(y));
        for (int x = 0; x < left.width(); ++x) {
            const int difference = std::max({std::abs(qRed(l[x]) - qRed(r[x])), std::abs(qGreen(l[x]) - qGreen(r[x])),
                                              std::abs(qBlue(l[x]) - qBlue(r[x])), std::abs(qAlpha(l[x]) - qAlpha(r[x]))});
            if (difference > 64)
                ++different;
        }
    }
    return double(different) / (double(left.width()) * left.height());
}

} // namespace

class tst_ViewExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesValidFiles_data();
    void writesValidFiles();
    void pdfPageSizes_data();
    void pdfPageSizes();
    void pngStoresTheDensity();
    void headerNamesTheAtlasAndTheWindow();
    void failuresLeaveNothingBehind_data();
    void failuresLeaveNothingBehind();
    void emptyAtlasIsRefused();
    void tourHandoutHasAPagePerStop();
    void tourNeedsAPdf();
    void printsThroughTheSameRenderer();
    void windowOffersExportAndPrint();
    void dialogFollowsTheExtension();
    void dialogWritesTheFile();
    void vectorExportsHoldNoPictures_data();
    void vectorExportsHoldNoPictures();
    void tourHandoutIsSmallAndVector();
    void clusterCountsAreText();
    void vectorShapesLookLikeTheSprites_data();
    void vectorShapesLookLikeTheSprites();

private:
    ExportSettings koreanWar() const;
    ItemId actorNamed(const QString &name) const;
    std::unique_ptr<Atlas> m_atlas;
    QTemporaryDir m_dir;
};

void tst_ViewExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY(m_dir.isValid());
}

ExportSettings tst_ViewExporter::koreanWar() const
{
    ExportSettings settings;
    settings.timeWindow = std::make_pair(secondsOf("1950"), secondsOf("1954"));
    settings.cursor = secondsOf("1 June 1951");
    settings.pixelSize = QSize(1200, 800);
    return settings;
}

void tst_ViewExporter::writesValidFiles_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QStringList>("labels"); // must be in the SVG as text
    const QStringList timelineLabels{QStringLiteral("Korean War"), QStringLiteral("Incheon landing")};
    const QStringList graphLabels{QStringLiteral("China"), QStringLiteral("North Korea"), QStringLiteral("United States")};
    for (const char *extension : {"png", "svg", "pdf"}) {
        QTest::addRow("timeline %s", extension) << int(ExportSettings::View::Timeline) << extension << timelineLabels;
        QTest::addRow("graph %s", extension) << int(ExportSettings::View::Graph) << extension << graphLabels;
        // Smaller, the graph names fewer actors: the best connected.
        QTest::addRow("both %s", extension) << int(ExportSettings::View::Both) << extension
                                            << timelineLabels + QStringList{QStringLiteral("North Korea"), QStringLiteral("South Korea")};
    }
}

void tst_ViewExporter::writesValidFiles()
{
    QFETCH(int, view);
    QFETCH(QString, extension);
    QFETCH(QStringList, labels);
    ExportSettings settings = koreanWar();
    settings.view = ExportSettings::View(view);
    ViewExporter exporter(&m_atlas->data(), m_atlas->eventIndex());
    exporter.setSettings(settings);
    const QString path = m_dir.filePath(QStringLiteral("%1.%2").arg(QTest::currentDataTag()).arg(extension).replace(QLatin1Char(' '), QLatin1Char('-')));
    QString error;
    QVERIFY2(exporter.exportTo(path, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (extension == QLatin1String("png")) {
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(1200, 800));
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(1200, 800));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 8)
            for (int x = 0; x < image.width(); x += 8)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 5, "a painted view is not one flat colour");
    } else if (extension == QLatin1String("svg")) {
        QString xmlError;
        QString root;
        const QStringList texts = svgTexts(bytes, &xmlError, &root);
        QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY(bytes.contains("viewBox=\"0 0 1200 800\""));
        for (const QString &label : labels)
            QVERIFY2(texts.contains(label), qPrintable(label + QStringLiteral(" is not a <text> of the SVG")));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        const std::optional<PdfInfo> info = pdfInfo(path);
        if (!info)
            QSKIP("pdfinfo (poppler-utils) is not installed; tools/dev test installs it");
        QCOMPARE(info->pages, 1);
        QCOMPARE(qRound(info->pageSize.width()), 842);
        QCOMPARE(qRound(info->pageSize.height()), 595);
    }
}

void tst_ViewExporter::pdfPageSizes_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QSize>("points");
    QTest::newRow("A4") << int(ExportSettings::Page::A4) << QSize(842, 595);
    QTest::newRow("Letter") << int(ExportSettings::Page::Letter) << QSize(792, 612);
}

void tst_ViewExporter::pdfPageSizes()
{
    QFETCH(int, page);
    QFETCH(QSize, points);
    ExportSettings settings = koreanWar();
    settings.view = ExportSettings::View::Timeline;
    settings.page = ExportSettings::Page(page);
    ViewExporter exporter(&m_atlas->data(), m_atlas->eventIndex());
    exporter.setSettings(settings);
    const QString path = m_dir.filePath(QStringLiteral("page-%1.pdf").arg(QTest::currentDataTag()));
    QString error;
    QVERIFY2(exporter.exportTo(path, &error), qPrintable(error));
    const std::optional<PdfInfo> info = pdfInfo(path);
    if (!info)
        QSKIP("pdfinfo (poppler-utils) is not installed; tools/dev test installs it");
    QCOMPARE(info->pages, 1);
    QCOMPARE(QSize(qRound(info->pageSize.width()), qRound(info->pageSize.height())), points);

    // The header and the labels are text a reader can search and copy.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text.waitForFinished(30000) || text.exitCode() != 0)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString contents = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(contents.contains(exporter.headerText()), qPrintable(contents.left(300)));
    QVERIFY2(contents.contains(QLatin1String("Korean War")), qPrintable(contents.left(300)));
}

void tst_ViewExporter::pngStoresTheDensity()
{
    ExportSettings settings = koreanWar();
    settings.view = ExportSettings::View::Timeline;
    settings.dotsPerInch = 192;
    ViewExporter exporter(&m_atlas->data(), m_atlas->eventIndex());
    exporter.setSettings(settings);
    const QString path = m_dir.filePath(QStringLiteral("dense.png"));
    QString error;
    QVERIFY2(exporter.exportTo(path, &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1200, 800));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
    QCOMPARE(qRound(image.dotsPerMeterY() * 0.0254), 192);
}

void tst_ViewExporter::headerNamesTheAtlasAndTheWindow()
{
    ExportSettings settings;
    settings.timeWindow = std::make_pair(secondsOf("1950"), secondsOf("1954"));
    ViewExporter exporter(&m_atlas->data(), m_atlas->eventIndex());
    exporter.setSettings(settings);
    QCOMPARE(exporter.headerText(), QStringLiteral("Korea and the great powers, 1945–2025 · 1950–1953"));
    settings.timeWindow = std::make_pair(secondsOf("1 Jul 1953"), secondsOf("1 Aug 1953"));
    exporter.setSettings(settings);
    QCOMPARE(exporter.headerText(), QStringLiteral("Korea and the great powers, 1945–2025 · 1 Jul 1953–31 Jul 1953"));
}

void tst_ViewExporter::failuresLeaveNothingBehind_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown extension") << "picture.gif" << ".png, .svg or .pdf";
    QTest::newRow("no extension") << "picture" << ".png, .svg or .pdf";
    QTest::newRow("missing folder, png") << "no-such-folder/picture.png" << "Could not write";
    QTest::newRow("missing folder, svg") << "no-such-folder/picture.svg" << "Could not write";
    QTest::newRow("missing folder, pdf") << "no-such-folder/picture.pdf" << "Could not write";
}

void tst_ViewExporter::failuresLeaveNothingBehind()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    ViewExporter exporter(&m_atlas->data(), m_atlas->eventIndex());
    exporter.setSettings(koreanWar());
    QString error;
    QVERIFY(!exporter.exportTo(dir.filePath(name), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(name)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void tst_ViewExporter::emptyAtlasIsRefused()
{
    const AtlasData empty;
    ViewExporter exporter(&empty, std::make_shared<const EventIndex>(EventIndex::fromAtlas(empty)));
    QTemporaryDir dir;
    for (const char *name : {"empty.png", "empty.svg", "empty.pdf"}) {
        QString error;
        QVERIFY(!exporter.exportTo(dir.filePath(QLatin1String(name)), &error));
        QVERIFY2(error.contains(QLatin1String("nothing to export")), qPrintable(error));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void tst_ViewExporter::tourHandoutHasAPagePerStop()
{
    QVERIFY(!m_atlas->data().tours.isEmpty());
    const Tour &tour = m_atlas->data().tours.constFirst();
    QVERIFY(tour.steps.size() > 1);
    ExportSettings settings;
    settings.tourPages = true;
    ViewExporter exporter(&m_atlas->data(), m_atlas->eventIndex());
    exporter.setSettings(settings);
    const QString path = m_dir.filePath(QStringLiteral("tour.pdf"));
    QString error;
    QVERIFY2(exporter.exportTo(path, &error), qPrintable(error));
    const std::optional<PdfInfo> info = pdfInfo(path);
    if (!info)
        QSKIP("pdfinfo (poppler-utils) is not installed; tools/dev test installs it");
    QCOMPARE(info->pages, int(tour.steps.size()));
    QCOMPARE(qRound(info->pageSize.width()), 842);

    // The second page is the second stop: its caption and its own dates.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"),
                                             path, QStringLiteral("-")});
    if (!text.waitForFinished(30000) || text.exitCode() != 0)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString second = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    const TourStep &step = tour.steps.at(1);
    QVERIFY2(second.contains(step.caption.left(30)), qPrintable(second.left(400)));
    QVERIFY2(second.contains(QStringLiteral("stop 2 of %1").arg(tour.steps.size())), qPrintable(second.left(400)));
    const QString firstYear = QString::number(HistoricalDate(*step.windowStart, Precision::Year).astronomicalYear());
    QVERIFY2(second.contains(QStringLiteral(" · ") + firstYear), qPrintable(second.left(400)));
}

void tst_ViewExporter::tourNeedsAPdf()
{
    ExportSettings settings;
    settings.tourPages = true;
    ViewExporter exporter(&m_atlas->data(), m_atlas->eventIndex());
    exporter.setSettings(settings);
    QTemporaryDir dir;
    QString error;
    QVERIFY(!exporter.exportTo(dir.filePath(QStringLiteral("tour.png")), &error));
    QVERIFY2(error.contains(QLatin1String(".pdf")), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("tour.png"))));
}

void tst_ViewExporter::printsThroughTheSameRenderer()
{
    // A printer writing PDF stands in for a real one: the page is the same.
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageOrientation(QPageLayout::Landscape);
    ViewExporter exporter(&m_atlas->data(), m_atlas->eventIndex());
    exporter.setSettings(koreanWar());
    QString error;
    QVERIFY2(exporter.print(&printer, &error), qPrintable(error));
    const std::optional<PdfInfo> info = pdfInfo(path);
    if (!info)
        QSKIP("pdfinfo (poppler-utils) is not installed; tools/dev test installs it");
    QCOMPARE(info->pages, 1);
    QCOMPARE(QSize(qRound(info->pageSize.width()), qRound(info->pageSize.height())), QSize(792, 612));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString contents = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(contents.contains(exporter.headerText()), qPrintable(contents.left(300)));
    QVERIFY2(contents.contains(QLatin1String("North Korea")), qPrintable(contents.left(300)));
}

void tst_ViewExporter::windowOffersExportAndPrint()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    auto find = [&window](const QKeySequence &shortcut) -> QAction * {
        for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions()) {
            if (action->shortcut() == shortcut)
                return action;
        }
        return nullptr;
    };
    QAction *exportAction = find(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *printAction = find(QKeySequence::Print);
    QVERIFY(exportAction && printAction);
    QVERIFY(exportAction->text().contains(QLatin1String("Export")));
    // Nothing to export until an atlas is open.
    QVERIFY(!exportAction->isEnabled() && !printAction->isEnabled());
    QString error;
    std::unique_ptr<Atlas> sample = Atlas::openSampleInMemory(&error);
    QVERIFY2(sample, qPrintable(error));
    window.setAtlas(std::move(sample));
    QVERIFY(exportAction->isEnabled() && printAction->isEnabled());
    // What the window shows is what is exported.
    window.setLaneMode(LaneMode::Packed);
    window.viewState()->setCursor(secondsOf("1 June 1951"));
    const ExportSettings shown = ExportDialog::settingsShownBy(window);
    QCOMPARE(shown.laneMode, LaneMode::Packed);
    QCOMPARE(shown.cursor, std::optional<qint64>(secondsOf("1 June 1951")));
}

void tst_ViewExporter::dialogFollowsTheExtension()
{
    ExportDialog dialog(&m_atlas->data(), m_atlas->eventIndex(), koreanWar());
    auto *path = dialog.findChild<QLineEdit *>();
    QVERIFY(path);
    // Every control says what it is to a screen reader.
    for (QWidget *control : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(control) || qobject_cast<QSpinBox *>(control) || qobject_cast<QLineEdit *>(control)) {
            if (qobject_cast<QSpinBox *>(control->parentWidget()))
                continue; // the spin box's own line edit
            QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
            QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->accessibleName()));
        }
    }
    // A typed extension picks the format…
    path->clear();
    QTest::keyClicks(path, m_dir.filePath(QStringLiteral("typed.svg")));
    QCOMPARE(dialog.format(), ViewExporter::Format::Svg);
    // …and the format picks the extension.
    auto formats = dialog.findChildren<QComboBox *>();
    const auto format = std::find_if(formats.begin(), formats.end(),
                                     [](QComboBox *box) { return box->accessibleName() == QLatin1String("File format"); });
    QVERIFY(format != formats.end());
    (*format)->setCurrentIndex((*format)->findData(int(ViewExporter::Format::Pdf)));
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("typed.pdf")));
}

void tst_ViewExporter::dialogWritesTheFile()
{
    ExportDialog dialog(&m_atlas->data(), m_atlas->eventIndex(), koreanWar());
    const QString path = m_dir.filePath(QStringLiteral("from-dialog.png"));
    dialog.setPath(path);
    auto spins = dialog.findChildren<QSpinBox *>();
    for (QSpinBox *spin : spins) {
        if (spin->accessibleName() == QLatin1String("Width in pixels"))
            spin->setValue(640);
        else if (spin->accessibleName() == QLatin1String("Height in pixels"))
            spin->setValue(480);
    }
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QImageReader(path).size(), QSize(640, 480));
}


ItemId tst_ViewExporter::actorNamed(const QString &name) const
{
    for (const Actor &actor : m_atlas->data().actors)
        if (actor.name == name)
            return actor.id;
    return 0;
}

void tst_ViewExporter::vectorExportsHoldNoPictures_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<bool>("selection"); // ringed and faded nodes, dimmed events
    QTest::addColumn<bool>("clusters");  // zoomed out until events gather
    for (const char *extension : {"svg", "pdf", "print"}) {
        QTest::addRow("both %s", extension) << int(ExportSettings::View::Both) << extension << false << false;
        QTest::addRow("both, selection %s", extension) << int(ExportSettings::View::Both) << extension << true << false;
        QTest::addRow("timeline, clusters %s", extension) << int(ExportSettings::View::Timeline) << extension << false << true;
    }
}

void tst_ViewExporter::vectorExportsHoldNoPictures()
{
    QFETCH(int, view);
    QFETCH(QString, extension);
    QFETCH(bool, selection);
    QFETCH(bool, clusters);
    ExportSettings settings = koreanWar();
    settings.view = ExportSettings::View(view);
    if (selection) {
        settings.selectedActor = actorNamed(QStringLiteral("North Korea"));
        QVERIFY(settings.selectedActor != 0);
    }
    if (clusters)
        settings.timeWindow = std::make_pair(secondsOf("1000"), secondsOf("2300"));
    ViewExporter exporter(&m_atlas->data(), m_atlas->eventIndex());
    exporter.setSettings(settings);
    const QString name = QStringLiteral("pictureless-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))
                             .remove(QLatin1Char(','));
    QString error;
    if (extension == QLatin1String("svg")) {
        const QString path = m_dir.filePath(name + QStringLiteral(".svg"));
        QVERIFY2(exporter.exportTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<path") || svg.contains("<ellipse") || svg.contains("<circle"));
        QVERIFY2(!svg.contains("<image"), "an SVG export embeds a picture");
        return;
    }
    const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
    if (extension == QLatin1String("pdf")) {
        QVERIFY2(exporter.exportTo(path, &error), qPrintable(error));
    } else {
        QPrinter printer;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        QVERIFY2(exporter.print(&printer, &error), qPrintable(error));
    }
    const std::optional<QStringList> images = pdfImages(path);
    if (!images)
        QSKIP("pdfimages (poppler-utils) is not installed");
    QVERIFY2(images->isEmpty(), qPrintable(images->join(QLatin1Char('\n'))));
}

void tst_ViewExporter::tourHandoutIsSmallAndVector()
{
    ExportSettings settings;
    settings.tourPages = true;
    ViewExporter exporter(&m_atlas->data(), m_atlas->eventIndex());
    exporter.setSettings(settings);
    const QString path = m_dir.filePath(QStringLiteral("vector-tour.pdf"));
    QString error;
    QVERIFY2(exporter.exportTo(path, &error), qPrintable(error));
    // As pictures, the markers, nodes and edges made the handout about 4 MB.
    const qint64 size = QFileInfo(path).size();
    QVERIFY2(size < 1024 * 1024, qPrintable(QStringLiteral("%1 bytes").arg(size)));
    const std::optional<QStringList> images = pdfImages(path);
    if (!images)
        QSKIP("pdfimages (poppler-utils) is not installed");
    QVERIFY2(images->isEmpty(), qPrintable(images->join(QLatin1Char('\n'))));
}

void tst_ViewExporter::clusterCountsAreText()
{
    ViewState state;
    TimelineView view;
    view.setAnimated(false);
    view.setViewState(&state);
    view.setAtlas(&m_atlas->data(), m_atlas->eventIndex());
    const QSize size(1200, 700);
    TimelineCanvas &canvas = view.canvas();
    canvas.setSize(size);
    canvas.setScale(canvas.scale().showing(secondsOf("1000"), secondsOf("2300")));
    QStringList counts;
    for (const auto &cluster : canvas.scene().clusters)
        counts << badgeText(cluster.count);
    QVERIFY2(counts.size() > 1, "zoomed out this far, events gather into clusters");

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    QPainter painter(&generator);
    view.render(painter, QRect(QPoint(0, 0), size));
    painter.end();

    QString xmlError;
    QString root;
    QStringList texts = svgTexts(buffer.data(), &xmlError, &root);
    QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
    for (const QString &count : std::as_const(counts)) {
        // Each badge its own <text>: remove one per badge, so that two
        // badges of 2 need two texts "2".
        QVERIFY2(texts.removeOne(count), qPrintable(QStringLiteral("no <text> %1 for a cluster's badge").arg(count)));
    }
}

void tst_ViewExporter::vectorShapesLookLikeTheSprites_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<bool>("selection");
    // The share of pixels allowed to differ clearly: the graph has more
    // names, and names move a pixel in a QPicture.
    QTest::addColumn<double>("tolerance");
    QTest::newRow("timeline") << int(ExportSettings::View::Timeline) << false << 0.0008;
    QTest::newRow("timeline, clusters") << int(ExportSettings::View::Timeline) << true << 0.0008;
    QTest::newRow("graph") << int(ExportSettings::View::Graph) << false << 0.004;
    QTest::newRow("graph, selection") << int(ExportSettings::View::Graph) << true << 0.004;
}

void tst_ViewExporter::vectorShapesLookLikeTheSprites()
{
    // The same views drawn once through the sprites (an image) and once as
    // shapes (a QPicture, a vector device, played back onto an image): a
    // missing, misplaced or miscoloured shape shows as a clear difference;
    // antialiasing at half-pixel offsets, and names a pixel apart (a QPicture
    // places text a little differently), stay under the tolerance.
    QFETCH(int, view);
    QFETCH(bool, selection);
    QFETCH(double, tolerance);
    const QSize size(1000, 700);
    ViewState state;
    state.setCursor(secondsOf("1 June 1951"));
    QImage sprites(size, QImage::Format_ARGB32_Premultiplied);
    sprites.fill(Qt::white);
    QPicture picture;
    if (view == int(ExportSettings::View::Timeline)) {
        TimelineView timeline;
        timeline.setAnimated(false);
        timeline.setViewState(&state);
        timeline.setAtlas(&m_atlas->data(), m_atlas->eventIndex());
        TimelineCanvas &canvas = timeline.canvas();
        canvas.setSize(size);
        canvas.setScale(selection ? canvas.scale().showing(secondsOf("1000"), secondsOf("2300"))
                                  : canvas.scale().showing(secondsOf("1950"), secondsOf("1954")));
        QVERIFY(!canvas.scene().items.isEmpty() || !canvas.scene().clusters.isEmpty());
        QPainter onImage(&sprites);
        timeline.render(onImage, QRect(QPoint(0, 0), size));
        onImage.end();
        QPainter onPicture(&picture);
        timeline.render(onPicture, QRect(QPoint(0, 0), size));
        onPicture.end();
    } else {
        if (selection)
            state.setSelectedActor(actorNamed(QStringLiteral("North Korea")));
        GraphView graph;
        graph.setAnimated(false);
        graph.setViewState(&state);
        graph.setAtlas(&m_atlas->data());
        graph.resize(size);
        QVERIFY(graph.waitForLayout());
        QPainter onImage(&sprites);
        graph.render(onImage, QRect(QPoint(0, 0), size));
        onImage.end();
        QPainter onPicture(&picture);
        graph.render(onPicture, QRect(QPoint(0, 0), size));
        onPicture.end();
    }
    QImage shapes(size, QImage::Format_ARGB32_Premultiplied);
    shapes.fill(Qt::white);
    QPainter player(&shapes);
    player.drawPicture(0, 0, picture);
    player.end();

    QImage blank(size, QImage::Format_ARGB32_Premultiplied);
    blank.fill(Qt::white);
    QVERIFY2(clearlyDifferentShare(sprites, blank) > 0.01, "the view painted something");
    const double share = clearlyDifferentShare(sprites, shapes);
    QVERIFY2(share < tolerance, qPrintable(QStringLiteral("%1% of the pixels differ").arg(share * 100)));
}

QTEST_MAIN(tst_ViewExporter)
#include "tst_viewexporter.moc"
