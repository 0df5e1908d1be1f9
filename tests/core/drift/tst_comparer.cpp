// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison core against objects shaped like the API server returns them: each row applies
// JSON patches to Git and to the live object (a mutation by another field manager carries its
// managedFields entry) and lists the exact changes expected, with attribution.
#include "core/drift/comparer.h"
#include "core/drift/driftresult.h"

#include "testutil.h"

#include <QTest>
#include <QTimeZone>

using namespace driftdeck;
using namespace driftdeck::drift;
using nlohmann::json;

namespace {

json changesJson(const QList<FieldChange> &changes)
{
    json out = json::array();
    for (const FieldChange &c : changes)
        out.push_back(toJson(c));
    return out;
}

CompareOptions optionsFrom(const json &spec)
{
    CompareOptions o;
    if (!spec.is_object())
        return o;
    const json rules = spec.contains("ignore") ? spec["ignore"] : json::array();
    for (const json &r : rules) {
        IgnoreRule rule;
        rule.group = QString::fromStdString(r.value("group", std::string()));
        rule.kind = QString::fromStdString(r.value("kind", std::string()));
        rule.ns = QString::fromStdString(r.value("namespace", std::string()));
        rule.name = QString::fromStdString(r.value("name", std::string()));
        const json paths = r.contains("paths") ? r["paths"] : json::array();
        const json managers = r.contains("managers") ? r["managers"] : json::array();
        for (const json &p : paths)
            rule.paths.append(FieldPath::parse(QString::fromStdString(p.get<std::string>())).value());
        for (const json &m : managers)
            rule.managers.append(QString::fromStdString(m.get<std::string>()));
        o.ignoreRules.append(rule);
    }
    return o;
}

// A managedFields entry for a mutation by another manager.
QByteArray manager(const char *name, const char *operation, const char *time, const char *fieldsV1,
                   const char *subresource = nullptr)
{
    json e{{"apiVersion", "apps/v1"},
           {"fieldsType", "FieldsV1"},
           {"fieldsV1", json::parse(fieldsV1)},
           {"manager", name},
           {"operation", operation},
           {"time", time}};
    if (subresource)
        e["subresource"] = subresource;
    return QByteArray::fromStdString(json{{"op", "add"}, {"path", "/metadata/managedFields/-"}, {"value", e}}.dump());
}

QByteArray patch(std::initializer_list<QByteArray> ops)
{
    QByteArray out = "[";
    bool first = true;
    for (const QByteArray &op : ops) {
        if (!first)
            out += ',';
        first = false;
        out += op;
    }
    return out + ']';
}

// The live Deployment as if `kubectl apply` (client-side) had created it: one Update entry
// that, like on a real server, also owns the defaulted fields, and the last-applied copy.
json clientSideApplied(json live, const json &git)
{
    json &entry = live["metadata"]["managedFields"][0];
    entry["manager"] = "kubectl-client-side-apply";
    entry["operation"] = "Update";
    entry["fieldsV1"]["f:spec"]["f:revisionHistoryLimit"] = json::object();
    entry["fieldsV1"]["f:spec"]["f:template"]["f:spec"]["f:dnsPolicy"] = json::object();
    entry["fieldsV1"]["f:metadata"]["f:annotations"]["f:kubectl.kubernetes.io/last-applied-configuration"] =
        json::object();
    live["metadata"]["annotations"]["kubectl.kubernetes.io/last-applied-configuration"] = git.dump();
    return live;
}

} // namespace

class TestComparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deployment_data();
    void deployment();
    void service();
    void secretMasked();
    void secretSynced();
    void customResource();
    void clusterScoped();
    void wholeResourceIgnored_data();
    void wholeResourceIgnored();
    void providedOwnershipIndex();
    void internedOwnershipIndex();
    void exactMode();
};

void TestComparer::deployment_data()
{
    QTest::addColumn<QString>("base");          // "ssa" (kustomize-controller Apply) or "csa"
    QTest::addColumn<QByteArray>("gitPatch");   // RFC 6902 patch applied to Git
    QTest::addColumn<QByteArray>("livePatch");  // RFC 6902 patch applied to the live object
    QTest::addColumn<QByteArray>("options");    // ignore rules
    QTest::addColumn<QByteArray>("expected");   // exact change list (toJson of each change)

    const QByteArray none = "[]";

    QTest::newRow("freshly applied, quantities and defaults differ in spelling")
        << u"ssa"_qs << none << none << QByteArray() << QByteArray("[]");

    QTest::newRow("scale by kubectl-scale")
        << u"ssa"_qs << none
        << patch({R"({"op":"replace","path":"/spec/replicas","value":5})",
                  R"({"op":"remove","path":"/metadata/managedFields/0/fieldsV1/f:spec/f:replicas"})",
                  manager("kubectl-scale", "Update", "2026-11-27T10:42:00Z", R"({"f:spec":{"f:replicas":{}}})",
                          "scale")})
        << QByteArray()
        << QByteArray(R"([{"field":"spec.replicas","pointer":"/spec/replicas","op":"replace","git":"3","live":"5",
            "manager":"kubectl-scale","operation":"Update","time":"2026-11-27T10:42:00Z"}])");

    QTest::newRow("image bump by kubectl-edit")
        << u"ssa"_qs << none
        << patch({R"({"op":"replace","path":"/spec/template/spec/containers/0/image","value":"ghcr.io/acme/web:1.5.0"})",
                  manager("kubectl-edit", "Update", "2026-11-27T11:00:00Z",
                          R"({"f:spec":{"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"web\"}":{"f:image":{}}}}}}})")})
        << QByteArray()
        << QByteArray(R"([{"field":"spec.template.spec.containers[name=web].image",
            "pointer":"/spec/template/spec/containers/0/image","op":"replace",
            "git":"ghcr.io/acme/web:1.4.2","live":"ghcr.io/acme/web:1.5.0",
            "manager":"kubectl-edit","operation":"Update","time":"2026-11-27T11:00:00Z"}])");

    QTest::newRow("env added live")
        << u"ssa"_qs << none
        << patch({R"({"op":"add","path":"/spec/template/spec/containers/0/env/-","value":{"name":"DEBUG","value":"1"}})",
                  manager("kubectl-set", "Update", "2026-11-27T11:05:00Z",
                          R"({"f:spec":{"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"web\"}":{"f:env":{"k:{\"name\":\"DEBUG\"}":{".":{},"f:name":{},"f:value":{}}}}}}}}})")})
        << QByteArray()
        << QByteArray(R"([{"field":"spec.template.spec.containers[name=web].env[name=DEBUG]",
            "pointer":"/spec/template/spec/containers/0/env/2","op":"add","git":"","live":"{\"name\":\"DEBUG\",\"value\":\"1\"}",
            "manager":"kubectl-set","operation":"Update","time":"2026-11-27T11:05:00Z"}])");

    // Git sets no env list on the container at all; `kubectl set env` creates one.
    QTest::newRow("env list created live")
        << u"ssa"_qs << QByteArray(R"([{"op":"remove","path":"/spec/template/spec/containers/0/env"}])")
        << patch({R"({"op":"remove","path":"/spec/template/spec/containers/0/env"})",
                  R"({"op":"remove","path":"/metadata/managedFields/0/fieldsV1/f:spec/f:template/f:spec/f:containers/k:{\"name\":\"web\"}/f:env"})",
                  R"({"op":"add","path":"/spec/template/spec/containers/0/env","value":[{"name":"DEBUG","value":"1"}]})",
                  manager("kubectl-set", "Update", "2026-11-27T11:05:00Z",
                          R"({"f:spec":{"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"web\"}":{"f:env":{".":{},"k:{\"name\":\"DEBUG\"}":{".":{},"f:name":{},"f:value":{}}}}}}}}})")})
        << QByteArray()
        << QByteArray(R"([{"field":"spec.template.spec.containers[name=web].env[name=DEBUG]",
            "pointer":"/spec/template/spec/containers/0/env/0","op":"add","git":"","live":"{\"name\":\"DEBUG\",\"value\":\"1\"}",
            "manager":"kubectl-set","operation":"Update","time":"2026-11-27T11:05:00Z"}])");

    QTest::newRow("env removed live")
        << u"ssa"_qs << none
        << patch({R"({"op":"remove","path":"/spec/template/spec/containers/0/env/1"})"}) << QByteArray()
        << QByteArray(R"([{"field":"spec.template.spec.containers[name=web].env[name=CACHE_SIZE]",
            "pointer":"/spec/template/spec/containers/0/env/-","op":"remove","git":"{\"name\":\"CACHE_SIZE\",\"value\":\"256\"}","live":"",
            "manager":"","operation":"","time":""}])");

    QTest::newRow("env changed live")
        << u"ssa"_qs << none
        << patch({R"({"op":"replace","path":"/spec/template/spec/containers/0/env/0/value","value":"debug"})",
                  manager("kubectl-set", "Update", "2026-11-27T11:06:00Z",
                          R"({"f:spec":{"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"web\"}":{"f:env":{"k:{\"name\":\"LOG_LEVEL\"}":{"f:value":{}}}}}}}}})")})
        << QByteArray()
        << QByteArray(R"([{"field":"spec.template.spec.containers[name=web].env[name=LOG_LEVEL].value",
            "pointer":"/spec/template/spec/containers/0/env/0/value","op":"replace","git":"info","live":"debug",
            "manager":"kubectl-set","operation":"Update","time":"2026-11-27T11:06:00Z"}])");

    QTest::newRow("label added by kubectl-label")
        << u"ssa"_qs << none
        << patch({R"({"op":"add","path":"/metadata/labels/owner","value":"alice"})",
                  manager("kubectl-label", "Update", "2026-11-27T11:10:00Z", R"({"f:metadata":{"f:labels":{"f:owner":{}}}})")})
        << QByteArray()
        << QByteArray(R"([{"field":"metadata.labels.owner","pointer":"/metadata/labels/owner","op":"add","git":"","live":"alice",
            "manager":"kubectl-label","operation":"Update","time":"2026-11-27T11:10:00Z"}])");

    QTest::newRow("annotation added by kubectl-annotate")
        << u"ssa"_qs << none
        << patch({R"({"op":"add","path":"/metadata/annotations/example.com~1note","value":"on call: 42"})",
                  manager("kubectl-annotate", "Update", "2026-11-27T11:11:00Z",
                          R"({"f:metadata":{"f:annotations":{"f:example.com/note":{}}}})")})
        << QByteArray()
        << QByteArray(R"([{"field":"metadata.annotations[\"example.com/note\"]","pointer":"/metadata/annotations/example.com~1note",
            "op":"add","git":"","live":"\"on call: 42\"",
            "manager":"kubectl-annotate","operation":"Update","time":"2026-11-27T11:11:00Z"}])");

    const QByteArray sidecar = R"({"name":"log-shipper","image":"busybox:1.36","imagePullPolicy":"IfNotPresent",
        "resources":{},"terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File"})";
    QTest::newRow("container added by kubectl-edit")
        << u"ssa"_qs << none
        << patch({R"({"op":"add","path":"/spec/template/spec/containers/-","value":)" + sidecar + '}',
                  manager("kubectl-edit", "Update", "2026-11-27T11:20:00Z",
                          R"({"f:spec":{"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"log-shipper\"}":{".":{},"f:image":{},"f:name":{}}}}}}})")})
        << QByteArray()
        << QByteArray(R"([{"field":"spec.template.spec.containers[name=log-shipper]","pointer":"/spec/template/spec/containers/1",
            "op":"add","git":"","live":)"
                      + QByteArray::fromStdString(json(json::parse(sidecar).dump()).dump())
                      + R"(,"manager":"kubectl-edit","operation":"Update","time":"2026-11-27T11:20:00Z"}])");

    QTest::newRow("container added, ignored by path with selector")
        << u"ssa"_qs << none
        << patch({R"({"op":"add","path":"/spec/template/spec/containers/-","value":{"name":"istio-proxy","image":"istio/proxyv2:1.24"}})"})
        << QByteArray(R"({"ignore":[{"kind":"Deployment","paths":["spec.template.spec.containers[name=istio-proxy]"]}]})")
        << QByteArray("[]");

    QTest::newRow("field removed from Git, still owned by the GitOps manager")
        << u"ssa"_qs
        << patch({R"({"op":"remove","path":"/spec/template/spec/containers/0/env/1"})",
                  R"({"op":"remove","path":"/spec/template/spec/containers/0/resources/limits/memory"})"})
        << none << QByteArray()
        << QByteArray(R"([
            {"field":"spec.template.spec.containers[name=web].env[name=CACHE_SIZE]","pointer":"/spec/template/spec/containers/0/env/1",
             "op":"add","git":"","live":"{\"name\":\"CACHE_SIZE\",\"value\":\"256\"}","removedInGit":true,
             "manager":"kustomize-controller","operation":"Apply","time":"2026-11-27T10:00:00Z"},
            {"field":"spec.template.spec.containers[name=web].resources.limits.memory",
             "pointer":"/spec/template/spec/containers/0/resources/limits/memory",
             "op":"add","git":"","live":"512Mi","removedInGit":true,
             "manager":"kustomize-controller","operation":"Apply","time":"2026-11-27T10:00:00Z"}])");

    QTest::newRow("field removed from Git, found in last-applied; defaults owned by the Update are not")
        << u"csa"_qs
        << patch({R"({"op":"remove","path":"/spec/template/spec/containers/0/env/1"})",
                  R"({"op":"remove","path":"/spec/template/spec/volumes"})",
                  R"({"op":"remove","path":"/spec/template/spec/containers/0/volumeMounts"})"})
        << none << QByteArray()
        << QByteArray(R"([
            {"field":"spec.template.spec.containers[name=web].env[name=CACHE_SIZE]","pointer":"/spec/template/spec/containers/0/env/1",
             "op":"add","git":"","live":"{\"name\":\"CACHE_SIZE\",\"value\":\"256\"}","removedInGit":true,
             "manager":"kubectl-client-side-apply","operation":"Update","time":"2026-11-27T10:00:00Z"},
            {"field":"spec.template.spec.containers[name=web].volumeMounts","pointer":"/spec/template/spec/containers/0/volumeMounts",
             "op":"add","git":"","live":"[{\"mountPath\":\"/var/cache/web\",\"name\":\"cache\"}]","removedInGit":true,
             "manager":"kubectl-client-side-apply","operation":"Update","time":"2026-11-27T10:00:00Z"},
            {"field":"spec.template.spec.volumes","pointer":"/spec/template/spec/volumes",
             "op":"add","git":"","live":"[{\"emptyDir\":{},\"name\":\"cache\"}]","removedInGit":true,
             "manager":"kubectl-client-side-apply","operation":"Update","time":"2026-11-27T10:00:00Z"}])");

    QTest::newRow("label removed from Git, still owned by the GitOps manager")
        << u"ssa"_qs << patch({R"({"op":"remove","path":"/metadata/labels/tier"})"}) << none << QByteArray()
        << QByteArray(R"([{"field":"metadata.labels.tier","pointer":"/metadata/labels/tier","op":"add","git":"",
            "live":"frontend","removedInGit":true,
            "manager":"kustomize-controller","operation":"Apply","time":"2026-11-27T10:00:00Z"}])");

    QTest::newRow("probe removed from Git: one change for the owned subtree, defaults included")
        << u"ssa"_qs << patch({R"({"op":"remove","path":"/spec/template/spec/containers/0/readinessProbe"})"}) << none
        << QByteArray()
        << QByteArray(R"([{"field":"spec.template.spec.containers[name=web].readinessProbe",
            "pointer":"/spec/template/spec/containers/0/readinessProbe","op":"add","git":"",
            "live":"{\"failureThreshold\":3,\"httpGet\":{\"path\":\"/healthz\",\"port\":\"http\",\"scheme\":\"HTTP\"},\"periodSeconds\":10,\"successThreshold\":1,\"timeoutSeconds\":1}",
            "removedInGit":true,
            "manager":"kustomize-controller","operation":"Apply","time":"2026-11-27T10:00:00Z"}])");

    QTest::newRow("container removed live")
        << u"ssa"_qs << none << patch({R"({"op":"remove","path":"/spec/template/spec/containers/0"})"}) << QByteArray()
        << QByteArray(R"([{"field":"spec.template.spec.containers[name=web]","pointer":"/spec/template/spec/containers/-",
            "op":"remove","git":)" + QByteArray::fromStdString(json(loadJson("deployment-git.json")["spec"]["template"]["spec"]["containers"][0].dump()).dump())
            + R"(,"live":"","manager":"","operation":"","time":""}])");

    QTest::newRow("atomic list changed, ignored by index path")
        << u"ssa"_qs
        << patch({R"({"op":"add","path":"/spec/template/spec/tolerations","value":[{"key":"a","operator":"Exists"}]})"})
        << patch({R"({"op":"add","path":"/spec/template/spec/tolerations","value":[{"key":"b","operator":"Exists"}]})"})
        << QByteArray(R"({"ignore":[{"kind":"Deployment","paths":["spec.template.spec.tolerations"]}]})")
        << QByteArray("[]");

    QTest::newRow("quantities spelled differently in Git")
        << u"ssa"_qs
        << patch({R"({"op":"replace","path":"/spec/template/spec/containers/0/resources/limits/cpu","value":1})",
                  R"({"op":"replace","path":"/spec/template/spec/containers/0/resources/limits/memory","value":"536870912"})",
                  R"({"op":"replace","path":"/spec/template/spec/containers/0/resources/requests/cpu","value":"0.25"})",
                  R"({"op":"replace","path":"/spec/template/spec/containers/0/resources/requests/memory","value":"0.25Gi"})"})
        << none << QByteArray() << QByteArray("[]");

    QTest::newRow("quantity really changed")
        << u"ssa"_qs << none
        << patch({R"({"op":"replace","path":"/spec/template/spec/containers/0/resources/limits/memory","value":"1Gi"})"})
        << QByteArray()
        << QByteArray(R"([{"field":"spec.template.spec.containers[name=web].resources.limits.memory",
            "pointer":"/spec/template/spec/containers/0/resources/limits/memory","op":"replace","git":"0.5Gi","live":"1Gi",
            "manager":"kustomize-controller","operation":"Apply","time":"2026-11-27T10:00:00Z"}])");

    QTest::newRow("defaults written out in Git, omitempty zero values")
        << u"ssa"_qs
        << patch({R"({"op":"add","path":"/spec/template/spec/containers/0/ports/0/protocol","value":"TCP"})",
                  R"({"op":"add","path":"/spec/template/spec/containers/0/imagePullPolicy","value":"IfNotPresent"})",
                  R"({"op":"add","path":"/spec/strategy","value":{"type":"RollingUpdate"}})",
                  R"({"op":"add","path":"/spec/template/spec/hostNetwork","value":false})",
                  R"({"op":"add","path":"/spec/template/spec/securityContext","value":{}})",
                  R"({"op":"add","path":"/spec/template/spec/containers/0/args","value":[]})",
                  R"({"op":"add","path":"/metadata/creationTimestamp","value":null})",
                  R"({"op":"add","path":"/status","value":{}})"})
        << none << QByteArray() << QByteArray("[]");

    QTest::newRow("HPA-owned replicas, no rule")
        << u"ssa"_qs << none
        << patch({R"({"op":"replace","path":"/spec/replicas","value":7})",
                  R"({"op":"remove","path":"/metadata/managedFields/0/fieldsV1/f:spec/f:replicas"})",
                  manager("kube-controller-manager", "Update", "2026-11-27T12:00:00Z", R"({"f:spec":{"f:replicas":{}}})",
                          "scale")})
        << QByteArray()
        << QByteArray(R"([{"field":"spec.replicas","pointer":"/spec/replicas","op":"replace","git":"3","live":"7",
            "manager":"kube-controller-manager","operation":"Update","time":"2026-11-27T12:00:00Z"}])");

    QTest::newRow("HPA-owned replicas ignored by manager rule")
        << u"ssa"_qs << none
        << patch({R"({"op":"replace","path":"/spec/replicas","value":7})",
                  R"({"op":"remove","path":"/metadata/managedFields/0/fieldsV1/f:spec/f:replicas"})",
                  manager("kube-controller-manager", "Update", "2026-11-27T12:00:00Z", R"({"f:spec":{"f:replicas":{}}})",
                          "scale"),
                  R"({"op":"replace","path":"/spec/template/spec/containers/0/image","value":"web:2"})"})
        << QByteArray(R"({"ignore":[{"group":"apps","kind":"Deployment","managers":["kube-controller-manager"]}]})")
        << QByteArray(R"([{"field":"spec.template.spec.containers[name=web].image",
            "pointer":"/spec/template/spec/containers/0/image","op":"replace","git":"ghcr.io/acme/web:1.4.2","live":"web:2",
            "manager":"kustomize-controller","operation":"Apply","time":"2026-11-27T10:00:00Z"}])");

    QTest::newRow("path rule on a field, other namespace not matched")
        << u"ssa"_qs << none
        << patch({R"({"op":"replace","path":"/spec/replicas","value":4})"})
        << QByteArray(R"({"ignore":[{"kind":"Deployment","namespace":"other","paths":["spec.replicas"]},
                                    {"kind":"Deploy*","namespace":"shop","paths":["metadata.labels"]}]})")
        << QByteArray(R"([{"field":"spec.replicas","pointer":"/spec/replicas","op":"replace","git":"3","live":"4",
            "manager":"kustomize-controller","operation":"Apply","time":"2026-11-27T10:00:00Z"}])");

    QTest::newRow("path rule on a field")
        << u"ssa"_qs << none
        << patch({R"({"op":"replace","path":"/spec/replicas","value":4})",
                  R"({"op":"add","path":"/metadata/labels/x","value":"y"})"})
        << QByteArray(R"({"ignore":[{"kind":"Deployment","namespace":"shop","paths":["spec.replicas","metadata.labels.x"]}]})")
        << QByteArray("[]");

    QTest::newRow("restart annotation in the pod template is drift")
        << u"ssa"_qs << none
        << patch({R"({"op":"add","path":"/spec/template/metadata/annotations","value":{"kubectl.kubernetes.io/restartedAt":"2026-11-27T13:00:00Z"}})",
                  manager("kubectl-rollout", "Update", "2026-11-27T13:00:00Z",
                          R"({"f:spec":{"f:template":{"f:metadata":{"f:annotations":{".":{},"f:kubectl.kubernetes.io/restartedAt":{}}}}}})")})
        << QByteArray()
        << QByteArray(R"([{"field":"spec.template.metadata.annotations[\"kubectl.kubernetes.io/restartedAt\"]",
            "pointer":"/spec/template/metadata/annotations/kubectl.kubernetes.io~1restartedAt",
            "op":"add","git":"","live":"\"2026-11-27T13:00:00Z\"",
            "manager":"kubectl-rollout","operation":"Update","time":"2026-11-27T13:00:00Z"}])");
}

void TestComparer::deployment()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, gitPatch);
    QFETCH(QByteArray, livePatch);
    QFETCH(QByteArray, options);
    QFETCH(QByteArray, expected);

    const json gitOriginal = loadJson("deployment-git.json");
    json live = loadJson("deployment-live.json");
    if (base == u"csa")
        live = clientSideApplied(live, gitOriginal);
    const json git = gitOriginal.patch(parseJson(gitPatch));
    live = live.patch(parseJson(livePatch));

    const Comparer comparer(optionsFrom(options.isEmpty() ? json() : parseJson(options)));
    const CompareResult result = comparer.compare(git, live);
    QCOMPARE(dumpJson(changesJson(result.changes)), dumpJson(parseJson(expected)));
    const json exp = parseJson(expected);
    QCOMPARE(result.state, exp.empty() ? SyncState::Synced : SyncState::Drifted);
    QCOMPARE(result.reason.isEmpty(), exp.empty());
}

void TestComparer::service()
{
    const json git = json::parse(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"web","namespace":"shop"},
        "spec":{"selector":{"app":"web"},"ports":[{"name":"http","port":80,"targetPort":"8080"}]}})");
    json live = json::parse(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"web","namespace":"shop",
        "uid":"u1","resourceVersion":"7","creationTimestamp":"2026-11-27T10:00:00Z"},
        "spec":{"clusterIP":"10.96.12.7","clusterIPs":["10.96.12.7"],"internalTrafficPolicy":"Cluster",
                "ipFamilies":["IPv4"],"ipFamilyPolicy":"SingleStack",
                "ports":[{"name":"http","port":80,"protocol":"TCP","targetPort":8080}],
                "selector":{"app":"web"},"sessionAffinity":"None","type":"ClusterIP"},
        "status":{"loadBalancer":{}}})");
    const Comparer comparer;
    QCOMPARE(comparer.compare(git, live).state, SyncState::Synced);

    live["spec"]["selector"]["version"] = "v2";
    live["spec"]["ports"].push_back(json::parse(R"({"name":"metrics","port":9090,"protocol":"TCP","targetPort":9090})"));
    const CompareResult r = comparer.compare(git, live);
    QCOMPARE(r.state, SyncState::Drifted);
    const json expected = json::parse(R"([
        {"field":"spec.ports[port=9090,protocol=TCP]","pointer":"/spec/ports/1","op":"add","git":"",
         "live":"{\"name\":\"metrics\",\"port\":9090,\"protocol\":\"TCP\",\"targetPort\":9090}","manager":"","operation":"","time":""},
        {"field":"spec.selector.version","pointer":"/spec/selector/version","op":"add","git":"","live":"v2",
         "manager":"","operation":"","time":""}])");
    QCOMPARE(dumpJson(changesJson(r.changes)), dumpJson(expected));
}

void TestComparer::secretMasked()
{
    const json git = json::parse(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"db","namespace":"shop"},
        "type":"Opaque","stringData":{"password":"hunter2","user":"app"}})");
    // Live: "hunter3" and "app" in base64, plus a key someone added; last-applied holds plain text.
    const json live = json::parse(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"db","namespace":"shop",
        "annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"stringData\":{\"password\":\"hunter2\"}}"},
        "uid":"u2","resourceVersion":"9"},
        "type":"Opaque","data":{"password":"aHVudGVyMw==","user":"YXBw","token":"c2VjcmV0LXRva2Vu"}})");
    const CompareResult r = Comparer().compare(git, live);
    QCOMPARE(r.state, SyncState::Drifted);
    const json expected = json::parse(R"([
        {"field":"data.password","pointer":"/data/password","op":"replace","git":"++++++++","live":"+++++++++",
         "manager":"","operation":"","time":""},
        {"field":"data.token","pointer":"/data/token","op":"add","git":"","live":"++++++++",
         "manager":"","operation":"","time":""}])");
    QCOMPARE(dumpJson(changesJson(r.changes)), dumpJson(expected));
    const QByteArray all = dumpJson(changesJson(r.changes));
    for (const char *plain : {"hunter", "aHVudGVy", "c2VjcmV0", "secret-token", "YXBw"})
        QVERIFY2(!all.contains(plain), plain);
}

void TestComparer::secretSynced()
{
    const json git = json::parse(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"db","namespace":"shop"},
        "stringData":{"password":"hunter2"},"data":{"user":"YXBw"}})");
    const json live = json::parse(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"db","namespace":"shop"},
        "type":"Opaque","data":{"password":"aHVudGVyMg==","user":"YXBw"}})");
    const CompareResult r = Comparer().compare(git, live);
    QCOMPARE(r.state, SyncState::Synced);
    QVERIFY(r.changes.isEmpty());
}

void TestComparer::customResource()
{
    // A Flux Kustomization: status ignored, spec.interval changed by hand, kept field names.
    const json git = json::parse(R"({"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"Kustomization",
        "metadata":{"name":"apps","namespace":"flux-system"},
        "spec":{"interval":"10m","path":"./apps/production","prune":true,
                "sourceRef":{"kind":"GitRepository","name":"flux-system"}}})");
    json live = git;
    live["metadata"]["uid"] = "u3";
    live["metadata"]["generation"] = 2;
    live["metadata"]["finalizers"] = json::array({"finalizers.fluxcd.io"});
    live["spec"]["interval"] = "1h";
    live["spec"]["force"] = false;
    live["status"] = json::parse(R"({"conditions":[{"type":"Ready","status":"True"}],"lastAppliedRevision":"main@sha1:abc"})");
    live["metadata"]["managedFields"] = json::parse(R"([
        {"apiVersion":"kustomize.toolkit.fluxcd.io/v1","fieldsType":"FieldsV1","manager":"kustomize-controller","operation":"Apply",
         "time":"2026-11-27T09:00:00Z","fieldsV1":{"f:spec":{"f:interval":{},"f:path":{},"f:prune":{},"f:sourceRef":{"f:kind":{},"f:name":{}}}}},
        {"apiVersion":"kustomize.toolkit.fluxcd.io/v1","fieldsType":"FieldsV1","manager":"kubectl-patch","operation":"Update",
         "time":"2026-11-27T09:30:00Z","fieldsV1":{"f:spec":{"f:interval":{}}}}])");
    const CompareResult r = Comparer().compare(git, live);
    const json expected = json::parse(R"([{"field":"spec.interval","pointer":"/spec/interval","op":"replace","git":"10m","live":"1h",
        "manager":"kubectl-patch","operation":"Update","time":"2026-11-27T09:30:00Z"}])");
    QCOMPARE(dumpJson(changesJson(r.changes)), dumpJson(expected));
}

void TestComparer::clusterScoped()
{
    const json git = json::parse(R"({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole",
        "metadata":{"name":"reader","labels":{"team":"platform"}},
        "rules":[{"apiGroups":[""],"resources":["pods"],"verbs":["get","list","watch"]}]})");
    json live = git;
    live["metadata"]["uid"] = "u4";
    live["metadata"]["resourceVersion"] = "12";
    const Comparer comparer;
    QCOMPARE(comparer.compare(git, live).state, SyncState::Synced);

    live["rules"][0]["verbs"].push_back("delete");
    const CompareResult r = comparer.compare(git, live);
    const json expected = json::parse(R"([{"field":"rules","pointer":"/rules","op":"replace",
        "git":"[{\"apiGroups\":[\"\"],\"resources\":[\"pods\"],\"verbs\":[\"get\",\"list\",\"watch\"]}]",
        "live":"[{\"apiGroups\":[\"\"],\"resources\":[\"pods\"],\"verbs\":[\"get\",\"list\",\"watch\",\"delete\"]}]",
        "manager":"","operation":"","time":""}])");
    QCOMPARE(dumpJson(changesJson(r.changes)), dumpJson(expected));

    // A Namespace gets kubernetes.io/metadata.name and spec.finalizers from the server.
    const json ns = json::parse(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"shop"}})");
    const json liveNs = json::parse(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"shop",
        "labels":{"kubernetes.io/metadata.name":"shop"},"uid":"u5"},"spec":{"finalizers":["kubernetes"]},
        "status":{"phase":"Active"}})");
    QCOMPARE(comparer.compare(ns, liveNs).state, SyncState::Synced);
}

void TestComparer::wholeResourceIgnored_data()
{
    QTest::addColumn<QByteArray>("annotations");
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("reason");

    QTest::newRow("kind glob") << QByteArray("{}")
                               << QByteArray(R"({"ignore":[{"group":"apps","kind":"Deploy*"}]})")
                               << int(SyncState::Ignored) << u"Ignored by the rule apps/Deploy*/*/*."_qs;
    QTest::newRow("name glob") << QByteArray("{}") << QByteArray(R"({"ignore":[{"name":"w?b"}]})")
                               << int(SyncState::Ignored) << u"Ignored by the rule */*/*/w?b."_qs;
    QTest::newRow("namespace glob, not matching")
        << QByteArray("{}") << QByteArray(R"({"ignore":[{"namespace":"kube-*"}]})") << int(SyncState::Drifted)
        << u"1 field(s) differ from Git."_qs;
    QTest::newRow("Flux reconcile disabled")
        << QByteArray(R"({"kustomize.toolkit.fluxcd.io/reconcile":"disabled"})") << QByteArray()
        << int(SyncState::Ignored)
        << u"Reconciliation is disabled by the annotation kustomize.toolkit.fluxcd.io/reconcile: disabled."_qs;
}

void TestComparer::wholeResourceIgnored()
{
    QFETCH(QByteArray, annotations);
    QFETCH(QByteArray, options);
    QFETCH(int, state);
    QFETCH(QString, reason);
    const json git = loadJson("deployment-git.json");
    json live = loadJson("deployment-live.json");
    live["spec"]["replicas"] = 1;
    const json extra = parseJson(annotations);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        live["metadata"]["annotations"][it.key()] = *it;
    const CompareResult r =
        Comparer(optionsFrom(options.isEmpty() ? json() : parseJson(options))).compare(git, live);
    QCOMPARE(int(r.state), state);
    QCOMPARE(r.reason, reason);
    QCOMPARE(r.changes.size(), state == int(SyncState::Drifted) ? 1 : 0);
}

void TestComparer::providedOwnershipIndex()
{
    // The engine keeps live objects without managedFields and passes the decoded index.
    const json git = loadJson("deployment-git.json");
    json live = loadJson("deployment-live.json");
    live["spec"]["replicas"] = 9;
    const OwnershipIndex index = OwnershipIndex::fromObject(live);
    live["metadata"].erase("managedFields");
    const CompareResult r = Comparer().compare(git, live, &index);
    QCOMPARE(r.changes.size(), 1);
    QCOMPARE(r.changes[0].manager, u"kustomize-controller"_qs);
    QCOMPARE(r.changes[0].time, QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
}

void TestComparer::internedOwnershipIndex()
{
    // Two objects of one template: the same field sets, other managers' times. The interned
    // indexes share one trie but keep each object's times, and attribute as the full index.
    const json git = loadJson("deployment-git.json");
    json a = loadJson("deployment-live.json");
    a["spec"]["replicas"] = 9;
    json b = a;
    b["metadata"]["managedFields"][0]["time"] = "2026-11-27T11:30:00Z";
    const OwnershipIndex full = OwnershipIndex::fromObject(a);
    const OwnershipIndex ia = OwnershipIndex::interned(a["metadata"]["managedFields"]);
    const OwnershipIndex ib = OwnershipIndex::interned(b["metadata"]["managedFields"]);
    QVERIFY(!ia.isEmpty());
    QCOMPARE(ia.managers(), full.managers());
    QCOMPARE(ib.managers()[0].time, QDateTime(QDate(2026, 11, 27), QTime(11, 30), Qt::UTC));
    // The shared trie is counted once between its users.
    QVERIFY(ia.estimateHeapBytes() < full.estimateHeapBytes());
    a["metadata"].erase("managedFields");
    b["metadata"].erase("managedFields");
    const CompareResult ra = Comparer().compare(git, a, &ia);
    const CompareResult rf = Comparer().compare(git, a, &full);
    QCOMPARE(ra, rf);
    const CompareResult rb = Comparer().compare(git, b, &ib);
    QCOMPARE(rb.changes.size(), 1);
    QCOMPARE(rb.changes[0].time, QDateTime(QDate(2026, 11, 27), QTime(11, 30), Qt::UTC));
    // A different field set gets a trie of its own.
    json other = loadJson("deployment-live.json");
    other["metadata"]["managedFields"][0]["fieldsV1"]["f:spec"].erase("f:replicas");
    const OwnershipIndex io = OwnershipIndex::interned(other["metadata"]["managedFields"]);
    const int spec = io.field(io.root(), "spec");
    QCOMPARE(io.field(spec, "replicas"), OwnershipIndex::kNoNode);
    QVERIFY(ia.field(ia.field(ia.root(), "spec"), "replicas") != OwnershipIndex::kNoNode);
}

void TestComparer::exactMode()
{
    // Live: scaled to 5 by kubectl-scale, and a webhook injected an annotation into the pod
    // template when Flux applied (the apply request's manager owns webhook mutations).
    json live = loadJson("deployment-live.json");
    live["spec"]["replicas"] = 5;
    live["spec"]["template"]["metadata"]["annotations"] = json{{"sidecar.example.com/injected", "true"}};
    json &flux = live["metadata"]["managedFields"][0];
    flux["fieldsV1"]["f:spec"].erase("f:replicas");
    flux["fieldsV1"]["f:spec"]["f:template"]["f:metadata"]["f:annotations"] =
        json::parse(R"({".":{},"f:sidecar.example.com/injected":{}})");
    live["metadata"]["managedFields"].push_back(json::parse(R"({"apiVersion":"apps/v1","fieldsType":"FieldsV1",
        "fieldsV1":{"f:spec":{"f:replicas":{}}},"manager":"kubectl-scale","operation":"Update",
        "subresource":"scale","time":"2026-11-27T10:42:00Z"})"));

    // The dry-run answer: Git applied with force takes replicas back, webhooks run again.
    json dryRun = live;
    dryRun["spec"]["replicas"] = 3;
    dryRun["metadata"]["managedFields"][0]["fieldsV1"]["f:spec"]["f:replicas"] = json::object();
    dryRun["metadata"]["managedFields"].erase(2);

    const Comparer comparer;
    const CompareResult exact = comparer.compareExact(dryRun, live);
    const json expected = json::parse(R"([{"field":"spec.replicas","pointer":"/spec/replicas","op":"replace",
        "git":"3","live":"5","manager":"kubectl-scale","operation":"Update","time":"2026-11-27T10:42:00Z"}])");
    QCOMPARE(dumpJson(changesJson(exact.changes)), dumpJson(expected));

    // The read-only comparison sees the webhook's annotation as an addition Git does not make.
    const CompareResult readOnly = comparer.compare(loadJson("deployment-git.json"), live);
    QCOMPARE(readOnly.changes.size(), 2);
    QCOMPARE(readOnly.changes[1].field, u"spec.template.metadata.annotations[\"sidecar.example.com/injected\"]"_qs);

    // What the GitOps manager owns in the dry-run answer: Git's fields plus the mutation.
    const OwnershipIndex index = OwnershipIndex::fromObject(dryRun);
    const json owned = Comparer::ownedBy(dryRun, index, index.maskOf({u"kustomize-controller"_qs}));
    QVERIFY(owned["spec"]["template"]["metadata"]["annotations"].contains("sidecar.example.com/injected"));
    QVERIFY(!owned["spec"].contains("revisionHistoryLimit"));
    QVERIFY(!owned.contains("status"));
    QVERIFY(owned["metadata"]["name"] == "web");
    QVERIFY(owned["spec"]["template"]["spec"]["containers"][0]["image"] == "ghcr.io/acme/web:1.4.2");
}

QTEST_GUILESS_MAIN(TestComparer)
#include "tst_comparer.moc"
