// SPDX-License-Identifier: GPL-3.0-or-later
// kube-sim over HTTP: discovery, authentication, CRUD, pagination, selectors, watches and faults.
#include "kubesim.h"
#include "simhttp.h"

#include <fstream>
#include <map>
#include <sstream>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;

class TestKubeSimApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void discovery();
    void authentication_data();
    void authentication();
    void kubeconfig();
    void crud();
    void pagination();
    void paginationIsSnapshot();
    void gzipNeverBrotli();
    void labelSelectors_data();
    void labelSelectors();
    void fieldSelector();
    void watchInitialState();
    void watchResume();
    void watchSelectorTransitions();
    void bookmarks();
    void watchExpiredByWindow();
    void compaction();
    void faultFail_data();
    void faultFail();
    void faultLatency();
    void faultHang();
    void closeWatches();
    void epochRestart();
    void adminNeedsAdminToken();
    void readonlyToken();
    void deniedResources();
    void clientCertificate();
    void plainHttp();

private:
    SimHttp::Response admin(const std::string &path, const std::string &method = "POST");
    void createConfigMap(const std::string &ns, const std::string &name, const json &labels = json::object());
    std::string currentRv();

    std::unique_ptr<kubesim::Server> m_server;
    std::unique_ptr<SimHttp> m_http;
};

void TestKubeSimApi::initTestCase()
{
    kubesim::Options o;
    o.token = "full-token";
    o.adminToken = "admin-token";
    o.readonlyTokens = {"ro-token"};
    o.deny["restricted"] = {"secrets"};
    o.bookmarkIntervalMs = 200;
    o.watchWindow = 50;
    o.threads = 64;
    m_server = std::make_unique<kubesim::Server>(o);
    std::string error;
    QVERIFY2(m_server->start(&error), error.c_str());
    QVERIFY(m_server->port() > 0);
    QVERIFY(m_server->url().rfind("https://127.0.0.1:", 0) == 0);
    m_http = std::make_unique<SimHttp>(*m_server, "full-token");
}

void TestKubeSimApi::cleanupTestCase()
{
    m_http.reset();
    m_server->stop();
}

SimHttp::Response TestKubeSimApi::admin(const std::string &path, const std::string &method)
{
    SimHttp adminHttp(*m_server, "admin-token");
    return method == "GET" ? adminHttp.get(path) : adminHttp.post(path, "");
}

void TestKubeSimApi::createConfigMap(const std::string &ns, const std::string &name, const json &labels)
{
    if (m_http->get("/api/v1/namespaces/" + ns).status == 404) {
        const auto r = m_http->post("/api/v1/namespaces", json{{"apiVersion", "v1"}, {"kind", "Namespace"},
                                                               {"metadata", {{"name", ns}}}}.dump());
        QCOMPARE(r.status, 201);
    }
    const auto r = m_http->post("/api/v1/namespaces/" + ns + "/configmaps",
                                json{{"apiVersion", "v1"}, {"kind", "ConfigMap"},
                                     {"metadata", {{"name", name}, {"labels", labels}}}, {"data", {{"k", name}}}}.dump());
    QCOMPARE(r.status, 201);
}

std::string TestKubeSimApi::currentRv()
{
    return m_http->get("/api/v1/namespaces").json()["metadata"]["resourceVersion"].get<std::string>();
}

void TestKubeSimApi::discovery()
{
    const json version = m_http->get("/version").json();
    QCOMPARE(version["major"].get<std::string>(), std::string("1"));
    QCOMPARE(version["minor"].get<std::string>(), std::string("32"));

    const json api = m_http->get("/api").json();
    QCOMPARE(api["kind"].get<std::string>(), std::string("APIVersions"));
    QCOMPARE(api["versions"].dump(), json::array({"v1"}).dump());

    const json apis = m_http->get("/apis").json();
    std::set<std::string> groups;
    for (const auto &g : apis["groups"])
        groups.insert(g["name"].get<std::string>());
    for (const char *g : {"apps", "batch", "networking.k8s.io", "rbac.authorization.k8s.io", "autoscaling", "policy",
                          "apiextensions.k8s.io"})
        QVERIFY2(groups.count(g), g);

    auto find = [](const json &list, const std::string &name) {
        for (const auto &r : list["resources"]) {
            if (r["name"] == name)
                return r;
        }
        return json();
    };
    const json core = m_http->get("/api/v1").json();
    QCOMPARE(core["groupVersion"].get<std::string>(), std::string("v1"));
    QCOMPARE(find(core, "configmaps")["namespaced"].get<bool>(), true);
    QCOMPARE(find(core, "namespaces")["namespaced"].get<bool>(), false);
    QCOMPARE(find(core, "pods")["kind"].get<std::string>(), std::string("Pod"));
    QVERIFY(!find(core, "pods/status").is_null());

    const json apps = m_http->get("/apis/apps/v1").json();
    QCOMPARE(find(apps, "deployments/scale")["kind"].get<std::string>(), std::string("Scale"));
    QCOMPARE(find(apps, "deployments")["shortNames"].dump(), std::string(R"(["deploy"])"));
    QCOMPARE(m_http->get("/apis/nope.example.com/v1").status, 404);
    const json rbac = m_http->get("/apis/rbac.authorization.k8s.io/v1").json();
    QCOMPARE(find(rbac, "clusterroles")["namespaced"].get<bool>(), false);
}

void TestKubeSimApi::authentication_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QString() << 401;
    QTest::newRow("wrong") << QStringLiteral("not-a-token") << 401;
    QTest::newRow("full") << QStringLiteral("full-token") << 200;
    QTest::newRow("readonly") << QStringLiteral("ro-token") << 200;
    QTest::newRow("admin") << QStringLiteral("admin-token") << 200;
}

void TestKubeSimApi::authentication()
{
    QFETCH(QString, token);
    QFETCH(int, status);
    SimHttp http(*m_server, token.toStdString());
    const auto r = http.get("/api/v1/namespaces");
    QCOMPARE(r.status, status);
    if (status == 401) {
        QCOMPARE(r.json()["kind"].get<std::string>(), std::string("Status"));
        QCOMPARE(r.json()["reason"].get<std::string>(), std::string("Unauthorized"));
    }
}

void TestKubeSimApi::kubeconfig()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("config")).toStdString();
    QVERIFY(m_server->writeKubeconfig(path, "sim-ctx"));
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    QVERIFY(text.find("server: " + m_server->url()) != std::string::npos);
    QVERIFY(text.find("token: full-token") != std::string::npos);
    QVERIFY(text.find("current-context: sim-ctx") != std::string::npos);
    QVERIFY(text.find("certificate-authority-data: ") != std::string::npos);
    QVERIFY(m_server->caPem().find("BEGIN CERTIFICATE") != std::string::npos);
}

void TestKubeSimApi::crud()
{
    const std::string base = "/api/v1/namespaces/default/configmaps";
    auto created = m_http->post(base, R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"crud"},"data":{"a":"1"}})");
    QCOMPARE(created.status, 201);
    const json obj = created.json();
    QVERIFY(!obj["metadata"]["uid"].get<std::string>().empty());
    QVERIFY(!obj["metadata"]["creationTimestamp"].get<std::string>().empty());
    const std::string rv1 = obj["metadata"]["resourceVersion"].get<std::string>();
    QCOMPARE(obj["metadata"]["managedFields"][0]["manager"].get<std::string>(), std::string("tst_kubesim"));
    QCOMPARE(obj["metadata"]["managedFields"][0]["operation"].get<std::string>(), std::string("Update"));
    QCOMPARE(obj["metadata"]["managedFields"][0]["fieldsV1"].dump(), std::string(R"({"f:data":{".":{},"f:a":{}}})"));

    QCOMPARE(m_http->get(base + "/crud").json()["data"]["a"].get<std::string>(), std::string("1"));
    const json partial = m_http->get(base + "/crud", {{"Accept", "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,application/json"}}).json();
    QCOMPARE(partial["kind"].get<std::string>(), std::string("PartialObjectMetadata"));
    QCOMPARE(partial["metadata"]["name"].get<std::string>(), std::string("crud"));
    QVERIFY(!partial.contains("data"));
    const json table = m_http->get(base, {{"Accept", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json"}}).json();
    QCOMPARE(table["kind"].get<std::string>(), std::string("Table"));
    QCOMPARE(table["columnDefinitions"][1]["name"].get<std::string>(), std::string("Data"));
    QVERIFY(table["rows"].size() >= 1);
    const auto again = m_http->post(base, R"({"metadata":{"name":"crud"}})");
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json()["reason"].get<std::string>(), std::string("AlreadyExists"));

    json updated = obj;
    updated["data"]["a"] = "2";
    updated["metadata"]["resourceVersion"] = "1";
    const auto stale = m_http->put(base + "/crud", updated.dump());
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.json()["reason"].get<std::string>(), std::string("Conflict"));
    QVERIFY(stale.json()["message"].get<std::string>().find("the object has been modified") != std::string::npos);

    updated["metadata"]["resourceVersion"] = rv1;
    const auto ok = m_http->put(base + "/crud", updated.dump());
    QCOMPARE(ok.status, 200);
    QVERIFY(std::stoull(ok.json()["metadata"]["resourceVersion"].get<std::string>()) > std::stoull(rv1));
    QCOMPARE(ok.json()["metadata"]["uid"].dump(), obj["metadata"]["uid"].dump());

    QCOMPARE(m_http->del(base + "/crud").status, 200);
    const auto gone = m_http->get(base + "/crud");
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json()["message"].get<std::string>(), std::string("configmaps \"crud\" not found"));
}

void TestKubeSimApi::pagination()
{
    std::vector<std::string> expected;
    for (int i = 0; i < 25; ++i) {
        char name[16];
        std::snprintf(name, sizeof name, "page-%02d", i);
        createConfigMap("paging", name);
        expected.push_back(name);
    }
    // kube-root-ca.crt lives there too (HTTPS mode)
    expected.push_back("kube-root-ca.crt");
    std::sort(expected.begin(), expected.end());
    std::vector<std::string> seen;
    std::string cont;
    int pages = 0;
    std::vector<long> remaining;
    do {
        std::string path = "/api/v1/namespaces/paging/configmaps?limit=10";
        if (!cont.empty())
            path += "&continue=" + cont;
        const json page = m_http->get(path).json();
        QVERIFY(page["items"].size() <= 10);
        for (const auto &item : page["items"])
            seen.push_back(item["metadata"]["name"].get<std::string>());
        cont = page["metadata"].value("continue", std::string());
        if (!cont.empty())
            remaining.push_back(page["metadata"]["remainingItemCount"].get<long>());
        ++pages;
    } while (!cont.empty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, expected);
    QCOMPARE(remaining, (std::vector<long>{16, 6}));
}

// Later pages of a paginated list show the state at the first page's resourceVersion, as etcd
// serves them: an informer that watches from that version must then see every later change
// exactly once and in order.
void TestKubeSimApi::paginationIsSnapshot()
{
    for (const char *name : {"a", "b", "c", "d", "e"})
        createConfigMap("snapshot", name);
    const json first = m_http->get("/api/v1/namespaces/snapshot/configmaps?limit=2").json();
    const std::string listRv = first["metadata"]["resourceVersion"].get<std::string>();
    const std::string cont = first["metadata"]["continue"].get<std::string>();
    std::map<std::string, std::string> rvAtList;
    const json whole = m_http->get("/api/v1/namespaces/snapshot/configmaps").json();
    for (const auto &item : whole["items"])
        rvAtList[item["metadata"]["name"].get<std::string>()] = item["metadata"]["resourceVersion"].get<std::string>();

    // after the first page: modify c, delete d, create cc (sorts into the rest of the list)
    const auto modified = m_http->patch("/api/v1/namespaces/snapshot/configmaps/c", R"({"data":{"k":"changed"}})",
                                        "application/merge-patch+json");
    QCOMPARE(modified.status, 200);
    QCOMPARE(m_http->del("/api/v1/namespaces/snapshot/configmaps/d").status, 200);
    createConfigMap("snapshot", "cc");

    std::vector<std::string> names;
    std::string next = cont;
    while (!next.empty()) {
        const auto page = m_http->get("/api/v1/namespaces/snapshot/configmaps?limit=2&continue=" + next);
        QCOMPARE(page.status, 200);
        const json body = page.json();
        QCOMPARE(body["metadata"]["resourceVersion"].get<std::string>(), listRv);
        for (const auto &item : body["items"]) {
            const std::string name = item["metadata"]["name"].get<std::string>();
            if (name == "kube-root-ca.crt") // published in every namespace in HTTPS mode
                continue;
            names.push_back(name);
            QVERIFY2(rvAtList.count(name), name.c_str());
            QCOMPARE(item["metadata"]["resourceVersion"].get<std::string>(), rvAtList[name]);
            QCOMPARE(item["data"]["k"].get<std::string>(), name);
        }
        next = body["metadata"].value("continue", std::string());
    }
    QCOMPARE(names, (std::vector<std::string>{"c", "d", "e"}));

    // the watch from the list's version replays exactly the three later changes, in order
    WatchStream watch(*m_http, "/api/v1/namespaces/snapshot/configmaps?watch=1&resourceVersion=" + listRv);
    QTRY_COMPARE(watch.count(), size_t(3));
    QCOMPARE(watch.events()[0]["type"].get<std::string>(), std::string("MODIFIED"));
    QCOMPARE(watch.events()[1]["type"].get<std::string>(), std::string("DELETED"));
    QCOMPARE(watch.events()[2]["object"]["metadata"]["name"].get<std::string>(), std::string("cc"));
}

// kube-apiserver answers gzip, never brotli, whatever the client accepts.
void TestKubeSimApi::gzipNeverBrotli()
{
    for (int i = 0; i < 30; ++i)
        createConfigMap("encoding", "cm-" + std::to_string(i));
    for (const char *accept : {"br", "br, gzip", "gzip;q=1.0, br;q=0.9", "deflate, gzip, br, zstd"}) {
        const auto r = m_http->get("/api/v1/namespaces/encoding/configmaps", {{"Accept-Encoding", accept}});
        QCOMPARE(r.status, 200);
        QVERIFY2(r.header("Content-Encoding") != "br", accept);
        if (std::string(accept).find("gzip") != std::string::npos)
            QCOMPARE(r.header("Content-Encoding"), std::string("gzip"));
        QVERIFY(r.json()["items"].size() >= 30); // and kube-root-ca.crt in HTTPS mode
    }
}

void TestKubeSimApi::labelSelectors_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("equals") << QStringLiteral("tier=web") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("double equals") << QStringLiteral("tier==db") << QStringList{QStringLiteral("c")};
    QTest::newRow("not equals") << QStringLiteral("tier!=web") << QStringList{QStringLiteral("c"), QStringLiteral("d")};
    QTest::newRow("in") << QStringLiteral("env in (prod,stage)") << QStringList{QStringLiteral("a"), QStringLiteral("c")};
    QTest::newRow("notin") << QStringLiteral("env notin (prod)") << QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    QTest::newRow("exists") << QStringLiteral("env") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("not exists") << QStringLiteral("!env") << QStringList{QStringLiteral("d")};
    QTest::newRow("and") << QStringLiteral("tier=web,env=prod") << QStringList{QStringLiteral("a")};
}

void TestKubeSimApi::labelSelectors()
{
    QFETCH(QString, selector);
    QFETCH(QStringList, names);
    static bool made = false;
    if (!made) {
        createConfigMap("labels", "a", {{"tier", "web"}, {"env", "prod"}});
        createConfigMap("labels", "b", {{"tier", "web"}, {"env", "dev"}});
        createConfigMap("labels", "c", {{"tier", "db"}, {"env", "stage"}});
        createConfigMap("labels", "d", json::object());
        made = true;
    }
    const std::string path = "/api/v1/namespaces/labels/configmaps?labelSelector="
        + httplib::detail::encode_query_param(selector.toStdString());
    const auto r = m_http->get(path);
    QCOMPARE(r.status, 200);
    const json body = r.json();
    QStringList got;
    for (const auto &item : body["items"]) {
        const std::string n = item["metadata"]["name"].get<std::string>();
        if (n != "kube-root-ca.crt")
            got << QString::fromStdString(n);
    }
    QCOMPARE(got, names);
}

void TestKubeSimApi::fieldSelector()
{
    createConfigMap("fields", "one");
    createConfigMap("fields", "two");
    const json byName = m_http->get("/api/v1/configmaps?fieldSelector=metadata.name%3Dtwo").json();
    QCOMPARE(byName["items"].size(), size_t(1));
    QCOMPARE(byName["items"][0]["metadata"]["namespace"].get<std::string>(), std::string("fields"));
    const json byNs = m_http->get("/api/v1/configmaps?fieldSelector=metadata.namespace%3Dfields,metadata.name!%3Dkube-root-ca.crt").json();
    QCOMPARE(byNs["items"].size(), size_t(2));
    QCOMPARE(m_http->get("/api/v1/configmaps?fieldSelector=spec.x%3Dy").status, 400);
}

void TestKubeSimApi::watchInitialState()
{
    createConfigMap("initial", "x1");
    createConfigMap("initial", "x2");
    WatchStream watch(*m_http, "/api/v1/namespaces/initial/configmaps?watch=1&fieldSelector=metadata.name!%3Dkube-root-ca.crt");
    QTRY_COMPARE(watch.count(), size_t(2));
    const auto events = watch.events();
    QCOMPARE(events[0]["type"].get<std::string>(), std::string("ADDED"));
    QCOMPARE(events[0]["object"]["metadata"]["name"].get<std::string>(), std::string("x1"));
    QCOMPARE(events[1]["object"]["metadata"]["name"].get<std::string>(), std::string("x2"));
    QCOMPARE(watch.status(), 200);
}

void TestKubeSimApi::watchResume()
{
    createConfigMap("resume", "before");
    const std::string rv = currentRv();
    WatchStream watch(*m_http, "/api/v1/namespaces/resume/configmaps?watch=1&resourceVersion=" + rv);
    createConfigMap("resume", "after");
    QVERIFY(m_http->patch("/api/v1/namespaces/resume/configmaps/before", R"({"data":{"k":"changed"}})",
                          "application/merge-patch+json").status == 200);
    QVERIFY(m_http->del("/api/v1/namespaces/resume/configmaps/after").status == 200);
    QTRY_COMPARE(watch.count(), size_t(3));
    const auto events = watch.events();
    QCOMPARE(events[0]["type"].get<std::string>(), std::string("ADDED"));
    QCOMPARE(events[0]["object"]["metadata"]["name"].get<std::string>(), std::string("after"));
    QCOMPARE(events[1]["type"].get<std::string>(), std::string("MODIFIED"));
    QCOMPARE(events[1]["object"]["data"]["k"].get<std::string>(), std::string("changed"));
    QCOMPARE(events[2]["type"].get<std::string>(), std::string("DELETED"));
    // every event carries a newer resourceVersion than the one resumed from
    uint64_t last = std::stoull(rv);
    for (const auto &e : events) {
        const uint64_t v = std::stoull(e["object"]["metadata"]["resourceVersion"].get<std::string>());
        QVERIFY(v > last);
        last = v;
    }
}

void TestKubeSimApi::watchSelectorTransitions()
{
    createConfigMap("transit", "t", {{"app", "a"}});
    WatchStream watch(*m_http, "/api/v1/namespaces/transit/configmaps?watch=1&labelSelector=app%3Db&resourceVersion=" + currentRv());
    m_http->patch("/api/v1/namespaces/transit/configmaps/t", R"({"metadata":{"labels":{"app":"b"}}})", "application/merge-patch+json");
    m_http->patch("/api/v1/namespaces/transit/configmaps/t", R"({"metadata":{"labels":{"app":"c"}}})", "application/merge-patch+json");
    QTRY_COMPARE(watch.count(), size_t(2));
    QCOMPARE(watch.events()[0]["type"].get<std::string>(), std::string("ADDED"));
    QCOMPARE(watch.events()[1]["type"].get<std::string>(), std::string("DELETED"));
}

void TestKubeSimApi::bookmarks()
{
    WatchStream watch(*m_http, "/api/v1/namespaces/default/secrets?watch=1&allowWatchBookmarks=true&resourceVersion=" + currentRv());
    QTRY_VERIFY(watch.count() >= 1);
    const json ev = watch.events()[0];
    QCOMPARE(ev["type"].get<std::string>(), std::string("BOOKMARK"));
    QCOMPARE(ev["object"]["kind"].get<std::string>(), std::string("Secret"));
    const uint64_t bookmarkRv = std::stoull(ev["object"]["metadata"]["resourceVersion"].get<std::string>());
    QVERIFY(bookmarkRv >= std::stoull(currentRv()) - 1);
    // a watch without allowWatchBookmarks gets none
    WatchStream quiet(*m_http, "/api/v1/namespaces/default/secrets?watch=1&resourceVersion=" + currentRv());
    QTRY_VERIFY(watch.count() >= 3);
    QCOMPARE(quiet.count(), size_t(0));
}

void TestKubeSimApi::watchExpiredByWindow()
{
    const std::string old = currentRv();
    for (int i = 0; i < 60; ++i)
        createConfigMap("window", "w" + std::to_string(i));
    WatchStream watch(*m_http, "/api/v1/namespaces/window/configmaps?watch=1&resourceVersion=" + old);
    QTRY_COMPARE(watch.count(), size_t(1));
    QTRY_VERIFY(watch.finished());
    const json ev = watch.events()[0];
    QCOMPARE(watch.status(), 200);
    QCOMPARE(ev["type"].get<std::string>(), std::string("ERROR"));
    QCOMPARE(ev["object"]["code"].get<int>(), 410);
    QCOMPARE(ev["object"]["reason"].get<std::string>(), std::string("Expired"));
    QVERIFY(ev["object"]["message"].get<std::string>().rfind("too old resource version: " + old, 0) == 0);
}

void TestKubeSimApi::compaction()
{
    for (int i = 0; i < 3; ++i)
        createConfigMap("compact", "c" + std::to_string(i));
    const json page = m_http->get("/api/v1/namespaces/compact/configmaps?limit=1").json();
    const std::string cont = page["metadata"]["continue"].get<std::string>();
    const std::string rv = currentRv();
    createConfigMap("compact", "later");
    QCOMPARE(admin("/_sim/compact").status, 200);
    const auto expired = m_http->get("/api/v1/namespaces/compact/configmaps?limit=1&continue=" + cont);
    QCOMPARE(expired.status, 410);
    QCOMPARE(expired.json()["reason"].get<std::string>(), std::string("Expired"));
    WatchStream watch(*m_http, "/api/v1/namespaces/compact/configmaps?watch=1&resourceVersion=" + rv);
    QTRY_COMPARE(watch.count(), size_t(1));
    QCOMPARE(watch.events()[0]["object"]["code"].get<int>(), 410);
    // a watch from the current resourceVersion still works after compaction
    WatchStream fresh(*m_http, "/api/v1/namespaces/compact/configmaps?watch=1&resourceVersion=" + currentRv());
    createConfigMap("compact", "after-compaction");
    QTRY_COMPARE(fresh.count(), size_t(1));
    QCOMPARE(fresh.events()[0]["type"].get<std::string>(), std::string("ADDED"));
}

void TestKubeSimApi::faultFail_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("retryAfter");
    QTest::newRow("500") << 500 << QString();
    QTest::newRow("429") << 429 << QStringLiteral("3");
}

void TestKubeSimApi::faultFail()
{
    QFETCH(int, code);
    QFETCH(QString, retryAfter);
    std::string path = "/_sim/fail?count=2&code=" + std::to_string(code);
    if (!retryAfter.isEmpty())
        path += "&retryAfter=" + retryAfter.toStdString();
    QCOMPARE(admin(path).status, 200);
    for (int i = 0; i < 2; ++i) {
        const auto r = m_http->get("/api/v1/namespaces");
        QCOMPARE(r.status, code);
        QCOMPARE(r.json()["code"].get<int>(), code);
        QCOMPARE(QString::fromStdString(r.header("Retry-After")), retryAfter);
    }
    QCOMPARE(m_http->get("/api/v1/namespaces").status, 200);
}

void TestKubeSimApi::faultLatency()
{
    QCOMPARE(admin("/_sim/latency?ms=800").status, 200);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_http->get("/api/v1/namespaces").status, 200);
    QVERIFY(timer.elapsed() >= 790);
    QCOMPARE(admin("/_sim/latency?ms=0").status, 200);
    timer.restart();
    QCOMPARE(m_http->get("/api/v1/namespaces").status, 200);
    QVERIFY2(timer.elapsed() < 700, "without latency a request on a kept-alive connection returns well within 700 ms");
}

void TestKubeSimApi::faultHang()
{
    QCOMPARE(admin("/_sim/hang?on=1").status, 200);
    SimHttp impatient(*m_server, "full-token", {}, {}, 1);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(impatient.get("/api/v1/namespaces").status, -1);
    QVERIFY(timer.elapsed() >= 900);
    QCOMPARE(admin("/_sim/hang?on=0").status, 200);
    SimHttp after(*m_server, "full-token", {}, {}, 5);
    QCOMPARE(after.get("/api/v1/namespaces").status, 200);
}

void TestKubeSimApi::closeWatches()
{
    WatchStream watch(*m_http, "/api/v1/configmaps?watch=1&resourceVersion=" + currentRv());
    WatchStream other(*m_http, "/apis/apps/v1/deployments?watch=1");
    QTRY_COMPARE(watch.status(), 200);
    QVERIFY(!watch.finished());
    QCOMPARE(admin("/_sim/close-watches").status, 200);
    QTRY_VERIFY(watch.finished());
    QTRY_VERIFY(other.finished());
}

void TestKubeSimApi::epochRestart()
{
    const std::string before = currentRv();
    const auto r = admin("/_sim/epoch");
    QCOMPARE(r.status, 200);
    const uint64_t after = std::stoull(r.json()["resourceVersion"].get<std::string>());
    QVERIFY(after >= std::stoull(before) + 1000000000ULL);
    WatchStream watch(*m_http, "/api/v1/configmaps?watch=1&resourceVersion=" + before);
    QTRY_COMPARE(watch.count(), size_t(1));
    QCOMPARE(watch.events()[0]["type"].get<std::string>(), std::string("ERROR"));
    QCOMPARE(watch.events()[0]["object"]["code"].get<int>(), 410);
    createConfigMap("epoch", "new");
    const json obj = m_http->get("/api/v1/namespaces/epoch/configmaps/new").json();
    QVERIFY(std::stoull(obj["metadata"]["resourceVersion"].get<std::string>()) > after);
}

void TestKubeSimApi::adminNeedsAdminToken()
{
    QCOMPARE(m_http->post("/_sim/compact", "").status, 401);
    SimHttp none(*m_server, "");
    QCOMPARE(none.get("/_sim/state").status, 401);
    const auto state = admin("/_sim/state", "GET");
    QCOMPARE(state.status, 200);
    QVERIFY(state.json().is_array());
    QCOMPARE(state.json().size(), m_server->objects().size());
}

void TestKubeSimApi::readonlyToken()
{
    SimHttp ro(*m_server, "ro-token");
    QCOMPARE(ro.get("/api/v1/namespaces/default/configmaps").status, 200);
    const auto r = ro.post("/api/v1/namespaces/default/configmaps", R"({"metadata":{"name":"nope"}})");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json()["reason"].get<std::string>(), std::string("Forbidden"));
    QVERIFY(r.json()["message"].get<std::string>().find("cannot create resource \"configmaps\" in API group \"\" in the namespace \"default\"")
            != std::string::npos);
    QCOMPARE(ro.del("/api/v1/namespaces/default/services/kubernetes").status, 403);
    QCOMPARE(m_http->get("/api/v1/namespaces/default/configmaps/nope").status, 404);
}

void TestKubeSimApi::deniedResources()
{
    SimHttp restricted(*m_server, "restricted");
    QCOMPARE(restricted.get("/api/v1/namespaces/default/configmaps").status, 200);
    const auto r = restricted.get("/api/v1/secrets");
    QCOMPARE(r.status, 403);
    QVERIFY(r.json()["message"].get<std::string>().find("cannot list resource \"secrets\"") != std::string::npos);
    QCOMPARE(restricted.get("/api/v1/namespaces/default/secrets?watch=1").status, 403);
}

void TestKubeSimApi::clientCertificate()
{
    const auto [cert, key] = m_server->issueClientCert("alice", {"devs"});
    QVERIFY(cert.find("BEGIN CERTIFICATE") != std::string::npos);
    SimHttp alice(*m_server, "", cert, key);
    QCOMPARE(alice.get("/api/v1/namespaces").status, 200);
    const auto created = alice.post("/api/v1/namespaces/default/configmaps?fieldManager=alice-tool",
                                    R"({"metadata":{"name":"by-alice"}})");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json()["metadata"]["name"].get<std::string>(), std::string("by-alice"));

    // a certificate from another CA is not accepted
    kubesim::Server other(kubesim::Options{});
    std::string error;
    QVERIFY(other.start(&error));
    const auto [foreignCert, foreignKey] = other.issueClientCert("mallory");
    other.stop();
    SimHttp mallory(*m_server, "", foreignCert, foreignKey);
    const auto denied = mallory.get("/api/v1/namespaces");
    QVERIFY(denied.status == 401 || denied.status == -1);
}

void TestKubeSimApi::plainHttp()
{
    kubesim::Options o;
    o.http = true;
    o.token = "t";
    kubesim::Server server(o);
    std::string error;
    QVERIFY(server.start(&error));
    QVERIFY(server.url().rfind("http://127.0.0.1:", 0) == 0);
    QVERIFY(server.caPem().empty());
    SimHttp http(server, "t");
    QCOMPARE(http.get("/api/v1/namespaces/default").status, 200);
    SimHttp anonymous(server, "");
    QCOMPARE(anonymous.get("/api/v1/namespaces/default").status, 401);
    server.stop();
}

QTEST_GUILESS_MAIN(TestKubeSimApi)
#include "tst_kubesim_api.moc"
