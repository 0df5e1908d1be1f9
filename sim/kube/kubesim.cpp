// SPDX-License-Identifier: GPL-3.0-or-later
#include "kubesim.h"

#include "cluster.h"
#include "controllers.h"
#include "pki.h"
#include "protobufdecoder.h"
#include "selector.h"
#include "openapi.h"
#include "table.h"
#include "util.h"
#include "yamlloader.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <mutex>
#include <random>
#include <thread>

#include <httplib.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace kubesim {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

constexpr const char *kJson = "application/json";
constexpr const char *kWatchJson = "application/json;stream=watch";

void sendJson(httplib::Response &res, int code, const json &body)
{
    res.status = code;
    res.set_content(body.dump(), kJson);
}

void sendStatus(httplib::Response &res, const json &status)
{
    sendJson(res, status.value("code", 500), status);
}

// An Accept-Encoding value without "br" (with or without a q-value).
std::string withoutBrotli(const std::string &accept)
{
    std::string out;
    size_t start = 0;
    while (start <= accept.size()) {
        size_t end = accept.find(',', start);
        if (end == std::string::npos)
            end = accept.size();
        std::string token = accept.substr(start, end - start);
        const size_t first = token.find_first_not_of(" \t");
        const size_t nameEnd = token.find_first_of(" \t;", first == std::string::npos ? 0 : first);
        const std::string name = first == std::string::npos ? std::string() : token.substr(first, nameEnd - first);
        if (!name.empty() && name != "br") {
            if (!out.empty())
                out += ", ";
            out += token.substr(first);
        }
        start = end + 1;
    }
    return out;
}

std::string param(const httplib::Request &req, const char *key)
{
    return req.has_param(key) ? req.get_param_value(key) : std::string();
}

struct Identity {
    bool authenticated = false;
    std::string user;
    bool readonly = false;
    bool admin = false;
    std::set<std::string> denied;
    std::vector<std::string> groups;
};

std::string verbFor(const std::string &method, bool hasName, bool watch)
{
    if (method == "GET")
        return watch ? "watch" : (hasName ? "get" : "list");
    if (method == "POST")
        return "create";
    if (method == "PUT")
        return "update";
    if (method == "PATCH")
        return "patch";
    if (method == "DELETE")
        return hasName ? "delete" : "deletecollection";
    return "get";
}

std::string managerFromAgent(const std::string &userAgent)
{
    std::string prefix = userAgent.substr(0, userAgent.find('/'));
    if (prefix.size() > 128)
        prefix.resize(128);
    return prefix.empty() ? std::string("unknown") : prefix;
}

struct WatchState {
    ResourceType type;
    std::string ns;
    Selector labels;
    Selector fields;
    uint64_t cursor = 0;
    bool initial = false;
    bool initialEventsEnd = false;
    bool bookmarks = false;
    bool metadataOnly = false;
    bool table = false;
    uint64_t generation = 0;
    Clock::time_point deadline;
    Clock::time_point lastBookmark;
};

std::string metadataOnlyText(const json &obj)
{
    return json{{"kind", "PartialObjectMetadata"}, {"apiVersion", "meta.k8s.io/v1"}, {"metadata", obj.value("metadata", json::object())}}
        .dump();
}

} // namespace

class Server::Impl
{
public:
    explicit Impl(Options o)
        : options(std::move(o))
        , cluster(options.watchWindow)
    {
        token = options.token.empty() ? randomToken() : options.token;
        adminToken = options.adminToken.empty() ? randomToken() : options.adminToken;
    }

    bool start(std::string *error);
    void stop();
    void dispatch(const httplib::Request &req, httplib::Response &res);
    Identity authenticate(const httplib::Request &req) const;
    bool applyFaults(const httplib::Request &req, httplib::Response &res);
    void handleAdmin(const httplib::Request &req, httplib::Response &res);
    void handleDiscovery(const std::vector<std::string> &seg, const httplib::Request &req, httplib::Response &res);
    void handleResource(const std::vector<std::string> &seg, const httplib::Request &req, httplib::Response &res,
                        const Identity &who);
    void handleList(const ResourceType &type, const std::string &ns, const httplib::Request &req, httplib::Response &res);
    void handleWatch(const ResourceType &type, const std::string &ns, const httplib::Request &req, httplib::Response &res);
    bool seed(std::string *error);
    void churnLoop();
    void controllerLoop();

    Options options;
    Cluster cluster;
    Pki pki;
    std::string token;
    std::string adminToken;
    std::unique_ptr<httplib::Server> http;
    std::thread listenThread;
    std::thread churnThread;
    double churnRate = 0; // guarded by faultMutex; /_sim/churn changes it, 0 pauses
    std::thread controllerThread;
    int boundPort = 0;
    std::atomic<bool> running{false};

    std::mutex faultMutex;
    std::condition_variable faultCv;
    int failCount = 0;
    int failCode = 500;
    int retryAfter = 1;
    int latencyMs = 0;
    bool hang = false;
    bool stopping = false;
};

bool Server::Impl::start(std::string *error)
{
    if (!options.http && !pki.generate(error))
        return false;
    if (!options.http)
        cluster.setCaPem(pki.caPem());
    cluster.bootstrap();
    if (!seed(error))
        return false;

    if (options.http) {
        http = std::make_unique<httplib::Server>();
    } else {
        X509 *serverCert = pki.serverCert();
        EVP_PKEY *serverKey = pki.serverKey();
        X509 *ca = pki.caCert();
        http = std::make_unique<httplib::SSLServer>([serverCert, serverKey, ca](SSL_CTX &ctx) {
            SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION);
            if (SSL_CTX_use_certificate(&ctx, serverCert) != 1 || SSL_CTX_use_PrivateKey(&ctx, serverKey) != 1
                || SSL_CTX_check_private_key(&ctx) != 1)
                return false;
            X509_STORE *store = X509_STORE_new();
            X509_STORE_add_cert(store, ca);
            SSL_CTX_set_cert_store(&ctx, store);
            SSL_CTX_add_client_CA(&ctx, ca);
            // Ask for a client certificate but let token clients in; the handler checks the result.
            SSL_CTX_set_verify(&ctx, SSL_VERIFY_PEER, [](int, X509_STORE_CTX *) { return 1; });
            return true;
        });
        if (!http->is_valid()) {
            if (error)
                *error = "cannot set up TLS";
            return false;
        }
    }
    const size_t threads = static_cast<size_t>(std::max(8, options.threads));
    http->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http->set_keep_alive_max_count(1000);
    http->set_keep_alive_timeout(5);
    http->set_payload_max_length(64 * 1024 * 1024);
    http->set_tcp_nodelay(true);
    auto handler = [this](const httplib::Request &req, httplib::Response &res) {
        // kube-apiserver compresses with gzip only. cpp-httplib picks brotli whenever a client
        // accepts it (libcurl and browsers do), at about 100 ms for one 280 KB list page, which
        // made every paginated list twenty times slower than against a real server. The
        // encodings it may choose from are read after this handler returns.
        auto &headers = const_cast<httplib::Headers &>(req.headers);
        const auto accepted = headers.equal_range("Accept-Encoding");
        for (auto it = accepted.first; it != accepted.second; ++it)
            it->second = withoutBrotli(it->second);
        dispatch(req, res);
    };
    http->Get("(.*)", handler);
    http->Post("(.*)", handler);
    http->Put("(.*)", handler);
    http->Patch("(.*)", handler);
    http->Delete("(.*)", handler);
    http->set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr ep) {
        std::string what = "unknown error";
        try {
            std::rethrow_exception(ep);
        } catch (const std::exception &e) {
            what = e.what();
        } catch (...) {
        }
        sendStatus(res, statusError(500, "InternalError", "Internal error occurred: " + what));
    });

    if (options.port == 0) {
        boundPort = http->bind_to_any_port("127.0.0.1");
    } else {
        boundPort = http->bind_to_port("127.0.0.1", options.port) ? options.port : -1;
    }
    if (boundPort <= 0) {
        if (error)
            *error = "cannot bind 127.0.0.1:" + std::to_string(options.port);
        return false;
    }
    listenThread = std::thread([this] { http->listen_after_bind(); });
    const auto until = Clock::now() + std::chrono::seconds(10);
    while (!http->is_running() && Clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    running = true;
    if (options.controllers)
        controllerThread = std::thread([this] { controllerLoop(); });
    churnRate = options.churnRate;
    if (options.churnRate > 0)
        churnThread = std::thread([this] { churnLoop(); });
    return true;
}

void Server::Impl::stop()
{
    {
        std::lock_guard lock(faultMutex);
        if (stopping && !running)
            return;
        stopping = true;
    }
    faultCv.notify_all();
    {
        std::unique_lock lock(cluster.store().mutex());
        cluster.store().setStopping();
    }
    if (http)
        http->stop();
    if (listenThread.joinable())
        listenThread.join();
    if (churnThread.joinable())
        churnThread.join();
    if (controllerThread.joinable())
        controllerThread.join();
    running = false;
}

Identity Server::Impl::authenticate(const httplib::Request &req) const
{
    Identity who;
    const std::string auth = req.get_header_value("Authorization");
    if (auth.rfind("Bearer ", 0) == 0) {
        const std::string t = trim(auth.substr(7));
        if (t == adminToken) {
            who = {true, "kube-sim-admin", false, true, {}};
        } else if (t == token) {
            who = {true, "kube-sim", false, false, {}};
        } else if (std::find(options.readonlyTokens.begin(), options.readonlyTokens.end(), t) != options.readonlyTokens.end()) {
            who = {true, "kube-sim-readonly", true, false, {}};
        } else if (options.deny.count(t)) {
            who = {true, "kube-sim-restricted", false, false, {}};
        } else {
            return who; // a wrong token is never anonymous
        }
        const auto d = options.deny.find(t);
        if (d != options.deny.end()) {
            who.denied = d->second;
            if (who.user == "kube-sim")
                who.user = "kube-sim-restricted";
        }
        return who;
    }
    if (req.ssl) {
        SSL *ssl = const_cast<SSL *>(req.ssl);
        X509 *peer = SSL_get1_peer_certificate(ssl);
        if (peer) {
            if (SSL_get_verify_result(ssl) == X509_V_OK) {
                char cn[256] = {};
                X509_NAME *subject = X509_get_subject_name(peer);
                X509_NAME_get_text_by_NID(subject, NID_commonName, cn, sizeof cn);
                who = {true, cn, false, false, {}, {}};
                for (int i = X509_NAME_get_index_by_NID(subject, NID_organizationName, -1); i >= 0;
                     i = X509_NAME_get_index_by_NID(subject, NID_organizationName, i)) {
                    ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, i));
                    who.groups.emplace_back(reinterpret_cast<const char *>(ASN1_STRING_get0_data(data)),
                                            static_cast<size_t>(ASN1_STRING_length(data)));
                }
            }
            X509_free(peer);
        }
    }
    return who;
}

bool Server::Impl::applyFaults(const httplib::Request &, httplib::Response &res)
{
    std::unique_lock lock(faultMutex);
    if (hang) {
        faultCv.wait(lock, [this] { return !hang || stopping; });
        if (stopping) {
            sendStatus(res, statusError(503, "ServiceUnavailable", "kube-sim is stopping"));
            return true;
        }
    }
    if (latencyMs > 0) {
        const int ms = latencyMs;
        faultCv.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopping; });
    }
    if (failCount > 0) {
        --failCount;
        if (failCode == 429) {
            res.set_header("Retry-After", std::to_string(retryAfter));
            json s = statusError(429, "TooManyRequests", "Too many requests, please try again later.",
                                 json{{"retryAfterSeconds", retryAfter}});
            sendStatus(res, s);
        } else {
            sendStatus(res, statusError(failCode, failCode == 503 ? "ServiceUnavailable" : "InternalError",
                                        "Internal error occurred: injected fault"));
        }
        return true;
    }
    return false;
}

void Server::Impl::handleAdmin(const httplib::Request &req, httplib::Response &res)
{
    const std::string auth = req.get_header_value("Authorization");
    if (auth.rfind("Bearer ", 0) != 0 || trim(auth.substr(7)) != adminToken) {
        sendStatus(res, statusError(401, "Unauthorized", "Unauthorized"));
        return;
    }
    const std::string what = req.path.substr(std::string("/_sim/").size());
    if (req.method == "GET" && what == "state") {
        res.status = 200;
        res.set_content(cluster.objects().dump(), kJson);
        return;
    }
    if (req.method != "POST") {
        sendStatus(res, statusError(405, "MethodNotAllowed", "use POST"));
        return;
    }
    json reply{{"ok", true}};
    if (what == "close-watches") {
        std::unique_lock lock(cluster.store().mutex());
        cluster.store().closeWatches();
    } else if (what == "fail") {
        std::lock_guard lock(faultMutex);
        failCount = std::max(0, std::atoi(param(req, "count").empty() ? "1" : param(req, "count").c_str()));
        failCode = param(req, "code").empty() ? 500 : std::atoi(param(req, "code").c_str());
        retryAfter = param(req, "retryAfter").empty() ? 1 : std::atoi(param(req, "retryAfter").c_str());
        reply["count"] = failCount;
        reply["code"] = failCode;
    } else if (what == "latency") {
        std::lock_guard lock(faultMutex);
        latencyMs = std::max(0, std::atoi(param(req, "ms").c_str()));
        reply["ms"] = latencyMs;
    } else if (what == "compact") {
        std::unique_lock lock(cluster.store().mutex());
        cluster.store().compact();
        reply["resourceVersion"] = std::to_string(cluster.store().currentRv());
    } else if (what == "epoch") {
        std::unique_lock lock(cluster.store().mutex());
        cluster.store().restartEpoch();
        reply["resourceVersion"] = std::to_string(cluster.store().currentRv());
    } else if (what == "churn") {
        // Changes the background edit rate; 0 pauses. Only a server started with churn has the loop.
        const double rate = std::max(0.0, std::atof(param(req, "rate").c_str()));
        {
            std::lock_guard lock(faultMutex);
            if (!churnThread.joinable()) {
                sendStatus(res, statusError(409, "Conflict", "churn is off: start kube-sim with --churn RATE"));
                return;
            }
            churnRate = rate;
        }
        faultCv.notify_all();
        reply["rate"] = rate;
    } else if (what == "hang") {
        {
            std::lock_guard lock(faultMutex);
            hang = param(req, "on") != "0";
            reply["hang"] = hang;
        }
        faultCv.notify_all();
    } else {
        sendStatus(res, statusError(404, "NotFound", "unknown admin endpoint " + req.path));
        return;
    }
    sendJson(res, 200, reply);
}

void Server::Impl::dispatch(const httplib::Request &req, httplib::Response &res)
{
    if (req.path.rfind("/_sim/", 0) == 0) {
        handleAdmin(req, res);
        return;
    }
    if (applyFaults(req, res))
        return;
    if (req.path == "/healthz" || req.path == "/livez" || req.path == "/readyz") {
        res.status = 200;
        res.set_content("ok", "text/plain");
        return;
    }
    if (req.path == "/version") {
        sendJson(res, 200,
                 json{{"major", "1"},
                      {"minor", "32"},
                      {"gitVersion", "v1.32.0-kube-sim"},
                      {"gitCommit", "0000000000000000000000000000000000000000"},
                      {"gitTreeState", "clean"},
                      {"buildDate", "2026-01-01T00:00:00Z"},
                      {"goVersion", "go1.23.0"},
                      {"compiler", "gc"},
                      {"platform", "linux/amd64"}});
        return;
    }
    const Identity who = authenticate(req);
    if (!who.authenticated) {
        sendStatus(res, statusError(401, "Unauthorized", "Unauthorized"));
        return;
    }
    std::vector<std::string> seg;
    for (const auto &s : split(req.path, '/')) {
        if (!s.empty())
            seg.push_back(s);
    }
    if (seg.empty()) {
        sendJson(res, 200, json{{"paths", json::array({"/api", "/api/v1", "/apis", "/openapi/v3", "/version"})}});
        return;
    }
    if (seg[0] == "openapi") {
        handleDiscovery(seg, req, res);
        return;
    }
    const bool core = seg[0] == "api";
    if ((core && seg.size() <= 2) || (seg[0] == "apis" && seg.size() <= 3)) {
        handleDiscovery(seg, req, res);
        return;
    }
    if (seg[0] != "api" && seg[0] != "apis") {
        sendStatus(res, statusError(404, "NotFound", "the server could not find the requested resource"));
        return;
    }
    handleResource(seg, req, res, who);
}

void Server::Impl::handleDiscovery(const std::vector<std::string> &seg, const httplib::Request &, httplib::Response &res)
{
    if (seg[0] == "openapi") {
        if (seg.size() >= 2 && seg[1] == "v3") {
            const json doc = OpenApi::document(cluster.registry(), seg);
            if (doc.is_null()) {
                sendStatus(res, statusError(404, "NotFound", "the server could not find the requested resource"));
                return;
            }
            sendJson(res, 200, doc);
            return;
        }
        sendStatus(res, statusError(404, "NotFound", "the server could not find the requested resource"));
        return;
    }
    if (seg[0] == "api") {
        if (seg.size() == 1) {
            sendJson(res, 200, cluster.registry().apiVersions("127.0.0.1:" + std::to_string(boundPort)));
            return;
        }
        if (seg[1] == "v1") {
            sendJson(res, 200, cluster.registry().resourceList("", "v1"));
            return;
        }
    } else {
        if (seg.size() == 1) {
            sendJson(res, 200, cluster.registry().apiGroupList());
            return;
        }
        const json groups = cluster.registry().apiGroupList()["groups"];
        for (const auto &g : groups) {
            if (g["name"] != seg[1])
                continue;
            if (seg.size() == 2) {
                json group = g;
                group["kind"] = "APIGroup";
                group["apiVersion"] = "v1";
                sendJson(res, 200, group);
                return;
            }
            if (cluster.registry().hasGroupVersion(seg[1], seg[2])) {
                sendJson(res, 200, cluster.registry().resourceList(seg[1], seg[2]));
                return;
            }
        }
    }
    sendStatus(res, statusError(404, "NotFound", "the server could not find the requested resource"));
}

void Server::Impl::handleResource(const std::vector<std::string> &seg, const httplib::Request &req,
                                  httplib::Response &res, const Identity &who)
{
    const bool core = seg[0] == "api";
    const std::string group = core ? std::string() : seg[1];
    const std::string version = core ? seg[1] : seg[2];
    std::vector<std::string> rest(seg.begin() + (core ? 2 : 3), seg.end());
    std::string ns;
    std::string plural;
    std::string name;
    std::string sub;
    if (rest.size() >= 2 && rest[0] == "namespaces" && core
        && (rest.size() == 2 || (rest.size() == 3 && (rest[2] == "status" || rest[2] == "finalize")))) {
        plural = "namespaces";
        name = rest[1];
        if (rest.size() == 3)
            sub = rest[2];
    } else if (rest.size() >= 3 && rest[0] == "namespaces") {
        ns = rest[1];
        plural = rest[2];
        if (rest.size() >= 4)
            name = rest[3];
        if (rest.size() >= 5)
            sub = rest[4];
        if (rest.size() > 5) {
            sendStatus(res, statusError(404, "NotFound", "the server could not find the requested resource"));
            return;
        }
    } else if (!rest.empty() && rest.size() <= 3) {
        plural = rest[0];
        if (rest.size() >= 2)
            name = rest[1];
        if (rest.size() >= 3)
            sub = rest[2];
    } else {
        sendStatus(res, statusError(404, "NotFound", "the server could not find the requested resource"));
        return;
    }
    const auto type = cluster.registry().find(group, version, plural);
    if (!type || (!type->namespaced && !ns.empty())) {
        sendStatus(res, statusError(404, "NotFound", "the server could not find the requested resource"));
        return;
    }
    if (sub == "finalize" || (!sub.empty() && sub != "status" && sub != "scale") || (sub == "status" && !type->hasStatus)
        || (sub == "scale" && !type->hasScale)) {
        sendStatus(res, statusError(404, "NotFound", "the server could not find the requested resource"));
        return;
    }
    if (type->namespaced && name.empty() == false && ns.empty()) {
        sendStatus(res, statusError(404, "NotFound", "the server could not find the requested resource"));
        return;
    }
    const std::string watchParam = param(req, "watch");
    const bool watch = req.method == "GET" && name.empty() && (watchParam == "1" || watchParam == "true");
    const std::string verb = verbFor(req.method, !name.empty(), watch);
    const std::string resourceName = sub.empty() ? plural : plural + "/" + sub;
    const std::string scope = type->namespaced && !ns.empty() ? "in the namespace \"" + ns + "\"" : "at the cluster scope";
    const bool readVerb = verb == "get" || verb == "list" || verb == "watch";
    if ((who.readonly && !readVerb) || (readVerb && who.denied.count(plural))) {
        const std::string subject = name.empty() ? type->qualifiedName() : type->qualifiedName() + " \"" + name + "\"";
        sendStatus(res, statusError(403, "Forbidden",
                                    subject + " is forbidden: User \"" + who.user + "\" cannot " + verb + " resource \""
                                        + resourceName + "\" in API group \"" + group + "\" " + scope,
                                    json{{"name", name}, {"group", group}, {"kind", plural}}));
        return;
    }
    if (type->kind == "SelfSubjectReview") {
        if (req.method != "POST") {
            sendStatus(res, statusError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource"));
            return;
        }
        std::vector<std::string> groups = who.groups;
        if (!who.readonly && who.denied.empty() && who.groups.empty())
            groups.push_back("system:masters");
        groups.push_back("system:authenticated");
        sendJson(res, 201, json{{"kind", "SelfSubjectReview"}, {"apiVersion", "authentication.k8s.io/v1"},
                                {"metadata", json{{"creationTimestamp", nowRfc3339()}}},
                                {"status", json{{"userInfo", json{{"username", who.user}, {"groups", groups}}}}}});
        return;
    }
    WriteContext ctx;
    ctx.manager = param(req, "fieldManager");
    if (ctx.manager.empty() && req.method == "PATCH"
        && req.get_header_value("Content-Type").rfind("application/apply-patch", 0) == 0) {
        sendStatus(res, statusError(422, "Invalid",
                                    "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch",
                                    json{{"group", "meta.k8s.io"}, {"kind", "PatchOptions"},
                                         {"causes", json::array({json{{"reason", "FieldValueRequired"},
                                                                      {"message", "Required value: is required for apply patch"},
                                                                      {"field", "fieldManager"}}})}}));
        return;
    }
    if (ctx.manager.empty())
        ctx.manager = managerFromAgent(req.get_header_value("User-Agent"));
    ctx.dryRun = param(req, "dryRun") == "All";
    ctx.force = param(req, "force") == "true";
    ctx.subresource = sub;
    Reply reply;
    const bool protobuf = (req.method == "POST" || req.method == "PUT")
        && req.get_header_value("Content-Type").find("protobuf") != std::string::npos;
    json decoded;
    if (protobuf) {
        std::string error;
        auto obj = ProtobufDecoder::decode(req.body, *type, &error);
        if (!obj) {
            sendStatus(res, statusError(415, "UnsupportedMediaType", error));
            return;
        }
        decoded = std::move(*obj);
    }
    if (req.method == "GET") {
        if (watch) {
            handleWatch(*type, ns, req, res);
            return;
        }
        if (name.empty()) {
            handleList(*type, ns, req, res);
            return;
        }
        reply = cluster.get(*type, ns, name, sub);
        if (reply.code == 200 && sub.empty()
            && req.get_header_value("Accept").find("as=PartialObjectMetadata") != std::string::npos) {
            res.status = 200;
            res.set_content(metadataOnlyText(reply.body), kJson);
            return;
        }
        if (reply.code == 200 && req.get_header_value("Accept").find("as=Table") != std::string::npos) {
            sendJson(res, 200, Table::forObjects(*type, {reply.body}, reply.body["metadata"].value("resourceVersion", std::string()), {}));
            return;
        }
    } else if (req.method == "POST") {
        if (!name.empty()) {
            sendStatus(res, statusError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource"));
            return;
        }
        json body = protobuf ? decoded : YamlLoader::parseOne(req.body, nullptr);
        reply = cluster.create(*type, ns, std::move(body), ctx);
    } else if (req.method == "PUT") {
        json body = protobuf ? decoded : YamlLoader::parseOne(req.body, nullptr);
        reply = cluster.update(*type, ns, name, std::move(body), ctx);
    } else if (req.method == "PATCH") {
        reply = cluster.patch(*type, ns, name, req.get_header_value("Content-Type"), req.body, ctx);
    } else if (req.method == "DELETE") {
        // DeleteOptions in the body: dryRun, preconditions, propagationPolicy
        const json options = req.body.empty() ? json() : json::parse(req.body, nullptr, false);
        if (options.is_object()) {
            for (const auto &d : options.value("dryRun", json::array())) {
                if (d == "All")
                    ctx.dryRun = true;
            }
            const json pre = options.value("preconditions", json::object());
            if (pre.is_object()) {
                ctx.preconditionUid = pre.value("uid", std::string());
                ctx.preconditionResourceVersion = pre.value("resourceVersion", std::string());
            }
            ctx.orphan = options.value("propagationPolicy", std::string()) == "Orphan"
                || options.value("orphanDependents", false);
        }
        if (param(req, "propagationPolicy") == "Orphan")
            ctx.orphan = true;
        if (name.empty())
            reply = cluster.removeCollection(*type, ns, param(req, "labelSelector"), ctx);
        else
            reply = cluster.remove(*type, ns, name, ctx);
    }
    sendJson(res, reply.code, reply.body);
}

void Server::Impl::handleList(const ResourceType &type, const std::string &ns, const httplib::Request &req,
                              httplib::Response &res)
{
    std::string error;
    const Selector labels = Selector::parseLabels(param(req, "labelSelector"), &error);
    if (!error.empty()) {
        sendStatus(res, statusError(400, "BadRequest", "unable to parse requirement: " + error));
        return;
    }
    const Selector fields = Selector::parseFields(param(req, "fieldSelector"), &error);
    if (!error.empty()) {
        sendStatus(res, statusError(400, "BadRequest", error));
        return;
    }
    const long limit = param(req, "limit").empty() ? 0 : std::atol(param(req, "limit").c_str());
    std::string startAfter;
    uint64_t listRv = 0;
    long remainingHint = -1; // carried in the token so each page does not count the rest again
    const std::string cont = param(req, "continue");
    if (!cont.empty()) {
        bool ok = false;
        const json token = json::parse(base64UrlDecode(cont, &ok), nullptr, false);
        if (!ok || !token.is_object() || !token.contains("rv") || !token.contains("start")) {
            sendStatus(res, statusError(400, "BadRequest", "continue key is not valid: incorrect encoded start resourceVersion"));
            return;
        }
        listRv = token["rv"].get<uint64_t>();
        startAfter = token["start"].get<std::string>();
        remainingHint = token.value("rem", -1L);
    }
    std::vector<ObjectPtr> items;
    std::string nextKey;
    long remaining = -1;
    {
        std::shared_lock lock(cluster.store().mutex());
        const Store &store = cluster.store();
        // Later pages are rebuilt from the events since the first page (below): once those are
        // out of the window (compaction, an epoch restart, or just many writes), the token has
        // expired, as etcd's compaction expires it.
        if (!cont.empty() && listRv < store.historyStart()) {
            lock.unlock();
            sendStatus(res, statusError(410, "Expired",
                                        "The provided continue parameter is too old to display a consistent list result. "
                                        "You can start a new list without the continue parameter, or use the continue "
                                        "token in this response to retrieve the remainder of the results. Continuing with "
                                        "the provided token results in an inconsistent list - objects that were created, "
                                        "modified, or deleted between the time the first chunk was returned and now may "
                                        "show up in the list."));
            return;
        }
        if (cont.empty())
            listRv = store.currentRv();
        const Store::Bucket *bucket = store.bucket(type.storageKey());
        // A continued list is served as of its first page's resourceVersion, as etcd does:
        // objects changed since then are listed in their state at that version, objects created
        // since are left out and objects deleted since are still listed. The state at listRv is
        // the one before the first later event touching the object.
        Store::Bucket asOfList; // key -> state at listRv; nullptr when it did not exist yet
        if (!cont.empty()) {
            const auto &events = store.events();
            for (size_t i = store.firstEventAfter(listRv); i < events.size(); ++i) {
                const WatchEvent &e = events[i];
                if (e.storageKey != type.storageKey())
                    continue;
                const json &m = e.object->object["metadata"];
                asOfList.try_emplace(Store::objectKey(type.namespaced ? m.value("namespace", std::string()) : std::string(),
                                                      m.value("name", std::string())),
                                     e.type == "ADDED" ? nullptr : e.previous);
            }
        }
        if (bucket || !asOfList.empty()) {
            static const Store::Bucket kEmpty;
            const Store::Bucket &live = bucket ? *bucket : kEmpty;
            const std::string prefix = type.namespaced && !ns.empty() ? ns + "/" : std::string();
            const auto firstOf = [&](const Store::Bucket &b) {
                return startAfter.empty() ? (prefix.empty() ? b.begin() : b.lower_bound(prefix))
                                          : b.upper_bound(std::max(startAfter, prefix));
            };
            auto it = firstOf(live);
            auto old = firstOf(asOfList);
            const auto inScope = [&](const std::string &key) {
                return prefix.empty() || key.compare(0, prefix.size(), prefix) == 0;
            };
            const bool filtered = !labels.empty() || !fields.empty();
            bool more = false;
            while (true) {
                const bool liveLeft = it != live.end() && inScope(it->first);
                const bool oldLeft = old != asOfList.end() && inScope(old->first);
                if (!liveLeft && !oldLeft)
                    break;
                ObjectPtr candidate;
                if (oldLeft && (!liveLeft || old->first <= it->first)) {
                    if (liveLeft && old->first == it->first)
                        ++it;
                    candidate = old->second;
                    ++old;
                } else {
                    candidate = it->second;
                    ++it;
                }
                if (!candidate)
                    continue;
                if (filtered && (!labels.matches(candidate->object) || !fields.matches(candidate->object)))
                    continue;
                if (limit > 0 && static_cast<long>(items.size()) >= limit) {
                    more = !items.empty();
                    break;
                }
                items.push_back(std::move(candidate));
            }
            if (more && !filtered && remainingHint >= 0) {
                remaining = std::max(0L, remainingHint - static_cast<long>(items.size()));
            } else if (more && !filtered && asOfList.empty()) {
                // remainingItemCount for unfiltered lists: one more than what is left after the
                // candidate that did not fit
                long n = 1;
                for (auto r = it; r != live.end() && inScope(r->first); ++r)
                    ++n;
                remaining = n;
            }
            if (more) {
                // the key of the last returned item
                const json &last = items.back()->object["metadata"];
                nextKey = Store::objectKey(type.namespaced ? last.value("namespace", std::string()) : std::string(),
                                           last.value("name", std::string()));
            }
        }
    }
    json meta{{"resourceVersion", std::to_string(listRv)}};
    if (!nextKey.empty()) {
        json token{{"rv", listRv}, {"start", nextKey}};
        if (remaining >= 0)
            token["rem"] = remaining;
        meta["continue"] = base64UrlEncode(token.dump());
        if (remaining >= 0)
            meta["remainingItemCount"] = remaining;
    }
    const std::string accept = req.get_header_value("Accept");
    if (accept.find("as=Table") != std::string::npos) {
        std::vector<json> objs;
        objs.reserve(items.size());
        for (const auto &i : items)
            objs.push_back(i->object);
        sendJson(res, 200, Table::forObjects(type, objs, std::to_string(listRv), meta.value("continue", std::string())));
        return;
    }
    const bool metadataOnly = accept.find("as=PartialObjectMetadataList") != std::string::npos;
    std::string body;
    body.reserve(items.size() * 512 + 256);
    if (metadataOnly)
        body += R"({"kind":"PartialObjectMetadataList","apiVersion":"meta.k8s.io/v1","metadata":)";
    else
        body += R"({"kind":")" + type.listKind + R"(","apiVersion":")" + type.apiVersion() + R"(","metadata":)";
    body += meta.dump();
    body += R"(,"items":[)";
    bool first = true;
    for (const auto &i : items) {
        if (!first)
            body += ',';
        first = false;
        body += metadataOnly ? metadataOnlyText(i->object) : i->text;
    }
    body += "]}";
    res.status = 200;
    res.set_content(body, kJson);
}

void Server::Impl::handleWatch(const ResourceType &type, const std::string &ns, const httplib::Request &req,
                               httplib::Response &res)
{
    std::string error;
    auto st = std::make_shared<WatchState>();
    st->labels = Selector::parseLabels(param(req, "labelSelector"), &error);
    if (error.empty())
        st->fields = Selector::parseFields(param(req, "fieldSelector"), &error);
    if (!error.empty()) {
        sendStatus(res, statusError(400, "BadRequest", error));
        return;
    }
    st->type = type;
    st->ns = type.namespaced ? ns : std::string();
    const std::string rv = param(req, "resourceVersion");
    st->initial = rv.empty() || rv == "0";
    st->initialEventsEnd = param(req, "sendInitialEvents") == "true";
    if (st->initialEventsEnd)
        st->initial = true;
    st->bookmarks = param(req, "allowWatchBookmarks") == "true" || param(req, "allowWatchBookmarks") == "1";
    st->metadataOnly = req.get_header_value("Accept").find("as=PartialObjectMetadata") != std::string::npos;
    st->table = req.get_header_value("Accept").find("as=Table") != std::string::npos;
    if (!st->initial) {
        try {
            st->cursor = std::stoull(rv);
        } catch (...) {
            sendStatus(res, statusError(400, "BadRequest", "invalid resource version: " + rv));
            return;
        }
    }
    const long timeout = param(req, "timeoutSeconds").empty() ? 1800 : std::atol(param(req, "timeoutSeconds").c_str());
    st->deadline = Clock::now() + std::chrono::seconds(std::max(1L, timeout));
    st->lastBookmark = Clock::now();
    {
        std::shared_lock lock(cluster.store().mutex());
        st->generation = cluster.store().watchGeneration();
    }
    const int bookmarkMs = std::max(10, options.bookmarkIntervalMs);
    Store *store = &cluster.store();
    auto line = [st](const char *type, const ObjectPtr &obj) {
        std::string s = R"({"type":")";
        s += type;
        s += R"(","object":)";
        if (st->table)
            s += Table::forObjects(st->type, {obj->object}, obj->object["metadata"].value("resourceVersion", std::string()), {}).dump();
        else
            s += st->metadataOnly ? metadataOnlyText(obj->object) : obj->text;
        s += "}\n";
        return s;
    };
    auto bookmark = [st](uint64_t rv, bool initialEnd) {
        json obj{{"kind", st->type.kind}, {"apiVersion", st->type.apiVersion()},
                 {"metadata", json{{"resourceVersion", std::to_string(rv)}}}};
        if (initialEnd)
            obj["metadata"]["annotations"] = json{{"k8s.io/initial-events-end", "true"}};
        return json{{"type", "BOOKMARK"}, {"object", obj}}.dump() + "\n";
    };
    res.status = 200;
    res.set_chunked_content_provider(kWatchJson, [st, store, line, bookmark, bookmarkMs](size_t, httplib::DataSink &sink) {
        std::string out;
        bool finish = false;
        bool coalesce = false;
        std::vector<WatchEvent> pending;
        {
            std::shared_lock lock(store->mutex());
            if (store->stopping() || store->watchGeneration() != st->generation || Clock::now() >= st->deadline) {
                finish = true;
            } else if (st->initial) {
                if (const Store::Bucket *bucket = store->bucket(st->type.storageKey())) {
                    const std::string prefix = st->ns.empty() ? std::string() : st->ns + "/";
                    for (auto it = prefix.empty() ? bucket->begin() : bucket->lower_bound(prefix); it != bucket->end(); ++it) {
                        if (!prefix.empty() && it->first.compare(0, prefix.size(), prefix) != 0)
                            break;
                        if (st->labels.matches(it->second->object) && st->fields.matches(it->second->object))
                            out += line("ADDED", it->second);
                    }
                }
                st->cursor = store->currentRv();
                st->initial = false;
                if (st->initialEventsEnd && st->bookmarks)
                    out += bookmark(st->cursor, true);
            } else if (st->cursor < store->historyStart()) {
                const json status = statusError(410, "Expired",
                                                "too old resource version: " + std::to_string(st->cursor) + " ("
                                                    + std::to_string(store->historyStart() + 1) + ")");
                out = json{{"type", "ERROR"}, {"object", status}}.dump() + "\n";
                finish = true;
            } else {
                const auto &events = store->events();
                size_t i = store->firstEventAfter(st->cursor);
                if (i >= events.size()) {
                    const auto now = Clock::now();
                    if (st->bookmarks && now - st->lastBookmark >= std::chrono::milliseconds(bookmarkMs)) {
                        st->cursor = std::max(st->cursor, store->currentRv());
                        out = bookmark(st->cursor, false);
                        st->lastBookmark = now;
                    } else {
                        auto wait = std::chrono::milliseconds(200);
                        if (st->bookmarks)
                            wait = std::min<std::chrono::milliseconds>(
                                wait, std::chrono::duration_cast<std::chrono::milliseconds>(
                                          st->lastBookmark + std::chrono::milliseconds(bookmarkMs) - now)
                                          + std::chrono::milliseconds(1));
                        coalesce = store->changed().wait_for(lock, wait) == std::cv_status::no_timeout;
                    }
                } else {
                    // Copy references only: matching and serialising happen after the lock is gone,
                    // so writers are not starved by many watchers.
                    for (size_t n = 0; i < events.size() && n < 5000; ++i, ++n) {
                        const WatchEvent &ev = events[i];
                        st->cursor = ev.rv;
                        if (ev.storageKey != st->type.storageKey() || (!st->ns.empty() && ev.ns != st->ns))
                            continue;
                        pending.push_back(ev);
                    }
                }
            }
        }
        for (const WatchEvent &ev : pending) {
            const bool now = st->labels.matches(ev.object->object) && st->fields.matches(ev.object->object);
            if (ev.type == "MODIFIED" && ev.previous) {
                const bool before = st->labels.matches(ev.previous->object) && st->fields.matches(ev.previous->object);
                if (now && !before)
                    out += line("ADDED", ev.object);
                else if (!now && before)
                    out += line("DELETED", ev.object);
                else if (now)
                    out += line("MODIFIED", ev.object);
            } else if (now) {
                out += line(ev.type.c_str(), ev.object);
            }
        }
        if (coalesce) {
            // Woken by a write: give the writer a moment so events go out in batches, not one
            // TLS record per event per watcher.
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        if (!out.empty() && !sink.write(out.data(), out.size()))
            return false;
        if (finish)
            sink.done();
        return true;
    });
}

bool Server::Impl::seed(std::string *error)
{
    if (!options.seedDir.empty()) {
        std::string err;
        auto docs = YamlLoader::loadDirectory(options.seedDir, &err);
        if (!err.empty()) {
            if (error)
                *error = err;
            return false;
        }
        // Definitions and namespaces first, as a GitOps controller orders them.
        auto rank = [](const json &d) {
            const std::string kind = d.value("kind", std::string());
            if (kind == "CustomResourceDefinition")
                return 0;
            if (kind == "Namespace")
                return 1;
            return 2;
        };
        std::stable_sort(docs.begin(), docs.end(), [&](const json &a, const json &b) { return rank(a) < rank(b); });
        std::erase_if(docs, [](const json &d) {
            return d.value("apiVersion", std::string()).rfind("kustomize.config.k8s.io/", 0) == 0;
        });
        for (auto &doc : docs) {
            for (const auto &[k, v] : options.seedLabels)
                doc["metadata"]["labels"][k] = v;
            Reply r = cluster.applyObject(doc, options.seedManager, true, true);
            if (r.code >= 300) {
                if (error)
                    *error = "seeding " + doc.value("kind", std::string()) + " "
                        + doc.value("metadata", json::object()).value("name", std::string()) + ": "
                        + r.body.value("message", std::string());
                return false;
            }
        }
    }
    if (options.syntheticConfigMaps > 0) {
        const auto cm = cluster.registry().find("", "v1", "configmaps");
        cluster.applyObject(json{{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", {{"name", "synthetic"}}}},
                            "kube-sim", true, false);
        for (int i = 0; i < options.syntheticConfigMaps; ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "cm-%06d", i);
            WriteContext ctx;
            ctx.manager = "kube-sim";
            cluster.create(*cm, "synthetic",
                           json{{"metadata", {{"name", name}, {"labels", {{"app", "synthetic"}, {"shard", std::to_string(i % 10)}}}}},
                                {"data", {{"index", std::to_string(i)}, {"payload", "synthetic configmap payload"}}}},
                           ctx);
            // Steady churn keeps the data level, not only the object count: the first label or
            // annotate edit of an object adds a key and a managedFields entry, later ones only
            // change a value and a time. Made here, every object starts at its steady size, so
            // growth in a watcher over a soak run is the watcher's own, not the cluster's.
            if (options.churnSteady) {
                churnTouch(cluster, *cm, "synthetic", name, true, "0");
                churnTouch(cluster, *cm, "synthetic", name, false, "0");
            }
        }
    }
    return true;
}

void Server::Impl::controllerLoop()
{
    Controllers controllers(cluster);
    std::unique_lock lock(faultMutex);
    while (!stopping) {
        lock.unlock();
        controllers.reconcile();
        lock.lock();
        faultCv.wait_for(lock, std::chrono::milliseconds(100), [this] { return stopping; });
    }
}

void Server::Impl::churnLoop()
{
    Churn churn(cluster, options.churnSeed, options.churnSteady);
    std::unique_lock lock(faultMutex);
    double rate = churnRate;
    auto intervalFor = [](double r) {
        return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / r));
    };
    auto next = Clock::now() + intervalFor(rate);
    while (!stopping) {
        if (churnRate <= 0) { // paused through /_sim/churn
            faultCv.wait(lock, [this] { return stopping || churnRate > 0; });
            rate = churnRate;
            next = Clock::now() + (stopping ? Clock::duration() : intervalFor(rate));
            continue;
        }
        if (churnRate != rate) {
            rate = churnRate;
            next = Clock::now() + intervalFor(rate);
        }
        faultCv.wait_until(lock, next, [this, rate] { return stopping || churnRate != rate; });
        if (stopping)
            break;
        if (churnRate != rate)
            continue;
        lock.unlock();
        churn.step();
        lock.lock();
        next += intervalFor(rate);
        if (next < Clock::now() - std::chrono::seconds(1))
            next = Clock::now();
    }
}

Server::Server(Options options)
    : d(std::make_unique<Impl>(std::move(options)))
{
}

Server::~Server()
{
    stop();
}

bool Server::start(std::string *error)
{
    return d->start(error);
}

void Server::stop()
{
    d->stop();
}

int Server::port() const
{
    return d->boundPort;
}

std::string Server::url() const
{
    return std::string(d->options.http ? "http" : "https") + "://127.0.0.1:" + std::to_string(d->boundPort);
}

bool Server::writeKubeconfig(const std::string &path, const std::string &contextName) const
{
    std::ofstream out(path, std::ios::trunc);
    if (!out)
        return false;
    out << "apiVersion: v1\nkind: Config\nclusters:\n- name: " << contextName << "\n  cluster:\n    server: " << url()
        << "\n";
    if (!d->options.http)
        out << "    certificate-authority-data: " << base64Encode(caPem()) << "\n";
    out << "contexts:\n- name: " << contextName << "\n  context:\n    cluster: " << contextName << "\n    user: "
        << contextName << "\n    namespace: default\ncurrent-context: " << contextName << "\nusers:\n- name: "
        << contextName << "\n  user:\n    token: " << d->token << "\n";
    out.flush();
    return static_cast<bool>(out);
}

std::string Server::caPem() const
{
    return d->options.http ? std::string() : d->pki.caPem();
}

std::pair<std::string, std::string> Server::issueClientCert(const std::string &user, const std::vector<std::string> &groups) const
{
    return d->pki.issueClient(user, groups);
}

std::string Server::token() const
{
    return d->token;
}

std::string Server::adminToken() const
{
    return d->adminToken;
}

json Server::apply(const json &obj, const std::string &manager)
{
    return d->cluster.applyObject(obj, manager, true, true).body;
}

json Server::remove(const std::string &apiVersion, const std::string &kind, const std::string &ns,
                    const std::string &name)
{
    const auto type = d->cluster.registry().findKind(apiVersion, kind);
    if (!type)
        return statusError(404, "NotFound", "no matches for kind \"" + kind + "\" in version \"" + apiVersion + "\"");
    WriteContext ctx;
    ctx.manager = "kube-sim";
    return d->cluster.remove(*type, type->namespaced ? ns : std::string(), name, ctx).body;
}

json Server::objects() const
{
    return d->cluster.objects();
}

} // namespace kubesim
