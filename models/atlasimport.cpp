// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasimport.h"

#include <QStringList>

namespace Annals {

QString ImportIssue::toString(const QString &fileName) const
{
    // The compiler's "file:line:column: message" shape, which editors and
    // terminals know how to follow; what is unknown is left out.
    QString place = fileName;
    if (line > 0) {
        place += QStringLiteral(":%1").arg(line);
        if (column > 0)
            place += QStringLiteral(":%1").arg(column);
    }
    QStringList parts;
    if (!place.isEmpty())
        parts << place;
    if (!field.isEmpty())
        parts << field;
    parts << message;
    return parts.join(QLatin1String(": "));
}

} // namespace Annals
