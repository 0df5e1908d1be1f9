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
        + u"\n  check    " + QCoreApplication::translate("main", "compare headless and report drift"));
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
    parser.addOptions({screenshot, size, lang, kubeconfig, context});

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
