// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headlesssession.h"

#include "core/engine/driftengine.h"
#include "core/engine/sourcebridge.h"
#include "core/kube/kubeconfig.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace driftdeck::app {

namespace {
} // namespace

void printError(const char *command, const QString &text)
{
    std::fprintf(stderr, "driftdeck %s: %s\n", command, qPrintable(text));
}

void writeStdout(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

HeadlessOptionSet::HeadlessOptionSet(QCommandLineParser &p)
    : m_kubeconfig(QStringLiteral("kubeconfig"), QCoreApplication::translate("headless", "Use this kubeconfig file only."), QCoreApplication::translate("headless", "file"))
    , m_context(QStringLiteral("context"), QCoreApplication::translate("headless", "Kubeconfig context (repeatable; default: the current context)."), QCoreApplication::translate("headless", "name"))
    , m_workspace(QStringLiteral("workspace"), QCoreApplication::translate("headless", "Workspace file naming the clusters and their sources (docs/workspace.md)."), QCoreApplication::translate("headless", "file"))
    , m_source(QStringLiteral("source"), QCoreApplication::translate("headless", "Repository URL or local path that declares the cluster."), QCoreApplication::translate("headless", "url|path"))
    , m_path(QStringLiteral("path"), QCoreApplication::translate("headless", "Folder inside the source."), QCoreApplication::translate("headless", "path"))
    , m_revision(QStringLiteral("revision"), QCoreApplication::translate("headless", "Branch, tag or commit of the source."), QCoreApplication::translate("headless", "rev"))
    , m_targetNamespace(QStringLiteral("target-namespace"), QCoreApplication::translate("headless", "Namespace for namespaced objects that name none."), QCoreApplication::translate("headless", "namespace"))
    , m_selector(QStringLiteral("selector"), QCoreApplication::translate("headless", "Label selector of the objects the source owns (finds Extra objects)."), QCoreApplication::translate("headless", "labels"))
    , m_renderer(QStringLiteral("renderer"), QCoreApplication::translate("headless", "How to render the source: auto, plain, kustomize, helm."), QCoreApplication::translate("headless", "name"), QStringLiteral("auto"))
    , m_timeout(QStringLiteral("timeout"), QCoreApplication::translate("headless", "Seconds to wait for the first complete list of the cluster."), QCoreApplication::translate("headless", "seconds"), QStringLiteral("60"))
{
    p.addOptions({m_kubeconfig, m_context, m_workspace, m_source, m_path, m_revision, m_targetNamespace, m_selector, m_renderer, m_timeout});
}

bool HeadlessOptionSet::read(const QCommandLineParser &p, HeadlessOptions *o, QString *error) const
{
    o->kubeconfig = p.value(m_kubeconfig);
    o->contexts = p.values(m_context);
    o->workspace = p.value(m_workspace);
    o->source = p.value(m_source);
    o->path = p.value(m_path);
    o->revision = p.value(m_revision);
    o->targetNamespace = p.value(m_targetNamespace);
    o->selector = p.value(m_selector);
    o->renderer = p.value(m_renderer);
    bool ok = false;
    o->timeoutSeconds = p.value(m_timeout).toInt(&ok);
    if (!ok || o->timeoutSeconds <= 0) {
        *error = QCoreApplication::translate("headless", "--timeout takes a positive number of seconds");
        return false;
    }
    if (!o->workspace.isEmpty() && !o->source.isEmpty()) {
        *error = QCoreApplication::translate("headless", "use either --workspace or --source, not both");
        return false;
    }
    return true;
}

Result<QStringList> prepareEngine(engine::DriftEngine &engine, const HeadlessOptions &o)
{
    auto config = kube::Kubeconfig::load(kube::Kubeconfig::defaultFiles(o.kubeconfig), !o.kubeconfig.isEmpty());
    if (!config)
        return config.error();
    // Which clusters, and which sources for each: the workspace file, --source, or discovery from
    // the cluster's own Flux and Argo CD objects.
    std::optional<workspace::Workspace> ws;
    if (!o.workspace.isEmpty()) {
        auto loaded = workspace::Workspace::load(o.workspace);
        if (!loaded)
            return loaded.error();
        ws = *loaded;
    }
    QStringList contexts = o.contexts;
    if (contexts.isEmpty() && ws) {
        for (const auto &c : ws->clusters)
            contexts << (c.context.isEmpty() ? c.name : c.context);
    }
    if (contexts.isEmpty())
        contexts << config->currentContext();

    QStringList notes;
    for (const QString &ctx : contexts) {
        auto resolved = config->resolve(ctx);
        if (!resolved)
            return resolved.error();
        if (auto added = engine.addCluster(*resolved); !added)
            return added.error();
        const QString cluster = resolved->context.name;
        QList<engine::SourceSpec> sources;
        if (ws) {
            for (const auto &c : ws->clusters) {
                if (c.context == cluster || c.name == cluster) {
                    for (const auto &s : ws->sourcesFor(c.name))
                        sources << engine::fromWorkspace(s, cluster);
                }
            }
        } else if (!o.source.isEmpty()) {
            engine::SourceSpec spec;
            spec.id = QStringLiteral("cli");
            spec.cluster = cluster;
            spec.repo = o.source;
            spec.path = o.path;
            spec.revision = o.revision;
            spec.targetNamespace = o.targetNamespace;
            spec.selector = o.selector;
            spec.renderer = manifest::rendererFromName(o.renderer);
            sources << spec;
        }
        if (sources.isEmpty()) {
            auto discovered = engine.discoverSources(cluster);
            if (!discovered)
                return Error(cluster + u": " + discovered.error().message, discovered.error().cause);
            for (const QString &n : *discovered)
                notes << cluster + u": " + n;
        }
        for (const auto &s : sources)
            engine.addSource(s);
    }

    bool sourceFailed = false;
    QStringList failures;
    for (const QString &c : engine.clusters()) {
        for (const engine::SourceState &s : engine.sources(c)) {
            if (s.failure) {
                failures << QCoreApplication::translate("headless", "source %1: %2").arg(s.spec.repo, s.failure->fullText());
                sourceFailed = true;
            }
            for (const manifest::ManifestError &e : s.errors)
                notes << e.toString();
        }
    }
    if (sourceFailed)
        return Error(failures.join(u'\n'));

    engine.connectClusters();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(o.timeoutSeconds);
    engine.waitForSynced(std::chrono::seconds(o.timeoutSeconds));
    engine.recomputeAll();
    // Exact mode: the dry-runs the first comparison asked for (within the same time-out).
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (!engine.waitForDryRuns(std::max(left, std::chrono::milliseconds(1000))))
        notes << QCoreApplication::translate("headless", "Some server-side dry runs did not answer in time; those resources are Unknown.");
    return notes;
}

QList<engine::ClusterReport> collectReports(const engine::DriftEngine &engine, bool *unreachable)
{
    QList<engine::ClusterReport> reports;
    *unreachable = false;
    for (const QString &c : engine.clusters()) {
        engine::ClusterReport report;
        report.context = c;
        const kube::ClusterStatus st = engine.clusterStatus(c);
        report.reachable = st.state != kube::ClusterStatus::State::Unreachable;
        if (!report.reachable) {
            report.message = st.message + (st.detail.isEmpty() ? QString() : u" (" + st.detail + u')');
            *unreachable = true;
        } else if (!st.deniedKinds.isEmpty()) {
            report.message = QCoreApplication::translate("headless", "no access to: %1").arg(st.deniedKinds.join(QStringLiteral(", ")));
        }
        report.resources = engine.results(c);
        reports.append(report);
    }
    return reports;
}

} // namespace driftdeck::app
