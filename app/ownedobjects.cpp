// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ownedobjects.h"

#include "core/engine/driftengine.h"
#include "core/kube/clusterconnection.h"
#include "core/kube/kubeclient.h"
#include "core/kube/livestore.h"

#include <QCoreApplication>

#include <algorithm>
#include <deque>
#include <mutex>

namespace driftdeck::app {

namespace {

QString text(const nlohmann::json &o, const char *key)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// A Deployment's Pods are two levels down (ReplicaSet, Pod), a CronJob's too (Job, Pod).
constexpr int kMaxDepth = 3;

} // namespace

// Lets network-thread callbacks post to the service while it lives.
struct OwnedObjectsService::Relay
{
    std::mutex mutex;
    OwnedObjectsService *target = nullptr;
};

OwnedObjectsService::OwnedObjectsService(engine::DriftEngine *engine, Deliver deliver, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_deliver(std::move(deliver))
    , m_relay(std::make_shared<Relay>())
{
    m_relay->target = this;
}

OwnedObjectsService::~OwnedObjectsService()
{
    const std::lock_guard lock(m_relay->mutex);
    m_relay->target = nullptr;
}

bool OwnedObjectsService::isChildKind(const QString &group, const QString &kind)
{
    return (group.isEmpty() && kind == u"Pod") || (group == u"apps" && kind == u"ReplicaSet")
           || (group == u"batch" && kind == u"Job");
}

std::string OwnedObjectsService::objectPath(const ResourceKey &key)
{
    std::string base;
    std::string plural;
    if (key.group.isEmpty()) {
        base = "/api/v1";
        plural = key.kind == u"Pod" ? "pods" : key.kind.toLower().toStdString() + "s";
    } else {
        base = "/apis/" + key.group.toStdString() + "/v1";
        plural = key.kind.toLower().toStdString() + "s";
    }
    return base + "/namespaces/" + kube::KubeClient::urlEncode(key.ns.toStdString()) + '/' + plural + '/'
           + kube::KubeClient::urlEncode(key.name.toStdString());
}

OwnedObjectsService::Cluster *OwnedObjectsService::ensureCluster(const QString &name)
{
    const kube::ClusterConnection *connection = m_engine ? m_engine->connection(name) : nullptr;
    if (!connection) {
        forgetCluster(name);
        return nullptr;
    }
    kube::LiveStore *store = connection->store();
    auto it = m_clusters.find(name);
    if (it != m_clusters.end() && (*it)->store == store)
        return it->get();
    // New, or the cluster was connected again with a new store: index it from a snapshot.
    auto c = std::make_shared<Cluster>();
    if (it != m_clusters.end()) {
        disconnect((*it)->connection);
        c->watched = (*it)->watched;
    }
    c->store = store;
    c->client = m_engine->client(name);
    // Connected before the snapshot: batches up to the snapshot's sequence are skipped.
    c->connection = connect(store, &kube::LiveStore::changed, this,
                            [this, name](const kube::ChangeBatch &batch) { onBatch(name, batch); }, Qt::QueuedConnection);
    auto [objects, sequence] = store->snapshot();
    c->sequence = sequence;
    for (const kube::LiveObject &o : objects) {
        if (isChildKind(o.key.group, o.key.kind))
            index(*c, o);
    }
    m_clusters.insert(name, c);
    return c.get();
}

void OwnedObjectsService::index(Cluster &c, const kube::LiveObject &object)
{
    unindex(c, object.key);
    if (!object.object)
        return;
    const nlohmann::json meta = object.object->value("metadata", nlohmann::json::object());
    Child child;
    child.key = object.key;
    child.uid = text(meta, "uid");
    child.resourceVersion = object.resourceVersion;
    child.object = object.object;
    for (const auto &ref : meta.value("ownerReferences", nlohmann::json::array())) {
        if (ref.is_object()) {
            const QString uid = text(ref, "uid");
            if (!uid.isEmpty())
                child.ownerUids << uid;
        }
    }
    if (child.uid.isEmpty())
        return; // cannot be told apart or followed
    for (const QString &owner : std::as_const(child.ownerUids))
        c.byOwner[owner].insert(child.key);
    c.children.insert(child.key, child);
}

void OwnedObjectsService::unindex(Cluster &c, const ResourceKey &key)
{
    const auto it = c.children.constFind(key);
    if (it == c.children.cend())
        return;
    for (const QString &owner : it->ownerUids) {
        auto set = c.byOwner.find(owner);
        if (set != c.byOwner.end()) {
            set->remove(key);
            if (set->isEmpty())
                c.byOwner.erase(set);
        }
    }
    c.health.remove(it->uid);
    c.children.erase(it);
}

void OwnedObjectsService::onBatch(const QString &cluster, const kube::ChangeBatch &batch)
{
    const auto found = m_clusters.value(cluster);
    if (!found || !found->store || batch.sequence <= found->sequence)
        return;
    Cluster &c = *found;
    c.sequence = batch.sequence;
    QSet<ResourceKey> roots;
    for (auto it = c.watched.cbegin(); it != c.watched.cend(); ++it)
        roots.insert(it.key().key);
    bool relevant = false;
    for (const auto *list : {&batch.added, &batch.modified}) {
        for (const kube::LiveObject &o : *list) {
            if (isChildKind(o.key.group, o.key.kind)) {
                index(c, o);
                relevant = true;
            } else if (roots.contains(o.key)) {
                relevant = true;
            }
        }
    }
    for (const kube::LiveObject &o : batch.deleted) {
        if (isChildKind(o.key.group, o.key.kind)) {
            unindex(c, o.key);
            relevant = true;
        } else if (roots.contains(o.key)) {
            relevant = true;
        }
    }
    if (relevant)
        refreshAll(cluster, c);
}

models::OwnedObject OwnedObjectsService::describe(const QString &cluster, Cluster &c, const Child &child)
{
    models::OwnedObject o;
    o.key = child.key;
    o.uid = child.uid;
    if (child.object && (child.object->contains("spec") || child.object->contains("status"))) {
        // Watched in full (Jobs): the stored object is enough.
        const drift::HealthResult h = drift::Health::assess(*child.object);
        o.health = h.state;
        o.healthMessage = h.message;
        o.healthRead = true;
        return o;
    }
    HealthEntry &entry = c.health[child.uid];
    if (entry.requestedVersion != child.resourceVersion && c.client) {
        // Metadata only: read the full object once per resourceVersion, on the network thread.
        entry.requestedVersion = child.resourceVersion;
        kube::ApiRequest request;
        request.path = objectPath(child.key);
        const std::shared_ptr<kube::KubeClient> client = c.client;
        const std::shared_ptr<Relay> relay = m_relay;
        const std::string version = child.resourceVersion;
        const QString uid = child.uid;
        const QString kind = child.key.kind;
        client->send(request, [client, relay, cluster, uid, kind, version](kube::ApiResponse &&response) {
            drift::HealthResult health;
            if (response.ok()) {
                const nlohmann::json object = nlohmann::json::parse(response.body, nullptr, false);
                if (object.is_object()) {
                    health = drift::Health::assess(object);
                } else {
                    health.message = QCoreApplication::translate("OwnedObjects", "Cannot read the %1: the server's answer is not JSON.")
                                         .arg(kind);
                }
            } else {
                health.message = QCoreApplication::translate("OwnedObjects", "Cannot read the %1: %2")
                                     .arg(kind, client->describe(response).message);
            }
            const std::lock_guard lock(relay->mutex);
            if (OwnedObjectsService *self = relay->target) {
                QMetaObject::invokeMethod(self, [self, cluster, uid, version, health] {
                    self->onHealth(cluster, uid, version, health);
                });
            }
        });
    }
    o.health = entry.health.state;
    o.healthMessage = entry.health.message;
    o.healthRead = entry.read;
    return o;
}

void OwnedObjectsService::onHealth(const QString &cluster, const QString &uid, const std::string &version,
                                   const drift::HealthResult &health)
{
    Q_UNUSED(version);
    const auto c = m_clusters.value(cluster);
    if (!c)
        return;
    auto it = c->health.find(uid);
    if (it == c->health.end())
        return; // deleted meanwhile
    // An answer for an older resourceVersion still beats nothing; the newer one follows.
    it->read = true;
    it->health = health;
    refreshAll(cluster, *c);
}

void OwnedObjectsService::refresh(const QString &cluster, Cluster &c, const models::ResourceId &id, bool force)
{
    QList<models::OwnedObject> out;
    const std::optional<kube::LiveObject> root = c.store ? c.store->object(id.key) : std::nullopt;
    if (root && root->object) {
        const QString rootUid = text(root->object->value("metadata", nlohmann::json::object()), "uid");
        QSet<QString> seen{rootUid};
        std::deque<std::pair<QString, int>> queue{{rootUid, 1}};
        while (!queue.empty()) {
            const auto [owner, depth] = queue.front();
            queue.pop_front();
            const auto set = c.byOwner.constFind(owner);
            if (set == c.byOwner.cend() || owner.isEmpty())
                continue;
            for (const ResourceKey &key : *set) {
                const auto child = c.children.constFind(key);
                if (child == c.children.cend() || seen.contains(child->uid))
                    continue;
                seen.insert(child->uid);
                models::OwnedObject o = describe(cluster, c, *child);
                o.ownerUid = owner == rootUid ? QString() : owner;
                out.append(o);
                if (depth < kMaxDepth)
                    queue.emplace_back(child->uid, depth + 1);
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const models::OwnedObject &a, const models::OwnedObject &b) {
        return std::tie(a.key.kind, a.key.name) < std::tie(b.key.kind, b.key.name);
    });
    auto last = c.watched.find(id);
    if (last == c.watched.end())
        return;
    if (!force && *last == out)
        return;
    *last = out;
    if (m_deliver)
        m_deliver(id, out);
}

void OwnedObjectsService::refreshAll(const QString &cluster, Cluster &c)
{
    const QList<models::ResourceId> ids = c.watched.keys();
    for (const models::ResourceId &id : ids)
        refresh(cluster, c, id, false);
}

void OwnedObjectsService::watch(const models::ResourceId &id)
{
    Cluster *c = ensureCluster(id.cluster);
    if (!c) {
        if (m_deliver)
            m_deliver(id, {});
        return;
    }
    c->watched.insert(id, {});
    refresh(id.cluster, *c, id, true);
}

void OwnedObjectsService::unwatch(const models::ResourceId &id)
{
    const auto c = m_clusters.value(id.cluster);
    if (!c)
        return;
    c->watched.remove(id);
    // Nothing watched in this cluster any more: drop its index (it mirrors every Pod).
    if (c->watched.isEmpty())
        forgetCluster(id.cluster);
}

void OwnedObjectsService::forgetCluster(const QString &cluster)
{
    const auto c = m_clusters.take(cluster);
    if (c)
        disconnect(c->connection);
}

} // namespace driftdeck::app
