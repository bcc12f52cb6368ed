// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historicaldate.h"

#include <QString>

class QLabel;
class QLineEdit;

namespace Annals {

// A date typed into a form, with the line under it that says what was
// understood; shared by the event form and the other item forms.
struct DateField {
    QLineEdit *edit = nullptr;
    QLabel *feedback = nullptr;
    QString initialText;
    HistoricalDate initialDate;

    // What the field holds: an invalid date with `error` set when it cannot
    // be read, an invalid date and no error when it is empty. Untouched text
    // gives back the very date it came from.
    HistoricalDate read(QString *error) const;
};

} // namespace Annals
