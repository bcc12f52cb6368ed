// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "searchresultsmodel.h"
#include "typeahead.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace Annals {

namespace {

// Text between the palette's text and its background: quieter, and still
// readable on light and dark palettes alike (unlike PlaceholderText).
QColor quietColour(const QPalette &palette, QPalette::ColorRole text, QPalette::ColorRole background)
{
    const QColor fg = palette.color(text);
    const QColor bg = palette.color(background);
    return QColor::fromRgbF(fg.redF() * 0.7f + bg.redF() * 0.3f, fg.greenF() * 0.7f + bg.greenF() * 0.3f,
                            fg.blueF() * 0.7f + bg.blueF() * 0.3f);
}

// Draws a hit in two lines: the title with its matched words in bold, then
// the detail (dates, kind) and the snippet, smaller and quieter. Group rows
// are bold headings; "Show more" rows are links.
class SearchHitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (rowKind(index) == SearchResultsModel::RowKind::Hit) {
            const QFontMetrics title(option.font);
            const QFontMetrics small(smallFont(option.font));
            size.setHeight(title.height() + small.height() + 3 * padding);
        }
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (rowKind(index) != SearchResultsModel::RowKind::Hit) {
            QStyleOptionViewItem heading = option;
            initStyleOption(&heading, index);
            heading.font.setBold(rowKind(index) == SearchResultsModel::RowKind::Group);
            heading.font.setUnderline(rowKind(index) == SearchResultsModel::RowKind::More);
            QStyledItemDelegate::paint(painter, heading, index);
            return;
        }
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        const QPalette::ColorRole backgroundRole = selected ? QPalette::Highlight : QPalette::Base;
        const QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
        painter->save();
        painter->setClipRect(option.rect);
        const QFontMetrics titleMetrics(option.font);
        QPoint at(area.left(), area.top() + titleMetrics.ascent());
        drawRuns(painter, option.font, index.data(SearchResultsModel::MarkedTitleRole).toString(),
                 option.palette.color(textRole), area.right(), &at);

        const QFont small = smallFont(option.font);
        const QFontMetrics smallMetrics(small);
        at = QPoint(area.left(), area.top() + titleMetrics.height() + padding + smallMetrics.ascent());
        const QColor quiet = quietColour(option.palette, textRole, backgroundRole);
        const QString detail = index.data(SearchResultsModel::DetailRole).toString();
        if (!detail.isEmpty()) {
            const QString shown = detail + QStringLiteral("   ");
            painter->setFont(small);
            painter->setPen(quiet);
            painter->drawText(at, smallMetrics.elidedText(shown, Qt::ElideRight, area.right() - at.x()));
            at.rx() += smallMetrics.horizontalAdvance(shown);
        }
        drawRuns(painter, small, index.data(SearchResultsModel::MarkedSnippetRole).toString(), quiet, area.right(), &at);
        painter->restore();
    }

private:
    static constexpr int padding = 3;

    static SearchResultsModel::RowKind rowKind(const QModelIndex &index)
    {
        return SearchResultsModel::RowKind(index.data(SearchResultsModel::RowKindRole).toInt());
    }

    static QFont smallFont(const QFont &font)
    {
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.88);
        return small;
    }

    // Matched runs in bold; stops with "…" at `right`.
    static void drawRuns(QPainter *painter, const QFont &font, const QString &marked, const QColor &colour, int right,
                         QPoint *at)
    {
        QFont bold = font;
        bold.setBold(true);
        painter->setPen(colour);
        for (const auto &[text, matched] : AtlasSearch::markedRuns(marked)) {
            const QFont &runFont = matched ? bold : font;
            const QFontMetrics metrics(runFont);
            painter->setFont(runFont);
            const int room = right - at->x();
            if (room <= 0)
                return;
            const int width = metrics.horizontalAdvance(text);
            if (width > room) {
                painter->drawText(*at, metrics.elidedText(text, Qt::ElideRight, room));
                at->rx() = right;
                return;
            }
            painter->drawText(*at, text);
            at->rx() += width;
        }
    }
};

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_model(new SearchResultsModel(this))
{
    m_perGroup.fill(firstPageSize);
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setPlaceholderText(tr("Search events, actors, relations, sources"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Search the atlas"));
    m_edit->setToolTip(tr("Words in titles, descriptions, places, categories, names and sources. "
                          "A word being typed matches as the start of a word.\n"
                          "Up and Down choose a result, Enter shows it, Esc clears."));
    m_edit->installEventFilter(this);

    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    preferTypeAhead(m_view);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->setMouseTracking(true);

    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_pause.setSingleShot(true);
    m_pause.setInterval(120);
    connect(&m_pause, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_perGroup.fill(firstPageSize);
        m_pause.start();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_pause.isActive()) {
            m_pause.stop();
            runSearch();
        }
        const QModelIndex current = m_view->currentIndex();
        activate(current.isValid() ? current : m_model->firstHit());
    });
    connect(m_view, &QTreeView::activated, this, &SearchPanel::activate);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    setSearcher({}, nullptr);
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setSearcher(Searcher searcher, const AtlasData *atlasData)
{
    m_searcher = std::move(searcher);
    m_model->setAtlasData(atlasData);
    setEnabled(bool(m_searcher));
    refresh();
}

void SearchPanel::refresh()
{
    m_pause.stop();
    runSearch();
}

void SearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPanel::searchNow(const QString &text)
{
    m_edit->setText(text);
    refresh();
}

void SearchPanel::setFontScale(qreal scale)
{
    if (m_baseFontSize <= 0)
        m_baseFontSize = font().pointSizeF();
    QFont scaled = font();
    scaled.setPointSizeF(m_baseFontSize * scale);
    setFont(scaled);
    // Rows measure themselves once; tell the view their sizes changed.
    m_view->doItemsLayout();
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::runSearch()
{
    const QString text = m_edit->text();
    const ItemId current = m_view->currentIndex().data(SearchResultsModel::ItemIdRole).toLongLong();
    const int currentGroup = m_view->currentIndex().data(SearchResultsModel::GroupRole).toInt();
    m_model->setResults(m_searcher && !text.trimmed().isEmpty() ? m_searcher(text, m_perGroup) : SearchResults{});
    // Keep the current result when a search fetched more of its kind.
    for (int g = 0; current != 0 && g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int row = 0; row < m_model->rowCount(group); ++row) {
            const QModelIndex hit = m_model->index(row, 0, group);
            if (hit.data(SearchResultsModel::ItemIdRole).toLongLong() == current
                && hit.data(SearchResultsModel::GroupRole).toInt() == currentGroup) {
                m_view->setCurrentIndex(hit);
                break;
            }
        }
    }
    showStatus();
}

void SearchPanel::showStatus()
{
    const SearchResults &results = m_model->results();
    QString status;
    if (!m_searcher)
        status = tr("Open an atlas to search it.");
    else if (!results.error.isEmpty())
        status = tr("The search failed: %1").arg(results.error);
    else if (m_edit->text().trimmed().isEmpty())
        status = tr("Type a word: titles, descriptions, places, categories, actors' names, relations and sources "
                    "are searched.");
    else if (AtlasSearch::words(m_edit->text()).isEmpty())
        status = tr("Nothing to search for in that.");
    else if (results.isEmpty())
        status = tr("Nothing matches “%1”.").arg(m_edit->text().left(80).toHtmlEscaped());
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto kind = SearchResultsModel::RowKind(index.data(SearchResultsModel::RowKindRole).toInt());
    const auto group = SearchGroup(index.data(SearchResultsModel::GroupRole).toInt());
    if (kind == SearchResultsModel::RowKind::Group)
        return;
    if (kind == SearchResultsModel::RowKind::More) {
        const int row = index.row();
        m_perGroup[std::size_t(group)] += morePageSize;
        refresh();
        // The first of the new rows: where the "Show more" row was.
        for (int g = 0; g < m_model->rowCount(); ++g) {
            const QModelIndex groupIndex = m_model->index(g, 0);
            if (groupIndex.data(SearchResultsModel::GroupRole).toInt() == int(group))
                m_view->setCurrentIndex(m_model->index(row, 0, groupIndex));
        }
        return;
    }
    const ItemId id = index.data(SearchResultsModel::ItemIdRole).toLongLong();
    switch (group) {
    case SearchGroup::Events:
        Q_EMIT eventChosen(id);
        break;
    case SearchGroup::Actors:
        Q_EMIT actorChosen(id);
        break;
    case SearchGroup::Relations:
        Q_EMIT relationChosen(id);
        break;
    case SearchGroup::Sources:
        Q_EMIT sourceChosen(id);
        break;
    }
}

void SearchPanel::moveCurrent(int step)
{
    // Flattened: every hit and "Show more" row in order, group rows skipped.
    QList<QModelIndex> rows;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int row = 0; row < m_model->rowCount(group); ++row)
            rows << m_model->index(row, 0, group);
    }
    if (rows.isEmpty())
        return;
    const qsizetype at = rows.indexOf(m_view->currentIndex());
    const qsizetype next = at < 0 ? (step > 0 ? 0 : rows.size() - 1) : std::clamp<qsizetype>(at + step, 0, rows.size() - 1);
    m_view->setCurrentIndex(rows.at(next));
    m_view->scrollTo(rows.at(next));
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(5);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-5);
            return true;
        case Qt::Key_Escape:
            if (!m_edit->text().isEmpty()) {
                m_edit->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Annals
