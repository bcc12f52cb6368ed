// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Annals {

class EventIndex;
class EventTableModel;

// The events as a sortable table with a filter box above it: type to keep the
// rows whose text contains every word typed. Sorting the When column sorts in
// time, not alphabetically.
class EventTablePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EventTablePanel(EventTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    // Lists only these events (the view filter's), whatever the search box
    // says; null lists every event.
    void setShownEvents(const std::shared_ptr<const EventIndex> &events);

    // Multiplies the table's font for reading from a distance (1.0 = normal).
    void setFontScale(qreal scale);

public Q_SLOTS:
    void focusFilter();

Q_SIGNALS:
    // The user put the current row on this event (click, keys). Narrowing
    // the rows never says so: the row a filter leaves current was not chosen.
    void eventChosen(Annals::ItemId id);
    // The filter box or setShownEvents() changed which rows are listed.
    void rowsRefiltered();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateCount();
    void fitColumns();
    void refilter(const std::function<void()> &change);

    EventTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_view;
    qreal m_baseFontSize = 0;
    bool m_fitting = false;
    bool m_userSizedColumns = false;
    bool m_refiltering = false;
};

} // namespace Annals
