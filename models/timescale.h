// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace Annals {

// Maps time to x for one view: x = (t - origin) / secondsPerPixel, with time in
// seconds since 1970 as HistoricalDate counts it, x in pixels from the left edge.
//
// The integer difference comes first and only then becomes a double (DESIGN.md),
// so a view of a day 13 billion years ago is as exact as one of a day in 1959:
// doubles have 53 bits, and 13 billion years of seconds need 59.
//
// Invariants, kept by the constructor, which every other way of making a
// TimeScale goes through, so that they are clamped in one place:
//   * width() >= 1;
//   * minimumSpan <= span() <= maximumSpan() (an hour to 20 billion years
//     across the view, however wide it is);
//   * earliestTime() <= start() and end() <= latestTime(): the view never shows
//     a second that a HistoricalDate cannot hold. The range is a million years
//     longer than maximumSpan(), so both always hold at once.
// A value: cheap to copy, compared member by member, no QObject.
class TimeScale
{
public:
    // One hour across the view, however wide: finer zoom shows nothing the
    // time model can say (it stops at minutes).
    static constexpr double minimumSpan = 3600.0;
    // The seconds of 20 billion Gregorian years: from 1 Jan of earliestYear
    // to 1 Jan 1950 (presentYearForYearsAgo).
    static double maximumSpan();
    // The first and last second a HistoricalDate can hold: 1 Jan of
    // earliestYear 00:00:00 and 31 Dec of latestYear 23:59:59.
    static qint64 earliestTime();
    static qint64 latestTime();

    // Out-of-range arguments are clamped to the invariants above: width below 1
    // becomes 1; secondsPerPixel is clamped to [minimumSpan, maximumSpan] / width
    // (zero, negative or NaN becomes the minimum); then the origin moves just
    // enough to keep the view inside [earliestTime, latestTime].
    TimeScale(qint64 origin, double secondsPerPixel, int width);

    // Shows [from, to) across width pixels with marginFraction of the span left
    // free on each side (so 2 % margins put `from` at x = 0.02 / 1.04 * width).
    // Reversed endpoints are swapped; from == to centres a one-day window on
    // that second; spans outside the limits are clamped around their middle.
    static TimeScale fitting(qint64 from, qint64 to, int width, double marginFraction = 0.02);

    qint64 origin() const { return m_origin; }
    double secondsPerPixel() const { return m_secondsPerPixel; }
    int width() const { return m_width; }

    // double(t - origin) / secondsPerPixel. Exact to the second within 2^53
    // seconds (285 million years) of the origin; beyond that the error stays
    // far below a pixel, since such a distance only shows at coarse zoom.
    double xForTime(qint64 t) const;
    // The second nearest the time under x, saturated to [earliestTime,
    // latestTime]. NaN gives the origin.
    qint64 timeForX(double x) const;

    qint64 start() const { return m_origin; }
    qint64 end() const; // timeForX(width())
    double span() const { return m_width * m_secondsPerPixel; }

    // factor > 1 zooms in (shows less time), factor < 1 zooms out; zero,
    // negative or non-finite factors or anchors change nothing.
    // The time under anchorX stays under anchorX, except where the view meets a
    // limit: the span is clamped first (the anchor still holds), and a view
    // pushed past the ends of the representable range is moved back (then it
    // cannot hold). Rounding: the new origin is rounded to the nearest whole
    // second, so the anchor's time moves by at most half a second — under one
    // pixel whenever secondsPerPixel >= 0.5, i.e. for any view narrower than
    // 7,200 px even at the one-hour limit.
    TimeScale zoomedBy(double factor, double anchorX) const;
    // Moves the content by dx pixels: positive dx moves it right, so the view
    // shows earlier times (a drag to the right looks into the past). The shift
    // is rounded to whole seconds and stops at the ends of the range.
    TimeScale pannedBy(double dx) const;
    // A new width with the same time at the centre and the same
    // secondsPerPixel (unless the new width makes the span leave its limits).
    TimeScale resized(int width) const;
    // [from, to) exactly across the same width (no margin); from == to, or a
    // span outside the limits, is clamped around the middle as in fitting().
    TimeScale showing(qint64 from, qint64 to) const;

    friend bool operator==(const TimeScale &, const TimeScale &) = default;

private:
    // The single place where the limits are applied (see the constructor).
    static double clampedSecondsPerPixel(double secondsPerPixel, int width);
    static qint64 clampedOrigin(qint64 origin, double secondsPerPixel, int width);
    // [from, to) centred in width pixels, its span clamped to the limits.
    static TimeScale centred(qint64 from, qint64 to, double span, int width);

    qint64 m_origin;
    double m_secondsPerPixel;
    int m_width;
};

// "TimeScale(1 Oct 1959 14:30 to 1 Oct 1959 15:30, 1.875 s/px, 1920 px, origin -323516600)"
QDebug operator<<(QDebug debug, const TimeScale &scale);

} // namespace Annals
