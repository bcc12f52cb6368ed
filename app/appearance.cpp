// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace Annals::Appearance {

namespace {

const QString settingsKey = QStringLiteral("view/theme");

struct SystemLook {
    QPalette palette;
    QString styleName;
};

// Taken the first time it is needed, which must be before any theme is
// applied; applyTheme() sees to that.
const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::palette(), QApplication::style()->name()};
    return look;
}

ThemeChoice current = ThemeChoice::System;

// Fusion draws the edges of fields and buttons a shade darker than the
// window, which on high contrast's black is black: every field would lose its
// edge. This draws them again in the text colour, as high-contrast desktops do.
class HighContrastStyle : public QProxyStyle
{
public:
    HighContrastStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        switch (element) {
        case PE_PanelLineEdit:
            // A spin box's own field has no frame: the spin box draws it.
            if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option); frame && frame->lineWidth > 0)
                outline(option, painter);
            break;
        case PE_PanelButtonCommand:
        case PE_Frame:
        case PE_FrameMenu:
        case PE_FrameGroupBox:
        case PE_FrameTabWidget:
        case PE_FrameButtonBevel:
            outline(option, painter);
            break;
        default:
            break;
        }
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget) const override
    {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        if (control == CC_ComboBox || control == CC_SpinBox)
            outline(option, painter);
    }

private:
    static void outline(const QStyleOption *option, QPainter *painter)
    {
        const bool enabled = option->state & State_Enabled;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(option->palette.color(enabled ? QPalette::WindowText : QPalette::Mid));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }
};

bool isStyle(const QString &name)
{
    const QStyle *style = QApplication::style();
    return !dynamic_cast<const HighContrastStyle *>(style) && style->name().compare(name, Qt::CaseInsensitive) == 0;
}

void useStyle(const QString &name)
{
    if (isStyle(name))
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

QPalette systemPalette()
{
    return systemLook().palette;
}

void applyTheme(ThemeChoice choice)
{
    const SystemLook &look = systemLook();
    if (choice == ThemeChoice::System) {
        useStyle(look.styleName);
        // An empty palette, not the copy: the application then follows the
        // platform again, should its colours change while Annals runs.
        QApplication::setPalette(QPalette());
        if (QApplication::palette() != look.palette)
            QApplication::setPalette(look.palette);
    } else {
        if (choice != ThemeChoice::HighContrast)
            useStyle(QStringLiteral("Fusion"));
        else if (!dynamic_cast<const HighContrastStyle *>(QApplication::style()))
            QApplication::setStyle(new HighContrastStyle);
        QApplication::setPalette(paletteFor(choice, look.palette));
    }
    current = choice;
}

ThemeChoice currentTheme()
{
    return current;
}

ThemeChoice savedTheme()
{
    return themeFromId(QSettings().value(settingsKey).toString()).value_or(ThemeChoice::System);
}

void saveTheme(ThemeChoice choice)
{
    QSettings().setValue(settingsKey, themeId(choice));
}

} // namespace Annals::Appearance
