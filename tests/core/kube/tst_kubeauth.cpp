// SPDX-License-Identifier: GPL-3.0-or-later
// The client against kube-sim: kubeconfig, every auth mode, TLS settings, plain requests.
#include "core/kube/discovery.h"
#include "core/kube/kubeclient.h"
#include "core/kube/networkloop.h"

#include "simfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::kube;
using namespace simfixture;

Q_DECLARE_METATYPE(driftdeck::kube::FailureKind)

namespace {

void writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

} // namespace

class TestKubeAuth : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<kubesim::Server> m_server;
    std::unique_ptr<kubesim::Server> m_otherServer; // a different CA; stopped later for "refused"
    QTemporaryDir m_dir;
    ResolvedContext m_ctx;

    // An exec plugin: the first `staleRuns` runs print a token the server rejects, later runs the real one.
    ExecConfig plugin(const QString &name, int staleRuns)
    {
        const QString script = m_dir.filePath(name);
        const QByteArray body = "#!/bin/sh\n"
                                "n=$(cat \"$0.runs\" 2>/dev/null || echo 0); n=$((n+1)); echo $n > \"$0.runs\"\n"
                                "if [ $n -le " + QByteArray::number(staleRuns) + " ]; then t=stale-token; else t=\"$REAL_TOKEN\"; fi\n"
                                "exp=$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)\n"
                                "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                                "\"status\":{\"token\":\"%s\",\"expirationTimestamp\":\"%s\"}}' \"$t\" \"$exp\"\n";
        writeFile(script, body, true);
        QFile::remove(script + QStringLiteral(".runs"));
        ExecConfig exec;
        exec.command = script;
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        exec.env = {{QStringLiteral("REAL_TOKEN"), QString::fromStdString(m_server->token())}};
        return exec;
    }
    int pluginRuns(const QString &name) const
    {
        QFile f(m_dir.filePath(name) + QStringLiteral(".runs"));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toInt() : 0;
    }
    ApiResponse get(const ResolvedContext &ctx, const std::string &path = "/api/v1/namespaces")
    {
        KubeClient::Options opts;
        opts.requestTimeoutMs = 10000;
        auto client = clientFor(ctx, opts);
        ApiRequest req;
        req.path = path;
        return client->request(req);
    }

private Q_SLOTS:
    void initTestCase()
    {
        kubesim::Options opts;
        opts.syntheticConfigMaps = 1100;
        m_server = std::make_unique<kubesim::Server>(opts);
        std::string error;
        QVERIFY2(m_server->start(&error), error.c_str());
        m_otherServer = std::make_unique<kubesim::Server>(kubesim::Options{});
        QVERIFY2(m_otherServer->start(&error), error.c_str());
        m_ctx = resolveSim(*m_server, m_dir);
    }

    void cleanupTestCase()
    {
        m_server->stop();
        m_otherServer->stop();
    }

    void kubeconfigConnectsAndDiscovers()
    {
        QCOMPARE(m_ctx.cluster.server, QString::fromStdString(m_server->url()));
        QVERIFY(!m_ctx.cluster.certificateAuthorityData.isEmpty());
        auto client = clientFor(m_ctx);
        auto discovery = Discovery::runBlocking(client);
        QVERIFY2(discovery.ok(), qPrintable(discovery.ok() ? QString() : discovery.error().fullText()));
        QVERIFY(discovery->serverVersion.startsWith(QStringLiteral("v1.")));
        bool deployments = false;
        bool configMaps = false;
        for (const auto &r : discovery->resources) {
            QVERIFY(!r.plural.contains(QLatin1Char('/')));
            if (r.group == QLatin1String("apps") && r.kind == QLatin1String("Deployment")) {
                deployments = r.namespaced && r.canListAndWatch() && r.collectionPath() == "/apis/apps/v1/deployments";
            }
            if (r.group.isEmpty() && r.kind == QLatin1String("ConfigMap"))
                configMaps = r.collectionPath() == "/api/v1/configmaps";
        }
        QVERIFY(deployments);
        QVERIFY(configMaps);
    }

    void authModes_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<FailureKind>("expected");
        QTest::newRow("token") << QStringLiteral("token") << FailureKind::None;
        QTest::newRow("wrong token") << QStringLiteral("wrong-token") << FailureKind::Unauthorized;
        QTest::newRow("anonymous") << QStringLiteral("anonymous") << FailureKind::Unauthorized;
        QTest::newRow("tokenFile") << QStringLiteral("token-file") << FailureKind::None;
        QTest::newRow("client certificate data") << QStringLiteral("cert-data") << FailureKind::None;
        QTest::newRow("client certificate files") << QStringLiteral("cert-files") << FailureKind::None;
        QTest::newRow("exec plugin") << QStringLiteral("exec") << FailureKind::None;
        QTest::newRow("missing exec plugin") << QStringLiteral("exec-missing") << FailureKind::Credentials;
        QTest::newRow("impersonation headers pass") << QStringLiteral("impersonate") << FailureKind::None;
    }
    void authModes()
    {
        QFETCH(QString, mode);
        QFETCH(FailureKind, expected);
        ResolvedContext ctx = m_ctx;
        ctx.user = AuthInfo{};
        ctx.user.name = QStringLiteral("test-user");
        const QString token = QString::fromStdString(m_server->token());
        if (mode == QLatin1String("token")) {
            ctx.user.token = token;
        } else if (mode == QLatin1String("wrong-token")) {
            ctx.user.token = QStringLiteral("not-a-valid-token");
        } else if (mode == QLatin1String("token-file")) {
            writeFile(m_dir.filePath(QStringLiteral("token")), token.toUtf8() + '\n');
            ctx.user.tokenFile = m_dir.filePath(QStringLiteral("token"));
        } else if (mode == QLatin1String("cert-data") || mode == QLatin1String("cert-files")) {
            auto [cert, key] = m_server->issueClientCert("alice", {"system:masters"});
            if (mode == QLatin1String("cert-data")) {
                ctx.user.clientCertificateData = QByteArray::fromStdString(cert);
                ctx.user.clientKeyData = QByteArray::fromStdString(key);
            } else {
                writeFile(m_dir.filePath(QStringLiteral("alice.crt")), QByteArray::fromStdString(cert));
                writeFile(m_dir.filePath(QStringLiteral("alice.key")), QByteArray::fromStdString(key));
                ctx.user.clientCertificate = m_dir.filePath(QStringLiteral("alice.crt"));
                ctx.user.clientKey = m_dir.filePath(QStringLiteral("alice.key"));
            }
        } else if (mode == QLatin1String("exec")) {
            ctx.user.exec = plugin(QStringLiteral("plugin-ok"), 0);
        } else if (mode == QLatin1String("exec-missing")) {
            ExecConfig exec;
            exec.command = QStringLiteral("driftdeck-no-such-auth-plugin");
            exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
            exec.installHint = QStringLiteral("Install it from https://example.invalid/plugin");
            ctx.user.exec = exec;
        } else if (mode == QLatin1String("impersonate")) {
            ctx.user.token = token;
            ctx.user.impersonate = QStringLiteral("jane");
            ctx.user.impersonateGroups = {QStringLiteral("devs")};
        }
        auto r = get(ctx);
        QCOMPARE(r.failure, expected);
        if (expected == FailureKind::None) {
            QCOMPARE(r.status, 200L);
            auto doc = nlohmann::json::parse(r.body);
            QCOMPARE(doc["kind"].get<std::string>(), std::string("NamespaceList"));
        } else if (expected == FailureKind::Unauthorized) {
            QCOMPARE(r.status, 401L);
            QVERIFY(r.error.message.contains(QStringLiteral("401")));
        } else if (expected == FailureKind::Credentials) {
            QCOMPARE(r.status, 0L);
            QVERIFY2(r.error.message.contains(QStringLiteral("driftdeck-no-such-auth-plugin")), qPrintable(r.error.message));
            QVERIFY(r.error.message.contains(QStringLiteral("https://example.invalid/plugin")));
        }
    }

    void tokenFileRotationWithoutRestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("rotating-token"));
        writeFile(path, "expired-token\n");
        ResolvedContext ctx = m_ctx;
        ctx.user = AuthInfo{};
        ctx.user.tokenFile = path;
        auto client = clientFor(ctx);
        ApiRequest req;
        req.path = "/api/v1/namespaces";
        QCOMPARE(client->request(req).status, 401L);
        writeFile(path, QByteArray::fromStdString(m_server->token()) + '\n'); // the kubelet rotates the file
        QCOMPARE(client->request(req).status, 200L);
    }

    void execReRunsAfter401()
    {
        ResolvedContext ctx = m_ctx;
        ctx.user = AuthInfo{};
        ctx.user.exec = plugin(QStringLiteral("plugin-stale"), 1); // cached token revoked server-side
        auto client = clientFor(ctx);
        ApiRequest req;
        req.path = "/api/v1/namespaces";
        auto r = client->request(req);
        QCOMPARE(r.status, 200L);
        QCOMPARE(pluginRuns(QStringLiteral("plugin-stale")), 2);
        QCOMPARE(client->credentials().execRuns(), 2);
        // the fresh token is cached until its expiry: no more runs
        QCOMPARE(client->request(req).status, 200L);
        QCOMPARE(pluginRuns(QStringLiteral("plugin-stale")), 2);
    }

    void tls_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<FailureKind>("expected");
        QTest::newRow("CA data") << QStringLiteral("ca-data") << FailureKind::None;
        QTest::newRow("CA file") << QStringLiteral("ca-file") << FailureKind::None;
        QTest::newRow("insecure, no CA") << QStringLiteral("insecure") << FailureKind::None;
        QTest::newRow("wrong CA") << QStringLiteral("wrong-ca") << FailureKind::Tls;
        QTest::newRow("system store only") << QStringLiteral("no-ca") << FailureKind::Tls;
        QTest::newRow("tls-server-name matches the certificate") << QStringLiteral("sni-ok") << FailureKind::None;
        QTest::newRow("tls-server-name not in the certificate") << QStringLiteral("sni-bad") << FailureKind::Tls;
    }
    void tls()
    {
        QFETCH(QString, setup);
        QFETCH(FailureKind, expected);
        ResolvedContext ctx = m_ctx;
        if (setup == QLatin1String("ca-file")) {
            writeFile(m_dir.filePath(QStringLiteral("ca.pem")), QByteArray::fromStdString(m_server->caPem()));
            ctx.cluster.certificateAuthorityData.clear();
            ctx.cluster.certificateAuthority = m_dir.filePath(QStringLiteral("ca.pem"));
        } else if (setup == QLatin1String("insecure")) {
            ctx.cluster.certificateAuthorityData.clear();
            ctx.cluster.insecureSkipTlsVerify = true;
        } else if (setup == QLatin1String("wrong-ca")) {
            ctx.cluster.certificateAuthorityData = QByteArray::fromStdString(m_otherServer->caPem());
        } else if (setup == QLatin1String("no-ca")) {
            ctx.cluster.certificateAuthorityData.clear();
        } else if (setup == QLatin1String("sni-ok")) {
            ctx.cluster.tlsServerName = QStringLiteral("kubernetes.default");
        } else if (setup == QLatin1String("sni-bad")) {
            ctx.cluster.tlsServerName = QStringLiteral("api.other.example");
        }
        auto client = clientFor(ctx);
        QCOMPARE(client->insecure(), setup == QLatin1String("insecure"));
        ApiRequest req;
        req.path = "/api/v1/namespaces";
        auto r = client->request(req);
        QCOMPARE(r.failure, expected);
        if (expected == FailureKind::None)
            QCOMPARE(r.status, 200L);
        else
            QVERIFY2(r.error.message.contains(QStringLiteral("certificate")), qPrintable(r.error.message));
    }

    void refusedAndMissingCaFileAreExplained()
    {
        ResolvedContext ctx = m_ctx;
        ctx.cluster.certificateAuthorityData.clear();
        ctx.cluster.certificateAuthority = m_dir.filePath(QStringLiteral("no-such-ca.pem"));
        auto missing = KubeClient::create(ctx);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("no-such-ca.pem")));

        const int port = m_otherServer->port();
        m_otherServer->stop();
        ResolvedContext closed = m_ctx;
        closed.cluster.server = QStringLiteral("https://127.0.0.1:%1").arg(port);
        auto r = get(closed);
        QCOMPARE(r.failure, FailureKind::Refused);
        QCOMPARE(r.status, 0L);
        QVERIFY(r.error.message.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    }

    void keepAliveReusesOneConnection()
    {
        KubeClient::Options opts;
        opts.loop = std::make_shared<NetworkLoop>();
        auto client = clientFor(m_ctx, opts);
        ApiRequest req;
        req.path = "/api/v1/namespaces/default";
        for (int i = 0; i < 20; ++i)
            QCOMPARE(client->request(req).status, 200L);
        QCOMPARE(opts.loop->connectionsOpened(), 1L);
        QCOMPARE(opts.loop->activeTransfers(), 0);
    }

    void listAllPaginatesAndMetadataOnly()
    {
        auto client = clientFor(m_ctx);
        auto all = client->listAll("/api/v1/configmaps", false, 500);
        QVERIFY(all.ok());
        const auto expected = serverState(*m_server, {{QString(), QStringLiteral("ConfigMap")}});
        QCOMPARE(all->size(), expected.size());
        QVERIFY(all->size() > 1000);
        QVERIFY(all->front().contains("data"));
        auto meta = client->listAll("/api/v1/namespaces/synthetic/configmaps", true, 300);
        QVERIFY(meta.ok());
        QVERIFY(meta->size() >= 1100);
        QVERIFY(!meta->front().contains("data"));
        QVERIFY(meta->front()["metadata"].contains("resourceVersion"));
    }

    void writesAndServerSideApplyDryRun()
    {
        auto client = clientFor(m_ctx);
        const std::string body = simfixture::configMap("default", "dry", "1").dump();
        auto dry = client->requestJson("PATCH", "/api/v1/namespaces/default/configmaps/dry?fieldManager=driftdeck&force=true&dryRun=All",
                                       body, "application/apply-patch+yaml");
        QVERIFY2(dry.ok(), qPrintable(dry.ok() ? QString() : dry.error().fullText()));
        QCOMPARE((*dry)["data"]["value"].get<std::string>(), std::string("1"));
        auto absent = client->getJson("/api/v1/namespaces/default/configmaps/dry");
        QVERIFY(!absent.ok());
        QVERIFY(absent.error().message.contains(QStringLiteral("not found")));

        auto created = client->requestJson("POST", "/api/v1/namespaces/default/configmaps", simfixture::configMap("default", "real", "a").dump());
        QVERIFY(created.ok());
        auto patched = client->requestJson("PATCH", "/api/v1/namespaces/default/configmaps/real", R"({"data":{"value":"b"}})",
                                           "application/merge-patch+json");
        QVERIFY(patched.ok());
        QCOMPARE((*patched)["data"]["value"].get<std::string>(), std::string("b"));
        auto conflict = client->requestJson("POST", "/api/v1/namespaces/default/configmaps", simfixture::configMap("default", "real", "c").dump());
        QVERIFY(!conflict.ok());
        QVERIFY(conflict.error().cause.contains(QStringLiteral("409")));
    }

    void retryAfterDelaysTheNextRequest()
    {
        ResolvedContext admin = m_ctx;
        admin.user.token = QString::fromStdString(m_server->adminToken());
        auto adminClient = clientFor(admin);
        QVERIFY(adminClient->requestJson("POST", "/_sim/fail?count=1&code=429&retryAfter=2").ok());
        auto client = clientFor(m_ctx);
        ApiRequest req;
        req.path = "/api/v1/namespaces/default";
        auto limited = client->request(req);
        QCOMPARE(limited.status, 429L);
        QCOMPARE(limited.retryAfterSeconds, 2L);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(client->request(req).status, 200L);
        QVERIFY2(timer.elapsed() >= 1800, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestKubeAuth)
#include "tst_kubeauth.moc"
