// SPDX-License-Identifier: GPL-3.0-or-later
// The Flux layout of ../shared/fixtures/flux2-kustomize-helm-example created in kube-sim with
// the real kubectl, listed back as the API serves it, then mapped to sources.
#include "sim/kube/kubesim.h"

#include "core/workspace/sourcediscovery.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::workspace;
using nlohmann::json;

namespace {

// Minimal CRDs (schemaless) for the Flux kinds the fixture uses; the fixture's
// gotk-components.yaml is a placeholder that `flux bootstrap` fills.
QByteArray crd(const char *group, const char *kind, const char *plural, const char *version = "v1")
{
    return QByteArray("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: ") + plural + "." + group
        + "\nspec:\n  group: " + group + "\n  scope: Namespaced\n  names:\n    kind: " + kind + "\n    plural: " + plural
        + "\n    singular: " + QByteArray(kind).toLower() + "\n    listKind: " + kind + "List\n  versions:\n"
          "  - name: " + QByteArray(version) + "\n    served: true\n    storage: true\n    schema:\n      openAPIV3Schema:\n        type: object\n"
          "        x-kubernetes-preserve-unknown-fields: true\n---\n";
}

} // namespace

class TestDiscoveryKubeSim : public QObject
{
    Q_OBJECT
private:
    QString m_kubectl;
    QString m_kubeconfig;
    QTemporaryDir m_dir;
    std::unique_ptr<kubesim::Server> m_sim;

    QByteArray kubectl(const QStringList &args, int *exitCode = nullptr)
    {
        QProcess p;
        p.start(m_kubectl, QStringList{QStringLiteral("--kubeconfig"), m_kubeconfig} + args);
        if (!p.waitForFinished(60000))
            return {};
        if (exitCode)
            *exitCode = p.exitCode();
        if (p.exitCode() != 0)
            qWarning("kubectl %s: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is not on PATH");
        if (!QDir(QStringLiteral(DRIFTDECK_SOURCE_DIR "/../shared/fixtures/flux2-kustomize-helm-example")).exists())
            QSKIP("../shared/fixtures/flux2-kustomize-helm-example is not present");
        m_sim = std::make_unique<kubesim::Server>(kubesim::Options{});
        std::string error;
        QVERIFY2(m_sim->start(&error), error.c_str());
        m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(m_sim->writeKubeconfig(m_kubeconfig.toStdString(), "sim"));
    }

    void cleanupTestCase()
    {
        if (m_sim)
            m_sim->stop();
    }

    void fluxLayoutFromTheApi()
    {
        const QString root = QStringLiteral(DRIFTDECK_SOURCE_DIR "/../shared/fixtures/flux2-kustomize-helm-example");
        QFile crds(m_dir.filePath(QStringLiteral("crds.yaml")));
        QVERIFY(crds.open(QIODevice::WriteOnly));
        crds.write(crd("kustomize.toolkit.fluxcd.io", "Kustomization", "kustomizations")
                   + crd("source.toolkit.fluxcd.io", "GitRepository", "gitrepositories")
                   + crd("source.extensions.fluxcd.io", "ArtifactGenerator", "artifactgenerators", "v1beta1")
                   + "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: flux-system\n");
        crds.close();
        int rc = -1;
        kubectl({QStringLiteral("apply"), QStringLiteral("-f"), crds.fileName()}, &rc);
        QCOMPARE(rc, 0);

        // What bootstrap creates, then the cluster's own files.
        QFile boot(m_dir.filePath(QStringLiteral("bootstrap.yaml")));
        QVERIFY(boot.open(QIODevice::WriteOnly));
        boot.write("apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: flux-system\n  namespace: flux-system\n"
                   "spec:\n  url: https://github.com/fluxcd/flux2-kustomize-helm-example\n  ref:\n    branch: main\n---\n"
                   "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: flux-system\n  namespace: flux-system\n"
                   "spec:\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  path: ./clusters/staging\n");
        boot.close();
        kubectl({QStringLiteral("apply"), QStringLiteral("-f"), boot.fileName()}, &rc);
        QCOMPARE(rc, 0);
        for (const char *f : {"apps.yaml", "infrastructure.yaml", "artifacts.yaml"}) {
            kubectl({QStringLiteral("apply"), QStringLiteral("-f"), root + QStringLiteral("/clusters/staging/") + QString::fromLatin1(f)}, &rc);
            QCOMPARE(rc, 0);
        }

        // List them back as a client would, and discover.
        std::vector<json> objects;
        for (const char *resource : {"kustomizations.kustomize.toolkit.fluxcd.io", "gitrepositories.source.toolkit.fluxcd.io",
                                     "artifactgenerators.source.extensions.fluxcd.io"}) {
            const QByteArray out = kubectl({QStringLiteral("get"), QString::fromLatin1(resource), QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json")}, &rc);
            QCOMPARE(rc, 0);
            const json list = json::parse(out.toStdString());
            for (const auto &item : list.at("items"))
                objects.push_back(item);
        }
        QCOMPARE(objects.size(), size_t(6));

        const auto result = SourceDiscovery::discover(objects);
        QVERIFY(result.unsupported.isEmpty());
        QCOMPARE(result.sources.size(), 4);
        QStringList got;
        for (const auto &s : result.sources) {
            QVERIFY2(s.problems.isEmpty(), qPrintable(s.name + u": " + s.problems.join(u';')));
            QCOMPARE(s.repository, QStringLiteral("https://github.com/fluxcd/flux2-kustomize-helm-example"));
            QCOMPARE(s.branch, QStringLiteral("main"));
            got.append(s.name + u'=' + s.path);
        }
        QCOMPARE(got, (QStringList{QStringLiteral("flux:flux-system/apps=apps/staging"),
                                   QStringLiteral("flux:flux-system/flux-system=clusters/staging"),
                                   QStringLiteral("flux:flux-system/infra-configs=infrastructure/configs"),
                                   QStringLiteral("flux:flux-system/infra-controllers=infrastructure/controllers")}));
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryKubeSim)
#include "tst_discoverykubesim.moc"
