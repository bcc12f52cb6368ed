// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "filterdialogs.h"
#include "historicaldate.h"
#include "viewaccessibility.h"
#include "viewstate.h"

#include <QAction>
#include <QActionGroup>
#include <QCursor>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

#include <algorithm>
#include <bit>

namespace Annals {

namespace {

// A chip or menu entry shows at most this much of a name (a category may be a
// megabyte long); the tooltip a little more.
constexpr qsizetype shownCharacters = 40;
constexpr qsizetype tooltipCharacters = 300;

QString shortened(const QString &text, qsizetype length)
{
    return text.size() <= length ? text : text.left(length) + QChar(0x2026);
}

// Menus and buttons read "&" as a shortcut mark; a name's own stays an "&".
QString literal(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
}

// The period as people would say it: "1950 – 1961" for whole years, down to
// days where the ends fall inside one.
QString periodText(qint64 start, qint64 end)
{
    for (Precision precision : {Precision::Year, Precision::Month, Precision::Day}) {
        const HistoricalDate first(start, precision);
        const HistoricalDate after(end, precision);
        if (first.isValid() && after.isValid() && first.seconds() == start && after.seconds() == end) {
            const HistoricalDate last(end - 1, precision);
            if (first == last)
                return first.toDisplayString();
            return FilterBar::tr("%1 – %2").arg(first.toDisplayString(), last.toDisplayString());
        }
    }
    return FilterBar::tr("%1 – %2").arg(HistoricalDate(start, Precision::Minute).toDisplayString(),
                                         HistoricalDate(end - 1, Precision::Minute).toDisplayString());
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_chipLayout(new QHBoxLayout)
    , m_addButton(new QToolButton(this))
    , m_clearAll(new QToolButton(this))
    , m_menu(new QMenu(tr("&Filter"), this))
{
    setAccessibleName(tr("Filters"));
    auto *label = new QLabel(tr("Showing only:"), this);
    m_addButton->setText(tr("Add Filter"));
    m_addButton->setToolTip(tr("Narrow what the timeline, the graph and the event list show (Ctrl+Shift+F)"));
    m_addButton->setAccessibleName(tr("Add a filter"));
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setMenu(m_menu);
    m_clearAll->setText(tr("Clear All"));
    m_clearAll->setToolTip(tr("Show everything again"));
    m_clearAll->setAccessibleName(tr("Clear all filters"));
    connect(m_clearAll, &QToolButton::clicked, this, [this] {
        change([](ViewFilter &filter) { filter = ViewFilter{}; });
    });

    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(label);
    layout->addLayout(m_chipLayout);
    layout->addStretch(1);
    layout->addWidget(m_addButton);
    layout->addWidget(m_clearAll);
    createMenu();
    rebuildChips();
}

void FilterBar::setViewState(ViewState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (m_state)
        connect(m_state, &ViewState::filterChanged, this, &FilterBar::rebuildChips);
    rebuildChips();
}

void FilterBar::setAtlas(const AtlasData *atlasData)
{
    m_data = atlasData;
    m_menu->setEnabled(atlasData != nullptr);
    rebuildChips(); // actor names come from the atlas
}

void FilterBar::popUpMenu()
{
    if (!m_data)
        return;
    m_menu->popup(isVisible() ? m_addButton->mapToGlobal(QPoint(0, m_addButton->height()))
                              : parentWidget() ? parentWidget()->mapToGlobal(QPoint(0, 0))
                                               : QCursor::pos());
}

QString FilterBar::categoryTitle(const QString &category)
{
    return category.isEmpty() ? tr("(No category)") : category;
}

void FilterBar::change(const std::function<void(ViewFilter &)> &edit)
{
    if (!m_state)
        return;
    ViewFilter filter = m_state->filter();
    edit(filter);
    m_state->setFilter(filter);
}

void FilterBar::createMenu()
{
    m_actorsAction = m_menu->addAction(tr("&Actors…"), this, &FilterBar::chooseActors);
    m_actorsAction->setStatusTip(tr("Show only the events of some actors, and them and their partners in the graph"));
    m_categoriesMenu = m_menu->addMenu(tr("&Categories"));
    m_categoriesMenu->setStatusTip(tr("Show only events of some categories"));
    connect(m_categoriesMenu, &QMenu::aboutToShow, this, &FilterBar::fillCategoriesMenu);
    m_kindsMenu = m_menu->addMenu(tr("Relation &Kinds"));
    m_kindsMenu->setStatusTip(tr("Show only some kinds of relation in the graph"));
    connect(m_kindsMenu, &QMenu::aboutToShow, this, &FilterBar::fillKindsMenu);
    m_importanceMenu = m_menu->addMenu(tr("Minimum &Importance"));
    m_importanceMenu->setStatusTip(tr("Hide the less important events"));
    connect(m_importanceMenu, &QMenu::aboutToShow, this, &FilterBar::fillImportanceMenu);
    QMenu *period = m_menu->addMenu(tr("&Date Range"));
    m_visibleWindowAction = period->addAction(tr("Use the &Visible Window"), this, [this] {
        if (!m_state || m_state->windowEnd() <= m_state->windowStart())
            return;
        const qint64 start = m_state->windowStart();
        const qint64 end = m_state->windowEnd();
        change([start, end](ViewFilter &filter) {
            filter.rangeStart = start;
            filter.rangeEnd = end;
        });
    });
    m_visibleWindowAction->setStatusTip(tr("Show only what falls in the period the timeline shows now"));
    m_periodAction = period->addAction(tr("&From… To…"), this, &FilterBar::choosePeriod);
    m_periodAction->setStatusTip(tr("Show only what falls in a period you type"));
    m_menu->addSeparator();
    m_clearAction = m_menu->addAction(tr("C&lear All Filters"), this, [this] {
        change([](ViewFilter &filter) { filter = ViewFilter{}; });
    });
    m_menu->setEnabled(false);
}

void FilterBar::fillCategoriesMenu()
{
    m_categoriesMenu->clear();
    QStringList categories;
    if (m_data) {
        for (const Event &event : m_data->events)
            categories.append(event.category);
    }
    categories.sort();
    categories.removeDuplicates();
    if (categories.isEmpty()) {
        m_categoriesMenu->addAction(tr("This atlas has no events"))->setEnabled(false);
        return;
    }
    const QStringList chosen = m_state ? m_state->filter().categories : QStringList();
    for (const QString &category : std::as_const(categories)) {
        QAction *action = m_categoriesMenu->addAction(literal(shortened(categoryTitle(category), shownCharacters)));
        action->setCheckable(true);
        action->setChecked(chosen.contains(category));
        connect(action, &QAction::toggled, this, [this, category](bool on) {
            change([&](ViewFilter &filter) {
                if (on)
                    filter.categories.append(category);
                else
                    filter.categories.removeAll(category);
            });
        });
    }
}

void FilterBar::fillKindsMenu()
{
    m_kindsMenu->clear();
    const quint32 kinds = m_state ? m_state->filter().relationKinds : ViewFilter::allRelationKinds();
    QString mnemonics = QStringLiteral("a"); // "Show &All Kinds" below
    for (RelationKind kind : relationKindsInMenuOrder) {
        QAction *action = m_kindsMenu->addAction(withMnemonic(relationKindName(kind), &mnemonics));
        action->setCheckable(true);
        action->setChecked(kinds & (1u << unsigned(kind)));
        connect(action, &QAction::toggled, this, [this, kind](bool on) {
            change([&](ViewFilter &filter) {
                const quint32 bit = 1u << unsigned(kind);
                filter.relationKinds = on ? filter.relationKinds | bit : filter.relationKinds & ~bit;
            });
        });
    }
    m_kindsMenu->addSeparator();
    m_kindsMenu->addAction(tr("Show &All Kinds"), this, [this] {
        change([](ViewFilter &filter) { filter.relationKinds = ViewFilter::allRelationKinds(); });
    });
}

void FilterBar::fillImportanceMenu()
{
    m_importanceMenu->clear();
    auto *group = new QActionGroup(m_importanceMenu);
    const int current = m_state ? m_state->filter().minimumImportance : 1;
    for (int importance = 1; importance <= 5; ++importance) {
        QAction *action = m_importanceMenu->addAction(importance == 1 ? tr("&Any Importance")
                                                                      : tr("&%1 or More").arg(importance));
        action->setCheckable(true);
        action->setChecked(importance == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, importance] {
            change([importance](ViewFilter &filter) { filter.minimumImportance = importance; });
        });
    }
}

void FilterBar::chooseActors()
{
    if (!m_data || !m_state)
        return;
    ActorFilterDialog dialog(m_data->actors, m_state->filter().actors, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<ItemId> chosen = dialog.chosenActors();
    change([&chosen](ViewFilter &filter) { filter.actors = chosen; });
}

void FilterBar::choosePeriod()
{
    if (!m_state)
        return;
    const ViewFilter &filter = m_state->filter();
    const qint64 start = filter.hasRange() ? filter.rangeStart : m_state->windowStart();
    const qint64 end = filter.hasRange() ? filter.rangeEnd : m_state->windowEnd();
    const bool known = end > start;
    DateRangeDialog dialog(known ? HistoricalDate(start, Precision::Year).toDisplayString() : QString(),
                           known ? HistoricalDate(end - 1, Precision::Year).toDisplayString() : QString(), window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    change([&dialog](ViewFilter &changed) {
        changed.rangeStart = dialog.rangeStart();
        changed.rangeEnd = dialog.rangeEnd();
    });
}

void FilterBar::addChip(const QString &text, const QString &description, std::function<void(ViewFilter &)> remove)
{
    auto *chip = new QToolButton(this);
    chip->setObjectName(QStringLiteral("filterChip"));
    chip->setText(literal(text) + QStringLiteral(" ") + QChar(0x00D7));
    chip->setToolTip(tr("%1 — click, or press Delete, to remove this filter").arg(shortened(description, tooltipCharacters)));
    chip->setAccessibleName(tr("Remove filter: %1").arg(shortened(description, tooltipCharacters)));
    chip->setFocusPolicy(Qt::StrongFocus);
    chip->setAutoRaise(false);
    chip->installEventFilter(this);
    connect(chip, &QToolButton::clicked, this, [this, remove = std::move(remove)] { change(remove); });
    m_chipLayout->addWidget(chip);
    chip->show(); // now, not when the layout gets round to it: the focus may move to it at once
    m_chips.append(chip);
}

void FilterBar::rebuildChips()
{
    for (QToolButton *chip : std::as_const(m_chips)) {
        chip->removeEventFilter(this);
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    const ViewFilter filter = m_state ? m_state->filter() : ViewFilter{};

    for (const ItemId id : filter.actors) {
        QString name = tr("actor %1").arg(id);
        if (m_data) {
            const auto found = std::find_if(m_data->actors.begin(), m_data->actors.end(),
                                            [id](const Actor &actor) { return actor.id == id; });
            if (found != m_data->actors.end())
                name = found->name;
        }
        addChip(tr("Actor: %1").arg(shortened(name, shownCharacters)), tr("Actor: %1").arg(name),
                [id](ViewFilter &changed) { changed.actors.removeAll(id); });
    }
    for (const QString &category : filter.categories) {
        const QString title = categoryTitle(category);
        addChip(tr("Category: %1").arg(shortened(title, shownCharacters)), tr("Category: %1").arg(title),
                [category](ViewFilter &changed) { changed.categories.removeAll(category); });
    }
    if (filter.relationKinds != ViewFilter::allRelationKinds()) {
        const int shown = std::popcount(filter.relationKinds & knownRelationKinds());
        const int all = std::popcount(knownRelationKinds());
        QStringList names;
        for (RelationKind kind : relationKindsInMenuOrder) {
            if (filter.showsRelationKind(kind))
                names << relationKindName(kind, KindNameForm::InText);
        }
        addChip(tr("Kinds: %1 of %2").arg(shown).arg(all),
                names.isEmpty() ? tr("No kind of relation is shown") : tr("Relations shown: %1").arg(names.join(tr(", "))),
                [](ViewFilter &changed) { changed.relationKinds = ViewFilter::allRelationKinds(); });
    }
    if (filter.minimumImportance > 1) {
        const QString text = tr("Importance ≥ %1").arg(filter.minimumImportance);
        addChip(text, text, [](ViewFilter &changed) { changed.minimumImportance = 1; });
    }
    if (filter.hasRange()) {
        const QString text = periodText(filter.rangeStart, filter.rangeEnd);
        addChip(text, tr("Period: %1").arg(text), [](ViewFilter &changed) { changed.rangeStart = changed.rangeEnd = 0; });
    }

    // With no atlas open there is nothing to narrow (the kinds shown are
    // kept for the next one).
    setVisible(m_data && !m_chips.isEmpty());
    // A chip removed by keyboard hands the focus to the one that took its
    // place, so that Delete pressed again removes the next.
    if (m_focusAfterRemoval >= 0) {
        if (m_chips.isEmpty())
            m_addButton->setFocus(Qt::OtherFocusReason);
        else
            m_chips.at(std::min(m_focusAfterRemoval, m_chips.size() - 1))->setFocus(Qt::OtherFocusReason);
        m_focusAfterRemoval = -1;
    }
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const qsizetype place = m_chips.indexOf(qobject_cast<QToolButton *>(watched));
        if (place >= 0 && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            m_focusAfterRemoval = place;
            m_chips.at(place)->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Annals
