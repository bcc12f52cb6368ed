// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditor.h"

#include "atlasstore.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <type_traits>

namespace Annals {

namespace {

constexpr int actorIdRole = Qt::UserRole;
constexpr char feedbackIsError[] = "feedbackIsError";

const char *const monthNames[] = {
    QT_TRANSLATE_NOOP("Annals::EventEditor", "January"),   QT_TRANSLATE_NOOP("Annals::EventEditor", "February"),
    QT_TRANSLATE_NOOP("Annals::EventEditor", "March"),     QT_TRANSLATE_NOOP("Annals::EventEditor", "April"),
    QT_TRANSLATE_NOOP("Annals::EventEditor", "May"),       QT_TRANSLATE_NOOP("Annals::EventEditor", "June"),
    QT_TRANSLATE_NOOP("Annals::EventEditor", "July"),      QT_TRANSLATE_NOOP("Annals::EventEditor", "August"),
    QT_TRANSLATE_NOOP("Annals::EventEditor", "September"), QT_TRANSLATE_NOOP("Annals::EventEditor", "October"),
    QT_TRANSLATE_NOOP("Annals::EventEditor", "November"),  QT_TRANSLATE_NOOP("Annals::EventEditor", "December"),
};

// Readable on light and dark palettes alike: a deep red on light windows, a
// soft one on dark windows, where deep red would vanish.
QColor errorColour(const QPalette &palette)
{
    return errorTextOn(palette.color(QPalette::Window));
}

// A scrolling field whose preferred size is counted in characters and lines
// of its own font, so that it grows with a projector font instead of keeping
// Qt's fixed default of a few hundred pixels.
template<typename Base>
class FontSized : public Base
{
public:
    FontSized(int columns, int lines, QWidget *parent)
        : Base(parent)
        , m_columns(columns)
        , m_lines(lines)
    {
    }

    QSize sizeHint() const override
    {
        const QFontMetrics metrics(this->font());
        // Item rows carry some padding over a bare line of text.
        const int line = metrics.lineSpacing() + (std::is_base_of_v<QAbstractItemView, Base> ? metrics.height() / 3 : 0);
        int height = line * m_lines + 2 * this->frameWidth();
        if constexpr (std::is_base_of_v<QTreeView, Base>)
            height += this->header()->sizeHint().height();
        return {metrics.averageCharWidth() * m_columns + 2 * this->frameWidth(), height};
    }

    QSize minimumSizeHint() const override
    {
        const QSize preferred = sizeHint();
        return {preferred.width() / 2, preferred.height() / 2};
    }

private:
    int m_columns;
    int m_lines;
};

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

EventEditor::EventEditor(const AtlasData &atlas, const Event &event, QWidget *parent)
    : QDialog(parent)
    , m_initial(event)
{
    setWindowTitle(event.id == 0 ? tr("New Event") : tr("Edit “%1”").arg(event.title));
    setObjectName(QStringLiteral("eventEditor"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    // Title, with what is missing said under it.
    {
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        m_title = new QLineEdit(event.title, this);
        m_title->setObjectName(QStringLiteral("title"));
        m_title->setAccessibleName(tr("Title"));
        m_title->setPlaceholderText(tr("What happened, in a few words"));
        m_titleFeedback = new QLabel(this);
        m_titleFeedback->setObjectName(QStringLiteral("titleFeedback"));
        m_titleFeedback->setWordWrap(true);
        m_feedbackFields.insert(m_titleFeedback, m_title);
        column->addWidget(m_title);
        column->addWidget(m_titleFeedback);
        auto *label = new QLabel(tr("&Title:"), this);
        label->setBuddy(m_title);
        form->addRow(label, column);
        // textChanged alone would also come from setText; only typing makes
        // an empty title an error worth the error colour.
        connect(m_title, &QLineEdit::textEdited, this, [this] {
            m_titleEdited = true;
            revalidate();
        });
        connect(m_title, &QLineEdit::textChanged, this, &EventEditor::revalidate);
    }

    addDateRow(form, tr("&Start:"), m_start, event.when.start, QStringLiteral("start"));
    m_start.edit->setAccessibleName(tr("Start date"));
    addDateRow(form, tr("&End:"), m_end, event.when.end, QStringLiteral("end"));
    m_end.edit->setAccessibleName(tr("End date"));
    m_end.edit->setPlaceholderText(tr("Empty for a single moment"));

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->setSizePolicy(QSizePolicy::Expanding, m_category->sizePolicy().verticalPolicy());
    {
        QStringList categories;
        for (const Event &other : atlas.events) {
            if (!other.category.isEmpty())
                categories << other.category;
        }
        categories.removeDuplicates();
        std::sort(categories.begin(), categories.end(),
                  [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
        m_category->addItems(categories);
    }
    m_category->setCurrentText(event.category);
    m_category->lineEdit()->setPlaceholderText(tr("e.g. treaty, war, summit"));
    {
        auto *label = new QLabel(tr("&Category:"), this);
        label->setBuddy(m_category);
        form->addRow(label, m_category);
    }

    m_place = new QLineEdit(event.place, this);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setPlaceholderText(tr("Where, if anywhere in particular"));
    {
        auto *label = new QLabel(tr("&Place:"), this);
        label->setBuddy(m_place);
        form->addRow(label, m_place);
    }

    m_displayDate = new QLineEdit(event.displayDate, this);
    m_displayDate->setObjectName(QStringLiteral("displayDate"));
    m_displayDate->setAccessibleName(tr("Date as written"));
    m_displayDate->setPlaceholderText(tr("Optional, e.g. “Summer 1950”"));
    m_displayDate->setToolTip(tr("How the date is written in the details and in exports, when the dates above say "
                                 "less than you want to. The timeline still places the event by its start and end."));
    {
        auto *label = new QLabel(tr("Date as &written:"), this);
        label->setBuddy(m_displayDate);
        form->addRow(label, m_displayDate);
    }

    m_importance = new QSpinBox(this);
    m_importance->setObjectName(QStringLiteral("importance"));
    m_importance->setAccessibleName(tr("Importance"));
    m_importance->setRange(1, 5);
    m_importance->setValue(std::clamp(event.importance, 1, 5));
    m_importance->setToolTip(tr("1: a detail; 5: shapes everything after it. Bigger markers on the timeline."));
    {
        auto *label = new QLabel(tr("&Importance:"), this);
        label->setBuddy(m_importance);
        auto *row = new QHBoxLayout;
        row->addWidget(m_importance);
        auto *hint = new QLabel(tr("1 (a detail) to 5 (shapes everything after it)"), this);
        hint->setForegroundRole(QPalette::PlaceholderText);
        row->addWidget(hint, 1);
        form->addRow(label, row);
    }

    m_description = new FontSized<QPlainTextEdit>(48, 5, this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(
        tr("What happened and why it matters. Markdown is allowed: *emphasis*, **bold**, lists, "
           "[links](https://example.org)."));
    m_description->setPlainText(event.description);
    // Tab must move on to the actors, not type a tab character.
    m_description->setTabChangesFocus(true);
    {
        auto *label = new QLabel(tr("&Description:"), this);
        label->setBuddy(m_description);
        form->addRow(label, m_description);
    }

    {
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        m_actorFilter = new QLineEdit(this);
        m_actorFilter->setObjectName(QStringLiteral("actorFilter"));
        m_actorFilter->setAccessibleName(tr("Filter actors"));
        m_actorFilter->setPlaceholderText(tr("Filter actors by name"));
        m_actorFilter->setClearButtonEnabled(true);
        m_actors = new FontSized<QTreeWidget>(48, 7, this);
        m_actors->setObjectName(QStringLiteral("actors"));
        m_actors->setAccessibleName(tr("Actors"));
        m_actors->setAccessibleDescription(
            tr("Check the actors involved; Space checks, F2 edits the role."));
        m_actors->setColumnCount(2);
        m_actors->setHeaderLabels({tr("Actor"), tr("Role")});
        m_actors->setRootIsDecorated(false);
        m_actors->setUniformRowHeights(true);
        m_actors->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::SelectedClicked);
        m_actors->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_actors->header()->setSectionResizeMode(1, QHeaderView::Stretch);
        buildActorList(atlas);
        column->addWidget(m_actorFilter);
        column->addWidget(m_actors);
        auto *label = new QLabel(tr("&Actors:"), this);
        label->setBuddy(m_actorFilter);
        form->addRow(label, column);
        connect(m_actorFilter, &QLineEdit::textChanged, this, &EventEditor::filterActors);
        // Giving a role means the actor took part.
        connect(m_actors, &QTreeWidget::itemChanged, this, [](QTreeWidgetItem *item, int changedColumn) {
            if (changedColumn == 1 && !item->text(1).trimmed().isEmpty() && item->checkState(0) != Qt::Checked)
                item->setCheckState(0, Qt::Checked);
        });
    }

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setAccessibleName(tr("Why the event cannot be stored yet"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventEditor::reject);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &EventEditor::accept);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Store the event (Ctrl+Enter)"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    // Sizes in text units, so a projector font gets a proportionally larger form.
    const QFontMetrics metrics(font());
    m_title->setMinimumWidth(metrics.averageCharWidth() * 48);

    revalidate();
    setFocusProxy(m_title);
}

QLineEdit *EventEditor::addDateRow(QFormLayout *form, const QString &label, DateField &field,
                                   const HistoricalDate &initial, const QString &objectName)
{
    field.initialDate = initial;
    field.initialText = initial.toDisplayString();
    field.edit = new QLineEdit(field.initialText, this);
    field.edit->setObjectName(objectName);
    field.edit->setPlaceholderText(tr("e.g. 1959, 3 Sep 2025, 44 BCE, c. 1200, 1950s, 65 Ma"));
    field.feedback = new QLabel(this);
    field.feedback->setObjectName(objectName + QLatin1String("Feedback"));
    field.feedback->setWordWrap(true);
    m_feedbackFields.insert(field.feedback, field.edit);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field.edit);
    column->addWidget(field.feedback);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field.edit);
    form->addRow(labelWidget, column);
    connect(field.edit, &QLineEdit::textChanged, this, &EventEditor::revalidate);
    return field.edit;
}

void EventEditor::buildActorList(const AtlasData &atlas)
{
    QHash<ItemId, QString> roles;
    for (const EventActor &actor : m_initial.actors)
        roles.insert(actor.actorId, actor.role);

    QList<const Actor *> actors;
    for (const Actor &actor : atlas.actors)
        actors << &actor;
    // The event's own actors first, so an existing event shows who took part
    // without scrolling; then everyone by name.
    std::stable_sort(actors.begin(), actors.end(), [&roles](const Actor *a, const Actor *b) {
        const bool aIn = roles.contains(a->id);
        const bool bIn = roles.contains(b->id);
        if (aIn != bIn)
            return aIn;
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });

    const QSignalBlocker blocker(m_actors);
    for (const Actor *actor : actors) {
        auto *item = new QTreeWidgetItem(m_actors);
        item->setText(0, actor->name);
        item->setData(0, actorIdRole, actor->id);
        if (!actor->nativeName.isEmpty() && actor->nativeName != actor->name)
            item->setToolTip(0, actor->nativeName);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        const auto role = roles.constFind(actor->id);
        item->setCheckState(0, role != roles.constEnd() ? Qt::Checked : Qt::Unchecked);
        if (role != roles.constEnd())
            item->setText(1, *role);
    }
}

void EventEditor::filterActors(const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_actors->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_actors->topLevelItem(row);
        const bool matches = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
            || item->toolTip(0).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!matches);
    }
}

Event EventEditor::event() const
{
    Event edited = m_initial;
    if (m_title->text() != m_initial.title)
        edited.title = m_title->text().trimmed();
    if (m_description->document()->isModified())
        edited.description = m_description->toPlainText();
    if (m_category->currentText() != m_initial.category)
        edited.category = m_category->currentText().trimmed();
    if (m_place->text() != m_initial.place)
        edited.place = m_place->text().trimmed();
    if (m_displayDate->text() != m_initial.displayDate)
        edited.displayDate = m_displayDate->text().trimmed();
    if (m_importance->value() != std::clamp(m_initial.importance, 1, 5))
        edited.importance = m_importance->value();
    QString ignored;
    edited.when.start = m_start.read(&ignored);
    edited.when.end = m_end.read(&ignored);

    // The event's actors keep their order (and those not in the list, if the
    // atlas lost them, are kept as they were); newly checked ones follow in
    // list order.
    QHash<ItemId, QTreeWidgetItem *> rows;
    for (int row = 0; row < m_actors->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_actors->topLevelItem(row);
        rows.insert(item->data(0, actorIdRole).toLongLong(), item);
    }
    edited.actors.clear();
    QSet<ItemId> taken;
    for (const EventActor &actor : m_initial.actors) {
        const QTreeWidgetItem *item = rows.value(actor.actorId);
        if (!item) {
            edited.actors << actor;
        } else if (item->checkState(0) == Qt::Checked) {
            const QString role = item->text(1) == actor.role ? actor.role : item->text(1).trimmed();
            edited.actors << EventActor{actor.actorId, role};
        }
        taken.insert(actor.actorId);
    }
    for (int row = 0; row < m_actors->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_actors->topLevelItem(row);
        const ItemId id = item->data(0, actorIdRole).toLongLong();
        if (item->checkState(0) == Qt::Checked && !taken.contains(id))
            edited.actors << EventActor{id, item->text(1).trimmed()};
    }
    return edited;
}

void EventEditor::revalidate()
{
    const bool titleMissing = m_title->text().trimmed().isEmpty();
    // A new event starts without a title: say it is needed, but only call it
    // an error once the user has been there.
    showFeedback(m_titleFeedback, titleMissing ? tr("Required.") : QString(),
                 titleMissing && (m_titleEdited || m_initial.id != 0));

    QString startError;
    const HistoricalDate start = m_start.read(&startError);
    if (!startError.isEmpty())
        showFeedback(m_start.feedback, startError, true);
    else if (!start.isValid())
        showFeedback(m_start.feedback, tr("Required: when it happened or began."), false);
    else
        showFeedback(m_start.feedback, understoodText(start), false);

    QString endError;
    const HistoricalDate end = m_end.read(&endError);
    // The store's rule (validateEvent): the end's first second may not come
    // before the start's.
    const bool endBeforeStart = start.isValid() && end.isValid() && end.seconds() < start.seconds();
    if (!endError.isEmpty())
        showFeedback(m_end.feedback, endError, true);
    else if (!end.isValid())
        showFeedback(m_end.feedback, tr("Optional: leave empty for a single moment."), false);
    else if (endBeforeStart)
        showFeedback(m_end.feedback, tr("Before the start (%1).").arg(start.toDisplayString()), true);
    else
        showFeedback(m_end.feedback, understoodText(end), false);

    if (!startError.isEmpty())
        m_problem = tr("The start date cannot be read: %1").arg(startError);
    else if (!endError.isEmpty())
        m_problem = tr("The end date cannot be read: %1").arg(endError);
    else
        m_problem = validateEvent(event());

    const bool valid = m_problem.isEmpty();
    showFeedback(m_problemLabel, valid ? tr("Ctrl+Enter stores the event.") : m_problem, !valid);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(valid);
    ok->setToolTip(valid ? tr("Store the event (Ctrl+Enter)") : m_problem);
}

void EventEditor::showFeedback(QLabel *label, const QString &text, bool isError)
{
    label->setTextFormat(Qt::PlainText); // a parser message is never markup
    label->setText(text);
    label->setProperty(feedbackIsError, isError);
    label->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? errorColour(palette) : palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    // Screen readers hear the field's state with the field, not only as a
    // label somewhere below it.
    if (QWidget *field = m_feedbackFields.value(label))
        field->setAccessibleDescription(text);
}

void EventEditor::restyleFeedback()
{
    for (QLabel *label : {m_titleFeedback, m_start.feedback, m_end.feedback, m_problemLabel})
        showFeedback(label, label->text(), label->property(feedbackIsError).toBool());
}

void EventEditor::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_problemLabel)
        restyleFeedback();
}

void EventEditor::accept()
{
    revalidate();
    if (!isValid())
        return;
    QDialog::accept();
}

QString EventEditor::understoodText(const HistoricalDate &date)
{
    if (!date.isValid())
        return {};
    QString shown;
    QString precision;
    const CivilDateTime civil = date.civil();
    const QString year = HistoricalDate(date.seconds(), Precision::Year).toDisplayString();
    const QString month = tr(monthNames[std::clamp(civil.month, 1, 12) - 1]);
    switch (date.precision()) {
    case Precision::Minute:
        shown = tr("%1 %2 %3, %4:%5", "day, month, year, hour, minute")
                    .arg(QString::number(civil.day), month, year, twoDigits(civil.hour), twoDigits(civil.minute));
        precision = tr("to the minute");
        break;
    case Precision::Hour:
        shown = tr("%1 %2 %3, %4h", "day, month, year, hour")
                    .arg(QString::number(civil.day), month, year, twoDigits(civil.hour));
        precision = tr("to the hour");
        break;
    case Precision::Day:
        shown = tr("%1 %2 %3", "day, month, year").arg(QString::number(civil.day), month, year);
        precision = tr("to the day");
        break;
    case Precision::Month:
        shown = tr("%1 %2", "month, year").arg(month, year);
        precision = tr("to the month");
        break;
    case Precision::Year:
        precision = tr("to the year");
        break;
    case Precision::Decade:
        precision = tr("to the decade");
        break;
    case Precision::Century:
        precision = tr("to the century");
        break;
    case Precision::ThousandYears:
        precision = tr("to the thousand years");
        break;
    case Precision::MillionYears:
        precision = tr("to the million years");
        break;
    case Precision::BillionYears:
        precision = tr("to the billion years");
        break;
    }
    if (shown.isEmpty()) {
        // Coarser than a month, the display form is already the long form
        // (and carries "c." itself).
        shown = date.toDisplayString();
    } else if (date.isApproximate()) {
        shown = tr("c. %1", "approximate date").arg(shown);
    }
    if (date.isApproximate())
        return tr("%1, roughly %2", "date, precision").arg(shown, precision);
    return tr("%1, %2", "date, precision").arg(shown, precision);
}

} // namespace Annals
