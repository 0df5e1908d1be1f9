// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/manifestparser.h"
#include "core/manifest/nodelocator.h"
#include "core/manifest/scalarresolver.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::manifest;
using nlohmann::json;

// QCOMPARE on nlohmann::json trips over Qt's qfloat16 overloads; compare and print by hand.
#define JSON_COMPARE(actual, expected)                                                                  \
    do {                                                                                                \
        const nlohmann::json a_ = (actual), e_ = (expected);                                            \
        QVERIFY2(a_ == e_, (a_.dump() + " != " + e_.dump()).c_str());                                   \
    } while (false)

namespace {

SourceOrigin origin(const QString &path = QStringLiteral("deploy/app.yaml"))
{
    return SourceOrigin{QStringLiteral("https://git.example/shop.git"), QStringLiteral("abc123"), path};
}

QByteArray wrapScalar(const QByteArray &text)
{
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\nv: " + text + "\n";
}

// Every tricky scalar in one object, for the kubectl comparison.
const char kScalarFile[] = R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: scalars
spec:
  yes1: yes
  no1: NO
  on1: on
  off1: Off
  y1: y
  n1: N
  true1: True
  octal: 0777
  octal2: 012
  octal3: 0o17
  notoctal: 08
  hex: 0x1F
  bin: 0b101
  exp: 1e3
  flt: 1.5
  flt2: .5
  flt3: 1.
  ver: 1.10
  under: 1_000
  big: 12345678901234567890
  huge: 99999999999999999999999
  maxi: 9223372036854775807
  bigneg: -9223372036854775809
  tilde: ~
  nul: null
  empty:
  emptyq: ""
  ts: 2001-12-14
  quotedbool: "yes"
  single: 'on'
  tagged: !!str 0777
  tagint: !!int "12"
  custom: !custom 12
  neg0: -0
  dot: .
  ip: 1.2.3
  blk: |
    text
  folded: >
    a
    b
  8: eight
  on: onkey
  1.5: fkey
  base: &b
    a: 1
    b: two
  merged:
    <<: *b
    b: three
)";

} // namespace

class TestManifestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scalars_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("expected"); // JSON
        QTest::newRow("yes") << QByteArray("yes") << QByteArray("true");
        QTest::newRow("No") << QByteArray("No") << QByteArray("false");
        QTest::newRow("on") << QByteArray("on") << QByteArray("true");
        QTest::newRow("OFF") << QByteArray("OFF") << QByteArray("false");
        QTest::newRow("y") << QByteArray("y") << QByteArray("true");
        QTest::newRow("yEs stays a string") << QByteArray("yEs") << QByteArray("\"yEs\"");
        QTest::newRow("octal 0777") << QByteArray("0777") << QByteArray("511");
        QTest::newRow("octal 012") << QByteArray("012") << QByteArray("10");
        QTest::newRow("0o17") << QByteArray("0o17") << QByteArray("15");
        QTest::newRow("08 is a float") << QByteArray("08") << QByteArray("8");
        QTest::newRow("hex") << QByteArray("0x1F") << QByteArray("31");
        QTest::newRow("binary") << QByteArray("0b101") << QByteArray("5");
        QTest::newRow("1e3") << QByteArray("1e3") << QByteArray("1000");
        QTest::newRow("1.5") << QByteArray("1.5") << QByteArray("1.5");
        QTest::newRow(".5") << QByteArray(".5") << QByteArray("0.5");
        QTest::newRow("1.10") << QByteArray("1.10") << QByteArray("1.1");
        QTest::newRow("underscores") << QByteArray("1_000") << QByteArray("1000");
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << QByteArray("9223372036854775807");
        QTest::newRow("uint64 -> float") << QByteArray("12345678901234567890") << QByteArray("1.2345678901234567e19");
        QTest::newRow("beyond uint64") << QByteArray("99999999999999999999999") << QByteArray("1e23");
        QTest::newRow("~") << QByteArray("~") << QByteArray("null");
        QTest::newRow("empty") << QByteArray("") << QByteArray("null");
        QTest::newRow("quoted empty") << QByteArray("\"\"") << QByteArray("\"\"");
        QTest::newRow("date stays a string") << QByteArray("2001-12-14") << QByteArray("\"2001-12-14\"");
        QTest::newRow("quoted yes") << QByteArray("\"yes\"") << QByteArray("\"yes\"");
        QTest::newRow("!!str") << QByteArray("!!str 0777") << QByteArray("\"0777\"");
        QTest::newRow("!!int quoted") << QByteArray("!!int \"12\"") << QByteArray("12");
        QTest::newRow("custom tag") << QByteArray("!custom 12") << QByteArray("\"12\"");
        QTest::newRow("version-like") << QByteArray("1.2.3") << QByteArray("\"1.2.3\"");
        QTest::newRow("-0") << QByteArray("-0") << QByteArray("0");
        QTest::newRow("+12") << QByteArray("+12") << QByteArray("12");
    }

    void scalars()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, expected);
        const auto set = ManifestParser::parse(wrapScalar(yaml), origin());
        QVERIFY2(set.errors.isEmpty(), qPrintable(set.errors.value(0).toString()));
        QCOMPARE(set.objects.size(), 1);
        const json got = set.objects[0].object->at("v");
        const json want = json::parse(expected.toStdString());
        QVERIFY2(got == want, (got.dump() + " != " + want.dump()).c_str());
        QCOMPARE(got.is_number_integer(), want.is_number_integer());
        QCOMPARE(got.is_number_float(), want.is_number_float());
    }

    // The same file read by kubectl itself (offline: patch --local prints the object as it read it).
    void agreesWithKubectl()
    {
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (kubectl.isEmpty())
            QSKIP("kubectl is not on PATH: cannot compare scalar typing with kubectl's own reading");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("scalars.yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kScalarFile);
        f.close();
        QProcess p;
        p.start(kubectl, {QStringLiteral("patch"), QStringLiteral("--local"), QStringLiteral("-f"), file,
                          QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral("{}"),
                          QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const json theirs = json::parse(p.readAllStandardOutput().toStdString());

        const auto set = ManifestParser::parse(QByteArray(kScalarFile), origin());
        QVERIFY2(set.errors.isEmpty(), qPrintable(set.errors.value(0).toString()));
        QCOMPARE(set.objects.size(), 1);
        const json &ours = *set.objects[0].object;
        QCOMPARE(ours.at("spec").size(), theirs.at("spec").size());
        for (auto it = theirs.at("spec").begin(); it != theirs.at("spec").end(); ++it) {
            QVERIFY2(ours.at("spec").contains(it.key()), it.key().c_str());
            const json &mine = ours.at("spec").at(it.key());
            const bool same = mine == it.value()
                || (mine.is_number() && it.value().is_number() && mine.get<double>() == it.value().get<double>());
            QVERIFY2(same, (it.key() + ": ours " + mine.dump() + ", kubectl " + it.value().dump()).c_str());
            // Integers stay integers where kubectl keeps them as integers.
            if (it.value().is_number_integer() && it.value().dump().size() < 19)
                QVERIFY2(mine.is_number_integer(), it.key().c_str());
        }
    }

    void parseFilesMatchesOneByOne()
    {
        // Many files on several threads give exactly what parsing them one by one gives, in
        // the same order, broken files included.
        std::vector<ManifestParser::File> files;
        for (int i = 0; i < 40; ++i) {
            const QByteArray n = QByteArray::number(i);
            const QByteArray text = i % 7 == 3 ? QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [broken\n")
                                               : "# file " + n + "\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-" + n
                    + "\ndata: {on: yes, n: 0777}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc-" + n + "\n";
            files.push_back({QStringLiteral("dir/f%1.yaml").arg(i), text});
        }
        const SourceOrigin origin{QStringLiteral("repo"), QStringLiteral("c0ffee"), QString()};
        ManifestSet expected;
        for (const auto &f : files)
            expected.append(ManifestParser::parse(f.bytes, SourceOrigin{origin.repository, origin.commit, f.path}));
        QCOMPARE(expected.objects.size(), 68);
        QCOMPARE(expected.errors.size(), 6);
        for (int threads : {1, 2, 4}) {
            const ManifestSet got = ManifestParser::parseFiles(files, origin, threads);
            QCOMPARE(got.objects.size(), expected.objects.size());
            for (qsizetype i = 0; i < got.objects.size(); ++i) {
                const ManifestObject &a = got.objects[i];
                const ManifestObject &b = expected.objects[i];
                QCOMPARE(a.key, b.key);
                QCOMPARE(a.origin.filePath, b.origin.filePath);
                QCOMPARE(a.origin.commit, b.origin.commit);
                QCOMPARE(a.documentIndex, b.documentIndex);
                QCOMPARE(a.byteStart, b.byteStart);
                QCOMPARE(a.lineEnd, b.lineEnd);
                QCOMPARE(a.rawText, b.rawText);
                QVERIFY(*a.object == *b.object);
            }
            QCOMPARE(got.errors.size(), expected.errors.size());
            for (qsizetype i = 0; i < got.errors.size(); ++i) {
                QCOMPARE(got.errors[i].filePath, expected.errors[i].filePath);
                QCOMPARE(got.errors[i].line, expected.errors[i].line);
                QCOMPARE(got.errors[i].message, expected.errors[i].message);
            }
        }
    }

    void multiDocumentPositions()
    {
        const QByteArray yaml = "# leading comment\n"
                                "apiVersion: apps/v1\n"
                                "kind: Deployment\n"
                                "metadata:\n"
                                "  name: web\n"
                                "  namespace: shop\n"
                                "---\n"
                                "# only a comment\n"
                                "---\n"
                                "apiVersion: v1\n"
                                "kind: Service\n"
                                "metadata: {name: web}\n"
                                "spec:\n"
                                "  note: |\n"
                                "    two\n"
                                "    lines\n"
                                "\n";
        const auto set = ManifestParser::parse(yaml, origin());
        QVERIFY(set.errors.isEmpty());
        QCOMPARE(set.objects.size(), 2);
        const auto &d = set.objects[0];
        QCOMPARE(d.key, (ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("web")}));
        QCOMPARE(d.apiVersion, QStringLiteral("apps/v1"));
        QCOMPARE(d.documentIndex, 0);
        QCOMPARE(d.itemIndex, -1);
        QCOMPARE(d.lineStart, 2);
        QCOMPARE(d.lineEnd, 6);
        QCOMPARE(d.rawText, QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop"));
        QCOMPARE(yaml.mid(d.byteStart, d.byteEnd - d.byteStart), d.rawText);
        QCOMPARE(d.origin.commit, QStringLiteral("abc123"));
        QCOMPARE(d.origin.filePath, QStringLiteral("deploy/app.yaml"));

        const auto &s = set.objects[1];
        QCOMPARE(s.key, (ResourceKey{QString(), QStringLiteral("Service"), QString(), QStringLiteral("web")}));
        QCOMPARE(s.documentIndex, 2); // the comment-only document counts
        QCOMPARE(s.lineStart, 10);
        QCOMPARE(s.lineEnd, 16);
        QVERIFY(s.rawText.endsWith("    lines"));
        JSON_COMPARE(s.object->at("spec").at("note").get<std::string>(), std::string("two\nlines\n"));
    }

    void listKind()
    {
        const QByteArray yaml = "apiVersion: v1\n"
                                "kind: List\n"
                                "items:\n"
                                "- apiVersion: v1\n"
                                "  kind: ConfigMap\n"
                                "  metadata:\n"
                                "    name: a\n"
                                "- apiVersion: v1\n"
                                "  kind: Secret\n"
                                "  metadata:\n"
                                "    name: b\n";
        const auto set = ManifestParser::parse(yaml, origin());
        QVERIFY(set.errors.isEmpty());
        QCOMPARE(set.objects.size(), 2);
        QCOMPARE(set.objects[0].key.kind, QStringLiteral("ConfigMap"));
        QCOMPARE(set.objects[0].itemIndex, 0);
        QCOMPARE(set.objects[0].lineStart, 4);
        QCOMPARE(set.objects[0].lineEnd, 7);
        QCOMPARE(set.objects[1].key.name, QStringLiteral("b"));
        QCOMPARE(set.objects[1].itemIndex, 1);
        QCOMPARE(set.objects[1].lineStart, 8);
        QCOMPARE(set.objects[1].rawText, QByteArray("apiVersion: v1\n  kind: Secret\n  metadata:\n    name: b"));
    }

    void jsonFile()
    {
        const QByteArray text = R"({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "j"},
  "data": {"a": "yes", "n": 1.0, "big": 9223372036854775807}})";
        const auto set = ManifestParser::parse(text, origin(QStringLiteral("cm.json")));
        QVERIFY2(set.errors.isEmpty(), qPrintable(set.errors.value(0).toString()));
        QCOMPARE(set.objects.size(), 1);
        JSON_COMPARE(set.objects[0].object->at("data").at("a"), json("yes"));
        JSON_COMPARE(set.objects[0].object->at("data").at("big"), json(9223372036854775807LL));
        QCOMPARE(set.objects[0].lineStart, 1);
        QCOMPARE(set.objects[0].lineEnd, 2);
    }

    void anchorsAndMerges()
    {
        const auto set = ManifestParser::parse(QByteArray(kScalarFile), origin());
        QCOMPARE(set.objects.size(), 1);
        const json &spec = set.objects[0].object->at("spec");
        JSON_COMPARE(spec.at("merged"), json::parse(R"({"a":1,"b":"three"})"));
        JSON_COMPARE(spec.at("true"), json("onkey"));
        JSON_COMPARE(spec.at("8"), json("eight"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("objects"); // that still load
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QByteArray good = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n---\n";
        QTest::newRow("invalid yaml") << QByteArray(good + "apiVersion: v1\nkind: [a, b\n") << 0 << 8 << 1 << QStringLiteral("Invalid YAML");
        QTest::newRow("bad indentation") << QByteArray(good + "a:\n  b: 1\n c: 2\n") << 0 << 8 << 2 << QStringLiteral("Invalid YAML");
        QTest::newRow("duplicate key") << QByteArray(good + "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: d\n  name: e\n")
                                       << 1 << 10 << 3 << QStringLiteral("Duplicate key");
        QTest::newRow("no kind") << QByteArray(good + "apiVersion: v1\nmetadata:\n  name: x\n") << 1 << 6 << 1
                                 << QStringLiteral("The object has no kind");
        QTest::newRow("no apiVersion") << QByteArray(good + "kind: Pod\nmetadata:\n  name: x\n") << 1 << 6 << 1
                                       << QStringLiteral("The object has no apiVersion");
        QTest::newRow("no name") << QByteArray(good + "apiVersion: v1\nkind: Pod\n") << 1 << 6 << 1
                                 << QStringLiteral("The object has no metadata.name");
        QTest::newRow("not a mapping") << QByteArray(good + "- a\n- b\n") << 1 << 6 << 1
                                       << QStringLiteral("The document is not a Kubernetes object (a mapping is expected)");
        QTest::newRow(".inf") << QByteArray(good + "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nx: .inf\n") << 1 << 9 << 4
                              << QStringLiteral("A value cannot be represented in JSON");
        QTest::newRow("null key") << QByteArray(good + "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n~: v\n") << 1 << 9 << 1
                                  << QStringLiteral("A mapping key is null; kubectl cannot read it");
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, objects);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto set = ManifestParser::parse(yaml, origin());
        QCOMPARE(set.objects.size(), objects);
        QCOMPARE(set.errors.size(), 1);
        const auto &e = set.errors[0];
        QCOMPARE(e.message, message);
        QCOMPARE(e.filePath, QStringLiteral("deploy/app.yaml"));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QVERIFY(e.toString().startsWith(QStringLiteral("deploy/app.yaml:%1:%2: ").arg(line).arg(column)));
    }

    void parseDocuments()
    {
        auto docs = ManifestParser::parseDocuments("a: 1\n---\n---\nb: [x]\n", QStringLiteral("w.yaml"));
        QVERIFY(docs.ok());
        QCOMPARE(docs->size(), size_t(2));
        JSON_COMPARE(docs->at(1), json::parse(R"({"b":["x"]})"));
        auto bad = ManifestParser::parseDocuments("a: 1\na: 2\n", QStringLiteral("w.yaml"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().cause.startsWith(QStringLiteral("w.yaml:2:1: Duplicate key")), qPrintable(bad.error().cause));
    }

    void locate_data()
    {
        QTest::addColumn<int>("document");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("scalar") << 1 << QStringLiteral("/spec/replicas") << QByteArray("3") << 8 << 13 << QByteArray("replicas");
        QTest::newRow("list item field") << 1 << QStringLiteral("/spec/template/spec/containers/1/image")
                                         << QByteArray("\"ghcr.io/x/side:1.0\"") << 14 << 16 << QByteArray("image");
        QTest::newRow("list item") << 1 << QStringLiteral("/spec/template/spec/containers/0")
                                   << QByteArray("name: web\n          image: web:2") << 11 << 11 << QByteArray();
        QTest::newRow("flow mapping") << 1 << QStringLiteral("/metadata/labels") << QByteArray("{app: web, tier: \"front\"}") << 6 << 11
                                      << QByteArray("labels");
        QTest::newRow("block scalar") << 1 << QStringLiteral("/data/script") << QByteArray("|\n    echo hi\n    exit 0") << 16 << 11
                                      << QByteArray("script");
        QTest::newRow("quoted key") << 1 << QStringLiteral("/metadata/annotations/a~1b") << QByteArray("'x'") << 5 << 32 << QByteArray("\"a/b\"");
        QTest::newRow("first document") << 0 << QStringLiteral("/metadata/name") << QByteArray("first") << 4 << 9 << QByteArray("name");
        QTest::newRow("root") << 0 << QString() << QByteArray("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: first") << 2 << 1
                              << QByteArray();
    }

    void locate()
    {
        QFETCH(int, document);
        QFETCH(QString, pointer);
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QByteArray, key);
        const QByteArray yaml = "# c\n"
                                "apiVersion: v1\n"
                                "kind: Namespace\n"
                                "metadata:\n"
                                "  name: first\n" // 5
                                "---\n"
                                "apiVersion: apps/v1\n"
                                "kind: Deployment\n"
                                "metadata:\n"
                                "  annotations: {\"a/b\": 'x'}\n" // 10
                                "  labels: {app: web, tier: \"front\"}\n"
                                "spec:\n"
                                "  replicas: 3 # keep\n"
                                "  template:\n"
                                "    spec:\n" // 15
                                "      containers:\n"
                                "        - name: web\n"
                                "          image: web:2 # pinned\n"
                                "        - name: side\n"
                                "          image: \"ghcr.io/x/side:1.0\"\n" // 20
                                "data:\n"
                                "  script: |\n"
                                "    echo hi\n"
                                "    exit 0\n";
        // Lines in the table are relative to the documents; shift to the real file lines.
        Q_UNUSED(line);
        Q_UNUSED(column);
        auto r = NodeLocator::locate(yaml, document, NodeLocator::splitPointer(pointer));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        QCOMPARE(yaml.mid(r->start, r->end - r->start), text);
        // line/column agree with the byte offset
        const QByteArray before = yaml.left(r->start);
        QCOMPARE(r->line, int(before.count('\n')) + 1);
        QCOMPARE(r->column, int(r->start - (before.lastIndexOf('\n') + 1)) + 1);
        const QByteArray upToEnd = yaml.left(r->end);
        QCOMPARE(r->endLine, int(upToEnd.count('\n')) + 1);
        if (key.isEmpty())
            QVERIFY(r->keyStart < 0 || !pointer.isEmpty());
        else
            QCOMPARE(yaml.mid(r->keyStart, r->keyEnd - r->keyStart), key);
    }

    void locateErrors()
    {
        const QByteArray yaml = "a:\n  b: [1, 2]\n";
        QVERIFY(!NodeLocator::locate(yaml, 0, {QStringLiteral("a"), QStringLiteral("c")}).ok());
        QVERIFY(!NodeLocator::locate(yaml, 0, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("2")}).ok());
        QVERIFY(!NodeLocator::locate(yaml, 1, {QStringLiteral("a")}).ok());
        auto item = NodeLocator::locate(yaml, 0, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("1")});
        QVERIFY(item.ok());
        QCOMPARE(yaml.mid(item->start, item->end - item->start), QByteArray("2"));
        QCOMPARE(NodeLocator::splitPointer(QStringLiteral("/a~1b/c~0d/0")),
                 (QStringList{QStringLiteral("a/b"), QStringLiteral("c~d"), QStringLiteral("0")}));
    }
};

QTEST_GUILESS_MAIN(TestManifestParser)
#include "tst_manifestparser.moc"
