// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cmd_check.h"

#include "app/headlesssession.h"
#include "core/engine/checkreport.h"
#include "core/engine/driftengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace driftdeck::app {

namespace {


struct CheckOptions
{
    HeadlessOptions session;
    engine::ReportFormat format = engine::ReportFormat::Text;
    engine::FailOn failOn;
    bool watch = false;
    bool exact = false;
};

std::optional<CheckOptions> parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("check", "Compare what Git declares with what runs in the cluster, without a display.\n"
                                   "Exit status: 0 nothing listed in --fail-on was found, 1 something was, 2 error."));
    const QCommandLineOption help = p.addHelpOption();
    const HeadlessOptionSet sessionOptions(p);
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("check", "Output format: text, json or junit."), QCoreApplication::translate("check", "format"), QStringLiteral("text"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"), QCoreApplication::translate("check", "States that make the exit status 1 (drift, missing, extra, unknown)."), QCoreApplication::translate("check", "states"),
                                    QStringLiteral("drift,missing"));
    const QCommandLineOption watch(QStringLiteral("watch"), QCoreApplication::translate("check", "Keep watching and print one JSON line whenever a resource's result changes."));
    const QCommandLineOption exact(QStringLiteral("exact"), QCoreApplication::translate("check", "Exact mode: ask the API server for a server-side apply dry-run of each object as the GitOps manager (needs patch rights; without them the read-only comparison is used and the resource says so)."));
    p.addOptions({format, failOn, watch, exact});
    QStringList args = arguments;
    args.removeAt(1); // "check"
    *exitCode = 2;
    if (!p.parse(args)) {
        printError("check", p.errorText());
        return std::nullopt;
    }
    if (p.isSet(help)) {
        std::fputs(qPrintable(p.helpText()), stdout);
        *exitCode = 0;
        return std::nullopt;
    }
    CheckOptions o;
    QString error;
    if (!sessionOptions.read(p, &o.session, &error)) {
        printError("check", error);
        return std::nullopt;
    }
    o.watch = p.isSet(watch);
    o.exact = p.isSet(exact);
    const QString fmt = p.value(format).toLower();
    if (fmt == u"text")
        o.format = engine::ReportFormat::Text;
    else if (fmt == u"json")
        o.format = engine::ReportFormat::Json;
    else if (fmt == u"junit")
        o.format = engine::ReportFormat::Junit;
    else {
        printError("check", QCoreApplication::translate("check", "unknown --format '%1' (use text, json or junit)").arg(fmt));
        return std::nullopt;
    }
    if (!engine::FailOn::parse(p.value(failOn), &o.failOn, &error)) {
        printError("check", error);
        return std::nullopt;
    }
    return o;
}

int s_signalPipe[2] = {-1, -1};

// --watch ends on SIGINT/SIGTERM through the event loop, so connections close cleanly.
void installQuitOnSignal(QObject *context)
{
    if (::pipe(s_signalPipe) != 0)
        return;
    auto notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] { QCoreApplication::exit(0); });
    auto handler = [](int) {
        const char c = 1;
        [[maybe_unused]] auto n = ::write(s_signalPipe[1], &c, 1);
    };
    std::signal(SIGINT, handler);
    std::signal(SIGTERM, handler);
}

} // namespace

int runCheck(const QStringList &arguments)
{
    int exitCode = 0;
    const auto parsed = parse(arguments, &exitCode);
    if (!parsed)
        return exitCode;
    const CheckOptions &o = *parsed;

    engine::DriftEngine::Options engineOptions;
    engineOptions.userAgent = QStringLiteral("driftdeck-check/") + QCoreApplication::applicationVersion();
    engineOptions.exact = o.exact;
    engine::DriftEngine engine(engineOptions);
    auto notes = prepareEngine(engine, o.session);
    if (!notes) {
        printError("check", notes.error().fullText());
        return 2;
    }
    for (const QString &n : *notes)
        printError("check", n);

    bool unreachable = false;
    const QList<engine::ClusterReport> reports = collectReports(engine, &unreachable);
    if (!o.watch) {
        switch (o.format) {
        case engine::ReportFormat::Text: writeStdout(engine::formatText(reports).toUtf8()); break;
        case engine::ReportFormat::Json: writeStdout(engine::formatJson(reports)); break;
        case engine::ReportFormat::Junit: writeStdout(engine::formatJunit(reports, o.failOn)); break;
        }
        engine.stop();
        return unreachable ? 2 : engine::checkExitCode(reports, o.failOn);
    }

    // --watch: every resource once, then one line per change until interrupted.
    for (const auto &report : reports) {
        for (const auto &r : report.resources)
            writeStdout(engine::formatWatchLine(r));
    }
    QObject::connect(&engine, &engine::DriftEngine::resultsChanged, &engine,
                     [](const QString &cluster, const QList<drift::ResourceResult> &upserts,
                        const QList<ResourceKey> &removed) {
                         for (const auto &r : upserts)
                             writeStdout(engine::formatWatchLine(r));
                         for (const auto &key : removed)
                             writeStdout(engine::formatWatchRemovedLine(cluster, key));
                     });
    installQuitOnSignal(&engine);
    const int rc = QCoreApplication::exec();
    engine.stop();
    return rc;
}

} // namespace driftdeck::app
