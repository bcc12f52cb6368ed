// SPDX-License-Identifier: GPL-3.0-or-later
#include "timescale.h"

#include "historicaldate.h"

#include <QDebug>
#include <QtNumeric>

#include <algorithm>
#include <cmath>

namespace Annals {

namespace {

constexpr qint64 secondsPerDay = 86'400;

qint64 startOfYear(qint64 year)
{
    CivilDateTime civil;
    civil.year = year;
    return secondsFromCivil(civil);
}

// The longest distance between two representable seconds. Any shift larger
// than this leaves the range whatever the origin, so clamping shifts to it
// first keeps origin + shift far from overflowing qint64 (|origin| < 7e17).
qint64 rangeLength()
{
    return TimeScale::latestTime() - TimeScale::earliestTime();
}

// A shift in seconds, rounded to the nearest whole second (halves away from
// zero, so that a shift and its negation cancel exactly).
qint64 wholeSeconds(double seconds)
{
    const double limit = static_cast<double>(rangeLength());
    return std::llround(std::clamp(seconds, -limit, limit));
}

} // namespace

double TimeScale::maximumSpan()
{
    static const double span
        = static_cast<double>(startOfYear(presentYearForYearsAgo) - startOfYear(earliestYear));
    return span;
}

qint64 TimeScale::earliestTime()
{
    static const qint64 time = startOfYear(earliestYear);
    return time;
}

qint64 TimeScale::latestTime()
{
    static const qint64 time = startOfYear(latestYear + 1) - 1;
    return time;
}

TimeScale::TimeScale(qint64 origin, double secondsPerPixel, int width)
    : m_width(std::max(width, 1))
{
    m_secondsPerPixel = clampedSecondsPerPixel(secondsPerPixel, m_width);
    m_origin = clampedOrigin(origin, m_secondsPerPixel, m_width);
}

double TimeScale::clampedSecondsPerPixel(double secondsPerPixel, int width)
{
    const double lowest = minimumSpan / width;
    if (!(secondsPerPixel > 0.0)) // also catches NaN
        return lowest;
    return std::clamp(secondsPerPixel, lowest, maximumSpan() / width);
}

qint64 TimeScale::clampedOrigin(qint64 origin, double secondsPerPixel, int width)
{
    // The same rounding as end(), so that end() <= latestTime() holds exactly.
    const qint64 spanSeconds = std::llround(width * secondsPerPixel);
    // maximumSpan() is a million years shorter than the range, so after the
    // first clamp the second can never push end() past latestTime() again.
    return std::max(std::min(origin, latestTime() - spanSeconds), earliestTime());
}

TimeScale TimeScale::centred(qint64 from, qint64 to, double span, int width)
{
    width = std::max(width, 1);
    const double secondsPerPixel = clampedSecondsPerPixel(span / width, width);
    // When nothing is clamped and there is no margin, this is `from` exactly.
    const double slack = static_cast<double>(to - from) - width * secondsPerPixel;
    return TimeScale(from + wholeSeconds(slack / 2.0), secondsPerPixel, width);
}

TimeScale TimeScale::fitting(qint64 from, qint64 to, int width, double marginFraction)
{
    // Clamping first keeps `to - from` from overflowing for any input.
    from = std::clamp(from, earliestTime(), latestTime());
    to = std::clamp(to, earliestTime(), latestTime());
    if (to < from)
        std::swap(from, to);
    if (from == to) {
        from -= secondsPerDay / 2;
        to += secondsPerDay / 2;
    }
    const double margin
        = std::isfinite(marginFraction) ? std::clamp(marginFraction, 0.0, 1.0) : 0.0;
    return centred(from, to, static_cast<double>(to - from) * (1.0 + 2.0 * margin), width);
}

TimeScale TimeScale::showing(qint64 from, qint64 to) const
{
    return fitting(from, to, m_width, 0.0);
}

double TimeScale::xForTime(qint64 t) const
{
    qint64 difference = 0;
    if (qSubOverflow(t, m_origin, &difference)) {
        // Only for times far outside any view (near the ends of qint64);
        // there the rounding of each operand no longer matters.
        return (static_cast<double>(t) - static_cast<double>(m_origin)) / m_secondsPerPixel;
    }
    return static_cast<double>(difference) / m_secondsPerPixel;
}

qint64 TimeScale::timeForX(double x) const
{
    if (std::isnan(x))
        return m_origin;
    return std::clamp(m_origin + wholeSeconds(x * m_secondsPerPixel), earliestTime(),
                      latestTime());
}

qint64 TimeScale::end() const
{
    return timeForX(m_width);
}

TimeScale TimeScale::zoomedBy(double factor, double anchorX) const
{
    if (!(factor > 0.0) || !std::isfinite(factor) || !std::isfinite(anchorX))
        return *this;
    const double secondsPerPixel = clampedSecondsPerPixel(m_secondsPerPixel / factor, m_width);
    // The anchor's time is origin + anchorX * spp before and must be
    // origin' + anchorX * spp' after; only the difference of the two products
    // goes through a double, never the origin itself.
    const double shift = anchorX * (m_secondsPerPixel - secondsPerPixel);
    return TimeScale(m_origin + wholeSeconds(shift), secondsPerPixel, m_width);
}

TimeScale TimeScale::pannedBy(double dx) const
{
    if (!std::isfinite(dx))
        return *this;
    return TimeScale(m_origin - wholeSeconds(dx * m_secondsPerPixel), m_secondsPerPixel, m_width);
}

TimeScale TimeScale::resized(int width) const
{
    width = std::max(width, 1);
    const double secondsPerPixel = clampedSecondsPerPixel(m_secondsPerPixel, width);
    const double shift = m_width / 2.0 * m_secondsPerPixel - width / 2.0 * secondsPerPixel;
    return TimeScale(m_origin + wholeSeconds(shift), secondsPerPixel, width);
}

QDebug operator<<(QDebug debug, const TimeScale &scale)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote()
        << "TimeScale(" << HistoricalDate(scale.start(), Precision::Minute).toDisplayString()
        << " to " << HistoricalDate(scale.end(), Precision::Minute).toDisplayString() << ", "
        << scale.secondsPerPixel() << " s/px, " << scale.width() << " px, origin "
        << scale.origin() << ')';
    return debug;
}

} // namespace Annals
