// SPDX-License-Identifier: GPL-3.0-or-later
// The engine end to end: kube-sim seeded as Flux would apply a folder, the engine compares the
// folder with the cluster, then kubectl changes the cluster and the results follow live.
#include "core/engine/driftengine.h"
#include "core/kube/kubeconfig.h"
#include "sim/kube/kubesim.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;

namespace {

const char kManifests[] = R"(apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels:
    app: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: registry.example/web:1.0
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 100m
              memory: 64Mi
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  mode: production
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
)";

nlohmann::json withFluxLabels(nlohmann::json o)
{
    o["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/name"] = "apps";
    o["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/namespace"] = "flux-system";
    return o;
}

std::vector<nlohmann::json> documents()
{
    std::vector<nlohmann::json> out;
    // The same objects as kManifests, as JSON for kube-sim's direct apply.
    out.push_back(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"shop"}})"));
    out.push_back(nlohmann::json::parse(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"shop","labels":{"app":"web"}},
      "spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},
      "spec":{"containers":[{"name":"web","image":"registry.example/web:1.0","ports":[{"containerPort":8080}],
      "resources":{"requests":{"cpu":"100m","memory":"64Mi"}}}]}}}})"));
    out.push_back(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings","namespace":"shop"},"data":{"mode":"production"}})"));
    out.push_back(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"web","namespace":"shop"},
      "spec":{"selector":{"app":"web"},"ports":[{"port":80,"targetPort":8080}]}})"));
    return out;
}

const ResourceKey kWeb{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("web")};
const ResourceKey kSettings{QString(), QStringLiteral("ConfigMap"), QStringLiteral("shop"), QStringLiteral("settings")};
const ResourceKey kLeftover{QString(), QStringLiteral("ConfigMap"), QStringLiteral("shop"), QStringLiteral("leftover")};

} // namespace

class TestDriftEngine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<kubesim::Server> m_sim;
    QString m_kubeconfig;
    QString m_repo;

    std::unique_ptr<engine::DriftEngine> makeEngine()
    {
        auto config = kube::Kubeconfig::load({m_kubeconfig}, true);
        if (!config)
            return nullptr;
        auto resolved = config->resolve(QStringLiteral("kube-sim"));
        if (!resolved)
            return nullptr;
        engine::DriftEngine::Options options;
        options.watchAll = true;
        auto e = std::make_unique<engine::DriftEngine>(options, std::make_shared<engine::FolderSourceLoader>());
        if (!e->addCluster(*resolved))
            return nullptr;
        engine::SourceSpec spec;
        spec.id = QStringLiteral("apps");
        spec.cluster = QStringLiteral("kube-sim");
        spec.repo = m_repo;
        e->addSource(spec);
        return e;
    }

    int kubectl(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("kubectl"), QStringList{QStringLiteral("--kubeconfig"), m_kubeconfig} + args);
        if (!p.waitForFinished(30000))
            return -1;
        if (p.exitCode() != 0)
            qWarning() << p.readAllStandardError();
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        kubesim::Options options;
        m_sim = std::make_unique<kubesim::Server>(options);
        std::string error;
        QVERIFY2(m_sim->start(&error), error.c_str());
        m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(m_sim->writeKubeconfig(m_kubeconfig.toStdString()));
        m_repo = m_dir.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(m_repo));
        QFile f(m_repo + u"/apps.yaml");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kManifests);
        f.close();
        // Flux applied the folder: the cluster starts in sync.
        for (const auto &doc : documents()) {
            const auto stored = m_sim->apply(withFluxLabels(doc), "kustomize-controller");
            QVERIFY2(stored.value("kind", "") != "Status", stored.dump().c_str());
        }
    }

    void cleanupTestCase() { m_sim->stop(); }

    void freshlyAppliedIsSynced()
    {
        auto e = makeEngine();
        QVERIFY(e);
        QCOMPARE(e->sources(QStringLiteral("kube-sim")).size(), 1);
        QCOMPARE(e->sources(QStringLiteral("kube-sim")).first().objects, 4);
        e->connectClusters();
        QVERIFY(e->waitForSynced(std::chrono::seconds(30)));
        e->recomputeAll();
        const auto results = e->results(QStringLiteral("kube-sim"));
        QCOMPARE(results.size(), 4);
        for (const auto &r : results) {
            QVERIFY2(r.state == SyncState::Synced,
                     qPrintable(r.key.displayName() + u": " + syncStateName(r.state) + u" " + r.reason
                                + (r.changes.isEmpty() ? QString() : u" first change: " + r.changes.first().field)));
            QCOMPARE(r.sourceRef.path, QStringLiteral("apps.yaml"));
            QVERIFY(r.sourceRef.line > 0);
        }
        QCOMPARE(e->result(QStringLiteral("kube-sim"), kWeb)->sourceRef.line, 6);
        e->stop();
    }

    void liveChangesFollow()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty())
            QSKIP("kubectl is not on PATH: the live-change cases drive the real kubectl");
        auto e = makeEngine();
        QVERIFY(e);
        e->connectClusters();
        QVERIFY(e->waitForSynced(std::chrono::seconds(30)));
        e->recomputeAll();
        QCOMPARE(e->result(QStringLiteral("kube-sim"), kWeb)->state, SyncState::Synced);
        QSignalSpy changed(e.get(), &engine::DriftEngine::resultsChanged);

        // Someone scales by hand: drift, attributed to kubectl-patch.
        QCOMPARE(kubectl({QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("patch"), QStringLiteral("deployment"),
                          QStringLiteral("web"), QStringLiteral("--type=merge"), QStringLiteral("-p"),
                          QStringLiteral(R"({"spec":{"replicas":5}})")}),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(e->result(QStringLiteral("kube-sim"), kWeb)->state, SyncState::Drifted, 15000);
        const auto web = *e->result(QStringLiteral("kube-sim"), kWeb);
        QCOMPARE(web.changes.size(), 1);
        QCOMPARE(web.changes[0].field, QStringLiteral("spec.replicas"));
        QCOMPARE(web.changes[0].gitValue, QStringLiteral("2"));
        QCOMPARE(web.changes[0].liveValue, QStringLiteral("5"));
        QCOMPARE(web.changes[0].manager, QStringLiteral("kubectl-patch"));
        QVERIFY(web.changes[0].time.isValid());
        QVERIFY(changed.count() >= 1);

        // The diff view's material shows the change on both sides.
        const auto sbs = e->sideBySide(QStringLiteral("kube-sim"), kWeb);
        QVERIFY(sbs);
        QVERIFY(sbs->leftText.contains(QStringLiteral("replicas: 2")));
        QVERIFY(sbs->rightText.contains(QStringLiteral("replicas: 5")));

        // Someone deletes an object: Missing.
        QCOMPARE(kubectl({QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("delete"), QStringLiteral("configmap"),
                          QStringLiteral("settings")}),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(e->result(QStringLiteral("kube-sim"), kSettings)->state, SyncState::Missing, 15000);

        // An object the GitOps tool applied but Git no longer declares: Extra, by inferred tracking.
        m_sim->apply(withFluxLabels(nlohmann::json::parse(
                         R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"leftover","namespace":"shop"},"data":{"a":"b"}})")),
                     "kustomize-controller");
        QTRY_VERIFY_WITH_TIMEOUT(e->result(QStringLiteral("kube-sim"), kLeftover).has_value(), 15000);
        const auto leftover = *e->result(QStringLiteral("kube-sim"), kLeftover);
        QCOMPARE(leftover.state, SyncState::Extra);
        QVERIFY2(leftover.reason.contains(QStringLiteral("apps")), qPrintable(leftover.reason));
        QVERIFY(!e->trackingDescription(QStringLiteral("kube-sim")).isEmpty());

        // Put things back for other cases.
        m_sim->apply(withFluxLabels(documents()[2]), "kustomize-controller");
        e->stop();
    }

    void unreachableClusterIsUnknownWithReason()
    {
        // A kubeconfig pointing at a closed port.
        const QString path = m_dir.filePath(QStringLiteral("dead-kubeconfig"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Config\nclusters:\n- name: dead\n  cluster:\n    server: https://127.0.0.1:1\n"
                "contexts:\n- name: dead\n  context:\n    cluster: dead\n    user: u\nusers:\n- name: u\n  user:\n    token: x\n"
                "current-context: dead\n");
        f.close();
        auto config = kube::Kubeconfig::load({path}, true);
        QVERIFY(config);
        engine::DriftEngine e({}, std::make_shared<engine::FolderSourceLoader>());
        QVERIFY(e.addCluster(*config->resolve(QStringLiteral("dead"))));
        engine::SourceSpec spec;
        spec.id = QStringLiteral("apps");
        spec.cluster = QStringLiteral("dead");
        spec.repo = m_repo;
        e.addSource(spec);
        e.connectClusters();
        QTRY_COMPARE_WITH_TIMEOUT(e.clusterStatus(QStringLiteral("dead")).state, kube::ClusterStatus::State::Unreachable, 20000);
        e.recomputeAll();
        const auto web = e.result(QStringLiteral("dead"), kWeb);
        QVERIFY(web);
        QCOMPARE(web->state, SyncState::Unknown);
        QVERIFY2(web->reason.contains(QStringLiteral("unreachable")), qPrintable(web->reason));
        e.stop();
    }
};

QTEST_GUILESS_MAIN(TestDriftEngine)
#include "tst_driftengine.moc"
