// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/driftengine.h"

#include "core/common/logging.h"
#include "core/drift/health.h"
#include "core/drift/sidebysidebuilder.h"
#include "core/drift/tracker.h"
#include "core/engine/sourcebridge.h"
#include "core/kube/clusterconnection.h"
#include "core/kube/kubeclient.h"
#include "core/kube/livestore.h"
#include "core/manifest/desiredstore.h"

#include <QCoreApplication>
#include <QSet>

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
};

namespace {

QString unreachableReason(const kube::ClusterStatus &s)
{
    const QString since = s.since.isValid() ? s.since.toUTC().toString(Qt::ISODate) : QString();
    return QCoreApplication::translate("DriftEngine", "cluster unreachable since %1: %2").arg(since, s.message);
}

} // namespace

DriftEngine::DriftEngine(Options options, std::shared_ptr<SourceLoader> loader, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_evaluator(m_options.compare)
    , m_loader(loader ? std::move(loader) : std::make_shared<GitSourceLoader>())
{
    qRegisterMetaType<kube::ChangeBatch>();
    qRegisterMetaType<kube::ClusterStatus>();
    qRegisterMetaType<SourceState>();
    qRegisterMetaType<QList<drift::ResourceResult>>();
    qRegisterMetaType<QList<ResourceKey>>();
}

DriftEngine::~DriftEngine()
{
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
    const auto live = liveObject(clusterName, key);
    if (!desired && !live)
        return std::nullopt;
    const nlohmann::json empty = nlohmann::json::object();
    drift::CompareResult compared;
    if (desired && live)
        compared = m_evaluator.comparer().compare(*desired->object, *live);
    return drift::SideBySideBuilder::build(desired && desired->object ? *desired->object : empty, live ? *live : empty, compared,
                                           options);
}

void DriftEngine::onDesiredBatch(Cluster &c, const manifest::DesiredChangeBatch &batch)
{
    QList<ResourceKey> keys;
    for (const auto &o : batch.added)
        keys.append(o.key);
    for (const auto &o : batch.modified)
        keys.append(o.key);
    keys.append(batch.removed);
    // The batch carries keys as written; the store knows them normalised. Recompute both views.
    QSet<ResourceKey> all(keys.begin(), keys.end());
    for (const ResourceKey &k : c.desired->keys(batch.sourceId))
        all.insert(k);
    recompute(c, QList<ResourceKey>(all.begin(), all.end()));
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
    if (!upserts.isEmpty() || !removed.isEmpty())
        Q_EMIT resultsChanged(c.name, upserts, removed);
}

std::optional<drift::ResourceResult> DriftEngine::evaluate(const Cluster &c, const ResourceKey &key) const
{
    const std::optional<manifest::ManifestObject> desired = c.desired->object(key);
    std::shared_ptr<const nlohmann::json> live;
    if (c.connection) {
        if (auto o = c.connection->store()->object(key))
            live = o->object;
    }
    if (!desired) {
        if (!live)
            return std::nullopt;
        for (auto it = c.trackers.cbegin(); it != c.trackers.cend(); ++it) {
            if (!it->tracks(*live))
                continue;
            drift::ResourceResult r = m_evaluator.evaluate(key, nullptr, live.get(), &it.value());
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
    drift::ResourceResult evaluated = m_evaluator.evaluate(key, desired->object.get(), live.get());
    evaluated.cluster = r.cluster;
    evaluated.source = r.source;
    evaluated.sourceRef = r.sourceRef;
    if (evaluated.version.isEmpty())
        evaluated.version = r.version;
    return evaluated;
}

} // namespace driftdeck::engine
