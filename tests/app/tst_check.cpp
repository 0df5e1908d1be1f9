// SPDX-License-Identifier: GPL-3.0-or-later
// `driftdeck check` as a pipeline would run it: the real executable against kube-sim.
#include "kubesim.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const char kRepo[] = R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  mode: production
  retries: "3"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: web:1.0
)";

nlohmann::json fluxApplied(nlohmann::json o)
{
    o["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/name"] = "shop";
    o["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/namespace"] = "flux-system";
    return o;
}

} // namespace

class TestCheck : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<kubesim::Server> m_sim;
    QString m_kubeconfig;
    QString m_repo;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path()); // no user kubeconfig, cache in the test folder
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("KUBECONFIG"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // check needs no display at all
        return env;
    }

    Run check(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(DRIFTDECK_EXE), QStringList{QStringLiteral("check")} + args);
        if (!p.waitForFinished(90000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QStringList base() const
    {
        return {QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--source"), m_repo, QStringLiteral("--timeout"),
                QStringLiteral("30")};
    }

    void seedInSync()
    {
        m_sim->apply(fluxApplied(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"shop"}})")),
                     "kustomize-controller");
        m_sim->apply(fluxApplied(nlohmann::json::parse(
                         R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings","namespace":"shop"},"data":{"mode":"production","retries":"3"}})")),
                     "kustomize-controller");
        m_sim->apply(fluxApplied(nlohmann::json::parse(
                         R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"shop"},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"web","image":"web:1.0"}]}}}})")),
                     "kustomize-controller");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<kubesim::Server>(kubesim::Options{});
        std::string error;
        QVERIFY2(m_sim->start(&error), error.c_str());
        m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(m_sim->writeKubeconfig(m_kubeconfig.toStdString(), "test"));
        m_repo = m_dir.filePath(QStringLiteral("repo"));
        QDir().mkpath(m_repo);
        QFile f(m_repo + u"/shop.yaml");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kRepo);
        f.close();
        seedInSync();
    }

    void cleanupTestCase() { m_sim->stop(); }

    void inSyncExitsZero()
    {
        const Run r = check(base());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("● test: 2 resources, 0 drifted, 0 missing"), r.out.constData());
    }

    void driftExitsOneInEveryFormat()
    {
        // An operator edits the ConfigMap by hand.
        auto edited = nlohmann::json::parse(
            R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings","namespace":"shop"},"data":{"retries":"5"}})");
        const auto stored = m_sim->apply(edited, "kubectl-edit");
        QVERIFY2(stored.value("kind", "") == "ConfigMap", stored.dump().c_str());

        const Run text = check(base());
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("► ConfigMap/shop/settings drifted"), text.out.constData());
        QVERIFY2(text.out.contains("data.retries: \"3\" -> \"5\" changed by kubectl-edit"), text.out.constData());

        const Run json = check(base() + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 1);
        const auto doc = nlohmann::json::parse(json.out.toStdString());
        QCOMPARE(doc["clusters"][0]["context"].get<std::string>(), std::string("test"));
        QCOMPARE(doc["clusters"][0]["status"].get<std::string>(), std::string("live"));
        bool found = false;
        for (const auto &r : doc["clusters"][0]["resources"]) {
            if (r["name"] == "settings") {
                found = true;
                QCOMPARE(r["state"].get<std::string>(), std::string("Drifted"));
                QCOMPARE(r["source"]["path"].get<std::string>(), std::string("shop.yaml"));
                QCOMPARE(r["changes"][0]["field"].get<std::string>(), std::string("data.retries"));
                QCOMPARE(r["changes"][0]["manager"].get<std::string>(), std::string("kubectl-edit"));
            } else {
                QCOMPARE(r["state"].get<std::string>(), std::string("Synced"));
            }
        }
        QVERIFY(found);

        const Run junit = check(base() + QStringList{QStringLiteral("--format"), QStringLiteral("junit")});
        QCOMPARE(junit.exitCode, 1);
        QXmlStreamReader xml(junit.out);
        int failures = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"failure")
                ++failures;
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(failures, 1);

        // Drift is not in --fail-on: exit 0.
        QCOMPARE(check(base() + QStringList{QStringLiteral("--fail-on"), QStringLiteral("missing")}).exitCode, 0);
        seedInSync();
        QCOMPARE(check(base()).exitCode, 0);
    }

    void unreachableClusterExitsTwo()
    {
        const QString dead = m_dir.filePath(QStringLiteral("dead"));
        QFile f(dead);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Config\nclusters:\n- name: dead\n  cluster:\n    server: https://127.0.0.1:1\n"
                "contexts:\n- name: dead\n  context:\n    cluster: dead\n    user: u\nusers:\n- name: u\n  user:\n    token: x\n"
                "current-context: dead\n");
        f.close();
        const Run r = check({QStringLiteral("--kubeconfig"), dead, QStringLiteral("--source"), m_repo, QStringLiteral("--timeout"),
                             QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 2);
        const auto doc = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(doc["clusters"][0]["status"].get<std::string>(), std::string("unreachable"));
        QVERIFY(!doc["clusters"][0]["message"].get<std::string>().empty());
    }

    void exactModeAsksTheServer()
    {
        // A cluster of its own with a read-only token beside the full one.
        kubesim::Options options;
        options.readonlyTokens = {"read-only-token"};
        kubesim::Server sim(options);
        std::string error;
        QVERIFY2(sim.start(&error), error.c_str());
        const QString kubeconfig = m_dir.filePath(QStringLiteral("exact-kubeconfig"));
        QVERIFY(sim.writeKubeconfig(kubeconfig.toStdString(), "exact"));
        QFile full(kubeconfig);
        QVERIFY(full.open(QIODevice::ReadOnly));
        QByteArray text = full.readAll();
        full.close();
        const QByteArray fullToken = QByteArray("token: ") + QByteArray::fromStdString(sim.token());
        text.replace(fullToken, QByteArray("token: read-only-token"));
        const QString readonly = m_dir.filePath(QStringLiteral("exact-readonly-kubeconfig"));
        QFile ro(readonly);
        QVERIFY(ro.open(QIODevice::WriteOnly));
        ro.write(text);
        ro.close();
        // Git leaves the Service's clusterIP to the server (`clusterIP: ""`), Flux applied it.
        const QString repo = m_dir.filePath(QStringLiteral("exact-repo"));
        QDir().mkpath(repo);
        QFile f(repo + u"/db.yaml");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n  namespace: shop\nspec:\n  clusterIP: \"\"\n"
                "  selector:\n    app: db\n  ports:\n    - port: 5432\n");
        f.close();
        sim.apply(fluxApplied(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"shop"}})")),
                  "kustomize-controller");
        const auto stored = sim.apply(fluxApplied(nlohmann::json::parse(
                                          R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"db","namespace":"shop"},"spec":{"clusterIP":"","selector":{"app":"db"},"ports":[{"port":5432}]}})")),
                                      "kustomize-controller");
        QVERIFY2(!stored["spec"].value("clusterIP", std::string()).empty(), stored.dump().c_str());
        const QStringList args{QStringLiteral("--source"), repo, QStringLiteral("--timeout"), QStringLiteral("30"),
                               QStringLiteral("--format"), QStringLiteral("json")};

        // Read-only comparison: the allocated address looks like drift.
        const Run normal = check(QStringList{QStringLiteral("--kubeconfig"), kubeconfig} + args);
        QVERIFY2(normal.exitCode == 1, QByteArray(normal.out + normal.err).constData());
        // Exact: the dry run carries the address over, as applying Git would: in sync.
        const Run exact = check(QStringList{QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("--exact")} + args);
        QVERIFY2(exact.exitCode == 0, QByteArray(exact.out + exact.err).constData());
        const auto doc = nlohmann::json::parse(exact.out.toStdString());
        QCOMPARE(doc["clusters"][0]["resources"][0]["name"].get<std::string>(), std::string("db"));
        QCOMPARE(doc["clusters"][0]["resources"][0]["state"].get<std::string>(), std::string("Synced"));
        // Without patch rights: the read-only comparison, and the reason says why.
        const Run fallback = check(QStringList{QStringLiteral("--kubeconfig"), readonly, QStringLiteral("--exact")} + args);
        QVERIFY2(fallback.exitCode == 1, QByteArray(fallback.out + fallback.err).constData());
        const auto fb = nlohmann::json::parse(fallback.out.toStdString());
        const auto &db = fb["clusters"][0]["resources"][0];
        QCOMPARE(db["state"].get<std::string>(), std::string("Drifted"));
        QVERIFY2(db["reason"].get<std::string>().find("patch rights") != std::string::npos, db.dump().c_str());
        QCOMPARE(db["changes"][0]["field"].get<std::string>(), std::string("spec.clusterIP"));
        sim.stop();
    }

    void watchPrintsChangesAndRemovals()
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(DRIFTDECK_EXE), QStringList{QStringLiteral("check"), QStringLiteral("--watch")} + base());
        QByteArray pending;
        std::vector<nlohmann::json> lines;
        const auto printed = [&](const std::function<bool(const nlohmann::json &)> &match) {
            pending += p.readAllStandardOutput();
            for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
                lines.push_back(nlohmann::json::parse(pending.left(end).toStdString()));
                pending.remove(0, end + 1);
            }
            return std::any_of(lines.begin(), lines.end(), match);
        };
        const auto named = [](const char *name) {
            return [name](const nlohmann::json &l) { return l.value("name", std::string()) == name; };
        };
        // First every resource once.
        QTRY_VERIFY_WITH_TIMEOUT(printed(named("web")) && printed(named("settings")), 60000);
        QVERIFY(std::none_of(lines.begin(), lines.end(), [](const nlohmann::json &l) { return l.contains("removed"); }));

        // Flux applies an object Git does not declare: Extra (marks inferred from the others).
        m_sim->apply(fluxApplied(nlohmann::json::parse(
                         R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"leftover","namespace":"shop"},"data":{"a":"b"}})")),
                     "kustomize-controller");
        QTRY_VERIFY_WITH_TIMEOUT(printed([](const nlohmann::json &l) {
                                     return l.value("name", std::string()) == "leftover" && l.value("state", std::string()) == "Extra";
                                 }),
                                 30000);
        // Deleted from the cluster: the result goes, and the watch says so.
        const auto status = m_sim->remove("v1", "ConfigMap", "shop", "leftover");
        QVERIFY2(status.value("code", 200) == 200, status.dump().c_str());
        QTRY_VERIFY_WITH_TIMEOUT(printed([](const nlohmann::json &l) {
                                     return l.value("name", std::string()) == "leftover" && l.value("removed", false)
                                         && l.value("kind", std::string()) == "ConfigMap" && l.value("cluster", std::string()) == "test"
                                         && !l.contains("state");
                                 }),
                                 30000);
        p.terminate();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void badInputIsAnError()
    {
        QCOMPARE(check(base() + QStringList{QStringLiteral("--format"), QStringLiteral("yaml")}).exitCode, 2);
        QCOMPARE(check(base() + QStringList{QStringLiteral("--fail-on"), QStringLiteral("drift,oops")}).exitCode, 2);
        const Run missing = check({QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--source"), m_dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("nope"), missing.err.constData());
        const Run help = check({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--fail-on"));
    }
};

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
