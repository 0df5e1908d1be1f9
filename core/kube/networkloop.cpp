// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/networkloop.h"

#include "core/common/logging.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>

namespace driftdeck::kube {

namespace {
constexpr std::size_t kMaxBufferedBody = std::size_t(512) << 20;
}

struct NetworkLoop::Transfer
{
    Id id = 0;
    NetworkLoop *loop = nullptr;
    CurlEasy easy;
    CurlSlist headers;
    CurlSlist connectTo;
    HttpRequest request;
    HttpHandlers handlers;
    HttpResponse response;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    bool cancelled = false;
};

NetworkLoop::NetworkLoop()
    : m_multi(curl_multi_init())
{
    curl_multi_setopt(m_multi.get(), CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
    curl_multi_setopt(m_multi.get(), CURLMOPT_MAX_CONCURRENT_STREAMS, 200L);
    curl_multi_setopt(m_multi.get(), CURLMOPT_MAXCONNECTS, 64L);
    m_thread = std::thread([this] {
        run();
        // libcurl's TLS gave this thread OpenSSL DRBGs; free them now rather than rely on
        // OpenSSL's exit handler, which does not run for a thread still ending at process exit.
        OPENSSL_thread_stop();
    });
}

NetworkLoop::~NetworkLoop()
{
    m_stop = true;
    curl_multi_wakeup(m_multi.get());
    if (m_thread.joinable())
        m_thread.join();
    for (auto &[id, t] : m_transfers)
        curl_multi_remove_handle(m_multi.get(), t->easy.get());
    m_transfers.clear();
}

std::shared_ptr<NetworkLoop> NetworkLoop::shared()
{
    static std::mutex mutex;
    static std::weak_ptr<NetworkLoop> instance;
    std::lock_guard lock(mutex);
    auto loop = instance.lock();
    if (!loop) {
        loop = std::make_shared<NetworkLoop>();
        instance = loop;
    }
    return loop;
}

void NetworkLoop::post(std::function<void()> task)
{
    {
        std::lock_guard lock(m_queueMutex);
        m_queue.push_back(std::move(task));
    }
    curl_multi_wakeup(m_multi.get());
}

NetworkLoop::Id NetworkLoop::schedule(std::chrono::milliseconds delay, std::function<void()> task)
{
    const Id id = m_nextId++;
    const auto due = Clock::now() + delay;
    auto insert = [this, id, due, task = std::move(task)]() mutable {
        m_timers.emplace(id, std::move(task));
        m_timerOrder.emplace(due, id);
    };
    if (isLoopThread())
        insert();
    else
        post(std::move(insert));
    return id;
}

void NetworkLoop::cancelTimer(Id timer)
{
    if (isLoopThread())
        m_timers.erase(timer); // its m_timerOrder entry is skipped when due
    else
        post([this, timer] { m_timers.erase(timer); });
}

void NetworkLoop::runAndWait(std::function<void()> task)
{
    // The loop never touches the caller's frame: the task is moved into the posted closure and
    // the "done" state is shared, so the caller may return (and reuse its stack) the moment it
    // wakes. ThreadSanitizer reported the loop's reads of the caller's task and std::promise
    // against the caller's own use of its stack; the wait is a std::mutex/std::condition_variable,
    // whose order TSan sees, where std::future blocks inside the uninstrumented libstdc++.so
    // (docs/security.md, "Sanitizers").
    struct Done
    {
        std::mutex mutex;
        std::condition_variable cv;
        bool done = false;
    };
    auto state = std::make_shared<Done>();
    post([state, task = std::move(task)] {
        task();
        std::lock_guard lock(state->mutex);
        state->done = true;
        state->cv.notify_all(); // under the lock: the caller cannot free the cv before this returns
    });
    std::unique_lock lock(state->mutex);
    state->cv.wait(lock, [&] { return state->done; });
}

NetworkLoop::Id NetworkLoop::start(HttpRequest request, HttpHandlers handlers)
{
    auto t = std::make_unique<Transfer>();
    t->id = m_nextId++;
    t->loop = this;
    t->request = std::move(request);
    t->handlers = std::move(handlers);
    const Id id = t->id;
    ++m_active;
    if (isLoopThread()) {
        startNow(std::move(t));
    } else {
        auto shared = std::make_shared<std::unique_ptr<Transfer>>(std::move(t));
        post([this, shared] { startNow(std::move(*shared)); });
    }
    return id;
}

void NetworkLoop::cancel(Id transfer)
{
    auto doCancel = [this, transfer] {
        auto it = m_transfers.find(transfer);
        if (it != m_transfers.end())
            it->second->cancelled = true;
        // removed outside any curl callback
        post([this, transfer] { removeTransfer(transfer); });
    };
    if (isLoopThread())
        doCancel();
    else
        post(doCancel);
}

void NetworkLoop::removeTransfer(Id id)
{
    auto it = m_transfers.find(id);
    if (it == m_transfers.end())
        return;
    curl_multi_remove_handle(m_multi.get(), it->second->easy.get());
    m_transfers.erase(it);
    --m_active;
}

void NetworkLoop::startNow(std::unique_ptr<Transfer> t)
{
    t->easy.reset(curl_easy_init());
    CURL *e = t->easy.get();
    // Counts every socket libcurl connects, whether its transfer completes or is cancelled.
    curl_easy_setopt(e, CURLOPT_SOCKOPTFUNCTION, +[](void *loop, curl_socket_t, curlsocktype purpose) -> int {
        if (purpose == CURLSOCKTYPE_IPCXN)
            ++static_cast<NetworkLoop *>(loop)->m_connections;
        return CURL_SOCKOPT_OK;
    });
    curl_easy_setopt(e, CURLOPT_SOCKOPTDATA, this);
    const HttpRequest &r = t->request;
    curl_easy_setopt(e, CURLOPT_URL, r.url.c_str());
    curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L); // wait for a multiplexed connection instead of opening another
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPIDLE, 30L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPINTVL, 15L);
    curl_easy_setopt(e, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errorBuffer);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, r.connectTimeoutMs);
    if (r.timeoutMs > 0)
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, r.timeoutMs);
    if (r.lowSpeedSeconds > 0) {
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, r.lowSpeedSeconds);
    }
    if (r.compression)
        curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);

    if (r.method == "GET") {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else {
        if (r.method == "POST" || r.method == "PUT" || r.method == "PATCH" || !r.body.empty()) {
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(r.body.size()));
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, r.body.c_str());
        }
        if (r.method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, r.method.c_str());
    }
    for (const auto &h : r.headers)
        curlAppend(t->headers, h.c_str());
    curlAppend(t->headers, "Expect:");
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers.get());

    // TLS: blobs are copied by curl; connections are only reused between equal TLS settings.
    if (r.insecure) {
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
    } else if (!r.caPem.empty()) {
        curl_blob blob{const_cast<char *>(r.caPem.data()), r.caPem.size(), CURL_BLOB_COPY};
        curl_easy_setopt(e, CURLOPT_CAINFO_BLOB, &blob);
    } else if (!r.caFile.empty()) {
        curl_easy_setopt(e, CURLOPT_CAINFO, r.caFile.c_str());
    }
    if (!r.clientCertPem.empty()) {
        curl_blob cert{const_cast<char *>(r.clientCertPem.data()), r.clientCertPem.size(), CURL_BLOB_COPY};
        curl_blob key{const_cast<char *>(r.clientKeyPem.data()), r.clientKeyPem.size(), CURL_BLOB_COPY};
        curl_easy_setopt(e, CURLOPT_SSLCERTTYPE, "PEM");
        curl_easy_setopt(e, CURLOPT_SSLCERT_BLOB, &cert);
        curl_easy_setopt(e, CURLOPT_SSLKEYTYPE, "PEM");
        curl_easy_setopt(e, CURLOPT_SSLKEY_BLOB, &key);
    }
    if (!r.connectTo.empty()) {
        curlAppend(t->connectTo, r.connectTo.c_str());
        curl_easy_setopt(e, CURLOPT_CONNECT_TO, t->connectTo.get());
    }
    if (!r.proxy.empty())
        curl_easy_setopt(e, CURLOPT_PROXY, r.proxy.c_str());

    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &NetworkLoop::writeCallback);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &NetworkLoop::headerCallback);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());

    const Id id = t->id;
    Transfer *raw = t.get();
    m_transfers.emplace(id, std::move(t));
    const CURLMcode rc = curl_multi_add_handle(m_multi.get(), e);
    if (rc != CURLM_OK)
        finish(raw, CURLE_FAILED_INIT);
}

std::size_t NetworkLoop::headerCallback(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const std::size_t n = size * count;
    std::string_view line(data, n);
    if (line.rfind("HTTP/", 0) == 0) {
        // a new response (after a 100 Continue or a proxy CONNECT): start over
        t->response.contentType.clear();
        t->response.retryAfterSeconds = -1;
    }
    auto colon = line.find(':');
    if (colon != std::string_view::npos) {
        std::string name(line.substr(0, colon));
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        std::string_view value = line.substr(colon + 1);
        while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
            value.remove_prefix(1);
        while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' '))
            value.remove_suffix(1);
        if (name == "content-type") {
            t->response.contentType = std::string(value);
        } else if (name == "retry-after") {
            long seconds = -1;
            const std::string v(value);
            char *end = nullptr;
            const long parsed = std::strtol(v.c_str(), &end, 10);
            if (end && *end == '\0' && !v.empty())
                seconds = parsed;
            t->response.retryAfterSeconds = seconds >= 0 ? seconds : 1; // HTTP dates: retry soon
        }
    }
    return n;
}

std::size_t NetworkLoop::writeCallback(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const std::size_t n = size * count;
    if (t->cancelled)
        return 0;
    if (t->response.status == 0)
        curl_easy_getinfo(t->easy.get(), CURLINFO_RESPONSE_CODE, &t->response.status);
    const bool success = t->response.status >= 200 && t->response.status < 300;
    if (t->request.stream && success && t->handlers.onData) {
        t->handlers.onData(std::string_view(data, n));
        return t->cancelled ? 0 : n;
    }
    if (t->response.body.size() + n > kMaxBufferedBody)
        return 0;
    t->response.body.append(data, n);
    return n;
}

void NetworkLoop::finish(Transfer *t, int code)
{
    const Id id = t->id;
    auto it = m_transfers.find(id);
    if (it == m_transfers.end())
        return;
    std::unique_ptr<Transfer> owned = std::move(it->second);
    m_transfers.erase(it);
    curl_multi_remove_handle(m_multi.get(), owned->easy.get());
    --m_active;
    if (owned->cancelled)
        return;
    HttpResponse &resp = owned->response;
    resp.curlCode = code;
    if (code != CURLE_OK)
        resp.curlError = owned->errorBuffer[0] ? std::string(owned->errorBuffer) : std::string(curl_easy_strerror(CURLcode(code)));
    long status = 0;
    curl_easy_getinfo(owned->easy.get(), CURLINFO_RESPONSE_CODE, &status);
    if (status)
        resp.status = status;
    long version = 0;
    curl_easy_getinfo(owned->easy.get(), CURLINFO_HTTP_VERSION, &version);
    resp.httpVersion = version;
    if (owned->handlers.onDone)
        owned->handlers.onDone(std::move(resp));
}

void NetworkLoop::run()
{
    while (!m_stop) {
        std::vector<std::function<void()>> tasks;
        {
            std::lock_guard lock(m_queueMutex);
            tasks.swap(m_queue);
        }
        for (auto &task : tasks)
            task();

        const auto now = Clock::now();
        while (!m_timerOrder.empty() && m_timerOrder.begin()->first <= now) {
            const Id id = m_timerOrder.begin()->second;
            m_timerOrder.erase(m_timerOrder.begin());
            auto it = m_timers.find(id);
            if (it == m_timers.end())
                continue;
            auto task = std::move(it->second);
            m_timers.erase(it);
            task();
        }

        int running = 0;
        curl_multi_perform(m_multi.get(), &running);
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(m_multi.get(), &queued)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer *t = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
            if (t)
                finish(t, msg->data.result);
        }

        int timeoutMs = 500;
        {
            std::lock_guard lock(m_queueMutex);
            if (!m_queue.empty())
                timeoutMs = 0;
        }
        if (!m_timerOrder.empty()) {
            const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(m_timerOrder.begin()->first - Clock::now());
            timeoutMs = std::clamp(int(wait.count()), 0, timeoutMs);
        }
        curl_multi_poll(m_multi.get(), nullptr, 0, timeoutMs, nullptr);
    }
}

} // namespace driftdeck::kube
