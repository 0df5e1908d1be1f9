// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/curlhandle.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

namespace driftdeck::kube {

// One HTTP exchange as the transport sees it; bytes, not Qt types (it runs off the Qt threads).
struct HttpRequest
{
    std::string method = "GET";
    std::string url;
    std::vector<std::string> headers;
    std::string body;
    std::string caPem;  // trusted CAs; wins over caFile; neither = the system store
    std::string caFile;
    bool insecure = false;
    std::string clientCertPem;
    std::string clientKeyPem;
    std::string connectTo; // CURLOPT_CONNECT_TO entry (tls-server-name)
    std::string proxy;     // empty: curl reads the proxy environment variables
    bool compression = true;
    long connectTimeoutMs = 10000;
    long timeoutMs = 0;       // whole exchange; 0 = none (watches)
    long lowSpeedSeconds = 0; // give up after this long below 1 byte/s; 0 = never
    bool stream = false;      // 2xx bodies go to onData instead of the response
};

struct HttpResponse
{
    long status = 0;
    std::string body;
    std::string contentType;
    long retryAfterSeconds = -1;
    int curlCode = 0; // CURLcode
    std::string curlError;
    long httpVersion = 0; // CURL_HTTP_VERSION_* of the exchange
    bool ok() const { return curlCode == 0 && status >= 200 && status < 300; }
};

struct HttpHandlers
{
    std::function<void(std::string_view chunk)> onData; // stream mode, 2xx only
    std::function<void(HttpResponse &&response)> onDone; // not called after cancel()
};

// The one network thread: curl_multi for every cluster, HTTP/2 multiplexing where offered,
// keep-alive connections reused across requests. Handlers and posted tasks run on this thread.
class NetworkLoop
{
public:
    using Id = std::uint64_t;
    using Clock = std::chrono::steady_clock;

    NetworkLoop();
    ~NetworkLoop();
    NetworkLoop(const NetworkLoop &) = delete;
    NetworkLoop &operator=(const NetworkLoop &) = delete;

    // The process-wide loop (created on first use, never before curl_global_init ran).
    static std::shared_ptr<NetworkLoop> shared();

    // All thread safe.
    Id start(HttpRequest request, HttpHandlers handlers);
    void cancel(Id transfer); // from the loop thread it also stops onData at once
    void post(std::function<void()> task);
    Id schedule(std::chrono::milliseconds delay, std::function<void()> task);
    void cancelTimer(Id timer);
    // Runs `task` on the loop and waits for it (never call from the loop thread).
    void runAndWait(std::function<void()> task);
    bool isLoopThread() const { return std::this_thread::get_id() == m_thread.get_id(); }

    // Counters for status and tests.
    int activeTransfers() const { return m_active.load(); }
    long connectionsOpened() const { return m_connections.load(); } // TCP connections made, any outcome

private:
    struct Transfer;
    void run();
    void startNow(std::unique_ptr<Transfer> transfer);
    void finish(Transfer *transfer, int code);
    void removeTransfer(Id id);
    static std::size_t writeCallback(char *data, std::size_t size, std::size_t count, void *user);
    static std::size_t headerCallback(char *data, std::size_t size, std::size_t count, void *user);

    CurlMulti m_multi;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<Id> m_nextId{1};
    std::atomic<int> m_active{0};
    std::atomic<long> m_connections{0};

    std::mutex m_queueMutex;
    std::vector<std::function<void()>> m_queue;

    // loop thread only
    std::unordered_map<Id, std::unique_ptr<Transfer>> m_transfers;
    std::multimap<Clock::time_point, Id> m_timerOrder;
    std::unordered_map<Id, std::function<void()>> m_timers;
};

} // namespace driftdeck::kube
