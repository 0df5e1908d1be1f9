// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP/2 where the server offers it (issue 4): many requests and watches share one connection.
// kube-sim speaks HTTP/1.1 only, so it sits behind nghttpx (Debian's nghttp2-proxy), a real
// HTTP/2 front end with TLS, as an API server behind a load balancer does. Skips when nghttpx
// or openssl is missing.
#include "core/kube/kubeclient.h"
#include "core/kube/kubeconfig.h"

#include "kubesim.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <curl/curl.h>

#include <atomic>
#include <mutex>
#include <vector>

using namespace driftdeck;
using namespace driftdeck::kube;

class TestHttp2 : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<kubesim::Server> m_sim;
    QProcess m_proxy;
    int m_proxyPort = 0;

    static int freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        return probe.serverPort();
    }

    std::shared_ptr<KubeClient> client(const std::shared_ptr<NetworkLoop> &loop)
    {
        const QString path = m_dir.filePath(QStringLiteral("kubeconfig"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return nullptr;
        f.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: h2\n  cluster:\n    server: https://127.0.0.1:%1\n"
                               "    certificate-authority: %2\ncontexts:\n- name: h2\n  context:\n    cluster: h2\n    user: u\n"
                               "users:\n- name: u\n  user:\n    token: %3\ncurrent-context: h2\n")
                    .arg(m_proxyPort)
                    .arg(m_dir.filePath(QStringLiteral("cert.pem")), QString::fromStdString(m_sim->token()))
                    .toUtf8());
        f.close();
        auto cfg = Kubeconfig::load({path}, true);
        if (!cfg)
            return nullptr;
        auto ctx = cfg->resolve();
        if (!ctx)
            return nullptr;
        KubeClient::Options options;
        options.loop = loop;
        auto c = KubeClient::create(*ctx, options);
        return c ? *c : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString nghttpx = QStandardPaths::findExecutable(QStringLiteral("nghttpx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (nghttpx.isEmpty() || openssl.isEmpty())
            QSKIP("nghttpx (package nghttp2-proxy) or openssl is not installed: HTTP/2 cannot be tested here");
        QVERIFY(m_dir.isValid());
        // A self-signed certificate for 127.0.0.1 that the kubeconfig trusts as its CA.
        QProcess gen;
        gen.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                            QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                            m_dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("1"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(gen.waitForFinished(30000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());

        kubesim::Options o;
        o.http = true; // the proxy terminates TLS and speaks HTTP/1.1 to kube-sim
        m_sim = std::make_unique<kubesim::Server>(o);
        std::string error;
        QVERIFY2(m_sim->start(&error), error.c_str());

        m_proxyPort = freePort();
        QVERIFY(m_proxyPort > 0);
        m_proxy.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_proxy.start(nghttpx, {QStringLiteral("--frontend=127.0.0.1,%1").arg(m_proxyPort),
                                QStringLiteral("--backend=127.0.0.1,%1").arg(m_sim->port()),
                                m_dir.filePath(QStringLiteral("key.pem")), m_dir.filePath(QStringLiteral("cert.pem")),
                                QStringLiteral("--workers=1"), QStringLiteral("--no-ocsp"), QStringLiteral("--log-level=WARN"),
                                QStringLiteral("--accesslog-file=") + m_dir.filePath(QStringLiteral("access.log")),
                                QStringLiteral("--errorlog-file=") + m_dir.filePath(QStringLiteral("error.log")),
                                QStringLiteral("--backend-read-timeout=10m"), QStringLiteral("--frontend-read-timeout=10m"),
                                QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("nghttpx.pid")),
                                QStringLiteral("--conf=/dev/null")});
        QVERIFY(m_proxy.waitForStarted(10000));
        const auto listening = [this] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, quint16(m_proxyPort));
            return s.waitForConnected(200);
        };
        QTRY_VERIFY_WITH_TIMEOUT(listening() || m_proxy.state() == QProcess::NotRunning, 20000);
        QVERIFY2(m_proxy.state() == QProcess::Running, "nghttpx exited; see error.log in the test folder");
    }

    void cleanupTestCase()
    {
        if (m_proxy.state() != QProcess::NotRunning) {
            m_proxy.terminate();
            if (!m_proxy.waitForFinished(10000))
                m_proxy.kill();
        }
        if (m_sim)
            m_sim->stop();
    }

    void requestsAndWatchesShareOneConnection()
    {
        auto loop = std::make_shared<NetworkLoop>();
        auto c = client(loop);
        QVERIFY(c);
        std::mutex mutex;
        std::vector<long> versions;
        std::vector<long> statuses;
        std::string watched;
        std::atomic<int> done{0};

        // Three watches held open and six lists, all at once.
        std::vector<KubeClient::CallId> watches;
        for (const char *path : {"/api/v1/configmaps?watch=1&timeoutSeconds=120", "/api/v1/namespaces?watch=1&timeoutSeconds=120",
                                 "/api/v1/services?watch=1&timeoutSeconds=120"}) {
            ApiRequest w;
            w.path = path;
            w.stream = true;
            const bool configMaps = std::string_view(path).find("configmaps") != std::string_view::npos;
            watches.push_back(c->send(
                w, [](ApiResponse &&) {},
                [&, configMaps](std::string_view chunk) {
                    if (!configMaps)
                        return;
                    std::lock_guard lock(mutex);
                    watched.append(chunk);
                }));
        }
        const std::vector<std::string> lists = {"/api/v1/namespaces", "/api/v1/configmaps?limit=500", "/api/v1/services",
                                                "/apis/apps/v1/deployments", "/api", "/apis"};
        for (const std::string &path : lists) {
            ApiRequest r;
            r.path = path;
            c->send(r, [&](ApiResponse &&resp) {
                std::lock_guard lock(mutex);
                versions.push_back(resp.httpVersion);
                statuses.push_back(resp.status);
                ++done;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done.load(), int(lists.size()), 30000);
        {
            std::lock_guard lock(mutex);
            for (size_t i = 0; i < versions.size(); ++i) {
                QCOMPARE(statuses[i], 200L);
                QCOMPARE(versions[i], long(CURL_HTTP_VERSION_2_0));
            }
        }
        // The watch streams through the same connection: a change arrives as an event.
        m_sim->apply({{"apiVersion", "v1"},
                      {"kind", "ConfigMap"},
                      {"metadata", {{"name", "over-h2"}, {"namespace", "default"}}},
                      {"data", {{"k", "v"}}}},
                     "test");
        const auto sawEvent = [&] {
            std::lock_guard lock(mutex);
            return watched.find("\"over-h2\"") != std::string::npos;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sawEvent(), 30000);
        // Nine exchanges, one TCP+TLS connection.
        QCOMPARE(loop->connectionsOpened(), 1L);
        for (auto id : watches)
            c->cancel(id);
    }
};

QTEST_GUILESS_MAIN(TestHttp2)
#include "tst_http2.moc"
