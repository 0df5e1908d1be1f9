// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/comparer.h"
#include "core/drift/resourceevaluator.h"
#include "core/drift/driftresult.h"
#include "core/drift/sidebyside.h"
#include "core/drift/sidebysidebuilder.h"
#include "core/engine/sourceloader.h"
#include "core/engine/sourcespec.h"
#include "core/kube/clusterstatus.h"
#include "core/kube/kubeconfig.h"
#include "core/kube/liveobject.h"
#include "core/manifest/manifestobject.h"

#include <QHash>
#include <QSet>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

namespace driftdeck::kube {
class ClusterConnection;
class KubeClient;
} // namespace driftdeck::kube

namespace driftdeck::manifest {
class DesiredStore;
struct DesiredChangeBatch;
} // namespace driftdeck::manifest

namespace driftdeck::engine {

// What became of one source: rendered objects, per-file errors, or why nothing rendered.
struct SourceState
{
    SourceSpec spec;
    QString commit;
    QString branchHead;
    QString tool;                   // "kubectl kustomize", empty for plain folders
    std::optional<Error> failure;   // the whole source failed (render error, unreachable repo)
    QList<manifest::ManifestError> errors; // files that could not be read; the rest loaded
    int objects = 0;
};

// Joins the live state of clusters with the desired state of their sources and keeps a
// ResourceResult per resource up to date: a watch event or a new commit re-diffs only the
// objects it touches. Lives on one thread (a worker in the GUI, the main thread in the CLI);
// live batches arrive from the network thread through queued connections.
class DriftEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        drift::CompareOptions compare;
        // Watch every listable kind (GUI: Extra and ownership children need them), or only the
        // kinds that the desired state names (CLI: less to list).
        bool watchAll = false;
        QString userAgent = QStringLiteral("driftdeck");
        // Exact mode (docs/drift.md): each desired object that has a live counterpart is sent
        // as a server-side apply dry-run (dryRun=All, force) as the source's GitOps manager
        // and the answer is compared instead of Git. Needs patch rights; without them (403)
        // the resource falls back to the read-only comparison and its reason says so.
        bool exact = false;
        // The field manager of the dry-run for Flux and plain sources; Argo CD sources use
        // argocd-controller.
        QString exactManager = QStringLiteral("kustomize-controller");
        int exactConcurrency = 8; // dry-runs in flight per cluster
        // Store live objects compactly (livecompaction.h): managedFields as a shared ownership
        // index, last-applied dropped where the comparison never reads it.
        bool compactLive = true;
    };

    explicit DriftEngine(Options options, std::shared_ptr<SourceLoader> loader = nullptr, QObject *parent = nullptr);
    ~DriftEngine() override;

    // Adds a cluster for a resolved kubeconfig context; connect() starts talking to it.
    Result<void> addCluster(const kube::ResolvedContext &context);
    // Disconnects a cluster and forgets it with its sources and results (the GUI's unchecked
    // cluster). Nothing more is emitted for it; addCluster() may add it again later.
    void removeCluster(const QString &cluster);
    // Loads and renders a source now (on this thread) and re-diffs what changed.
    void addSource(const SourceSpec &spec);
    void reloadSource(const QString &cluster, const QString &sourceId);
    // Finds the cluster's sources from its Flux and Argo CD objects and adds them (blocking: it
    // lists those kinds once). Returns notes about what could not be discovered.
    Result<QStringList> discoverSources(const QString &cluster);

    void connectClusters();
    void stop();
    // Blocks until every cluster finished its first list (or failed); true when all synced.
    bool waitForSynced(std::chrono::milliseconds timeout);
    // Processes the live batches that are queued for this engine (CLI after waitForSynced).
    void recomputeAll();
    // Exact mode: runs this thread's events until every requested dry-run has been answered
    // (CLI after recomputeAll). True when none is left waiting; immediately true without
    // exact mode.
    bool waitForDryRuns(std::chrono::milliseconds timeout);

    // New comparison options (ignore rules from the preferences, ...): every resource is
    // evaluated again and changed results are emitted.
    void setCompareOptions(const drift::CompareOptions &options);
    void setExact(bool exact);
    const Options &options() const { return m_options; }
    // How many (desired, live) evaluations ran since the engine started (tests: a commit
    // re-evaluates only the objects it touched).
    quint64 evaluationCount() const { return m_evaluations; }
    // Dry-runs sent to the API server so far (exact mode).
    quint64 dryRunCount() const { return m_dryRunsSent; }

    QStringList clusters() const;
    // The cluster's API client for one-off reads (the detail pane's events); nullptr for an
    // unknown cluster. Its calls complete on the network thread.
    std::shared_ptr<kube::KubeClient> client(const QString &cluster) const;
    kube::ClusterStatus clusterStatus(const QString &cluster) const;
    QList<drift::ResourceResult> results(const QString &cluster) const;
    // The cluster's connection (status, watched kinds, live store), null before connectClusters().
    // Its store is thread-safe to read; the soak benchmark compares it with the server's state.
    const kube::ClusterConnection *connection(const QString &cluster) const;
    std::optional<drift::ResourceResult> result(const QString &cluster, const ResourceKey &key) const;
    QList<SourceState> sources(const QString &cluster) const;
    // The desired and live objects behind a result (for the diff view and resolve).
    std::optional<manifest::ManifestObject> desiredObject(const QString &cluster, const ResourceKey &key) const;
    std::shared_ptr<const nlohmann::json> liveObject(const QString &cluster, const ResourceKey &key) const;
    // The diff view's material for one resource (Git left, live right, Secrets masked).
    std::optional<drift::SideBySide> sideBySide(const QString &cluster, const ResourceKey &key,
                                                const drift::SideBySideOptions &options = {}) const;
    // A loaded source's spec and files (for resolving drift into Git edits).
    std::optional<SourceSpec> sourceSpec(const QString &cluster, const QString &sourceId) const;
    manifest::FileMap sourceFiles(const QString &cluster, const QString &sourceId) const;
    // How Extra objects are recognised in a cluster, as a sentence ("Inferred from ...").
    QString trackingDescription(const QString &cluster) const;

Q_SIGNALS:
    void resultsChanged(const QString &cluster, const QList<driftdeck::drift::ResourceResult> &upserts,
                        const QList<driftdeck::ResourceKey> &removed);
    void clusterStatusChanged(const QString &cluster, const driftdeck::kube::ClusterStatus &status);
    void sourceChanged(const QString &cluster, const driftdeck::engine::SourceState &state);

private:
    struct Cluster;
    Cluster *cluster(const QString &name) const;
    void onLiveBatch(const kube::ChangeBatch &batch);
    void onDesiredBatch(Cluster &c, const manifest::DesiredChangeBatch &batch);
    void onStatus(const QString &cluster, const kube::ClusterStatus &status);
    void recompute(Cluster &c, const QList<ResourceKey> &keys);
    void recomputeCluster(Cluster &c);
    bool isClusterScoped(const Cluster &c, const QString &group, const QString &kind) const;
    void updateTrackers(Cluster &c);
    bool isTracked(const Cluster &c, const nlohmann::json &live) const;
    std::optional<drift::ResourceResult> evaluate(const Cluster &c, const ResourceKey &key) const;
    void requestDryRun(Cluster &c, const ResourceKey &key);
    void pumpDryRuns(Cluster &c);
    void onDryRunAnswer(const QString &cluster, const ResourceKey &key, quint64 generation, long status,
                        const std::string &body, const QString &error);
    void refreshSourceRefs(Cluster &c, const QString &sourceId, const QSet<ResourceKey> &evaluated);

    Options m_options;
    mutable quint64 m_evaluations = 0;
    quint64 m_dryRunsSent = 0;
    quint64 m_dryRunGeneration = 0;
    drift::ResourceEvaluator m_evaluator;
    std::shared_ptr<SourceLoader> m_loader;
    std::vector<std::unique_ptr<Cluster>> m_clusters;
    struct Relay;
    std::shared_ptr<Relay> m_relay; // lets network-thread callbacks reach this engine while it lives
};

} // namespace driftdeck::engine

Q_DECLARE_METATYPE(driftdeck::engine::SourceState)
