// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlas.h"
#include "theme.h"

#include <QTest>

Q_DECLARE_METATYPE(Annals::ThemeChoice)
Q_DECLARE_METATYPE(QPalette::ColorRole)
Q_DECLARE_METATYPE(QPalette::ColorGroup)

using namespace Annals;

namespace {

// The themes Annals defines itself; System is whatever the platform gives.
constexpr std::array<ThemeChoice, 3> ownThemes = {ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast};

QString describe(const QColor &colour)
{
    return colour.name(QColor::HexArgb);
}

// What the timeline fills an era's band with: its colour, faint, over the base.
QColor eraBand(const QString &eraColour, const QPalette &palette)
{
    QColor tint(eraColour);
    tint.setAlpha(eraTintAlpha);
    return composited(tint, palette.color(QPalette::Base));
}

} // namespace

class tst_Theme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contrastRatioMatchesKnownValues_data();
    void contrastRatioMatchesKnownValues();
    void idsRoundTrip();
    void systemKeepsThePlatformPalette();
    void textRolesMeetAA_data();
    void textRolesMeetAA();
    void disabledTextStaysLegible_data();
    void disabledTextStaysLegible();
    void errorTextMeetsAA_data();
    void errorTextMeetsAA();
    void textOnAtlasColoursMeetsAA_data();
    void textOnAtlasColoursMeetsAA();
    void eraTitlesMeetAA_data();
    void eraTitlesMeetAA();
    void themesDiffer();
    void edgesShowOnEveryTheme_data();
    void edgesShowOnEveryTheme();

private:
    std::unique_ptr<Atlas> m_sample;
};

void tst_Theme::initTestCase()
{
    QString error;
    m_sample = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_sample, qPrintable(error));
    QVERIFY(!m_sample->data().actors.isEmpty());
    QVERIFY(!m_sample->data().eras.isEmpty());
}

void tst_Theme::contrastRatioMatchesKnownValues_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("expected");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("white on black") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
    QTest::newRow("same colour") << QColor(0x12, 0x34, 0x56) << QColor(0x12, 0x34, 0x56) << 1.0;
    QTest::newRow("#777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("pure red on white") << QColor(Qt::red) << QColor(Qt::white) << 4.0;
    QTest::newRow("half-transparent black on white is mid grey")
        << QColor(0, 0, 0, 128) << QColor(Qt::white) << contrastRatio(QColor(127, 127, 127), QColor(Qt::white));
}

void tst_Theme::contrastRatioMatchesKnownValues()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    QFETCH(double, expected);
    const double ratio = contrastRatio(foreground, background);
    QVERIFY2(std::abs(ratio - expected) < 0.01,
             qPrintable(QStringLiteral("%1 on %2: %3, expected %4")
                            .arg(describe(foreground), describe(background))
                            .arg(ratio)
                            .arg(expected)));
}

void tst_Theme::idsRoundTrip()
{
    QStringList ids;
    for (ThemeChoice choice : allThemes) {
        ids << themeId(choice);
        QCOMPARE(themeFromId(themeId(choice)), std::optional<ThemeChoice>(choice));
    }
    QCOMPARE(ids, QStringList({"system", "light", "dark", "high-contrast"}));
    QCOMPARE(themeFromId(QStringLiteral("High-Contrast")), std::optional<ThemeChoice>(ThemeChoice::HighContrast));
    QCOMPARE(themeFromId(QStringLiteral("sepia")), std::nullopt);
    QCOMPARE(themeFromId(QString()), std::nullopt);
}

void tst_Theme::systemKeepsThePlatformPalette()
{
    QPalette platform;
    platform.setColor(QPalette::Window, QColor(0x12, 0x34, 0x56));
    platform.setColor(QPalette::Text, QColor(0xfe, 0xdc, 0xba));
    QCOMPARE(paletteFor(ThemeChoice::System, platform), platform);
    QVERIFY(paletteFor(ThemeChoice::Light, platform) != platform);
}

void tst_Theme::textRolesMeetAA_data()
{
    QTest::addColumn<ThemeChoice>("theme");
    QTest::addColumn<QPalette::ColorGroup>("group");
    QTest::addColumn<QPalette::ColorRole>("foreground");
    QTest::addColumn<QPalette::ColorRole>("background");
    for (ThemeChoice theme : ownThemes) {
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            for (const TextRolePair &pair : textRolePairs()) {
                QTest::addRow("%s %s %d on %d", qPrintable(themeId(theme)),
                              group == QPalette::Active ? "active" : "inactive", int(pair.foreground),
                              int(pair.background))
                    << theme << group << pair.foreground << pair.background;
            }
        }
    }
}

void tst_Theme::textRolesMeetAA()
{
    QFETCH(ThemeChoice, theme);
    QFETCH(QPalette::ColorGroup, group);
    QFETCH(QPalette::ColorRole, foreground);
    QFETCH(QPalette::ColorRole, background);
    const QPalette palette = paletteFor(theme, QPalette());
    const QColor text = palette.color(group, foreground);
    const QColor behind = palette.color(group, background);
    const double ratio = contrastRatio(text, behind);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(describe(text), describe(behind)).arg(ratio)));
}

void tst_Theme::disabledTextStaysLegible_data()
{
    textRolesMeetAA_data();
}

// WCAG exempts inactive controls, but greyed-out text still has to be read.
void tst_Theme::disabledTextStaysLegible()
{
    QFETCH(ThemeChoice, theme);
    QFETCH(QPalette::ColorGroup, group);
    QFETCH(QPalette::ColorRole, foreground);
    QFETCH(QPalette::ColorRole, background);
    Q_UNUSED(group);
    const QPalette palette = paletteFor(theme, QPalette());
    const QColor text = palette.color(QPalette::Disabled, foreground);
    const QColor behind = palette.color(QPalette::Disabled, background);
    const double ratio = contrastRatio(text, behind);
    QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(describe(text), describe(behind)).arg(ratio)));
    // Greyed out must still look different from the enabled text.
    if (foreground == QPalette::WindowText || foreground == QPalette::Text || foreground == QPalette::ButtonText)
        QVERIFY(text != palette.color(QPalette::Active, foreground));
}

void tst_Theme::errorTextMeetsAA_data()
{
    QTest::addColumn<QColor>("background");
    for (ThemeChoice theme : ownThemes) {
        const QPalette palette = paletteFor(theme, QPalette());
        QTest::addRow("%s window", qPrintable(themeId(theme))) << palette.color(QPalette::Window);
        QTest::addRow("%s base", qPrintable(themeId(theme))) << palette.color(QPalette::Base);
    }
    // Whatever a platform theme picks, from white through mid grey to black.
    for (int grey = 0; grey <= 255; grey += 15)
        QTest::addRow("grey %d", grey) << QColor(grey, grey, grey);
}

void tst_Theme::errorTextMeetsAA()
{
    QFETCH(QColor, background);
    const QColor error = errorTextOn(background);
    QVERIFY2(contrastRatio(error, background) >= 4.5,
             qPrintable(QStringLiteral("%1 on %2").arg(describe(error), describe(background))));
}

void tst_Theme::textOnAtlasColoursMeetsAA_data()
{
    QTest::addColumn<QColor>("background");
    for (const Actor &actor : m_sample->data().actors) {
        if (!actor.colour.isEmpty())
            QTest::addRow("actor %s", qPrintable(actor.name)) << QColor(actor.colour);
    }
    for (const Era &era : m_sample->data().eras) {
        if (!era.colour.isEmpty())
            QTest::addRow("era %s", qPrintable(era.title)) << QColor(era.colour);
    }
    // The timeline draws a bar a shade darker than its category's colour.
    for (int category = 0; category < 12; ++category) {
        QTest::addRow("category %d", category) << categoryColour(category);
        QTest::addRow("category %d bar", category) << categoryColour(category).darker(115);
    }
}

void tst_Theme::textOnAtlasColoursMeetsAA()
{
    QFETCH(QColor, background);
    QVERIFY(background.isValid());
    const QColor text = readableTextOn(background);
    const double ratio = contrastRatio(text, background);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(describe(text), describe(background)).arg(ratio)));
    // And it is the better of the two, not just a good enough one.
    const QColor other = text == QColor(Qt::black) ? QColor(Qt::white) : QColor(Qt::black);
    QVERIFY(contrastRatio(other, background) <= ratio);
}

void tst_Theme::eraTitlesMeetAA_data()
{
    QTest::addColumn<ThemeChoice>("theme");
    QTest::addColumn<QString>("eraColour");
    QTest::addColumn<QPalette::ColorRole>("textRole");
    for (ThemeChoice theme : ownThemes) {
        for (const Era &era : m_sample->data().eras) {
            if (era.colour.isEmpty())
                continue;
            // Era titles are placeholder text; event labels are text.
            for (QPalette::ColorRole role : {QPalette::PlaceholderText, QPalette::Text})
                QTest::addRow("%s %s %d", qPrintable(themeId(theme)), qPrintable(era.title), int(role))
                    << theme << era.colour << role;
        }
    }
}

// Text over an era's tinted band, as the timeline draws it.
void tst_Theme::eraTitlesMeetAA()
{
    QFETCH(ThemeChoice, theme);
    QFETCH(QString, eraColour);
    QFETCH(QPalette::ColorRole, textRole);
    const QPalette palette = paletteFor(theme, QPalette());
    const QColor band = eraBand(eraColour, palette);
    const QColor text = palette.color(textRole);
    const double ratio = contrastRatio(text, band);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(describe(text), describe(band)).arg(ratio)));
}

void tst_Theme::themesDiffer()
{
    const QPalette light = paletteFor(ThemeChoice::Light, QPalette());
    const QPalette dark = paletteFor(ThemeChoice::Dark, QPalette());
    const QPalette high = paletteFor(ThemeChoice::HighContrast, QPalette());
    QVERIFY(relativeLuminance(light.color(QPalette::Window)) > 0.5);
    QVERIFY(relativeLuminance(dark.color(QPalette::Window)) < 0.1);
    // Dark is a grey, not black; high contrast is black with white text.
    QVERIFY(dark.color(QPalette::Window) != QColor(Qt::black));
    QCOMPARE(high.color(QPalette::Window), QColor(Qt::black));
    QCOMPARE(high.color(QPalette::WindowText), QColor(Qt::white));
    // Its borders show on its black.
    for (QPalette::ColorRole border : {QPalette::Mid, QPalette::Dark, QPalette::Light})
        QVERIFY(contrastRatio(high.color(border), high.color(QPalette::Window)) >= 3.0);
}

void tst_Theme::edgesShowOnEveryTheme_data()
{
    QTest::addColumn<QColor>("fill");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<bool>("keepsItsOwnEdge");
    QTest::newRow("navy on black") << QColor(0x1f, 0x2a, 0x5c) << QColor(Qt::black) << false;
    QTest::newRow("navy on white") << QColor(0x1f, 0x2a, 0x5c) << QColor(Qt::white) << true;
    QTest::newRow("yellow on white, dark edge") << QColor(0xff, 0xee, 0x00) << QColor(Qt::white) << true;
    QTest::newRow("grey on grey") << QColor(0x30, 0x30, 0x30) << QColor(0x2d, 0x2d, 0x30) << false;
}

void tst_Theme::edgesShowOnEveryTheme()
{
    QFETCH(QColor, fill);
    QFETCH(QColor, background);
    QFETCH(bool, keepsItsOwnEdge);
    const QColor own = fill.darker(300);
    const QColor contrasting = readableTextOn(background);
    const QColor edge = visibleEdge(fill, own, background, contrasting);
    QCOMPARE(edge == own, keepsItsOwnEdge);
    QVERIFY(std::max(contrastRatio(fill, background), contrastRatio(edge, background)) >= 3.0);
}

QTEST_GUILESS_MAIN(tst_Theme)
#include "tst_theme.moc"
