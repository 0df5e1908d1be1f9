// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>

namespace driftdeck::app {

QSize parseSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QSize(m.captured(1).toInt(), m.captured(2).toInt());
}

GuiParse parseGuiCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Driftdeck shows where your Kubernetes clusters drift from Git, "
                                            "who changed what, and opens pull requests that resolve it.")
        + u"\n\n" + QCoreApplication::translate("main", "Subcommands (run 'driftdeck COMMAND --help'):")
        + u"\n  check    " + QCoreApplication::translate("main", "compare headless and report drift")
        + u"\n  resolve  " + QCoreApplication::translate("main", "turn drift into a pull request, headless"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window to a PNG file once loaded, then exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Window size for --screenshot, e.g. 1920x1080."),
                                  QCoreApplication::translate("main", "WxH"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "User interface language (en, de, ja)."),
                                  QCoreApplication::translate("main", "code"));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                        QCoreApplication::translate("main", "Use this kubeconfig file only."),
                                        QCoreApplication::translate("main", "file"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     QCoreApplication::translate("main", "Connect this kubeconfig context (repeatable)."),
                                     QCoreApplication::translate("main", "name"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    QCoreApplication::translate("main", "Repository URL or local path that declares the clusters."),
                                    QCoreApplication::translate("main", "url|path"));
    const QCommandLineOption sourcePath(QStringLiteral("path"), QCoreApplication::translate("main", "Folder inside the source."),
                                        QCoreApplication::translate("main", "path"));
    const QCommandLineOption revision(QStringLiteral("revision"), QCoreApplication::translate("main", "Branch, tag or commit of the source."),
                                      QCoreApplication::translate("main", "rev"));
    const QCommandLineOption targetNs(QStringLiteral("target-namespace"),
                                      QCoreApplication::translate("main", "Namespace for namespaced objects that name none."),
                                      QCoreApplication::translate("main", "namespace"));
    const QCommandLineOption selector(QStringLiteral("selector"),
                                      QCoreApplication::translate("main", "Label selector of the objects the source owns (finds Extra objects)."),
                                      QCoreApplication::translate("main", "labels"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QCoreApplication::translate("main", "Workspace file naming the clusters and their sources."),
                                       QCoreApplication::translate("main", "file"));
    const QCommandLineOption wall(QStringLiteral("wall"), QCoreApplication::translate("main", "Open the multi-cluster wall display full screen."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Start the demo: three emulated clusters and a sample Git repository."));
    const QCommandLineOption noDemo(QStringLiteral("no-demo"),
                                    QCoreApplication::translate("main", "Without a kubeconfig, show the empty window instead of starting the demo."));
    parser.addOptions({screenshot, size, lang, kubeconfig, context, workspace, source, sourcePath, revision, targetNs, selector, wall, demo, noDemo});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "driftdeck: %s\n", qPrintable(parser.errorText()));
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Run 'driftdeck --help' for the options.")));
        return {{}, 2};
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return {{}, 0};
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return {{}, 0};
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "driftdeck: %s\n",
                     qPrintable(QCoreApplication::translate("main", "unknown command '%1'").arg(parser.positionalArguments().first())));
        return {{}, 2};
    }

    GuiParse result;
    result.options.screenshotFile = parser.value(screenshot);
    result.options.language = parser.value(lang);
    result.options.kubeconfig = parser.value(kubeconfig);
    result.options.contexts = parser.values(context);
    result.options.workspace = parser.value(workspace);
    result.options.source = parser.value(source);
    result.options.sourcePath = parser.value(sourcePath);
    result.options.revision = parser.value(revision);
    result.options.targetNamespace = parser.value(targetNs);
    result.options.selector = parser.value(selector);
    result.options.wall = parser.isSet(wall);
    result.options.demo = parser.isSet(demo);
    result.options.noDemo = parser.isSet(noDemo);
    if (parser.isSet(size)) {
        result.options.size = parseSize(parser.value(size));
        if (!result.options.size.isValid()) {
            std::fprintf(stderr, "driftdeck: %s\n",
                         qPrintable(QCoreApplication::translate("main", "invalid --size '%1', expected WIDTHxHEIGHT")
                                        .arg(parser.value(size))));
            return {{}, 2};
        }
    }
    return result;
}

} // namespace driftdeck::app
