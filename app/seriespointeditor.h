// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasstore.h"
#include "itemeditor.h"

class QLabel;
class QLineEdit;

namespace Annals {

// The form for one value of a series, new (id 0) or existing: its date
// (required, read by DateParser), the value (required), a low and a high
// estimate (optional; low ≤ value ≤ high) and a note. Numbers are read in
// the user's locale or with a point for the decimals.
class SeriesPointEditor : public ItemEditor
{
    Q_OBJECT

public:
    // `unit` is shown after the value ("million people").
    SeriesPointEditor(const SeriesPointEntry &point, const QString &seriesName, const QString &unit,
                      QWidget *parent = nullptr);

    SeriesPointEntry point() const;

    // A number as typed, or nothing for empty text; `ok` false when it is not a number.
    static std::optional<double> readNumber(const QString &text, bool *ok);
    // How a number is shown in the form and the lists: empty when absent.
    static QString numberText(const std::optional<double> &value);

protected:
    void revalidate() override;

private:
    QLineEdit *addNumberRow(const QString &label, const std::optional<double> &value, const QString &objectName,
                            const QString &accessibleName, QLabel **feedback);
    // Shows "Not a number." under a field that holds one it cannot read.
    bool checkNumber(QLineEdit *edit, QLabel *feedback, const QString &whenEmpty);

    SeriesPointEntry m_initial;
    DateField m_time;
    QLineEdit *m_value = nullptr;
    QLabel *m_valueFeedback = nullptr;
    QLineEdit *m_low = nullptr;
    QLabel *m_lowFeedback = nullptr;
    QLineEdit *m_high = nullptr;
    QLabel *m_highFeedback = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace Annals
