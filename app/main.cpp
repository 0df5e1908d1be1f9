// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cmd_check.h"
#include "app/cmd_resolve.h"
#include "app/commandline.h"
#include "app/appcontroller.h"
#include "app/demo.h"
#include "app/screenshot.h"
#include "core/common/curlhandle.h"
#include "core/common/githandle.h"
#include "views/emptystatewidget.h"
#include "views/mainwindow.h"
#include "views/translations.h"
#include "views/wallwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace {

// Where kubectl would look, so the empty state can say what it found.
QString kubeconfigHint(const QString &explicitFile)
{
    if (!explicitFile.isEmpty())
        return QFileInfo::exists(explicitFile)
                   ? QString()
                   : QCoreApplication::translate("main", "The kubeconfig %1 does not exist.").arg(explicitFile);
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.isEmpty()) {
        for (const QString &f : env.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
            if (QFileInfo::exists(f))
                return {};
        }
        return QCoreApplication::translate("main", "None of the files in KUBECONFIG exist (%1).").arg(env);
    }
    const QString home = QDir::homePath() + u"/.kube/config";
    if (QFileInfo::exists(home))
        return {};
    return QCoreApplication::translate("main", "No kubeconfig found: KUBECONFIG is not set and %1 does not exist.")
        .arg(QDir::toNativeSeparators(home));
}

} // namespace

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("driftdeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("Driftdeck"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("driftdeck.invalid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DRIFTDECK_VERSION));
}

// Subcommands run headless with a QCoreApplication: no display needed.
int runSubcommand(int argc, char *argv[], int (*command)(const QStringList &))
{
    setApplicationIdentity();
    QCoreApplication app(argc, argv);
    driftdeck::views::installTranslations(QString());
    return command(QCoreApplication::arguments());
}

} // namespace

int main(int argc, char *argv[])
{
    driftdeck::CurlGlobal curl;
    driftdeck::GitLibrary git;

    if (argc > 1 && qstrcmp(argv[1], "check") == 0)
        return runSubcommand(argc, argv, &driftdeck::app::runCheck);
    if (argc > 1 && qstrcmp(argv[1], "resolve") == 0)
        return runSubcommand(argc, argv, &driftdeck::app::runResolve);

    QApplication::setApplicationName(QStringLiteral("driftdeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Driftdeck"));
    QApplication::setOrganizationName(QStringLiteral("Driftdeck"));
    QApplication::setOrganizationDomain(QStringLiteral("driftdeck.invalid"));
    QApplication::setApplicationVersion(QStringLiteral(DRIFTDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.driftdeck.Driftdeck"));
    QApplication app(argc, argv);

    const QStringList arguments = QApplication::arguments();
    const auto parsed = driftdeck::app::parseGuiCommandLine(arguments);
    if (parsed.exitCode)
        return *parsed.exitCode;
    const auto &options = parsed.options;
    driftdeck::views::installTranslations(options.language);

    driftdeck::views::MainWindow window;
    const QString hint = kubeconfigHint(options.kubeconfig);
    window.setKubeconfigHint(hint);
    if (options.size.isValid())
        window.resize(options.size);

    std::unique_ptr<driftdeck::app::DemoEnvironment> demo;
    std::unique_ptr<driftdeck::app::AppController> controller;
    // Connects to the kubeconfig's clusters, or to the demo's. An error leaves the empty state
    // with the reason.
    auto startSession = [&](bool withDemo) -> bool {
        driftdeck::app::GuiOptions session = options;
        if (withDemo) {
            demo = std::make_unique<driftdeck::app::DemoEnvironment>();
            if (auto started = demo->start(); !started) {
                window.setKubeconfigHint(started.error().fullText());
                demo.reset();
                return false;
            }
            qputenv("KUBECONFIG", demo->kubeconfigFiles().join(QDir::listSeparator()).toLocal8Bit());
            session.kubeconfig.clear();
            session.contexts = demo->contexts();
            session.demo = true; // the demo's clusters and sources are not remembered
            session.sources = demo->sources();
            session.pullRequestTarget = demo->pullRequestTarget();
        }
        controller = std::make_unique<driftdeck::app::AppController>(session);
        if (auto started = controller->start(); !started) {
            window.setKubeconfigHint(started.error().fullText());
            controller.reset();
            return false;
        }
        controller->attach(&window);
        return true;
    };
    const bool useDemo = options.demo || (!hint.isEmpty() && options.kubeconfig.isEmpty() && !options.noDemo);
    if (useDemo || hint.isEmpty())
        startSession(useDemo);
    window.emptyState()->setDemoAvailable(!demo && !driftdeck::app::DemoEnvironment::findHelper(QStringLiteral("kube-sim")).isEmpty());
    QObject::connect(&window, &driftdeck::views::MainWindow::demoRequested, &window, [&] {
        if (demo)
            return;
        if (controller)
            controller->stop();
        controller.reset();
        startSession(true);
    });

    std::unique_ptr<driftdeck::views::WallWindow> wall;
    QObject::connect(&window, &driftdeck::views::MainWindow::pullRequestRequested, &window,
                     [&](const QList<driftdeck::drift::ResourceResult> &selection) {
                         if (controller)
                             controller->openPullRequest(selection, &window);
                     });
    QObject::connect(&window, &driftdeck::views::MainWindow::historyRequested, &window,
                     [&](const driftdeck::drift::ResourceResult &resource) {
                         if (controller)
                             controller->showHistory(resource, &window);
                     });
    QObject::connect(&window, &driftdeck::views::MainWindow::wallRequested, &window, [&] {
        if (!wall) {
            wall = std::make_unique<driftdeck::views::WallWindow>();
            if (controller)
                controller->attach(wall.get());
        }
        wall->showFullScreen();
        wall->raise();
    });
    QWidget *shown = &window;
    if (options.wall) {
        wall = std::make_unique<driftdeck::views::WallWindow>();
        if (options.size.isValid())
            wall->resize(options.size);
        if (controller)
            controller->attach(wall.get());
        shown = wall.get();
    }

    if (!options.screenshotFile.isEmpty()) {
        auto take = [shown, file = options.screenshotFile] {
            // One more pass so the last batch is painted.
            QTimer::singleShot(200, qApp, [shown, file] {
                QApplication::exit(driftdeck::app::saveScreenshot(shown, file) ? 0 : 1);
            });
        };
        if (wall) {
            if (!controller)
                QTimer::singleShot(0, qApp, take);
            else
                QObject::connect(controller.get(), &driftdeck::app::AppController::clustersSettled, qApp, take, Qt::QueuedConnection);
        } else {
            QObject::connect(&window, &driftdeck::views::MainWindow::contentReady, qApp, take, Qt::QueuedConnection);
        }
        // A screenshot must never hang a script: give up after two minutes.
        QTimer::singleShot(120000, &app, [] {
            std::fprintf(stderr, "driftdeck: %s\n",
                         qPrintable(QCoreApplication::translate("main", "timed out waiting for the window to load")));
            QApplication::exit(3);
        });
    }
    if (wall) {
        if (options.screenshotFile.isEmpty())
            wall->showFullScreen();
        else
            wall->show();
    } else {
        window.show();
    }
    const int rc = app.exec();
    if (controller)
        controller->stop();
    if (demo)
        demo->stop();
    return rc;
}
