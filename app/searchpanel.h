// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlassearch.h"
#include "domain.h"

#include <QTimer>
#include <QWidget>

#include <array>
#include <functional>

class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace Annals {

class SearchResultsModel;

// A search box over the whole atlas with its results below, grouped by kind
// (events, actors, relations, sources), matched words in bold. Searches as
// the user types (a short pause first, so a fast typist waits for one
// search, not ten). Up and Down in the box walk the results; Enter picks the
// current one (the first, when none is current); Esc clears the box. Picking
// a "Show more" row fetches more of that kind.
//
// The panel runs no SQL: it asks the searcher it is given (the open
// atlas's AtlasSearch, in the app) and says which item was picked.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    using Searcher = std::function<SearchResults(const QString &text,
                                                 const std::array<int, searchGroupCount> &perGroup)>;

    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    // A null searcher (no atlas open) empties and disables the panel. The
    // data names the actors of relations and so on; not owned.
    void setSearcher(Searcher searcher, const AtlasData *atlasData);
    // Searches again for what is in the box (after an edit of the atlas).
    void refresh();
    // Focuses the box with its text selected, ready to type over.
    void focusSearch();
    // Runs a search now rather than after the typing pause (tests, the
    // command line).
    void searchNow(const QString &text);
    void setFontScale(qreal scale);

    QLineEdit *searchEdit() const { return m_edit; }
    QTreeView *resultsView() const { return m_view; }
    SearchResultsModel *resultsModel() const { return m_model; }
    QString statusText() const;

    // Hits fetched per kind at first, and how many more a "Show more" adds.
    static constexpr int firstPageSize = 8;
    static constexpr int morePageSize = 40;

Q_SIGNALS:
    void eventChosen(ItemId id);
    void actorChosen(ItemId id);
    void relationChosen(ItemId id);
    void sourceChosen(ItemId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void activate(const QModelIndex &index);
    void moveCurrent(int step);
    void showStatus();

    Searcher m_searcher;
    QLineEdit *m_edit;
    QTreeView *m_view;
    QLabel *m_status;
    SearchResultsModel *m_model;
    QTimer m_pause;
    std::array<int, searchGroupCount> m_perGroup;
    qreal m_baseFontSize = 0;
};

} // namespace Annals
