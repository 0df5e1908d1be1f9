// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kube/apiresource.h"
#include "core/kube/backoff.h"
#include "core/kube/kubeclient.h"
#include "core/kube/linesplitter.h"
#include "core/kube/livestore.h"

#include <chrono>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <unordered_set>

namespace driftdeck::kube {

// List-then-watch of one kind into a LiveStore, as client-go's reflector: paginated list
// (limit 500), watch from the list's resourceVersion with bookmarks and a random
// timeoutSeconds, resume from the last resourceVersion after a dropped connection, relist after
// 410 (HTTP status or ERROR event), exponential back-off with jitter, Retry-After respected.
// Runs on the network thread; start() and stop() may be called from any thread.
class Informer : public std::enable_shared_from_this<Informer>
{
public:
    struct Options
    {
        bool metadataOnly = false; // PartialObjectMetadata: apiVersion, kind and metadata only
        int pageSize = 500;
        std::chrono::seconds minWatchTimeout{300};
        std::chrono::seconds maxWatchTimeout{600};
        long watchIdleSeconds = 0; // reconnect a watch silent this long (0 = rely on timeoutSeconds)
        std::chrono::milliseconds backoffInitial{800};
        std::chrono::milliseconds backoffMax{30000};
        std::chrono::seconds deniedRetry{300}; // retry a 403 this often
    };

    enum class Phase { Idle, Listing, Watching, Waiting, Denied, Stopped };

    struct Status
    {
        Phase phase = Phase::Idle;
        bool synced = false; // a complete list reached the store at least once
        int listPages = 0;   // pages of the current list so far
        long remainingItems = -1;
        int lists = 0;       // complete lists (1 = no relist yet)
        int lastListPages = 0; // pages the last complete list took
        int watches = 0;     // watch requests started
        FailureKind failure = FailureKind::None;
        long lastStatus = 0;
        Error error;         // last failure, for people
        std::string resourceVersion;
    };
    using StatusFn = std::function<void(const ApiResource &, const Status &)>;

    Informer(std::shared_ptr<KubeClient> client, ApiResource resource, LiveStore *store, Options options, StatusFn onStatus = {});
    ~Informer();

    void start();
    // Blocks until the informer is stopped on the network thread: no store write after it returns.
    void stop();

    const ApiResource &resource() const { return m_resource; }
    Status status() const; // thread safe copy

private:
    void list();
    void onListPage(ApiResponse &&r);
    void watch();
    void onWatchData(std::string_view chunk);
    void onWatchDone(ApiResponse &&r);
    void retryLater(std::chrono::milliseconds delay, bool relist);
    void handleFailure(const ApiResponse &r, bool relist);
    void fillKind(nlohmann::json &object) const;
    void publish();

    const std::shared_ptr<KubeClient> m_client;
    const ApiResource m_resource;
    const GroupKind m_kind;
    LiveStore *const m_store;
    const Options m_options;
    const StatusFn m_onStatus;
    const std::string m_apiVersion;
    const std::string m_kindName;

    // network thread only
    bool m_stopped = false;
    bool m_stopRequested = false; // final: a stopped informer never starts again (loop thread only)
    KubeClient::CallId m_call = 0;
    NetworkLoop::Id m_timer = 0;
    std::string m_continue;
    std::unordered_set<std::string> m_seen;
    std::string m_rv;
    LineSplitter m_splitter;
    bool m_watchExpired = false;
    int m_watchEvents = 0;
    std::chrono::steady_clock::time_point m_watchStarted;
    Backoff m_backoff;
    std::mt19937 m_random{std::random_device{}()};

    mutable std::mutex m_statusMutex;
    Status m_status;
};

} // namespace driftdeck::kube
