// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourpanel.h"

#include "atlas.h"
#include "atlaseditor.h"
#include "tours.h"
#include "tourstepsmodel.h"
#include "typeahead.h"
#include "viewstate.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Annals {

TourPanel::TourPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TourStepsModel(this))
    , m_tours(new QComboBox(this))
    , m_tourMenuButton(new QToolButton(this))
    , m_steps(new QListView(this))
    , m_caption(new QPlainTextEdit(this))
{
    m_newTour = makeAction(tr("&New Tour…"), tr("Make a new, empty tour"));
    m_renameTour = makeAction(tr("&Rename Tour…"), tr("Change the chosen tour's title"));
    m_deleteTour = makeAction(tr("&Delete Tour"), tr("Delete the chosen tour and its steps"));
    m_addView = makeAction(tr("&Add Current View"),
                           tr("Add a step after the current one that shows what the views show now"));
    m_updateFromView = makeAction(tr("&Update Step from View"),
                                  tr("Make the current step show what the views show now; its caption stays"));
    m_moveUp = makeAction(tr("Move Step &Up"), tr("Move the current step one place earlier"),
                          QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown = makeAction(tr("Move Step Do&wn"), tr("Move the current step one place later"),
                            QKeySequence(Qt::ALT | Qt::Key_Down));
    m_deleteStep = makeAction(tr("De&lete Step"), tr("Delete the current step"), QKeySequence(Qt::Key_Delete));
    m_showStep = makeAction(tr("&Show"), tr("Move the timeline and the graph to the current step (Enter)"));
    m_present = makeAction(tr("&Present from Here"), tr("Play the tour from the current step"));

    connect(m_newTour, &QAction::triggered, this, &TourPanel::askNewTour);
    connect(m_renameTour, &QAction::triggered, this, &TourPanel::askRenameTour);
    connect(m_deleteTour, &QAction::triggered, this, &TourPanel::askDeleteTour);
    connect(m_addView, &QAction::triggered, this, &TourPanel::addCurrentView);
    connect(m_updateFromView, &QAction::triggered, this, &TourPanel::updateStepFromView);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrentStep(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrentStep(1); });
    connect(m_deleteStep, &QAction::triggered, this, &TourPanel::deleteCurrentStep);
    connect(m_showStep, &QAction::triggered, this, &TourPanel::showCurrentStep);
    connect(m_present, &QAction::triggered, this, [this] {
        commitCaption();
        if (m_tourId != 0)
            Q_EMIT presentRequested(m_tourId, std::max(0, currentStepIndex()));
    });

    m_tours->setAccessibleName(tr("Tour"));
    m_tours->setToolTip(tr("The tour whose steps are listed below"));
    m_tours->setPlaceholderText(tr("No tours yet"));
    m_tours->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tours->setMinimumContentsLength(12);
    connect(m_tours, &QComboBox::currentIndexChanged, this, &TourPanel::tourChosen);

    auto *tourMenu = new QMenu(m_tourMenuButton);
    tourMenu->addActions({m_newTour, m_renameTour, m_deleteTour});
    m_tourMenuButton->setMenu(tourMenu);
    m_tourMenuButton->setPopupMode(QToolButton::InstantPopup);
    m_tourMenuButton->setText(tr("Tour"));
    m_tourMenuButton->setAccessibleName(tr("Tour actions"));
    m_tourMenuButton->setToolTip(tr("New, rename or delete a tour"));

    m_steps->setModel(m_model);
    m_steps->setAccessibleName(tr("Tour steps"));
    preferTypeAhead(m_steps);
    m_steps->setToolTip(tr("The tour's steps in order. Drag or press Alt+Up and Alt+Down to reorder, "
                           "Delete to remove, Enter or double-click to show one."));
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setDragDropMode(QAbstractItemView::InternalMove);
    m_steps->setDefaultDropAction(Qt::MoveAction);
    m_steps->setDropIndicatorShown(true);
    m_steps->setUniformItemSizes(true);
    // The keys work while the list has the focus, taken before the window's
    // own shortcuts (Delete deletes the selected event elsewhere).
    m_steps->installEventFilter(this);
    connect(m_steps, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        setCurrentStep(index.row());
        showCurrentStep();
    });
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TourPanel::currentStepChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TourPanel::restoreCurrentStep);
    connect(m_model, &TourStepsModel::moveFailed, this, &TourPanel::failed);

    auto *captionLabel = new QLabel(tr("&Caption:"), this);
    captionLabel->setBuddy(m_caption);
    m_caption->setAccessibleName(tr("Caption"));
    m_caption->setTabChangesFocus(true);
    m_caption->setPlaceholderText(tr("What to say at this step"));
    m_caption->installEventFilter(this);
    connect(m_caption, &QPlainTextEdit::textChanged, this, [this] {
        if (m_captionStepId != 0)
            m_captionDirty = true;
    });

    auto *tourRow = new QHBoxLayout;
    tourRow->addWidget(m_tours, 1);
    tourRow->addWidget(m_tourMenuButton);
    auto *stepButtons = new QHBoxLayout;
    QList<QToolButton *> stepTools;
    for (QAction *action : {m_addView, m_updateFromView, m_moveUp, m_moveDown, m_deleteStep})
        stepTools << makeButton(action);
    for (QToolButton *button : std::as_const(stepTools))
        stepButtons->addWidget(button);
    stepButtons->addStretch();
    auto *playButtons = new QHBoxLayout;
    QToolButton *show = makeButton(m_showStep);
    QToolButton *present = makeButton(m_present);
    playButtons->addWidget(show);
    playButtons->addWidget(present);
    playButtons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(tourRow);
    layout->addWidget(m_steps, 2);
    layout->addLayout(stepButtons);
    layout->addWidget(captionLabel);
    layout->addWidget(m_caption, 1);
    layout->addLayout(playButtons);

    // From the tour to its steps to what is done with them, as they stand.
    QList<QWidget *> order{m_tours, m_tourMenuButton, m_steps};
    for (QToolButton *button : std::as_const(stepTools))
        order << button;
    order << m_caption << show << present;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    updateActions();
}

TourPanel::~TourPanel() = default;

QAction *TourPanel::makeAction(const QString &text, const QString &toolTip, const QKeySequence &keys)
{
    auto *action = new QAction(text, this);
    const QString tip = keys.isEmpty()
        ? toolTip
        : tr("%1 (%2)", "tooltip, shortcut").arg(toolTip, keys.toString(QKeySequence::NativeText));
    action->setStatusTip(toolTip);
    m_toolTips.insert(action, tip);
    action->setToolTip(tip);
    return action;
}

QToolButton *TourPanel::makeButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
    return button;
}

void TourPanel::setAtlas(Atlas *atlas)
{
    disconnect(m_atlasConnection);
    m_atlas = atlas;
    m_captionDirty = false;
    m_captionStepId = 0;
    m_currentStepId = 0;
    m_tourId = 0;
    m_model->setAtlas(atlas);
    if (atlas)
        m_atlasConnection = connect(atlas, &Atlas::dataChanged, this, &TourPanel::atlasChanged);
    atlasChanged();
    setCurrentStep(0);
}

void TourPanel::setViewState(ViewState *state)
{
    m_viewState = state;
    updateActions();
}

void TourPanel::setGraphFocus(std::function<ItemId()> focusActor)
{
    m_graphFocus = std::move(focusActor);
}

void TourPanel::atlasChanged()
{
    refillTours();
    restoreCurrentStep();
}

void TourPanel::refillTours()
{
    const QSignalBlocker blocker(m_tours);
    m_tours->clear();
    const QList<Tour> tours = m_atlas ? m_atlas->data().tours : QList<Tour>();
    int chosen = tours.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < tours.size(); ++i) {
        m_tours->addItem(tours.at(i).title, tours.at(i).id);
        if (tours.at(i).id == m_tourId)
            chosen = int(i);
    }
    m_tours->setCurrentIndex(chosen);
    const ItemId shown = chosen >= 0 ? tours.at(chosen).id : 0;
    // Another tour (the chosen one was deleted): start at its first step.
    if (shown != m_tourId)
        m_currentStepId = chosen >= 0 && !tours.at(chosen).steps.isEmpty() ? tours.at(chosen).steps.constFirst().id : 0;
    m_tourId = shown;
    m_model->setTourId(m_tourId);
    updateActions();
}

void TourPanel::tourChosen()
{
    commitCaption();
    m_tourId = m_tours->currentData().toLongLong();
    m_currentStepId = 0;
    m_model->setTourId(m_tourId);
    setCurrentStep(0);
    updateActions();
}

ItemId TourPanel::currentTourId() const
{
    return m_tourId;
}

void TourPanel::setCurrentTour(ItemId tourId)
{
    const int index = m_tours->findData(tourId);
    if (index >= 0)
        m_tours->setCurrentIndex(index);
}

int TourPanel::currentStepIndex() const
{
    return m_model->rowOfStep(m_currentStepId);
}

void TourPanel::setCurrentStep(int index)
{
    const QModelIndex step = m_model->index(index);
    m_currentStepId = step.isValid() ? step.data(TourStepsModel::StepIdRole).toLongLong() : 0;
    restoreCurrentStep();
}

const Tour *TourPanel::currentTour() const
{
    return m_model->tour();
}

void TourPanel::currentStepChanged()
{
    if (m_restoring)
        return;
    const QModelIndex current = m_steps->currentIndex();
    const ItemId stepId = current.isValid() ? current.data(TourStepsModel::StepIdRole).toLongLong() : 0;
    if (m_captionDirty && m_captionStepId != 0 && m_captionStepId != stepId) {
        // Stored once the list has finished moving: storing reloads the list.
        const ItemId editedStep = m_captionStepId;
        const QString caption = m_caption->toPlainText();
        m_captionDirty = false;
        QMetaObject::invokeMethod(this, [this, editedStep, caption] { storeCaption(editedStep, caption); },
                                  Qt::QueuedConnection);
    }
    m_currentStepId = stepId;
    showCaption();
    updateActions();
}

// The list is rebuilt after every change; the current step is found again by its id.
void TourPanel::restoreCurrentStep()
{
    const int row = m_model->rowOfStep(m_currentStepId);
    {
        const QScopedValueRollback<bool> restoring(m_restoring, true);
        const QModelIndex index = m_model->index(row);
        m_steps->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        if (index.isValid())
            m_steps->scrollTo(index);
    }
    if (row < 0)
        m_currentStepId = 0;
    showCaption();
    updateActions();
}

void TourPanel::showCaption()
{
    // Text being typed is kept until it is stored.
    if (m_captionDirty && m_caption->hasFocus() && m_captionStepId == m_currentStepId)
        return;
    const int row = currentStepIndex();
    const QSignalBlocker blocker(m_caption);
    m_caption->setPlainText(row >= 0 ? m_model->step(row).caption : QString());
    m_captionStepId = row >= 0 ? m_currentStepId : 0;
    m_captionDirty = false;
    m_caption->setEnabled(row >= 0);
}

bool TourPanel::commitCaption()
{
    if (!m_captionDirty || m_captionStepId == 0)
        return true;
    m_captionDirty = false;
    const ItemId stepId = m_captionStepId;
    storeCaption(stepId, m_caption->toPlainText());
    return !m_captionDirty;
}

void TourPanel::storeCaption(ItemId stepId, const QString &caption)
{
    if (!m_atlas)
        return;
    const Tour *tour = currentTour();
    if (!tour)
        return;
    const auto step = std::find_if(tour->steps.cbegin(), tour->steps.cend(),
                                   [stepId](const TourStep &s) { return s.id == stepId; });
    if (step == tour->steps.cend() || step->caption == caption)
        return;
    TourStep changed = *step;
    changed.caption = caption;
    AtlasEditor editor(m_atlas);
    QString error;
    if (!editor.updateTourStep(changed, &error)) {
        // Kept in the editor, to be put right.
        if (stepId == m_captionStepId)
            m_captionDirty = true;
        Q_EMIT failed(error);
    }
}

QAction *TourPanel::actionForListKey(const QKeyEvent &key) const
{
    const QKeyCombination pressed = key.keyCombination();
    if (pressed == QKeyCombination(Qt::AltModifier, Qt::Key_Up))
        return m_moveUp;
    if (pressed == QKeyCombination(Qt::AltModifier, Qt::Key_Down))
        return m_moveDown;
    if (pressed == QKeyCombination(Qt::Key_Delete))
        return m_deleteStep;
    return nullptr;
}

bool TourPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_steps && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        if (QAction *action = actionForListKey(*static_cast<QKeyEvent *>(event))) {
            event->accept();
            if (event->type() == QEvent::KeyPress && action->isEnabled())
                action->trigger();
            return true;
        }
    }
    if (watched == m_caption) {
        if (event->type() == QEvent::FocusOut) {
            commitCaption();
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers().testFlag(Qt::ControlModifier)) {
                commitCaption();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool TourPanel::report(bool done, const QString &error)
{
    if (!done)
        Q_EMIT failed(error);
    return done;
}

std::optional<ItemId> TourPanel::newTour(const QString &title)
{
    if (!m_atlas)
        return std::nullopt;
    commitCaption();
    AtlasEditor editor(m_atlas);
    QString error;
    Tour tour;
    tour.title = title;
    const std::optional<ItemId> id = editor.addTour(tour, &error);
    if (!report(id.has_value(), error))
        return std::nullopt;
    setCurrentTour(*id);
    Q_EMIT message(tr("Made the tour “%1”.").arg(title.trimmed()));
    return id;
}

bool TourPanel::renameTour(const QString &title)
{
    const Tour *tour = currentTour();
    if (!m_atlas || !tour)
        return false;
    Tour renamed = *tour;
    renamed.title = title;
    AtlasEditor editor(m_atlas);
    QString error;
    return report(editor.updateTour(renamed, &error), error);
}

bool TourPanel::deleteTour()
{
    const Tour *tour = currentTour();
    if (!m_atlas || !tour)
        return false;
    commitCaption();
    const QString title = tour->title;
    AtlasEditor editor(m_atlas);
    QString error;
    if (!report(editor.removeTour(m_tourId, &error), error))
        return false;
    Q_EMIT message(tr("Deleted the tour “%1”. Undo brings it back.").arg(title));
    return true;
}

void TourPanel::askNewTour()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New Tour"), tr("Title of the new tour:"), QLineEdit::Normal,
                                                QString(), &ok);
    if (ok)
        newTour(title);
}

void TourPanel::askRenameTour()
{
    const Tour *tour = currentTour();
    if (!tour)
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename Tour"), tr("New title of the tour:"),
                                                QLineEdit::Normal, tour->title, &ok);
    if (ok && title != tour->title)
        renameTour(title);
}

void TourPanel::askDeleteTour()
{
    const Tour *tour = currentTour();
    if (!tour)
        return;
    const qsizetype steps = tour->steps.size();
    const QString question = steps == 1
        ? tr("Delete the tour “%1” and its 1 step? Undo brings it back.").arg(tour->title)
        : tr("Delete the tour “%1” and its %2 steps? Undo brings it back.").arg(tour->title).arg(steps);
    if (QMessageBox::question(this, tr("Delete Tour"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        == QMessageBox::Yes)
        deleteTour();
}

bool TourPanel::addCurrentView()
{
    if (!m_atlas || !m_viewState || m_tourId == 0)
        return false;
    commitCaption();
    const TourStep step = stepFromView(tourViewOf(*m_viewState, m_graphFocus ? m_graphFocus() : 0), m_atlas->data());
    const int current = currentStepIndex();
    const int index = current >= 0 ? current + 1 : m_model->rowCount();
    AtlasEditor editor(m_atlas);
    QString error;
    const std::optional<ItemId> id = editor.insertTourStep(m_tourId, index, step, &error);
    if (!report(id.has_value(), error))
        return false;
    m_currentStepId = *id;
    restoreCurrentStep();
    Q_EMIT message(tr("Added step %1.").arg(index + 1));
    return true;
}

bool TourPanel::updateStepFromView()
{
    const int row = currentStepIndex();
    if (!m_atlas || !m_viewState || row < 0)
        return false;
    commitCaption();
    const TourStep current = m_model->step(row);
    TourStep step = stepFromView(tourViewOf(*m_viewState, m_graphFocus ? m_graphFocus() : 0), m_atlas->data());
    step.id = current.id;
    step.caption = current.caption;
    AtlasEditor editor(m_atlas);
    QString error;
    return report(editor.updateTourStep(step, &error), error);
}

bool TourPanel::moveCurrentStep(int offset)
{
    const int from = currentStepIndex();
    const int to = from + offset;
    if (!m_atlas || from < 0 || to < 0 || to >= m_model->rowCount())
        return false;
    commitCaption();
    AtlasEditor editor(m_atlas);
    QString error;
    return report(editor.moveTourStep(m_tourId, from, to, &error), error);
}

bool TourPanel::deleteCurrentStep()
{
    const int row = currentStepIndex();
    if (!m_atlas || row < 0)
        return false;
    m_captionDirty = false; // what was typed goes with the step
    AtlasEditor editor(m_atlas);
    QString error;
    if (!report(editor.removeTourStep(m_currentStepId, &error), error))
        return false;
    setCurrentStep(std::min(row, m_model->rowCount() - 1));
    return true;
}

void TourPanel::showCurrentStep()
{
    commitCaption();
    const int row = currentStepIndex();
    if (row >= 0)
        Q_EMIT stepActivated(m_model->step(row));
}

void TourPanel::updateActions()
{
    const QString unwritable = AtlasEditor::whyUnwritable(m_atlas);
    const bool writable = unwritable.isEmpty();
    const int row = currentStepIndex();
    const int count = m_model->rowCount();
    const bool hasTour = m_tourId != 0;
    const QString noTour = tr("Choose or make a tour first.");
    const QString noStep = tr("Choose a step first.");
    const auto offer = [&](QAction *action, bool possible, const QString &whyNot) {
        const bool enabled = writable && possible;
        action->setEnabled(enabled);
        action->setToolTip(enabled ? m_toolTips.value(action) : (!writable ? unwritable : whyNot));
    };
    offer(m_newTour, m_atlas, {});
    offer(m_renameTour, hasTour, noTour);
    offer(m_deleteTour, hasTour, noTour);
    offer(m_addView, hasTour && m_viewState, noTour);
    offer(m_updateFromView, row >= 0 && m_viewState, noStep);
    offer(m_moveUp, row > 0, noStep);
    offer(m_moveDown, row >= 0 && row + 1 < count, noStep);
    offer(m_deleteStep, row >= 0, noStep);
    m_showStep->setEnabled(row >= 0);
    m_showStep->setToolTip(row >= 0 ? m_toolTips.value(m_showStep) : noStep);
    m_present->setEnabled(count > 0);
    m_present->setToolTip(count > 0 ? m_toolTips.value(m_present) : tr("The tour has no steps yet."));
    m_tourMenuButton->setEnabled(m_atlas);
    m_caption->setReadOnly(!writable);
    m_caption->setToolTip(writable ? tr("The current step's caption; stored when you leave the field or press "
                                        "Ctrl+Return")
                                   : unwritable);
    m_steps->setDragDropMode(writable ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
    m_tours->setEnabled(m_tours->count() > 0);
}

} // namespace Annals
