// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/manifestparser.h"
#include "core/manifest/renderer.h"
#include "core/workspace/sourcediscovery.h"

#include "discoveryobjects.h"

#include <QDir>
#include <QDirIterator>
#include <QStandardPaths>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::workspace;
using nlohmann::json;

namespace {

const SourceSpec *byName(const QList<SourceSpec> &sources, const QString &name)
{
    for (const auto &s : sources)
        if (s.name == name)
            return &s;
    return nullptr;
}

QString fixture()
{
    return QStringLiteral(DRIFTDECK_SOURCE_DIR "/../shared/fixtures/flux2-kustomize-helm-example");
}

} // namespace

class TestSourceDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fluxGitRepository()
    {
        const std::vector<json> objects = fluxObjects();
        const auto result = SourceDiscovery::discover(objects);
        QCOMPARE(result.sources.size(), 3);
        const SourceSpec *apps = byName(result.sources, QStringLiteral("flux:flux-system/apps"));
        QVERIFY(apps);
        QCOMPARE(apps->repository, QStringLiteral("https://github.com/acme/fleet"));
        QCOMPARE(apps->branch, QStringLiteral("main"));
        QVERIFY(apps->revision.isEmpty());
        QCOMPARE(apps->path, QStringLiteral("apps/production"));
        QCOMPARE(apps->targetNamespace, QStringLiteral("shop"));
        QCOMPARE(apps->appliedRevision, kSha1); // the cluster runs 1111…, the branch is at 2222…
        QCOMPARE(apps->tracking, Tracking::Flux);
        QCOMPARE(apps->trackingId, QStringLiteral("flux-system/apps"));
        QCOMPARE(apps->discoveredFrom, QStringLiteral("Kustomization/flux-system/apps"));
        QVERIFY(apps->suspended);
        QVERIFY(apps->problems.isEmpty());

        const SourceSpec *orphan = byName(result.sources, QStringLiteral("flux:team/orphan"));
        QCOMPARE(orphan->problems, QStringList{QStringLiteral("GitRepository team/gone was not found")});

        const SourceSpec *team = byName(result.sources, QStringLiteral("flux:team/team"));
        QCOMPARE(team->revision, QStringLiteral("v1.2.0")); // a tag wins over the branch
        QVERIFY(team->branch.isEmpty());
        QCOMPARE(team->path, QString());

        QCOMPARE(result.unsupported,
                 QStringList{QStringLiteral("Kustomization/flux-system/oci: source OCIRepository flux-system/manifests is not a Git repository")});
    }

    void argoApplications()
    {
        const std::vector<json> objects = argoObjects();
        const auto result = SourceDiscovery::discover(objects);
        QCOMPARE(result.sources.size(), 5);
        const SourceSpec *g = byName(result.sources, QStringLiteral("argocd:argocd/guestbook"));
        QVERIFY(g);
        QCOMPARE(g->repository, QStringLiteral("https://github.com/argoproj/argocd-example-apps"));
        QVERIFY(g->branch.isEmpty()); // HEAD: the remote's default branch
        QCOMPARE(g->path, QStringLiteral("guestbook"));
        QCOMPARE(g->targetNamespace, QStringLiteral("guestbook"));
        QCOMPARE(g->appliedRevision, kSha1);
        QCOMPARE(g->tracking, Tracking::ArgoCd);
        QCOMPARE(g->trackingId, QStringLiteral("guestbook"));
        QVERIFY(!g->recurse);

        const SourceSpec *k = byName(result.sources, QStringLiteral("argocd:argocd/multi#0"));
        QCOMPARE(k->renderer, manifest::RendererKind::Kustomize);
        QCOMPARE(k->branch, QStringLiteral("release-1"));
        QCOMPARE(k->appliedRevision, kSha1);
        const SourceSpec *h = byName(result.sources, QStringLiteral("argocd:argocd/multi#1"));
        QCOMPARE(h->renderer, manifest::RendererKind::Helm);
        QCOMPARE(h->revision, kSha2);
        QCOMPARE(h->appliedRevision, kSha2);
        const SourceSpec *d = byName(result.sources, QStringLiteral("argocd:argocd/multi#2"));
        QCOMPARE(d->renderer, manifest::RendererKind::Plain);
        QVERIFY(d->recurse);
        const SourceSpec *p = byName(result.sources, QStringLiteral("argocd:argocd/multi#3"));
        QCOMPARE(p->renderer, manifest::RendererKind::Unsupported);
        QCOMPARE(p->unsupportedRenderer, QStringLiteral("plugin argocd-vault-plugin"));
        QCOMPARE(result.unsupported,
                 QStringList{QStringLiteral("Application/argocd/multi: chart redis comes from a Helm repository, not Git")});
    }

    void commitOfRevision_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("sha");
        QTest::newRow("flux v1") << QStringLiteral("main@sha1:") + kSha1 << kSha1;
        QTest::newRow("flux legacy") << QStringLiteral("main/") + kSha1 << QString();
        QTest::newRow("argo") << kSha2 << kSha2;
        QTest::newRow("tag") << QStringLiteral("v1.0.0@sha1:") + kSha2 << kSha2;
        QTest::newRow("none") << QStringLiteral("main") << QString();
    }

    void commitOfRevision()
    {
        QFETCH(QString, revision);
        QFETCH(QString, sha);
        QCOMPARE(workspace::commitOfRevision(revision), sha);
    }

    // The objects of ../shared/fixtures/flux2-kustomize-helm-example/clusters/staging as a
    // cluster holds them after bootstrap (plus the GitRepository that bootstrap creates).
    void fluxExampleLayout_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::newRow("staging") << QStringLiteral("staging");
        QTest::newRow("production") << QStringLiteral("production");
    }

    void fluxExampleLayout()
    {
        QFETCH(QString, cluster);
        const QString root = fixture();
        if (!QDir(root).exists())
            QSKIP("../shared/fixtures/flux2-kustomize-helm-example is not present");
        std::vector<json> objects;
        QDirIterator it(root + QStringLiteral("/clusters/") + cluster, {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.endsWith(QStringLiteral("gotk-components.yaml")) || file.endsWith(QStringLiteral("/kustomization.yaml")))
                continue;
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto set = manifest::ManifestParser::parse(f.readAll(), manifest::SourceOrigin{{}, {}, file});
            QVERIFY(set.errors.isEmpty());
            for (const auto &o : set.objects) {
                json obj = *o.object;
                if (o.key.kind == u"Kustomization")
                    obj["status"]["lastAppliedRevision"] = "main@sha1:" + kSha1.toStdString();
                objects.push_back(obj);
            }
        }
        addBootstrapObjects(objects, cluster);

        const auto result = SourceDiscovery::discover(objects);
        QVERIFY(result.unsupported.isEmpty());
        QStringList names;
        for (const auto &s : result.sources)
            names.append(s.name);
        QCOMPARE(names, (QStringList{QStringLiteral("flux:flux-system/apps"), QStringLiteral("flux:flux-system/flux-system"),
                                     QStringLiteral("flux:flux-system/infra-configs"), QStringLiteral("flux:flux-system/infra-controllers")}));
        const auto expectPath = [&](const char *name, const QString &path) {
            const SourceSpec *s = byName(result.sources, QString::fromLatin1(name));
            QVERIFY(s);
            QVERIFY2(s->problems.isEmpty(), qPrintable(s->problems.join(u';')));
            QCOMPARE(s->repository, QStringLiteral("https://github.com/fluxcd/flux2-kustomize-helm-example"));
            QCOMPARE(s->branch, QStringLiteral("main"));
            QCOMPARE(s->path, path);
            QCOMPARE(s->appliedRevision, QString::fromLatin1(name) == u"flux:flux-system/flux-system" ? QString() : kSha1);
        };
        expectPath("flux:flux-system/apps", QStringLiteral("apps/") + cluster);
        expectPath("flux:flux-system/infra-controllers", QStringLiteral("infrastructure/controllers"));
        expectPath("flux:flux-system/infra-configs", QStringLiteral("infrastructure/configs"));
        expectPath("flux:flux-system/flux-system", QStringLiteral("clusters/") + cluster);

        // The discovered path renders from the repository as kustomize-controller would.
        if (QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty())
            return;
        auto files = manifest::Renderer::loadDirectory(root);
        QVERIFY(files.ok());
        manifest::RenderRequest req;
        req.files = *files;
        req.path = byName(result.sources, QStringLiteral("flux:flux-system/apps"))->path;
        const auto rendered = manifest::Renderer::render(req);
        QVERIFY2(!rendered.failure, qPrintable(rendered.failure ? rendered.failure->fullText() : QString()));
        QStringList kinds;
        for (const auto &o : rendered.manifests.objects)
            kinds.append(o.key.kind + u'/' + o.key.name);
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("HelmRelease/podinfo"), QStringLiteral("HelmRepository/podinfo"),
                                     QStringLiteral("Namespace/podinfo")}));
    }
};

QTEST_GUILESS_MAIN(TestSourceDiscovery)
#include "tst_sourcediscovery.moc"
