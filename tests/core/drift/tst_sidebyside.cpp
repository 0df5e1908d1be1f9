// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML emitter and the side-by-side material for the diff view.
#include "core/drift/comparer.h"
#include "core/drift/sidebysidebuilder.h"
#include "core/drift/yamlemitter.h"

#include "testutil.h"

#include <QTest>

using namespace driftdeck::drift;
using nlohmann::json;

Q_DECLARE_METATYPE(QList<DiffRow>)

namespace {

QList<DiffRow> rows(std::initializer_list<std::tuple<int, int, DiffRow::Kind>> list)
{
    QList<DiffRow> out;
    for (const auto &[l, r, k] : list)
        out.append(DiffRow{l, r, k});
    return out;
}

QString line(const QString &text, int index)
{
    return text.split(u'\n').value(index);
}

} // namespace

class TestSideBySide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlScalars_data();
    void yamlScalars();
    void yamlDocument();
    void diffLines_data();
    void diffLines();
    void deploymentProjection();
    void secretMaskedInText();
    void includeOptions();
};

void TestSideBySide::yamlScalars_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("yaml");
    QTest::newRow("plain") << QByteArray("\"nginx:1.25\"") << u"nginx:1.25"_qs;
    QTest::newRow("number-like string") << QByteArray("\"8080\"") << u"\"8080\""_qs;
    QTest::newRow("float-like string") << QByteArray("\"1.0\"") << u"\"1.0\""_qs;
    QTest::newRow("bool-like string") << QByteArray("\"yes\"") << u"\"yes\""_qs;
    QTest::newRow("null-like string") << QByteArray("\"~\"") << u"\"~\""_qs;
    QTest::newRow("empty string") << QByteArray("\"\"") << u"\"\""_qs;
    QTest::newRow("timestamp string") << QByteArray("\"2026-11-27T10:00:00Z\"") << u"\"2026-11-27T10:00:00Z\""_qs;
    QTest::newRow("colon space") << QByteArray("\"a: b\"") << u"\"a: b\""_qs;
    QTest::newRow("leading star") << QByteArray("\"*.example.com\"") << u"\"*.example.com\""_qs;
    QTest::newRow("dash word") << QByteArray("\"-v\"") << u"-v"_qs;
    QTest::newRow("octal-like") << QByteArray("\"0o17\"") << u"\"0o17\""_qs;
    QTest::newRow("percent value") << QByteArray("\"25%\"") << u"25%"_qs;
    QTest::newRow("quote escaping") << QByteArray(R"("say \"hi\"\t")") << u"\"say \\\"hi\\\"\\t\""_qs;
    QTest::newRow("integer") << QByteArray("3") << u"3"_qs;
    QTest::newRow("float") << QByteArray("0.5") << u"0.5"_qs;
    QTest::newRow("bool") << QByteArray("true") << u"true"_qs;
    QTest::newRow("null") << QByteArray("null") << u"null"_qs;
    QTest::newRow("map") << QByteArray(R"({"b":1,"a":"x"})") << u"{\"a\":\"x\",\"b\":1}"_qs;
}

void TestSideBySide::yamlScalars()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, yaml);
    QCOMPARE(YamlEmitter::displayValue(parseJson(value)), yaml);
}

void TestSideBySide::yamlDocument()
{
    const json doc = json::parse(R"({
        "spec": {"replicas": 2, "template": {"spec": {"containers": [
            {"image": "web:1", "name": "web", "args": ["--port", "8080"], "env": []},
            {"name": "side", "command": ["sh", "-c", "echo hi\necho there\n"]}]}}},
        "metadata": {"namespace": "shop", "name": "web", "labels": {"app": "web"}, "annotations": {}},
        "status": {"ready": true},
        "kind": "Deployment",
        "apiVersion": "apps/v1"})");
    const QString expected = QStringLiteral(
        "apiVersion: apps/v1\n"
        "kind: Deployment\n"
        "metadata:\n"
        "  name: web\n"
        "  namespace: shop\n"
        "  annotations: {}\n"
        "  labels:\n"
        "    app: web\n"
        "spec:\n"
        "  replicas: 2\n"
        "  template:\n"
        "    spec:\n"
        "      containers:\n"
        "      - name: web\n"
        "        args:\n"
        "        - --port\n"
        "        - \"8080\"\n"
        "        env: []\n"
        "        image: web:1\n"
        "      - name: side\n"
        "        command:\n"
        "        - sh\n"
        "        - -c\n"
        "        - |\n"
        "          echo hi\n"
        "          echo there\n"
        "status:\n"
        "  ready: true\n");
    QCOMPARE(QString::fromStdString(YamlEmitter::toYaml(doc)), expected);
}

void TestSideBySide::diffLines_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QList<DiffRow>>("expected");
    using K = DiffRow::Kind;
    QTest::newRow("equal") << u"a\nb\n"_qs << u"a\nb\n"_qs << rows({{0, 0, K::Same}, {1, 1, K::Same}});
    QTest::newRow("changed line") << u"a\nb\nc\n"_qs << u"a\nB\nc\n"_qs
                                  << rows({{0, 0, K::Same}, {1, 1, K::Changed}, {2, 2, K::Same}});
    QTest::newRow("added line") << u"a\nc\n"_qs << u"a\nb\nc\n"_qs
                                << rows({{0, 0, K::Same}, {-1, 1, K::Added}, {1, 2, K::Same}});
    QTest::newRow("removed line") << u"a\nb\nc\n"_qs << u"a\nc\n"_qs
                                  << rows({{0, 0, K::Same}, {1, -1, K::Removed}, {2, 1, K::Same}});
    QTest::newRow("two removed one added")
        << u"a\nx\ny\nz\n"_qs << u"a\nX\nz\n"_qs
        << rows({{0, 0, K::Same}, {1, 1, K::Changed}, {2, -1, K::Removed}, {3, 2, K::Same}});
    QTest::newRow("separate hunks")
        << u"1\n2\n3\n4\n5\n6\n"_qs << u"1\nb\n3\n4\n5\n6\n7\n"_qs
        << rows({{0, 0, K::Same}, {1, 1, K::Changed}, {2, 2, K::Same}, {3, 3, K::Same}, {4, 4, K::Same},
                 {5, 5, K::Same}, {-1, 6, K::Added}});
    QTest::newRow("from nothing") << QString() << u"a\n"_qs << rows({{-1, 0, K::Added}});
}

void TestSideBySide::diffLines()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QList<DiffRow>, expected);
    QCOMPARE(SideBySideBuilder::diffLines(left, right), expected);
    QCOMPARE(SideBySideBuilder::diffLines(left, right, SideBySideOptions::Algorithm::Minimal), expected);
}

void TestSideBySide::deploymentProjection()
{
    const json git = loadJson("deployment-git.json");
    json live = loadJson("deployment-live.json");
    live["spec"]["replicas"] = 5;
    live["metadata"]["labels"]["owner"] = "alice";
    const CompareResult compared = Comparer().compare(git, live);
    QCOMPARE(compared.changes.size(), 2);
    const SideBySide sbs = SideBySideBuilder::build(git, live, compared);

    // Live shows only what Git sets plus the changes, in Git's spelling where equal.
    QVERIFY(sbs.rightText.contains(u"cpu: 1000m"));
    QVERIFY(sbs.rightText.contains(u"memory: 0.5Gi"));
    QVERIFY(!sbs.rightText.contains(u"terminationMessagePath"));
    QVERIFY(!sbs.rightText.contains(u"managedFields"));
    QVERIFY(!sbs.rightText.contains(u"kustomize.toolkit.fluxcd.io"));
    QVERIFY(!sbs.rightText.contains(u"status:"));

    // Exactly two rows differ: the added label and the replica count.
    QList<DiffRow> different;
    for (const DiffRow &r : sbs.rows) {
        if (r.kind != DiffRow::Kind::Same)
            different.append(r);
    }
    QCOMPARE(different.size(), 2);
    QCOMPARE(different[0].kind, DiffRow::Kind::Added);
    QCOMPARE(line(sbs.rightText, different[0].rightLine), u"    owner: alice"_qs);
    QCOMPARE(different[1].kind, DiffRow::Kind::Changed);
    QCOMPARE(line(sbs.leftText, different[1].leftLine), u"  replicas: 3"_qs);
    QCOMPARE(line(sbs.rightText, different[1].rightLine), u"  replicas: 5"_qs);
    // Every line of both texts appears exactly once, in order.
    int nextLeft = 0;
    int nextRight = 0;
    for (const DiffRow &r : sbs.rows) {
        if (r.leftLine >= 0)
            QCOMPARE(r.leftLine, nextLeft++);
        if (r.rightLine >= 0)
            QCOMPARE(r.rightLine, nextRight++);
    }
    QCOMPARE(nextLeft, int(sbs.leftText.count(u'\n')));
    QCOMPARE(nextRight, int(sbs.rightText.count(u'\n')));
}

void TestSideBySide::secretMaskedInText()
{
    const json git = json::parse(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"db","namespace":"shop"},
        "stringData":{"password":"hunter2"}})");
    const json live = json::parse(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"db","namespace":"shop",
        "annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"stringData\":{\"password\":\"hunter2\"}}"}},
        "data":{"password":"aHVudGVyMw=="},"type":"Opaque"})");
    const CompareResult compared = Comparer().compare(git, live);
    for (const bool unset : {false, true}) {
        SideBySideOptions options;
        options.includeUnsetFields = unset;
        const SideBySide sbs = SideBySideBuilder::build(git, live, compared, options);
        const QString both = sbs.leftText + sbs.rightText;
        QVERIFY2(!both.contains(u"hunter"), qPrintable(both));
        QVERIFY2(!both.contains(u"aHVudGVy"), qPrintable(both));
        QVERIFY(sbs.leftText.contains(u"  password: ++++++++\n"));
        QVERIFY(sbs.rightText.contains(u"  password: +++++++++\n"));
    }
}

void TestSideBySide::includeOptions()
{
    const json git = loadJson("deployment-git.json");
    const json live = loadJson("deployment-live.json");
    const CompareResult compared = Comparer().compare(git, live);
    QCOMPARE(compared.state, driftdeck::SyncState::Synced);

    const SideBySide plain = SideBySideBuilder::build(git, live, compared);
    for (const DiffRow &r : plain.rows)
        QCOMPARE(r.kind, DiffRow::Kind::Same);
    QCOMPARE(plain.leftText, plain.rightText);

    SideBySideOptions all;
    all.includeUnsetFields = true;
    all.includeStatus = true;
    all.includeManagedFields = true;
    const SideBySide full = SideBySideBuilder::build(git, live, compared, all);
    QVERIFY(full.rightText.contains(u"terminationMessagePath: /dev/termination-log"));
    QVERIFY(full.rightText.contains(u"\nstatus:\n"));
    QVERIFY(full.rightText.contains(u"  managedFields:\n"));
    QVERIFY(!full.rightText.contains(u"resourceVersion"));
    QVERIFY(!full.rightText.contains(u"uid:"));
}

QTEST_GUILESS_MAIN(TestSideBySide)
#include "tst_sidebyside.moc"
