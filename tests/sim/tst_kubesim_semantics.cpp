// SPDX-License-Identifier: GPL-3.0-or-later
// kube-sim API semantics: quantities, defaults, generation, managedFields, server-side apply,
// the four patch types, dryRun, finalizers, CRDs, scale, seeding, controllers and churn.
#include "cluster.h"
#include "controllers.h"
#include "kubesim.h"
#include "quantity.h"
#include "simhttp.h"

#include <fstream>

#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using nlohmann::json;

namespace {

json entryOf(const json &obj, const std::string &manager, const std::string &operation = {})
{
    for (const auto &e : obj["metadata"].value("managedFields", json::array())) {
        if (e["manager"] == manager && (operation.empty() || e["operation"] == operation))
            return e;
    }
    return nullptr;
}

const char *kDeployment = R"({
  "apiVersion": "apps/v1", "kind": "Deployment",
  "metadata": {"name": "web", "namespace": "sem", "labels": {"app": "web"}},
  "spec": {
    "selector": {"matchLabels": {"app": "web"}},
    "template": {
      "metadata": {"labels": {"app": "web"}},
      "spec": {"containers": [
        {"name": "web", "image": "nginx:1.25", "ports": [{"containerPort": 80}],
         "resources": {"limits": {"cpu": "1000m", "memory": "0.5Gi"}, "requests": {"cpu": 0.25, "memory": "1073741824"}}},
        {"name": "sidecar", "image": "busybox"}
      ]}
    }
  }
})";

} // namespace

class TestKubeSimSemantics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void quantities_data();
    void quantities();
    void deploymentDefaults();
    void serviceDefaults();
    void otherDefaults();
    void generation();
    void updateManagers_data();
    void updateManagers();
    void serverSideApplyConflicts();
    void serverSideApplyRemovesDroppedFields();
    void managedFieldsFromRequests();
    void patchTypes_data();
    void patchTypes();
    void dryRun();
    void finalizers();
    void customResourceDefinitions();
    void scaleSubresource();
    void directApply();
    void seedDirectory();
    void controllers();
    void churnIsReproducible();
    void churnRunsInTheServer();
    void steadyChurnKeepsTheCountAndPauses();

private:
    std::unique_ptr<kubesim::Server> m_server;
    std::unique_ptr<SimHttp> m_http;
};

void TestKubeSimSemantics::initTestCase()
{
    kubesim::Options o;
    o.token = "t";
    o.threads = 32;
    m_server = std::make_unique<kubesim::Server>(o);
    std::string error;
    QVERIFY2(m_server->start(&error), error.c_str());
    m_http = std::make_unique<SimHttp>(*m_server, "t");
    QCOMPARE(m_http->post("/api/v1/namespaces", R"({"metadata":{"name":"sem"}})").status, 201);
}

void TestKubeSimSemantics::cleanupTestCase()
{
    m_http.reset();
    m_server->stop();
}

void TestKubeSimSemantics::quantities_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    const std::pair<const char *, const char *> rows[] = {
        {"1000m", "1"},   {"0.5Gi", "512Mi"}, {"1024Mi", "1Gi"}, {"1536Mi", "1536Mi"}, {"0.5", "500m"},
        {"2000", "2k"},   {"1500", "1500"},   {"100m", "100m"}, {"0.1", "100m"},      {"1e3", "1e3"},
        {"1073741824", "1073741824"}, {"1Ki", "1Ki"}, {"0.5Ki", "512"}, {"250m", "250m"}, {"1.5", "1500m"},
        {"0", "0"},       {"1G", "1G"},       {"1000M", "1G"},   {"0.1m", "100u"},      {"12Mi", "12Mi"}};
    for (const auto &[in, out] : rows)
        QTest::newRow(in) << QString::fromUtf8(in) << QString::fromUtf8(out);
    QTest::newRow("invalid") << QStringLiteral("12 apples") << QString();
}

void TestKubeSimSemantics::quantities()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto got = kubesim::Quantity::canonicalize(input.toStdString());
    if (canonical.isEmpty()) {
        QVERIFY(!got.has_value());
        return;
    }
    QVERIFY(got.has_value());
    QCOMPARE(QString::fromStdString(*got), canonical);
}

void TestKubeSimSemantics::deploymentDefaults()
{
    const auto r = m_http->post("/apis/apps/v1/namespaces/sem/deployments", kDeployment);
    QCOMPARE(r.status, 201);
    const json d = r.json();
    const json spec = d["spec"];
    QCOMPARE(spec["replicas"].get<int>(), 1);
    QCOMPARE(spec["revisionHistoryLimit"].get<int>(), 10);
    QCOMPARE(spec["progressDeadlineSeconds"].get<int>(), 600);
    QCOMPARE(spec["strategy"].dump(), std::string(R"({"rollingUpdate":{"maxSurge":"25%","maxUnavailable":"25%"},"type":"RollingUpdate"})"));
    const json pod = spec["template"]["spec"];
    QCOMPARE(pod["restartPolicy"].get<std::string>(), std::string("Always"));
    QCOMPARE(pod["dnsPolicy"].get<std::string>(), std::string("ClusterFirst"));
    QCOMPARE(pod["schedulerName"].get<std::string>(), std::string("default-scheduler"));
    QCOMPARE(pod["securityContext"].dump(), std::string("{}"));
    QCOMPARE(pod["terminationGracePeriodSeconds"].get<int>(), 30);
    const json web = pod["containers"][0];
    QCOMPARE(web["imagePullPolicy"].get<std::string>(), std::string("IfNotPresent"));
    QCOMPARE(pod["containers"][1]["imagePullPolicy"].get<std::string>(), std::string("Always"));
    QCOMPARE(web["terminationMessagePath"].get<std::string>(), std::string("/dev/termination-log"));
    QCOMPARE(web["terminationMessagePolicy"].get<std::string>(), std::string("File"));
    QCOMPARE(web["ports"][0]["protocol"].get<std::string>(), std::string("TCP"));
    QCOMPARE(web["resources"]["limits"]["cpu"].get<std::string>(), std::string("1"));
    QCOMPARE(web["resources"]["limits"]["memory"].get<std::string>(), std::string("512Mi"));
    QCOMPARE(web["resources"]["requests"]["cpu"].get<std::string>(), std::string("250m"));
    QCOMPARE(web["resources"]["requests"]["memory"].get<std::string>(), std::string("1073741824"));
    QCOMPARE(pod["containers"][1]["resources"].dump(), std::string("{}"));
    QCOMPARE(d["metadata"]["generation"].get<int>(), 1);
    QVERIFY(!d.contains("status"));
}

void TestKubeSimSemantics::serviceDefaults()
{
    const auto r = m_http->post("/api/v1/namespaces/sem/services",
                                R"({"metadata":{"name":"svc"},"spec":{"selector":{"app":"web"},"ports":[{"port":80},{"port":443,"targetPort":"https","protocol":"TCP"}]}})");
    QCOMPARE(r.status, 201);
    const json spec = r.json()["spec"];
    QCOMPARE(spec["type"].get<std::string>(), std::string("ClusterIP"));
    QCOMPARE(spec["sessionAffinity"].get<std::string>(), std::string("None"));
    const std::string ip = spec["clusterIP"].get<std::string>();
    QVERIFY2(ip.rfind("10.96.", 0) == 0, ip.c_str());
    QCOMPARE(spec["clusterIPs"].dump(), json::array({ip}).dump());
    QCOMPARE(spec["ports"][0]["protocol"].get<std::string>(), std::string("TCP"));
    QCOMPARE(spec["ports"][0]["targetPort"].get<int>(), 80);
    QCOMPARE(spec["ports"][1]["targetPort"].get<std::string>(), std::string("https"));
    // a second Service gets another address; an update without clusterIP keeps it
    const json other = m_http->post("/api/v1/namespaces/sem/services", R"({"metadata":{"name":"svc2"},"spec":{"ports":[{"port":1}]}})").json();
    QVERIFY(other["spec"]["clusterIP"].get<std::string>() != ip);
    json put = r.json();
    put["spec"].erase("clusterIP");
    put["spec"].erase("clusterIPs");
    const auto updated = m_http->put("/api/v1/namespaces/sem/services/svc", put.dump());
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json()["spec"]["clusterIP"].get<std::string>(), ip);
}

void TestKubeSimSemantics::otherDefaults()
{
    const json secret = m_http->post("/api/v1/namespaces/sem/secrets", R"({"metadata":{"name":"s"},"stringData":{"password":"hunter2"}})").json();
    QCOMPARE(secret["type"].get<std::string>(), std::string("Opaque"));
    QCOMPARE(secret["data"]["password"].get<std::string>(), std::string("aHVudGVyMg=="));
    QVERIFY(!secret.contains("stringData"));
    const json pvc = m_http->post("/api/v1/namespaces/sem/persistentvolumeclaims",
                                  R"({"metadata":{"name":"p"},"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"0.5Gi"}}}})").json();
    QCOMPARE(pvc["spec"]["resources"]["requests"]["storage"].get<std::string>(), std::string("512Mi"));
    QCOMPARE(pvc["spec"]["volumeMode"].get<std::string>(), std::string("Filesystem"));
    const json quota = m_http->post("/api/v1/namespaces/sem/resourcequotas",
                                    R"({"metadata":{"name":"q"},"spec":{"hard":{"requests.cpu":"2000m","limits.memory":"2048Mi","pods":"10"}}})").json();
    QCOMPARE(quota["spec"]["hard"].dump(), std::string(R"({"limits.memory":"2Gi","pods":"10","requests.cpu":"2"})"));
    const json limits = m_http->post("/api/v1/namespaces/sem/limitranges",
                                     R"({"metadata":{"name":"l"},"spec":{"limits":[{"type":"Container","default":{"cpu":"500m","memory":"0.25Gi"},"max":{"cpu":"4000m"}}]}})").json();
    QCOMPARE(limits["spec"]["limits"][0]["default"].dump(), std::string(R"({"cpu":"500m","memory":"256Mi"})"));
    QCOMPARE(limits["spec"]["limits"][0]["max"]["cpu"].get<std::string>(), std::string("4"));
    const json ns = m_http->get("/api/v1/namespaces/sem").json();
    QCOMPARE(ns["metadata"]["labels"]["kubernetes.io/metadata.name"].get<std::string>(), std::string("sem"));
    QCOMPARE(ns["status"]["phase"].get<std::string>(), std::string("Active"));
    QCOMPARE(m_http->get("/api/v1/namespaces/sem/serviceaccounts/default").status, 200);
    QCOMPARE(m_http->post("/api/v1/namespaces/sem/configmaps", R"({"metadata":{"name":"bad"},"data":{"a":"b"}})").status, 201);
    const auto bad = m_http->post("/api/v1/namespaces/sem/limitranges",
                                  R"({"metadata":{"name":"bad"},"spec":{"limits":[{"type":"Container","max":{"cpu":"lots"}}]}})");
    QCOMPARE(bad.status, 400);
}

void TestKubeSimSemantics::generation()
{
    const std::string path = "/apis/apps/v1/namespaces/sem/deployments/web";
    const json before = m_http->get(path).json();
    const int gen = before["metadata"]["generation"].get<int>();
    const json labelled = m_http->patch(path, R"({"metadata":{"labels":{"x":"y"}}})", "application/merge-patch+json").json();
    QCOMPARE(labelled["metadata"]["generation"].get<int>(), gen);
    QVERIFY(labelled["metadata"]["resourceVersion"] != before["metadata"]["resourceVersion"]);
    const json scaled = m_http->patch(path, R"({"spec":{"replicas":3}})", "application/merge-patch+json").json();
    QCOMPARE(scaled["metadata"]["generation"].get<int>(), gen + 1);
    // a write that changes nothing keeps the resourceVersion
    const json same = m_http->patch(path, R"({"spec":{"replicas":3}})", "application/merge-patch+json").json();
    QCOMPARE(same["metadata"]["resourceVersion"].dump(), scaled["metadata"]["resourceVersion"].dump());
}

void TestKubeSimSemantics::updateManagers_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("userAgent");
    QTest::addColumn<QString>("manager");
    QTest::newRow("fieldManager") << QStringLiteral("?fieldManager=my-tool") << QStringLiteral("kubectl/v1.32.0 (linux/amd64)") << QStringLiteral("my-tool");
    QTest::newRow("kubectl edit") << QString() << QStringLiteral("kubectl-edit/v1.32.0 (linux/amd64) kubernetes/abc") << QStringLiteral("kubectl-edit");
    QTest::newRow("plain kubectl") << QString() << QStringLiteral("kubectl/v1.32.0 (linux/amd64) kubernetes/abc") << QStringLiteral("kubectl");
    QTest::newRow("controller") << QString() << QStringLiteral("kustomize-controller/v1.4.0") << QStringLiteral("kustomize-controller");
}

void TestKubeSimSemantics::updateManagers()
{
    QFETCH(QString, query);
    QFETCH(QString, userAgent);
    QFETCH(QString, manager);
    const std::string name = "mgr-" + std::to_string(QTest::currentDataTag()[0]);
    httplib::Client raw(m_server->url());
    raw.enable_server_certificate_verification(false);
    const httplib::Headers headers{{"Authorization", "Bearer t"}, {"User-Agent", userAgent.toStdString()}};
    auto r = raw.Post("/api/v1/namespaces/sem/configmaps" + query.toStdString(), headers,
                      json{{"metadata", {{"name", name}}}, {"data", {{"a", "1"}}}}.dump(), "application/json");
    QVERIFY(r);
    QCOMPARE(r->status, 201);
    r = raw.Patch("/api/v1/namespaces/sem/configmaps/" + name + query.toStdString(), headers,
                  R"({"data":{"b":"2"}})", "application/merge-patch+json");
    QCOMPARE(r->status, 200);
    const json obj = json::parse(r->body);
    const json entry = entryOf(obj, manager.toStdString(), "Update");
    QVERIFY2(!entry.is_null(), obj["metadata"]["managedFields"].dump().c_str());
    QCOMPARE(entry["fieldsV1"].dump(), std::string(R"({"f:data":{".":{},"f:a":{},"f:b":{}}})"));
    QCOMPARE(entry["apiVersion"].get<std::string>(), std::string("v1"));
    QCOMPARE(entry["fieldsType"].get<std::string>(), std::string("FieldsV1"));
}

void TestKubeSimSemantics::serverSideApplyConflicts()
{
    const std::string path = "/apis/apps/v1/namespaces/sem/deployments/ssa";
    json config = json::parse(kDeployment);
    config["metadata"]["name"] = "ssa";
    config["spec"]["replicas"] = 2;
    auto r = m_http->patch(path + "?fieldManager=flux", config.dump(), "application/apply-patch+yaml");
    QCOMPARE(r.status, 201);
    json flux = entryOf(r.json(), "flux", "Apply");
    QVERIFY(!flux.is_null());
    QCOMPARE(flux["fieldsV1"]["f:spec"]["f:replicas"].dump(), std::string("{}"));
    QCOMPARE(flux["fieldsV1"]["f:spec"]["f:template"]["f:spec"]["f:containers"]["k:{\"name\":\"web\"}"]["f:image"].dump(), std::string("{}"));
    // defaults are not owned by the applier
    QVERIFY(!flux["fieldsV1"]["f:spec"].contains("f:revisionHistoryLimit"));

    // another manager changing an owned field conflicts, with the real message shape
    json other = json{{"apiVersion", "apps/v1"}, {"kind", "Deployment"}, {"metadata", {{"name", "ssa"}}}, {"spec", {{"replicas", 5}}}};
    r = m_http->patch(path + "?fieldManager=hpa", other.dump(), "application/apply-patch+yaml");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()["reason"].get<std::string>(), std::string("Conflict"));
    QCOMPARE(r.json()["message"].get<std::string>(),
             std::string("Apply failed with 1 conflict: conflict with \"flux\" using apps/v1: .spec.replicas"));
    QCOMPARE(r.json()["details"]["causes"][0]["field"].get<std::string>(), std::string(".spec.replicas"));

    // the same value is shared ownership, no conflict
    other["spec"]["replicas"] = 2;
    QCOMPARE(m_http->patch(path + "?fieldManager=hpa", other.dump(), "application/apply-patch+yaml").status, 200);

    // force takes the field
    other["spec"]["replicas"] = 5;
    r = m_http->patch(path + "?fieldManager=hpa&force=true", other.dump(), "application/apply-patch+yaml");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["spec"]["replicas"].get<int>(), 5);
    flux = entryOf(r.json(), "flux", "Apply");
    QVERIFY(!flux["fieldsV1"]["f:spec"].contains("f:replicas"));
    QVERIFY(entryOf(r.json(), "hpa", "Apply")["fieldsV1"]["f:spec"].contains("f:replicas"));

    // an Update by someone else takes the field from the applier too
    r = m_http->patch(path + "?fieldManager=kubectl-edit", R"({"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:9"}]}}}})",
                      "application/strategic-merge-patch+json");
    QCOMPARE(r.status, 200);
    flux = entryOf(r.json(), "flux", "Apply");
    QVERIFY(!flux["fieldsV1"]["f:spec"]["f:template"]["f:spec"]["f:containers"]["k:{\"name\":\"web\"}"].contains("f:image"));
    QCOMPARE(entryOf(r.json(), "kubectl-edit", "Update")["fieldsV1"].dump(),
             std::string(R"({"f:spec":{"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"web\"}":{"f:image":{}}}}}}})"));

    // multiple conflicts list every field
    json many = json{{"apiVersion", "apps/v1"}, {"kind", "Deployment"}, {"metadata", {{"name", "ssa"}, {"labels", {{"app", "other"}}}}},
                     {"spec", {{"replicas", 7}}}};
    r = m_http->patch(path + "?fieldManager=third", many.dump(), "application/apply-patch+yaml");
    QCOMPARE(r.status, 409);
    const std::string msg = r.json()["message"].get<std::string>();
    QVERIFY2(msg.rfind("Apply failed with 2 conflicts: ", 0) == 0, msg.c_str());
    QVERIFY(msg.find(".metadata.labels.app") != std::string::npos);
    QVERIFY(msg.find(".spec.replicas") != std::string::npos);
    // fieldManager is required for apply
    QCOMPARE(m_http->patch(path, other.dump(), "application/apply-patch+yaml").status, 422);
}

void TestKubeSimSemantics::serverSideApplyRemovesDroppedFields()
{
    const std::string path = "/api/v1/namespaces/sem/configmaps/dropped";
    json config{{"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"metadata", {{"name", "dropped"}, {"labels", {{"a", "1"}, {"b", "2"}}}}},
                {"data", {{"keep", "1"}, {"drop", "2"}}}};
    QCOMPARE(m_http->patch(path + "?fieldManager=git", config.dump(), "application/apply-patch+yaml").status, 201);
    // someone else changes label b and so owns it: it survives when git drops it
    QCOMPARE(m_http->patch(path + "?fieldManager=ops", R"({"metadata":{"labels":{"b":"3"}}})", "application/merge-patch+json").status, 200);
    config["data"].erase("drop");
    config["metadata"]["labels"].erase("b");
    config["metadata"]["labels"].erase("a");
    const json r = m_http->patch(path + "?fieldManager=git", config.dump(), "application/apply-patch+yaml").json();
    QCOMPARE(r["data"].dump(), std::string(R"({"keep":"1"})"));
    QCOMPARE(r["metadata"]["labels"].dump(), std::string(R"({"b":"3"})"));
    // YAML bodies work too
    const auto yaml = m_http->patch(path + "?fieldManager=git",
                                    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dropped\ndata:\n  keep: \"1\"\n  yaml: 'yes'\n",
                                    "application/apply-patch+yaml");
    QCOMPARE(yaml.status, 200);
    QCOMPARE(yaml.json()["data"]["yaml"].get<std::string>(), std::string("yes"));
}

void TestKubeSimSemantics::managedFieldsFromRequests()
{
    const std::string path = "/api/v1/namespaces/sem/configmaps/owned";
    QCOMPARE(m_http->post("/api/v1/namespaces/sem/configmaps?fieldManager=first", R"({"metadata":{"name":"owned"},"data":{"a":"1"}})").status, 201);
    // a JSON patch that rewrites managedFields is honoured (kubectl's client-side to server-side migration)
    const json moved = m_http->patch(path + "?fieldManager=mover",
                                     R"([{"op":"replace","path":"/metadata/managedFields","value":[{"manager":"second","operation":"Apply","apiVersion":"v1","time":"2026-01-01T00:00:00Z","fieldsType":"FieldsV1","fieldsV1":{"f:data":{"f:a":{}}}}]}])",
                                     "application/json-patch+json").json();
    QCOMPARE(moved["metadata"]["managedFields"].size(), size_t(1));
    QCOMPARE(moved["metadata"]["managedFields"][0]["manager"].get<std::string>(), std::string("second"));
    // a PUT that carries the stored managedFields unchanged records only its own change
    json put = moved;
    put["data"]["b"] = "2";
    const json updated = m_http->put(path + "?fieldManager=editor", put.dump()).json();
    QVERIFY(!entryOf(updated, "second", "Apply").is_null());
    QCOMPARE(entryOf(updated, "editor", "Update")["fieldsV1"].dump(), std::string(R"({"f:data":{"f:b":{}}})"));
    // an empty list resets them; the writer then owns only what it changed
    put = updated;
    put["metadata"]["managedFields"] = json::array();
    put["data"]["c"] = "3";
    const json reset = m_http->put(path + "?fieldManager=resetter", put.dump()).json();
    QCOMPARE(reset["metadata"]["managedFields"].size(), size_t(1));
    QCOMPARE(reset["metadata"]["managedFields"][0]["manager"].get<std::string>(), std::string("resetter"));
}

void TestKubeSimSemantics::patchTypes_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("expectedContainers"); // name=image,...
    QTest::newRow("json") << QStringLiteral("application/json-patch+json")
                          << QStringLiteral(R"([{"op":"replace","path":"/spec/template/spec/containers/0/image","value":"nginx:2"}])")
                          << QStringLiteral("web=nginx:2,sidecar=busybox");
    QTest::newRow("merge replaces lists") << QStringLiteral("application/merge-patch+json")
                                          << QStringLiteral(R"({"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:3"}]}}}})")
                                          << QStringLiteral("web=nginx:3");
    QTest::newRow("strategic merges by name") << QStringLiteral("application/strategic-merge-patch+json")
                                              << QStringLiteral(R"({"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox:2"},{"name":"new","image":"redis"}]}}}})")
                                              << QStringLiteral("web=nginx:1.25,sidecar=busybox:2,new=redis");
    QTest::newRow("strategic delete") << QStringLiteral("application/strategic-merge-patch+json")
                                      << QStringLiteral(R"({"spec":{"template":{"spec":{"containers":[{"name":"sidecar","$patch":"delete"}]}}}})")
                                      << QStringLiteral("web=nginx:1.25");
}

void TestKubeSimSemantics::patchTypes()
{
    QFETCH(QString, contentType);
    QFETCH(QString, patch);
    QFETCH(QString, expectedContainers);
    const std::string name = std::string("patch-") + std::to_string(QTest::currentDataTag()[0]) + std::to_string(std::strlen(QTest::currentDataTag()));
    json d = json::parse(kDeployment);
    d["metadata"]["name"] = name;
    QCOMPARE(m_http->post("/apis/apps/v1/namespaces/sem/deployments", d.dump()).status, 201);
    const auto r = m_http->patch("/apis/apps/v1/namespaces/sem/deployments/" + name, patch.toStdString(), contentType.toStdString());
    QCOMPARE(r.status, 200);
    const json body = r.json();
    QStringList got;
    for (const auto &c : body["spec"]["template"]["spec"]["containers"])
        got << QString::fromStdString(c["name"].get<std::string>() + "=" + c["image"].get<std::string>());
    QCOMPARE(got.join(u','), expectedContainers);
    // patched containers get their defaults too
    QCOMPARE(r.json()["spec"]["template"]["spec"]["containers"].back()["terminationMessagePolicy"].get<std::string>(), std::string("File"));
}

void TestKubeSimSemantics::dryRun()
{
    const std::string rv = m_http->get("/api/v1/namespaces").json()["metadata"]["resourceVersion"].get<std::string>();
    const auto created = m_http->post("/api/v1/namespaces/sem/configmaps?dryRun=All", R"({"metadata":{"name":"dry"},"data":{"a":"1"}})");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json()["metadata"]["name"].get<std::string>(), std::string("dry"));
    QCOMPARE(m_http->get("/api/v1/namespaces/sem/configmaps/dry").status, 404);
    QCOMPARE(m_http->post("/api/v1/namespaces/sem/configmaps", R"({"metadata":{"name":"wet"},"data":{"a":"1"}})").status, 201);
    const std::string rv2 = m_http->get("/api/v1/namespaces").json()["metadata"]["resourceVersion"].get<std::string>();
    const auto patched = m_http->patch("/api/v1/namespaces/sem/configmaps/wet?dryRun=All", R"({"data":{"a":"2"}})", "application/merge-patch+json");
    QCOMPARE(patched.json()["data"]["a"].get<std::string>(), std::string("2"));
    QCOMPARE(m_http->get("/api/v1/namespaces/sem/configmaps/wet").json()["data"]["a"].get<std::string>(), std::string("1"));
    QCOMPARE(m_http->del("/api/v1/namespaces/sem/configmaps/wet?dryRun=All").status, 200);
    QCOMPARE(m_http->get("/api/v1/namespaces/sem/configmaps/wet").status, 200);
    // kubectl delete --dry-run=server puts dryRun into the DeleteOptions body
    httplib::Client raw(m_server->url());
    raw.enable_server_certificate_verification(false);
    auto r = raw.Delete("/api/v1/namespaces/sem/configmaps/wet", httplib::Headers{{"Authorization", "Bearer t"}},
                        R"({"kind":"DeleteOptions","apiVersion":"v1","dryRun":["All"],"propagationPolicy":"Background"})",
                        "application/json");
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(m_http->get("/api/v1/namespaces/sem/configmaps/wet").status, 200);
    r = raw.Delete("/api/v1/namespaces/sem/configmaps/wet", httplib::Headers{{"Authorization", "Bearer t"}},
                   R"({"kind":"DeleteOptions","apiVersion":"v1","preconditions":{"resourceVersion":"1"}})", "application/json");
    QCOMPARE(r->status, 409);
    QCOMPARE(m_http->get("/api/v1/namespaces/sem/configmaps/wet").status, 200);
    const auto applied = m_http->patch("/api/v1/namespaces/sem/configmaps/wet?dryRun=All&fieldManager=x&force=true",
                                       R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"wet"},"data":{"a":"3"}})",
                                       "application/apply-patch+yaml");
    QCOMPARE(applied.json()["data"]["a"].get<std::string>(), std::string("3"));
    QCOMPARE(m_http->get("/api/v1/namespaces").json()["metadata"]["resourceVersion"].get<std::string>(), rv2);
    QVERIFY(rv2 != rv);
}

void TestKubeSimSemantics::finalizers()
{
    const std::string path = "/api/v1/namespaces/sem/configmaps/fin";
    QCOMPARE(m_http->post("/api/v1/namespaces/sem/configmaps", R"({"metadata":{"name":"fin","finalizers":["example.com/hold"]}})").status, 201);
    WatchStream watch(*m_http, "/api/v1/namespaces/sem/configmaps?watch=1&fieldSelector=metadata.name%3Dfin&resourceVersion="
                                   + m_http->get(path).json()["metadata"]["resourceVersion"].get<std::string>());
    const auto del = m_http->del(path);
    QCOMPARE(del.status, 200);
    QVERIFY(!del.json()["metadata"]["deletionTimestamp"].get<std::string>().empty());
    QCOMPARE(m_http->get(path).status, 200);
    const auto released = m_http->patch(path, R"({"metadata":{"finalizers":null}})", "application/merge-patch+json");
    QCOMPARE(released.status, 200);
    QCOMPARE(m_http->get(path).status, 404);
    QTRY_COMPARE(watch.count(), size_t(3));
    QCOMPARE(watch.events()[0]["type"].get<std::string>(), std::string("MODIFIED"));
    QCOMPARE(watch.events()[2]["type"].get<std::string>(), std::string("DELETED"));
}

void TestKubeSimSemantics::customResourceDefinitions()
{
    const char *crd = R"({
      "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
      "metadata": {"name": "kustomizations.kustomize.toolkit.fluxcd.io"},
      "spec": {"group": "kustomize.toolkit.fluxcd.io", "scope": "Namespaced",
               "names": {"kind": "Kustomization", "plural": "kustomizations", "singular": "kustomization", "shortNames": ["ks"]},
               "versions": [{"name": "v1", "served": true, "storage": true, "subresources": {"status": {}},
                             "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}]}})";
    QCOMPARE(m_http->get("/apis/kustomize.toolkit.fluxcd.io/v1").status, 404);
    const auto created = m_http->post("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json()["status"]["conditions"][1]["type"].get<std::string>(), std::string("Established"));
    const json list = m_http->get("/apis/kustomize.toolkit.fluxcd.io/v1").json();
    QCOMPARE(list["resources"][0]["name"].get<std::string>(), std::string("kustomizations"));
    QCOMPARE(list["resources"][0]["kind"].get<std::string>(), std::string("Kustomization"));
    bool inGroups = false;
    const json groups = m_http->get("/apis").json();
    for (const auto &g : groups["groups"])
        inGroups = inGroups || g["name"] == "kustomize.toolkit.fluxcd.io";
    QVERIFY(inGroups);
    const auto cr = m_http->post("/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/sem/kustomizations",
                                 R"({"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"Kustomization","metadata":{"name":"apps"},
                                     "spec":{"path":"./apps","prune":true,"sourceRef":{"kind":"GitRepository","name":"flux-system"}},
                                     "status":{"ignored":true}})");
    QCOMPARE(cr.status, 201);
    QCOMPARE(cr.json()["metadata"]["generation"].get<int>(), 1);
    QVERIFY(!cr.json().contains("status"));
    // status goes through its subresource
    QCOMPARE(m_http->patch("/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/sem/kustomizations/apps/status",
                           R"({"status":{"lastAppliedRevision":"main@sha1:abc"}})", "application/merge-patch+json").status, 200);
    QCOMPARE(m_http->get("/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/sem/kustomizations/apps").json()["status"]["lastAppliedRevision"].get<std::string>(),
             std::string("main@sha1:abc"));
    // custom resources take no strategic merge patches
    QCOMPARE(m_http->patch("/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/sem/kustomizations/apps", R"({"spec":{"prune":false}})",
                           "application/strategic-merge-patch+json").status, 415);
    QCOMPARE(m_http->del("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/kustomizations.kustomize.toolkit.fluxcd.io").status, 200);
    QCOMPARE(m_http->get("/apis/kustomize.toolkit.fluxcd.io/v1").status, 404);
    QCOMPARE(m_http->get("/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/sem/kustomizations/apps").status, 404);
}

void TestKubeSimSemantics::scaleSubresource()
{
    const std::string path = "/apis/apps/v1/namespaces/sem/deployments/web/scale";
    const json scale = m_http->get(path).json();
    QCOMPARE(scale["kind"].get<std::string>(), std::string("Scale"));
    QCOMPARE(scale["apiVersion"].get<std::string>(), std::string("autoscaling/v1"));
    QCOMPARE(scale["spec"]["replicas"].get<int>(), 3);
    QCOMPARE(scale["status"]["selector"].get<std::string>(), std::string("app=web"));
    const auto r = m_http->put(path + "?fieldManager=kubectl", json{{"apiVersion", "autoscaling/v1"}, {"kind", "Scale"},
                                                                    {"metadata", {{"name", "web"}, {"namespace", "sem"}}},
                                                                    {"spec", {{"replicas", 6}}}}.dump());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["spec"]["replicas"].get<int>(), 6);
    const json d = m_http->get("/apis/apps/v1/namespaces/sem/deployments/web").json();
    QCOMPARE(d["spec"]["replicas"].get<int>(), 6);
    bool scaleEntry = false;
    for (const auto &e : d["metadata"]["managedFields"])
        scaleEntry = scaleEntry || (e["manager"] == "kubectl" && e.value("subresource", std::string()) == "scale");
    QVERIFY(scaleEntry);
    QCOMPARE(m_http->patch(path, R"({"spec":{"replicas":2}})", "application/merge-patch+json").json()["spec"]["replicas"].get<int>(), 2);
    QCOMPARE(m_http->get("/api/v1/namespaces/sem/configmaps/bad/scale").status, 404);
}

void TestKubeSimSemantics::directApply()
{
    WatchStream watch(*m_http, "/api/v1/namespaces/direct/configmaps?watch=1&resourceVersion="
                                   + m_http->get("/api/v1/namespaces").json()["metadata"]["resourceVersion"].get<std::string>());
    const json stored = m_server->apply(json{{"apiVersion", "v1"}, {"kind", "ConfigMap"},
                                             {"metadata", {{"name", "d"}, {"namespace", "direct"}}}, {"data", {{"x", "1"}}}},
                                        "kustomize-controller");
    QCOMPARE(stored["metadata"]["name"].get<std::string>(), std::string("d"));
    QVERIFY(!entryOf(stored, "kustomize-controller", "Apply").is_null());
    QCOMPARE(m_http->get("/api/v1/namespaces/direct").status, 200);
    QTRY_VERIFY(watch.count() >= 1);
    bool sawD = false;
    for (const auto &e : watch.events())
        sawD = sawD || (e["type"] == "ADDED" && e["object"]["metadata"]["name"] == "d");
    QVERIFY(sawD);
    bool inObjects = false;
    for (const auto &o : m_server->objects())
        inObjects = inObjects || (o["kind"] == "ConfigMap" && o["metadata"]["name"] == "d" && o["metadata"]["namespace"] == "direct");
    QVERIFY(inObjects);
    const json unknown = m_server->apply(json{{"apiVersion", "example.com/v1"}, {"kind", "Nope"}, {"metadata", {{"name", "n"}}}}, "x");
    QCOMPARE(unknown["kind"].get<std::string>(), std::string("Status"));
}

void TestKubeSimSemantics::seedDirectory()
{
    QTemporaryDir dir;
    {
        std::ofstream f(dir.filePath(QStringLiteral("app.yaml")).toStdString());
        f << "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: seeded\n  namespace: team\nspec:\n  replicas: 2\n"
             "  selector:\n    matchLabels: {app: seeded}\n  template:\n    metadata:\n      labels: {app: seeded}\n"
             "    spec:\n      containers:\n      - name: app\n        image: ghcr.io/example/app:1.0\n"
             "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: team\ndata:\n  port: \"8080\"\n"
             "---\n# empty document\n";
        std::ofstream k(dir.filePath(QStringLiteral("kustomization.yaml")).toStdString());
        k << "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [app.yaml]\n";
        std::ofstream c(dir.filePath(QStringLiteral("crd.yaml")).toStdString());
        c << "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\n"
             "spec:\n  group: example.com\n  scope: Namespaced\n  names: {kind: Widget, plural: widgets}\n"
             "  versions: [{name: v1, served: true, storage: true}]\n"
             "---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: team}\nspec: {size: 3}\n";
    }
    kubesim::Options o;
    o.seedDir = dir.path().toStdString();
    o.seedManager = "kustomize-controller";
    o.seedLabels = {{"kustomize.toolkit.fluxcd.io/name", "apps"}, {"kustomize.toolkit.fluxcd.io/namespace", "flux-system"}};
    o.http = true;
    kubesim::Server server(o);
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());
    int seeded = 0;
    for (const auto &obj : server.objects()) {
        const json labels = obj["metadata"].value("labels", json::object());
        if (!labels.contains("kustomize.toolkit.fluxcd.io/name"))
            continue;
        ++seeded;
        QCOMPARE(labels["kustomize.toolkit.fluxcd.io/namespace"].get<std::string>(), std::string("flux-system"));
        const json entry = entryOf(obj, "kustomize-controller", "Apply");
        QVERIFY2(!entry.is_null(), obj.dump().c_str());
        QVERIFY(entry["fieldsV1"]["f:metadata"]["f:labels"].contains("f:kustomize.toolkit.fluxcd.io/name"));
        if (obj["kind"] == "Deployment") {
            QCOMPARE(obj["spec"]["replicas"].get<int>(), 2);
            QCOMPARE(obj["spec"]["template"]["spec"]["containers"][0]["imagePullPolicy"].get<std::string>(), std::string("IfNotPresent"));
        }
        if (obj["kind"] == "Widget")
            QCOMPARE(obj["spec"]["size"].get<int>(), 3);
    }
    QCOMPARE(seeded, 4); // Deployment, ConfigMap, CRD, Widget
    server.stop();

    kubesim::Options broken;
    broken.http = true;
    QTemporaryDir bad;
    {
        std::ofstream f(bad.filePath(QStringLiteral("x.yaml")).toStdString());
        f << "apiVersion: example.com/v9\nkind: Unknown\nmetadata: {name: x}\n";
    }
    broken.seedDir = bad.path().toStdString();
    kubesim::Server failing(broken);
    QVERIFY(!failing.start(&error));
    QVERIFY2(error.find("Unknown") != std::string::npos, error.c_str());
}

void TestKubeSimSemantics::controllers()
{
    kubesim::Options o;
    o.http = true;
    o.token = "t";
    o.controllers = true;
    kubesim::Server server(o);
    std::string error;
    QVERIFY(server.start(&error));
    json d = json::parse(kDeployment);
    d["metadata"]["namespace"] = "ctl";
    d["spec"]["replicas"] = 3;
    server.apply(d, "kubectl");
    SimHttp http(server, "t");
    auto readyReplicas = [&] {
        const json dep = http.get("/apis/apps/v1/namespaces/ctl/deployments/web").json();
        return dep.value("status", json::object()).value("readyReplicas", 0);
    };
    QTRY_COMPARE(readyReplicas(), 3);
    const json dep = http.get("/apis/apps/v1/namespaces/ctl/deployments/web").json();
    QCOMPARE(dep["status"]["observedGeneration"].get<int>(), dep["metadata"]["generation"].get<int>());
    QCOMPARE(dep["status"]["conditions"][0]["type"].get<std::string>(), std::string("Available"));
    QCOMPARE(dep["status"]["conditions"][0]["status"].get<std::string>(), std::string("True"));
    const json rsList = http.get("/apis/apps/v1/namespaces/ctl/replicasets").json();
    QCOMPARE(rsList["items"].size(), size_t(1));
    const json rs = rsList["items"][0];
    QCOMPARE(rs["metadata"]["ownerReferences"][0]["uid"].dump(), dep["metadata"]["uid"].dump());
    QCOMPARE(rs["metadata"]["ownerReferences"][0]["controller"].get<bool>(), true);
    const json pods = http.get("/api/v1/namespaces/ctl/pods").json();
    QCOMPARE(pods["items"].size(), size_t(3));
    QCOMPARE(http.get("/api/v1/namespaces/ctl/pods?fieldSelector=status.phase%3DRunning").json()["items"].size(), size_t(3));
    QCOMPARE(http.get("/api/v1/pods?fieldSelector=status.phase!%3DRunning,metadata.namespace%3Dctl").json()["items"].size(), size_t(0));
    QCOMPARE(http.get("/api/v1/namespaces/ctl/pods?fieldSelector=spec.nodeName%3Dkube-sim-node").json()["items"].size(), size_t(3));
    for (const auto &p : pods["items"]) {
        QCOMPARE(p["metadata"]["ownerReferences"][0]["uid"].dump(), rs["metadata"]["uid"].dump());
        QCOMPARE(p["status"]["phase"].get<std::string>(), std::string("Running"));
    }
    // scaling down removes pods; deleting the deployment collects the rest
    http.patch("/apis/apps/v1/namespaces/ctl/deployments/web", R"({"spec":{"replicas":1}})", "application/merge-patch+json");
    auto podCount = [&] { return http.get("/api/v1/namespaces/ctl/pods").json()["items"].size(); };
    QTRY_COMPARE(podCount(), size_t(1));
    QTRY_COMPARE(readyReplicas(), 1);
    QCOMPARE(http.del("/apis/apps/v1/namespaces/ctl/deployments/web").status, 200);
    QTRY_COMPARE(podCount(), size_t(0));
    QCOMPARE(http.get("/apis/apps/v1/namespaces/ctl/replicasets").json()["items"].size(), size_t(0));
    server.stop();
}

void TestKubeSimSemantics::churnIsReproducible()
{
    auto run = [](uint64_t seed) {
        kubesim::Cluster cluster(1000);
        cluster.bootstrap();
        for (int i = 0; i < 4; ++i) {
            json d = json::parse(kDeployment);
            d["metadata"]["name"] = "app" + std::to_string(i);
            d["metadata"]["namespace"] = "churn";
            cluster.applyObject(d, "flux", true, true);
            cluster.applyObject(json{{"apiVersion", "v1"}, {"kind", "ConfigMap"},
                                     {"metadata", {{"name", "cm" + std::to_string(i)}, {"namespace", "churn"}}}},
                                "flux", true, true);
        }
        kubesim::Churn churn(cluster, seed);
        std::vector<std::string> steps;
        for (int i = 0; i < 40; ++i)
            steps.push_back(churn.step());
        return steps;
    };
    const auto a = run(7);
    const auto b = run(7);
    const auto c = run(8);
    QCOMPARE(a, b);
    QVERIFY(a != c);
    std::set<std::string> kinds;
    for (const auto &s : a)
        kinds.insert(s.substr(0, s.find(' ')));
    for (const char *k : {"scale", "image", "label", "annotate", "delete", "create"})
        QVERIFY2(kinds.count(k), k);

    // Only ConfigMaps (the soak's synthetic objects): every step still changes something.
    kubesim::Cluster plain(1000);
    plain.bootstrap();
    for (int i = 0; i < 20; ++i)
        plain.applyObject(json{{"apiVersion", "v1"}, {"kind", "ConfigMap"},
                               {"metadata", {{"name", "cm" + std::to_string(i)}, {"namespace", "plain"}}}},
                          "flux", true, true);
    kubesim::Churn steady(plain, 5, true);
    const uint64_t before = plain.store().currentRv();
    for (int i = 0; i < 60; ++i)
        QVERIFY(steady.step() != "skip");
    QVERIFY(plain.store().currentRv() >= before + 60);
}

void TestKubeSimSemantics::churnRunsInTheServer()
{
    kubesim::Options o;
    o.http = true;
    o.token = "t";
    o.churnRate = 200;
    o.churnSeed = 3;
    kubesim::Server server(o);
    std::string error;
    QVERIFY(server.start(&error));
    for (int i = 0; i < 3; ++i) {
        json d = json::parse(kDeployment);
        d["metadata"]["name"] = "churned" + std::to_string(i);
        d["metadata"]["namespace"] = "churn";
        server.apply(d, "flux");
    }
    // other managers show up in managedFields, as drift attribution will see them
    auto foreignManagers = [&] {
        std::set<std::string> managers;
        for (const auto &obj : server.objects()) {
            for (const auto &e : obj["metadata"].value("managedFields", json::array())) {
                const std::string m = e["manager"].get<std::string>();
                if (m.rfind("kubectl-", 0) == 0)
                    managers.insert(m);
            }
        }
        return managers.size();
    };
    QTRY_VERIFY_WITH_TIMEOUT(foreignManagers() >= 2, 10000);
    server.stop();
}

void TestKubeSimSemantics::steadyChurnKeepsTheCountAndPauses()
{
    kubesim::Options o;
    o.http = true;
    o.token = "t";
    o.adminToken = "adm";
    o.churnRate = 400;
    o.churnSeed = 5;
    o.churnSteady = true;
    o.syntheticConfigMaps = 300;
    kubesim::Server server(o);
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());
    auto configMaps = [&] {
        size_t n = 0;
        for (const auto &obj : server.objects())
            n += obj.value("kind", std::string()) == "ConfigMap" && obj["metadata"].value("namespace", std::string()) == "synthetic";
        return n;
    };
    auto rv = [&] { return std::stoull(SimHttp(server, "t").get("/api/v1/configmaps?limit=1").json()["metadata"]["resourceVersion"].get<std::string>()); };
    // The data stays level too: each seeded ConfigMap starts with the label and annotation the
    // churn edits, owned by the managers that edit them, so edits change values, never the shape.
    auto shapes = [&] {
        std::map<std::string, std::string> out;
        for (const auto &obj : server.objects()) {
            const auto &meta = obj["metadata"];
            if (obj.value("kind", std::string()) != "ConfigMap" || meta.value("namespace", std::string()) != "synthetic")
                continue;
            std::string shape;
            for (const char *field : {"labels", "annotations"}) {
                const auto map = meta.find(field);
                if (map == meta.end())
                    continue;
                for (auto it = map->begin(); it != map->end(); ++it)
                    shape += std::string(field) + ":" + it.key() + " ";
            }
            std::set<std::string> managers;
            if (const auto entries = meta.find("managedFields"); entries != meta.end()) {
                for (const auto &entry : *entries)
                    managers.insert(entry.value("manager", std::string()));
            }
            for (const auto &m : managers)
                shape += "manager:" + m + " ";
            out[meta.value("name", std::string())] = shape;
        }
        return out;
    };
    const auto before = shapes();
    QCOMPARE(before.size(), size_t(300));
    for (const auto &[name, shape] : before) {
        QVERIFY2(shape.find("labels:churn.kube-sim.io/touch") != std::string::npos, (name + ": " + shape).c_str());
        QVERIFY2(shape.find("annotations:churn.kube-sim.io/touch") != std::string::npos, (name + ": " + shape).c_str());
        QVERIFY2(shape.find("manager:kubectl-label") != std::string::npos, (name + ": " + shape).c_str());
        QVERIFY2(shape.find("manager:kubectl-annotate") != std::string::npos, (name + ": " + shape).c_str());
    }
    // Far more deletes than the seeded objects would survive without the steady rule.
    const unsigned long long start = rv();
    QTRY_VERIFY_WITH_TIMEOUT(rv() > start + 1200, 30000);
    QVERIFY2(configMaps() >= 300, std::to_string(configMaps()).c_str()); // no seeded object deleted
    const auto after = shapes();
    for (const auto &[name, shape] : before) {
        const auto it = after.find(name);
        QVERIFY2(it != after.end(), name.c_str());
        QVERIFY2(it->second == shape, (name + ": " + shape + " -> " + it->second).c_str());
    }
    size_t total = 0;
    for (const auto &obj : server.objects())
        total += obj.value("kind", std::string()) == "ConfigMap";
    QVERIFY2(total <= 300 + 100 + 20, std::to_string(total).c_str()); // churn-made ones are capped

    SimHttp admin(server, "adm");
    QCOMPARE(admin.post("/_sim/churn?rate=0", "").status, 200);
    // A step that was running when the pause arrived may still write once; after that nothing.
    const unsigned long long paused = rv();
    for (int i = 0; i < 100; ++i)
        QVERIFY(rv() <= paused + 1);
    const unsigned long long settled = rv();
    QCOMPARE(admin.post("/_sim/churn?rate=400", "").status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(rv() > settled + 10, 10000);
    server.stop();

    kubesim::Options still = o;
    still.churnRate = 0;
    kubesim::Server quiet(still);
    QVERIFY2(quiet.start(&error), error.c_str());
    QCOMPARE(SimHttp(quiet, "adm").post("/_sim/churn?rate=5", "").status, 409);
    quiet.stop();
}

QTEST_GUILESS_MAIN(TestKubeSimSemantics)
#include "tst_kubesim_semantics.moc"
