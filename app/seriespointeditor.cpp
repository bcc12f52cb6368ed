// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriespointeditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace Annals {

SeriesPointEditor::SeriesPointEditor(const SeriesPointEntry &point, const QString &seriesName, const QString &unit,
                                     QWidget *parent)
    : ItemEditor(tr("Store the value (Ctrl+Enter)"), parent)
    , m_initial(point)
{
    setObjectName(QStringLiteral("seriesPointEditor"));
    setWindowTitle(point.id == 0 ? tr("New Value of “%1”").arg(seriesName) : tr("Edit a Value of “%1”").arg(seriesName));

    addDateRow(tr("&Date:"), m_time, point.time, QStringLiteral("date"), tr("Date"));
    const bool isNew = point.id == 0;
    m_value = addNumberRow(unit.isEmpty() ? tr("&Value:") : tr("&Value (%1):").arg(unit),
                           isNew ? std::nullopt : std::optional<double>(point.value), QStringLiteral("value"),
                           tr("Value"), &m_valueFeedback);
    m_low = addNumberRow(tr("&Low estimate:"), point.low, QStringLiteral("low"), tr("Low estimate"), &m_lowFeedback);
    m_high = addNumberRow(tr("&High estimate:"), point.high, QStringLiteral("high"), tr("High estimate"),
                          &m_highFeedback);
    m_note = new QLineEdit(point.note, this);
    m_note->setObjectName(QStringLiteral("note"));
    addRow(tr("&Note:"), m_note, tr("Note"));
    finish();
    setFocusProxy(m_time.edit);
}

QLineEdit *SeriesPointEditor::addNumberRow(const QString &label, const std::optional<double> &value,
                                           const QString &objectName, const QString &accessibleName,
                                           QLabel **feedback)
{
    QLineEdit *edit = addTextRow(label, numberText(value), objectName,
                                 accessibleName, feedback);
    edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    return edit;
}

QString SeriesPointEditor::numberText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 15) : QString();
}

std::optional<double> SeriesPointEditor::readNumber(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(trimmed, ok);
    if (!*ok)
        value = QLocale::c().toDouble(trimmed, ok);
    if (!*ok)
        return std::nullopt;
    return value;
}

SeriesPointEntry SeriesPointEditor::point() const
{
    SeriesPointEntry edited = m_initial;
    QString ignored;
    edited.time = m_time.read(&ignored);
    // Untouched text gives back the very number it came from, digits beyond
    // those shown included.
    const auto number = [this](QLineEdit *edit, const std::optional<double> &initial) {
        if (m_initial.id != 0 && edit->text() == numberText(initial))
            return initial;
        bool ok = false;
        return readNumber(edit->text(), &ok);
    };
    edited.value = number(m_value, m_initial.value).value_or(0);
    edited.low = number(m_low, m_initial.low);
    edited.high = number(m_high, m_initial.high);
    edited.note = m_note->text().trimmed();
    return edited;
}

bool SeriesPointEditor::checkNumber(QLineEdit *edit, QLabel *feedback, const QString &whenEmpty)
{
    bool ok = false;
    const std::optional<double> value = readNumber(edit->text(), &ok);
    showFeedback(feedback, !ok ? tr("Not a number.") : value ? QString() : whenEmpty, !ok);
    return ok;
}

void SeriesPointEditor::revalidate()
{
    QString problem = checkDate(m_time, tr("Required."), tr("The date cannot be read: %1"));
    // Each field shows its own state, so all three are checked.
    const bool valueRead = checkNumber(m_value, m_valueFeedback, tr("Required."));
    const bool lowRead = checkNumber(m_low, m_lowFeedback, tr("Optional."));
    const bool highRead = checkNumber(m_high, m_highFeedback, tr("Optional."));
    const bool numbersRead = valueRead && lowRead && highRead;
    if (problem.isEmpty() && !numbersRead)
        problem = tr("A number cannot be read.");
    if (problem.isEmpty() && m_value->text().trimmed().isEmpty())
        problem = tr("A value is required.");
    if (problem.isEmpty())
        problem = validateSeriesPoint(point());
    setProblem(problem);
}

} // namespace Annals
