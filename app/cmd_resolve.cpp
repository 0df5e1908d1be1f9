// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cmd_resolve.h"

#include "app/headlesssession.h"
#include "core/engine/driftengine.h"
#include "core/engine/pullrequestflow.h"
#include "core/forge/forgekind.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace driftdeck::app {

namespace {


// "Deployment/shop/web", "ConfigMap/settings" (cluster-scoped or default namespace),
// "deployment.apps/shop/web".
bool matches(const drift::ResourceResult &r, const QString &spec)
{
    const QStringList parts = spec.split(u'/');
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    QString kind = parts[0];
    QString group;
    if (const auto dot = kind.indexOf(u'.'); dot > 0) {
        group = kind.mid(dot + 1);
        kind = kind.left(dot);
    }
    if (kind.compare(r.key.kind, Qt::CaseInsensitive) != 0 || (!group.isEmpty() && group != r.key.group))
        return false;
    const QString ns = parts.size() == 3 ? parts[1] : QString();
    const QString name = parts.last();
    return name == r.key.name && (parts.size() == 2 || ns == r.key.ns);
}

} // namespace

int runResolve(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("resolve", "Turn drift into a minimal Git edit and open a pull request for it, without a display.\n"
                                   "Without --resource it takes all drift of the source. Exit status: 0 done or nothing to do, "
                                   "1 some resources were refused, 2 error."));
    const QCommandLineOption help = p.addHelpOption();
    const HeadlessOptionSet sessionOptions(p);
    const QCommandLineOption resource(QStringLiteral("resource"), QCoreApplication::translate("resolve", "Resource to resolve as KIND/NAMESPACE/NAME (repeatable)."), QCoreApplication::translate("resolve", "resource"));
    const QCommandLineOption forgeOpt(QStringLiteral("forge"), QCoreApplication::translate("resolve", "Forge kind: github, gitlab or gitea (default: from the remote URL)."), QCoreApplication::translate("resolve", "kind"));
    const QCommandLineOption forgeUrl(QStringLiteral("forge-url"), QCoreApplication::translate("resolve", "Forge API URL, e.g. https://git.example/api/v3."), QCoreApplication::translate("resolve", "url"));
    const QCommandLineOption remote(QStringLiteral("push-url"), QCoreApplication::translate("resolve", "Where to push the branch (default: the source's repository)."), QCoreApplication::translate("resolve", "url"));
    const QCommandLineOption base(QStringLiteral("base"), QCoreApplication::translate("resolve", "Target branch of the pull request (default: the source's branch)."), QCoreApplication::translate("resolve", "branch"));
    const QCommandLineOption draft(QStringLiteral("draft"), QCoreApplication::translate("resolve", "Open the pull request as a draft."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QCoreApplication::translate("resolve", "Print the Git edit as a unified diff and change nothing."));
    p.addOptions({resource, forgeOpt, forgeUrl, remote, base, draft, dryRun});
    QStringList args = arguments;
    args.removeAt(1); // "resolve"
    if (!p.parse(args)) {
        printError("resolve", p.errorText());
        return 2;
    }
    if (p.isSet(help)) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return 0;
    }
    HeadlessOptions session;
    QString error;
    if (!sessionOptions.read(p, &session, &error)) {
        printError("resolve", error);
        return 2;
    }
    engine::PullRequestTarget target;
    if (p.isSet(forgeOpt)) {
        target.kind = forge::forgeKindFromName(p.value(forgeOpt));
        if (!target.kind) {
            printError("resolve", QCoreApplication::translate("resolve", "unknown --forge '%1' (use github, gitlab or gitea)").arg(p.value(forgeOpt)));
            return 2;
        }
    }
    target.apiUrl = p.value(forgeUrl);
    target.remoteUrl = p.value(remote);
    target.baseBranch = p.value(base);
    target.draft = p.isSet(draft);

    engine::DriftEngine::Options engineOptions;
    engineOptions.watchAll = true; // Extra objects to keep need every kind
    engineOptions.userAgent = QStringLiteral("driftdeck-resolve/") + QCoreApplication::applicationVersion();
    engine::DriftEngine engine(engineOptions);
    auto notes = prepareEngine(engine, session);
    if (!notes) {
        printError("resolve", notes.error().fullText());
        return 2;
    }
    for (const QString &n : *notes)
        printError("resolve", n);

    const QStringList wanted = p.values(resource);
    int refused = 0;
    bool anyChange = false;
    for (const QString &cluster : engine.clusters()) {
        if (engine.clusterStatus(cluster).state == kube::ClusterStatus::State::Unreachable) {
            printError("resolve", QCoreApplication::translate("resolve", "%1 is unreachable: %2").arg(cluster, engine.clusterStatus(cluster).message));
            return 2;
        }
        // One pull request per source.
        QMap<QString, QList<drift::ResourceResult>> bySource;
        for (const auto &r : engine.results(cluster)) {
            if (r.state != SyncState::Drifted && r.state != SyncState::Missing && r.state != SyncState::Extra)
                continue;
            if (!wanted.isEmpty() && std::none_of(wanted.begin(), wanted.end(), [&](const QString &w) { return matches(r, w); }))
                continue;
            bySource[r.source].append(r);
        }
        for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
            auto plan = engine::planPullRequest(engine, cluster, it.value());
            if (!plan) {
                printError("resolve", plan.error().fullText());
                return 2;
            }
            for (const QString &r : plan->refusals)
                printError("resolve", QCoreApplication::translate("resolve", "refused: %1").arg(r));
            refused += int(plan->refusals.size());
            if (plan->isEmpty())
                continue;
            anyChange = true;
            if (p.isSet(dryRun)) {
                writeStdout(plan->unifiedDiff().toUtf8());
                continue;
            }
            auto outcome = engine::openPullRequest(*plan, target, [](engine::PullRequestStep s) {
                static const char *names[] = {"connecting", "fetching", "committing", "pushing", "opening the pull request"};
                std::fprintf(stderr, "driftdeck resolve: %s…\n", names[int(s)]);
            });
            if (!outcome) {
                printError("resolve", outcome.error().fullText());
                return 2;
            }
            const forge::PullRequest &pr = outcome->pullRequest;
            if (!pr.warning.isEmpty())
                printError("resolve", pr.warning);
            writeStdout((pr.existing ? QCoreApplication::translate("resolve", "Existing pull request: %1").arg(pr.url) : QCoreApplication::translate("resolve", "Pull request: %1").arg(pr.url)).toUtf8() + '\n');
        }
    }
    if (!anyChange && refused == 0 && !wanted.isEmpty()) {
        printError("resolve", QCoreApplication::translate("resolve", "none of the named resources has drift to resolve"));
        return 2;
    }
    if (!anyChange && refused == 0)
        writeStdout(QCoreApplication::translate("resolve", "Nothing to resolve: Git and the cluster agree.").toUtf8() + '\n');
    engine.stop();
    return refused > 0 ? 1 : 0;
}

} // namespace driftdeck::app
