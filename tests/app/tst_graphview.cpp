// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlas.h"
#include "graphview.h"
#include "viewstate.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace Annals;

class tst_GraphView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickSelectsAnActorAndEscapeClears();
    void rendersTheDateItShows();
};

void tst_GraphView::clickSelectsAnActorAndEscapeClears()
{
    QString error;
    auto atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(atlas, qPrintable(error));
    ViewState state;
    state.setCursor(DateParser::parse(QStringLiteral("3 Sep 2025")).date.seconds());
    GraphView view;
    view.setViewState(&state);
    view.setAtlas(&atlas->data());
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    ItemId kim = 0;
    for (const Actor &actor : atlas->data().actors)
        if (actor.name == QLatin1String("Kim Jong-un"))
            kim = actor.id;
    QSignalSpy selected(&state, &ViewState::selectedActorChanged);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.positionOf(kim).toPoint());
    QCOMPARE(state.selectedActor(), kim);
    QTest::keyClick(&view, Qt::Key_Escape);
    QCOMPARE(state.selectedActor(), ItemId(0));
    QCOMPARE(selected.size(), 2);
}

void tst_GraphView::rendersTheDateItShows()
{
    QString error;
    auto atlas = Atlas::openSampleInMemory(&error);
    ViewState state;
    state.setCursor(DateParser::parse(QStringLiteral("1 Oct 1959")).date.seconds());
    GraphView view;
    view.setViewState(&state);
    view.setAtlas(&atlas->data());
    QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    view.render(painter, image.rect());
    painter.end();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 10);
}

QTEST_MAIN(tst_GraphView)
#include "tst_graphview.moc"
