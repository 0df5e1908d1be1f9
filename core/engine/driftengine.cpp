// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/driftengine.h"

#include "core/common/logging.h"
#include "core/drift/health.h"
#include "core/drift/sidebysidebuilder.h"
#include "core/drift/tracker.h"
#include "core/engine/livecompaction.h"
#include "core/engine/sourcebridge.h"
#include "core/kube/clusterconnection.h"
#include "core/kube/kubeclient.h"
#include "core/kube/livestore.h"
#include "core/manifest/desiredstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSet>
#include <QTimer>

#include <deque>
#include <mutex>

#include <algorithm>

namespace driftdeck::engine {

struct DriftEngine::Cluster
{
    QString name;
    std::shared_ptr<kube::KubeClient> client;
    std::unique_ptr<kube::ClusterConnection> connection;
    std::unique_ptr<manifest::DesiredStore> desired;
    QHash<QString, SourceState> sources;
    QHash<QString, manifest::ManifestSet> rendered; // per source, to re-key after discovery
    QHash<QString, manifest::FileMap> files;        // per source, as read at its commit
    QHash<ResourceKey, drift::ResourceResult> results;
    QHash<QString, drift::Tracker> trackers; // per source: which live objects it owns (Extra)
    kube::ClusterStatus status;

    // Exact mode: the server-side apply dry-run of each desired object with a live counterpart.
    struct DryRun
    {
        enum class State { Queued, InFlight, Answered, Forbidden, Failed };
        std::shared_ptr<const nlohmann::json> desired; // the Git version asked about
        std::string liveVersion;                       // the live resourceVersion it was asked against
        State state = State::Queued;
        quint64 generation = 0;
        std::shared_ptr<const nlohmann::json> answer;
        QString message; // why Forbidden or Failed
    };
    QHash<ResourceKey, DryRun> dryRuns;
    std::deque<ResourceKey> dryRunQueue;
    int dryRunsInFlight = 0;
};

// Network-thread callbacks post to the engine through this while the engine lives.
struct DriftEngine::Relay
{
    std::mutex mutex;
    DriftEngine *engine = nullptr;
};

namespace {

QString unreachableReason(const kube::ClusterStatus &s)
{
    const QString since = s.since.isValid() ? s.since.toUTC().toString(Qt::ISODate) : QString();
    return QCoreApplication::translate("DriftEngine", "cluster unreachable since %1: %2").arg(since, s.message);
}

std::string resourceVersionOf(const nlohmann::json &object)
{
    const auto meta = object.find("metadata");
    if (meta == object.end() || !meta->is_object())
        return {};
    const auto rv = meta->find("resourceVersion");
    return rv != meta->end() && rv->is_string() ? rv->get<std::string>() : std::string();
}

bool sameDesired(const std::shared_ptr<const nlohmann::json> &a, const std::shared_ptr<const nlohmann::json> &b)
{
    return a == b || (a && b && *a == *b);
}

} // namespace

DriftEngine::DriftEngine(Options options, std::shared_ptr<SourceLoader> loader, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_evaluator(m_options.compare)
    , m_loader(loader ? std::move(loader) : std::make_shared<GitSourceLoader>())
    , m_relay(std::make_shared<Relay>())
{
    m_relay->engine = this;
    qRegisterMetaType<kube::ChangeBatch>();
    qRegisterMetaType<kube::ClusterStatus>();
    qRegisterMetaType<SourceState>();
    qRegisterMetaType<QList<drift::ResourceResult>>();
    qRegisterMetaType<QList<ResourceKey>>();
}

DriftEngine::~DriftEngine()
{
    {
        std::lock_guard lock(m_relay->mutex);
        m_relay->engine = nullptr;
    }
    stop();
}

DriftEngine::Cluster *DriftEngine::cluster(const QString &name) const
{
    for (const auto &c : m_clusters) {
        if (c->name == name)
            return c.get();
    }
    return nullptr;
}

std::shared_ptr<kube::KubeClient> DriftEngine::client(const QString &name) const
{
    const Cluster *c = cluster(name);
    return c ? c->client : nullptr;
}

QStringList DriftEngine::clusters() const
{
    QStringList out;
    for (const auto &c : m_clusters)
        out << c->name;
    return out;
}

Result<void> DriftEngine::addCluster(const kube::ResolvedContext &context)
{
    if (cluster(context.context.name))
        return success();
    kube::KubeClient::Options clientOptions;
    clientOptions.userAgent = m_options.userAgent.toStdString();
    auto client = kube::KubeClient::create(context, clientOptions);
    if (!client)
        return client.error();
    auto c = std::make_unique<Cluster>();
    c->name = context.context.name;
    c->client = *client;
    c->desired = std::make_unique<manifest::DesiredStore>();
    c->status.state = kube::ClusterStatus::State::Connecting;
    m_clusters.push_back(std::move(c));
    return success();
}

void DriftEngine::removeCluster(const QString &name)
{
    const auto it = std::find_if(m_clusters.begin(), m_clusters.end(), [&](const auto &c) { return c->name == name; });
    if (it == m_clusters.end())
        return;
    if (const auto &connection = (*it)->connection) {
        QObject::disconnect(connection->store(), nullptr, this, nullptr);
        QObject::disconnect(connection.get(), nullptr, this, nullptr);
        connection->stop();
    }
    m_clusters.erase(it);
}

void DriftEngine::addSource(const SourceSpec &spec)
{
    Cluster *c = cluster(spec.cluster);
    if (!c) {
        qCWarning(lcEngine) << "source for unknown cluster" << spec.cluster;
        return;
    }
    SourceState state;
    state.spec = spec;
    manifest::ManifestSet set;
    auto loaded = spec.repo.isEmpty() ? Result<LoadedSource>(Error(spec.problems.join(QStringLiteral("; "))))
                                      : m_loader->load(spec);
    if (!loaded) {
        state.failure = loaded.error();
    } else {
        state.commit = loaded->commit;
        state.branchHead = loaded->branchHead;
        c->files.insert(spec.id, loaded->files);
        manifest::RenderResult rendered = renderSource(spec, *loaded);
        state.tool = rendered.tool;
        state.failure = rendered.failure;
        state.errors = rendered.manifests.errors;
        set = std::move(rendered.manifests);
        state.objects = int(set.objects.size());
    }
    qCDebug(lcEngine).nospace() << spec.cluster << ": source " << spec.id << " at " << state.commit << " rendered "
                                << state.objects << " objects, " << state.errors.size() << " file errors"
                                << (state.failure ? QStringLiteral(", failed: ") + state.failure->fullText() : QString());
    c->sources.insert(spec.id, state);
    c->rendered.insert(spec.id, set);
    const QString ns = spec.targetNamespace.isEmpty() ? QStringLiteral("default") : spec.targetNamespace;
    if (spec.targetNamespace.size()) {
        // Flux and Argo CD put every namespaced object into the target namespace.
        for (auto &o : set.objects) {
            if (isClusterScoped(*c, o.key.group, o.key.kind))
                continue;
            if (o.object && o.object->contains("metadata") && (*o.object)["metadata"].is_object()) {
                auto copy = std::make_shared<nlohmann::json>(*o.object);
                (*copy)["metadata"]["namespace"] = spec.targetNamespace.toStdString();
                o.object = std::move(copy);
            }
            o.key.ns = spec.targetNamespace;
        }
    }
    const manifest::DesiredChangeBatch batch = c->desired->update(spec.id, state.commit, set, ns);
    Q_EMIT sourceChanged(c->name, state);
    onDesiredBatch(*c, batch);
}

bool DriftEngine::isClusterScoped(const Cluster &c, const QString &group, const QString &kind) const
{
    if (c.connection) {
        for (const kube::ApiResource &r : c.connection->resources()) {
            if (r.group == group && r.kind == kind)
                return !r.namespaced;
        }
    }
    return manifest::DesiredStore::isBuiltinClusterScoped(group, kind);
}

Result<QStringList> DriftEngine::discoverSources(const QString &clusterName)
{
    Cluster *c = cluster(clusterName);
    if (!c)
        return Error(QCoreApplication::translate("DriftEngine", "Unknown cluster %1.").arg(clusterName));
    auto found = engine::discoverSources(*c->client, clusterName);
    if (!found)
        return found.error();
    for (const SourceSpec &s : found->sources)
        addSource(s);
    QStringList notes = found->notes;
    if (found->sources.isEmpty())
        notes << QCoreApplication::translate("DriftEngine", "No Flux or Argo CD objects declare sources in this cluster; name one with --source or a workspace file.");
    return notes;
}

void DriftEngine::reloadSource(const QString &clusterName, const QString &sourceId)
{
    if (Cluster *c = cluster(clusterName); c && c->sources.contains(sourceId))
        addSource(c->sources.value(sourceId).spec);
}

void DriftEngine::connectClusters()
{
    for (auto &cp : m_clusters) {
        Cluster &c = *cp;
        if (c.connection)
            continue;
        kube::ClusterConnection::Options o;
        o.watchAll = m_options.watchAll;
        if (!o.watchAll) {
            for (const ResourceKey &k : c.desired->keys())
                o.kinds.insert(kube::GroupKind{k.group, k.kind});
        }
        c.connection = std::make_unique<kube::ClusterConnection>(c.client, o);
        if (m_options.compactLive)
            c.connection->store()->setIngestHook(compactionHook(m_options.compare.gitOpsManagers));
        const QString name = c.name;
        connect(c.connection->store(), &kube::LiveStore::changed, this, &DriftEngine::onLiveBatch, Qt::QueuedConnection);
        connect(c.connection.get(), &kube::ClusterConnection::statusChanged, this,
                [this, name](const kube::ClusterStatus &s) { onStatus(name, s); }, Qt::QueuedConnection);
        connect(c.connection.get(), &kube::ClusterConnection::resourcesChanged, this, [this, name] {
            if (Cluster *cl = cluster(name)) {
                QList<ResourceKey> keys = cl->desired->keys();
                recompute(*cl, keys);
            }
        }, Qt::QueuedConnection);
        c.connection->start();
    }
}

void DriftEngine::stop()
{
    for (auto &c : m_clusters) {
        if (c->connection)
            c->connection->stop();
    }
}

bool DriftEngine::waitForSynced(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    bool all = true;
    for (auto &c : m_clusters) {
        if (!c->connection)
            continue;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        all = c->connection->waitForSynced(std::max(left, std::chrono::milliseconds(0))) && all;
        c->status = c->connection->status();
    }
    return all;
}

void DriftEngine::recomputeAll()
{
    QCoreApplication::sendPostedEvents(this);
    for (auto &c : m_clusters) {
        if (c->connection)
            c->status = c->connection->status();
        recomputeCluster(*c);
    }
}

void DriftEngine::recomputeCluster(Cluster &c)
{
    updateTrackers(c);
    QSet<ResourceKey> keys;
    for (const ResourceKey &k : c.desired->keys())
        keys.insert(k);
    for (auto it = c.results.cbegin(); it != c.results.cend(); ++it)
        keys.insert(it.key());
    if (c.connection && !c.trackers.isEmpty()) {
        for (const kube::LiveObject &o : c.connection->store()->allObjects()) {
            if (!keys.contains(o.key) && isTracked(c, *o.object))
                keys.insert(o.key);
        }
    }
    recompute(c, QList<ResourceKey>(keys.begin(), keys.end()));
}

kube::ClusterStatus DriftEngine::clusterStatus(const QString &name) const
{
    const Cluster *c = cluster(name);
    if (!c)
        return {};
    return c->connection ? c->connection->status() : c->status;
}

const kube::ClusterConnection *DriftEngine::connection(const QString &name) const
{
    const Cluster *c = cluster(name);
    return c ? c->connection.get() : nullptr;
}

QList<drift::ResourceResult> DriftEngine::results(const QString &name) const
{
    const Cluster *c = cluster(name);
    if (!c)
        return {};
    QList<drift::ResourceResult> out = c->results.values();
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    return out;
}

std::optional<drift::ResourceResult> DriftEngine::result(const QString &name, const ResourceKey &key) const
{
    const Cluster *c = cluster(name);
    if (!c || !c->results.contains(key))
        return std::nullopt;
    return c->results.value(key);
}

QList<SourceState> DriftEngine::sources(const QString &name) const
{
    const Cluster *c = cluster(name);
    return c ? c->sources.values() : QList<SourceState>();
}

std::optional<manifest::ManifestObject> DriftEngine::desiredObject(const QString &name, const ResourceKey &key) const
{
    const Cluster *c = cluster(name);
    return c ? c->desired->object(key) : std::nullopt;
}

std::shared_ptr<const nlohmann::json> DriftEngine::liveObject(const QString &name, const ResourceKey &key) const
{
    const Cluster *c = cluster(name);
    if (!c || !c->connection)
        return nullptr;
    auto o = c->connection->store()->object(key);
    return o ? o->object : nullptr;
}

void DriftEngine::onLiveBatch(const kube::ChangeBatch &batch)
{
    Cluster *c = cluster(batch.cluster);
    if (!c)
        return;
    QList<ResourceKey> keys;
    keys.reserve(qsizetype(batch.size()));
    for (const auto *list : {&batch.added, &batch.modified, &batch.deleted}) {
        for (const kube::LiveObject &o : *list)
            keys.append(o.key);
    }
    recompute(*c, keys);
}

void DriftEngine::updateTrackers(Cluster &c)
{
    for (auto it = c.sources.cbegin(); it != c.sources.cend(); ++it) {
        const SourceSpec &spec = it->spec;
        if (spec.tracking == u"flux" && spec.trackingId.contains(u'/')) {
            c.trackers.insert(spec.id, drift::Tracker::fluxKustomization(spec.trackingId.section(u'/', 1), spec.trackingId.section(u'/', 0, 0)));
            continue;
        }
        if (spec.tracking == u"argocd" && !spec.trackingId.isEmpty()) {
            c.trackers.insert(spec.id, drift::Tracker::argoCdAnnotation(spec.trackingId));
            continue;
        }
        if (!spec.selector.isEmpty()) {
            auto t = drift::Tracker::labelSelector(spec.selector);
            if (t)
                c.trackers.insert(spec.id, *t);
            else
                qCWarning(lcEngine) << "bad selector for source" << spec.id << t.error().cause;
            continue;
        }
        if (!c.connection)
            continue;
        // No tracking configured: infer it from the live counterparts of what Git declares.
        std::vector<std::shared_ptr<const nlohmann::json>> hold;
        std::vector<const nlohmann::json *> counterparts;
        for (const ResourceKey &k : c.desired->keys(spec.id)) {
            if (auto o = c.connection->store()->object(k)) {
                hold.push_back(o->object);
                counterparts.push_back(o->object.get());
            }
        }
        if (counterparts.empty())
            continue;
        const drift::Tracker t = drift::Tracker::infer(counterparts);
        if (t.method() == drift::Tracker::Method::None)
            c.trackers.remove(spec.id);
        else
            c.trackers.insert(spec.id, t);
    }
}

std::optional<SourceSpec> DriftEngine::sourceSpec(const QString &clusterName, const QString &sourceId) const
{
    const Cluster *c = cluster(clusterName);
    if (!c || !c->sources.contains(sourceId))
        return std::nullopt;
    return c->sources.value(sourceId).spec;
}

manifest::FileMap DriftEngine::sourceFiles(const QString &clusterName, const QString &sourceId) const
{
    const Cluster *c = cluster(clusterName);
    return c ? c->files.value(sourceId) : manifest::FileMap();
}

bool DriftEngine::isTracked(const Cluster &c, const nlohmann::json &live) const
{
    for (auto it = c.trackers.cbegin(); it != c.trackers.cend(); ++it) {
        if (it->tracks(live))
            return true;
    }
    return false;
}

QString DriftEngine::trackingDescription(const QString &clusterName) const
{
    const Cluster *c = cluster(clusterName);
    if (!c)
        return {};
    QStringList parts;
    for (auto it = c->trackers.cbegin(); it != c->trackers.cend(); ++it)
        parts << it->description();
    return parts.join(u' ');
}

std::optional<drift::SideBySide> DriftEngine::sideBySide(const QString &clusterName, const ResourceKey &key,
                                                         const drift::SideBySideOptions &options) const
{
    const Cluster *c = cluster(clusterName);
    if (!c)
        return std::nullopt;
    const auto desired = c->desired->object(key);
    const std::optional<kube::LiveObject> stored = c->connection ? c->connection->store()->object(key) : std::nullopt;
    const std::shared_ptr<const nlohmann::json> live = stored ? stored->object : nullptr;
    const drift::OwnershipIndex *ownership = stored ? ownershipOf(*stored) : nullptr;
    if (!desired && !live)
        return std::nullopt;
    const nlohmann::json empty = nlohmann::json::object();
    drift::CompareResult compared;
    if (desired && live) {
        const auto dr = c->dryRuns.constFind(key);
        if (m_options.exact && dr != c->dryRuns.cend() && dr->state == Cluster::DryRun::State::Answered && dr->answer)
            compared = m_evaluator.comparer().compareExact(*dr->answer, *live, ownership);
        else
            compared = m_evaluator.comparer().compare(*desired->object, *live, ownership);
    }
    if (options.includeManagedFields && live && ownership && !ownership->managers().isEmpty()) {
        // The store keeps managedFields as an ownership index: show its entries (who manages
        // the object, how and when) without the field sets.
        nlohmann::json withManagers = *live;
        nlohmann::json entries = nlohmann::json::array();
        for (const drift::FieldManager &m : ownership->managers()) {
            nlohmann::json e{{"manager", m.manager.toStdString()}, {"operation", m.operation.toStdString()},
                             {"apiVersion", m.apiVersion.toStdString()}};
            if (m.time.isValid())
                e["time"] = m.time.toUTC().toString(Qt::ISODate).toStdString();
            if (!m.subresource.isEmpty())
                e["subresource"] = m.subresource.toStdString();
            entries.push_back(std::move(e));
        }
        withManagers["metadata"]["managedFields"] = std::move(entries);
        return drift::SideBySideBuilder::build(desired && desired->object ? *desired->object : empty, withManagers, compared,
                                               options);
    }
    return drift::SideBySideBuilder::build(desired && desired->object ? *desired->object : empty, live ? *live : empty, compared,
                                           options);
}

void DriftEngine::onDesiredBatch(Cluster &c, const manifest::DesiredChangeBatch &batch)
{
    // Only objects whose desired content changed (or appeared, or left Git) are compared again;
    // the batch's keys are the store's normalised keys. The others only moved in Git (a new
    // commit, another line): their results get the new source reference without a new diff.
    QList<ResourceKey> keys;
    for (const auto &o : batch.added)
        keys.append(o.key);
    for (const auto &o : batch.modified)
        keys.append(o.key);
    keys.append(batch.removed);
    recompute(c, keys);
    refreshSourceRefs(c, batch.sourceId, QSet<ResourceKey>(keys.begin(), keys.end()));
}

void DriftEngine::refreshSourceRefs(Cluster &c, const QString &sourceId, const QSet<ResourceKey> &evaluated)
{
    QList<drift::ResourceResult> upserts;
    for (const ResourceKey &key : c.desired->keys(sourceId)) {
        if (evaluated.contains(key))
            continue;
        auto it = c.results.find(key);
        if (it == c.results.end())
            continue;
        const std::optional<manifest::ManifestObject> desired = c.desired->object(key);
        if (!desired)
            continue;
        const drift::SourceRef ref{desired->origin.repository, desired->origin.commit, desired->origin.filePath,
                                   desired->lineStart};
        if (it->sourceRef == ref)
            continue;
        it->sourceRef = ref;
        upserts.append(*it);
    }
    if (!upserts.isEmpty())
        Q_EMIT resultsChanged(c.name, upserts, {});
}

void DriftEngine::onStatus(const QString &name, const kube::ClusterStatus &status)
{
    Cluster *c = cluster(name);
    if (!c)
        return;
    auto settled = [](kube::ClusterStatus::State s) {
        return s == kube::ClusterStatus::State::Live || s == kube::ClusterStatus::State::Degraded;
    };
    const bool reachabilityChanged = (c->status.state == kube::ClusterStatus::State::Unreachable)
                                     != (status.state == kube::ClusterStatus::State::Unreachable);
    const bool becameSettled = settled(status.state) && !settled(c->status.state);
    const bool progressed = status.kindsSynced != c->status.kindsSynced;
    c->status = status;
    Q_EMIT clusterStatusChanged(name, status);
    if (becameSettled || reachabilityChanged) {
        // Every kind has its first list now: infer ownership, find Extra objects, and settle
        // results that said "still listing".
        recomputeCluster(*c);
    } else if (progressed) {
        QList<ResourceKey> pending;
        for (auto it = c->results.cbegin(); it != c->results.cend(); ++it) {
            if (it->state == SyncState::Unknown)
                pending << it.key();
        }
        recompute(*c, pending);
    }
}

void DriftEngine::recompute(Cluster &c, const QList<ResourceKey> &keys)
{
    QList<drift::ResourceResult> upserts;
    QList<ResourceKey> removed;
    for (const ResourceKey &key : keys) {
        if (m_options.exact) {
            requestDryRun(c, key);
            const auto dr = c.dryRuns.constFind(key);
            const bool pending = dr != c.dryRuns.cend()
                                 && (dr->state == Cluster::DryRun::State::Queued || dr->state == Cluster::DryRun::State::InFlight);
            // Keep what is shown until the server answered for the new version.
            if (pending && c.results.contains(key))
                continue;
        }
        ++m_evaluations;
        std::optional<drift::ResourceResult> r = evaluate(c, key);
        auto it = c.results.find(key);
        if (!r) {
            if (it != c.results.end()) {
                c.results.erase(it);
                removed.append(key);
            }
            continue;
        }
        if (it != c.results.end() && *it == *r)
            continue;
        if (lcEngine().isDebugEnabled()) {
            QStringList fields; // names and managers only: values may be Secret masks, never logged
            for (const drift::FieldChange &f : r->changes)
                fields << f.field + (f.manager.isEmpty() ? QString() : QStringLiteral(" by ") + f.manager);
            qCDebug(lcEngine).nospace() << c.name << ": " << key.toString() << ' '
                                        << (it != c.results.end() ? syncStateName(it->state) : QStringLiteral("new")) << " -> "
                                        << syncStateName(r->state) << (fields.isEmpty() ? QString() : QStringLiteral(": ") + fields.join(QStringLiteral(", ")));
        }
        c.results.insert(key, *r);
        upserts.append(*r);
    }
    if (m_options.exact)
        pumpDryRuns(c);
    if (!upserts.isEmpty() || !removed.isEmpty())
        Q_EMIT resultsChanged(c.name, upserts, removed);
}

void DriftEngine::requestDryRun(Cluster &c, const ResourceKey &key)
{
    std::optional<manifest::ManifestObject> desired = c.connection ? c.desired->object(key) : std::nullopt;
    std::optional<kube::LiveObject> live = desired ? c.connection->store()->object(key) : std::nullopt;
    if (!desired || !desired->object || !live || !live->object) {
        c.dryRuns.remove(key);
        return;
    }
    const std::string rv = resourceVersionOf(*live->object);
    auto it = c.dryRuns.find(key);
    if (it != c.dryRuns.end() && sameDesired(it->desired, desired->object)) {
        // Without patch rights there is no point asking again until Git changes.
        if (it->state == Cluster::DryRun::State::Forbidden || it->liveVersion == rv)
            return;
    }
    Cluster::DryRun d;
    d.desired = desired->object;
    d.liveVersion = rv;
    d.generation = ++m_dryRunGeneration;
    c.dryRuns.insert(key, d);
    c.dryRunQueue.push_back(key);
}

void DriftEngine::pumpDryRuns(Cluster &c)
{
    if (!c.connection)
        return;
    std::vector<kube::ApiResource> resources;
    bool haveResources = false;
    QList<ResourceKey> settled; // answered here without asking the server
    while (c.dryRunsInFlight < std::max(1, m_options.exactConcurrency) && !c.dryRunQueue.empty()) {
        const ResourceKey key = c.dryRunQueue.front();
        c.dryRunQueue.pop_front();
        auto it = c.dryRuns.find(key);
        if (it == c.dryRuns.end() || it->state != Cluster::DryRun::State::Queued)
            continue;
        if (!haveResources) {
            resources = c.connection->resources();
            haveResources = true;
        }
        const kube::ApiResource *resource = nullptr;
        for (const kube::ApiResource &r : resources) {
            if (r.group == key.group && r.kind == key.kind)
                resource = &r;
        }
        const nlohmann::json &desired = *it->desired;
        const QString apiVersion = QString::fromStdString(desired.value("apiVersion", std::string()));
        const QString version = versionOfApiVersion(apiVersion);
        if (!resource || version.isEmpty()) {
            it->state = Cluster::DryRun::State::Failed;
            it->message = QCoreApplication::translate("DriftEngine", "the cluster does not serve %1").arg(key.kind);
            settled.append(key);
            continue;
        }
        QString manager = m_options.exactManager;
        if (c.sources.value(c.desired->sourceOf(key)).spec.tracking == u"argocd")
            manager = QStringLiteral("argocd-controller");
        nlohmann::json body = desired;
        if (resource->namespaced && !key.ns.isEmpty())
            body["metadata"]["namespace"] = key.ns.toStdString();
        std::string path = key.group.isEmpty() ? "/api/" + version.toStdString()
                                               : "/apis/" + key.group.toStdString() + '/' + version.toStdString();
        if (resource->namespaced)
            path += "/namespaces/" + kube::KubeClient::urlEncode(key.ns.toStdString());
        path += '/' + resource->plural.toStdString() + '/' + kube::KubeClient::urlEncode(key.name.toStdString())
                + "?dryRun=All&force=true&fieldManager=" + kube::KubeClient::urlEncode(manager.toStdString());
        kube::ApiRequest request;
        request.method = "PATCH";
        request.path = std::move(path);
        request.body = body.dump();
        request.contentType = "application/apply-patch+yaml";
        request.rateLimited = false; // bounded by exactConcurrency in flight instead
        it->state = Cluster::DryRun::State::InFlight;
        ++c.dryRunsInFlight;
        ++m_dryRunsSent;
        c.client->send(std::move(request), [relay = m_relay, cluster = c.name, key, generation = it->generation](kube::ApiResponse &&response) {
            const long status = response.failure == kube::FailureKind::Forbidden ? 403 : (response.ok() ? response.status : std::max(response.status, 0L));
            QString error;
            if (!response.ok())
                error = response.error.message.isEmpty() ? QString::fromStdString(kube::failureKindName(response.failure)) : response.error.message;
            std::string body = response.ok() ? std::move(response.body) : std::string();
            std::lock_guard lock(relay->mutex);
            if (!relay->engine)
                return;
            DriftEngine *engine = relay->engine;
            QMetaObject::invokeMethod(engine, [engine, cluster, key, generation, status, body = std::move(body), error] {
                engine->onDryRunAnswer(cluster, key, generation, status, body, error);
            }, Qt::QueuedConnection);
        });
    }
    if (!settled.isEmpty())
        recompute(c, settled);
}

void DriftEngine::onDryRunAnswer(const QString &clusterName, const ResourceKey &key, quint64 generation, long status,
                                 const std::string &body, const QString &error)
{
    Cluster *c = cluster(clusterName);
    if (!c)
        return;
    c->dryRunsInFlight = std::max(0, c->dryRunsInFlight - 1);
    auto it = c->dryRuns.find(key);
    if (it != c->dryRuns.end() && it->generation == generation && it->state == Cluster::DryRun::State::InFlight) {
        if (status >= 200 && status < 300) {
            auto answer = std::make_shared<nlohmann::json>(nlohmann::json::parse(body, nullptr, false));
            if (answer->is_object()) {
                it->state = Cluster::DryRun::State::Answered;
                it->answer = std::move(answer);
            } else {
                it->state = Cluster::DryRun::State::Failed;
                it->message = QCoreApplication::translate("DriftEngine", "the API server's answer is not a JSON object");
            }
        } else if (status == 403) {
            it->state = Cluster::DryRun::State::Forbidden;
            it->message = error;
            qCInfo(lcEngine) << "exact mode: no patch rights for" << key.displayName() << "in" << clusterName;
        } else {
            it->state = Cluster::DryRun::State::Failed;
            it->message = error;
        }
        recompute(*c, {key});
    }
    pumpDryRuns(*c);
}

bool DriftEngine::waitForDryRuns(std::chrono::milliseconds timeout)
{
    if (!m_options.exact)
        return true;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    auto waiting = [this] {
        for (const auto &c : m_clusters) {
            if (c->dryRunsInFlight > 0)
                return true;
            for (const auto &d : std::as_const(c->dryRuns)) {
                if (d.state == Cluster::DryRun::State::Queued || d.state == Cluster::DryRun::State::InFlight)
                    return true;
            }
        }
        return false;
    };
    while (waiting()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void DriftEngine::setCompareOptions(const drift::CompareOptions &options)
{
    m_options.compare = options;
    m_evaluator = drift::ResourceEvaluator(options);
    for (auto &c : m_clusters)
        recomputeCluster(*c);
}

void DriftEngine::setExact(bool exact)
{
    if (m_options.exact == exact)
        return;
    m_options.exact = exact;
    for (auto &c : m_clusters) {
        c->dryRuns.clear();
        c->dryRunQueue.clear();
        recomputeCluster(*c);
    }
}

std::optional<drift::ResourceResult> DriftEngine::evaluate(const Cluster &c, const ResourceKey &key) const
{
    const std::optional<manifest::ManifestObject> desired = c.desired->object(key);
    std::shared_ptr<const nlohmann::json> live;
    std::optional<kube::LiveObject> stored;
    if (c.connection) {
        stored = c.connection->store()->object(key);
        if (stored)
            live = stored->object;
    }
    const drift::OwnershipIndex *ownership = stored ? ownershipOf(*stored) : nullptr;
    if (!desired) {
        if (!live)
            return std::nullopt;
        for (auto it = c.trackers.cbegin(); it != c.trackers.cend(); ++it) {
            if (!it->tracks(*live))
                continue;
            drift::ResourceResult r = m_evaluator.evaluate(key, nullptr, live.get(), &it.value(), ownership);
            r.cluster = c.name;
            r.source = it.key();
            return r;
        }
        return std::nullopt;
    }

    drift::ResourceResult r;
    r.cluster = c.name;
    r.source = c.desired->sourceOf(key);
    r.key = key;
    r.version = versionOfApiVersion(desired->apiVersion);
    r.sourceRef = {desired->origin.repository, desired->origin.commit, desired->origin.filePath, desired->lineStart};

    const kube::ClusterStatus status = c.connection ? c.connection->status() : c.status;
    if (status.state == kube::ClusterStatus::State::Unreachable && !live) {
        r.state = SyncState::Unknown;
        r.reason = unreachableReason(status);
        return r;
    }
    if (!c.connection) {
        r.state = SyncState::Unknown;
        r.reason = QCoreApplication::translate("DriftEngine", "not connected to the cluster yet");
        return r;
    }
    if (!live) {
        const kube::GroupKind gk{key.group, key.kind};
        const auto informer = c.connection->informerStatus(gk);
        if (informer && informer->phase == kube::Informer::Phase::Denied) {
            r.state = SyncState::Unknown;
            r.reason = QCoreApplication::translate("DriftEngine", "no access: the cluster does not let you list %1").arg(gk.toString());
            return r;
        }
        if (informer && !informer->synced) {
            r.state = SyncState::Unknown;
            r.reason = QCoreApplication::translate("DriftEngine", "still listing %1").arg(gk.toString());
            return r;
        }
        r.state = SyncState::Missing;
        r.health = HealthState::Missing;
        if (!informer) {
            r.reason = QCoreApplication::translate("DriftEngine", "the cluster does not serve %1 (is its CRD installed?)").arg(gk.toString());
        }
        return r;
    }
    const nlohmann::json *dryRun = nullptr;
    QString exactNote;
    if (m_options.exact) {
        const auto dr = c.dryRuns.constFind(key);
        using State = Cluster::DryRun::State;
        if (dr == c.dryRuns.cend() || dr->state == State::Queued || dr->state == State::InFlight) {
            r.state = SyncState::Unknown;
            r.reason = QCoreApplication::translate("DriftEngine", "waiting for the API server's dry run (exact mode)");
            return r;
        }
        if (dr->state == State::Answered)
            dryRun = dr->answer.get();
        else if (dr->state == State::Forbidden)
            exactNote = QCoreApplication::translate("DriftEngine", "Exact mode needs patch rights, which this user lacks (%1); compared without a dry run.").arg(dr->message);
        else
            exactNote = QCoreApplication::translate("DriftEngine", "The API server's dry run failed (%1); compared without it.").arg(dr->message);
    }
    drift::ResourceResult evaluated = m_evaluator.evaluate(key, desired->object.get(), live.get(), nullptr, ownership, dryRun);
    if (!exactNote.isEmpty())
        evaluated.reason = evaluated.reason.isEmpty() ? exactNote : evaluated.reason + u' ' + exactNote;
    evaluated.cluster = r.cluster;
    evaluated.source = r.source;
    evaluated.sourceRef = r.sourceRef;
    if (evaluated.version.isEmpty())
        evaluated.version = r.version;
    return evaluated;
}

} // namespace driftdeck::engine
