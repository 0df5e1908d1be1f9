// SPDX-License-Identifier: GPL-3.0-or-later
// The real kubectl against kube-sim: every kind in table/json/yaml, watch, client-side and
// server-side apply (conflicts, force), diff, the patch types, edit, replace, scale, label,
// annotate, delete, CRDs, a read-only token, client certificates and a real fixture.
#include "kubesim.h"

#include <fstream>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

struct Kind {
    const char *plural;
    const char *kind;
    bool namespaced;
    const char *manifest; // JSON, name "k1"
};

const Kind kKinds[] = {
    {"namespaces", "Namespace", false, R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"k1"}})"},
    {"configmaps", "ConfigMap", true, R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"k1"},"data":{"a":"b"}})"},
    {"secrets", "Secret", true, R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"k1"},"stringData":{"a":"b"}})"},
    {"services", "Service", true, R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"k1"},"spec":{"ports":[{"port":80}]}})"},
    {"serviceaccounts", "ServiceAccount", true, R"({"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"k1"}})"},
    {"pods", "Pod", true, R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"k1"},"spec":{"containers":[{"name":"c","image":"busybox:1.36"}]}})"},
    {"persistentvolumeclaims", "PersistentVolumeClaim", true,
     R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"k1"},"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"1Gi"}}}})"},
    {"endpoints", "Endpoints", true, R"({"apiVersion":"v1","kind":"Endpoints","metadata":{"name":"k1"},"subsets":[{"addresses":[{"ip":"10.0.0.1"}],"ports":[{"port":80}]}]})"},
    {"limitranges", "LimitRange", true, R"({"apiVersion":"v1","kind":"LimitRange","metadata":{"name":"k1"},"spec":{"limits":[{"type":"Container","default":{"cpu":"500m"}}]}})"},
    {"resourcequotas", "ResourceQuota", true, R"({"apiVersion":"v1","kind":"ResourceQuota","metadata":{"name":"k1"},"spec":{"hard":{"pods":"10"}}})"},
    {"deployments", "Deployment", true,
     R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"k1"},"spec":{"selector":{"matchLabels":{"app":"k1"}},"template":{"metadata":{"labels":{"app":"k1"}},"spec":{"containers":[{"name":"c","image":"nginx:1.25"}]}}}})"},
    {"statefulsets", "StatefulSet", true,
     R"({"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"k1"},"spec":{"serviceName":"k1","selector":{"matchLabels":{"app":"k1"}},"template":{"metadata":{"labels":{"app":"k1"}},"spec":{"containers":[{"name":"c","image":"redis:7"}]}}}})"},
    {"daemonsets", "DaemonSet", true,
     R"({"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"k1"},"spec":{"selector":{"matchLabels":{"app":"k1"}},"template":{"metadata":{"labels":{"app":"k1"}},"spec":{"containers":[{"name":"c","image":"fluentd:1"}]}}}})"},
    {"replicasets", "ReplicaSet", true,
     R"({"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"k1"},"spec":{"selector":{"matchLabels":{"app":"rs"}},"template":{"metadata":{"labels":{"app":"rs"}},"spec":{"containers":[{"name":"c","image":"nginx:1.25"}]}}}})"},
    {"jobs", "Job", true,
     R"({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"k1"},"spec":{"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"c","image":"busybox:1.36"}]}}}})"},
    {"cronjobs", "CronJob", true,
     R"({"apiVersion":"batch/v1","kind":"CronJob","metadata":{"name":"k1"},"spec":{"schedule":"*/5 * * * *","jobTemplate":{"spec":{"template":{"spec":{"restartPolicy":"OnFailure","containers":[{"name":"c","image":"busybox:1.36"}]}}}}}})"},
    {"ingresses", "Ingress", true,
     R"({"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"k1"},"spec":{"rules":[{"host":"k1.example.com","http":{"paths":[{"path":"/","pathType":"Prefix","backend":{"service":{"name":"k1","port":{"number":80}}}}]}}]}})"},
    {"networkpolicies", "NetworkPolicy", true,
     R"({"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{"name":"k1"},"spec":{"podSelector":{}}})"},
    {"roles", "Role", true,
     R"({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"Role","metadata":{"name":"k1"},"rules":[{"apiGroups":[""],"resources":["pods"],"verbs":["get"]}]})"},
    {"rolebindings", "RoleBinding", true,
     R"({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding","metadata":{"name":"k1"},"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"k1"},"subjects":[{"kind":"ServiceAccount","name":"k1"}]})"},
    {"clusterroles", "ClusterRole", false,
     R"({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"k1"},"rules":[{"apiGroups":[""],"resources":["nodes"],"verbs":["list"]}]})"},
    {"clusterrolebindings", "ClusterRoleBinding", false,
     R"({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRoleBinding","metadata":{"name":"k1"},"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"k1"},"subjects":[{"kind":"Group","name":"devs","apiGroup":"rbac.authorization.k8s.io"}]})"},
    {"horizontalpodautoscalers", "HorizontalPodAutoscaler", true,
     R"({"apiVersion":"autoscaling/v2","kind":"HorizontalPodAutoscaler","metadata":{"name":"k1"},"spec":{"scaleTargetRef":{"apiVersion":"apps/v1","kind":"Deployment","name":"k1"},"minReplicas":1,"maxReplicas":3}})"},
    {"poddisruptionbudgets", "PodDisruptionBudget", true,
     R"({"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"name":"k1"},"spec":{"minAvailable":1,"selector":{"matchLabels":{"app":"k1"}}}})"},
    {"customresourcedefinitions", "CustomResourceDefinition", false,
     R"({"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"k1s.example.com"},"spec":{"group":"example.com","scope":"Namespaced","names":{"kind":"K1","plural":"k1s"},"versions":[{"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}]}})"},
};

const char *kDeploymentYaml = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: kt
  labels: {app: web}
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
        image: nginx:1.25
        ports:
        - containerPort: 80
        resources:
          limits: {cpu: "1", memory: 512Mi}
)";

} // namespace

class TestKubeSimKubectl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void getEveryKind_data();
    void getEveryKind();
    void getWatch();
    void applyClientSide();
    void applyServerSideConflict();
    void diff();
    void patch_data();
    void patch();
    void editAndReplace();
    void scale();
    void labelAndAnnotate();
    void deleteObject();
    void createWithGenerators();
    void customResource();
    void readonlyTokenDenied();
    void clientCertificate();
    void fixtureAppliesWithoutDrift();

private:
    Run kubectl(const QStringList &args, const QString &kubeconfig = {}, const QByteArray &stdinData = {});
    QString writeFile(const QString &name, const std::string &content);
    json getJson(const QStringList &args);

    QString m_kubectl;
    QTemporaryDir m_dir;
    QString m_kubeconfig;
    std::unique_ptr<kubesim::Server> m_server;
};

void TestKubeSimKubectl::initTestCase()
{
    m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not on PATH: the kubectl compatibility tests need the real kubectl");
    QVERIFY(m_dir.isValid());
    kubesim::Options o;
    o.token = "kubectl-token";
    o.readonlyTokens = {"viewer-token"};
    o.threads = 64;
    m_server = std::make_unique<kubesim::Server>(o);
    std::string error;
    QVERIFY2(m_server->start(&error), error.c_str());
    m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
    QVERIFY(m_server->writeKubeconfig(m_kubeconfig.toStdString()));
    m_server->apply(json{{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", {{"name", "kt"}}}}, "test");
}

void TestKubeSimKubectl::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
}

Run TestKubeSimKubectl::kubectl(const QStringList &args, const QString &kubeconfig, const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KUBECONFIG"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    p.setProcessEnvironment(env);
    QStringList all{QStringLiteral("--kubeconfig"), kubeconfig.isEmpty() ? m_kubeconfig : kubeconfig,
                    QStringLiteral("--cache-dir"), m_dir.filePath(QStringLiteral("cache")),
                    QStringLiteral("--request-timeout=20s")};
    all += args;
    p.start(m_kubectl, all);
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString TestKubeSimKubectl::writeFile(const QString &name, const std::string &content)
{
    const QString path = m_dir.filePath(name);
    std::ofstream(path.toStdString(), std::ios::trunc) << content;
    return path;
}

json TestKubeSimKubectl::getJson(const QStringList &args)
{
    const Run r = kubectl(args + QStringList{QStringLiteral("-o"), QStringLiteral("json")});
    if (r.exitCode != 0)
        return nullptr;
    return json::parse(r.out.toStdString(), nullptr, false);
}

void TestKubeSimKubectl::getEveryKind_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(std::size(kKinds)); ++i)
        QTest::newRow(kKinds[i].kind) << i;
}

void TestKubeSimKubectl::getEveryKind()
{
    QFETCH(int, index);
    const Kind &k = kKinds[index];
    json obj = json::parse(k.manifest);
    if (k.namespaced)
        obj["metadata"]["namespace"] = "kt";
    const json stored = m_server->apply(obj, "test");
    QVERIFY2(stored.value("kind", std::string()) == k.kind, stored.dump().c_str());
    const std::string name = stored["metadata"]["name"].get<std::string>(); // k1, or k1s.example.com for the CRD
    QStringList target{QString::fromUtf8(k.plural), QString::fromStdString(name)};
    if (k.namespaced)
        target += QStringList{QStringLiteral("-n"), QStringLiteral("kt")};

    const Run table = kubectl(QStringList{QStringLiteral("get")} + target);
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(table.out.startsWith(QStringLiteral("NAME")), qPrintable(table.out));
    QVERIFY(table.out.contains(QString::fromStdString(name)));

    const json j = getJson(QStringList{QStringLiteral("get")} + target);
    QCOMPARE(j.value("kind", std::string()), std::string(k.kind));
    QCOMPARE(j["metadata"]["name"].get<std::string>(), name);
    QCOMPARE(j["metadata"]["uid"].dump(), stored["metadata"]["uid"].dump());

    const Run yaml = kubectl(QStringList{QStringLiteral("get")} + target + QStringList{QStringLiteral("-o"), QStringLiteral("yaml")});
    QCOMPARE(yaml.exitCode, 0);
    QVERIFY(yaml.out.contains(QStringLiteral("kind: ") + QString::fromUtf8(k.kind)));
    QVERIFY(yaml.out.contains(QStringLiteral("  name: ") + QString::fromStdString(name)));

    // lists (all namespaces for namespaced kinds) work as well
    QStringList list{QStringLiteral("get"), QString::fromUtf8(k.plural), QStringLiteral("-o"), QStringLiteral("name")};
    if (k.namespaced)
        list << QStringLiteral("-A");
    const Run names = kubectl(list);
    QCOMPARE(names.exitCode, 0);
    QVERIFY2(names.out.contains(QStringLiteral("/") + QString::fromStdString(name)), qPrintable(names.out));
}

void TestKubeSimKubectl::getWatch()
{
    QProcess watch;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    watch.setProcessEnvironment(env);
    watch.start(m_kubectl, {QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--cache-dir"),
                            m_dir.filePath(QStringLiteral("cache")), QStringLiteral("get"), QStringLiteral("configmaps"),
                            QStringLiteral("-n"), QStringLiteral("watched"), QStringLiteral("--watch-only"),
                            QStringLiteral("-o"), QStringLiteral("name")});
    QVERIFY(watch.waitForStarted(10000));
    m_server->apply(json{{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", {{"name", "watched"}}}}, "test");
    QString seen;
    int attempt = 0;
    // kubectl needs a moment to open its watch; keep writing until an event shows up
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 m_server->apply(json{{"apiVersion", "v1"}, {"kind", "ConfigMap"},
                                                      {"metadata", {{"name", "seen"}, {"namespace", "watched"}}},
                                                      {"data", {{"n", std::to_string(++attempt)}}}},
                                                 "test");
                                 seen += QString::fromUtf8(watch.readAllStandardOutput());
                                 return seen.contains(QStringLiteral("configmap/seen"));
                             }()),
                             15000);
    watch.terminate();
    QVERIFY(watch.waitForFinished(5000));

    // the default table output of `kubectl get -w` comes from Table watch events
    QProcess table;
    table.setProcessEnvironment(env);
    table.start(m_kubectl, {QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--cache-dir"),
                            m_dir.filePath(QStringLiteral("cache")), QStringLiteral("get"), QStringLiteral("configmaps"),
                            QStringLiteral("-n"), QStringLiteral("watched"), QStringLiteral("--watch-only")});
    QVERIFY(table.waitForStarted(10000));
    QString rows;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 m_server->apply(json{{"apiVersion", "v1"}, {"kind", "ConfigMap"},
                                                      {"metadata", {{"name", "tabled"}, {"namespace", "watched"}}},
                                                      {"data", {{"a", "1"}, {"n", std::to_string(++attempt)}}}},
                                                 "test");
                                 rows += QString::fromUtf8(table.readAllStandardOutput());
                                 return rows.contains(QStringLiteral("tabled"));
                             }()),
                             15000);
    QVERIFY2(rows.contains(QRegularExpression(QStringLiteral("tabled\\s+2\\s+\\d+s"))), qPrintable(rows));
    table.terminate();
    QVERIFY(table.waitForFinished(5000));
}

void TestKubeSimKubectl::applyClientSide()
{
    const QString file = writeFile(QStringLiteral("web.yaml"), kDeploymentYaml);
    Run r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("deployment.apps/web created"));
    r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("deployment.apps/web unchanged"));
    const json d = getJson({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("web"), QStringLiteral("-n"), QStringLiteral("kt"),
                            QStringLiteral("--show-managed-fields")});
    QCOMPARE(d["metadata"]["managedFields"][0]["manager"].get<std::string>(), std::string("kubectl-client-side-apply"));
    QVERIFY(d["metadata"]["annotations"].contains("kubectl.kubernetes.io/last-applied-configuration"));
}

void TestKubeSimKubectl::applyServerSideConflict()
{
    std::string yaml = kDeploymentYaml;
    yaml.replace(yaml.find("name: web"), 9, "name: ssa");
    yaml.replace(yaml.find("replicas: 2"), 11, "replicas: 2");
    const QString file = writeFile(QStringLiteral("ssa.yaml"), yaml);
    QCOMPARE(kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file}).exitCode, 0);
    std::string changed = yaml;
    changed.replace(changed.find("replicas: 2"), 11, "replicas: 4");
    const QString changedFile = writeFile(QStringLiteral("ssa4.yaml"), changed);
    Run r = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("-f"), changedFile});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Apply failed with 1 conflict: conflict with \"kubectl-client-side-apply\" using apps/v1: .spec.replicas")),
             qPrintable(r.err));
    r = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--force-conflicts"), QStringLiteral("-f"), changedFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("deployment.apps/ssa serverside-applied"));
    const json d = getJson({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("ssa"), QStringLiteral("-n"), QStringLiteral("kt"),
                            QStringLiteral("--show-managed-fields")});
    QCOMPARE(d["spec"]["replicas"].get<int>(), 4);
    bool kubectlOwnsReplicas = false;
    for (const auto &e : d["metadata"]["managedFields"]) {
        if (e["manager"] == "kubectl" && e["operation"] == "Apply")
            kubectlOwnsReplicas = e["fieldsV1"]["f:spec"].contains("f:replicas");
        // kubectl moves client-side-apply ownership to its server-side apply manager by
        // patching managedFields, which the server honours
        QVERIFY2(e["manager"] != "kubectl-client-side-apply", d["metadata"]["managedFields"].dump().c_str());
    }
    QVERIFY(kubectlOwnsReplicas);
}

void TestKubeSimKubectl::diff()
{
    std::string yaml = kDeploymentYaml;
    yaml.replace(yaml.find("name: web"), 9, "name: dif");
    const QString file = writeFile(QStringLiteral("dif.yaml"), yaml);
    QCOMPARE(kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file}).exitCode, 0);
    Run r = kubectl({QStringLiteral("diff"), QStringLiteral("-f"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.isEmpty());
    yaml.replace(yaml.find("image: nginx:1.25"), 17, "image: nginx:1.27");
    const QString changed = writeFile(QStringLiteral("dif2.yaml"), yaml);
    r = kubectl({QStringLiteral("diff"), QStringLiteral("-f"), changed});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("\n+      - image: nginx:1.27\n")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("\n-      - image: nginx:1.25\n")));
    QVERIFY(r.out.contains(QStringLiteral("\n-  generation: 1\n+  generation: 2\n")));
    // server-side: the image belongs to kubectl-client-side-apply, so without force it conflicts
    r = kubectl({QStringLiteral("diff"), QStringLiteral("--server-side"), QStringLiteral("-f"), changed});
    QVERIFY(r.exitCode > 1);
    QVERIFY2(r.err.contains(QStringLiteral("conflict with \"kubectl-client-side-apply\"")), qPrintable(r.err));
    r = kubectl({QStringLiteral("diff"), QStringLiteral("--server-side"), QStringLiteral("--force-conflicts"), QStringLiteral("-f"), changed});
    QCOMPARE(r.exitCode, 1);
    // diff never writes
    const json live = getJson({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("dif"), QStringLiteral("-n"), QStringLiteral("kt")});
    QCOMPARE(live["spec"]["template"]["spec"]["containers"][0]["image"].get<std::string>(), std::string("nginx:1.25"));
}

void TestKubeSimKubectl::patch_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("image");
    QTest::addColumn<int>("containers");
    QTest::newRow("json") << QStringLiteral("json")
                          << QStringLiteral(R"([{"op":"replace","path":"/spec/template/spec/containers/0/image","value":"nginx:json"}])")
                          << QStringLiteral("nginx:json") << 1;
    QTest::newRow("merge") << QStringLiteral("merge")
                           << QStringLiteral(R"({"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:merge"}]}}}})")
                           << QStringLiteral("nginx:merge") << 1;
    QTest::newRow("strategic") << QStringLiteral("strategic")
                               << QStringLiteral(R"({"spec":{"template":{"spec":{"containers":[{"name":"side","image":"busybox:1"}]}}}})")
                               << QStringLiteral("nginx:1.25") << 2;
}

void TestKubeSimKubectl::patch()
{
    QFETCH(QString, type);
    QFETCH(QString, patch);
    QFETCH(QString, image);
    QFETCH(int, containers);
    const QString name = QStringLiteral("patch-") + type;
    std::string yaml = kDeploymentYaml;
    yaml.replace(yaml.find("name: web"), 9, "name: " + name.toStdString());
    QCOMPARE(kubectl({QStringLiteral("apply"), QStringLiteral("-f"), writeFile(name + QStringLiteral(".yaml"), yaml)}).exitCode, 0);
    const Run r = kubectl({QStringLiteral("patch"), QStringLiteral("deployment"), name, QStringLiteral("-n"), QStringLiteral("kt"),
                           QStringLiteral("--type"), type, QStringLiteral("-p"), patch});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("deployment.apps/") + name + QStringLiteral(" patched"));
    const json d = getJson({QStringLiteral("get"), QStringLiteral("deploy"), name, QStringLiteral("-n"), QStringLiteral("kt"),
                            QStringLiteral("--show-managed-fields")});
    QCOMPARE(QString::fromStdString(d["spec"]["template"]["spec"]["containers"][0]["image"].get<std::string>()), image);
    QCOMPARE(int(d["spec"]["template"]["spec"]["containers"].size()), containers);
    bool patchManager = false;
    for (const auto &e : d["metadata"]["managedFields"])
        patchManager = patchManager || e["manager"] == "kubectl-patch";
    QVERIFY(patchManager);
}

void TestKubeSimKubectl::editAndReplace()
{
    std::string yaml = kDeploymentYaml;
    yaml.replace(yaml.find("name: web"), 9, "name: edited");
    QCOMPARE(kubectl({QStringLiteral("apply"), QStringLiteral("-f"), writeFile(QStringLiteral("edited.yaml"), yaml)}).exitCode, 0);
    // kubectl edit with a non-interactive editor
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("KUBE_EDITOR"), QStringLiteral("sed -i s/nginx:1.25/nginx:edited/"));
    p.setProcessEnvironment(env);
    p.start(m_kubectl, {QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--cache-dir"), m_dir.filePath(QStringLiteral("cache")),
                        QStringLiteral("edit"), QStringLiteral("deployment/edited"), QStringLiteral("-n"), QStringLiteral("kt")});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    json d = getJson({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("edited"), QStringLiteral("-n"), QStringLiteral("kt"),
                      QStringLiteral("--show-managed-fields")});
    QCOMPARE(d["spec"]["template"]["spec"]["containers"][0]["image"].get<std::string>(), std::string("nginx:edited"));
    bool editEntry = false;
    for (const auto &e : d["metadata"]["managedFields"]) {
        if (e["manager"] == "kubectl-edit" && e["operation"] == "Update")
            editEntry = e["fieldsV1"].dump().find("f:image") != std::string::npos;
    }
    QVERIFY(editEntry);

    // get, change, replace (an edit done by hand); a stale resourceVersion is refused
    d["spec"]["replicas"] = 5;
    const std::string currentRv = d["metadata"]["resourceVersion"].get<std::string>();
    const QString file = writeFile(QStringLiteral("replace.json"), d.dump());
    Run r = kubectl({QStringLiteral("replace"), QStringLiteral("-f"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("deployment.apps/edited replaced"));
    r = kubectl({QStringLiteral("replace"), QStringLiteral("-f"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("the object has been modified")), qPrintable(r.err));
    const json after = getJson({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("edited"), QStringLiteral("-n"), QStringLiteral("kt")});
    QCOMPARE(after["spec"]["replicas"].get<int>(), 5);
    QVERIFY(after["metadata"]["resourceVersion"].get<std::string>() != currentRv);
}

void TestKubeSimKubectl::scale()
{
    std::string yaml = kDeploymentYaml;
    yaml.replace(yaml.find("name: web"), 9, "name: scaled");
    QCOMPARE(kubectl({QStringLiteral("apply"), QStringLiteral("-f"), writeFile(QStringLiteral("scaled.yaml"), yaml)}).exitCode, 0);
    const Run r = kubectl({QStringLiteral("scale"), QStringLiteral("deployment/scaled"), QStringLiteral("-n"), QStringLiteral("kt"),
                           QStringLiteral("--replicas=7")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("deployment.apps/scaled scaled"));
    const json d = getJson({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("scaled"), QStringLiteral("-n"), QStringLiteral("kt")});
    QCOMPARE(d["spec"]["replicas"].get<int>(), 7);
    const Run sts = kubectl({QStringLiteral("scale"), QStringLiteral("statefulset/k1"), QStringLiteral("-n"), QStringLiteral("kt"),
                             QStringLiteral("--replicas=3")});
    QVERIFY2(sts.exitCode == 0, qPrintable(sts.err));
    QCOMPARE(getJson({QStringLiteral("get"), QStringLiteral("sts"), QStringLiteral("k1"), QStringLiteral("-n"), QStringLiteral("kt")})["spec"]["replicas"].get<int>(), 3);
}

void TestKubeSimKubectl::labelAndAnnotate()
{
    m_server->apply(json{{"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"metadata", {{"name", "tagged"}, {"namespace", "kt"}}}}, "test");
    Run r = kubectl({QStringLiteral("label"), QStringLiteral("configmap/tagged"), QStringLiteral("-n"), QStringLiteral("kt"), QStringLiteral("tier=web")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("configmap/tagged labeled"));
    r = kubectl({QStringLiteral("annotate"), QStringLiteral("configmap/tagged"), QStringLiteral("-n"), QStringLiteral("kt"), QStringLiteral("owner=ops")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("configmap/tagged annotated"));
    const json cm = getJson({QStringLiteral("get"), QStringLiteral("cm"), QStringLiteral("tagged"), QStringLiteral("-n"), QStringLiteral("kt"),
                             QStringLiteral("--show-managed-fields")});
    QCOMPARE(cm["metadata"]["labels"]["tier"].get<std::string>(), std::string("web"));
    QCOMPARE(cm["metadata"]["annotations"]["owner"].get<std::string>(), std::string("ops"));
    std::set<std::string> managers;
    for (const auto &e : cm["metadata"]["managedFields"])
        managers.insert(e["manager"].get<std::string>());
    QVERIFY(managers.count("kubectl-label"));
    QVERIFY(managers.count("kubectl-annotate"));
    // selectors from kubectl
    const Run sel = kubectl({QStringLiteral("get"), QStringLiteral("cm"), QStringLiteral("-n"), QStringLiteral("kt"), QStringLiteral("-l"),
                             QStringLiteral("tier in (web,db)"), QStringLiteral("-o"), QStringLiteral("name")});
    QCOMPARE(sel.out.trimmed(), QStringLiteral("configmap/tagged"));
}

void TestKubeSimKubectl::deleteObject()
{
    m_server->apply(json{{"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"metadata", {{"name", "doomed"}, {"namespace", "kt"}}}}, "test");
    Run r = kubectl({QStringLiteral("delete"), QStringLiteral("configmap"), QStringLiteral("doomed"), QStringLiteral("-n"), QStringLiteral("kt"),
                     QStringLiteral("--dry-run=server")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("configmap \"doomed\" deleted (server dry run)"));
    QCOMPARE(kubectl({QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("doomed"), QStringLiteral("-n"), QStringLiteral("kt")}).exitCode, 0);
    r = kubectl({QStringLiteral("delete"), QStringLiteral("configmap"), QStringLiteral("doomed"), QStringLiteral("-n"), QStringLiteral("kt")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("configmap \"doomed\" deleted"));
    r = kubectl({QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("doomed"), QStringLiteral("-n"), QStringLiteral("kt")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Error from server (NotFound): configmaps \"doomed\" not found")), qPrintable(r.err));
}

void TestKubeSimKubectl::createWithGenerators()
{
    // kubectl's typed generators send protobuf bodies
    Run r = kubectl({QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("generated")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("namespace/generated created"));
    r = kubectl({QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("gen"), QStringLiteral("-n"), QStringLiteral("generated"),
                 QStringLiteral("--from-literal=a=1"), QStringLiteral("--from-literal=b=2")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = kubectl({QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("generic"), QStringLiteral("gen"), QStringLiteral("-n"),
                 QStringLiteral("generated"), QStringLiteral("--from-literal=password=hunter2")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = kubectl({QStringLiteral("create"), QStringLiteral("serviceaccount"), QStringLiteral("gen"), QStringLiteral("-n"), QStringLiteral("generated")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const json cm = getJson({QStringLiteral("get"), QStringLiteral("cm"), QStringLiteral("gen"), QStringLiteral("-n"), QStringLiteral("generated"),
                             QStringLiteral("--show-managed-fields")});
    QCOMPARE(cm["data"].dump(), std::string(R"({"a":"1","b":"2"})"));
    QCOMPARE(cm["metadata"]["managedFields"][0]["manager"].get<std::string>(), std::string("kubectl-create"));
    const json secret = getJson({QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("gen"), QStringLiteral("-n"), QStringLiteral("generated")});
    QCOMPARE(secret["data"]["password"].get<std::string>(), std::string("aHVudGVyMg=="));
    QCOMPARE(secret["type"].get<std::string>(), std::string("Opaque"));
    QCOMPARE(getJson({QStringLiteral("get"), QStringLiteral("sa"), QStringLiteral("gen"), QStringLiteral("-n"), QStringLiteral("generated")})["kind"].get<std::string>(),
             std::string("ServiceAccount"));
    // kinds without a protobuf schema here are refused with a clear message
    r = kubectl({QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("gen"), QStringLiteral("-n"), QStringLiteral("generated"),
                 QStringLiteral("--image=nginx")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("send Deployment as JSON or YAML")), qPrintable(r.err));
}

void TestKubeSimKubectl::customResource()
{
    const QString crd = writeFile(QStringLiteral("crd.yaml"), R"(apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: applications.argoproj.io
spec:
  group: argoproj.io
  names: {kind: Application, listKind: ApplicationList, plural: applications, singular: application, shortNames: [app, apps]}
  scope: Namespaced
  versions:
  - name: v1alpha1
    served: true
    storage: true
    schema:
      openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
    subresources: {status: {}}
)");
    Run r = kubectl({QStringLiteral("create"), QStringLiteral("-f"), crd});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString app = writeFile(QStringLiteral("app.yaml"), R"(apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: guestbook, namespace: kt}
spec:
  project: default
  source: {repoURL: 'https://github.com/argoproj/argocd-example-apps.git', targetRevision: HEAD, path: guestbook}
  destination: {server: 'https://kubernetes.default.svc', namespace: guestbook}
)");
    r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), app});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("application.argoproj.io/guestbook created"));
    const json got = getJson({QStringLiteral("get"), QStringLiteral("applications.argoproj.io"), QStringLiteral("guestbook"), QStringLiteral("-n"), QStringLiteral("kt")});
    QCOMPARE(got["spec"]["source"]["path"].get<std::string>(), std::string("guestbook"));
    r = kubectl({QStringLiteral("get"), QStringLiteral("app"), QStringLiteral("-n"), QStringLiteral("kt")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("guestbook")), qPrintable(r.out + r.err));
    QCOMPARE(kubectl({QStringLiteral("delete"), QStringLiteral("-f"), crd}).exitCode, 0);
    r = kubectl({QStringLiteral("get"), QStringLiteral("applications.argoproj.io"), QStringLiteral("-n"), QStringLiteral("kt")});
    QVERIFY(r.exitCode != 0);
}

void TestKubeSimKubectl::readonlyTokenDenied()
{
    const QString cm = writeFile(QStringLiteral("ro.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ro, namespace: kt}\n");
    Run r = kubectl({QStringLiteral("--token=viewer-token"), QStringLiteral("get"), QStringLiteral("cm"), QStringLiteral("-n"), QStringLiteral("kt")});
    QCOMPARE(r.exitCode, 0);
    r = kubectl({QStringLiteral("--token=viewer-token"), QStringLiteral("create"), QStringLiteral("-f"), cm});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Error from server (Forbidden)")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("User \"kube-sim-readonly\" cannot create resource \"configmaps\" in API group \"\" in the namespace \"kt\"")),
             qPrintable(r.err));
    r = kubectl({QStringLiteral("--token=wrong"), QStringLiteral("get"), QStringLiteral("cm")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Unauthorized")), qPrintable(r.err));
}

void TestKubeSimKubectl::clientCertificate()
{
    const auto [cert, key] = m_server->issueClientCert("alice", {"devs", "ops"});
    std::ifstream in(m_kubeconfig.toStdString());
    std::stringstream ss;
    ss << in.rdbuf();
    std::string config = ss.str();
    const size_t tokenLine = config.find("    token: ");
    QVERIFY(tokenLine != std::string::npos);
    config = config.substr(0, tokenLine);
    auto b64 = [](const std::string &s) { return QByteArray::fromStdString(s).toBase64().toStdString(); };
    config += "    client-certificate-data: " + b64(cert) + "\n    client-key-data: " + b64(key) + "\n";
    const QString certConfig = writeFile(QStringLiteral("cert-kubeconfig"), config);
    const Run r = kubectl({QStringLiteral("auth"), QStringLiteral("whoami"), QStringLiteral("-o"), QStringLiteral("json")}, certConfig);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const json review = json::parse(r.out.toStdString(), nullptr, false);
    QCOMPARE(review["status"]["userInfo"]["username"].get<std::string>(), std::string("alice"));
    QCOMPARE(review["status"]["userInfo"]["groups"][0].get<std::string>(), std::string("devs"));
    QCOMPARE(review["status"]["userInfo"]["groups"][1].get<std::string>(), std::string("ops"));
    QCOMPARE(kubectl({QStringLiteral("get"), QStringLiteral("ns"), QStringLiteral("kt")}, certConfig).exitCode, 0);
}

void TestKubeSimKubectl::fixtureAppliesWithoutDrift()
{
    const QString overlay = QStringLiteral(DRIFTDECK_SOURCE_DIR "/../shared/fixtures/podinfo/deploy/overlays/production");
    if (!QDir(overlay).exists())
        QSKIP("../shared/fixtures/podinfo is absent: the fixture round trip needs the shared GitOps fixtures");
    const Run rendered = kubectl({QStringLiteral("kustomize"), overlay});
    QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
    const QString file = writeFile(QStringLiteral("podinfo.yaml"), rendered.out.toStdString());
    Run r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("statefulset.apps/database-primary created")));
    r = kubectl({QStringLiteral("diff"), QStringLiteral("-f"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // applying again changes nothing: podinfo's non-canonical quantities (cpu: 2000m) make
    // kubectl say "configured", as against a real server, but no resourceVersion moves
    const QStringList versions{QStringLiteral("get"), QStringLiteral("all,cm,sa,pvc,hpa"), QStringLiteral("-n"), QStringLiteral("production"),
                               QStringLiteral("-o"), QStringLiteral("jsonpath={.items[*].metadata.resourceVersion}")};
    const QString before = kubectl(versions).out;
    QVERIFY(!before.isEmpty());
    r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(kubectl(versions).out, before);
    r = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--force-conflicts"), QStringLiteral("-f"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = kubectl({QStringLiteral("diff"), QStringLiteral("--server-side"), QStringLiteral("-f"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

QTEST_GUILESS_MAIN(TestKubeSimKubectl)
#include "tst_kubesim_kubectl.moc"
