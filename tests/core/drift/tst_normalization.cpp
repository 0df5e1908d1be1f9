// SPDX-License-Identifier: GPL-3.0-or-later
// Quantities, int-or-string, zero values, merge keys, field paths and the ownership index.
#include "core/drift/fieldpath.h"
#include "core/drift/normalizer.h"
#include "core/drift/ownershipindex.h"
#include "core/drift/quantity.h"

#include "testutil.h"

#include <QTest>

using namespace driftdeck::drift;
using nlohmann::json;

class TestNormalization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quantityEquality_data();
    void quantityEquality();
    void quantityInvalid_data();
    void quantityInvalid();
    void scalarEquals_data();
    void scalarEquals();
    void zeroValues_data();
    void zeroValues();
    void mergeKeys_data();
    void mergeKeys();
    void fieldPathRoundTrip_data();
    void fieldPathRoundTrip();
    void fieldPathPointer();
    void fieldPathPrefix_data();
    void fieldPathPrefix();
    void fieldPathInvalid_data();
    void fieldPathInvalid();
    void ownershipIndex();
    void systemMetadata_data();
    void systemMetadata();
    void glob_data();
    void glob();
};

void TestNormalization::quantityEquality_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("1000m == 1") << u"1000m"_qs << u"1"_qs << true;
    QTest::newRow("1Gi == 1024Mi") << u"1Gi"_qs << u"1024Mi"_qs << true;
    QTest::newRow("0.5Gi == 512Mi") << u"0.5Gi"_qs << u"512Mi"_qs << true;
    QTest::newRow("100m == 0.1") << u"100m"_qs << u"0.1"_qs << true;
    QTest::newRow("1e3 == 1k") << u"1e3"_qs << u"1k"_qs << true;
    QTest::newRow("1E3 == 1000") << u"1E3"_qs << u"1000"_qs << true;
    QTest::newRow("1Ki == 1024") << u"1Ki"_qs << u"1024"_qs << true;
    QTest::newRow("1M == 1000k") << u"1M"_qs << u"1000k"_qs << true;
    QTest::newRow("1.5 == 1500m") << u"1.5"_qs << u"1500m"_qs << true;
    QTest::newRow("+2 == 2") << u"+2"_qs << u"2"_qs << true;
    QTest::newRow("rounded up to n: 0.0000000001 == 1n") << u"0.0000000001"_qs << u"1n"_qs << true;
    QTest::newRow("1Ei == 1024Pi") << u"1Ei"_qs << u"1024Pi"_qs << true;
    QTest::newRow("1G != 1Gi") << u"1G"_qs << u"1Gi"_qs << false;
    QTest::newRow("1 != 1001m") << u"1"_qs << u"1001m"_qs << false;
    QTest::newRow("-1 != 1") << u"-1"_qs << u"1"_qs << false;
    QTest::newRow("256Mi != 0.5Gi") << u"256Mi"_qs << u"0.5Gi"_qs << false;
}

void TestNormalization::quantityEquality()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    const auto qa = Quantity::parse(a.toStdString());
    const auto qb = Quantity::parse(b.toStdString());
    QVERIFY(qa.has_value());
    QVERIFY(qb.has_value());
    QCOMPARE(*qa == *qb, equal);
}

void TestNormalization::quantityInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("unit only") << u"Mi"_qs;
    QTest::newRow("unknown suffix") << u"12Xi"_qs;
    QTest::newRow("word") << u"web"_qs;
    QTest::newRow("two dots") << u"1.2.3"_qs;
    QTest::newRow("percent") << u"25%"_qs;
}

void TestNormalization::quantityInvalid()
{
    QFETCH(QString, text);
    QVERIFY(!Quantity::parse(text.toStdString()).has_value());
}

void TestNormalization::scalarEquals_data()
{
    QTest::addColumn<QByteArray>("git");
    QTest::addColumn<QByteArray>("live");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<bool>("equal");
    QTest::newRow("cpu number vs string") << QByteArray("1") << QByteArray("\"1\"") << u"cpu"_qs << u"limits"_qs << true;
    QTest::newRow("memory bytes vs Mi") << QByteArray("\"536870912\"") << QByteArray("\"512Mi\"") << u"memory"_qs
                                        << u"requests"_qs << true;
    QTest::newRow("storage") << QByteArray("\"1Gi\"") << QByteArray("\"1024Mi\"") << u"storage"_qs << u"requests"_qs
                             << true;
    QTest::newRow("sizeLimit") << QByteArray("\"0.5Gi\"") << QByteArray("\"512Mi\"") << u"sizeLimit"_qs
                               << u"emptyDir"_qs << true;
    QTest::newRow("quantity spelling outside quantity fields differs")
        << QByteArray("\"1000m\"") << QByteArray("\"1\"") << u"version"_qs << u"labels"_qs << false;
    QTest::newRow("int-or-string") << QByteArray("\"8080\"") << QByteArray("8080") << u"targetPort"_qs
                                   << u"ports"_qs << true;
    QTest::newRow("named port vs number") << QByteArray("\"http\"") << QByteArray("8080") << u"targetPort"_qs
                                          << u"ports"_qs << false;
    QTest::newRow("float vs int") << QByteArray("3.0") << QByteArray("3") << u"replicas"_qs << u"spec"_qs << true;
    QTest::newRow("bool vs string") << QByteArray("true") << QByteArray("\"true\"") << u"x"_qs << u"labels"_qs
                                    << false;
    QTest::newRow("percent strings") << QByteArray("\"25%\"") << QByteArray("\"25%\"") << u"maxSurge"_qs
                                     << u"rollingUpdate"_qs << true;
}

void TestNormalization::scalarEquals()
{
    QFETCH(QByteArray, git);
    QFETCH(QByteArray, live);
    QFETCH(QString, field);
    QFETCH(QString, parent);
    QFETCH(bool, equal);
    QCOMPARE(Normalizer::scalarEquals(parseJson(git), parseJson(live), field.toStdString(), parent.toStdString()),
             equal);
}

void TestNormalization::zeroValues_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("zero");
    QTest::newRow("null") << QByteArray("null") << true;
    QTest::newRow("false") << QByteArray("false") << true;
    QTest::newRow("0") << QByteArray("0") << true;
    QTest::newRow("empty string") << QByteArray("\"\"") << true;
    QTest::newRow("empty map") << QByteArray("{}") << true;
    QTest::newRow("empty list") << QByteArray("[]") << true;
    QTest::newRow("map of zeros") << QByteArray(R"({"a":{},"b":false})") << true;
    QTest::newRow("true") << QByteArray("true") << false;
    QTest::newRow("map with value") << QByteArray(R"({"a":{"b":1}})") << false;
    QTest::newRow("list with empty element") << QByteArray("[{}]") << false;
}

void TestNormalization::zeroValues()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, zero);
    QCOMPARE(Normalizer::isZero(parseJson(value)), zero);
}

void TestNormalization::mergeKeys_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("containers") << u"containers"_qs << QByteArray("{}") << QStringList{u"name"_qs};
    QTest::newRow("initContainers") << u"initContainers"_qs << QByteArray("{}") << QStringList{u"name"_qs};
    QTest::newRow("ephemeralContainers") << u"ephemeralContainers"_qs << QByteArray("{}") << QStringList{u"name"_qs};
    QTest::newRow("env") << u"env"_qs << QByteArray("{}") << QStringList{u"name"_qs};
    QTest::newRow("volumes") << u"volumes"_qs << QByteArray("{}") << QStringList{u"name"_qs};
    QTest::newRow("imagePullSecrets") << u"imagePullSecrets"_qs << QByteArray("{}") << QStringList{u"name"_qs};
    QTest::newRow("volumeMounts") << u"volumeMounts"_qs << QByteArray("{}") << QStringList{u"mountPath"_qs};
    QTest::newRow("container ports") << u"ports"_qs << QByteArray(R"({"containerPort":80})")
                                     << QStringList{u"containerPort"_qs, u"protocol"_qs};
    QTest::newRow("service ports") << u"ports"_qs << QByteArray(R"({"port":80})")
                                   << QStringList{u"port"_qs, u"protocol"_qs};
    QTest::newRow("tolerations are atomic") << u"tolerations"_qs << QByteArray("{}") << QStringList{};
    QTest::newRow("args are atomic") << u"args"_qs << QByteArray("\"x\"") << QStringList{};
}

void TestNormalization::mergeKeys()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, sample);
    QFETCH(QStringList, keys);
    QStringList got;
    for (const std::string &k : Normalizer::mergeKeys(field.toStdString(), parseJson(sample)))
        got.append(QString::fromStdString(k));
    QCOMPARE(got, keys);

    // Absent protocol defaults to TCP in key values.
    std::vector<std::pair<std::string, json>> values;
    QVERIFY(Normalizer::mergeKeyValues(json::parse(R"({"containerPort":80})"), {"containerPort", "protocol"}, values));
    QCOMPARE(values.size(), size_t(2));
    QVERIFY(values[1].second == "TCP");
    QVERIFY(!Normalizer::mergeKeyValues(json::parse(R"({"protocol":"UDP"})"), {"containerPort", "protocol"}, values));
}

void TestNormalization::fieldPathRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("segments");
    QTest::newRow("plain") << u"spec.replicas"_qs << 2;
    QTest::newRow("selector") << u"spec.template.spec.containers[name=istio-proxy]"_qs << 5;
    QTest::newRow("selector then field") << u"spec.template.spec.containers[name=web].image"_qs << 6;
    QTest::newRow("two keys") << u"spec.ports[port=80,protocol=TCP].targetPort"_qs << 4;
    QTest::newRow("quoted key") << u"metadata.annotations[\"example.com/note\"]"_qs << 3;
    QTest::newRow("quoted key with dots and brackets") << u"data[\"a.b[c]\"]"_qs << 2;
    QTest::newRow("index") << u"spec.tolerations[0].key"_qs << 4;
}

void TestNormalization::fieldPathRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, segments);
    const auto path = FieldPath::parse(text);
    QVERIFY(path.ok());
    QCOMPARE(int(path->size()), segments);
    QCOMPARE(path->toString(), text);
}

void TestNormalization::fieldPathPointer()
{
    FieldPath p;
    p.appendField("metadata");
    p.appendField("annotations");
    p.appendField("example.com/a~b");
    QCOMPARE(p.toPointer(), u"/metadata/annotations/example.com~1a~0b"_qs);
    FieldPath q;
    q.appendField("spec");
    q.appendKey({{"name", "web"}}, 2);
    q.appendField("image");
    QCOMPARE(q.toPointer(), u"/spec/2/image"_qs);
    QCOMPARE(q.toString(), u"spec[name=web].image"_qs);
    FieldPath r;
    r.appendField("env");
    r.appendKey({{"name", "GONE"}}, -1);
    QCOMPARE(r.toPointer(), u"/env/-"_qs);
}

void TestNormalization::fieldPathPrefix_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("matches");
    // The path under test: spec.template.spec.containers[name=istio-proxy].image (index 1)
    QTest::newRow("exact") << u"spec.template.spec.containers[name=istio-proxy].image"_qs << true;
    QTest::newRow("element") << u"spec.template.spec.containers[name=istio-proxy]"_qs << true;
    QTest::newRow("list") << u"spec.template.spec.containers"_qs << true;
    QTest::newRow("other element") << u"spec.template.spec.containers[name=web]"_qs << false;
    QTest::newRow("index") << u"spec.template.spec.containers[1]"_qs << true;
    QTest::newRow("wrong index") << u"spec.template.spec.containers[0]"_qs << false;
    QTest::newRow("wildcard field") << u"spec.template.spec.*"_qs << true;
    QTest::newRow("longer") << u"spec.template.spec.containers[name=istio-proxy].image.x"_qs << false;
}

void TestNormalization::fieldPathPrefix()
{
    QFETCH(QString, rule);
    QFETCH(bool, matches);
    FieldPath path;
    path.appendField("spec");
    path.appendField("template");
    path.appendField("spec");
    path.appendField("containers");
    path.appendKey({{"name", "istio-proxy"}}, 1);
    path.appendField("image");
    QCOMPARE(FieldPath::parse(rule)->isPrefixOf(path), matches);
}

void TestNormalization::fieldPathInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("unclosed") << u"spec.containers[name=web"_qs;
    QTest::newRow("selector without value") << u"spec.containers[name]"_qs;
    QTest::newRow("leading dot") << u".spec"_qs;
}

void TestNormalization::fieldPathInvalid()
{
    QFETCH(QString, text);
    const auto path = FieldPath::parse(text);
    QVERIFY(!path.ok());
    QVERIFY(path.error().message.contains(text));
}

void TestNormalization::ownershipIndex()
{
    const json live = loadJson("deployment-live.json");
    const OwnershipIndex index = OwnershipIndex::fromObject(live);
    QCOMPARE(index.managers().size(), 2);
    QCOMPARE(index.managers()[0].manager, u"kustomize-controller"_qs);
    QCOMPARE(index.managers()[1].subresource, u"status"_qs);
    const OwnershipIndex::Mask kc = 1;
    const OwnershipIndex::Mask kcm = 2;

    const int spec = index.field(index.root(), "spec");
    QCOMPARE(index.ownersOf(index.field(spec, "replicas")), kc);
    QVERIFY(index.isLeaf(index.field(spec, "replicas")));
    // A field nobody manages (a server default).
    QCOMPARE(index.field(spec, "revisionHistoryLimit"), OwnershipIndex::kNoNode);
    // List element by merge key, matched against the live element.
    const int containers = index.field(index.field(index.field(spec, "template"), "spec"), "containers");
    const json &web = live["spec"]["template"]["spec"]["containers"][0];
    const int webNode = index.element(containers, web, 0);
    QCOMPARE(index.ownersOf(webNode), kc);
    QCOMPARE(index.element(containers, json::parse(R"({"name":"other"})"), 1), OwnershipIndex::kNoNode);
    // Port keys include the defaulted protocol.
    const int ports = index.field(webNode, "ports");
    QVERIFY(index.element(ports, web["ports"][0], 0) != OwnershipIndex::kNoNode);
    // Subtree owners combine managers.
    QCOMPARE(index.subtreeOwnersOf(index.root()), kc | kcm);
    QCOMPARE(index.subtreeOwnersOf(index.field(index.root(), "status")), kcm);
    QCOMPARE(index.maskOf({u"kube-controller-manager"_qs, u"nobody"_qs}), kcm);
    // pick(): the most recent, preferring managers outside the GitOps set.
    QCOMPARE(index.pick(kc | kcm, 0), 1);
    QCOMPARE(index.pick(kc | kcm, kcm), 0);
    QCOMPARE(index.pick(kc, kc), 0);
    QCOMPARE(index.pick(0, 0), -1);

    QVERIFY(OwnershipIndex::fromObject(json::parse(R"({"metadata":{}})")).isEmpty());
}

void TestNormalization::systemMetadata_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("system");
    QTest::newRow("last-applied") << u"kubectl.kubernetes.io/last-applied-configuration"_qs << true;
    QTest::newRow("deployment revision") << u"deployment.kubernetes.io/revision"_qs << true;
    QTest::newRow("flux name") << u"kustomize.toolkit.fluxcd.io/name"_qs << true;
    QTest::newRow("argo tracking") << u"argocd.argoproj.io/tracking-id"_qs << true;
    QTest::newRow("namespace name") << u"kubernetes.io/metadata.name"_qs << true;
    QTest::newRow("argo instance label") << u"app.kubernetes.io/instance"_qs << true;
    QTest::newRow("restartedAt is drift") << u"kubectl.kubernetes.io/restartedAt"_qs << false;
    QTest::newRow("user label") << u"team"_qs << false;
    QTest::newRow("extra glob") << u"example.com/managed"_qs << true;
}

void TestNormalization::systemMetadata()
{
    QFETCH(QString, key);
    QFETCH(bool, system);
    QCOMPARE(Normalizer::isSystemMetadataKey(key.toStdString(), {u"example.com/*"_qs}), system);
}

void TestNormalization::glob_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("match");
    QTest::newRow("empty matches all") << QString() << u"x"_qs << true;
    QTest::newRow("star") << u"*"_qs << u"anything"_qs << true;
    QTest::newRow("prefix") << u"kube-*"_qs << u"kube-system"_qs << true;
    QTest::newRow("prefix no") << u"kube-*"_qs << u"shop"_qs << false;
    QTest::newRow("middle") << u"a*c"_qs << u"abbbc"_qs << true;
    QTest::newRow("question") << u"w?b"_qs << u"web"_qs << true;
    QTest::newRow("exact no") << u"web"_qs << u"webs"_qs << false;
    QTest::newRow("backtrack") << u"*ab"_qs << u"aab"_qs << true;
}

void TestNormalization::glob()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, match);
    QCOMPARE(Normalizer::globMatch(pattern, text), match);
}

QTEST_GUILESS_MAIN(TestNormalization)
#include "tst_normalization.moc"
