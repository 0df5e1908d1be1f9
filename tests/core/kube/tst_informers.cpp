// SPDX-License-Identifier: GPL-3.0-or-later
// Informers and the live store against kube-sim: initial sync with pagination, every fault
// kube-sim injects (each ending with the store equal to the server), RBAC denial, CRDs at
// runtime, metadata-only kinds, and the cluster status a person sees.
// The connection emits on the network thread: signals are recorded with QueuedSpy, never QSignalSpy.
#include "core/kube/clusterconnection.h"

#include "queuedspy.h"
#include "simfixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace driftdeck;
using namespace driftdeck::kube;
using namespace simfixture;

namespace {

const GroupKind kConfigMap{QString(), QStringLiteral("ConfigMap")};
const GroupKind kSecret{QString(), QStringLiteral("Secret")};
const GroupKind kNamespace{QString(), QStringLiteral("Namespace")};
const GroupKind kDeployment{QStringLiteral("apps"), QStringLiteral("Deployment")};
const GroupKind kPod{QString(), QStringLiteral("Pod")};
const QSet<GroupKind> kWatched{kConfigMap, kSecret, kNamespace, kDeployment};

using State = ClusterStatus::State;

} // namespace

class TestInformers : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<kubesim::Server> m_server;
    QTemporaryDir m_dir;
    ResolvedContext m_ctx;
    std::shared_ptr<KubeClient> m_admin;
    int m_counter = 0;

    std::unique_ptr<ClusterConnection> connect(ClusterConnection::Options options, const QString &token = {})
    {
        ResolvedContext ctx = m_ctx;
        if (!token.isEmpty())
            ctx.user.token = token;
        KubeClient::Options clientOptions;
        clientOptions.requestTimeoutMs = 4000;
        clientOptions.connectTimeoutMs = 2000;
        clientOptions.qps = 200;
        clientOptions.burst = 200;
        options.informer.backoffInitial = std::chrono::milliseconds(100);
        options.informer.backoffMax = std::chrono::milliseconds(1000);
        options.informer.watchIdleSeconds = 3; // kube-sim sends a bookmark every 500 ms
        options.discoveryRetry = std::chrono::milliseconds(500);
        auto conn = std::make_unique<ClusterConnection>(clientFor(ctx, clientOptions), options);
        conn->start();
        return conn;
    }
    static ClusterConnection::Options selected(const QSet<GroupKind> &kinds)
    {
        ClusterConnection::Options o;
        o.watchAll = false;
        o.kinds = kinds;
        return o;
    }
    void admin(const std::string &path)
    {
        auto r = m_admin->requestJson("POST", path);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
    }
    // Creates and updates written to the server's store directly (they work while a fault is
    // active), plus deletes through the API when `deletes` (only outside faults).
    void churn(int n, bool deletes = false)
    {
        for (int i = 0; i < n; ++i) {
            const int k = ++m_counter;
            m_server->apply(configMap("churn", "cm-" + std::to_string(k), std::to_string(k)), "test");
            m_server->apply(configMap("churn", "cm-" + std::to_string(k / 2), "updated-" + std::to_string(k)), "test");
            if (deletes && k % 3 == 0) {
                auto del = m_admin->requestJson("DELETE", "/api/v1/namespaces/churn/configmaps/cm-" + std::to_string(k - 1));
                QVERIFY2(del.ok(), qPrintable(del.ok() ? QString() : del.error().fullText()));
            }
        }
    }
    bool storeMatches(const ClusterConnection &conn, const QSet<GroupKind> &kinds) const
    {
        return storeState(*conn.store(), kinds) == serverState(*m_server, kinds);
    }

private Q_SLOTS:
    void initTestCase()
    {
        kubesim::Options opts;
        opts.syntheticConfigMaps = 1200;
        opts.readonlyTokens = {"limited-token"};
        opts.deny = {{"limited-token", {"secrets"}}};
        opts.bookmarkIntervalMs = 500;
        opts.watchWindow = 100000;
        m_server = std::make_unique<kubesim::Server>(opts);
        std::string error;
        QVERIFY2(m_server->start(&error), error.c_str());
        m_ctx = resolveSim(*m_server, m_dir);
        ResolvedContext adminCtx = m_ctx;
        adminCtx.user.token = QString::fromStdString(m_server->adminToken());
        m_admin = clientFor(adminCtx);
        m_server->apply(nlohmann::json{{"apiVersion", "v1"}, {"kind", "Secret"}, {"metadata", {{"namespace", "default"}, {"name", "s"}}},
                                       {"data", {{"k", "dg=="}}}},
                        "test");
    }

    // A stop that comes while the informer's start is still queued on the network thread (the
    // connection stopped right after its discovery answered) must win: the informer may not
    // come back and list into a store that is about to be destroyed.
    void stopBeforeQueuedStartWins()
    {
        LiveStore store(QStringLiteral("race"));
        ApiResource resource{{}, QStringLiteral("v1"), QStringLiteral("ConfigMap"), QStringLiteral("configmaps"), true,
                             {QStringLiteral("list"), QStringLiteral("watch")}};
        auto client = clientFor(m_ctx);
        auto informer = std::make_shared<Informer>(client, resource, &store, Informer::Options{});
        // From another thread: start() is queued, stop() runs the queue up to itself.
        client->loop().post([] {});
        informer->start();
        informer->stop();
        client->loop().runAndWait([] {});
        QCOMPARE(informer->status().phase, Informer::Phase::Stopped);
        // On the network thread, as discovery does it: start then stop in one task.
        auto second = std::make_shared<Informer>(client, resource, &store, Informer::Options{});
        client->loop().runAndWait([&] {
            second->start();
            second->stop();
        });
        client->loop().runAndWait([] {}); // whatever the task queued has run by now
        QCOMPARE(second->status().phase, Informer::Phase::Stopped);
        QCOMPARE(store.allObjects().size(), size_t(0));
    }

    // A watch cancelled on the network thread in the task that sent it (a connection stopped
    // right after discovery started it) must never be sent: it used to run on, its callbacks
    // holding the client, the client holding the network thread, past the end of the process.
    void cancelInTheSendingTaskDropsTheCall()
    {
        auto loop = NetworkLoop::shared();
        auto client = clientFor(m_ctx);
        QCOMPARE(&client->loop(), loop.get());
        const std::weak_ptr<KubeClient> weak = client;
        auto calls = std::make_shared<std::atomic<int>>(0);
        ApiRequest watch;
        watch.path = "/api/v1/configmaps?watch=1";
        watch.stream = true;
        loop->runAndWait([&] {
            const auto id = client->send(
                watch, [calls](ApiResponse &&) { ++*calls; }, [calls](std::string_view) { ++*calls; });
            client->cancel(id);
        });
        client.reset();
        loop->runAndWait([] {}); // whatever the sending task queued has run by now
        loop->runAndWait([] {});
        QVERIFY2(weak.expired(), "the cancelled watch still holds the client");
        QCOMPARE(calls->load(), 0);
    }

    void init()
    {
        admin("/_sim/hang?on=0");
        admin("/_sim/fail?count=0");
        admin("/_sim/latency?ms=0");
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_server->stop();
    }

    void initialSyncPaginatesAndGoesLive()
    {
        auto conn = connect(selected(kWatched));
        QueuedSpy statusSpy(conn.get(), &ClusterConnection::statusChanged);
        QVERIFY(conn->waitForSynced(std::chrono::seconds(30))); // the CLI's blocking path
        QCOMPARE(conn->status().state, State::Live);
        QVERIFY(storeMatches(*conn, kWatched));
        QVERIFY(conn->store()->size(kConfigMap) >= 1200);
        auto cm = conn->informerStatus(kConfigMap);
        QVERIFY(cm.has_value());
        QVERIFY2(cm->lastListPages >= 3, qPrintable(QString::number(cm->lastListPages))); // limit=500
        QCOMPARE(cm->lists, 1);
        // objects carry their kind even though list items of built-ins come without it
        auto one = conn->store()->objects(kConfigMap).front();
        QCOMPARE(one.object->at("kind").get<std::string>(), std::string("ConfigMap"));
        QCOMPARE(one.object->at("apiVersion").get<std::string>(), std::string("v1"));
        // the UI saw the way there: listing with progress, then live (the last emission may
        // still be queued when waitForSynced returns)
        QTRY_VERIFY_WITH_TIMEOUT(!statusSpy.isEmpty() && statusSpy.last().at(0).value<ClusterStatus>().state == State::Live,
                                 15000);
        bool sawListing = false;
        for (const auto &args : statusSpy)
            sawListing = sawListing || args.at(0).value<ClusterStatus>().state == State::Listing;
        QVERIFY(sawListing || statusSpy.last().at(0).value<ClusterStatus>().state == State::Live);
        QCOMPARE(statusSpy.last().at(0).value<ClusterStatus>().state, State::Live);
        QCOMPARE(conn->status().kindsTotal, 4);
        QCOMPARE(conn->status().kindsSynced, 4);

        // live changes arrive as batches, in order
        QueuedSpy batches(conn->store(), &LiveStore::changed);
        churn(5, true);
        QTRY_VERIFY_WITH_TIMEOUT(storeMatches(*conn, kWatched), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!batches.isEmpty(), 15000);
        std::uint64_t last = 0;
        for (const auto &args : batches) {
            const auto b = args.at(0).value<ChangeBatch>();
            QCOMPARE(b.sequence, last ? last + 1 : b.sequence);
            last = b.sequence;
        }
    }

    void faultsEndWithStoreEqualToServer_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("dropped watches") << QStringLiteral("close-watches");
        QTest::newRow("500s") << QStringLiteral("500");
        QTest::newRow("429 with Retry-After") << QStringLiteral("429");
        QTest::newRow("compaction -> 410") << QStringLiteral("compact");
        QTest::newRow("resourceVersion epoch restart") << QStringLiteral("epoch");
        QTest::newRow("hang") << QStringLiteral("hang");
        QTest::newRow("latency") << QStringLiteral("latency");
    }
    void faultsEndWithStoreEqualToServer()
    {
        QFETCH(QString, fault);
        auto conn = connect(selected(kWatched));
        QVERIFY(conn->waitForSynced(std::chrono::seconds(30)));
        QueuedSpy statusSpy(conn.get(), &ClusterConnection::statusChanged);
        churn(3, true);
        // changes arrive only through the watch: once they are in, the ConfigMap watch is open
        QTRY_VERIFY_WITH_TIMEOUT(storeMatches(*conn, kWatched), 15000);
        const auto before = *conn->informerStatus(kConfigMap);

        if (fault == QLatin1String("close-watches")) {
            for (int i = 0; i < 3; ++i) {
                admin("/_sim/close-watches");
                churn(3);
            }
        } else if (fault == QLatin1String("500")) {
            admin("/_sim/fail?count=4&code=500");
            admin("/_sim/close-watches");
            churn(3);
        } else if (fault == QLatin1String("429")) {
            admin("/_sim/fail?count=3&code=429&retryAfter=1");
            admin("/_sim/close-watches");
            churn(3);
        } else if (fault == QLatin1String("compact") || fault == QLatin1String("epoch")) {
            // hold the watches back, change and compact (or restart the RV epoch) meanwhile,
            // so the informers come back with a resourceVersion the server no longer has
            admin("/_sim/hang?on=1");
            admin("/_sim/close-watches");
            churn(4);
            admin(fault == QLatin1String("compact") ? "/_sim/compact" : "/_sim/epoch");
            admin("/_sim/hang?on=0");
        } else if (fault == QLatin1String("hang")) {
            admin("/_sim/hang?on=1");
            admin("/_sim/close-watches");
            churn(3);
            QTRY_COMPARE_WITH_TIMEOUT(conn->status().state, State::Unreachable, 20000);
            QCOMPARE(conn->status().reason, FailureKind::Timeout);
            QVERIFY(conn->status().since.isValid());
            QVERIFY(!conn->status().message.isEmpty());
            admin("/_sim/hang?on=0");
        } else if (fault == QLatin1String("latency")) {
            admin("/_sim/latency?ms=300");
            admin("/_sim/close-watches");
            churn(3);
        }
        churn(2);
        QTRY_VERIFY_WITH_TIMEOUT(storeMatches(*conn, kWatched), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(conn->status().state, State::Live, 15000);
        if (fault == QLatin1String("latency"))
            admin("/_sim/latency?ms=0");

        if (fault == QLatin1String("compact") || fault == QLatin1String("epoch")) // 410 leads to a relist
            QTRY_VERIFY_WITH_TIMEOUT(conn->informerStatus(kConfigMap)->lists > before.lists, 15000);
        // every fault forced at least one new watch
        QTRY_VERIFY_WITH_TIMEOUT(conn->informerStatus(kConfigMap)->watches > before.watches, 15000);
        const auto after = *conn->informerStatus(kConfigMap);
        if (fault == QLatin1String("close-watches"))
            QCOMPARE(after.lists, before.lists); // resumed from the last resourceVersion, no relist
        if (fault == QLatin1String("hang")) {
            auto sawUnreachable = [&] {
                return std::any_of(statusSpy.cbegin(), statusSpy.cend(), [](const QList<QVariant> &args) {
                    return args.at(0).value<ClusterStatus>().state == State::Unreachable;
                });
            };
            QTRY_VERIFY_WITH_TIMEOUT(sawUnreachable(), 15000); // the emission may still be queued
        }
    }

    void relistEmitsOnlyTheDifference()
    {
        auto conn = connect(selected({kConfigMap}));
        QVERIFY(conn->waitForSynced(std::chrono::seconds(30)));
        QueuedSpy batches(conn->store(), &LiveStore::changed);
        admin("/_sim/hang?on=1");
        admin("/_sim/close-watches");
        m_server->apply(configMap("churn", "relist-new", "1"), "test");
        admin("/_sim/compact");
        admin("/_sim/hang?on=0");
        QTRY_VERIFY_WITH_TIMEOUT(conn->informerStatus(kConfigMap)->lists >= 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(storeMatches(*conn, {kConfigMap}), 20000);
        // the relist of 1200+ objects produced one addition, not a reset
        std::size_t added = 0, modified = 0, deleted = 0;
        auto count = [&] {
            added = modified = deleted = 0;
            for (const auto &args : batches) {
                const auto b = args.at(0).value<ChangeBatch>();
                added += b.added.size();
                modified += b.modified.size();
                deleted += b.deleted.size();
            }
            return added;
        };
        QTRY_COMPARE_WITH_TIMEOUT(count(), std::size_t(1), 15000); // the batch may still be queued
        QCOMPARE(added, std::size_t(1));
        QCOMPARE(deleted, std::size_t(0));
        QCOMPARE(modified, std::size_t(0));
    }

    void deniedKindDegradesButRestGoesOn()
    {
        auto conn = connect(selected(kWatched), QStringLiteral("limited-token"));
        QVERIFY(conn->waitForSynced(std::chrono::seconds(30)));
        const ClusterStatus st = conn->status();
        QCOMPARE(st.state, State::Degraded);
        QCOMPARE(st.deniedKinds, QStringList{QStringLiteral("secrets")});
        QVERIFY2(st.message.contains(QStringLiteral("secrets")), qPrintable(st.message));
        QCOMPARE(conn->store()->size(kSecret), std::size_t(0));
        QVERIFY(storeMatches(*conn, {kConfigMap, kNamespace, kDeployment}));
        QCOMPARE(conn->informerStatus(kSecret)->failure, FailureKind::Forbidden);
    }

    void crdAddedAtRuntimeBecomesWatched()
    {
        ClusterConnection::Options options; // watch everything listable
        options.rediscoveryDelay = std::chrono::milliseconds(100);
        auto conn = connect(options);
        QVERIFY(conn->waitForSynced(std::chrono::seconds(30)));
        const GroupKind widget{QStringLiteral("example.com"), QStringLiteral("Widget")};
        for (const auto &r : conn->watchedResources())
            QVERIFY(r.groupKind() != widget);
        for (const auto &r : conn->watchedResources())
            QVERIFY(!ClusterConnection::excludedByDefault().contains(r.groupKind()));
        QueuedSpy resourcesSpy(conn.get(), &ClusterConnection::resourcesChanged);
        const nlohmann::json crd = nlohmann::json::parse(R"({
          "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
          "metadata": {"name": "widgets.example.com"},
          "spec": {"group": "example.com", "scope": "Namespaced",
                   "names": {"plural": "widgets", "singular": "widget", "kind": "Widget", "listKind": "WidgetList"},
                   "versions": [{"name": "v1", "served": true, "storage": true,
                                 "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}]}})");
        auto applied = m_server->apply(crd, "test");
        QVERIFY2(applied.value("kind", std::string()) != "Status", applied.dump().c_str());
        QTRY_VERIFY_WITH_TIMEOUT(conn->informerStatus(widget).has_value(), 15000);
        m_server->apply(nlohmann::json{{"apiVersion", "example.com/v1"}, {"kind", "Widget"},
                                       {"metadata", {{"namespace", "default"}, {"name", "w1"}}}, {"spec", {{"size", 3}}}},
                        "test");
        const ResourceKey key{QStringLiteral("example.com"), QStringLiteral("Widget"), QStringLiteral("default"), QStringLiteral("w1")};
        QTRY_VERIFY_WITH_TIMEOUT(conn->store()->object(key).has_value(), 15000);
        QCOMPARE(conn->store()->object(key)->object->at("spec").at("size").get<int>(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(!resourcesSpy.isEmpty(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(conn->status().state, State::Live, 15000);
    }

    void childKindsAreMetadataOnly()
    {
        auto conn = connect(selected({kPod}));
        QVERIFY(conn->waitForSynced(std::chrono::seconds(30)));
        m_server->apply(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"Pod","metadata":{"namespace":"default","name":"p1",
            "ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"rs","uid":"u1","controller":true}]},
            "spec":{"containers":[{"name":"c","image":"nginx:1.27"}]}})"),
                        "test");
        const ResourceKey key{QString(), QStringLiteral("Pod"), QStringLiteral("default"), QStringLiteral("p1")};
        QTRY_VERIFY_WITH_TIMEOUT(conn->store()->object(key).has_value(), 15000);
        const auto &pod = *conn->store()->object(key)->object;
        QVERIFY(!pod.contains("spec"));
        QCOMPARE(pod["kind"].get<std::string>(), std::string("Pod"));
        QCOMPARE(pod["apiVersion"].get<std::string>(), std::string("v1"));
        QCOMPARE(pod["metadata"]["ownerReferences"][0]["kind"].get<std::string>(), std::string("ReplicaSet"));
    }

    void unauthorizedIsReportedAsUnreachable()
    {
        auto conn = connect(selected(kWatched), QStringLiteral("revoked-token"));
        QTRY_COMPARE_WITH_TIMEOUT(conn->status().state, State::Unreachable, 15000);
        QCOMPARE(conn->status().reason, FailureKind::Unauthorized);
        QVERIFY(conn->status().message.contains(QStringLiteral("401")));
        QVERIFY(!conn->waitForSynced(std::chrono::milliseconds(200)));
        conn->stop();
        QCOMPARE(conn->status().state, State::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestInformers)
#include "tst_informers.moc"
