// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/kubeclient.h"

#include "core/common/logging.h"
#include "core/kube/watchevent.h"

#include <curl/curl.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <future>
#include <thread>

namespace driftdeck::kube {

const char *failureKindName(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None: return "none";
    case FailureKind::Dns: return "dns";
    case FailureKind::Refused: return "refused";
    case FailureKind::Tls: return "tls";
    case FailureKind::Timeout: return "timeout";
    case FailureKind::Unauthorized: return "unauthorized";
    case FailureKind::Forbidden: return "forbidden";
    case FailureKind::Credentials: return "credentials";
    case FailureKind::Connection: return "connection";
    }
    return "unknown";
}

namespace {

FailureKind classifyCurl(int code)
{
    switch (CURLcode(code)) {
    case CURLE_OK: return FailureKind::None;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY: return FailureKind::Dns;
    case CURLE_COULDNT_CONNECT: return FailureKind::Refused;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE: return FailureKind::Tls;
    case CURLE_OPERATION_TIMEDOUT: return FailureKind::Timeout;
    default: return FailureKind::Connection;
    }
}

std::string statusMessage(const std::string &body)
{
    nlohmann::json doc = nlohmann::json::parse(body, nullptr, false);
    if (doc.is_object()) {
        auto msg = doc.find("message");
        if (msg != doc.end() && msg->is_string())
            return msg->get<std::string>();
    }
    return body.substr(0, 300);
}

} // namespace

KubeClient::KubeClient(const ResolvedContext &context, Options options)
    : m_context(context),
      m_options(std::move(options)),
      m_loop(m_options.loop ? m_options.loop : NetworkLoop::shared()),
      m_limiter(m_options.qps, m_options.burst),
      m_credentials(context.user, context.cluster, m_options.exec)
{
    m_options.loop.reset();
}

KubeClient::~KubeClient()
{
    // The last reference to a client can go away inside a network-thread callback; if it also
    // held the last reference to the loop, the loop must be destroyed (joined) elsewhere.
    if (m_loop && m_loop->isLoopThread() && m_loop.use_count() == 1)
        std::thread([loop = std::move(m_loop)]() mutable { loop.reset(); }).detach();
}

Result<std::shared_ptr<KubeClient>> KubeClient::create(const ResolvedContext &context, Options options)
{
    const QUrl url(context.cluster.server);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
        return Error(QCoreApplication::translate("driftdeck::kube", "The server address “%1” of cluster %2 is not an http or https URL.")
                         .arg(context.cluster.server, context.cluster.name),
                     QStringLiteral("invalid server URL"));
    if (context.cluster.certificateAuthorityData.isEmpty() && !context.cluster.certificateAuthority.isEmpty()
        && !QFileInfo::exists(context.cluster.certificateAuthority))
        return Error(QCoreApplication::translate("driftdeck::kube", "The certificate authority file %1 of cluster %2 does not exist.")
                         .arg(context.cluster.certificateAuthority, context.cluster.name),
                     QStringLiteral("stat %1: no such file").arg(context.cluster.certificateAuthority));
    auto client = std::make_shared<KubeClient>(context, std::move(options));
    QString base = context.cluster.server;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (!context.cluster.tlsServerName.isEmpty() && context.cluster.tlsServerName != url.host()) {
        // Verify and send SNI for tls-server-name while connecting to the real address.
        const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
        QUrl named = url;
        named.setHost(context.cluster.tlsServerName);
        named.setPort(port);
        base = named.toString(QUrl::FullyEncoded);
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        const QString host = url.host().contains(QLatin1Char(':')) ? QLatin1Char('[') + url.host() + QLatin1Char(']') : url.host();
        client->m_connectTo = QStringLiteral("%1:%2:%3:%2").arg(context.cluster.tlsServerName).arg(port).arg(host).toStdString();
    }
    client->m_baseUrl = base.toStdString();
    client->m_caPem = context.cluster.certificateAuthorityData.toStdString();
    if (client->m_caPem.empty() && !context.cluster.certificateAuthority.isEmpty()) {
        // Read here with a size limit rather than letting TLS read the path: a CA path of
        // /dev/zero or a huge file is a clear error, not a hang.
        const Result<QByteArray> ca = readReferencedFile(context.cluster.certificateAuthority);
        if (!ca)
            return Error(QCoreApplication::translate("driftdeck::kube", "Cluster %1: %2").arg(context.cluster.name, ca.error().message),
                         ca.error().cause);
        client->m_caPem = ca->toStdString();
        if (client->m_caPem.empty()) // an empty file: let TLS name the problem
            client->m_caFile = context.cluster.certificateAuthority.toStdString();
    }
    return client;
}

void KubeClient::setObserver(ObserverFn observer)
{
    std::lock_guard lock(m_observerMutex);
    m_observer = std::move(observer);
}

KubeClient::CallId KubeClient::send(ApiRequest request, DoneFn onDone, DataFn onData)
{
    const CallId id = m_nextCall++;
    auto self = shared_from_this();
    Call call{std::move(request), std::move(onDone), std::move(onData)};
    if (m_loop->isLoopThread()) {
        // Registered now, so a cancel() later in this same task finds it: otherwise the call
        // was only queued, the cancel found nothing, and the call (a watch, say) ran on with
        // its callbacks holding this client and its owner alive.
        m_calls.emplace(id, std::move(call));
        m_loop->post([self, id] { self->schedule(id); });
        return id;
    }
    auto queued = std::make_shared<Call>(std::move(call));
    m_loop->post([self, id, queued] {
        self->m_calls.emplace(id, std::move(*queued));
        self->schedule(id);
    });
    return id;
}

void KubeClient::cancel(CallId id)
{
    auto self = shared_from_this();
    auto doCancel = [self, id] {
        auto it = self->m_calls.find(id);
        if (it == self->m_calls.end())
            return;
        if (it->second.transfer)
            self->m_loop->cancel(it->second.transfer);
        if (it->second.timer)
            self->m_loop->cancelTimer(it->second.timer);
        self->m_calls.erase(it);
    };
    if (m_loop->isLoopThread())
        doCancel();
    else
        m_loop->post(doCancel);
}

void KubeClient::notifyObserver(const ApiResponse &response)
{
    std::lock_guard lock(m_observerMutex);
    if (m_observer)
        m_observer(response);
}

void KubeClient::schedule(CallId id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    const auto delay = it->second.request.rateLimited ? m_limiter.reserve() : m_limiter.pauseLeft();
    if (delay.count() > 0) {
        auto self = shared_from_this();
        it->second.timer = m_loop->schedule(delay, [self, id] { self->launch(id); });
    } else {
        launch(id);
    }
}

void KubeClient::launch(CallId id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    it->second.timer = 0;
    if (!m_credentials.needsExecRun()) {
        launchWith(id, m_credentials.credentials());
        return;
    }
    // An exec plugin may take seconds (aws, gcloud): run it on its own thread, never here.
    m_waitingForCredentials.push_back(id);
    if (m_fetchingCredentials)
        return;
    m_fetchingCredentials = true;
    auto self = shared_from_this();
    std::thread([self] {
        auto creds = std::make_shared<Result<Credentials>>(self->m_credentials.credentials());
        self->m_loop->post([self, creds] {
            self->m_fetchingCredentials = false;
            const auto waiting = std::exchange(self->m_waitingForCredentials, {});
            for (CallId waiter : waiting)
                self->launchWith(waiter, *creds);
        });
    }).detach();
}

void KubeClient::launchWith(CallId id, const Result<Credentials> &creds)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = it->second;
    if (!creds) {
        ApiResponse failed;
        failed.failure = FailureKind::Credentials;
        failed.error = creds.error();
        auto done = std::move(call.onDone);
        m_calls.erase(it);
        notifyObserver(failed);
        if (done)
            done(std::move(failed));
        return;
    }
    HttpRequest http;
    http.method = call.request.method;
    http.url = m_baseUrl + call.request.path;
    http.body = call.request.body;
    http.stream = call.request.stream;
    http.timeoutMs = call.request.timeoutMs >= 0 ? call.request.timeoutMs : (call.request.stream ? 0 : m_options.requestTimeoutMs);
    http.lowSpeedSeconds = call.request.lowSpeedSeconds;
    http.connectTimeoutMs = m_options.connectTimeoutMs;
    http.caPem = m_caPem;
    http.caFile = m_caFile;
    http.insecure = m_context.cluster.insecureSkipTlsVerify;
    http.connectTo = m_connectTo;
    http.proxy = m_context.cluster.proxyUrl.toStdString();
    http.compression = !m_context.cluster.disableCompression;
    http.clientCertPem = creds->clientCertificatePem.toStdString();
    http.clientKeyPem = creds->clientKeyPem.toStdString();
    http.headers.push_back("Accept: " + call.request.accept);
    if (!call.request.contentType.empty())
        http.headers.push_back("Content-Type: " + call.request.contentType);
    http.headers.push_back("User-Agent: " + (m_options.userAgent.empty() ? std::string("driftdeck/" DRIFTDECK_VERSION) : m_options.userAgent));
    if (!creds->bearerToken.isEmpty())
        http.headers.push_back("Authorization: Bearer " + creds->bearerToken.toStdString());
    else if (!creds->username.isEmpty())
        http.headers.push_back("Authorization: Basic " + QByteArray(creds->username + ':' + creds->password).toBase64().toStdString());
    if (!creds->impersonate.isEmpty()) {
        http.headers.push_back("Impersonate-User: " + creds->impersonate.toStdString());
        for (const QString &g : creds->impersonateGroups)
            http.headers.push_back("Impersonate-Group: " + g.toStdString());
    }
    auto self = shared_from_this();
    HttpHandlers handlers;
    if (call.onData) {
        // The first bytes of a stream prove the server is reachable again, long before the
        // stream ends (a watch lasts minutes).
        handlers.onData = [self, data = call.onData, first = true](std::string_view chunk) mutable {
            if (first) {
                first = false;
                ApiResponse reached;
                reached.status = 200;
                self->notifyObserver(reached);
            }
            data(chunk);
        };
    }
    handlers.onDone = [self, id](HttpResponse &&r) { self->complete(id, std::move(r)); };
    call.transfer = m_loop->start(std::move(http), std::move(handlers));
}

void KubeClient::complete(CallId id, HttpResponse &&http)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = it->second;
    call.transfer = 0;
    ApiResponse r;
    r.status = http.status;
    r.body = std::move(http.body);
    r.contentType = std::move(http.contentType);
    r.retryAfterSeconds = http.retryAfterSeconds;
    r.httpVersion = http.httpVersion;
    r.failure = classifyCurl(http.curlCode);
    // Method, path, status and size only: never headers (they carry the credentials) nor bodies
    // (they may carry Secrets). docs/security.md; tests/app/tst_secretsaudit runs at this level.
    qCDebug(lcKube).nospace() << m_context.context.name << ": " << call.request.method.c_str() << ' '
                              << call.request.path.c_str() << " -> " << r.status << " (" << r.body.size() << " bytes"
                              << (http.curlCode != 0 ? QStringLiteral(", ") + QString::fromStdString(http.curlError) : QString())
                              << ')';
    if (r.failure != FailureKind::None) {
        r.error = Error({}, QString::fromStdString(http.curlError));
    } else if (r.status == 401) {
        r.failure = FailureKind::Unauthorized;
    } else if (r.status == 403) {
        r.failure = FailureKind::Forbidden;
    }
    if (r.status == 401 && call.attempt == 0 && m_credentials.refreshable()) {
        qCInfo(lcKube) << "401 from" << m_context.context.name << "- refreshing credentials and retrying once";
        m_credentials.invalidate();
        call.attempt = 1;
        schedule(id);
        return;
    }
    if (r.status == 429 || (r.status == 503 && r.retryAfterSeconds > 0))
        m_limiter.pauseUntil(RateLimiter::Clock::now() + std::chrono::seconds(std::max(1L, r.retryAfterSeconds)));
    if (!r.ok())
        r.error = describe(r);
    auto done = std::move(call.onDone);
    m_calls.erase(it);
    notifyObserver(r);
    if (done)
        done(std::move(r));
}

Error KubeClient::describe(const ApiResponse &r) const
{
    const QString server = m_context.cluster.server;
    const QString cause = r.error.cause;
    switch (r.failure) {
    case FailureKind::Credentials:
        return r.error;
    case FailureKind::Dns:
        return Error(QCoreApplication::translate("driftdeck::kube", "The address of %1 cannot be found (DNS). Check the server name in the kubeconfig, your network and your VPN.").arg(server), cause);
    case FailureKind::Refused:
        return Error(QCoreApplication::translate("driftdeck::kube", "Nothing accepts connections at %1. Is the API server running, or does it need a VPN or a tunnel?").arg(server), cause);
    case FailureKind::Tls:
        return Error(QCoreApplication::translate("driftdeck::kube", "The TLS certificate of %1 could not be verified. Check certificate-authority (and tls-server-name) in the kubeconfig.").arg(server), cause);
    case FailureKind::Timeout:
        return Error(QCoreApplication::translate("driftdeck::kube", "%1 did not answer in time.").arg(server), cause);
    case FailureKind::Connection:
        return Error(QCoreApplication::translate("driftdeck::kube", "The connection to %1 failed.").arg(server), cause);
    case FailureKind::Unauthorized:
        return Error(QCoreApplication::translate("driftdeck::kube", "%1 rejected the credentials of user %2 (401 Unauthorized). Sign in again or renew the token.")
                         .arg(server, m_context.user.name),
                     QString::fromStdString(statusMessage(r.body)));
    case FailureKind::Forbidden:
        return Error(QCoreApplication::translate("driftdeck::kube", "Access denied (403 Forbidden): %1").arg(QString::fromStdString(statusMessage(r.body))),
                     QStringLiteral("HTTP 403"));
    case FailureKind::None:
        break;
    }
    return Error(QCoreApplication::translate("driftdeck::kube", "The cluster answered %1: %2").arg(r.status).arg(QString::fromStdString(statusMessage(r.body))),
                 QStringLiteral("HTTP %1").arg(r.status));
}

ApiResponse KubeClient::request(ApiRequest request)
{
    Q_ASSERT(!m_loop->isLoopThread());
    auto promise = std::make_shared<std::promise<ApiResponse>>();
    auto future = promise->get_future();
    send(std::move(request), [promise](ApiResponse &&r) { promise->set_value(std::move(r)); });
    return future.get();
}

Result<nlohmann::json> KubeClient::requestJson(const std::string &method, const std::string &path, const std::string &body,
                                               const std::string &contentType)
{
    ApiRequest req;
    req.method = method;
    req.path = path;
    req.body = body;
    if (!body.empty())
        req.contentType = contentType;
    auto r = request(std::move(req));
    if (!r.ok())
        return r.error;
    nlohmann::json doc = parseApiJson(r.body);
    if (doc.is_discarded())
        return Error(QCoreApplication::translate("driftdeck::kube", "The cluster sent an answer Driftdeck cannot read."),
                     QStringLiteral("invalid JSON from %1").arg(QString::fromStdString(path)));
    return doc;
}

Result<std::vector<nlohmann::json>> KubeClient::listAll(const std::string &collectionPath, bool metadataOnly, int pageSize)
{
    std::vector<nlohmann::json> items;
    std::string cont;
    do {
        ApiRequest req;
        req.path = collectionPath + (collectionPath.find('?') == std::string::npos ? "?" : "&") + "limit=" + std::to_string(pageSize);
        if (!cont.empty())
            req.path += "&continue=" + urlEncode(cont);
        if (metadataOnly)
            req.accept = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json";
        auto r = request(std::move(req));
        if (!r.ok())
            return r.error;
        nlohmann::json doc = parseApiJson(r.body);
        if (!doc.is_object())
            return Error(QCoreApplication::translate("driftdeck::kube", "The cluster sent an answer Driftdeck cannot read."),
                         QStringLiteral("invalid list JSON from %1").arg(QString::fromStdString(collectionPath)));
        if (auto it = doc.find("items"); it != doc.end() && it->is_array()) {
            for (auto &item : *it)
                items.push_back(std::move(item));
        }
        cont.clear();
        if (auto md = doc.find("metadata"); md != doc.end() && md->is_object()) {
            if (auto c = md->find("continue"); c != md->end() && c->is_string())
                cont = c->get<std::string>();
        }
    } while (!cont.empty());
    return items;
}

std::string KubeClient::urlEncode(std::string_view value)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(value.size() * 3);
    for (unsigned char c : value) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

} // namespace driftdeck::kube
