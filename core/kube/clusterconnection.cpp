// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/clusterconnection.h"

#include "core/common/logging.h"
#include "core/kube/discovery.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace driftdeck::kube {

namespace {
const GroupKind kCrdKind{QStringLiteral("apiextensions.k8s.io"), QStringLiteral("CustomResourceDefinition")};

QString resourceLabel(const ApiResource &r)
{
    return r.group.isEmpty() ? r.plural : QString(r.plural + QLatin1Char('.') + r.group);
}

// For the fields the owner thread copies out (under m_mutex): replaces `target` by swapping in a
// copy of `value`, so the old value's implicitly shared Qt strings are released here, in inline
// code, not inside QString::operator= in libQt6Core, where ThreadSanitizer cannot see the atomic
// reference count that orders the release after the owner thread dropped its copy
// (docs/security.md, "Sanitizers").
template <typename T>
void replaceShared(T &target, const T &value)
{
    T copy = value;
    std::swap(target, copy);
}
} // namespace

const QSet<GroupKind> &ClusterConnection::excludedByDefault()
{
    static const QSet<GroupKind> excluded{{QString(), QStringLiteral("Event")},
                                          {QStringLiteral("events.k8s.io"), QStringLiteral("Event")},
                                          {QStringLiteral("coordination.k8s.io"), QStringLiteral("Lease")},
                                          {QString(), QStringLiteral("ComponentStatus")}};
    return excluded;
}

ClusterConnection::ClusterConnection(std::shared_ptr<KubeClient> client, Options options, QObject *parent)
    : QObject(parent),
      m_client(std::move(client)),
      m_options(std::move(options)),
      m_store(std::make_unique<LiveStore>(m_client->context().context.name)),
      m_crdStore(std::make_unique<LiveStore>(m_client->context().context.name))
{
    qRegisterMetaType<driftdeck::kube::ClusterStatus>();
    m_status.state = ClusterStatus::State::Stopped;
    m_status.insecure = m_client->insecure();
    m_status.since = QDateTime::currentDateTimeUtc();
    // CRD changes arrive on the network thread; rediscovery is scheduled there too.
    connect(m_crdStore.get(), &LiveStore::changed, m_crdStore.get(), [this](const ChangeBatch &) { onCrdsChanged(); },
            Qt::DirectConnection);
}

ClusterConnection::~ClusterConnection()
{
    stop();
}

void ClusterConnection::start()
{
    {
        std::lock_guard lock(m_mutex);
        m_status.state = ClusterStatus::State::Connecting;
        m_status.since = QDateTime::currentDateTimeUtc();
        m_discovered = false;
    }
    m_client->setObserver([this](const ApiResponse &r) { onResponse(r); });
    m_client->loop().post([this] {
        m_stopped = false;
        m_alive = std::make_shared<bool>(true);
        m_discovering = false;
        discover();
    });
}

void ClusterConnection::stop()
{
    auto doStop = [this] {
        m_stopped = true;
        *m_alive = false;
        for (auto &[kind, informer] : m_informers)
            informer->stop();
        m_informers.clear();
        if (m_crdInformer)
            m_crdInformer->stop();
        m_crdInformer.reset();
        if (m_discoveryTimer)
            m_client->loop().cancelTimer(m_discoveryTimer);
        m_discoveryTimer = 0;
        m_client->setObserver({});
    };
    if (m_client->loop().isLoopThread())
        doStop();
    else
        m_client->loop().runAndWait(doStop);
    {
        std::lock_guard lock(m_mutex);
        m_status.state = ClusterStatus::State::Stopped;
    }
    m_changed.notify_all();
}

void ClusterConnection::rediscover()
{
    m_client->loop().post([this] {
        if (!m_stopped)
            discover();
    });
}

void ClusterConnection::discover()
{
    if (m_discovering) {
        m_rediscoverPending = true;
        return;
    }
    m_discovering = true;
    // A discovery may still be in flight when we are deleted: the token tells its callback.
    Discovery::run(m_client, [this, alive = m_alive](Result<DiscoveryResult> r) {
        if (!*alive)
            return;
        m_discovering = false;
        if (m_stopped)
            return;
        applyDiscovery(std::move(r));
        if (m_rediscoverPending) {
            m_rediscoverPending = false;
            discover();
        }
    });
}

void ClusterConnection::applyDiscovery(Result<DiscoveryResult> r)
{
    if (!r) {
        qCInfo(lcKube) << name() << "discovery failed:" << r.error().cause;
        m_discoveryTimer = m_client->loop().schedule(m_options.discoveryRetry, [this] {
            m_discoveryTimer = 0;
            if (!m_stopped)
                discover();
        });
        updateStatus();
        return;
    }
    std::map<GroupKind, ApiResource> wantedNow;
    bool crdsAvailable = false;
    for (const auto &res : r->resources) {
        if (res.groupKind() == kCrdKind && res.canListAndWatch())
            crdsAvailable = true;
        if (wanted(res) && !wantedNow.count(res.groupKind()))
            wantedNow.emplace(res.groupKind(), res);
    }
    // Kinds that went away (CRD deleted) or changed version: stop and forget their objects.
    for (auto it = m_informers.begin(); it != m_informers.end();) {
        auto w = wantedNow.find(it->first);
        if (w != wantedNow.end() && w->second == it->second->resource()) {
            ++it;
            continue;
        }
        it->second->stop();
        m_store->removeKind(it->first);
        {
            std::lock_guard lock(m_mutex);
            m_informerStatus.erase(it->first);
            m_watched.erase(it->first);
        }
        it = m_informers.erase(it);
    }
    std::vector<std::shared_ptr<Informer>> started;
    for (const auto &[kind, res] : wantedNow) {
        if (m_informers.count(kind))
            continue;
        Informer::Options opts = m_options.informer;
        opts.metadataOnly = m_options.metadataOnly.contains(kind);
        auto informer = std::make_shared<Informer>(m_client, res, m_store.get(), opts,
                                                   [this](const ApiResource &resource, const Informer::Status &st) {
                                                       onInformerStatus(resource, st);
                                                   });
        m_informers.emplace(kind, informer);
        started.push_back(informer);
        std::lock_guard lock(m_mutex);
        replaceShared(m_watched[kind], res);
        replaceShared(m_informerStatus[kind], Informer::Status{});
    }
    {
        std::lock_guard lock(m_mutex);
        replaceShared(m_resources, r->resources);
        replaceShared(m_failedGroupVersions, r->failedGroupVersions);
        replaceShared(m_serverVersion, r->serverVersion);
        m_discovered = true;
    }
    for (auto &informer : started)
        informer->start();
    if (crdsAvailable && !m_crdInformer) {
        ApiResource crd;
        for (const auto &res : r->resources) {
            if (res.groupKind() == kCrdKind)
                crd = res;
        }
        Informer::Options opts = m_options.informer;
        opts.metadataOnly = true;
        m_crdInformer = std::make_shared<Informer>(m_client, crd, m_crdStore.get(), opts);
        m_crdInformer->start();
    }
    // A CRD just created may not be served yet: look again a few times.
    const bool missing = crdsDifferFromDiscovery();
    if (missing && m_crdRetries < 5 && !m_discoveryTimer) {
        ++m_crdRetries;
        m_discoveryTimer = m_client->loop().schedule(std::chrono::seconds(1), [this] {
            m_discoveryTimer = 0;
            if (!m_stopped)
                discover();
        });
    } else if (!missing) {
        m_crdRetries = 0;
    }
    Q_EMIT resourcesChanged();
    updateStatus();
}

bool ClusterConnection::crdsDifferFromDiscovery() const
{
    // A CRD created between discovery and the CRD informer's first list is in that list but
    // not in discovery's answer: without this check it would never be watched.
    const auto crds = m_crdStore->objects(kCrdKind);
    std::lock_guard lock(m_mutex);
    for (const auto &crd : crds) {
        const QString name = crd.key.name; // "<plural>.<group>"
        const bool found = std::any_of(m_resources.begin(), m_resources.end(),
                                       [&](const ApiResource &res) { return resourceLabel(res) == name; });
        if (!found)
            return true;
    }
    return false;
}

void ClusterConnection::onCrdsChanged()
{
    if (m_stopped || !m_crdInformer)
        return;
    if (!m_crdInformer->status().synced && !crdsDifferFromDiscovery())
        return; // the CRD informer's first list is what discovery already saw
    if (m_discoveryTimer)
        return;
    m_discoveryTimer = m_client->loop().schedule(m_options.rediscoveryDelay, [this] {
        m_discoveryTimer = 0;
        if (!m_stopped)
            discover();
    });
}

void ClusterConnection::onInformerStatus(const ApiResource &resource, const Informer::Status &st)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_watched.count(resource.groupKind()))
            return;
        replaceShared(m_informerStatus[resource.groupKind()], st);
    }
    updateStatus();
}

void ClusterConnection::onResponse(const ApiResponse &r)
{
    {
        std::lock_guard lock(m_mutex);
        if (r.reachedServer()) {
            m_failure = FailureKind::None;
            replaceShared(m_failureError, Error());
        } else if (r.failure != FailureKind::None) {
            if (m_failure == FailureKind::None)
                m_failureSince = QDateTime::currentDateTimeUtc();
            m_failure = r.failure;
            replaceShared(m_failureError, r.error);
        }
    }
    updateStatus();
}

bool ClusterConnection::wanted(const ApiResource &res) const
{
    if (!res.canListAndWatch())
        return false;
    if (m_options.watchAll)
        return !excludedByDefault().contains(res.groupKind());
    return m_options.kinds.contains(res.groupKind());
}

void ClusterConnection::updateStatus()
{
    ClusterStatus next;
    bool changed = false;
    {
        std::lock_guard lock(m_mutex);
        next.insecure = m_client->insecure();
        next.serverVersion = m_serverVersion;
        next.failedGroupVersions = m_failedGroupVersions;
        next.kindsTotal = int(m_watched.size());
        for (const auto &[kind, st] : m_informerStatus) {
            if (st.phase == Informer::Phase::Denied) {
                next.deniedKinds << resourceLabel(m_watched[kind]);
                ++next.kindsSynced;
            } else if (st.synced) {
                ++next.kindsSynced;
            }
        }
        next.deniedKinds.sort();
        next.objects = m_store->size();
        if (m_stopped) {
            next.state = ClusterStatus::State::Stopped;
        } else if (m_failure != FailureKind::None) {
            next.state = ClusterStatus::State::Unreachable;
            next.reason = m_failure;
            next.message = m_failureError.message;
            next.detail = m_failureError.cause;
        } else if (!m_discovered) {
            next.state = ClusterStatus::State::Connecting;
            next.message = QCoreApplication::translate("driftdeck::kube", "Connecting to %1…").arg(m_client->context().cluster.server);
        } else if (next.kindsSynced < next.kindsTotal) {
            next.state = ClusterStatus::State::Listing;
            next.message = QCoreApplication::translate("driftdeck::kube", "Reading the cluster: %1 of %2 kinds, %3 objects")
                               .arg(next.kindsSynced)
                               .arg(next.kindsTotal)
                               .arg(qulonglong(next.objects));
        } else if (!next.deniedKinds.isEmpty() || !next.failedGroupVersions.isEmpty()) {
            next.state = ClusterStatus::State::Degraded;
            QStringList parts;
            if (!next.deniedKinds.isEmpty())
                parts << QCoreApplication::translate("driftdeck::kube", "No access to %1: these are shown as Unknown.")
                             .arg(next.deniedKinds.join(QStringLiteral(", ")));
            if (!next.failedGroupVersions.isEmpty())
                parts << QCoreApplication::translate("driftdeck::kube", "The API groups %1 did not answer.")
                             .arg(next.failedGroupVersions.join(QStringLiteral(", ")));
            next.message = parts.join(QLatin1Char(' '));
        } else {
            next.state = ClusterStatus::State::Live;
        }
        if (next.state == ClusterStatus::State::Unreachable)
            next.since = m_failureSince;
        else
            next.since = next.state == m_status.state ? m_status.since : QDateTime::currentDateTimeUtc();
        changed = !(next == m_status);
        if (changed)
            replaceShared(m_status, next);
    }
    if (changed) {
        m_changed.notify_all();
        Q_EMIT statusChanged(next);
    }
}

ClusterStatus ClusterConnection::status() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

std::vector<ApiResource> ClusterConnection::resources() const
{
    std::lock_guard lock(m_mutex);
    return m_resources;
}

std::vector<ApiResource> ClusterConnection::watchedResources() const
{
    std::lock_guard lock(m_mutex);
    std::vector<ApiResource> out;
    for (const auto &[kind, res] : m_watched)
        out.push_back(res);
    return out;
}

std::optional<Informer::Status> ClusterConnection::informerStatus(const GroupKind &kind) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_informerStatus.find(kind);
    if (it == m_informerStatus.end())
        return std::nullopt;
    return it->second;
}

bool ClusterConnection::waitForSynced(std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [this] {
        return m_status.state == ClusterStatus::State::Live || m_status.state == ClusterStatus::State::Degraded;
    });
}

} // namespace driftdeck::kube
