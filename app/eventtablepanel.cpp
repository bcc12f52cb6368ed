// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablepanel.h"

#include "eventindex.h"
#include "eventtablemodel.h"
#include "typeahead.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <array>
#include <optional>

namespace Annals {

namespace {

// Keeps rows whose text, across all columns, contains every word of the filter.
class EventFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text)
    {
        m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }

    // Null: every event.
    void setShownEvents(std::optional<QSet<ItemId>> ids)
    {
        m_shownIds = std::move(ids);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_shownIds
            && !m_shownIds->contains(
                sourceModel()->index(sourceRow, 0, sourceParent).data(EventTableModel::EventIdRole).toLongLong()))
            return false;
        if (m_words.isEmpty())
            return true;
        QString haystack;
        for (int column = 0; column < sourceModel()->columnCount(sourceParent); ++column)
            haystack += sourceModel()->index(sourceRow, column, sourceParent).data().toString() + QLatin1Char('\n');
        for (const QString &word : m_words) {
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
        }
        return true;
    }

private:
    QStringList m_words;
    std::optional<QSet<ItemId>> m_shownIds;
};

} // namespace

EventTablePanel::EventTablePanel(EventTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new EventFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter events (Ctrl+L)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows only the events whose title, date, category, place or actors "
                            "contain every word you type."));
    m_filter->setAccessibleName(tr("Filter events"));

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventTableModel::WhenColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAccessibleName(tr("Events"));
    preferTypeAhead(m_view);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        refilter([this, &text] { static_cast<EventFilterProxy *>(m_proxy)->setWords(text); });
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!m_refiltering && current.isValid())
            Q_EMIT eventChosen(current.data(EventTableModel::EventIdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateCount();
    });
    // The header also resizes sections itself (the stretching last one); only a
    // drag with the mouse is the user's choice.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && (QGuiApplication::mouseButtons() & Qt::LeftButton))
            m_userSizedColumns = true;
    });
    updateCount();
}

void EventTablePanel::setShownEvents(const std::shared_ptr<const EventIndex> &events)
{
    std::optional<QSet<ItemId>> ids;
    if (events) {
        ids.emplace();
        ids->reserve(events->size());
        for (qsizetype row = 0; row < events->size(); ++row)
            ids->insert(events->id(row));
    }
    refilter([this, &ids] { static_cast<EventFilterProxy *>(m_proxy)->setShownEvents(std::move(ids)); });
}

void EventTablePanel::refilter(const std::function<void()> &change)
{
    {
        // Rows leaving move the current row to a neighbour, which nobody chose.
        const QScopedValueRollback<bool> refiltering(m_refiltering, true);
        change();
    }
    updateCount();
    Q_EMIT rowsRefiltered();
}

void EventTablePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Keep the columns in proportion to the window until the user sizes one.
    if (!m_userSizedColumns)
        fitColumns();
}

void EventTablePanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void EventTablePanel::setFontScale(qreal scale)
{
    if (m_baseFontSize <= 0)
        m_baseFontSize = m_view->font().pointSizeF();
    QFont font = m_view->font();
    font.setPointSizeF(m_baseFontSize * scale);
    m_view->setFont(font);
    m_view->horizontalHeader()->setFont(font);
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 8);
    fitColumns();
}

void EventTablePanel::fitColumns()
{
    // Fit the text, but let no column crowd the others off screen: each gets
    // at most its share of the width, and the last column (the actors) takes
    // what remains — at least a sixth, even in projector-sized type.
    static constexpr std::array<qreal, EventTableModel::ColumnCount - 1> shares = {0.34, 0.16, 0.08, 0.11, 0.14};
    const QScopedValueRollback fitting(m_fitting, true);
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    // The panel's own width: the viewport follows it only after layouts settle.
    const int width = qMax(this->width(), 600);
    for (int column = 0; column < header->count() - 1; ++column)
        header->resizeSection(column, qMin(header->sectionSize(column), int(width * shares.at(column))));
}

void EventTablePanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n event(s)", nullptr, total)
                                    : tr("%1 of %n event(s)", nullptr, total).arg(shown));
}

} // namespace Annals
