// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewexporter.h"

#include "filteredevents.h"
#include "graphview.h"
#include "historicaldate.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Annals {

namespace {

// The views are drawn in screen pixels of this density; other densities
// scale the painter, never the layout.
constexpr qreal screenDotsPerInch = 96.0;
// Pages are drawn at three times screen density: the views draw shapes on a
// PDF, but anything painted in device pixels (cosmetic pens, rounding) lands
// on a grid fine enough for print.
constexpr int pageDevicePixelRatio = 3;
constexpr qreal pageMarginMillimetres = 10.0;
// Share of the height the timeline takes when both views are drawn: what its
// lanes need, within these bounds, so that the graph keeps a fair part.
constexpr double minimumTimelineShare = 0.4;
constexpr double maximumTimelineShare = 0.66;

// A PDF writer that says it is a high-density screen: QPainter scales the
// views' logical pixels to fit, and fonts are sized for the logical density
// the views measure text at (the writer's own would make every label three
// times too big for its place). The views draw shapes, not their cached
// pictures, on it: see paintsPixels() in paintdevice.h.
class DensePdfWriter : public QPdfWriter
{
public:
    using QPdfWriter::QPdfWriter;

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmDevicePixelRatio:
            return pageDevicePixelRatio;
        case PdmDevicePixelRatioScaled:
            return int(pageDevicePixelRatio * devicePixelRatioFScale());
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return int(screenDotsPerInch);
        default:
            return QPdfWriter::metric(metric);
        }
    }
};

QPageSize pageSizeOf(ExportSettings::Page page)
{
    return QPageSize(page == ExportSettings::Page::Letter ? QPageSize::Letter : QPageSize::A4);
}

// Dates of a window as a reader would write them: years for a long window,
// months for a season, days for a few weeks. The end is exclusive, so its
// last second is what is shown.
QString windowText(qint64 from, qint64 to)
{
    const double days = double(to - from) / 86400.0;
    const Precision precision = days > 2 * 365.25 ? Precision::Year : days > 62 ? Precision::Month : Precision::Day;
    const QString start = HistoricalDate(from, precision).toDisplayString();
    const QString end = HistoricalDate(std::max(from, to - 1), precision).toDisplayString();
    return start == end ? start : QStringLiteral("%1–%2").arg(start, end);
}

QString couldNotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Annals::ViewExporter", "Could not write %1: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

ViewExporter::ViewExporter(const AtlasData *data, std::shared_ptr<const EventIndex> index)
    : m_data(data)
    , m_index(std::move(index))
{
}

ViewExporter::~ViewExporter() = default;

std::optional<ViewExporter::Format> ViewExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString ViewExporter::extensionOf(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool ViewExporter::hasContent(QString *error) const
{
    if (m_data && m_index && (!m_data->events.isEmpty() || !m_data->actors.isEmpty()))
        return true;
    *error = tr("The atlas holds no events and no actors: there is nothing to export.");
    return false;
}

bool ViewExporter::exportTo(const QString &path, QString *error)
{
    const std::optional<Format> format = formatFor(path);
    if (!format) {
        *error = tr("Cannot tell the format of %1: give a file name ending in .png, .svg or .pdf.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!hasContent(error))
        return false;
    if (m_settings.tourPages && *format != Format::Pdf) {
        *error = tr("A tour makes pages: export it to a .pdf file.");
        return false;
    }
    if (m_settings.tourPages && tourPages().isEmpty()) {
        *error = tr("The atlas has no tour with steps to make pages of.");
        return false;
    }
    bool written = false;
    switch (*format) {
    case Format::Png:
        written = writePng(path, error);
        break;
    case Format::Svg:
        written = writeSvg(path, error);
        break;
    case Format::Pdf:
        written = writePdf(path, error);
        break;
    }
    m_views.reset(); // the next export may be of another size or density
    return written;
}

std::pair<qint64, qint64> ViewExporter::shownWindow() const
{
    if (m_settings.timeWindow)
        return *m_settings.timeWindow;
    TimelineCanvas canvas;
    canvas.setAtlas(m_data, m_index);
    const TimeScale fitted = canvas.fittingScale();
    return {fitted.start(), fitted.end()};
}

QString ViewExporter::headerText() const
{
    const auto [from, to] = shownWindow();
    const QString title = m_data && !m_data->meta.title.isEmpty() ? m_data->meta.title : tr("Untitled atlas");
    return tr("%1 · %2").arg(title, windowText(from, to));
}

// Views of their own, never shown: the window's views keep their size,
// animations and camera, and the export works without a window at all. Kept
// for all the pages of one export, so that the pictures the views cache
// (markers, node sprites) are the same images on every page, which a PDF
// then holds once.
struct ViewExporter::Views {
    ViewState state;
    FilteredEvents filtered{&state};
    TimelineView timeline;
    GraphView graph;
};

void ViewExporter::paintViews(QPainter &painter, const QRect &target)
{
    if (!m_data || !m_index || target.isEmpty())
        return;
    if (!m_views) {
        m_views = std::make_unique<Views>();
        m_views->filtered.setSource(m_index);
        m_views->timeline.setAnimated(false);
        m_views->timeline.setViewState(&m_views->state);
        m_views->timeline.setAtlas(m_data, m_views->filtered.events());
        m_views->graph.setAnimated(false);
        m_views->graph.setViewState(&m_views->state);
        m_views->graph.setAtlas(m_data);
    }
    ViewState &state = m_views->state;
    TimelineView &timelineView = m_views->timeline;
    GraphView &graphView = m_views->graph;
    state.setFilter(m_settings.filter);
    if (m_settings.cursor)
        state.setCursor(*m_settings.cursor);
    else if (m_settings.timeWindow)
        state.setCursor(m_settings.timeWindow->first + (m_settings.timeWindow->second - m_settings.timeWindow->first) / 2);
    else if (!m_index->isEmpty())
        state.setCursor(m_index->start(m_index->size() - 1)); // as the window starts: at the latest event
    state.setSelectedEvent(m_settings.selectedEvent);
    state.setSelectedActor(m_settings.selectedActor);
    state.setSelectedRelation(m_settings.selectedRelation);
    if (m_views->filtered.events().get() != timelineView.canvas().index()) {
        const qint64 cursor = state.cursor();
        timelineView.setAtlas(m_data, m_views->filtered.events());
        state.setCursor(cursor);
    }

    const bool timeline = m_settings.view != ExportSettings::View::Graph;
    const bool graph = m_settings.view != ExportSettings::View::Timeline;

    timelineView.setLaneMode(m_settings.laneMode);
    timelineView.setFontScale(m_settings.fontScale);
    TimelineCanvas &canvas = timelineView.canvas();
    auto showWindow = [&](QSize size) {
        canvas.setSize(size);
        canvas.setScale(m_settings.timeWindow ? canvas.scale().showing(m_settings.timeWindow->first, m_settings.timeWindow->second)
                                              : canvas.fittingScale());
    };
    showWindow(target.size());
    QRect timelineRect = target;
    QRect graphRect = target;
    if (timeline && graph) {
        double needed = canvas.contentTop() + canvas.scene().contentHeight + 4;
        if (m_settings.laneMode == LaneMode::Packed) {
            // The one packed lane fills any height; what it needs is its
            // lowest row, and room under it for the eras' names.
            const TimelineScene &scene = canvas.scene();
            const double row = 24 * m_settings.fontScale;
            double lowest = canvas.contentTop();
            for (const auto &item : scene.items)
                lowest = std::max(lowest, item.y + row / 2);
            for (const auto &cluster : scene.clusters)
                lowest = std::max(lowest, cluster.y + row / 2);
            for (const auto &label : scene.labels)
                lowest = std::max(lowest, label.rect.bottom());
            needed = std::min(needed, lowest + 2 * row);
        }
        double height = std::clamp(needed, target.height() * minimumTimelineShare, target.height() * maximumTimelineShare);
        // A lane cut by the edge would run on under the graph in an SVG,
        // which keeps no clipping: end at the last lane that fits whole.
        double lastWhole = 0;
        for (const auto &lane : canvas.scene().lanes) {
            if (lane.top + lane.height <= height)
                lastWhole = std::max(lastWhole, lane.top + lane.height);
        }
        if (needed > height && lastWhole >= target.height() * minimumTimelineShare)
            height = lastWhole + 1;
        timelineRect.setHeight(int(std::lround(height)));
        graphRect.setTop(timelineRect.bottom() + 1);
        showWindow(timelineRect.size());
    }
    state.setWindow(canvas.scale().start(), canvas.scale().end());
    if (timeline)
        timelineView.render(painter, timelineRect);

    if (graph) {
        graphView.setFontScale(m_settings.fontScale);
        graphView.resize(graphRect.size());
        graphView.waitForLayout();
        // Fades and the camera arrive at once, now that the layout is known.
        graphView.setAnimated(false);
        graphView.render(painter, graphRect);
        if (timeline) {
            painter.save();
            painter.setPen(QPen(QGuiApplication::palette().color(QPalette::Mid), 1));
            painter.drawLine(graphRect.topLeft(), graphRect.topRight());
            painter.restore();
        }
    }
}

bool ViewExporter::writePng(const QString &path, QString *error)
{
    const qreal ratio = m_settings.dotsPerInch / screenDotsPerInch;
    QImage image(m_settings.pixelSize, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = tr("A picture of %1 x %2 pixels is too large.").arg(m_settings.pixelSize.width()).arg(m_settings.pixelSize.height());
        return false;
    }
    const int dotsPerMetre = int(std::lround(m_settings.dotsPerInch / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    // The device pixel ratio makes the views draw at the density asked,
    // their cached pictures included.
    image.setDevicePixelRatio(ratio);
    image.fill(QGuiApplication::palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        const QSizeF logical = QSizeF(m_settings.pixelSize) / ratio;
        paintViews(painter, QRect(QPoint(0, 0), logical.toSize()));
    }
    image.setDevicePixelRatio(1.0);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = couldNotWrite(path, file.errorString());
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        *error = couldNotWrite(path, writer.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = couldNotWrite(path, file.errorString());
        return false;
    }
    return true;
}

bool ViewExporter::writeSvg(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = couldNotWrite(path, file.errorString());
        return false;
    }
    const QRect area(QPoint(0, 0), m_settings.pixelSize);
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(m_settings.pixelSize);
    generator.setViewBox(area);
    generator.setResolution(int(screenDotsPerInch));
    generator.setTitle(headerText());
    generator.setDescription(tr("Exported from Annals"));
    {
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = couldNotWrite(path, tr("the SVG writer did not start"));
            file.cancelWriting();
            return false;
        }
        painter.fillRect(area, QGuiApplication::palette().color(QPalette::Base));
        paintViews(painter, area);
    }
    if (!file.commit()) {
        *error = couldNotWrite(path, file.errorString());
        return false;
    }
    return true;
}

QList<std::pair<ExportSettings, QString>> ViewExporter::tourPages() const
{
    QList<std::pair<ExportSettings, QString>> pages;
    if (!m_data || m_data->tours.isEmpty())
        return pages;
    const Tour &tour = m_data->tours.constFirst();
    for (const TourStep &step : tour.steps) {
        ExportSettings settings = m_settings;
        settings.tourPages = false;
        if (step.windowStart && step.windowEnd && *step.windowEnd > *step.windowStart)
            settings.timeWindow = std::make_pair(*step.windowStart, *step.windowEnd);
        if (step.cursorTime)
            settings.cursor = step.cursorTime;
        // The step's event is selected, which rings its actors in the graph.
        // Its focus actor is not: the timeline would say "Esc to clear" on paper.
        settings.selectedEvent = step.eventId;
        settings.selectedActor = 0;
        settings.selectedRelation = 0;
        const QString caption = tr("%1 — stop %2 of %3. %4")
                                    .arg(tour.title)
                                    .arg(pages.size() + 1)
                                    .arg(tour.steps.size())
                                    .arg(step.caption);
        pages.append({settings, caption});
    }
    return pages;
}

void ViewExporter::paintPage(QPainter &painter, const QRect &page, const QString &caption)
{
    const QPalette palette = QGuiApplication::palette();
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * 1.2 * m_settings.fontScale);
    font.setBold(true);
    painter.save();
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::Text));
    const QFontMetrics metrics(font);
    QRect header(page.left(), page.top(), page.width(), metrics.height() + 8);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(headerText(), Qt::ElideRight, page.width()));
    if (!caption.isEmpty()) {
        font.setBold(false);
        font.setPointSizeF(font.pointSizeF() / 1.2);
        painter.setFont(font);
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const QRect wanted = painter.boundingRect(QRect(page.left(), header.bottom() + 1, page.width(), page.height() / 4),
                                                  flags, caption);
        painter.drawText(wanted, flags, caption);
        header.setBottom(wanted.bottom() + 8);
    }
    painter.restore();
    paintViews(painter, QRect(page.left(), header.bottom() + 1, page.width(), page.bottom() - header.bottom()));
}

bool ViewExporter::writePdf(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = couldNotWrite(path, file.errorString());
        return false;
    }
    {
        DensePdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Annals"));
        const QList<Tour> &tours = m_data->tours;
        writer.setTitle(m_settings.tourPages && !tours.isEmpty() ? tours.constFirst().title : headerText());
        writer.setResolution(int(screenDotsPerInch) * pageDevicePixelRatio);
        writer.setPageLayout(QPageLayout(pageSizeOf(m_settings.page), QPageLayout::Landscape,
                                         QMarginsF(pageMarginMillimetres, pageMarginMillimetres, pageMarginMillimetres,
                                                   pageMarginMillimetres),
                                         QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = couldNotWrite(path, tr("the PDF writer did not start"));
            file.cancelWriting();
            return false;
        }
        // In logical pixels: the writer's density divided by its pixel ratio.
        const QRect page(0, 0, writer.width() / pageDevicePixelRatio, writer.height() / pageDevicePixelRatio);
        if (m_settings.tourPages) {
            const ExportSettings kept = m_settings;
            const auto pages = tourPages();
            for (qsizetype i = 0; i < pages.size(); ++i) {
                if (i > 0)
                    writer.newPage();
                m_settings = pages.at(i).first;
                paintPage(painter, page, pages.at(i).second);
            }
            m_settings = kept;
        } else {
            paintPage(painter, page);
        }
    }
    if (!file.commit()) {
        *error = couldNotWrite(path, file.errorString());
        return false;
    }
    return true;
}

bool ViewExporter::print(QPrinter *printer, QString *error)
{
    if (!hasContent(error))
        return false;
    // The views measure text at screen density; a printer of any other
    // would size the fonts for itself and every label would miss its place.
    // Lines and text stay vectors whatever the density.
    printer->setResolution(int(screenDotsPerInch));
    QPainter painter;
    if (!painter.begin(printer)) {
        *error = tr("The printer did not start.");
        return false;
    }
    paintPage(painter, QRect(0, 0, printer->width(), printer->height()));
    painter.end();
    m_views.reset();
    return true;
}

} // namespace Annals
