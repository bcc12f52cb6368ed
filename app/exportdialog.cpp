// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "atlas.h"
#include "mainwindow.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Annals {

namespace {

const QString settingsGroup = QStringLiteral("export");

QString defaultFileName(const AtlasData *data)
{
    QString name = data && !data->meta.title.isEmpty() ? data->meta.title : QStringLiteral("annals");
    // Characters that some file systems refuse.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]+"));
    name.replace(unsafe, QStringLiteral(" "));
    return name.simplified();
}

} // namespace

ExportDialog::ExportDialog(const AtlasData *atlasData, std::shared_ptr<const EventIndex> index, const ExportSettings &shown,
                           QWidget *parent)
    : QDialog(parent)
    , m_data(atlasData)
    , m_index(std::move(index))
    , m_shown(shown)
    , m_view(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dotsPerInch(new QSpinBox(this))
    , m_page(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
{
    setWindowTitle(tr("Export"));
    setAccessibleName(tr("Export the views"));

    m_view->addItem(tr("Timeline and graph"), int(ExportSettings::View::Both));
    m_view->addItem(tr("Timeline"), int(ExportSettings::View::Timeline));
    m_view->addItem(tr("Graph"), int(ExportSettings::View::Graph));
    m_view->setAccessibleName(tr("View to export"));
    m_view->setToolTip(tr("Export the timeline, the graph, or the timeline above the graph"));

    m_format->addItem(tr("PNG picture"), int(ViewExporter::Format::Png));
    m_format->addItem(tr("SVG drawing"), int(ViewExporter::Format::Svg));
    m_format->addItem(tr("PDF document"), int(ViewExporter::Format::Pdf));
    m_format->setAccessibleName(tr("File format"));
    m_format->setToolTip(tr("PNG for slides and the web, SVG to edit further, PDF for a printed handout"));

    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(200, 16384);
        side->setSuffix(tr(" px"));
    }
    m_width->setAccessibleName(tr("Width in pixels"));
    m_width->setToolTip(tr("The picture's width in pixels (PNG and SVG)"));
    m_height->setAccessibleName(tr("Height in pixels"));
    m_height->setToolTip(tr("The picture's height in pixels (PNG and SVG)"));
    m_dotsPerInch->setRange(48, 1200);
    m_dotsPerInch->setSuffix(tr(" dpi"));
    m_dotsPerInch->setAccessibleName(tr("Resolution in dots per inch"));
    m_dotsPerInch->setToolTip(tr("Stored in the PNG; above 96 dpi the views are drawn larger and sharper "
                                 "in the same number of pixels' worth of layout"));

    m_page->addItem(tr("A4, landscape"), int(ExportSettings::Page::A4));
    m_page->addItem(tr("Letter, landscape"), int(ExportSettings::Page::Letter));
    m_page->setAccessibleName(tr("Page size"));
    m_page->setToolTip(tr("The PDF's page, with a header naming the atlas and the dates shown"));

    m_path->setAccessibleName(tr("File to write"));
    m_path->setToolTip(tr("Where to write the export; its ending (.png, .svg, .pdf) chooses the format"));
    m_browse->setAccessibleName(tr("Choose the file"));
    m_browse->setToolTip(tr("Choose where to write the export"));

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&View:"), m_view);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size:"), size);
    form->addRow(tr("&Resolution:"), m_dotsPerInch);
    form->addRow(tr("&Page:"), m_page);
    form->addRow(tr("F&ile:"), file);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    m_exportButton->setAccessibleName(tr("Export"));
    m_exportButton->setToolTip(tr("Write the file"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without exporting"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    QSettings settings;
    settings.beginGroup(settingsGroup);
    m_view->setCurrentIndex(std::max(0, m_view->findData(settings.value(QStringLiteral("view"), int(ExportSettings::View::Both)).toInt())));
    m_format->setCurrentIndex(std::max(0, m_format->findData(settings.value(QStringLiteral("format"), int(ViewExporter::Format::Png)).toInt())));
    m_width->setValue(settings.value(QStringLiteral("width"), 1920).toInt());
    m_height->setValue(settings.value(QStringLiteral("height"), 1080).toInt());
    m_dotsPerInch->setValue(settings.value(QStringLiteral("dotsPerInch"), 96).toInt());
    m_page->setCurrentIndex(std::max(0, m_page->findData(settings.value(QStringLiteral("page"), int(ExportSettings::Page::A4)).toInt())));
    const QString folder = settings.value(QStringLiteral("folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    settings.endGroup();
    m_path->setText(QDir(folder).filePath(defaultFileName(m_data) + QLatin1Char('.') + ViewExporter::extensionOf(format())));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::pathEdited);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    updateControls();
}

ExportSettings ExportDialog::settingsShownBy(const MainWindow &window)
{
    ExportSettings settings;
    const ViewState *state = window.viewState();
    if (state->windowEnd() > state->windowStart())
        settings.timeWindow = std::make_pair(state->windowStart(), state->windowEnd());
    settings.cursor = state->cursor();
    settings.filter = state->filter();
    settings.selectedEvent = state->selectedEvent();
    settings.selectedActor = state->selectedActor();
    settings.selectedRelation = state->selectedRelation();
    settings.laneMode = window.timelineView()->laneMode();
    settings.fontScale = window.fontScale();
    return settings;
}

void ExportDialog::exportFrom(MainWindow *window)
{
    if (!window->atlas())
        return;
    ExportDialog dialog(&window->atlas()->data(), window->atlas()->eventIndex(), settingsShownBy(*window), window);
    if (dialog.exec() == QDialog::Accepted)
        window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(dialog.path())), 5000);
}

void ExportDialog::printFrom(MainWindow *window)
{
    if (!window->atlas())
        return;
    ViewExporter exporter(&window->atlas()->data(), window->atlas()->eventIndex());
    exporter.setSettings(settingsShownBy(*window));
    QPrinter printer;
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(exporter.headerText());
    QPrintPreviewDialog preview(&printer, window);
    preview.setWindowTitle(tr("Print Preview"));
    QString error;
    connect(&preview, &QPrintPreviewDialog::paintRequested, window, [&exporter, &error](QPrinter *target) {
        exporter.print(target, &error);
    });
    preview.exec();
    if (!error.isEmpty())
        QMessageBox::warning(window, tr("Print"), error);
}

ViewExporter::Format ExportDialog::format() const
{
    return ViewExporter::Format(m_format->currentData().toInt());
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    pathEdited();
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings settings = m_shown;
    settings.view = ExportSettings::View(m_view->currentData().toInt());
    settings.pixelSize = QSize(m_width->value(), m_height->value());
    settings.dotsPerInch = m_dotsPerInch->value();
    settings.page = ExportSettings::Page(m_page->currentData().toInt());
    return settings;
}

void ExportDialog::formatChosen()
{
    // The file name follows the combo, so that what is written is what was chosen.
    const QString current = path();
    if (!current.isEmpty()) {
        const QFileInfo info(current);
        const QString stem = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
        m_path->setText(QDir(info.path()).filePath(stem + QLatin1Char('.') + ViewExporter::extensionOf(format())));
    }
    updateControls();
}

void ExportDialog::pathEdited()
{
    // And the combo follows a typed extension it knows.
    if (const auto typed = ViewExporter::formatFor(path())) {
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(m_format->findData(int(*typed)));
    }
    updateControls();
}

void ExportDialog::browse()
{
    const QString filter = format() == ViewExporter::Format::Png ? tr("PNG pictures (*.png)")
        : format() == ViewExporter::Format::Svg                 ? tr("SVG drawings (*.svg)")
                                                                : tr("PDF documents (*.pdf)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export To"), path(), filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::updateControls()
{
    const ViewExporter::Format chosen = format();
    m_width->setEnabled(chosen != ViewExporter::Format::Pdf);
    m_height->setEnabled(chosen != ViewExporter::Format::Pdf);
    m_dotsPerInch->setEnabled(chosen == ViewExporter::Format::Png);
    m_page->setEnabled(chosen == ViewExporter::Format::Pdf);
    m_exportButton->setEnabled(!path().isEmpty());
}

void ExportDialog::remember() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("view"), m_view->currentData());
    settings.setValue(QStringLiteral("format"), m_format->currentData());
    settings.setValue(QStringLiteral("width"), m_width->value());
    settings.setValue(QStringLiteral("height"), m_height->value());
    settings.setValue(QStringLiteral("dotsPerInch"), m_dotsPerInch->value());
    settings.setValue(QStringLiteral("page"), m_page->currentData());
    settings.setValue(QStringLiteral("folder"), QFileInfo(path()).absolutePath());
    settings.endGroup();
}

void ExportDialog::accept()
{
    QString target = path();
    // A name without a known ending gets the chosen format's.
    if (!ViewExporter::formatFor(target)) {
        target += QLatin1Char('.') + ViewExporter::extensionOf(format());
        m_path->setText(target);
    }
    ViewExporter exporter(m_data, m_index);
    exporter.setSettings(settings());
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = exporter.exportTo(target, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export"), error);
        return;
    }
    remember();
    QDialog::accept();
}

} // namespace Annals
