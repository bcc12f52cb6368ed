// SPDX-License-Identifier: GPL-3.0-or-later
// Export of the views to PNG, SVG and PDF: the files are what they claim
// to be, show what was asked, and failures leave nothing behind.
#include "atlas.h"
#include "exportdialog.h"
#include "historicaldate.h"
#include "mainwindow.h"
#include "viewexporter.h"
#include "viewstate.h"

#include <QComboBox>
#include <QDir>
#include <QImageReader>
#include <QLineEdit>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
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

private:
    ExportSettings koreanWar() const;
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

QTEST_MAIN(tst_ViewExporter)
#include "tst_viewexporter.moc"
