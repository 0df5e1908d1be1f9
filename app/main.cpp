// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/screenshot.h"
#include "core/common/curlhandle.h"
#include "core/common/githandle.h"
#include "views/mainwindow.h"
#include "views/translations.h"

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

int main(int argc, char *argv[])
{
    driftdeck::CurlGlobal curl;
    driftdeck::GitLibrary git;

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
    window.setKubeconfigHint(kubeconfigHint(options.kubeconfig));
    if (options.size.isValid())
        window.resize(options.size);

    if (!options.screenshotFile.isEmpty()) {
        int code = 0;
        auto take = [&] {
            code = driftdeck::app::saveScreenshot(&window, options.screenshotFile) ? 0 : 1;
            QApplication::exit(code);
        };
        QObject::connect(&window, &driftdeck::views::MainWindow::contentReady, &app, take, Qt::QueuedConnection);
        // A screenshot must never hang a script: give up after two minutes.
        QTimer::singleShot(120000, &app, [] {
            std::fprintf(stderr, "driftdeck: %s\n",
                         qPrintable(QCoreApplication::translate("main", "timed out waiting for the window to load")));
            QApplication::exit(3);
        });
    }
    window.show();
    return app.exec();
}
