// SPDX-License-Identifier: GPL-3.0-or-later
// The engine end to end: kube-sim seeded as Flux would apply a folder, the engine compares the
// folder with the cluster, then kubectl changes the cluster and the results follow live.
#include "core/engine/driftengine.h"
#include "core/engine/sourcebridge.h"
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

// A Service written as Helm charts often do: `clusterIP: ""` lets the API server allocate one.
// The read-only comparison cannot know the allocated address (false drift); the server-side
// apply dry-run carries it over from the live object, as the real API server does.
const char kDbService[] = R"(---
apiVersion: v1
kind: Service
metadata:
  name: db
  namespace: shop
spec:
  clusterIP: ""
  selector:
    app: db
  ports:
    - port: 5432
)";

nlohmann::json dbServiceJson()
{
    return nlohmann::json::parse(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"db","namespace":"shop"},
      "spec":{"clusterIP":"","selector":{"app":"db"},"ports":[{"port":5432}]}})");
}

const ResourceKey kDb{QString(), QStringLiteral("Service"), QStringLiteral("shop"), QStringLiteral("db")};
const ResourceKey kWebService{QString(), QStringLiteral("Service"), QStringLiteral("shop"), QStringLiteral("web")};
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

    // An engine over `kubeconfig` (context kube-sim) and the folder `repo`, connected and synced.
    static std::unique_ptr<engine::DriftEngine> connectedEngine(const QString &kubeconfig, const QString &repo, bool exact,
                                                                drift::CompareOptions compare = {})
    {
        auto config = kube::Kubeconfig::load({kubeconfig}, true);
        if (!config)
            return nullptr;
        auto resolved = config->resolve(QStringLiteral("kube-sim"));
        if (!resolved)
            return nullptr;
        engine::DriftEngine::Options options;
        options.watchAll = true;
        options.exact = exact;
        options.compare = std::move(compare);
        auto e = std::make_unique<engine::DriftEngine>(options, std::make_shared<engine::FolderSourceLoader>());
        if (!e->addCluster(*resolved))
            return nullptr;
        engine::SourceSpec spec;
        spec.id = QStringLiteral("apps");
        spec.cluster = QStringLiteral("kube-sim");
        spec.repo = repo;
        e->addSource(spec);
        e->connectClusters();
        if (!e->waitForSynced(std::chrono::seconds(60)))
            return nullptr;
        e->recomputeAll();
        if (!e->waitForDryRuns(std::chrono::seconds(60)))
            return nullptr;
        return e;
    }

    // A kube-sim of the test's own with the folder applied by Flux, plus a read-only token.
    struct OwnSim
    {
        std::unique_ptr<kubesim::Server> sim;
        QString kubeconfig;
        QString readonlyKubeconfig;
        QString repo;
    };

    bool startOwnSim(OwnSim &own, const QString &name)
    {
        kubesim::Options options;
        options.readonlyTokens = {"read-only-token"};
        own.sim = std::make_unique<kubesim::Server>(options);
        std::string error;
        if (!own.sim->start(&error)) {
            qWarning() << error.c_str();
            return false;
        }
        own.kubeconfig = m_dir.filePath(name + u"-kubeconfig");
        own.readonlyKubeconfig = m_dir.filePath(name + u"-readonly-kubeconfig");
        if (!own.sim->writeKubeconfig(own.kubeconfig.toStdString()))
            return false;
        QFile full(own.kubeconfig);
        if (!full.open(QIODevice::ReadOnly))
            return false;
        QByteArray text = full.readAll();
        const QByteArray fullToken = QByteArray("token: ") + QByteArray::fromStdString(own.sim->token());
        text.replace(fullToken, QByteArray("token: read-only-token"));
        QFile ro(own.readonlyKubeconfig);
        if (!ro.open(QIODevice::WriteOnly) || ro.write(text) != text.size())
            return false;
        ro.close();
        own.repo = m_dir.filePath(name + u"-repo");
        QDir().mkpath(own.repo);
        QFile f(own.repo + u"/apps.yaml");
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QByteArray(kManifests) + kDbService);
        f.close();
        auto docs = documents();
        docs.push_back(dbServiceJson());
        for (const auto &doc : docs) {
            const auto stored = own.sim->apply(withFluxLabels(doc), "kustomize-controller");
            if (stored.value("kind", "") == "Status") {
                qWarning() << stored.dump().c_str();
                return false;
            }
        }
        return true;
    }

    static QString describe(const QList<drift::FieldChange> &changes)
    {
        QStringList out;
        for (const auto &c : changes)
            out << c.field + u' ' + drift::fieldOpName(c.op) + u' ' + c.gitValue + u" -> " + c.liveValue + u" by " + c.manager;
        return out.join(QStringLiteral("; "));
    }

    int kubectlWith(const QString &kubeconfig, const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("kubectl"), QStringList{QStringLiteral("--kubeconfig"), kubeconfig} + args);
        if (!p.waitForFinished(30000))
            return -1;
        if (p.exitCode() != 0)
            qWarning() << p.readAllStandardError();
        return p.exitCode();
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

    void exactModeAgreesAndKnowsAllocatedFields()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty())
            QSKIP("kubectl is not on PATH: the live-change cases drive the real kubectl");
        OwnSim own;
        QVERIFY(startOwnSim(own, QStringLiteral("exact")));
        const QString cluster = QStringLiteral("kube-sim");
        auto normal = connectedEngine(own.kubeconfig, own.repo, false);
        QVERIFY(normal);
        const std::string rvBefore = own.sim->objects().dump();
        auto exact = connectedEngine(own.kubeconfig, own.repo, true);
        QVERIFY(exact);
        // One dry-run per desired object with a live counterpart (Namespace, Deployment,
        // ConfigMap, two Services); a dry run writes nothing.
        QCOMPARE(exact->dryRunCount(), quint64(5));
        QCOMPARE(own.sim->objects().dump(), rvBefore);

        // Freshly applied: both Synced, except the Service whose clusterIP Git leaves to the server.
        for (const ResourceKey &k : {kWeb, kSettings, kWebService}) {
            QCOMPARE(normal->result(cluster, k)->state, SyncState::Synced);
            const auto r = exact->result(cluster, k);
            QVERIFY2(r && r->state == SyncState::Synced, qPrintable(k.displayName() + u": " + (r ? r->reason + describe(r->changes) : QString())));
        }
        const auto falseDrift = normal->result(cluster, kDb);
        QCOMPARE(falseDrift->state, SyncState::Drifted);
        QCOMPARE(falseDrift->changes.size(), 1);
        QCOMPARE(falseDrift->changes[0].field, QStringLiteral("spec.clusterIP"));
        QCOMPARE(exact->result(cluster, kDb)->state, SyncState::Synced);

        // The table cases where both modes apply, made by other managers through kubectl.
        const QString ns = QStringLiteral("-n");
        QCOMPARE(kubectlWith(own.kubeconfig, {ns, QStringLiteral("shop"), QStringLiteral("scale"), QStringLiteral("deployment/web"),
                                             QStringLiteral("--replicas=5")}), 0);
        QCOMPARE(kubectlWith(own.kubeconfig, {ns, QStringLiteral("shop"), QStringLiteral("set"), QStringLiteral("image"),
                                             QStringLiteral("deployment/web"), QStringLiteral("web=registry.example/web:1.1")}), 0);
        QCOMPARE(kubectlWith(own.kubeconfig, {ns, QStringLiteral("shop"), QStringLiteral("label"), QStringLiteral("deployment/web"),
                                             QStringLiteral("team=payments")}), 0);
        QCOMPARE(kubectlWith(own.kubeconfig, {ns, QStringLiteral("shop"), QStringLiteral("label"), QStringLiteral("configmap/settings"),
                                             QStringLiteral("owner=alice")}), 0);
        QCOMPARE(kubectlWith(own.kubeconfig, {ns, QStringLiteral("shop"), QStringLiteral("patch"), QStringLiteral("configmap"),
                                             QStringLiteral("settings"), QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                             QStringLiteral(R"({"data":{"mode":"debug"}})")}), 0);
        QCOMPARE(kubectlWith(own.kubeconfig, {ns, QStringLiteral("shop"), QStringLiteral("annotate"), QStringLiteral("service/web"),
                                             QStringLiteral("example.com/note=hand-made")}), 0);

        auto changesOf = [&](engine::DriftEngine &e, const ResourceKey &k) {
            const auto r = e.result(cluster, k);
            return r ? describe(r->changes) : QString();
        };
        // Normal mode: every change, attributed.
        QTRY_VERIFY2_WITH_TIMEOUT(normal->result(cluster, kWeb)->changes.size() == 3, qPrintable(changesOf(*normal, kWeb)), 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(normal->result(cluster, kSettings)->changes.size() == 2, qPrintable(changesOf(*normal, kSettings)), 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(normal->result(cluster, kWebService)->changes.size() == 1, qPrintable(changesOf(*normal, kWebService)), 30000);
        const QString web = changesOf(*normal, kWeb);
        QVERIFY2(web.contains(QStringLiteral("spec.replicas replace 2 -> 5 by kubectl")), qPrintable(web));
        QVERIFY2(web.contains(QStringLiteral("spec.template.spec.containers[name=web].image replace registry.example/web:1.0 -> registry.example/web:1.1 by kubectl-set")), qPrintable(web));
        QVERIFY2(web.contains(QStringLiteral("metadata.labels.team add  -> payments by kubectl-label")), qPrintable(web));
        // Exact mode reports exactly the same changes once its dry runs answered.
        for (const ResourceKey &k : {kWeb, kSettings, kWebService}) {
            QTRY_COMPARE_WITH_TIMEOUT(changesOf(*exact, k), changesOf(*normal, k), 30000);
            QCOMPARE(exact->result(cluster, k)->state, SyncState::Drifted);
        }
        QCOMPARE(exact->result(cluster, kDb)->state, SyncState::Synced);
        QVERIFY(exact->dryRunCount() > 5); // the live changes asked again
        // The diff view in exact mode shows the same change.
        const auto sbs = exact->sideBySide(cluster, kWeb);
        QVERIFY(sbs && sbs->rightText.contains(QStringLiteral("replicas: 5")));
        normal->stop();
        exact->stop();
        own.sim->stop();
    }

    void exactModeWithoutPatchRightsFallsBack()
    {
        OwnSim own;
        QVERIFY(startOwnSim(own, QStringLiteral("readonly")));
        const QString cluster = QStringLiteral("kube-sim");
        auto exact = connectedEngine(own.readonlyKubeconfig, own.repo, true);
        QVERIFY(exact);
        QCOMPARE(exact->dryRunCount(), quint64(5));
        // The read-only comparison, with the reason saying why it is not exact.
        const auto db = exact->result(cluster, kDb);
        QCOMPARE(db->state, SyncState::Drifted);
        QCOMPARE(db->changes.size(), 1);
        QCOMPARE(db->changes[0].field, QStringLiteral("spec.clusterIP"));
        QVERIFY2(db->reason.contains(QStringLiteral("patch rights")), qPrintable(db->reason));
        const auto web = exact->result(cluster, kWeb);
        QCOMPARE(web->state, SyncState::Synced);
        QVERIFY2(web->reason.contains(QStringLiteral("patch rights")), qPrintable(web->reason));
        // A live change does not ask again without patch rights for the same Git content.
        own.sim->apply(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings","namespace":"shop"},"data":{"mode":"debug"}})"),
                       "kubectl-edit");
        QTRY_COMPARE_WITH_TIMEOUT(exact->result(cluster, kSettings)->state, SyncState::Drifted, 30000);
        QCOMPARE(exact->dryRunCount(), quint64(5));
        exact->stop();
        own.sim->stop();
    }

    void ignoreRulesChangeReevaluates()
    {
        OwnSim own;
        QVERIFY(startOwnSim(own, QStringLiteral("ignore")));
        const QString cluster = QStringLiteral("kube-sim");
        auto e = connectedEngine(own.kubeconfig, own.repo, false);
        QVERIFY(e);
        QCOMPARE(e->result(cluster, kDb)->state, SyncState::Drifted);
        QSignalSpy changed(e.get(), &engine::DriftEngine::resultsChanged);
        // The preferences' "Ignore fields" list, as a JSON Pointer.
        auto rule = drift::IgnoreRule::fromFieldList({QStringLiteral("/spec/clusterIP")});
        QVERIFY(rule);
        drift::CompareOptions options;
        options.ignoreRules = {*rule};
        e->setCompareOptions(options);
        QCOMPARE(e->result(cluster, kDb)->state, SyncState::Synced);
        QCOMPARE(changed.count(), 1);
        bool dbChanged = false;
        for (const auto &r : changed.first().at(1).value<QList<drift::ResourceResult>>())
            dbChanged = dbChanged || r.key == kDb;
        QVERIFY(dbChanged);
        // And back.
        e->setCompareOptions({});
        QCOMPARE(e->result(cluster, kDb)->state, SyncState::Drifted);
        e->stop();
        own.sim->stop();
    }

    void newCommitReevaluatesOnlyWhatChanged()
    {
        OwnSim own;
        QVERIFY(startOwnSim(own, QStringLiteral("incremental")));
        const QString cluster = QStringLiteral("kube-sim");
        auto e = connectedEngine(own.kubeconfig, own.repo, false);
        QVERIFY(e);
        QCOMPARE(e->result(cluster, kSettings)->state, SyncState::Synced);
        QCOMPARE(e->result(cluster, kWeb)->sourceRef.line, 6);
        QSignalSpy changed(e.get(), &engine::DriftEngine::resultsChanged);

        // Git changes one object: only it is compared again.
        QByteArray text = QByteArray(kManifests) + kDbService;
        text.replace("mode: production", "mode: staging");
        QFile f(own.repo + u"/apps.yaml");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const quint64 before = e->evaluationCount();
        e->reloadSource(cluster, QStringLiteral("apps"));
        QCOMPARE(e->evaluationCount() - before, quint64(1));
        QCOMPARE(e->result(cluster, kSettings)->state, SyncState::Drifted);
        QCOMPARE(e->result(cluster, kWeb)->state, SyncState::Synced);

        // A commit that only moves objects (a comment on top): nothing is compared again, but
        // every result points at its new line.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# platform team\n" + text);
        f.close();
        const quint64 moved = e->evaluationCount();
        changed.clear();
        e->reloadSource(cluster, QStringLiteral("apps"));
        QCOMPARE(e->evaluationCount(), moved);
        QCOMPARE(e->result(cluster, kWeb)->sourceRef.line, 7);
        QCOMPARE(e->result(cluster, kSettings)->state, SyncState::Drifted);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).value<QList<drift::ResourceResult>>().size(), 5);
        e->stop();
        own.sim->stop();
    }

    void compactLiveObjectsKeepAttribution()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty())
            QSKIP("kubectl is not on PATH: the client-side apply case drives the real kubectl");
        OwnSim own;
        QVERIFY(startOwnSim(own, QStringLiteral("compact")));
        const QString cluster = QStringLiteral("kube-sim");
        // Git declares a ConfigMap that was once applied client-side with one more key.
        QFile git(own.repo + u"/legacy.yaml");
        QVERIFY(git.open(QIODevice::WriteOnly));
        git.write("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: legacy\n  namespace: shop\ndata:\n  a: \"1\"\n");
        git.close();
        const QString old = m_dir.filePath(QStringLiteral("legacy-old.yaml"));
        QFile before(old);
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.write("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: legacy\n  namespace: shop\ndata:\n  a: \"1\"\n  b: \"2\"\n");
        before.close();
        QCOMPARE(kubectlWith(own.kubeconfig, {QStringLiteral("apply"), QStringLiteral("-f"), old}), 0);
        // An object the GitOps manager applied server-side that also carries an old last-applied copy.
        auto settings = withFluxLabels(documents()[2]);
        settings["metadata"]["annotations"]["kubectl.kubernetes.io/last-applied-configuration"] = documents()[2].dump();
        own.sim->apply(settings, "kustomize-controller");

        auto e = connectedEngine(own.kubeconfig, own.repo, false);
        QVERIFY(e);
        // Stored compactly: no managedFields; last-applied only where the comparison needs it.
        const auto web = e->liveObject(cluster, kWeb);
        QVERIFY(web && !web->at("metadata").contains("managedFields"));
        const auto storedSettings = e->liveObject(cluster, kSettings);
        QVERIFY(!storedSettings->at("metadata").contains("managedFields"));
        QVERIFY(!storedSettings->at("metadata").value("annotations", nlohmann::json::object()).contains("kubectl.kubernetes.io/last-applied-configuration"));
        QCOMPARE(e->result(cluster, kSettings)->state, SyncState::Synced);
        const ResourceKey legacyKey{QString(), QStringLiteral("ConfigMap"), QStringLiteral("shop"), QStringLiteral("legacy")};
        const auto legacyLive = e->liveObject(cluster, legacyKey);
        QVERIFY(legacyLive);
        QVERIFY(legacyLive->at("metadata").at("annotations").contains("kubectl.kubernetes.io/last-applied-configuration"));
        // "Removed in Git" through the kept last-applied copy, attributed through the ownership index.
        const auto legacy = e->result(cluster, legacyKey);
        QCOMPARE(legacy->state, SyncState::Drifted);
        QCOMPARE(legacy->changes.size(), 1);
        QCOMPARE(legacy->changes[0].field, QStringLiteral("data.b"));
        QVERIFY(legacy->changes[0].removedInGit);
        QCOMPARE(legacy->changes[0].manager, QStringLiteral("kubectl-client-side-apply"));
        QVERIFY(legacy->changes[0].time.isValid());
        // The diff view's managedFields option shows the managers kept in the index.
        drift::SideBySideOptions withManagers;
        withManagers.includeManagedFields = true;
        const auto sbs = e->sideBySide(cluster, legacyKey, withManagers);
        QVERIFY(sbs);
        QVERIFY2(sbs->rightText.contains(QStringLiteral("manager: kubectl-client-side-apply")), qPrintable(sbs->rightText));
        QVERIFY(!e->sideBySide(cluster, legacyKey)->rightText.contains(QStringLiteral("managedFields")));
        // A live change by another manager is attributed to it.
        QCOMPARE(kubectlWith(own.kubeconfig, {QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("patch"), QStringLiteral("deployment"),
                                             QStringLiteral("web"), QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                             QStringLiteral(R"({"spec":{"replicas":7}})")}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(e->result(cluster, kWeb)->state, SyncState::Drifted, 30000);
        QCOMPARE(e->result(cluster, kWeb)->changes[0].manager, QStringLiteral("kubectl-patch"));
        e->stop();
        own.sim->stop();
    }

    void workspaceCredentialsReachTheEngine()
    {
        // The workspace's credential references and server-identity files travel unchanged.
        workspace::SourceSpec w;
        w.name = QStringLiteral("forge");
        w.repository = QStringLiteral("ssh://git@forge.example:2222/team/platform.git");
        w.tokenEnv = QStringLiteral("FORGE_TOKEN");
        w.sshKey = QStringLiteral("/keys/id_ed25519");
        w.sshPassphraseEnv = QStringLiteral("FORGE_KEY_PASSPHRASE");
        w.caFile = QStringLiteral("/etc/forge-ca.pem");
        w.knownHostsFile = QStringLiteral("/keys/known_hosts");
        const engine::SourceSpec s = engine::fromWorkspace(w, QStringLiteral("prod"));
        QCOMPARE(s.repo, w.repository);
        QCOMPARE(s.tokenEnv, w.tokenEnv);
        QCOMPARE(s.sshKey, w.sshKey);
        QCOMPARE(s.sshPassphraseEnv, w.sshPassphraseEnv);
        QCOMPARE(s.caFile, w.caFile);
        QCOMPARE(s.knownHostsFile, w.knownHostsFile);
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
