// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/workspace.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::workspace;

namespace {

const char kFile[] = R"(apiVersion: driftdeck.io/v1alpha1
kind: Workspace
clusters:
  - name: production
    context: prod-admin
    kubeconfig: kube/prod.yaml
    sources: [platform, shop]
  - context: staging
sources:
  - name: platform
    repository: https://git.example/acme/platform.git
    branch: main
    path: clusters/production
    renderer: kustomize
    targetNamespace: platform
    tracking: flux
    intervalSeconds: 120
    credentials:
      tokenEnv: PLATFORM_TOKEN
      caFile: certs/private-ca.pem
  - name: shop
    localPath: ../shop
    revision: "0777"
    path: deploy
    recurse: false
    tracking:
      type: labels
      selector: app.kubernetes.io/part-of=shop
    credentials:
      credentialHelper: false
      sshKey: ~/.ssh/id_ed25519
      sshPassphraseEnv: SHOP_KEY_PASSPHRASE
      knownHostsFile: ~/.ssh/known_hosts_shop
  - name: legacy
    repository: git@git.example:acme/legacy.git
    renderer: jsonnet
)";

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse()
    {
        auto ws = Workspace::parse(kFile, QStringLiteral("/home/u/ws/driftdeck.yaml"), QStringLiteral("/home/u/ws"));
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().fullText()));
        QCOMPARE(ws->clusters.size(), 2);
        const ClusterSpec &prod = ws->clusters[0];
        QCOMPARE(prod.name, QStringLiteral("production"));
        QCOMPARE(prod.context, QStringLiteral("prod-admin"));
        QCOMPARE(prod.kubeconfig, QStringLiteral("/home/u/ws/kube/prod.yaml"));
        QCOMPARE(prod.sources, (QStringList{QStringLiteral("platform"), QStringLiteral("shop")}));
        QCOMPARE(ws->clusters[1].name, QStringLiteral("staging")); // name defaults to the context
        QVERIFY(ws->clusters[1].sources.isEmpty());

        const SourceSpec *platform = ws->source(QStringLiteral("platform"));
        QVERIFY(platform);
        QCOMPARE(platform->repository, QStringLiteral("https://git.example/acme/platform.git"));
        QCOMPARE(platform->branch, QStringLiteral("main"));
        QCOMPARE(platform->wantedRevision(), QStringLiteral("main"));
        QCOMPARE(platform->path, QStringLiteral("clusters/production"));
        QCOMPARE(platform->renderer, manifest::RendererKind::Kustomize);
        QCOMPARE(platform->targetNamespace, QStringLiteral("platform"));
        QCOMPARE(platform->tracking, Tracking::Flux);
        QCOMPARE(platform->intervalSeconds, 120);
        QCOMPARE(platform->tokenEnv, QStringLiteral("PLATFORM_TOKEN"));
        QCOMPARE(platform->caFile, QStringLiteral("/home/u/ws/certs/private-ca.pem")); // relative to the file's folder
        QVERIFY(platform->credentialHelper);

        const SourceSpec *shop = ws->source(QStringLiteral("shop"));
        QCOMPARE(shop->repository, QStringLiteral("/home/u/shop"));
        QVERIFY(shop->isLocalPath());
        QCOMPARE(shop->revision, QStringLiteral("0777"));
        QCOMPARE(shop->wantedRevision(), QStringLiteral("0777"));
        QVERIFY(!shop->recurse);
        QCOMPARE(shop->tracking, Tracking::Labels);
        QCOMPARE(shop->labelSelector, QStringLiteral("app.kubernetes.io/part-of=shop"));
        QVERIFY(!shop->credentialHelper);
        QCOMPARE(shop->sshKey, QDir::homePath() + QStringLiteral("/.ssh/id_ed25519"));
        QCOMPARE(shop->sshPassphraseEnv, QStringLiteral("SHOP_KEY_PASSPHRASE"));
        QCOMPARE(shop->knownHostsFile, QDir::homePath() + QStringLiteral("/.ssh/known_hosts_shop"));
        QVERIFY(shop->caFile.isEmpty());

        const SourceSpec *legacy = ws->source(QStringLiteral("legacy"));
        QCOMPARE(legacy->repository, QStringLiteral("git@git.example:acme/legacy.git"));
        QCOMPARE(legacy->renderer, manifest::RendererKind::Unsupported);
        QCOMPARE(legacy->unsupportedRenderer, QStringLiteral("jsonnet"));

        QCOMPARE(ws->sourcesFor(QStringLiteral("production")).size(), 2);
        QCOMPARE(ws->sourcesFor(QStringLiteral("production"))[1].name, QStringLiteral("shop"));
    }

    void roundTrip()
    {
        auto ws = Workspace::parse(kFile, QStringLiteral("a.yaml"), QStringLiteral("/home/u/ws"));
        QVERIFY(ws.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("driftdeck.yaml"));
        QVERIFY(ws->save(path).ok());
        auto again = Workspace::load(path);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().fullText()));
        QCOMPARE(again->clusters, ws->clusters);
        QCOMPARE(again->sources.size(), ws->sources.size());
        for (qsizetype i = 0; i < ws->sources.size(); ++i)
            QVERIFY2(again->sources[i] == ws->sources[i], qPrintable(ws->sources[i].name));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("detail");
        QTest::newRow("invalid yaml") << QByteArray("sources: [\n") << QStringLiteral("a.yaml:");
        QTest::newRow("duplicate key") << QByteArray("sources: []\nsources: []\n") << QStringLiteral("a.yaml:2:1: Duplicate key");
        QTest::newRow("no repository") << QByteArray("sources:\n- name: x\n") << QStringLiteral("sources[0]: give either repository (a URL) or localPath");
        QTest::newRow("both") << QByteArray("sources:\n- name: x\n  repository: https://a/b\n  localPath: c\n")
                              << QStringLiteral("sources[0]: give either repository (a URL) or localPath");
        QTest::newRow("no name") << QByteArray("sources:\n- repository: https://a/b\n") << QStringLiteral("sources[0]: name is required");
        QTest::newRow("same name") << QByteArray("sources:\n- {name: x, repository: https://a/b}\n- {name: x, repository: https://a/c}\n")
                                   << QStringLiteral("sources[1]: the name x is used twice");
        QTest::newRow("branch and revision") << QByteArray("sources:\n- {name: x, repository: https://a/b, branch: main, revision: v1}\n")
                                             << QStringLiteral("sources[0]: give branch or revision, not both");
        QTest::newRow("numeric revision") << QByteArray("sources:\n- {name: x, repository: https://a/b, revision: 0777}\n")
                                          << QStringLiteral("sources[0]: revision must be text (put it in quotes)");
        QTest::newRow("bad tracking") << QByteArray("sources:\n- {name: x, repository: https://a/b, tracking: magic}\n")
                                      << QStringLiteral("sources[0]: tracking must be none, flux, argocd or labels");
        QTest::newRow("labels without selector") << QByteArray("sources:\n- {name: x, repository: https://a/b, tracking: labels}\n")
                                                 << QStringLiteral("sources[0]: label tracking needs a selector");
        QTest::newRow("token in file") << QByteArray("sources:\n- {name: x, repository: https://a/b, credentials: {token: abc}}\n")
                                       << QStringLiteral("sources[0]: do not write tokens into the workspace file; use tokenEnv");
        QTest::newRow("passphrase in file") << QByteArray("sources:\n- {name: x, repository: https://a/b, credentials: {sshPassphrase: abc}}\n")
                                            << QStringLiteral("sources[0]: do not write the SSH key's passphrase into the workspace file; use sshPassphraseEnv");
        QTest::newRow("no context") << QByteArray("clusters:\n- name: c\n") << QStringLiteral("clusters[0]: context is required");
        QTest::newRow("unknown source") << QByteArray("clusters:\n- {context: c, sources: [nope]}\n") << QStringLiteral("clusters[0]: unknown source nope");
        QTest::newRow("wrong kind") << QByteArray("kind: Pod\n") << QStringLiteral("kind must be Workspace");
    }

    void problems()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, detail);
        auto ws = Workspace::parse(yaml, QStringLiteral("a.yaml"), QStringLiteral("/w"));
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().cause.contains(detail), qPrintable(ws.error().cause));
        QVERIFY(!ws.error().message.isEmpty());
    }

    void missingFile()
    {
        auto ws = Workspace::load(QStringLiteral("/nonexistent/driftdeck.yaml"));
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().message, QStringLiteral("Cannot open the workspace file"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
