// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QKeyEvent;
class QListView;
class QPlainTextEdit;
class QToolButton;

namespace Annals {

class Atlas;
class TourStepsModel;
class ViewState;

// The Tour dock: choose a tour, make one (New Tour…, Rename…, Delete Tour),
// and edit its steps — add the current view after the current step, update
// a step from the view, reorder by drag or Alt+Up/Alt+Down, delete, and
// write its caption (stored as one undo step when the caption loses focus or
// on Ctrl+Return). Every change goes through AtlasEditor: one transaction,
// one undo step. Enter or a double-click on a step asks for it to be shown
// (stepActivated); Present from Here asks for the tour to be played.
//
// With a read-only atlas the editing controls are disabled with the reason
// in their tooltips; showing and presenting still work.
class TourPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TourPanel(QWidget *parent = nullptr);
    ~TourPanel() override;

    void setAtlas(Atlas *atlas);
    // What Add Current View records.
    void setViewState(ViewState *state);
    // The graph's neighbourhood focus, recorded when no actor is selected.
    void setGraphFocus(std::function<ItemId()> focusActor);

    ItemId currentTourId() const;
    void setCurrentTour(ItemId tourId);
    // -1 when no step is current.
    int currentStepIndex() const;
    void setCurrentStep(int index);

    // The changes behind the actions, without their dialogs or questions;
    // false (and `failed`) when refused.
    std::optional<ItemId> newTour(const QString &title);
    bool renameTour(const QString &title);
    bool deleteTour();
    bool addCurrentView();
    bool updateStepFromView();
    bool moveCurrentStep(int offset);
    bool deleteCurrentStep();
    // Stores the caption being edited, if it changed.
    bool commitCaption();
    void showCurrentStep();

    QComboBox *tourChooser() const { return m_tours; }
    QListView *stepList() const { return m_steps; }
    QPlainTextEdit *captionEditor() const { return m_caption; }
    TourStepsModel *stepsModel() const { return m_model; }
    QAction *newTourAction() const { return m_newTour; }
    QAction *renameTourAction() const { return m_renameTour; }
    QAction *deleteTourAction() const { return m_deleteTour; }
    QAction *addViewAction() const { return m_addView; }
    QAction *updateFromViewAction() const { return m_updateFromView; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *deleteStepAction() const { return m_deleteStep; }
    QAction *showStepAction() const { return m_showStep; }
    QAction *presentAction() const { return m_present; }

Q_SIGNALS:
    // Move the views to this step (Enter, a double-click, Show).
    void stepActivated(const Annals::TourStep &step);
    // Play `tourId` from step `stepIndex` (0-based).
    void presentRequested(Annals::ItemId tourId, int stepIndex);
    // What was done, for the status bar; why a change was refused.
    void message(const QString &text);
    void failed(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // `keys` are shown in the tooltip; the list handles them (actionForListKey).
    QAction *makeAction(const QString &text, const QString &toolTip, const QKeySequence &keys = {});
    QAction *actionForListKey(const QKeyEvent &key) const;
    QToolButton *makeButton(QAction *action);
    void askNewTour();
    void askRenameTour();
    void askDeleteTour();
    void atlasChanged();
    void refillTours();
    void tourChosen();
    void currentStepChanged();
    void restoreCurrentStep();
    void showCaption();
    void storeCaption(ItemId stepId, const QString &caption);
    void updateActions();
    bool report(bool done, const QString &error);
    const Tour *currentTour() const;

    QPointer<Atlas> m_atlas;
    QMetaObject::Connection m_atlasConnection;
    QPointer<ViewState> m_viewState;
    std::function<ItemId()> m_graphFocus;
    TourStepsModel *m_model;
    QComboBox *m_tours;
    QToolButton *m_tourMenuButton;
    QListView *m_steps;
    QPlainTextEdit *m_caption;
    QAction *m_newTour;
    QAction *m_renameTour;
    QAction *m_deleteTour;
    QAction *m_addView;
    QAction *m_updateFromView;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_deleteStep;
    QAction *m_showStep;
    QAction *m_present;
    // Each action's own tooltip, shown while it is enabled.
    QHash<QAction *, QString> m_toolTips;
    ItemId m_tourId = 0;
    ItemId m_currentStepId = 0;
    // The step the caption editor holds, and whether its text differs from the file's.
    ItemId m_captionStepId = 0;
    bool m_captionDirty = false;
    bool m_restoring = false;
};

} // namespace Annals
