// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/comparer.h"
#include "core/manifest/manifestparser.h"
#include "core/manifest/renderer.h"
#include "core/resolve/fileedit.h"
#include "core/resolve/manifestcleaner.h"
#include "core/resolve/resolver.h"
#include "core/resolve/yamlwriter.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;
using Json = nlohmann::json;

namespace {

const QString kData = QStringLiteral(DRIFTDECK_SOURCE_DIR "/tests/core/resolve/data");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

drift::FieldChange::Op opOf(const std::string &s)
{
    if (s == "add")
        return drift::FieldChange::Op::Add;
    if (s == "remove")
        return drift::FieldChange::Op::Remove;
    return drift::FieldChange::Op::Replace;
}

QList<drift::FieldChange> changesOf(const Json &spec)
{
    QList<drift::FieldChange> out;
    for (const Json &c : spec.at("changes")) {
        drift::FieldChange fc;
        fc.field = QString::fromStdString(c.at("field").get<std::string>());
        fc.pointer = QString::fromStdString(c.at("pointer").get<std::string>());
        fc.op = opOf(c.at("op").get<std::string>());
        fc.gitValue = QString::fromStdString(c.value("git", std::string()));
        fc.liveValue = QString::fromStdString(c.value("live", std::string()));
        out.append(fc);
    }
    return out;
}

// The object a case edits: by name, or by document and item index.
std::optional<manifest::ManifestObject> pick(const manifest::ManifestSet &set, const Json &spec)
{
    for (const auto &o : set.objects) {
        if (spec.contains("name")) {
            if (o.key.name == QString::fromStdString(spec["name"].get<std::string>()))
                return o;
        } else if (o.documentIndex == spec.value("document", 0) && o.itemIndex == spec.value("item", -1)) {
            return o;
        }
    }
    return std::nullopt;
}

struct Hunk
{
    QStringList removed;
    QStringList added;
};

// The -/+ runs of a unified diff.
QList<Hunk> hunksOf(const QString &diff)
{
    QList<Hunk> out;
    bool inRun = false;
    for (const QString &line : diff.split(u'\n')) {
        if (line.startsWith(u"---") || line.startsWith(u"+++") || line.startsWith(u"diff "))
            continue;
        const bool minus = line.startsWith(u'-');
        const bool plus = line.startsWith(u'+');
        if (!minus && !plus) {
            inRun = false;
            continue;
        }
        if (!inRun)
            out.append(Hunk{});
        inRun = true;
        (minus ? out.last().removed : out.last().added).append(line.mid(1));
    }
    return out;
}

// Changed span of a line pair: what differs after the common prefix and suffix.
std::pair<QString, QString> changedSpan(const QString &a, const QString &b)
{
    qsizetype p = 0;
    while (p < a.size() && p < b.size() && a[p] == b[p])
        ++p;
    qsizetype s = 0;
    while (s < a.size() - p && s < b.size() - p && a[a.size() - 1 - s] == b[b.size() - 1 - s])
        ++s;
    return {a.mid(p, a.size() - p - s), b.mid(p, b.size() - p - s)};
}

manifest::FileMap kustomizeTree(const QByteArray &stagingPatch)
{
    manifest::FileMap files;
    files.insert(QStringLiteral("apps/base/kustomization.yaml"), QByteArrayLiteral("resources:\n- deployment.yaml\n"));
    files.insert(QStringLiteral("apps/base/deployment.yaml"), QByteArrayLiteral(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: podinfo\nspec:\n  replicas: 1\n"
        "  selector:\n    matchLabels:\n      app: podinfo\n  template:\n    metadata:\n      labels:\n        app: podinfo\n"
        "    spec:\n      containers:\n      - name: podinfo\n        image: ghcr.io/stefanprodan/podinfo:6.5.0\n"));
    QByteArray staging("# staging overlay\nnamespace: staging\nresources:\n- ../base\n");
    staging.append(stagingPatch);
    files.insert(QStringLiteral("apps/staging/kustomization.yaml"), staging);
    files.insert(QStringLiteral("apps/production/kustomization.yaml"), QByteArrayLiteral(
        "namespace: production\nresources:\n- ../base\n"));
    return files;
}

bool kubectlAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty()
        || !QStandardPaths::findExecutable(QStringLiteral("kustomize")).isEmpty();
}

Json renderedObject(const manifest::FileMap &files, const QString &overlay, const QString &name,
                    const QString &kind = QStringLiteral("Deployment"))
{
    manifest::RenderRequest req;
    req.files = files;
    req.path = overlay;
    req.kind = manifest::RendererKind::Kustomize;
    const auto r = manifest::Renderer::render(req);
    if (r.failure)
        return Json();
    for (const auto &o : r.manifests.objects) {
        if (o.key.name == name && o.key.kind == kind)
            return *o.object;
    }
    return Json();
}

} // namespace

class TestResolver : public QObject
{
    Q_OBJECT

private slots:
    void goldenEdits_data();
    void goldenEdits();
    void inlineEdits_data();
    void inlineEdits();
    void scalarQuoting_data();
    void scalarQuoting();
    void helmValueGuess();
    void fixtureImageEdits();
    void fixtureSharedBasePatch();
    void comparerRoundTrip();
    void deterministic();
    void refusals_data();
    void refusals();
    void unifiedDiff();
    void kustomizeSharedBase();
    void kustomizeOwnBase();
    void kustomizeSharedBaseRemovals();
    void keepExtra();
    void removeDocument_data();
    void removeDocument();
    void removeLastDocumentDeletesFile();
    void removeImplicitDocumentAndListItem_data();
    void removeImplicitDocumentAndListItem();
};

void TestResolver::goldenEdits_data()
{
    QTest::addColumn<QString>("dir");
    const QStringList cases = QDir(kData).entryList({}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &c : cases) {
        if (QFile::exists(kData + u'/' + c + u"/changes.json"))
            QTest::newRow(c.toUtf8().constData()) << kData + u'/' + c;
    }
}

void TestResolver::goldenEdits()
{
    QFETCH(QString, dir);
    const QByteArray input = readFile(dir + u"/input.yaml");
    const Json spec = Json::parse(readFile(dir + u"/changes.json").toStdString());
    QVERIFY(!input.isEmpty());
    const manifest::SourceOrigin origin{{}, {}, QStringLiteral("deploy/input.yaml")};
    const auto set = manifest::ManifestParser::parse(input, origin);
    QVERIFY(set.errors.isEmpty());
    const auto desired = pick(set, spec);
    QVERIFY(desired);
    const QList<drift::FieldChange> changes = changesOf(spec);

    const auto edit = resolve::Resolver::resolve(input, *desired, spec.at("live"), changes);
    QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().fullText()));
    QCOMPARE(edit->before, input);
    QCOMPARE(edit->summary.size(), changes.size());

    const QString expectedPath = dir + u"/expected.yaml";
    if (qEnvironmentVariableIsSet("DRIFTDECK_UPDATE_GOLDEN")) {
        QFile f(expectedPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(edit->after);
    }
    QCOMPARE(QString::fromUtf8(edit->after), QString::fromUtf8(readFile(expectedPath)));

    // Read back independently: every accepted field now has the live value.
    const auto after = manifest::ManifestParser::parse(edit->after, origin);
    QVERIFY(after.errors.isEmpty());
    QCOMPARE(after.objects.size(), set.objects.size());
    const auto edited = pick(after, spec);
    QVERIFY(edited);
    for (const auto &c : changes) {
        const Json::json_pointer ptr(c.pointer.toStdString());
        if (c.op == drift::FieldChange::Op::Remove)
            continue;
        const Json liveValue = spec.at("live").at(ptr);
        // The live pointer's list indexes are live order; find the field by its merge keys.
        bool found = false;
        std::function<void(const Json &)> scan = [&](const Json &node) {
            if (node == liveValue)
                found = true;
            if (node.is_structured())
                for (const auto &child : node)
                    scan(child);
        };
        scan(*edited->object);
        QVERIFY2(found, qPrintable(c.field));
    }

    // Only the drifted values changed: replacements change one span per line and leave the
    // rest of the line alone; additions only add lines; removals only remove lines.
    const auto hunks = hunksOf(edit->unifiedDiff(0));
    QVERIFY(!hunks.isEmpty());
    bool allReplace = true, allAdd = true, allRemove = true;
    for (const auto &c : changes) {
        allReplace = allReplace && c.op == drift::FieldChange::Op::Replace;
        allAdd = allAdd && c.op == drift::FieldChange::Op::Add;
        allRemove = allRemove && c.op == drift::FieldChange::Op::Remove;
    }
    for (const Hunk &h : hunks) {
        if (allAdd && !h.removed.isEmpty()) {
            // A flow collection grows on its own line: the old line is kept, text only inserted.
            QCOMPARE(h.removed.size(), h.added.size());
            for (qsizetype i = 0; i < h.removed.size(); ++i)
                QVERIFY2(changedSpan(h.removed[i], h.added[i]).first.isEmpty(), qPrintable(h.removed[i]));
        }
        if (allRemove && !h.added.isEmpty()) {
            // Removing a map's last entry leaves an empty map on the key's line.
            QCOMPARE(h.added.size(), 1);
            const QString now = changedSpan(h.removed.front(), h.added.front()).second.trimmed();
            QVERIFY2(now == u"{}" || now == u"[]", qPrintable(h.added.front()));
        }
        if (allReplace) {
            // Every token that differs belongs to a drifted value.
            static const QRegularExpression kSplit(QStringLiteral("[\\s,\\[\\]{}\"':;]+"));
            QStringList was = h.removed.join(u'\n').split(kSplit, Qt::SkipEmptyParts);
            QStringList now = h.added.join(u'\n').split(kSplit, Qt::SkipEmptyParts);
            for (qsizetype w = was.size() - 1; w >= 0; --w) {
                if (now.removeOne(was[w]))
                    was.removeAt(w);
            }
            for (const QString &t : was) {
                bool fromGit = false;
                for (const auto &c : changes)
                    fromGit = fromGit || c.gitValue.contains(t) || t.startsWith(u'*'); // an alias stands for the Git value
                QVERIFY2(fromGit, qPrintable(t + u" in " + h.removed.join(u'\n')));
            }
            for (const QString &t : now) {
                bool fromLive = false;
                for (const auto &c : changes)
                    fromLive = fromLive || c.liveValue.contains(t);
                QVERIFY2(fromLive, qPrintable(t + u" in " + h.added.join(u'\n')));
            }
        }
    }
}

void TestResolver::inlineEdits_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("live");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray pod = QByteArrayLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n");
    QTest::newRow("first key of a list item") << pod + "spec:\n  containers:\n  - name: app\n    env:\n    - name: A\n      value: \"1\"\n    - value: x\n      name: B\n"
        << QStringLiteral("spec.containers[name=app].env[name=B].value") << QStringLiteral("/spec/containers/0/env/1/value") << QStringLiteral("remove")
        << QStringLiteral(R"({"spec":{"containers":[{"name":"app","env":[{"name":"A","value":"1"},{"name":"B"}]}]}})")
        << pod + "spec:\n  containers:\n  - name: app\n    env:\n    - name: A\n      value: \"1\"\n    - name: B\n";
    QTest::newRow("flow list element") << pod + "spec:\n  containers:\n  - name: app\n    ports: [{containerPort: 80}, {containerPort: 443}]\n"
        << QStringLiteral("spec.containers[name=app].ports[containerPort=80,protocol=TCP]") << QStringLiteral("/spec/containers/0/ports/-") << QStringLiteral("remove")
        << QStringLiteral(R"({"spec":{"containers":[{"name":"app","ports":[{"containerPort":443}]}]}})")
        << pod + "spec:\n  containers:\n  - name: app\n    ports: [{containerPort: 443}]\n";
    QTest::newRow("empty flow map") << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: {}\ndata:\n  a: b\n")
        << QStringLiteral("metadata.labels.team") << QStringLiteral("/metadata/labels/team") << QStringLiteral("add")
        << QStringLiteral(R"({"metadata":{"labels":{"team":"on"}}})")
        << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: {team: \"on\"}\ndata:\n  a: b\n");
    QTest::newRow("anchored scalar keeps its anchor") << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: &v one # first\n")
        << QStringLiteral("data.a") << QStringLiteral("/data/a") << QStringLiteral("replace")
        << QStringLiteral(R"({"data":{"a":"1e3"}})")
        << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: &v \"1e3\" # first\n");
    QTest::newRow("empty value") << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\ndata:\n  a: b\n")
        << QStringLiteral("metadata.labels.team") << QStringLiteral("/metadata/labels/team") << QStringLiteral("add")
        << QStringLiteral(R"({"metadata":{"labels":{"team":"web"}}})")
        << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    team: web\ndata:\n  a: b\n");
    QTest::newRow("no final line break") << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b")
        << QStringLiteral("data.c") << QStringLiteral("/data/c") << QStringLiteral("add")
        << QStringLiteral(R"({"data":{"a":"b","c":"d"}})")
        << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n  c: d\n");
    QTest::newRow("only list element") << pod + "spec:\n  containers:\n    - name: app\n      env:\n        - name: A # only one\n          value: \"1\"\n      image: x\n"
        << QStringLiteral("spec.containers[name=app].env[name=A]") << QStringLiteral("/spec/containers/0/env/-") << QStringLiteral("remove")
        << QStringLiteral(R"({})")
        << pod + "spec:\n  containers:\n    - name: app\n      env: []\n      image: x\n";
    QTest::newRow("new list in indented style") << pod + "spec:\n  containers:\n    - name: app\n      image: x\n"
        << QStringLiteral("spec.containers[name=app].env[name=MODE]") << QStringLiteral("/spec/containers/0/env/0") << QStringLiteral("add")
        << QStringLiteral(R"({"spec":{"containers":[{"name":"app","env":[{"name":"MODE","value":"fast"}]}]}})")
        << pod + "spec:\n  containers:\n    - name: app\n      image: x\n      env:\n        - name: MODE\n          value: fast\n";
    QTest::newRow("merge key overridden") << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: &base\n    tier: web\n  annotations:\n    <<: *base\n")
        << QStringLiteral("metadata.annotations.tier") << QStringLiteral("/metadata/annotations/tier") << QStringLiteral("replace")
        << QStringLiteral(R"({"metadata":{"annotations":{"tier":"api"}}})")
        << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: &base\n    tier: web\n  annotations:\n    <<: *base\n    tier: api\n");
    QTest::newRow("windows line ends") << QByteArrayLiteral("apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: c\r\ndata:\r\n  a: b\r\n")
        << QStringLiteral("data.c") << QStringLiteral("/data/c") << QStringLiteral("add")
        << QStringLiteral(R"({"data":{"a":"b","c":"d"}})")
        << QByteArrayLiteral("apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: c\r\ndata:\r\n  a: b\r\n  c: d\r\n");
    QTest::newRow("double-quoted stays double-quoted") << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  msg: \"hello\"\n")
        << QStringLiteral("data.msg") << QStringLiteral("/data/msg") << QStringLiteral("replace")
        << QStringLiteral(R"({"data":{"msg":"say \"hi\""}})")
        << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  msg: \"say \\\"hi\\\"\"\n");
}

void TestResolver::inlineEdits()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, field);
    QFETCH(QString, pointer);
    QFETCH(QString, op);
    QFETCH(QString, live);
    QFETCH(QByteArray, expected);
    const manifest::SourceOrigin origin{{}, {}, QStringLiteral("x.yaml")};
    const auto set = manifest::ManifestParser::parse(yaml, origin);
    QCOMPARE(set.objects.size(), 1);
    drift::FieldChange c;
    c.field = field;
    c.pointer = pointer;
    c.op = opOf(op.toStdString());
    const auto edit = resolve::Resolver::resolve(yaml, set.objects.front(), Json::parse(live.toStdString()), {c});
    QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().fullText()));
    QCOMPARE(QString::fromUtf8(edit->after), QString::fromUtf8(expected));
}

void TestResolver::scalarQuoting_data()
{
    QTest::addColumn<QString>("value"); // JSON
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral(R"("nginx:1.27")") << int(FYSS_PLAIN) << QStringLiteral("nginx:1.27");
    QTest::newRow("bool word") << QStringLiteral(R"("on")") << int(FYSS_PLAIN) << QStringLiteral("\"on\"");
    QTest::newRow("octal") << QStringLiteral(R"("0777")") << int(FYSS_PLAIN) << QStringLiteral("\"0777\"");
    QTest::newRow("exponent") << QStringLiteral(R"("1e3")") << int(FYSS_PLAIN) << QStringLiteral("\"1e3\"");
    QTest::newRow("null word") << QStringLiteral(R"("null")") << int(FYSS_PLAIN) << QStringLiteral("\"null\"");
    QTest::newRow("colon space") << QStringLiteral(R"("a: b")") << int(FYSS_PLAIN) << QStringLiteral("\"a: b\"");
    QTest::newRow("empty") << QStringLiteral(R"("")") << int(FYSS_PLAIN) << QStringLiteral("\"\"");
    QTest::newRow("single kept") << QStringLiteral(R"("it's")") << int(FYSS_SINGLE_QUOTED) << QStringLiteral("'it''s'");
    QTest::newRow("single to double for line break") << QStringLiteral(R"("a\nb")") << int(FYSS_SINGLE_QUOTED) << QStringLiteral("\"a\\nb\"");
    QTest::newRow("integer") << QStringLiteral("5") << int(FYSS_DOUBLE_QUOTED) << QStringLiteral("5");
    QTest::newRow("float") << QStringLiteral("0.5") << int(FYSS_PLAIN) << QStringLiteral("0.5");
    QTest::newRow("bool") << QStringLiteral("true") << int(FYSS_SINGLE_QUOTED) << QStringLiteral("true");
    QTest::newRow("list") << QStringLiteral(R"(["a", "on"])") << int(FYSS_PLAIN) << QStringLiteral("[a, \"on\"]");
}

void TestResolver::scalarQuoting()
{
    QFETCH(QString, value);
    QFETCH(int, style);
    QFETCH(QString, expected);
    const Json v = Json::parse(value.toStdString());
    const std::string text = resolve::YamlWriter::scalar(v, fy_scalar_style(style));
    QCOMPARE(QString::fromStdString(text), expected);
    // Whatever the style, the text reads back as the value.
    const auto docs = manifest::ManifestParser::parseDocuments(QByteArray::fromStdString("v: " + text + "\n"), QStringLiteral("v.yaml"));
    QVERIFY(docs.ok());
    QVERIFY(docs->front()["v"] == v);
}

void TestResolver::helmValueGuess()
{
    const QByteArray yaml = QByteArrayLiteral("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.25\n");
    const auto set = manifest::ManifestParser::parse(yaml, manifest::SourceOrigin{{}, {}, QStringLiteral("web/templates/d.yaml")});
    drift::FieldChange c;
    c.field = QStringLiteral("spec.template.spec.containers[name=web].image");
    c.pointer = QStringLiteral("/spec/template/spec/containers/0/image");
    c.gitValue = QStringLiteral("nginx:1.25");
    resolve::ResolveOptions options;
    options.renderer = manifest::RendererKind::Helm;
    options.sourcePath = QStringLiteral("web");
    options.files.insert(QStringLiteral("web/values.yaml"), QByteArrayLiteral("image:\n  repository: nginx\n  tag: \"1.25\"\n"));
    const Json live = Json::parse(R"({"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.27"}]}}}})");
    const auto r = resolve::Resolver::resolveInSource(set.objects.front(), live, {c}, options);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"image.tag"), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(u"Helm chart"));
    // Without values.yaml the refusal still explains where the change belongs.
    options.files.clear();
    const auto plain = resolve::Resolver::resolveInSource(set.objects.front(), live, {c}, options);
    QVERIFY(!plain.ok());
    QVERIFY(plain.error().message.contains(u"change the chart's values instead"));
}

// Every workload in the real repositories: changing one container image touches one line.
void TestResolver::fixtureImageEdits()
{
    const QString root = QStringLiteral(DRIFTDECK_SOURCE_DIR "/../shared/fixtures");
    if (!QDir(root).exists())
        QSKIP("../shared/fixtures is not present: the real-repository edits are not checked");
    auto files = manifest::Renderer::loadDirectory(root);
    QVERIFY(files.ok());
    int checked = 0;
    for (auto it = files->cbegin(); it != files->cend(); ++it) {
        if (!it.key().endsWith(u".yaml") || it.key().contains(u"/templates/") || it.key().contains(u"/.git/"))
            continue;
        const manifest::SourceOrigin origin{{}, {}, it.key()};
        const auto set = manifest::ManifestParser::parse(it.value(), origin);
        for (const auto &o : set.objects) {
            const Json &obj = *o.object;
            const Json::json_pointer podSpec(o.key.kind == u"CronJob" ? "/spec/jobTemplate/spec/template/spec" : "/spec/template/spec");
            if (!obj.contains(podSpec) || !obj.at(podSpec).contains("containers"))
                continue;
            const Json &container = obj.at(podSpec)["containers"][0];
            if (!container.contains("name") || !container.contains("image") || !container["image"].is_string())
                continue;
            Json live = obj;
            const std::string newImage = container["image"].get<std::string>() + "-drifted";
            live[podSpec]["containers"][0]["image"] = newImage;
            drift::FieldChange c;
            c.field = QStringLiteral("%1.containers[name=%2].image")
                          .arg(o.key.kind == u"CronJob" ? QStringLiteral("spec.jobTemplate.spec.template.spec") : QStringLiteral("spec.template.spec"),
                               QString::fromStdString(container["name"].get<std::string>()));
            c.pointer = QString::fromStdString(podSpec.to_string()) + u"/containers/0/image";
            c.gitValue = QString::fromStdString(container["image"].get<std::string>());
            c.liveValue = QString::fromStdString(newImage);
            const auto edit = resolve::Resolver::resolve(it.value(), o, live, {c});
            QVERIFY2(edit.ok(), qPrintable(it.key() + u": " + (edit.ok() ? QString() : edit.error().fullText())));
            const auto hunks = hunksOf(edit->unifiedDiff(0));
            QCOMPARE(hunks.size(), 1);
            QCOMPARE(hunks.front().removed.size(), 1);
            QCOMPARE(hunks.front().added.size(), 1);
            QVERIFY(hunks.front().added.front().contains(QString::fromStdString(newImage)));
            ++checked;
        }
    }
    QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
}

// podinfo's frontend base is shared by three overlays: production gets a patch of its own.
void TestResolver::fixtureSharedBasePatch()
{
    const QString root = QStringLiteral(DRIFTDECK_SOURCE_DIR "/../shared/fixtures/podinfo");
    if (!QDir(root).exists())
        QSKIP("../shared/fixtures/podinfo is not present");
    if (!kubectlAvailable())
        QSKIP("neither kubectl nor kustomize is on PATH: the overlay cannot be rendered");
    auto files = manifest::Renderer::loadDirectory(root);
    QVERIFY(files.ok());
    const QString overlay = QStringLiteral("deploy/overlays/production");
    const Json before = renderedObject(*files, overlay, QStringLiteral("frontend"));
    QVERIFY(before.is_object());
    Json live = before;
    const std::string image = before["spec"]["template"]["spec"]["containers"][0]["image"].get<std::string>() + "-hotfix";
    live["spec"]["template"]["spec"]["containers"][0]["image"] = image;
    drift::FieldChange c;
    c.field = QStringLiteral("spec.template.spec.containers[name=%1].image")
                  .arg(QString::fromStdString(before["spec"]["template"]["spec"]["containers"][0]["name"].get<std::string>()));
    c.pointer = QStringLiteral("/spec/template/spec/containers/0/image");
    manifest::ManifestObject desired;
    desired.key = ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("production"), QStringLiteral("frontend")};
    desired.object = std::make_shared<const Json>(before);
    resolve::ResolveOptions options;
    options.renderer = manifest::RendererKind::Kustomize;
    options.files = *files;
    options.sourcePath = overlay;
    const auto edits = resolve::Resolver::resolveInSource(desired, live, {c}, options);
    QVERIFY2(edits.ok(), qPrintable(edits.ok() ? QString() : edits.error().fullText()));
    manifest::FileMap changed = *files;
    for (const auto &e : *edits) {
        QVERIFY2(e.path.startsWith(overlay + u'/'), qPrintable(e.path));
        changed.insert(e.path, e.after);
    }
    const Json after = renderedObject(changed, overlay, QStringLiteral("frontend"));
    QVERIFY(after["spec"]["template"]["spec"]["containers"][0]["image"] == Json(image));
    const Json staging = renderedObject(changed, QStringLiteral("deploy/overlays/staging"), QStringLiteral("frontend"));
    QVERIFY(staging["spec"]["template"]["spec"]["containers"][0]["image"] != Json(image));
}

// The changes the comparison reports, accepted as a whole, leave nothing to report.
void TestResolver::comparerRoundTrip()
{
    const QByteArray yaml = QByteArrayLiteral(
        "# checkout service\n"
        "apiVersion: apps/v1\n"
        "kind: Deployment\n"
        "metadata:\n"
        "  name: checkout\n"
        "  namespace: shop\n"
        "  labels:\n"
        "    app: checkout\n"
        "spec:\n"
        "  replicas: 2  # baseline\n"
        "  selector:\n"
        "    matchLabels:\n"
        "      app: checkout\n"
        "  template:\n"
        "    metadata:\n"
        "      labels:\n"
        "        app: checkout\n"
        "    spec:\n"
        "      containers:\n"
        "        - name: checkout\n"
        "          image: \"example/checkout:2.3.0\"\n"
        "          ports:\n"
        "            - containerPort: 8080\n"
        "              name: http\n"
        "          env:\n"
        "            - name: CURRENCY\n"
        "              value: EUR\n"
        "            # remove after the migration\n"
        "            - name: LEGACY_API\n"
        "              value: \"true\"\n");
    const auto set = manifest::ManifestParser::parse(yaml, manifest::SourceOrigin{{}, {}, QStringLiteral("checkout.yaml")});
    QCOMPARE(set.objects.size(), 1);
    const Json live = Json::parse(R"({
      "apiVersion": "apps/v1", "kind": "Deployment",
      "metadata": {"name": "checkout", "namespace": "shop", "uid": "1", "resourceVersion": "9",
                   "labels": {"app": "checkout", "team": "payments"}},
      "spec": {"replicas": 4, "selector": {"matchLabels": {"app": "checkout"}},
        "template": {"metadata": {"labels": {"app": "checkout"}}, "spec": {"containers": [{
          "name": "checkout", "image": "example/checkout:2.3.1",
          "ports": [{"containerPort": 8080, "name": "web", "protocol": "TCP"}],
          "env": [{"name": "CURRENCY", "value": "EUR"}, {"name": "REGION", "value": "eu"}]}]}}}})");
    const drift::Comparer comparer;
    const auto before = comparer.compare(*set.objects.front().object, live);
    QCOMPARE(before.state, SyncState::Drifted);
    QVERIFY(before.changes.size() >= 5);
    const auto edit = resolve::Resolver::resolve(yaml, set.objects.front(), live, before.changes);
    QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().fullText()));
    QVERIFY(edit->after.startsWith("# checkout service\n"));
    QVERIFY(edit->after.contains("  replicas: 4  # baseline\n"));
    QVERIFY(edit->after.contains("image: \"example/checkout:2.3.1\"\n"));
    QVERIFY(!edit->after.contains("LEGACY_API"));
    QVERIFY(!edit->after.contains("# remove after the migration"));
    const auto after = manifest::ManifestParser::parse(edit->after, manifest::SourceOrigin{{}, {}, QStringLiteral("checkout.yaml")});
    QCOMPARE(after.objects.size(), 1);
    const auto again = comparer.compare(*after.objects.front().object, live);
    QVERIFY2(again.changes.isEmpty(), again.changes.isEmpty() ? "" : qPrintable(again.changes.front().field));
    QCOMPARE(again.state, SyncState::Synced);
}

void TestResolver::deterministic()
{
    const QString dir = kData + u"/add-fields";
    const QByteArray input = readFile(dir + u"/input.yaml");
    const Json spec = Json::parse(readFile(dir + u"/changes.json").toStdString());
    const auto set = manifest::ManifestParser::parse(input, manifest::SourceOrigin{{}, {}, QStringLiteral("a.yaml")});
    const auto desired = pick(set, spec);
    QVERIFY(desired);
    QList<drift::FieldChange> changes = changesOf(spec);
    const auto first = resolve::Resolver::resolve(input, *desired, spec.at("live"), changes);
    std::reverse(changes.begin(), changes.end());
    const auto second = resolve::Resolver::resolve(input, *desired, spec.at("live"), changes);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->after, second->after);
}

void TestResolver::refusals_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("document");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("live");
    QTest::addColumn<bool>("helm");
    QTest::addColumn<QString>("reason");

    QTest::newRow("secret value") << QByteArrayLiteral("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: c2VjcmV0\n")
                                  << 0 << QStringLiteral("data.password") << QStringLiteral("/data/password")
                                  << QStringLiteral(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"db"},"data":{"password":"bmV3"}})")
                                  << false << QStringLiteral("never writes Secret values");
    QTest::newRow("secret stringData") << QByteArrayLiteral("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  user: app\n")
                                       << 0 << QStringLiteral("stringData.user") << QStringLiteral("/stringData/user")
                                       << QStringLiteral(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"db"},"stringData":{"user":"root"}})")
                                       << false << QStringLiteral("SOPS or Sealed Secrets");
    QTest::newRow("helm") << QByteArrayLiteral("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n")
                          << 0 << QStringLiteral("spec.replicas") << QStringLiteral("/spec/replicas")
                          << QStringLiteral(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},"spec":{"replicas":4}})")
                          << true << QStringLiteral("replicaCount in values.yaml");
    QTest::newRow("document missing") << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n")
                                      << 3 << QStringLiteral("data.k") << QStringLiteral("/data/k")
                                      << QStringLiteral(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"k":"w"}})")
                                      << false << QStringLiteral("was not found");
    QTest::newRow("shared anchor") << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  a: &v one\n  b: *v\n")
                                   << 0 << QStringLiteral("data.a") << QStringLiteral("/data/a")
                                   << QStringLiteral(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"a":"two","b":"one"}})")
                                   << false << QStringLiteral("more than the selected fields");
    QTest::newRow("through alias") << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: &l {x: y}\n  annotations: *l\n")
                                   << 0 << QStringLiteral("metadata.annotations.x") << QStringLiteral("/metadata/annotations/x")
                                   << QStringLiteral(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","labels":{"x":"y"},"annotations":{"x":"z"}}})")
                                   << false << QStringLiteral("YAML alias");
    QTest::newRow("live value missing") << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n")
                                        << 0 << QStringLiteral("data.k") << QStringLiteral("/data/nope")
                                        << QStringLiteral(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"k":"w"}})")
                                        << false << QStringLiteral("live value");
}

void TestResolver::refusals()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, document);
    QFETCH(QString, field);
    QFETCH(QString, pointer);
    QFETCH(QString, live);
    QFETCH(bool, helm);
    QFETCH(QString, reason);

    const manifest::SourceOrigin origin{{}, {}, QStringLiteral("chart/templates/x.yaml")};
    const auto set = manifest::ManifestParser::parse(yaml, origin);
    QCOMPARE(set.objects.size(), 1);
    manifest::ManifestObject desired = set.objects.front();
    desired.documentIndex = document;
    drift::FieldChange c;
    c.field = field;
    c.pointer = pointer;
    c.gitValue = QStringLiteral("2");
    resolve::ResolveOptions options;
    if (helm) {
        options.renderer = manifest::RendererKind::Helm;
        options.sourcePath = QStringLiteral("chart");
        options.files.insert(QStringLiteral("chart/values.yaml"), QByteArrayLiteral("image:\n  tag: \"1.0\"\nreplicaCount: 2\n"));
    }
    const auto r = resolve::Resolver::resolve(yaml, desired, Json::parse(live.toStdString()), {c}, options);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().fullText()));
}

void TestResolver::unifiedDiff()
{
    resolve::FileEdit e;
    e.path = QStringLiteral("apps/web.yaml");
    e.before = QByteArrayLiteral("a: 1\nb: 2\nc: 3\n");
    e.after = QByteArrayLiteral("a: 1\nb: 5\nc: 3\n");
    const QString diff = e.unifiedDiff();
    QVERIFY2(diff.contains(u"--- a/apps/web.yaml\n+++ b/apps/web.yaml\n"), qPrintable(diff));
    QVERIFY2(diff.contains(u"@@ -1,3 +1,3 @@\n a: 1\n-b: 2\n+b: 5\n c: 3\n"), qPrintable(diff));
    e.after = e.before;
    QVERIFY(e.unifiedDiff().isEmpty());
    resolve::FileEdit created;
    created.path = QStringLiteral("n.yaml");
    created.kind = resolve::FileEdit::Kind::Create;
    created.after = QByteArrayLiteral("x: 1\n");
    QVERIFY2(created.unifiedDiff().contains(u"+x: 1"), qPrintable(created.unifiedDiff()));
}

void TestResolver::kustomizeSharedBase()
{
    if (!kubectlAvailable())
        QSKIP("neither kubectl nor kustomize is on PATH: the overlay cannot be rendered");
    const manifest::FileMap files = kustomizeTree({});
    const Json before = renderedObject(files, QStringLiteral("apps/staging"), QStringLiteral("podinfo"));
    QVERIFY(before.is_object());
    QVERIFY(before["spec"]["replicas"] == Json(1));

    Json live = before;
    live["spec"]["replicas"] = 3;
    live["spec"]["template"]["spec"]["containers"][0]["image"] = "ghcr.io/stefanprodan/podinfo:6.6.0";
    drift::FieldChange replicas;
    replicas.field = QStringLiteral("spec.replicas");
    replicas.pointer = QStringLiteral("/spec/replicas");
    drift::FieldChange image;
    image.field = QStringLiteral("spec.template.spec.containers[name=podinfo].image");
    image.pointer = QStringLiteral("/spec/template/spec/containers/0/image");

    manifest::ManifestObject desired;
    desired.key = ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("staging"), QStringLiteral("podinfo")};
    desired.object = std::make_shared<const Json>(before);
    desired.origin.filePath = QStringLiteral("apps/staging");
    resolve::ResolveOptions options;
    options.renderer = manifest::RendererKind::Kustomize;
    options.files = files;
    options.sourcePath = QStringLiteral("apps/staging");
    const auto edits = resolve::Resolver::resolveInSource(desired, live, {replicas, image}, options);
    QVERIFY2(edits.ok(), qPrintable(edits.ok() ? QString() : edits.error().fullText()));
    QCOMPARE(edits->size(), 2);
    // The shared base stays untouched; the overlay gets a patch file and lists it.
    for (const auto &e : *edits)
        QVERIFY(!e.path.startsWith(u"apps/base/"));
    const auto &patch = edits->at(0);
    QCOMPARE(patch.path, QStringLiteral("apps/staging/driftdeck-patch-deployment-podinfo.yaml"));
    QCOMPARE(patch.kind, resolve::FileEdit::Kind::Create);
    const auto &kust = edits->at(1);
    QCOMPARE(kust.path, QStringLiteral("apps/staging/kustomization.yaml"));
    QByteArray expectedKust = kust.before;
    expectedKust.append("patches:\n- path: driftdeck-patch-deployment-podinfo.yaml\n");
    QCOMPARE(QString::fromUtf8(kust.after), QString::fromUtf8(expectedKust));

    manifest::FileMap changed = files;
    for (const auto &e : *edits)
        changed.insert(e.path, e.after);
    const Json staging = renderedObject(changed, QStringLiteral("apps/staging"), QStringLiteral("podinfo"));
    QVERIFY(staging["spec"]["replicas"] == Json(3));
    QVERIFY(staging["spec"]["template"]["spec"]["containers"][0]["image"] == Json("ghcr.io/stefanprodan/podinfo:6.6.0"));
    const Json production = renderedObject(changed, QStringLiteral("apps/production"), QStringLiteral("podinfo"));
    QVERIFY(production["spec"]["replicas"] == Json(1));

    // A second resolution extends the same patch instead of adding another.
    manifest::FileMap again = changed;
    Json live2 = staging;
    live2["spec"]["replicas"] = 4;
    options.files = again;
    const auto second = resolve::Resolver::resolveInSource(desired, live2, {replicas}, options);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().fullText()));
    QCOMPARE(second->size(), 1);
    QCOMPARE(second->front().kind, resolve::FileEdit::Kind::Modify);
    QVERIFY(second->front().after.contains("replicas: 4"));
}

void TestResolver::kustomizeOwnBase()
{
    manifest::FileMap files = kustomizeTree({});
    files.remove(QStringLiteral("apps/production/kustomization.yaml"));
    Json live = Json::parse(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"podinfo","namespace":"staging"},
        "spec":{"replicas":2}})");
    drift::FieldChange replicas;
    replicas.field = QStringLiteral("spec.replicas");
    replicas.pointer = QStringLiteral("/spec/replicas");
    manifest::ManifestObject desired;
    desired.key = ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("staging"), QStringLiteral("podinfo")};
    desired.origin.filePath = QStringLiteral("apps/staging");
    resolve::ResolveOptions options;
    options.renderer = manifest::RendererKind::Kustomize;
    options.files = files;
    options.sourcePath = QStringLiteral("apps/staging");
    const auto edits = resolve::Resolver::resolveInSource(desired, live, {replicas}, options);
    QVERIFY2(edits.ok(), qPrintable(edits.ok() ? QString() : edits.error().fullText()));
    QCOMPARE(edits->size(), 1);
    QCOMPARE(edits->front().path, QStringLiteral("apps/base/deployment.yaml"));
    QByteArray expected = files.value(QStringLiteral("apps/base/deployment.yaml"));
    expected.replace("replicas: 1", "replicas: 2");
    QCOMPARE(edits->front().after, expected);
}

// Removals in a shared base become `null` for a key and `$patch: delete` for an element.
void TestResolver::kustomizeSharedBaseRemovals()
{
    if (!kubectlAvailable())
        QSKIP("neither kubectl nor kustomize is on PATH: the overlay cannot be rendered");
    manifest::FileMap files = kustomizeTree({});
    files.insert(QStringLiteral("apps/base/deployment.yaml"), QByteArrayLiteral(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: podinfo\n  annotations:\n    legacy: \"yes\"\nspec:\n"
        "  selector:\n    matchLabels:\n      app: podinfo\n  template:\n    metadata:\n      labels:\n        app: podinfo\n"
        "    spec:\n      containers:\n      - name: podinfo\n        image: ghcr.io/stefanprodan/podinfo:6.5.0\n"
        "        env:\n        - name: A\n          value: a\n        - name: B\n          value: b\n"));
    const Json before = renderedObject(files, QStringLiteral("apps/staging"), QStringLiteral("podinfo"));
    QVERIFY(before.is_object());
    Json live = before;
    live["metadata"].erase("annotations");
    live["spec"]["template"]["spec"]["containers"][0]["env"] = Json::parse(R"([{"name":"A","value":"a"}])");
    drift::FieldChange annotation;
    annotation.field = QStringLiteral("metadata.annotations.legacy");
    annotation.pointer = QStringLiteral("/metadata/annotations/legacy");
    annotation.op = drift::FieldChange::Op::Remove;
    drift::FieldChange env;
    env.field = QStringLiteral("spec.template.spec.containers[name=podinfo].env[name=B]");
    env.pointer = QStringLiteral("/spec/template/spec/containers/0/env/-");
    env.op = drift::FieldChange::Op::Remove;
    manifest::ManifestObject desired;
    desired.key = ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("staging"), QStringLiteral("podinfo")};
    desired.object = std::make_shared<const Json>(before);
    resolve::ResolveOptions options;
    options.renderer = manifest::RendererKind::Kustomize;
    options.files = files;
    options.sourcePath = QStringLiteral("apps/staging");
    const auto edits = resolve::Resolver::resolveInSource(desired, live, {annotation, env}, options);
    QVERIFY2(edits.ok(), qPrintable(edits.ok() ? QString() : edits.error().fullText()));
    const QByteArray patch = edits->front().after;
    QVERIFY2(patch.contains("legacy: null"), patch.constData());
    QVERIFY2(patch.contains("$patch: delete"), patch.constData());
    manifest::FileMap changed = files;
    for (const auto &e : *edits)
        changed.insert(e.path, e.after);
    const Json after = renderedObject(changed, QStringLiteral("apps/staging"), QStringLiteral("podinfo"));
    QVERIFY(!after["metadata"].contains("annotations") || !after["metadata"]["annotations"].contains("legacy"));
    QVERIFY(after["spec"]["template"]["spec"]["containers"][0]["env"] == live["spec"]["template"]["spec"]["containers"][0]["env"]);
    const Json production = renderedObject(changed, QStringLiteral("apps/production"), QStringLiteral("podinfo"));
    QCOMPARE(production["spec"]["template"]["spec"]["containers"][0]["env"].size(), size_t(2));
}

void TestResolver::keepExtra()
{
    const Json live = Json::parse(readFile(kData + u"/extra/live.json").toStdString());
    manifest::FileMap files;
    files.insert(QStringLiteral("apps/shop/kustomization.yaml"), readFile(kData + u"/extra/kustomization.yaml"));
    const auto edits = resolve::Resolver::keepExtra(live, QStringLiteral("apps/shop"), files);
    QVERIFY2(edits.ok(), qPrintable(edits.ok() ? QString() : edits.error().fullText()));
    QCOMPARE(edits->size(), 2);
    const auto &created = edits->at(0);
    QCOMPARE(created.path, QStringLiteral("apps/shop/deployment-cache.yaml"));
    QCOMPARE(created.kind, resolve::FileEdit::Kind::Create);
    if (qEnvironmentVariableIsSet("DRIFTDECK_UPDATE_GOLDEN")) {
        QFile f(kData + u"/extra/expected-manifest.yaml");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(created.after);
        QFile k(kData + u"/extra/expected-kustomization.yaml");
        QVERIFY(k.open(QIODevice::WriteOnly));
        k.write(edits->at(1).after);
    }
    QCOMPARE(QString::fromUtf8(created.after), QString::fromUtf8(readFile(kData + u"/extra/expected-manifest.yaml")));
    for (const char *server : {"uid", "resourceVersion", "managedFields", "creationTimestamp", "status",
                               "last-applied-configuration", "kustomize.toolkit.fluxcd.io", "terminationMessagePath"})
        QVERIFY2(!created.after.contains(server), server);
    QCOMPARE(edits->at(1).path, QStringLiteral("apps/shop/kustomization.yaml"));
    QCOMPARE(QString::fromUtf8(edits->at(1).after), QString::fromUtf8(readFile(kData + u"/extra/expected-kustomization.yaml")));

    // Without a kustomization.yaml only the file is written; a taken name gets a suffix.
    manifest::FileMap plain;
    plain.insert(QStringLiteral("apps/shop/deployment-cache.yaml"), QByteArrayLiteral("x: 1\n"));
    const auto alone = resolve::Resolver::keepExtra(live, QStringLiteral("apps/shop"), plain);
    QVERIFY(alone.ok());
    QCOMPARE(alone->size(), 1);
    QCOMPARE(alone->front().path, QStringLiteral("apps/shop/deployment-cache-shop.yaml"));

    Json secret = Json::parse(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"s"},"data":{"a":"Yg=="}})");
    const auto refused = resolve::Resolver::keepExtra(secret, QStringLiteral("apps/shop"), files);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, resolve::Resolver::secretRefusal());
}

void TestResolver::removeDocument_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expectedFile");
    QTest::newRow("middle") << QStringLiteral("shop") << QStringLiteral("expected-without-shop.yaml");
    QTest::newRow("first") << QStringLiteral("shop-config") << QStringLiteral("expected-without-config.yaml");
    QTest::newRow("last") << QStringLiteral("shop-admin") << QStringLiteral("expected-without-admin.yaml");
}

void TestResolver::removeDocument()
{
    QFETCH(QString, name);
    QFETCH(QString, expectedFile);
    const QByteArray input = readFile(kData + u"/multi-document/input.yaml");
    const manifest::SourceOrigin origin{{}, {}, QStringLiteral("shop.yaml")};
    const auto set = manifest::ManifestParser::parse(input, origin);
    const auto desired = pick(set, Json{{"name", name.toStdString()}});
    QVERIFY(desired);
    const auto edits = resolve::Resolver::removeObject(*desired, input);
    QVERIFY2(edits.ok(), qPrintable(edits.ok() ? QString() : edits.error().fullText()));
    QCOMPARE(edits->size(), 1);
    QCOMPARE(edits->front().kind, resolve::FileEdit::Kind::Modify);
    const QString path = kData + u"/delete/" + expectedFile;
    if (qEnvironmentVariableIsSet("DRIFTDECK_UPDATE_GOLDEN")) {
        QDir().mkpath(kData + u"/delete");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(edits->front().after);
    }
    QCOMPARE(QString::fromUtf8(edits->front().after), QString::fromUtf8(readFile(path)));
    const auto after = manifest::ManifestParser::parse(edits->front().after, origin);
    QCOMPARE(after.objects.size(), set.objects.size() - 1);
    for (const auto &o : after.objects)
        QVERIFY(o.key.name != name);
}

void TestResolver::removeLastDocumentDeletesFile()
{
    const QByteArray input = QByteArrayLiteral("# cache\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cache\n");
    manifest::FileMap files;
    files.insert(QStringLiteral("apps/cache.yaml"), input);
    files.insert(QStringLiteral("apps/kustomization.yaml"), QByteArrayLiteral("resources:\n  - web.yaml\n  - cache.yaml # temporary\n  - db.yaml\n"));
    const manifest::SourceOrigin origin{{}, {}, QStringLiteral("apps/cache.yaml")};
    const auto set = manifest::ManifestParser::parse(input, origin);
    QCOMPARE(set.objects.size(), 1);
    const auto edits = resolve::Resolver::removeObject(set.objects.front(), input, files);
    QVERIFY2(edits.ok(), qPrintable(edits.ok() ? QString() : edits.error().fullText()));
    QCOMPARE(edits->size(), 2);
    QCOMPARE(edits->at(0).kind, resolve::FileEdit::Kind::Delete);
    QVERIFY(edits->at(0).after.isEmpty());
    QCOMPARE(edits->at(1).after, QByteArrayLiteral("resources:\n  - web.yaml\n  - db.yaml\n"));
}

void TestResolver::removeImplicitDocumentAndListItem_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray two = QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n# b\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n");
    QTest::newRow("implicit first") << two << QStringLiteral("a") << QByteArrayLiteral("---\n# b\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n");
    QTest::newRow("explicit last") << two << QStringLiteral("b") << QByteArrayLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
    const QByteArray list = QByteArrayLiteral("apiVersion: v1\nkind: List\nitems:\n# the builder account\n- apiVersion: v1\n  kind: ServiceAccount\n  metadata:\n    name: builder\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: settings\n");
    QTest::newRow("list item") << list << QStringLiteral("builder")
                               << QByteArrayLiteral("apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: settings\n");
}

void TestResolver::removeImplicitDocumentAndListItem()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    const manifest::SourceOrigin origin{{}, {}, QStringLiteral("x.yaml")};
    const auto set = manifest::ManifestParser::parse(yaml, origin);
    const auto desired = pick(set, Json{{"name", name.toStdString()}});
    QVERIFY(desired);
    const auto edits = resolve::Resolver::removeObject(*desired, yaml);
    QVERIFY2(edits.ok(), qPrintable(edits.ok() ? QString() : edits.error().fullText()));
    QCOMPARE(edits->size(), 1);
    QCOMPARE(QString::fromUtf8(edits->front().after), QString::fromUtf8(expected));
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
