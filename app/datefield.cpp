// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"

#include "historicaldate.h"

#include <QLineEdit>

namespace Annals {

HistoricalDate DateField::read(QString *error) const
{
    const QString text = edit->text().trimmed();
    // Untouched text gives back the very date it came from, even where the
    // display form would read back a shade differently (deep-time rounding).
    if (text == initialText)
        return initialDate;
    if (text.isEmpty())
        return {};
    const DateParseResult result = DateParser::parse(text);
    if (!result.ok())
        *error = result.error;
    return result.date;
}

} // namespace Annals
