// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/renderer.h"
#include "core/manifest/sourceignore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::manifest;

namespace {

QByteArray configMap(const char *name)
{
    return QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ") + name + "\n";
}

QStringList names(const ManifestSet &set)
{
    QStringList n;
    for (const auto &o : set.objects)
        n.append(o.key.name);
    n.sort();
    return n;
}

QString fixtures()
{
    return QStringLiteral(DRIFTDECK_SOURCE_DIR "/../shared/fixtures");
}

} // namespace

class TestRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sourceIgnore_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ignored");
        QTest::newRow("plain file") << QStringLiteral("apps/web.yaml") << false;
        QTest::newRow("default .github") << QStringLiteral(".github/workflows/ci.yaml") << true;
        QTest::newRow("default sops") << QStringLiteral("apps/.sops.yaml") << true;
        QTest::newRow("folder rule") << QStringLiteral("drafts/x.yaml") << true;
        QTest::newRow("folder rule deep") << QStringLiteral("apps/drafts/x.yaml") << true;
        QTest::newRow("glob") << QStringLiteral("apps/db.secret.yaml") << true;
        QTest::newRow("negated") << QStringLiteral("apps/keep.secret.yaml") << false;
        QTest::newRow("anchored") << QStringLiteral("tmp/a.yaml") << true;
        QTest::newRow("anchored elsewhere") << QStringLiteral("apps/tmp/a.yaml") << false;
        QTest::newRow("double star") << QStringLiteral("x/y/z/test-data.yaml") << true;
        QTest::newRow("nested file rule") << QStringLiteral("apps/local.yaml") << true;
        QTest::newRow("nested rule scoped") << QStringLiteral("other/local.yaml") << false;
    }

    void sourceIgnore()
    {
        QFETCH(QString, path);
        QFETCH(bool, ignored);
        SourceIgnore si;
        si.addRules(QString(), "# comment\ndrafts/\n*.secret.yaml\n!keep.secret.yaml\n/tmp\n**/test-data.yaml\n");
        si.addRules(QStringLiteral("apps"), "local.yaml\n");
        QCOMPARE(si.isIgnored(path), ignored);
    }

    void plainFolder()
    {
        FileMap files;
        files.insert(QStringLiteral("clusters/prod/a.yaml"), configMap("a") + "---\n" + configMap("b"));
        files.insert(QStringLiteral("clusters/prod/sub/c.yml"), configMap("c"));
        files.insert(QStringLiteral("clusters/prod/sub/d.json"), R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"d"}})");
        files.insert(QStringLiteral("clusters/prod/readme.md"), "apiVersion: v1\n");
        files.insert(QStringLiteral("clusters/prod/drafts/e.yaml"), configMap("e"));
        files.insert(QStringLiteral("clusters/prod/.github/f.yaml"), configMap("f"));
        files.insert(QStringLiteral("clusters/other/g.yaml"), configMap("g"));
        files.insert(QStringLiteral(".sourceignore"), "drafts/\n");
        RenderRequest req;
        req.files = files;
        req.path = QStringLiteral("./clusters/prod");
        req.origin = SourceOrigin{QStringLiteral("repo"), QStringLiteral("c0ffee"), {}};
        const RenderResult r = Renderer::render(req);
        QCOMPARE(r.renderer, RendererKind::Plain);
        QVERIFY(!r.failure);
        QVERIFY(r.manifests.errors.isEmpty());
        QCOMPARE(names(r.manifests), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        for (const auto &o : r.manifests.objects) {
            QCOMPARE(o.origin.commit, QStringLiteral("c0ffee"));
            QVERIFY(o.hasSourceRange());
            if (o.key.name == u"b") {
                QCOMPARE(o.origin.filePath, QStringLiteral("clusters/prod/a.yaml"));
                QCOMPARE(o.documentIndex, 1);
            }
        }
    }

    void plainFolderNotRecursive()
    {
        RenderRequest req;
        req.files.insert(QStringLiteral("app/a.yaml"), configMap("a"));
        req.files.insert(QStringLiteral("app/deep/b.yaml"), configMap("b"));
        req.path = QStringLiteral("app");
        req.recurse = false;
        QCOMPARE(names(Renderer::render(req).manifests), QStringList{QStringLiteral("a")});
        req.recurse = true;
        QCOMPARE(names(Renderer::render(req).manifests), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void plainFolderWithBrokenFile()
    {
        FileMap files;
        files.insert(QStringLiteral("ok.yaml"), configMap("ok"));
        files.insert(QStringLiteral("broken.yaml"), "apiVersion: v1\nkind: [\n");
        RenderRequest req;
        req.files = files;
        const RenderResult r = Renderer::render(req);
        QCOMPARE(names(r.manifests), QStringList{QStringLiteral("ok")});
        QCOMPARE(r.manifests.errors.size(), 1);
        QCOMPARE(r.manifests.errors[0].filePath, QStringLiteral("broken.yaml"));
        QVERIFY(r.manifests.errors[0].line > 0);
    }

    void missingPath()
    {
        RenderRequest req;
        req.files.insert(QStringLiteral("a/x.yaml"), configMap("x"));
        req.path = QStringLiteral("b");
        const RenderResult r = Renderer::render(req);
        QVERIFY(r.failure);
        QCOMPARE(r.failure->message, QStringLiteral("The path does not exist in the repository"));
        req.path = QStringLiteral("../etc");
        QCOMPARE(Renderer::render(req).failure->message, QStringLiteral("The path leaves the repository"));
    }

    void kustomize()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty()
            && QStandardPaths::findExecutable(QStringLiteral("kustomize")).isEmpty())
            QSKIP("neither kustomize nor kubectl is on PATH");
        RenderRequest req;
        req.files.insert(QStringLiteral("base/cm.yaml"), configMap("settings"));
        req.files.insert(QStringLiteral("base/kustomization.yaml"), "resources:\n- cm.yaml\n");
        req.files.insert(QStringLiteral("overlay/kustomization.yaml"),
                         "resources:\n- ../base\nnamePrefix: prod-\nnamespace: shop\n"
                         "configMapGenerator:\n- name: extra\n  literals: [mode=on]\n  options: {disableNameSuffixHash: true}\n");
        req.path = QStringLiteral("overlay");
        req.origin = SourceOrigin{QStringLiteral("repo"), QStringLiteral("c0ffee"), {}};
        const RenderResult r = Renderer::render(req);
        QVERIFY2(!r.failure, qPrintable(r.failure ? r.failure->fullText() : QString()));
        QCOMPARE(r.renderer, RendererKind::Kustomize);
        QCOMPARE(names(r.manifests), (QStringList{QStringLiteral("prod-extra"), QStringLiteral("prod-settings")}));
        for (const auto &o : r.manifests.objects) {
            QCOMPARE(o.key.ns, QStringLiteral("shop"));
            QVERIFY(!o.rawText.isEmpty());
            // The origin Kustomize reports is taken off again: never part of the desired state.
            QVERIFY(!o.object->at("metadata").contains("annotations"));
            if (o.key.name == u"prod-settings") {
                // Declared in the base: the document there, with its range and text.
                QCOMPARE(o.origin.filePath, QStringLiteral("base/cm.yaml"));
                QCOMPARE(o.origin.commit, QStringLiteral("c0ffee"));
                QVERIFY(o.hasSourceRange());
                QCOMPARE(o.lineStart, 1);
                QCOMPARE(o.lineEnd, 4);
                QCOMPARE(o.documentIndex, 0);
                QCOMPARE(o.rawText, configMap("settings").chopped(1)); // the node, without the final line break
            } else {
                // Generated: the kustomization that configures it, no document range.
                QCOMPARE(o.origin.filePath, QStringLiteral("overlay/kustomization.yaml"));
                QVERIFY(!o.hasSourceRange());
            }
        }
        // The data keeps kubectl's typing: "on" from a literal is a string in a ConfigMap.
        for (const auto &o : r.manifests.objects)
            if (o.key.name == u"prod-extra")
                QVERIFY(o.object->at("data").at("mode").is_string());
    }

    void kustomizeOriginsOfTheOwnKeepTheirAnnotation()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty()
            && QStandardPaths::findExecutable(QStringLiteral("kustomize")).isEmpty())
            QSKIP("neither kustomize nor kubectl is on PATH");
        // Second document of a file, and a kustomization that asks for origins itself: then the
        // annotation is what Flux applies, so it stays in the desired state.
        RenderRequest req;
        req.files.insert(QStringLiteral("app/two.yaml"), "# first\n" + configMap("one") + "---\n" + configMap("two"));
        req.files.insert(QStringLiteral("app/kustomization.yaml"), "resources:\n- two.yaml\n");
        req.path = QStringLiteral("app");
        RenderResult r = Renderer::render(req);
        QVERIFY2(!r.failure, qPrintable(r.failure ? r.failure->fullText() : QString()));
        QCOMPARE(r.manifests.objects.size(), 2);
        for (const auto &o : r.manifests.objects) {
            QCOMPARE(o.origin.filePath, QStringLiteral("app/two.yaml"));
            QCOMPARE(o.documentIndex, o.key.name == u"one" ? 0 : 1);
            QCOMPARE(o.lineStart, o.key.name == u"one" ? 2 : 7);
        }

        req.files.insert(QStringLiteral("app/kustomization.yaml"), "resources:\n- two.yaml\nbuildMetadata: [originAnnotations]\n");
        r = Renderer::render(req);
        QVERIFY2(!r.failure, qPrintable(r.failure ? r.failure->fullText() : QString()));
        for (const auto &o : r.manifests.objects) {
            QVERIFY(o.object->at("metadata").at("annotations").contains("config.kubernetes.io/origin"));
            QCOMPARE(o.origin.filePath, QStringLiteral("app/kustomization.yaml"));
        }
    }

    void kustomizeError()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty()
            && QStandardPaths::findExecutable(QStringLiteral("kustomize")).isEmpty())
            QSKIP("neither kustomize nor kubectl is on PATH");
        RenderRequest req;
        req.files.insert(QStringLiteral("app/kustomization.yaml"), "resources:\n- missing.yaml\n");
        req.path = QStringLiteral("app");
        const RenderResult r = Renderer::render(req);
        QVERIFY(r.failure);
        QVERIFY2(r.failure->message.contains(QStringLiteral("failed (exit code")), qPrintable(r.failure->message));
        QVERIFY2(r.failure->cause.contains(QStringLiteral("missing.yaml")), qPrintable(r.failure->cause));
        QVERIFY(!r.failure->cause.contains(QStringLiteral("/tmp/")));
        QCOMPARE(r.manifests.errors.size(), 1);
        QCOMPARE(r.manifests.errors[0].filePath, QStringLiteral("app/kustomization.yaml"));
    }

    void kustomizeTimeout()
    {
        QTemporaryDir bin;
        const QString slow = bin.filePath(QStringLiteral("kustomize"));
        QFile f(slow);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nexec sleep 30\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        RenderRequest req;
        req.files.insert(QStringLiteral("kustomization.yaml"), "resources: []\n");
        req.kustomizeProgram = slow;
        req.timeoutMs = 300;
        const RenderResult r = Renderer::render(req);
        QVERIFY(r.failure);
        QCOMPARE(r.failure->message, QStringLiteral("kustomize did not finish within 0.3 seconds"));
    }

    void helmUnavailable()
    {
        if (!QStandardPaths::findExecutable(QStringLiteral("helm")).isEmpty())
            QSKIP("helm is installed: the unavailable case cannot be observed");
        RenderRequest req;
        req.files.insert(QStringLiteral("chart/Chart.yaml"), "apiVersion: v2\nname: x\nversion: 1.0.0\n");
        req.files.insert(QStringLiteral("chart/templates/cm.yaml"), configMap("{{ .Release.Name }}"));
        req.path = QStringLiteral("chart");
        const RenderResult r = Renderer::render(req);
        QCOMPARE(r.renderer, RendererKind::Helm);
        QVERIFY(r.failure);
        QCOMPARE(r.failure->message, QStringLiteral("renderer unavailable: helm not found"));
        QVERIFY(r.manifests.objects.isEmpty());
        QCOMPARE(r.manifests.errors.size(), 1);
        QCOMPARE(r.manifests.errors[0].filePath, QStringLiteral("chart/Chart.yaml"));
    }

    // helm is not installed on the build machines: a stand-in checks the command line and
    // that its output is read like `helm template`'s.
    void helmTemplateCommandLine()
    {
        QTemporaryDir bin;
        const QString fake = bin.filePath(QStringLiteral("helm"));
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n"
                "test \"$1\" = template || exit 3\n"
                "test -f \"$3/Chart.yaml\" || { echo \"no chart in $3\" >&2; exit 4; }\n"
                "printf -- '---\\n# Source: x/templates/cm.yaml\\napiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: %s-cm\\n  namespace: %s\\n' \"$2\" \"$5\"\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        RenderRequest req;
        req.files.insert(QStringLiteral("charts/web/Chart.yaml"), "apiVersion: v2\nname: web\nversion: 1.0.0\n");
        req.path = QStringLiteral("charts/web");
        req.helmProgram = fake;
        req.helmNamespace = QStringLiteral("shop");
        RenderResult r = Renderer::render(req);
        QVERIFY2(!r.failure, qPrintable(r.failure ? r.failure->fullText() : QString()));
        QCOMPARE(r.renderer, RendererKind::Helm);
        QCOMPARE(r.tool, QStringLiteral("helm"));
        QCOMPARE(r.manifests.objects.size(), 1);
        QCOMPARE(r.manifests.objects[0].key.name, QStringLiteral("web-cm")); // release name defaults to the folder
        QCOMPARE(r.manifests.objects[0].key.ns, QStringLiteral("shop"));
        QCOMPARE(r.manifests.objects[0].origin.filePath, QStringLiteral("charts/web/Chart.yaml"));

        // The tool's own error is shown.
        req.helmNamespace.clear();
        req.releaseName = QStringLiteral("rel");
        QFile::remove(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho 'Error: parse error at (web/templates/x.yaml:3): bad' >&2\nexit 1\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        r = Renderer::render(req);
        QVERIFY(r.failure);
        QCOMPARE(r.failure->message, QStringLiteral("helm failed (exit code 1)"));
        QCOMPARE(r.failure->cause, QStringLiteral("Error: parse error at (web/templates/x.yaml:3): bad"));
    }

    void unsupported()
    {
        RenderRequest req;
        req.files.insert(QStringLiteral("app/main.jsonnet"), "{}");
        req.path = QStringLiteral("app");
        QCOMPARE(Renderer::detect(req.files, req.path), RendererKind::Unsupported);
        QCOMPARE(Renderer::render(req).failure->message, QStringLiteral("unsupported renderer: jsonnet"));
        req.kind = RendererKind::Unsupported;
        req.unsupportedName = QStringLiteral("plugin argocd-vault-plugin");
        QCOMPARE(Renderer::render(req).failure->message, QStringLiteral("unsupported renderer: plugin argocd-vault-plugin"));
    }

    void loadAndMaterialise()
    {
        QTemporaryDir dir;
        FileMap files;
        files.insert(QStringLiteral("a/b/c.yaml"), configMap("c"));
        files.insert(QStringLiteral(".sourceignore"), "x\n");
        QVERIFY(Renderer::materialise(files, dir.path()).ok());
        auto loaded = Renderer::loadDirectory(dir.path());
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded, files);
        QVERIFY(!Renderer::loadDirectory(dir.filePath(QStringLiteral("nope"))).ok());
    }

    void podinfoOverlays_data()
    {
        QTest::addColumn<QString>("overlay");
        QTest::newRow("dev") << QStringLiteral("dev");
        QTest::newRow("staging") << QStringLiteral("staging");
        QTest::newRow("production") << QStringLiteral("production");
    }

    void podinfoOverlays()
    {
        QFETCH(QString, overlay);
        const QString root = fixtures() + QStringLiteral("/podinfo");
        if (!QDir(root).exists())
            QSKIP("../shared/fixtures/podinfo is not present");
        if (QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty()
            && QStandardPaths::findExecutable(QStringLiteral("kustomize")).isEmpty())
            QSKIP("neither kustomize nor kubectl is on PATH");
        auto files = Renderer::loadDirectory(root);
        QVERIFY(files.ok());
        RenderRequest req;
        req.files = *files;
        req.path = QStringLiteral("deploy/overlays/") + overlay;
        const RenderResult r = Renderer::render(req);
        QVERIFY2(!r.failure, qPrintable(r.failure ? r.failure->fullText() : QString()));
        QVERIFY(r.manifests.errors.isEmpty());
        QCOMPARE(r.manifests.objects.size(), 25);
        QSet<QString> kinds;
        for (const auto &o : r.manifests.objects)
            kinds.insert(o.key.kind);
        for (const char *k : {"Deployment", "StatefulSet", "HorizontalPodAutoscaler", "CronJob", "PersistentVolumeClaim", "ConfigMap"})
            QVERIFY2(kinds.contains(QString::fromLatin1(k)), k);
        // Every object points at the base file that declares it, or at a kustomization
        // (generators); none keeps the origin annotation.
        for (const auto &o : r.manifests.objects) {
            QVERIFY2(o.origin.filePath.startsWith(QStringLiteral("deploy/")), qPrintable(o.origin.filePath));
            QVERIFY2(files->contains(o.origin.filePath), qPrintable(o.origin.filePath));
            const auto &meta = o.object->at("metadata");
            QVERIFY(!meta.contains("annotations") || !meta.at("annotations").contains("config.kubernetes.io/origin"));
            if (o.hasSourceRange())
                QCOMPARE(files->value(o.origin.filePath).mid(o.byteStart, o.byteEnd - o.byteStart), o.rawText);
        }
    }

    void argoExamples()
    {
        const QString root = fixtures() + QStringLiteral("/argocd-example-apps");
        if (!QDir(root).exists())
            QSKIP("../shared/fixtures/argocd-example-apps is not present");
        auto files = Renderer::loadDirectory(root);
        QVERIFY(files.ok());
        RenderRequest req;
        req.files = *files;
        req.path = QStringLiteral("jsonnet-guestbook");
        QCOMPARE(Renderer::render(req).failure->message, QStringLiteral("unsupported renderer: jsonnet"));
        req.path = QStringLiteral("guestbook");
        const RenderResult plain = Renderer::render(req);
        QVERIFY(!plain.failure);
        QCOMPARE(plain.manifests.objects.size(), 2);
        if (QStandardPaths::findExecutable(QStringLiteral("helm")).isEmpty()) {
            req.path = QStringLiteral("helm-guestbook");
            QCOMPARE(Renderer::render(req).failure->message, QStringLiteral("renderer unavailable: helm not found"));
        }
    }
};

QTEST_GUILESS_MAIN(TestRenderer)
#include "tst_renderer.moc"
