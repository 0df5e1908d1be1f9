// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kube/apiresource.h"
#include "core/kube/clusterstatus.h"
#include "core/kube/informer.h"
#include "core/kube/kubeclient.h"
#include "core/kube/livestore.h"

#include <QObject>
#include <QSet>

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace driftdeck::kube {

// One connected cluster: discovery, one informer per watched kind into a LiveStore, CRDs
// watched so that new kinds are discovered and watched at runtime, and a status for the UI.
// Lives in the thread that creates it; its work runs on the network thread and its signals are
// emitted there (receivers in other threads get them queued, as values).
class ClusterConnection : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Which kinds to watch: every listable kind (minus kExcludedByDefault) when `watchAll`,
        // else exactly `kinds`. Kinds in `metadataOnly` are watched as PartialObjectMetadata.
        bool watchAll = true;
        QSet<GroupKind> kinds;
        QSet<GroupKind> metadataOnly{{QString(), QStringLiteral("Pod")},
                                     {QStringLiteral("apps"), QStringLiteral("ReplicaSet")}};
        Informer::Options informer;
        std::chrono::milliseconds rediscoveryDelay{500};
        std::chrono::milliseconds discoveryRetry{5000};
    };
    // Noisy kinds not watched by watchAll (events churn and are never declared in Git).
    static const QSet<GroupKind> &excludedByDefault();

    ClusterConnection(std::shared_ptr<KubeClient> client, Options options, QObject *parent = nullptr);
    explicit ClusterConnection(std::shared_ptr<KubeClient> client, QObject *parent = nullptr)
        : ClusterConnection(std::move(client), Options{}, parent) {}
    ~ClusterConnection() override;

    QString name() const { return m_client->context().context.name; }
    LiveStore *store() const { return m_store.get(); }
    const std::shared_ptr<KubeClient> &client() const { return m_client; }

    void start();
    void stop(); // blocks until no informer writes any more

    ClusterStatus status() const;
    std::vector<ApiResource> resources() const;      // last discovery
    std::vector<ApiResource> watchedResources() const;
    std::optional<Informer::Status> informerStatus(const GroupKind &kind) const;
    // Blocks until every watched kind completed its first list (or is denied). For the CLI.
    bool waitForSynced(std::chrono::milliseconds timeout) const;
    // Starts discovery again now (e.g. F5).
    void rediscover();

Q_SIGNALS:
    void statusChanged(const driftdeck::kube::ClusterStatus &status);
    void resourcesChanged();

private:
    void discover();                                        // network thread
    bool crdsDifferFromDiscovery() const;                   // network thread
    void applyDiscovery(Result<struct DiscoveryResult> r); // network thread
    void onInformerStatus(const ApiResource &resource, const Informer::Status &status);
    void onResponse(const ApiResponse &response);
    void onCrdsChanged();
    void updateStatus(); // network thread; m_mutex NOT held
    bool wanted(const ApiResource &resource) const;

    const std::shared_ptr<KubeClient> m_client;
    const Options m_options;
    std::unique_ptr<LiveStore> m_store;
    std::unique_ptr<LiveStore> m_crdStore;

    // network thread only
    std::map<GroupKind, std::shared_ptr<Informer>> m_informers;
    std::shared_ptr<Informer> m_crdInformer;
    NetworkLoop::Id m_discoveryTimer = 0;
    bool m_discovering = false;
    bool m_rediscoverPending = false;
    bool m_stopped = true;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    int m_crdRetries = 0;

    mutable std::mutex m_mutex; // guards what follows
    mutable std::condition_variable m_changed;
    ClusterStatus m_status;
    bool m_discovered = false;
    std::vector<ApiResource> m_resources;
    std::map<GroupKind, Informer::Status> m_informerStatus;
    std::map<GroupKind, ApiResource> m_watched;
    FailureKind m_failure = FailureKind::None;
    Error m_failureError;
    QDateTime m_failureSince;
    QStringList m_failedGroupVersions;
    QString m_serverVersion;
};

} // namespace driftdeck::kube
