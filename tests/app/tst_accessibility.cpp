// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "actoreditor.h"
#include "citationsdialog.h"
#include "eraeditor.h"
#include "eventeditor.h"
#include "eventlinksdialog.h"
#include "itemlistdialog.h"
#include "relationeditor.h"
#include "seriespointeditor.h"
#include "sourceeditor.h"
#include "atlas.h"
#include "detailspanel.h"
#include "editactions.h"
#include "eventactions.h"
#include "eventtablepanel.h"
#include "filterdialogs.h"
#include "graphview.h"
#include "mainwindow.h"
#include "searchpanel.h"
#include "timelineview.h"
#include "viewaccessibility.h"
#include "viewstate.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Annals;

namespace {

// What a keyboard or a screen reader can land on. Parts that Qt presents as
// part of their owner (a combo box's or spin box's line edit, a table's
// headers) are named through the owner.
bool isInteractive(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QLineEdit *>(widget) && (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)))
        return false;
    if (qobject_cast<const QHeaderView *>(widget) && qobject_cast<const QAbstractItemView *>(parent))
        return false;
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(parent); area && area->viewport() == widget)
        return false;
    if (qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QAbstractScrollArea *>(widget)
        || qobject_cast<const QSlider *>(widget) || qobject_cast<const QTabBar *>(widget))
        return true;
    return widget->focusPolicy() != Qt::NoFocus;
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *step = widget; step; step = step->parentWidget())
        path.prepend(step->objectName().isEmpty() ? QString::fromLatin1(step->metaObject()->className()) : step->objectName());
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(widget->metaObject()->className()), path.join(QLatin1Char('/')));
}

// Every shown interactive widget under `root` whose effective accessible name
// is empty, as a screen reader would get it.
QStringList unnamed(const QWidget *root)
{
    QStringList offenders;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !isInteractive(widget))
            continue;
        QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
        if (!interface || interface->text(QAccessible::Name).trimmed().isEmpty())
            offenders << describe(widget);
    }
    return offenders;
}

QList<QAccessible::Event> g_updates;
QList<QObject *> g_updated;

void recordUpdate(QAccessibleEvent *event)
{
    g_updates << event->type();
    g_updated << event->object();
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype at = 0; at + 1 < text.size(); ++at) {
        if (text.at(at) != QLatin1Char('&'))
            continue;
        if (text.at(at + 1) != QLatin1Char('&'))
            return text.at(at + 1).toLower();
        ++at;
    }
    return {};
}

// Menus of the atlas's own names, which no letter can be chosen for by hand.
bool isListOfNames(const QMenu *menu)
{
    const QString title = QString(menu->title()).remove(QLatin1Char('&'));
    return title == QLatin1String("Open Recent") || title == QLatin1String("Number Series")
        || title == QLatin1String("Categories");
}

void collectMenuProblems(QMenu *menu, QStringList *problems)
{
    // Menus filled as they open are checked as they would be seen.
    Q_EMIT menu->aboutToShow();
    const QList<QAction *> actions = menu->actions();
    QHash<QChar, QString> taken;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        // "No recent atlases": a menu's only entry, disabled, says why it is empty.
        if (actions.size() == 1 && !action->isEnabled())
            continue;
        if (isListOfNames(menu) && mnemonicOf(action->text()).isNull())
            continue;
        const QChar mnemonic = mnemonicOf(action->text());
        const QString where = QStringLiteral("%1 > %2").arg(menu->title(), action->text());
        if (mnemonic.isNull())
            *problems << QStringLiteral("no mnemonic: %1").arg(where);
        else if (taken.contains(mnemonic))
            *problems << QStringLiteral("'%1' twice: %2 and %3").arg(mnemonic, taken.value(mnemonic), action->text());
        else
            taken.insert(mnemonic, action->text());
        if (action->menu())
            collectMenuProblems(action->menu(), problems);
    }
}

// Window-wide shortcuts given to more than one action: Qt runs neither.
QStringList shortcutClashes(const QWidget *window)
{
    QHash<QKeySequence, QString> owners;
    QStringList clashes;
    const auto actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        for (const QKeySequence &keys : action->shortcuts()) {
            const QString name = action->text().isEmpty() ? action->objectName() : action->text();
            if (owners.contains(keys) && owners.value(keys) != name)
                clashes << QStringLiteral("%1: %2 and %3").arg(keys.toString(QKeySequence::NativeText), owners.value(keys), name);
            owners.insert(keys, name);
        }
    }
    return clashes;
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyWidgetInTheMainWindowHasAName();
    void everyWidgetInTheDialogsHasAName_data();
    void everyWidgetInTheDialogsHasAName();
    void theTimelineSaysWhichEventIsSelected();
    void theGraphSaysWhatIsSelected();
    void everyMenuEntryHasItsOwnMnemonic();
    void noShortcutIsGivenTwice();
    void f6MovesBetweenTheMainAreas();

private:
    const Event &eventWithEnd() const;

    QTemporaryDir m_dir;
    QString m_samplePath;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalsTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_samplePath = m_dir.filePath(QStringLiteral("sample.annals"));
    QString error;
    QVERIFY2(Atlas::writeSample(m_samplePath, &error), qPrintable(error));
}

void tst_Accessibility::init()
{
    m_window = std::make_unique<MainWindow>(MainWindow::SettingsUse::Ignore);
    QString error;
    QVERIFY2(m_window->openAtlas(m_samplePath, &error, true), qPrintable(error));
    QVERIFY(!m_window->atlas()->isReadOnly());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Accessibility::cleanup()
{
    m_window.reset();
}

const Event &tst_Accessibility::eventWithEnd() const
{
    const QList<Event> &events = m_window->atlas()->data().events;
    const auto found = std::find_if(events.cbegin(), events.cend(), [](const Event &event) {
        return event.when.hasEnd() && event.when.end != event.when.start;
    });
    Q_ASSERT(found != events.cend());
    return *found;
}

void tst_Accessibility::everyWidgetInTheMainWindowHasAName()
{
    // Everything shown at once: the docks, a selection for the panels to
    // describe, and a filter so that the filter bar has chips.
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        dock->show();
    const Event &event = eventWithEnd();
    m_window->viewState()->setSelectedEvent(event.id);
    if (!event.actors.isEmpty())
        m_window->viewState()->setSelectedActor(event.actors.first().actorId);
    ViewFilter filter = m_window->viewState()->filter();
    filter.minimumImportance = 3;
    m_window->viewState()->setFilter(filter);
    QApplication::processEvents();

    const QStringList offenders = unnamed(m_window.get());
    QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("Without an accessible name:\n  ") + offenders.join(QStringLiteral("\n  "))));
}

void tst_Accessibility::everyWidgetInTheDialogsHasAName_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char *name : {"event", "new event", "actor", "relation", "source", "citations", "sources", "era",
                             "eras", "event links", "series values", "series value", "actor filter", "date range",
                             "about"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_Accessibility::everyWidgetInTheDialogsHasAName()
{
    QFETCH(QString, dialog);
    auto *edits = m_window->findChild<EditActions *>();
    auto *events = m_window->findChild<EventActions *>();
    QVERIFY(edits && events);
    const AtlasData &data = m_window->atlas()->data();
    QVERIFY(!data.events.isEmpty() && !data.actors.isEmpty() && !data.relations.isEmpty() && !data.series.isEmpty());
    const ItemId eventId = eventWithEnd().id;
    const ItemId seriesId = data.series.first().id;

    std::unique_ptr<QDialog> owned;
    QDialog *shown = nullptr;
    // The edit actions act on the selection, as from the menu.
    if (dialog == QLatin1String("actor"))
        m_window->viewState()->setSelectedActor(data.actors.first().id);
    else if (dialog == QLatin1String("relation"))
        m_window->viewState()->setSelectedRelation(data.relations.first().id);
    else
        m_window->viewState()->setSelectedEvent(eventId);
    if (dialog == QLatin1String("event"))
        shown = events->editEvent(eventId);
    else if (dialog == QLatin1String("new event"))
        shown = events->createAt(HistoricalDate(0, Precision::Year));
    else if (dialog == QLatin1String("actor"))
        shown = edits->editActor(data.actors.first().id);
    else if (dialog == QLatin1String("relation"))
        shown = edits->editRelation(data.relations.first().id);
    else if (dialog == QLatin1String("source"))
        shown = edits->newSource();
    else if (dialog == QLatin1String("citations"))
        shown = edits->openCitations(QStringLiteral("event"), eventId);
    else if (dialog == QLatin1String("sources"))
        shown = edits->openSources();
    else if (dialog == QLatin1String("era"))
        shown = edits->newEra();
    else if (dialog == QLatin1String("eras"))
        shown = edits->openEras();
    else if (dialog == QLatin1String("event links"))
        shown = edits->openEventLinks(eventId);
    else if (dialog == QLatin1String("series values"))
        shown = edits->openSeriesValues(seriesId);
    else if (dialog == QLatin1String("series value"))
        shown = edits->newSeriesPoint(seriesId);
    else if (dialog == QLatin1String("actor filter"))
        owned = std::make_unique<ActorFilterDialog>(data.actors, QList<ItemId>{}, m_window.get());
    else if (dialog == QLatin1String("date range"))
        owned = std::make_unique<DateRangeDialog>(QStringLiteral("1950"), QStringLiteral("1953"), m_window.get());
    else if (dialog == QLatin1String("about"))
        owned = std::make_unique<AboutDialog>(data, m_window.get());
    if (owned) {
        owned->show();
        shown = owned.get();
    }
    QVERIFY2(shown, "the dialog did not open");
    QVERIFY(QTest::qWaitForWindowExposed(shown));

    const QStringList offenders = unnamed(shown);
    if (!owned)
        delete shown;
    QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("Without an accessible name:\n  ") + offenders.join(QStringLiteral("\n  "))));
}

void tst_Accessibility::theTimelineSaysWhichEventIsSelected()
{
    TimelineView *timeline = m_window->timelineView();
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(timeline);
    QVERIFY(interface);
    m_window->viewState()->setSelectedEvent(0);
    QVERIFY(interface->text(QAccessible::Name).startsWith(QLatin1String("Timeline, ")));
    const QString nothing = interface->text(QAccessible::Description);
    QVERIFY(!nothing.isEmpty());

    g_updates.clear();
    g_updated.clear();
    const Announce previous = setAnnounce(recordUpdate);
    const Event &event = eventWithEnd();
    m_window->viewState()->setSelectedEvent(event.id);
    setAnnounce(previous);

    const QString description = interface->text(QAccessible::Description);
    QVERIFY2(description.contains(event.title), qPrintable(description));
    QVERIFY2(description.contains(event.when.start.toDisplayString()), qPrintable(description));
    QVERIFY2(description.contains(event.when.end.toDisplayString()), qPrintable(description));
    QCOMPARE(interface->text(QAccessible::Value), description);
    bool announced = false;
    for (qsizetype at = 0; at < g_updates.size(); ++at)
        announced |= g_updates.at(at) == QAccessible::DescriptionChanged && g_updated.at(at) == timeline;
    QVERIFY(announced);

    // Picking an actor changes nothing the timeline says: it stays quiet.
    g_updates.clear();
    g_updated.clear();
    QVERIFY(!event.actors.isEmpty());
    setAnnounce(recordUpdate);
    m_window->viewState()->setSelectedActor(event.actors.first().actorId);
    setAnnounce(previous);
    QVERIFY(!g_updated.contains(timeline));
    QVERIFY(g_updated.contains(m_window->graphView()));

    m_window->viewState()->setSelectedEvent(0);
    QCOMPARE(interface->text(QAccessible::Description), nothing);

    // The name follows the period shown.
    m_window->viewState()->setWindow(HistoricalDate::fromCivil({1950, 1, 1}, Precision::Day).seconds(),
                                     HistoricalDate::fromCivil({1954, 1, 1}, Precision::Day).seconds());
    QVERIFY2(interface->text(QAccessible::Name).contains(QLatin1String("1950")), qPrintable(interface->text(QAccessible::Name)));
    QVERIFY2(interface->text(QAccessible::Name).contains(QLatin1String("1953")), qPrintable(interface->text(QAccessible::Name)));
}

void tst_Accessibility::theGraphSaysWhatIsSelected()
{
    GraphView *graph = m_window->graphView();
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(graph);
    QVERIFY(interface);
    QVERIFY(!interface->text(QAccessible::Name).isEmpty());
    const QString nothing = interface->text(QAccessible::Description);

    const AtlasData &data = m_window->atlas()->data();
    const Relation &relation = data.relations.first();
    const auto nameOf = [&data](ItemId id) {
        return std::find_if(data.actors.cbegin(), data.actors.cend(), [id](const Actor &actor) { return actor.id == id; })->name;
    };
    g_updates.clear();
    g_updated.clear();
    const Announce previous = setAnnounce(recordUpdate);
    m_window->viewState()->setCursor(relation.when.start.seconds());
    m_window->viewState()->setSelectedRelation(relation.id);
    setAnnounce(previous);
    QVERIFY(g_updated.contains(graph));
    const QString described = interface->text(QAccessible::Description);
    QVERIFY2(described != nothing, qPrintable(described));
    QVERIFY2(described.contains(nameOf(relation.sourceId)) && described.contains(nameOf(relation.targetId)), qPrintable(described));

    m_window->viewState()->setSelectedRelation(0);
    m_window->viewState()->setSelectedActor(relation.sourceId);
    QVERIFY2(interface->text(QAccessible::Description).contains(nameOf(relation.sourceId)), qPrintable(interface->text(QAccessible::Description)));
}

void tst_Accessibility::everyMenuEntryHasItsOwnMnemonic()
{
    QStringList problems;
    QHash<QChar, QString> taken;
    for (QAction *action : m_window->menuBar()->actions()) {
        const QChar mnemonic = mnemonicOf(action->text());
        if (mnemonic.isNull() || taken.contains(mnemonic))
            problems << QStringLiteral("menu bar: %1").arg(action->text());
        taken.insert(mnemonic, action->text());
        if (action->menu())
            collectMenuProblems(action->menu(), &problems);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The check itself sees a clash.
    QMenu clashing(QStringLiteral("&Clashing"));
    clashing.addAction(QStringLiteral("&Zoom"));
    clashing.addAction(QStringLiteral("&Zero"));
    QStringList found;
    collectMenuProblems(&clashing, &found);
    QCOMPARE(found.size(), 1);
}

void tst_Accessibility::noShortcutIsGivenTwice()
{
    // The edit keys (Insert, F2, Delete) go to the graph's actions while the
    // graph has the focus and to the events' otherwise: both ways are checked.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->timelineView()->setFocus();
    QApplication::processEvents();
    QStringList clashes = shortcutClashes(m_window.get());
    m_window->graphView()->setFocus();
    QApplication::processEvents();
    clashes += shortcutClashes(m_window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));

    // The check itself sees a clash.
    auto *clash = new QAction(QStringLiteral("Clash"), m_window.get());
    clash->setShortcut(QKeySequence(Qt::Key_F6));
    QVERIFY(!shortcutClashes(m_window.get()).isEmpty());
}

void tst_Accessibility::f6MovesBetweenTheMainAreas()
{
    for (const char *name : {"eventListDock", "detailsDock", "searchDock"})
        m_window->findChild<QDockWidget *>(QLatin1String(name))->show();
    m_window->findChild<QDockWidget *>(QStringLiteral("actorDock"))->hide();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->timelineView()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_window->timelineView());

    const QList<QWidget *> order = {m_window->graphView(), m_window->eventTablePanel(),
                                    m_window->detailsPanel(),
                                    m_window->searchPanel(),
                                    m_window->timelineView()};
    for (QWidget *expected : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY2(focused && (focused == expected || expected->isAncestorOf(focused)),
                 qPrintable(QStringLiteral("focus in %1, expected %2").arg(focused ? describe(focused) : QStringLiteral("nothing"), describe(expected))));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(m_window->searchPanel()->isAncestorOf(QApplication::focusWidget()));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
