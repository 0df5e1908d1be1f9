// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/health.h"
#include "models/resourcebatch.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <string>

namespace driftdeck::engine {
class DriftEngine;
}

namespace driftdeck::kube {
class KubeClient;
class LiveStore;
struct ChangeBatch;
struct LiveObject;
} // namespace driftdeck::kube

namespace driftdeck::app {

// The tree's ownership children (docs/main-window.md "Ownership children"): for each watched
// workload row, the ReplicaSets, Jobs and Pods below it by ownerReferences, from the cluster's
// live store, with their health. Pods and ReplicaSets are watched metadata-only, so their
// health comes from the full object, read with one GET per object and resourceVersion on the
// network thread (never blocking a thread). Lives on the engine thread; every change of a
// watched workload's children is handed to `deliver` on that thread, which posts it on.
class OwnedObjectsService : public QObject
{
    Q_OBJECT
public:
    using Deliver = std::function<void(const models::ResourceId &id, const QList<models::OwnedObject> &objects)>;

    OwnedObjectsService(engine::DriftEngine *engine, Deliver deliver, QObject *parent = nullptr);
    ~OwnedObjectsService() override;

    // Engine thread only.
    void watch(const models::ResourceId &id);
    void unwatch(const models::ResourceId &id);
    // The cluster was unchecked: stop everything for it (before the engine drops its store).
    void forgetCluster(const QString &cluster);

    // The kinds that are followed below a workload (metadata-only or not).
    static bool isChildKind(const QString &group, const QString &kind);
    // GET path of one object of a followed kind ("/api/v1/namespaces/shop/pods/web-1").
    static std::string objectPath(const ResourceKey &key);

private:
    struct Child
    {
        ResourceKey key;
        QString uid;
        QStringList ownerUids;
        std::string resourceVersion;
        std::shared_ptr<const nlohmann::json> object; // as stored (metadata only for Pods, ReplicaSets)
    };
    struct HealthEntry
    {
        std::string requestedVersion; // the resourceVersion last asked for
        bool read = false;
        drift::HealthResult health;
    };
    struct Cluster
    {
        QPointer<kube::LiveStore> store;
        std::shared_ptr<kube::KubeClient> client;
        QMetaObject::Connection connection;
        std::uint64_t sequence = 0;
        QHash<ResourceKey, Child> children;           // followed kinds only
        QHash<QString, QSet<ResourceKey>> byOwner;    // owner uid -> children
        QHash<QString, HealthEntry> health;           // uid -> health of metadata-only objects
        QHash<models::ResourceId, QList<models::OwnedObject>> watched; // last answer per row
    };

    Cluster *ensureCluster(const QString &name);
    void onBatch(const QString &cluster, const kube::ChangeBatch &batch);
    void index(Cluster &c, const kube::LiveObject &object);
    void unindex(Cluster &c, const ResourceKey &key);
    void refresh(const QString &cluster, Cluster &c, const models::ResourceId &id, bool force);
    void refreshAll(const QString &cluster, Cluster &c);
    models::OwnedObject describe(const QString &cluster, Cluster &c, const Child &child);
    void onHealth(const QString &cluster, const QString &uid, const std::string &version, const drift::HealthResult &health);

    struct Relay;
    engine::DriftEngine *m_engine;
    Deliver m_deliver;
    QHash<QString, std::shared_ptr<Cluster>> m_clusters;
    std::shared_ptr<Relay> m_relay; // network-thread answers reach this object while it lives
};

} // namespace driftdeck::app
