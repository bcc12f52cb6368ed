// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewstate.h"

#include <QSignalSpy>
#include <QTest>

using namespace Annals;

class tst_ViewState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesAreSignalledOnce();
    void windowIsOrdered();
};

void tst_ViewState::changesAreSignalledOnce()
{
    ViewState state;
    QSignalSpy window(&state, &ViewState::windowChanged);
    QSignalSpy cursor(&state, &ViewState::cursorChanged);
    QSignalSpy event(&state, &ViewState::selectedEventChanged);
    QSignalSpy actor(&state, &ViewState::selectedActorChanged);
    QSignalSpy relation(&state, &ViewState::selectedRelationChanged);

    state.setWindow(10, 20);
    state.setWindow(10, 20);
    state.setCursor(15);
    state.setCursor(15);
    state.setSelectedEvent(7);
    state.setSelectedEvent(7);
    state.setSelectedActor(3);
    state.setSelectedActor(3);
    state.setSelectedRelation(9);
    state.setSelectedRelation(9);
    // Setting what is already set is silent, so views echoing each other stop.
    QCOMPARE(window.size(), 1);
    QCOMPARE(cursor.size(), 1);
    QCOMPARE(event.size(), 1);
    QCOMPARE(actor.size(), 1);
    QCOMPARE(relation.size(), 1);
    QCOMPARE(state.selectedRelation(), 9);
    QCOMPARE(window.first().at(0).toLongLong(), 10);
    QCOMPARE(event.first().at(0).toLongLong(), 7);
    state.setSelectedEvent(0);
    QCOMPARE(event.size(), 2);
    QCOMPARE(state.selectedEvent(), 0);
}

void tst_ViewState::windowIsOrdered()
{
    ViewState state;
    state.setWindow(50, -50);
    QCOMPARE(state.windowStart(), -50);
    QCOMPARE(state.windowEnd(), 50);
}

QTEST_GUILESS_MAIN(tst_ViewState)
#include "tst_viewstate.moc"
