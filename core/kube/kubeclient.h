// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/kube/credentialprovider.h"
#include "core/kube/kubeconfig.h"
#include "core/kube/networkloop.h"
#include "core/kube/ratelimiter.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace driftdeck::kube {

// Why a request did not get an answer from the API server (or got a refusal).
enum class FailureKind { None, Dns, Refused, Tls, Timeout, Unauthorized, Forbidden, Credentials, Connection };

// Stable machine name ("dns", "refused", ...) for logs and JSON.
const char *failureKindName(FailureKind kind);

// A request relative to the cluster's server URL.
struct ApiRequest
{
    std::string method = "GET";
    std::string path; // "/apis/apps/v1/deployments?limit=500"
    std::string body;
    std::string contentType;
    std::string accept = "application/json";
    bool stream = false;      // watch: the body goes to onData
    long timeoutMs = -1;      // -1: the client's default (0 for streams); 0: none
    long lowSpeedSeconds = 0; // streams: reconnect after this long without a byte; 0 = never
    // false: no token from the client-side rate limiter (a Retry-After pause still applies),
    // for callers that bound their own concurrency (exact mode's dry-runs, like kubectl diff).
    bool rateLimited = true;
};

struct ApiResponse
{
    long status = 0;
    std::string body;
    std::string contentType;
    long retryAfterSeconds = -1;
    long httpVersion = 0;
    FailureKind failure = FailureKind::None; // transport, credentials, 401 or 403
    Error error;                             // set when failure != None or status is not 2xx

    bool ok() const { return failure == FailureKind::None && status >= 200 && status < 300; }
    // The server reached us with an HTTP answer (any status), so the cluster is reachable.
    bool reachedServer() const { return status > 0 && failure != FailureKind::Unauthorized; }
};

// Talks to one cluster (one kubeconfig context): URL, TLS, proxy, credentials, client-side rate
// limiting and Retry-After, one retry with fresh credentials after a 401. Requests run on the
// shared NetworkLoop; callbacks run on its thread. Thread safe.
class KubeClient : public std::enable_shared_from_this<KubeClient>
{
public:
    struct Options
    {
        double qps = 50.0; // kubectl's defaults; client-go's library default is 5/10
        int burst = 100;
        long requestTimeoutMs = 60000;
        long connectTimeoutMs = 10000;
        std::string userAgent;
        ExecCredentialPlugin::Options exec;
        std::shared_ptr<NetworkLoop> loop; // default: NetworkLoop::shared()
    };
    using CallId = std::uint64_t;
    using DoneFn = std::function<void(ApiResponse &&response)>;
    using DataFn = std::function<void(std::string_view chunk)>;
    using ObserverFn = std::function<void(const ApiResponse &response)>;

    static Result<std::shared_ptr<KubeClient>> create(const ResolvedContext &context, Options options);
    static Result<std::shared_ptr<KubeClient>> create(const ResolvedContext &context) { return create(context, Options{}); }

    // Asynchronous; `onDone` (and `onData` for streams) run on the network thread.
    CallId send(ApiRequest request, DoneFn onDone, DataFn onData = {});
    void cancel(CallId call);

    // Blocking versions for the CLI and workers (never call on the network thread).
    ApiResponse request(ApiRequest request);
    // GET/POST/PUT/PATCH/DELETE with a JSON answer; a non-2xx status becomes an Error carrying
    // the Status message.
    Result<nlohmann::json> requestJson(const std::string &method, const std::string &path, const std::string &body = {},
                                       const std::string &contentType = "application/json");
    Result<nlohmann::json> getJson(const std::string &path) { return requestJson("GET", path); }
    // Every item of a collection path ("/api/v1/pods"), paginated by `pageSize`.
    Result<std::vector<nlohmann::json>> listAll(const std::string &collectionPath, bool metadataOnly = false, int pageSize = 500);

    // Called on the network thread after every completed call (connectivity for the status).
    void setObserver(ObserverFn observer);

    const ResolvedContext &context() const { return m_context; }
    NetworkLoop &loop() const { return *m_loop; }
    RateLimiter &rateLimiter() { return m_limiter; }
    CredentialProvider &credentials() { return m_credentials; }
    bool insecure() const { return m_context.cluster.insecureSkipTlsVerify; }
    const Options &options() const { return m_options; }

    // A person-readable error for a failed response (translated), with the technical cause.
    Error describe(const ApiResponse &response) const;
    static std::string urlEncode(std::string_view value);

    KubeClient(const ResolvedContext &context, Options options); // use create()
    ~KubeClient();

private:
    struct Call
    {
        ApiRequest request;
        DoneFn onDone;
        DataFn onData;
        NetworkLoop::Id transfer = 0;
        NetworkLoop::Id timer = 0;
        int attempt = 0;
    };
    void schedule(CallId id);
    void launch(CallId id);
    void launchWith(CallId id, const Result<Credentials> &creds);
    void complete(CallId id, HttpResponse &&http);
    void notifyObserver(const ApiResponse &response);

    const ResolvedContext m_context;
    Options m_options; // without `loop`: m_loop is the only reference this client holds
    std::shared_ptr<NetworkLoop> m_loop;
    RateLimiter m_limiter;
    CredentialProvider m_credentials;
    std::string m_baseUrl;   // what goes in the URL (tls-server-name when set)
    std::string m_connectTo; // CURLOPT_CONNECT_TO when tls-server-name differs from the host
    std::string m_caPem;
    std::string m_caFile;
    std::atomic<CallId> m_nextCall{1};
    std::mutex m_observerMutex;
    ObserverFn m_observer;
    // network thread only
    std::unordered_map<CallId, Call> m_calls;
    bool m_fetchingCredentials = false;
    std::vector<CallId> m_waitingForCredentials;
};

} // namespace driftdeck::kube
