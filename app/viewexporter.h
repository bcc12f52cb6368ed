// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "eventindex.h"
#include "timelinelanes.h"
#include "viewfilter.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

class QPainter;
class QPagedPaintDevice;
class QPrinter;
class QRect;

namespace Annals {

// What an export shows and how: the same things the main window shows
// (window, cursor, lanes, filter, selection, text size), plus the file's
// own measures.
struct ExportSettings {
    enum class View { Timeline, Graph, Both };
    enum class Page { A4, Letter };

    View view = View::Both;
    // PNG and SVG: the picture's size in pixels. PDF and print use the page.
    QSize pixelSize{1920, 1080};
    // PNG: stored in the file; the views are drawn at dotsPerInch / 96 of
    // their screen size, so that 3840x2160 at 192 dpi looks like 1920x1080
    // at 96 dpi, only sharper.
    int dotsPerInch = 96;
    Page page = Page::A4;

    // [from, to); none: the whole atlas.
    std::optional<std::pair<qint64, qint64>> timeWindow;
    // The time cursor, and the graph's date; none: the middle of the time
    // window when one is given (the graph then belongs to the dates shown),
    // else the latest event.
    std::optional<qint64> cursor;
    LaneMode laneMode = LaneMode::Category;
    ViewFilter filter;
    qreal fontScale = 1.0;
    ItemId selectedEvent = 0;
    ItemId selectedActor = 0;
    ItemId selectedRelation = 0;
    // PDF only: a page per step of the atlas's first tour instead of one
    // page of the settings above. Each page shows the step's window, the
    // graph at its date, its event selected, and its caption under
    // the header: a handout that follows the tour.
    bool tourPages = false;
};

// Draws the timeline, the graph or both, as the window would show them, onto
// a PNG, an SVG, a PDF or a printer, without a window: it builds its own
// views, sized for the output, that are never shown. Works on the offscreen
// platform (the command line's --export).
//
// "Both" puts the timeline above the graph, across the whole width: a
// landscape page or picture has room for the timeline's span, and the graph
// fits its layout into whatever box it is given. PDF and print add a header
// line, "<atlas title> · <the window's dates>", and use a landscape A4 or
// Letter page with 10 mm margins, drawn as vectors: on a PDF, an SVG or a
// printer the views draw their markers, badges, nodes and edges as shapes
// instead of the cached pictures they blit on screen. With tourPages, a PDF holds
// one such page per step of the atlas's first tour, captioned.
//
// Files are written through QSaveFile: on any failure nothing is left at
// the path, not even a half-written file.
class ViewExporter
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ViewExporter)

public:
    enum class Format { Png, Svg, Pdf };

    // `data` and `index` (all the atlas's events, unfiltered) must outlive the exporter.
    ViewExporter(const AtlasData *data, std::shared_ptr<const EventIndex> index);
    ~ViewExporter();

    void setSettings(const ExportSettings &settings) { m_settings = settings; }
    const ExportSettings &settings() const { return m_settings; }

    // By the file name's extension (any case); nullopt for any other.
    static std::optional<Format> formatFor(const QString &path);
    static QString extensionOf(Format format); // "png"

    // Writes `path` in the format its extension names. False, with a
    // sentence for the user in `error`, when the extension is unknown, the
    // atlas holds nothing to draw, or the file cannot be written.
    bool exportTo(const QString &path, QString *error);

    // Prints one page, as the PDF would look, onto `printer` (its page size
    // and orientation are the printer's).
    bool print(QPrinter *printer, QString *error);

    // Paints the chosen view(s) into `target` (logical pixels) of `painter`.
    void paintViews(QPainter &painter, const QRect &target);

    // "Korea and the great powers, 1945–2025 · 1950–1953": the PDF's header.
    QString headerText() const;
    // The window the export shows, once resolved (the whole atlas when the
    // settings give none): for the header and tests.
    std::pair<qint64, qint64> shownWindow() const;

private:
    bool hasContent(QString *error) const;
    bool writePng(const QString &path, QString *error);
    bool writeSvg(const QString &path, QString *error);
    bool writePdf(const QString &path, QString *error);
    // The page as PDF and print share it: header, then the views.
    void paintPage(QPainter &painter, const QRect &page, const QString &caption = {});
    // The settings for each page of a tour handout, with the caption.
    QList<std::pair<ExportSettings, QString>> tourPages() const;

    struct Views;
    const AtlasData *m_data;
    std::shared_ptr<const EventIndex> m_index;
    ExportSettings m_settings;
    std::unique_ptr<Views> m_views;
};

} // namespace Annals
