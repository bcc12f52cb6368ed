// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace Annals::Languages {

namespace {

const QString languageKey = QStringLiteral("view/language");

struct Installed
{
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> annals;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // QLocale says "American English" for "en"; the list offers one English.
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    return name;
}

QString savedChoice()
{
    return QSettings().value(languageKey).toString();
}

void saveChoice(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(languageKey);
    else
        QSettings().setValue(languageKey, code);
}

QString resolve(const QString &choice)
{
    const QStringList shipped = available();
    if (shipped.contains(choice))
        return choice;
    // "ko-KR", "ko_KR" and "ko" all mean the Korean catalogue.
    for (const QString &wanted : QLocale::system().uiLanguages()) {
        const QString language = QLocale(wanted).name().section(QLatin1Char('_'), 0, 0);
        if (shipped.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

bool apply(const QString &code)
{
    if (!available().contains(code))
        return false;
    auto annals = std::make_unique<QTranslator>();
    if (!annals->load(QStringLiteral(":/i18n/annals_%1.qm").arg(code)))
        return false;
    Installed &state = installed();
    remove(state.annals);
    remove(state.qt);
    // Qt's own catalogue translates the standard buttons (OK, Cancel) and
    // dialogs; a system without it still gets Annals's texts.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    QCoreApplication::installTranslator(annals.get());
    state.annals = std::move(annals);
    state.code = code;
    // Numbers are read and written the way the user's system does unless the
    // interface speaks another language: a German system keeps its "1,5" in
    // English, and Korean gets Korean formats where the system is not Korean.
    const QLocale system = QLocale::system();
    const QLocale::Language language = QLocale(code).language();
    QLocale::setDefault(language == QLocale::English || language == system.language()
                            ? system
                            : QLocale(language, system.territory()));
    return true;
}

QString current()
{
    return installed().code;
}

} // namespace Annals::Languages
