// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalsrevision.h"
#include "appearance.h"
#include "atlas.h"
#include "commandline.h"
#include "mainwindow.h"
#include "presentationwindow.h"
#include "sampleatlas.h"
#include "graphview.h"
#include "languages.h"
#include "screenshot.h"
#include "startup.h"
#include "timelinelanes.h"
#include "timelineview.h"
#include "viewstate.h"
#include "welcomepage.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Annals"));
    QCoreApplication::setApplicationName(QStringLiteral("annals"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANNALS_VERSION));
}

// The value of `option` given as "--option value" or "--option=value"; empty
// when it is not given.
QByteArray optionValue(int argc, char **argv, const QByteArray &option)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == option && i + 1 < argc)
            return argv[i + 1];
        if (argument.startsWith(QByteArray(option + '=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

// Before anything is worded, --help included: --language for this run only
// (never saved), else the language chosen in Preferences, else the system's.
// An unknown code is left for the parser to refuse.
void applyLanguage(int argc, char **argv)
{
    const QString requested = QString::fromUtf8(optionValue(argc, argv, QByteArrayLiteral("--language")));
    if (requested.isEmpty() || !Annals::Languages::apply(requested))
        Annals::Languages::apply(Annals::Languages::resolve(Annals::Languages::savedChoice()));
}

// Whether `option` ("--screenshot") is given, alone or as --option=value.
bool hasOption(int argc, char **argv, const QByteArray &option)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == option || argument.startsWith(QByteArray(option + '=')))
            return true;
    }
    return false;
}

int runHeadless(int argc, char **argv)
{
    // An export draws the views, which needs a GUI application; the
    // offscreen platform gives it one without a display, and nothing is shown.
    const bool exporting = hasOption(argc, argv, QByteArrayLiteral("--export"));
    if (exporting)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        exporting ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    describeApplication();
    applyLanguage(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Annals::CommandLineRequest request;
    QString error;
    if (!Annals::parseCommandLine(QCoreApplication::arguments(), &request, &error)) {
        // An export says it failed as it does for any other reason.
        if (request.action == Annals::CommandLineRequest::Action::Export
            || request.action == Annals::CommandLineRequest::Action::Import) {
            err << error << Qt::endl;
            return 1;
        }
        err << error << Qt::endl << QCoreApplication::translate("main", "Try annals --help.") << Qt::endl;
        return 2;
    }
    switch (request.action) {
    case Annals::CommandLineRequest::Action::ShowHelp:
        out << request.helpText;
        return 0;
    case Annals::CommandLineRequest::Action::ShowVersion:
        // The version and the commit it was built from, for bug reports.
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << QStringLiteral(" (revision %1)").arg(QStringLiteral(ANNALS_REVISION)) << Qt::endl;
        return 0;
    case Annals::CommandLineRequest::Action::Check:
        return Annals::runCheck(request.atlasPath, out, err);
    case Annals::CommandLineRequest::Action::WriteSample:
        return Annals::runWriteSample(request.atlasPath, out, err);
    case Annals::CommandLineRequest::Action::Export:
        // Paper wants the platform's light colours; --theme asks otherwise.
        if (request.theme)
            Annals::Appearance::applyTheme(*request.theme);
        return Annals::runExport(request, out, err);
    case Annals::CommandLineRequest::Action::ExportData:
        return Annals::runExportData(request, out, err);
    case Annals::CommandLineRequest::Action::Import:
        return Annals::runImport(request, out, err);
    case Annals::CommandLineRequest::Action::OpenWindow:
    case Annals::CommandLineRequest::Action::Screenshot:
        break;
    }
    err << QCoreApplication::translate("main", "This request needs a window.") << Qt::endl;
    return 2;
}

int takeScreenshot(const Annals::CommandLineRequest &request)
{
    QTextStream err(stderr);
    Annals::MainWindow window(Annals::MainWindow::SettingsUse::Ignore);
    QString error;
    if (request.atlasPath.isEmpty()) {
        std::unique_ptr<Annals::Atlas> sample = Annals::Atlas::openSampleInMemory(&error);
        if (!sample) {
            err << error << Qt::endl;
            return 1;
        }
        window.setAtlas(std::move(sample));
    } else if (!window.openAtlas(request.atlasPath, &error, true)) {
        err << error << Qt::endl;
        return 1;
    }
    window.resize(request.windowSize.isValid() ? request.windowSize : QSize(1366, 768));
    if (request.laneMode)
        window.setLaneMode(Annals::LaneMode(*request.laneMode));
    if (request.cursorDate)
        window.viewState()->setCursor(*request.cursorDate);
    if (request.timeWindow) {
        // The window must have its final size before the time window is set,
        // or the scale would be computed for the wrong width.
        window.show();
        QCoreApplication::processEvents();
        window.timelineView()->showWindow(request.timeWindow->first, request.timeWindow->second, false);
    }
    if (!request.filterActors.isEmpty() || request.minimumImportance > 1) {
        Annals::ViewFilter filter;
        filter.minimumImportance = request.minimumImportance;
        for (const QString &name : request.filterActors) {
            const auto &actors = window.atlas()->data().actors;
            const auto actor = std::find_if(actors.begin(), actors.end(), [&name](const Annals::Actor &candidate) {
                return candidate.name.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (actor == actors.end()) {
                err << QCoreApplication::translate("main", "--filter-actor: the atlas has no actor called \"%1\".").arg(name)
                    << Qt::endl;
                return 1;
            }
            filter.actors << actor->id;
        }
        window.viewState()->setFilter(filter);
    }
    if (!request.searchText.isEmpty())
        window.showSearch(request.searchText);
    // A picture shows the graph at rest, not half-way through arranging itself.
    window.graphView()->setAnimated(false);
    window.show();
    QCoreApplication::processEvents();
    window.graphView()->waitForLayout();
    if (request.presentStep) {
        const int step = *request.presentStep;
        Annals::PresentationWindow *presentation = window.startPresentation(step > 0 ? 0 : -1, step - 1, false);
        if (step > 0 && window.atlas()->data().tours.value(0).steps.size() < step) {
            err << QCoreApplication::translate("main", "--present: the atlas's first tour has no step %1.").arg(step) << Qt::endl;
            return 1;
        }
        QCoreApplication::processEvents();
        presentation->graph()->waitForLayout();
        if (!Annals::saveWindowScreenshot(presentation, request.screenshotPath, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    if (!Annals::saveWindowScreenshot(&window, request.screenshotPath, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (Annals::isHeadlessRequest(argc, argv))
        return runHeadless(argc, argv);

    // A screenshot needs no screen: without a display, render offscreen.
    if (hasOption(argc, argv, QByteArrayLiteral("--screenshot")) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    describeApplication();
    applyLanguage(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Annals"));
    QApplication::setDesktopFileName(QStringLiteral(ANNALS_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/annals.svg")));

    Annals::CommandLineRequest request;
    QString error;
    if (!Annals::parseCommandLine(app.arguments(), &request, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }
    // A screenshot shows the platform's colours unless asked for a theme, so
    // that it does not depend on the user's preferences; --theme is never saved.
    if (request.action == Annals::CommandLineRequest::Action::Screenshot) {
        if (request.theme)
            Annals::Appearance::applyTheme(*request.theme);
        return takeScreenshot(request);
    }
    const Annals::ThemeChoice theme = request.theme.value_or(Annals::Appearance::savedTheme());
    if (theme != Annals::ThemeChoice::System)
        Annals::Appearance::applyTheme(theme);

    // Made with new: a language change in Preferences replaces the window
    // with one worded in the new language, and the old one deletes itself.
    auto *window = new Annals::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setRebuildsOnLanguageChange(true);
    window->show();
    const QString last = QSettings().value(QStringLiteral("lastAtlas")).toString();
    const Annals::StartupChoice start = Annals::chooseStartup(request.atlasPath, Annals::WelcomePage::showsAtStart(),
                                                              last, !last.isEmpty() && QFileInfo::exists(last));
    switch (start.kind) {
    case Annals::StartupChoice::Kind::Welcome:
        // MainWindow shows the welcome page while no atlas is open.
        break;
    case Annals::StartupChoice::Kind::OpenFile:
        window->openAtlas(start.path);
        break;
    case Annals::StartupChoice::Kind::OpenSample:
        if (Annals::SampleAtlas::ensureUserCopy(&error))
            window->openAtlas(Annals::SampleAtlas::userCopyPath());
        else
            QTextStream(stderr) << error << Qt::endl;
        break;
    }
    return app.exec();
}
