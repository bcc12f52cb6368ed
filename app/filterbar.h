// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "viewfilter.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QHBoxLayout;
class QMenu;
class QToolButton;

namespace Annals {

class ViewState;

// The view filter as a row of chips above the views, one per condition
// ("Actor: China", "Importance ≥ 4", "1950 – 1961"), each removed by its ×,
// or by Delete or Backspace when it has the focus; "Clear All" removes every
// one. Hidden while nothing is filtered. Its menu (addFilterMenu(), also the
// window's View ▸ Filter) adds conditions: actors, categories, relation
// kinds, a minimum importance and a period.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setViewState(ViewState *state);
    // What the menus offer (actors, categories); `atlasData` must outlive the bar
    // or the next call.
    void setAtlas(const AtlasData *atlasData);

    QMenu *addFilterMenu() const { return m_menu; }
    // Opens the menu under the bar's button (shows the bar while it is open).
    void popUpMenu();
    QList<QToolButton *> chips() const { return m_chips; }
    QToolButton *clearAllButton() const { return m_clearAll; }

    // Named actions of the menu, for the window's menu and for tests.
    QAction *actorsAction() const { return m_actorsAction; }
    QAction *visibleWindowAction() const { return m_visibleWindowAction; }
    QAction *periodAction() const { return m_periodAction; }
    QAction *clearAction() const { return m_clearAction; }
    QMenu *categoriesMenu() const { return m_categoriesMenu; }
    QMenu *kindsMenu() const { return m_kindsMenu; }
    QMenu *importanceMenu() const { return m_importanceMenu; }

    // Text of a category in menus and chips: the empty category has a name.
    static QString categoryTitle(const QString &category);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenu();
    void fillCategoriesMenu();
    void fillKindsMenu();
    void fillImportanceMenu();
    void chooseActors();
    void choosePeriod();
    void rebuildChips();
    void addChip(const QString &text, const QString &description, std::function<void(ViewFilter &)> remove);
    void change(const std::function<void(ViewFilter &)> &edit);

    QPointer<ViewState> m_state;
    const AtlasData *m_data = nullptr;
    QHBoxLayout *m_chipLayout;
    QList<QToolButton *> m_chips;
    QToolButton *m_addButton;
    QToolButton *m_clearAll;
    QMenu *m_menu;
    QMenu *m_categoriesMenu = nullptr;
    QMenu *m_kindsMenu = nullptr;
    QMenu *m_importanceMenu = nullptr;
    QAction *m_actorsAction = nullptr;
    QAction *m_visibleWindowAction = nullptr;
    QAction *m_periodAction = nullptr;
    QAction *m_clearAction = nullptr;
    qsizetype m_focusAfterRemoval = -1;
};

} // namespace Annals
