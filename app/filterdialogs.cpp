// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterdialogs.h"

#include "historicaldate.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Annals {

ActorFilterDialog::ActorFilterDialog(const QList<Actor> &actors, const QList<ItemId> &chosen, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Show Events of Actors"));
    m_search->setPlaceholderText(tr("Search actors"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search actors"));
    m_list->setAccessibleName(tr("Actors"));
    m_list->setToolTip(tr("Tick the actors whose events to show; none ticked shows everyone's"));

    QList<Actor> sorted = actors;
    std::sort(sorted.begin(), sorted.end(), [](const Actor &a, const Actor &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Actor &actor : std::as_const(sorted)) {
        auto *item = new QListWidgetItem(actor.name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(actor.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, actor.id);
        if (!actor.nativeName.isEmpty())
            item->setToolTip(actor.nativeName);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ActorFilterDialog::showMatches);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    m_search->setFocus();
}

void ActorFilterDialog::showMatches(const QString &text)
{
    // Plain text, not a pattern: "*" or "%" match only themselves.
    const QString needle = text.trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive)
                        && !item->toolTip().contains(needle, Qt::CaseInsensitive));
    }
}

QList<ItemId> ActorFilterDialog::chosenActors() const
{
    QList<ItemId> chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            chosen.append(m_list->item(row)->data(Qt::UserRole).toLongLong());
    }
    return chosen;
}

DateRangeDialog::DateRangeDialog(const QString &from, const QString &to, QWidget *parent)
    : QDialog(parent)
    , m_from(new QLineEdit(from, this))
    , m_to(new QLineEdit(to, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Show a Period"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_from->setToolTip(tr("A date as you would write it: 1950, June 1950, 25 June 1950, 44 BCE, 1950s"));
    m_to->setToolTip(m_from->toolTip());
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem with the dates"));
    m_error->hide();
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, errorTextOn(palette.color(QPalette::Window)));
    m_error->setPalette(palette);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DateRangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void DateRangeDialog::accept()
{
    const DateParseResult from = DateParser::parse(m_from->text());
    const DateParseResult to = DateParser::parse(m_to->text());
    QString problem;
    if (!from.ok())
        problem = tr("From: %1").arg(from.error);
    else if (!to.ok())
        problem = tr("To: %1").arg(to.error);
    else if (to.date.periodEnd() <= from.date.seconds())
        problem = tr("The period ends before it begins.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        (from.ok() ? m_to : m_from)->setFocus();
        return;
    }
    m_start = from.date.seconds();
    m_end = to.date.periodEnd();
    QDialog::accept();
}

} // namespace Annals
