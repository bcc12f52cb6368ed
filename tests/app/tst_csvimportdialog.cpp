// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimportdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Annals;

namespace {

AtlasData atlasWithActors()
{
    AtlasData data;
    Actor china;
    china.id = 1;
    china.name = QStringLiteral("China");
    china.kind = ActorKind::State;
    Actor korea = china;
    korea.id = 2;
    korea.name = QStringLiteral("North Korea");
    data.actors = {china, korea};
    return data;
}

// Chooses `text` in a combo as a person would: focus, then the keyboard.
void chooseByKeyboard(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    QVERIFY2(target >= 0, qPrintable(text));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), target);
}

void clickRow(QListWidget *list, int row)
{
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestCsvImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void presetChosenFromHeader_data();
    void presetChosenFromHeader();
    void remappingAColumnFixesTheErrors();
    void errorSelectsItsRowInThePreview();
    void importDisabledWhileThereAreErrors();
    void firstRowNotAHeader();
    void changingTheDelimiterRereads();
    void kindShowsItsFields();
    void windows1252Fallback();
    void everyControlHasAName();
};

void TestCsvImportDialog::presetChosenFromHeader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvKind>("kind");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("own events") << QByteArray("Title,Start,End,Actors\nWar,1950,1953,China\n") << CsvKind::Events
                                << QStringLiteral("Annals events") << QStringLiteral(",");
    QTest::newRow("TimelineJS, semicolons") << QByteArray("Year;Month;Day;Headline;Text\n1950;6;25;Invasion;x\n")
                                            << CsvKind::Events << QStringLiteral("TimelineJS spreadsheet") << QStringLiteral(";");
    QTest::newRow("actors, tabs") << QByteArray("Name\tNative Name\tKind\nChina\t\tstate\n") << CsvKind::Actors
                                  << QStringLiteral("Annals actors") << QStringLiteral("\t");
    QTest::newRow("relations") << QByteArray("Source,Target,Kind,Stance,Start\nChina,North Korea,alliance,1,1961\n")
                               << CsvKind::Relations << QStringLiteral("Annals relations") << QStringLiteral(",");
}

void TestCsvImportDialog::presetChosenFromHeader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvKind, kind);
    QFETCH(QString, preset);
    QFETCH(QString, delimiter);
    const AtlasData into = atlasWithActors();
    CsvImportDialog dialog(bytes, QStringLiteral("file.csv"), into);
    QCOMPARE(dialog.kind(), kind);
    QCOMPARE(dialog.presetCombo()->currentText(), preset);
    QCOMPARE(dialog.delimiterCombo()->currentData().toString(), delimiter);
    QVERIFY(dialog.headerCheck()->isChecked());
    QVERIFY2(dialog.importResult().ok(), qPrintable(dialog.countsLabel()->text()));
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.preview()->rowCount(), 1);
    QCOMPARE(dialog.preview()->verticalHeaderItem(0)->text(), QStringLiteral("2"));
    QVERIFY(!dialog.windows1252Check()->isVisibleTo(&dialog));
}

// The "Start" column is empty and the dates are in "Date": every row is an
// error until Start is mapped to Date.
void TestCsvImportDialog::remappingAColumnFixesTheErrors()
{
    const QByteArray bytes("Title,Start,Date\nArmistice,,27 Jul 1953\nInvasion,,25 Jun 1950\n");
    const AtlasData into;
    CsvImportDialog dialog(bytes, QStringLiteral("file.csv"), into);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.presetCombo()->currentText(), QStringLiteral("Annals events"));
    QCOMPARE(dialog.errorList()->count(), 2);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY2(dialog.countsLabel()->text().contains(QLatin1String("2 error")), qPrintable(dialog.countsLabel()->text()));

    QComboBox *start = dialog.fieldCombo(CsvField::Start);
    QVERIFY(start);
    QCOMPARE(start->currentText(), QStringLiteral("Start (column 2)"));
    chooseByKeyboard(start, QStringLiteral("Date (column 3)"));

    QCOMPARE(dialog.errorList()->count(), 0);
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.countsLabel()->text(), QStringLiteral("2 event(s)"));
    QCOMPARE(dialog.mapping().column(CsvField::Start), 2);
    // The preview shows the mapped column under the field's name.
    QStringList headings;
    for (int i = 0; i < dialog.preview()->columnCount(); ++i)
        headings.append(dialog.preview()->horizontalHeaderItem(i)->text());
    const int startColumn = int(headings.indexOf(QStringLiteral("Start")));
    QVERIFY(startColumn >= 0);
    QCOMPARE(dialog.preview()->item(0, startColumn)->text(), QStringLiteral("27 Jul 1953"));
}

void TestCsvImportDialog::errorSelectsItsRowInThePreview()
{
    // Line 3 holds a record over two lines; the bad records start on lines 5 and 6.
    const QByteArray bytes("Title,Start,Description\n"
                           "A,1950,ok\n"
                           "B,1951,\"two\nlines\"\n"
                           "C,someday,bad\n"
                           "D,1953,\n"
                           ",1954,no title\n");
    const AtlasData into;
    CsvImportDialog dialog(bytes, QStringLiteral("file.csv"), into);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.errorList()->count(), 2);
    QVERIFY2(dialog.errorList()->item(0)->text().startsWith(QLatin1String("Line 5, column 2 (Start): ")),
             qPrintable(dialog.errorList()->item(0)->text()));
    QVERIFY2(dialog.errorList()->item(1)->text().startsWith(QLatin1String("Line 7, column 1 (Title): ")),
             qPrintable(dialog.errorList()->item(1)->text()));

    clickRow(dialog.errorList(), 1);
    QList<QTableWidgetItem *> selected = dialog.preview()->selectedItems();
    QVERIFY(!selected.isEmpty());
    QCOMPARE(dialog.preview()->verticalHeaderItem(selected.first()->row())->text(), QStringLiteral("7"));

    clickRow(dialog.errorList(), 0);
    selected = dialog.preview()->selectedItems();
    QVERIFY(!selected.isEmpty());
    QCOMPARE(dialog.preview()->verticalHeaderItem(selected.first()->row())->text(), QStringLiteral("5"));
}

void TestCsvImportDialog::importDisabledWhileThereAreErrors()
{
    const AtlasData into = atlasWithActors();
    {
        CsvImportDialog dialog(QByteArray("Title,Start\nA,never\n"), QStringLiteral("file.csv"), into);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.importButton()->isEnabled());
        // Enter does not import either.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.importResult().ok(), false);
        QVERIFY(dialog.isVisible());
    }
    CsvImportDialog dialog(QByteArray("Title,Start,Actors\nA,1950,China; Atlantis\n"), QStringLiteral("file.csv"), into);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.countsLabel()->text(), QStringLiteral("1 event(s), 1 new actor(s)"));
    QVERIFY(dialog.importButton()->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ImportBundle bundle = dialog.bundle();
    QCOMPARE(bundle.events.size(), 1);
    QCOMPARE(bundle.actors.size(), 1);
    QCOMPARE(bundle.events.first().actors.first().actorId, ItemId(1));
}

void TestCsvImportDialog::firstRowNotAHeader()
{
    // Our own column order without the header row.
    const QByteArray bytes("Armistice,27 Jul 1953\nInvasion,25 Jun 1950\n");
    const AtlasData into;
    CsvImportDialog dialog(bytes, QStringLiteral("file.csv"), into);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.kind(), CsvKind::Events);
    QVERIFY(!dialog.importResult().ok());
    QTest::mouseClick(dialog.headerCheck(), Qt::LeftButton, {}, QPoint(4, dialog.headerCheck()->height() / 2));
    QVERIFY(!dialog.headerCheck()->isChecked());
    QVERIFY2(dialog.importResult().ok(), qPrintable(dialog.errorList()->count() ? dialog.errorList()->item(0)->text() : QString()));
    QCOMPARE(dialog.importResult().bundle->events.size(), 2);
    QCOMPARE(dialog.preview()->rowCount(), 2);
    QCOMPARE(dialog.preview()->verticalHeaderItem(0)->text(), QStringLiteral("1"));
    QCOMPARE(dialog.fieldCombo(CsvField::Title)->currentText(), QStringLiteral("Column 1"));
}

void TestCsvImportDialog::changingTheDelimiterRereads()
{
    // Detected as a comma (one comma, no semicolons in the first row), but
    // the file is semicolon-separated with commas inside the titles.
    const QByteArray bytes("Title;Start, or so\nSeoul, Korea;1950\n");
    const AtlasData into;
    CsvImportDialog dialog(bytes, QStringLiteral("file.csv"), into);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.delimiterCombo()->currentData().toString(), QStringLiteral(","));
    chooseByKeyboard(dialog.delimiterCombo(), QStringLiteral("Semicolon"));
    chooseByKeyboard(dialog.fieldCombo(CsvField::Start), QStringLiteral("Start, or so (column 2)"));
    QVERIFY(dialog.importResult().ok());
    QCOMPARE(dialog.importResult().bundle->events.first().title, QStringLiteral("Seoul, Korea"));
}

void TestCsvImportDialog::kindShowsItsFields()
{
    const AtlasData into;
    CsvImportDialog dialog(QByteArray("Name,Kind\nChina,state\n"), QStringLiteral("file.csv"), into);
    QCOMPARE(dialog.kind(), CsvKind::Actors);
    QVERIFY(dialog.fieldCombo(CsvField::Name));
    QVERIFY(!dialog.fieldCombo(CsvField::Title));
    chooseByKeyboard(dialog.kindCombo(), QStringLiteral("Relations"));
    QCOMPARE(dialog.presetCombo()->currentText(), QStringLiteral("Annals relations"));
    QVERIFY(dialog.fieldCombo(CsvField::SourceActor));
    QVERIFY(!dialog.fieldCombo(CsvField::Name));
    QVERIFY(!dialog.importButton()->isEnabled());
    chooseByKeyboard(dialog.kindCombo(), QStringLiteral("Events"));
    QCOMPARE(dialog.presetCombo()->count(), 2);
    chooseByKeyboard(dialog.presetCombo(), QStringLiteral("TimelineJS spreadsheet"));
    QVERIFY(dialog.fieldCombo(CsvField::EndYear));
    QCOMPARE(dialog.fieldCombo(CsvField::EndYear)->currentText(), QStringLiteral("(none)"));
}

void TestCsvImportDialog::windows1252Fallback()
{
    // "Mané" and curly quotes as Excel on Western Windows saves them.
    const QByteArray bytes("Title,Start,Place\nMan\xe9 \x93quoted\x94,1950,S\xe3o Paulo\n");
    const AtlasData into;
    CsvImportDialog dialog(bytes, QStringLiteral("file.csv"), into);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.windows1252Check()->isVisible());
    QVERIFY(!dialog.windows1252Check()->isChecked());
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(dialog.errorList()->count(), 1);
    QVERIFY2(dialog.errorList()->item(0)->text().contains(QLatin1String("not UTF-8")), qPrintable(dialog.errorList()->item(0)->text()));

    QTest::mouseClick(dialog.windows1252Check(), Qt::LeftButton, {}, QPoint(4, dialog.windows1252Check()->height() / 2));
    QVERIFY(dialog.windows1252Check()->isChecked());
    QCOMPARE(dialog.errorList()->count(), 0);
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.presetCombo()->currentText(), QStringLiteral("Annals events"));
    QCOMPARE(dialog.importResult().bundle->events.first().title, QString::fromUtf8("Mané “quoted”"));
    QCOMPARE(dialog.importResult().bundle->events.first().place, QString::fromUtf8("São Paulo"));
    QCOMPARE(dialog.preview()->item(0, 0)->text(), QString::fromUtf8("Mané “quoted”"));
}

void TestCsvImportDialog::everyControlHasAName()
{
    const AtlasData into;
    CsvImportDialog dialog(QByteArray("Year,Headline\n1950,x\n"), QStringLiteral("file.csv"), into);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList unnamed;
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        const bool control = qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QAbstractItemView *>(widget);
        QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
        if (control && widget->isVisibleTo(&dialog) && (!interface || interface->text(QAccessible::Name).trimmed().isEmpty()))
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    QVERIFY(dialog.fieldCombo(CsvField::Year)->accessibleName() == QLatin1String("Year"));
    QVERIFY(!dialog.fieldCombo(CsvField::Year)->toolTip().isEmpty());
}

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
