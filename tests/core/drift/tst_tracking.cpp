// SPDX-License-Identifier: GPL-3.0-or-later
// Identity (namespaced-ness from discovery), label selectors, ownership tracking and inference.
#include "core/drift/labelselector.h"
#include "core/drift/namespacescope.h"
#include "core/drift/tracker.h"

#include "testutil.h"

#include <QTest>

using namespace driftdeck;
using namespace driftdeck::drift;
using nlohmann::json;

Q_DECLARE_METATYPE(driftdeck::ResourceKey)

namespace {

json object(const char *apiVersion, const char *kind, const char *ns, const char *name, json labels = json::object(),
            json annotations = json::object())
{
    json o{{"apiVersion", apiVersion}, {"kind", kind}, {"metadata", {{"name", name}}}};
    if (ns && *ns)
        o["metadata"]["namespace"] = ns;
    if (!labels.empty())
        o["metadata"]["labels"] = std::move(labels);
    if (!annotations.empty())
        o["metadata"]["annotations"] = std::move(annotations);
    return o;
}

std::vector<const json *> pointers(const std::vector<json> &objects)
{
    std::vector<const json *> out;
    for (const json &o : objects)
        out.push_back(&o);
    return out;
}

const json kFluxLabels{{"kustomize.toolkit.fluxcd.io/name", "podinfo"}, {"kustomize.toolkit.fluxcd.io/namespace", "flux-system"}};

} // namespace

class TestTracking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namespaceScope_data();
    void namespaceScope();
    void labelSelector_data();
    void labelSelector();
    void labelSelectorInvalid();
    void fluxLabels();
    void fluxInventory();
    void argoTrackingId();
    void selectorTracking();
    void inference_data();
    void inference();
};

void TestTracking::namespaceScope_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("override");
    QTest::addColumn<QString>("key"); // ResourceKey::toString() or "error"

    QTest::newRow("namespace from Git") << QByteArray(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"shop"}})")
                                        << u"ops"_qs << false << u"apps/Deployment/shop/web"_qs;
    QTest::newRow("target namespace") << QByteArray(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"}})")
                                      << u"ops"_qs << false << u"apps/Deployment/ops/web"_qs;
    QTest::newRow("default namespace") << QByteArray(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"}})")
                                       << QString() << false << u"/ConfigMap/default/cfg"_qs;
    QTest::newRow("override (Flux targetNamespace)")
        << QByteArray(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg","namespace":"a"}})") << u"b"_qs
        << true << u"/ConfigMap/b/cfg"_qs;
    QTest::newRow("cluster-scoped drops namespace")
        << QByteArray(R"({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"r","namespace":"x"}})")
        << u"ops"_qs << false << u"rbac.authorization.k8s.io/ClusterRole//r"_qs;
    QTest::newRow("other API version, same identity")
        << QByteArray(R"({"apiVersion":"autoscaling/v1","kind":"HorizontalPodAutoscaler","metadata":{"name":"web"}})")
        << u"shop"_qs << false << u"autoscaling/HorizontalPodAutoscaler/shop/web"_qs;
    QTest::newRow("CRD from discovery")
        << QByteArray(R"({"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"Kustomization","metadata":{"name":"apps"}})")
        << u"flux-system"_qs << false << u"kustomize.toolkit.fluxcd.io/Kustomization/flux-system/apps"_qs;
    QTest::newRow("unknown kind") << QByteArray(R"({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"}})")
                                  << QString() << false << u"error"_qs;
    QTest::newRow("no name") << QByteArray(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{}})") << QString()
                             << false << u"error"_qs;
}

void TestTracking::namespaceScope()
{
    QFETCH(QByteArray, object);
    QFETCH(QString, target);
    QFETCH(bool, override);
    QFETCH(QString, key);
    NamespaceScope scope;
    scope.addDiscovery(json::parse(R"({"kind":"APIResourceList","groupVersion":"v1","resources":[
        {"name":"configmaps","namespaced":true,"kind":"ConfigMap"},
        {"name":"namespaces","namespaced":false,"kind":"Namespace"},
        {"name":"pods/status","namespaced":true,"kind":"Pod"}]})"));
    scope.addDiscovery(json::parse(R"({"kind":"APIResourceList","groupVersion":"apps/v1","resources":[
        {"name":"deployments","namespaced":true,"kind":"Deployment"}]})"));
    scope.addDiscovery(json::parse(R"({"kind":"APIResourceList","groupVersion":"kustomize.toolkit.fluxcd.io/v1","resources":[
        {"name":"kustomizations","namespaced":true,"kind":"Kustomization"}]})"));
    scope.setNamespaced(u"rbac.authorization.k8s.io"_qs, u"ClusterRole"_qs, false);
    scope.setNamespaced(u"autoscaling"_qs, u"HorizontalPodAutoscaler"_qs, true);
    QCOMPARE(scope.size(), 6);
    QVERIFY(!scope.isNamespaced(QString(), u"Pod"_qs).has_value()); // subresources skipped

    const auto result = scope.keyOf(parseJson(object), target, override);
    if (key == u"error") {
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().fullText()));
        QCOMPARE(result->toString(), key);
    }
}

void TestTracking::labelSelector_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QByteArray>("labels");
    QTest::addColumn<bool>("matches");
    const QByteArray labels = R"({"app":"web","env":"prod","tier":"frontend"})";
    QTest::newRow("equals") << u"app=web"_qs << labels << true;
    QTest::newRow("double equals") << u"app==web"_qs << labels << true;
    QTest::newRow("equals no") << u"app=db"_qs << labels << false;
    QTest::newRow("not equals") << u"app!=db"_qs << labels << true;
    QTest::newRow("not equals absent") << u"team!=x"_qs << labels << true;
    QTest::newRow("in") << u"env in (staging, prod)"_qs << labels << true;
    QTest::newRow("notin") << u"env notin (prod)"_qs << labels << false;
    QTest::newRow("exists") << u"tier"_qs << labels << true;
    QTest::newRow("not exists") << u"!tier"_qs << labels << false;
    QTest::newRow("combined") << u"app=web,env in (prod),!legacy"_qs << labels << true;
    QTest::newRow("no labels") << u"app=web"_qs << QByteArray("null") << false;
    QTest::newRow("empty selects all") << QString() << QByteArray("{}") << true;
}

void TestTracking::labelSelector()
{
    QFETCH(QString, selector);
    QFETCH(QByteArray, labels);
    QFETCH(bool, matches);
    const auto s = LabelSelector::parse(selector);
    QVERIFY(s.ok());
    QCOMPARE(s->matches(parseJson(labels)), matches);
}

void TestTracking::labelSelectorInvalid()
{
    for (const QString &bad : {u"app in prod"_qs, u"a b"_qs, u"=x"_qs, u"app,,env"_qs}) {
        const auto s = LabelSelector::parse(bad);
        QVERIFY2(!s.ok(), qPrintable(bad));
        QVERIFY(s.error().message.contains(bad));
    }
}

void TestTracking::fluxLabels()
{
    const Tracker t = Tracker::fluxKustomization(u"podinfo"_qs, u"flux-system"_qs);
    std::vector<json> live{
        object("apps/v1", "Deployment", "apps", "podinfo", kFluxLabels),
        object("v1", "Service", "apps", "podinfo", kFluxLabels),
        object("v1", "ConfigMap", "apps", "old-config", kFluxLabels), // removed from Git
        object("v1", "ConfigMap", "apps", "unrelated"),
        object("v1", "ServiceAccount", "apps", "default", kFluxLabels),
    };
    json child = object("apps/v1", "ReplicaSet", "apps", "podinfo-6d4cf", kFluxLabels);
    child["metadata"]["ownerReferences"] = json::parse(R"([{"kind":"Deployment","name":"podinfo","controller":true}])");
    live.push_back(child);
    const QSet<ResourceKey> desired{ResourceKey{u"apps"_qs, u"Deployment"_qs, u"apps"_qs, u"podinfo"_qs},
                                    ResourceKey{QString(), u"Service"_qs, u"apps"_qs, u"podinfo"_qs}};
    const QList<ResourceKey> extras = t.extras(desired, pointers(live));
    QCOMPARE(extras, (QList<ResourceKey>{ResourceKey{QString(), u"ConfigMap"_qs, u"apps"_qs, u"old-config"_qs}}));
    QVERIFY(!t.isInferred());
    QCOMPARE(t.description(), u"Objects labelled kustomize.toolkit.fluxcd.io/name=podinfo and "
                               "kustomize.toolkit.fluxcd.io/namespace=flux-system belong to this source."_qs);
}

void TestTracking::fluxInventory()
{
    const json ks = json::parse(R"({"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"Kustomization",
        "metadata":{"name":"apps","namespace":"flux-system"},
        "status":{"inventory":{"entries":[{"id":"apps_podinfo_apps_Deployment","v":"v1"},
                                          {"id":"apps_podinfo__Service","v":"v1"},
                                          {"id":"_apps__Namespace","v":"v1"}]}}})");
    const Tracker t = Tracker::fluxInventory(ks);
    QCOMPARE(t.method(), Tracker::Method::FluxInventory);
    std::vector<json> live{object("apps/v1", "Deployment", "apps", "podinfo"), object("v1", "Service", "apps", "podinfo"),
                           object("v1", "Namespace", "", "apps"), object("v1", "Service", "apps", "other")};
    const QSet<ResourceKey> desired{ResourceKey{u"apps"_qs, u"Deployment"_qs, u"apps"_qs, u"podinfo"_qs}};
    QCOMPARE(t.extras(desired, pointers(live)),
             (QList<ResourceKey>{ResourceKey{QString(), u"Service"_qs, u"apps"_qs, u"podinfo"_qs},
                                 ResourceKey{QString(), u"Namespace"_qs, QString(), u"apps"_qs}}));
    QCOMPARE(t.description(),
             u"Objects listed in the inventory of the Flux Kustomization flux-system/apps belong to this source."_qs);
}

void TestTracking::argoTrackingId()
{
    const Tracker t = Tracker::argoCdAnnotation(u"guestbook"_qs);
    const json own = object("apps/v1", "Deployment", "default", "guestbook-ui", json::object(),
                            {{"argocd.argoproj.io/tracking-id", "guestbook:apps/Deployment:default/guestbook-ui"}});
    // A copy of another object's annotation (kubectl get -o yaml | kubectl apply) is not tracked.
    const json copy = object("apps/v1", "Deployment", "default", "guestbook-copy", json::object(),
                             {{"argocd.argoproj.io/tracking-id", "guestbook:apps/Deployment:default/guestbook-ui"}});
    const json other = object("v1", "Service", "default", "x", json::object(),
                              {{"argocd.argoproj.io/tracking-id", "other:/Service:default/x"}});
    QVERIFY(t.tracks(own));
    QVERIFY(!t.tracks(copy));
    QVERIFY(!t.tracks(other));
    const Tracker byLabel = Tracker::argoCdLabel(u"guestbook"_qs);
    QVERIFY(byLabel.tracks(object("v1", "Service", "default", "s", {{"app.kubernetes.io/instance", "guestbook"}})));
    QVERIFY(!byLabel.tracks(object("v1", "Service", "default", "s", {{"app.kubernetes.io/instance", "other"}})));
}

void TestTracking::selectorTracking()
{
    const auto t = Tracker::labelSelector(u"app.kubernetes.io/part-of=shop"_qs);
    QVERIFY(t.ok());
    QVERIFY(t->tracks(object("v1", "ConfigMap", "shop", "a", {{"app.kubernetes.io/part-of", "shop"}})));
    QVERIFY(!t->tracks(object("v1", "ConfigMap", "shop", "b")));
    QCOMPARE(t->description(),
             u"Objects matching the label selector app.kubernetes.io/part-of=shop belong to this source."_qs);
    QVERIFY(!Tracker::labelSelector(u"app in x"_qs).ok());
}

void TestTracking::inference_data()
{
    QTest::addColumn<QByteArray>("counterparts"); // the live objects of desired objects
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QByteArray>("candidate"); // another live object
    QTest::addColumn<bool>("tracked");

    const auto obj = [](const json &labels, const json &annotations = json::object()) {
        json o = object("v1", "ConfigMap", "apps", "x", labels, annotations);
        return o;
    };
    const json flux = json::array({obj(kFluxLabels), obj(kFluxLabels)});
    QTest::newRow("flux labels")
        << QByteArray::fromStdString(flux.dump()) << int(Tracker::Method::FluxKustomization)
        << u"Inferred from the live objects: Objects labelled kustomize.toolkit.fluxcd.io/name=podinfo and "
           "kustomize.toolkit.fluxcd.io/namespace=flux-system belong to this source."_qs
        << QByteArray::fromStdString(object("v1", "Secret", "apps", "left-behind", kFluxLabels).dump()) << true;

    const json helm{{"helm.toolkit.fluxcd.io/name", "redis"}, {"helm.toolkit.fluxcd.io/namespace", "cache"}};
    QTest::newRow("helm release labels")
        << QByteArray::fromStdString(json::array({obj(helm)}).dump()) << int(Tracker::Method::FluxHelmRelease)
        << u"Inferred from the live objects: Objects labelled helm.toolkit.fluxcd.io/name=redis and "
           "helm.toolkit.fluxcd.io/namespace=cache belong to this source."_qs
        << QByteArray::fromStdString(object("v1", "Secret", "apps", "s", kFluxLabels).dump()) << false;

    const json argo = json::array(
        {obj(json::object(), {{"argocd.argoproj.io/tracking-id", "guestbook:/ConfigMap:apps/x"}}),
         obj(json::object(), {{"argocd.argoproj.io/tracking-id", "guestbook:apps/Deployment:apps/y"}})});
    QTest::newRow("argo tracking id prefix")
        << QByteArray::fromStdString(argo.dump()) << int(Tracker::Method::ArgoCdAnnotation)
        << u"Inferred from the live objects: Objects whose annotation argocd.argoproj.io/tracking-id names the "
           "application guestbook belong to this source."_qs
        << QByteArray::fromStdString(object("v1", "Service", "apps", "old", json::object(),
                                            {{"argocd.argoproj.io/tracking-id", "guestbook:/Service:apps/old"}})
                                         .dump())
        << true;

    const json mixed = json::array({obj(kFluxLabels), obj({{"kustomize.toolkit.fluxcd.io/name", "other"},
                                                           {"kustomize.toolkit.fluxcd.io/namespace", "flux-system"}})});
    QTest::newRow("marks disagree")
        << QByteArray::fromStdString(mixed.dump()) << int(Tracker::Method::None)
        << u"The live objects of this source share no Flux, Argo CD or instance marks, so objects removed from Git "
           "cannot be detected; set a label selector to find them."_qs
        << QByteArray::fromStdString(object("v1", "Secret", "apps", "s", kFluxLabels).dump()) << false;

    QTest::newRow("nothing live yet")
        << QByteArray("[]") << int(Tracker::Method::None)
        << u"None of the desired objects exists in the cluster yet, so objects removed from Git cannot be detected."_qs
        << QByteArray::fromStdString(object("v1", "Secret", "apps", "s", kFluxLabels).dump()) << false;
}

void TestTracking::inference()
{
    QFETCH(QByteArray, counterparts);
    QFETCH(int, method);
    QFETCH(QString, description);
    QFETCH(QByteArray, candidate);
    QFETCH(bool, tracked);
    const json list = parseJson(counterparts);
    std::vector<const json *> live;
    for (const json &o : list)
        live.push_back(&o);
    const Tracker t = Tracker::infer(live);
    QCOMPARE(int(t.method()), method);
    QVERIFY(t.isInferred());
    QCOMPARE(t.description(), description);
    QCOMPARE(t.tracks(parseJson(candidate)), tracked);
}

QTEST_GUILESS_MAIN(TestTracking)
#include "tst_tracking.moc"
