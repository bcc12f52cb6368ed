// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <utility>

namespace Annals {

namespace {

using Role = QPalette::ColorRole;

struct RoleColour {
    Role role;
    QRgb colour;
};

// One theme: the colours of the Active (and Inactive) group, and the ones the
// Disabled group changes. Roles not listed in `disabled` stay as in `normal`.
QPalette buildPalette(std::initializer_list<RoleColour> normal, std::initializer_list<RoleColour> disabled)
{
    QPalette palette;
    for (const RoleColour &entry : normal) {
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            palette.setColor(group, entry.role, QColor::fromRgb(entry.colour));
    }
    for (const RoleColour &entry : disabled)
        palette.setColor(QPalette::Disabled, entry.role, QColor::fromRgb(entry.colour));
    return palette;
}

QPalette lightPalette()
{
    return buildPalette(
        {
            {Role::Window, 0xffefefef},        {Role::WindowText, 0xff1a1a1a},   {Role::Base, 0xffffffff},
            {Role::AlternateBase, 0xfff4f4f4}, {Role::Text, 0xff1a1a1a},         {Role::Button, 0xffe6e6e6},
            {Role::ButtonText, 0xff1a1a1a},    {Role::BrightText, 0xffffffff},   {Role::Light, 0xffffffff},
            {Role::Midlight, 0xffdcdcdc},      {Role::Mid, 0xffa0a0a0},          {Role::Dark, 0xff5c5c5c},
            {Role::Shadow, 0xff2e2e2e},        {Role::Highlight, 0xff1f5fbf},    {Role::HighlightedText, 0xffffffff},
            {Role::Link, 0xff0b57d0},          {Role::LinkVisited, 0xff6a1b9a},  {Role::ToolTipBase, 0xffffffdc},
            {Role::ToolTipText, 0xff1a1a1a},   {Role::PlaceholderText, 0xff666666},
        },
        {
            {Role::WindowText, 0xff808080}, {Role::Text, 0xff808080},     {Role::ButtonText, 0xff808080},
            {Role::Highlight, 0xff9a9a9a},  {Role::HighlightedText, 0xff1a1a1a},
            {Role::PlaceholderText, 0xff808080}, {Role::Base, 0xfff4f4f4},
        });
}

// A calm dark grey rather than black: black behind white text glares on a
// projector, and the shades of the panels would all look the same.
QPalette darkPalette()
{
    return buildPalette(
        {
            {Role::Window, 0xff2d2d30},        {Role::WindowText, 0xffe6e6e6},   {Role::Base, 0xff1f1f22},
            {Role::AlternateBase, 0xff28282c}, {Role::Text, 0xffe6e6e6},         {Role::Button, 0xff3a3a3e},
            {Role::ButtonText, 0xffe6e6e6},    {Role::BrightText, 0xffffffff},   {Role::Light, 0xff56565c},
            {Role::Midlight, 0xff45454a},      {Role::Mid, 0xff6e6e75},          {Role::Dark, 0xff18181a},
            {Role::Shadow, 0xff0c0c0d},        {Role::Highlight, 0xff2f65b8},    {Role::HighlightedText, 0xffffffff},
            {Role::Link, 0xff8ab4f8},          {Role::LinkVisited, 0xffc58af9},  {Role::ToolTipBase, 0xff3a3a3e},
            {Role::ToolTipText, 0xffe6e6e6},   {Role::PlaceholderText, 0xffb0b0b0},
        },
        {
            {Role::WindowText, 0xff858585}, {Role::Text, 0xff858585},     {Role::ButtonText, 0xff858585},
            {Role::Highlight, 0xff4a4a50},  {Role::HighlightedText, 0xffcfcfcf},
            {Role::PlaceholderText, 0xff7a7a7a}, {Role::Base, 0xff2a2a2d},
        });
}

// Black and white with yellow and cyan accents, as desktop high-contrast
// themes have; borders (Mid, Dark, Light) are light so that every edge shows.
QPalette highContrastPalette()
{
    return buildPalette(
        {
            {Role::Window, 0xff000000},        {Role::WindowText, 0xffffffff},   {Role::Base, 0xff000000},
            {Role::AlternateBase, 0xff1c1c1c}, {Role::Text, 0xffffffff},         {Role::Button, 0xff000000},
            {Role::ButtonText, 0xffffffff},    {Role::BrightText, 0xff000000},   {Role::Light, 0xffffffff},
            {Role::Midlight, 0xffc0c0c0},      {Role::Mid, 0xffc0c0c0},          {Role::Dark, 0xffffffff},
            {Role::Shadow, 0xffffffff},        {Role::Highlight, 0xffffff00},    {Role::HighlightedText, 0xff000000},
            {Role::Link, 0xff00ffff},          {Role::LinkVisited, 0xffff80ff},  {Role::ToolTipBase, 0xff000000},
            {Role::ToolTipText, 0xffffffff},   {Role::PlaceholderText, 0xffc8c8c8},
        },
        {
            {Role::WindowText, 0xffa0a0a0}, {Role::Text, 0xffa0a0a0},     {Role::ButtonText, 0xffa0a0a0},
            {Role::Highlight, 0xff808080},  {Role::HighlightedText, 0xff000000},
            {Role::PlaceholderText, 0xff8c8c8c},
        });
}

double linearChannel(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

QString themeId(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::System:
        return QStringLiteral("system");
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("system");
}

std::optional<ThemeChoice> themeFromId(const QString &id)
{
    for (ThemeChoice choice : allThemes) {
        if (id.compare(themeId(choice), Qt::CaseInsensitive) == 0)
            return choice;
    }
    return std::nullopt;
}

QPalette paletteFor(ThemeChoice choice, const QPalette &systemPalette)
{
    switch (choice) {
    case ThemeChoice::System:
        return systemPalette;
    case ThemeChoice::Light:
        return lightPalette();
    case ThemeChoice::Dark:
        return darkPalette();
    case ThemeChoice::HighContrast:
        return highContrastPalette();
    }
    return systemPalette;
}

QColor composited(const QColor &foreground, const QColor &background)
{
    const double alpha = foreground.alphaF();
    const auto mix = [alpha](double front, double back) { return front * alpha + back * (1 - alpha); };
    return QColor::fromRgbF(float(mix(foreground.redF(), background.redF())),
                            float(mix(foreground.greenF(), background.greenF())),
                            float(mix(foreground.blueF(), background.blueF())));
}

double relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF())
        + 0.0722 * linearChannel(rgb.blueF());
}

double contrastRatio(const QColor &foreground, const QColor &background)
{
    QColor opaqueBackground = background.toRgb();
    opaqueBackground.setAlpha(255);
    const double front = relativeLuminance(composited(foreground, opaqueBackground)) + 0.05;
    const double back = relativeLuminance(opaqueBackground) + 0.05;
    return front > back ? front / back : back / front;
}

QColor readableTextOn(const QColor &background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

QColor errorTextOn(const QColor &background)
{
    // Reds from the chosen depth towards black (or white) until one reads.
    static constexpr std::array<QRgb, 3> redsForDark = {0xffff8a80, 0xffffb4ab, 0xffffd6d1};
    static constexpr std::array<QRgb, 3> redsForLight = {0xffb00020, 0xff8c001a, 0xff600012};
    const bool darkBackground = relativeLuminance(background) < 0.18;
    for (QRgb red : darkBackground ? redsForDark : redsForLight) {
        if (contrastRatio(QColor::fromRgb(red), background) >= 4.5)
            return QColor::fromRgb(red);
    }
    return readableTextOn(background);
}

QColor visibleEdge(const QColor &fill, const QColor &edge, const QColor &background, const QColor &contrasting)
{
    constexpr double graphicsContrast = 3.0;
    if (contrastRatio(fill, background) >= graphicsContrast || contrastRatio(edge, background) >= graphicsContrast)
        return edge;
    return contrasting;
}

const std::vector<TextRolePair> &textRolePairs()
{
    static const std::vector<TextRolePair> pairs = {
        {Role::WindowText, Role::Window},
        {Role::WindowText, Role::Button}, // tool buttons and check boxes on the window
        {Role::Text, Role::Base},
        {Role::Text, Role::AlternateBase},
        {Role::Text, Role::Window}, // the views' labels over the window colour
        {Role::ButtonText, Role::Button},
        {Role::HighlightedText, Role::Highlight},
        {Role::ToolTipText, Role::ToolTipBase},
        {Role::PlaceholderText, Role::Base}, // hints in empty views, era titles
        {Role::PlaceholderText, Role::Window},
        {Role::Link, Role::Base},
        {Role::Link, Role::Window},
        {Role::LinkVisited, Role::Base},
        {Role::BrightText, Role::Dark}, // counts on the timeline's cluster badges
    };
    return pairs;
}

QColor categoryColour(int category)
{
    static constexpr std::array<QRgb, 12> colours = {
        0xff0072b2, 0xffd55e00, 0xff009e73, 0xffcc79a7, 0xffe69f00, 0xff56b4e9,
        0xff8c564b, 0xff7f7f7f, 0xffbcbd22, 0xff17becf, 0xff9467bd, 0xff2f4b7c,
    };
    return QColor::fromRgba(colours.at(std::size_t(std::max(category, 0)) % colours.size()));
}

} // namespace Annals
