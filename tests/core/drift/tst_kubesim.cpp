// SPDX-License-Identifier: GPL-3.0-or-later
// Against kube-sim in process: manifests applied server-side as the GitOps manager must compare
// Synced (no false drift from defaults, canonical quantities, server metadata); the real GitOps
// fixtures too when ../shared/fixtures is present. Then mutations through kube-sim by other
// managers must show exactly and be attributed from kube-sim's managedFields.
#include "core/drift/comparer.h"

#include "testutil.h"

#include "cluster.h"
#include "yamlloader.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::drift;
using nlohmann::json;

namespace {

constexpr const char *kManager = "kustomize-controller";

QString fixturesDir()
{
    return QDir::cleanPath(QStringLiteral(DRIFTDECK_SOURCE_DIR "/../shared/fixtures"));
}

std::vector<json> parseYaml(const QByteArray &text)
{
    std::string error;
    std::vector<json> docs = kubesim::YamlLoader::parseAll(text.toStdString(), &error);
    if (!error.empty())
        qWarning("YAML: %s", error.c_str());
    return docs;
}

QByteArray kustomize(const QString &dir)
{
    QProcess p;
    p.start(QStringLiteral("kubectl"), {QStringLiteral("kustomize"), dir});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

struct Applied
{
    json desired;
    json live;
};

// Applies every document as the GitOps manager and reads it back.
std::vector<Applied> applyAll(kubesim::Cluster &cluster, const std::vector<json> &docs, QStringList &skipped)
{
    std::vector<Applied> out;
    for (const json &doc : docs) {
        if (!doc.is_object() || !doc.contains("metadata") || !doc["metadata"].contains("name")) {
            skipped << QStringLiteral("(no name)");
            continue;
        }
        const kubesim::Reply r = cluster.applyObject(doc, kManager, true, true);
        const QString what = QString::fromStdString(doc.value("kind", std::string()) + "/"
                                                    + doc["metadata"].value("name", std::string()));
        if (r.code >= 300) {
            skipped << what + u" (" + QString::number(r.code) + u')';
            continue;
        }
        out.push_back({doc, r.body});
    }
    return out;
}

QString describe(const QList<FieldChange> &changes)
{
    QStringList lines;
    for (const FieldChange &c : changes)
        lines << c.field + u": " + c.gitValue + u" -> " + c.liveValue;
    return lines.join(u"; ");
}

} // namespace

class TestKubeSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshApplyIsSynced_data();
    void freshApplyIsSynced();
    void mutationsByOtherManagers();
};

void TestKubeSim::freshApplyIsSynced_data()
{
    QTest::addColumn<QString>("source"); // "file:<path>" or "kustomize:<dir>"
    QTest::addColumn<bool>("fixture");
    QTest::newRow("every built-in kind") << QStringLiteral("file:" DRIFTDECK_SOURCE_DIR "/tests/core/drift/data/builtin-kinds.yaml")
                                         << false;
    const QString f = fixturesDir();
    QTest::newRow("podinfo production") << u"kustomize:"_qs + f + u"/podinfo/deploy/overlays/production"_qs << true;
    QTest::newRow("podinfo staging") << u"kustomize:"_qs + f + u"/podinfo/deploy/overlays/staging"_qs << true;
    QTest::newRow("podinfo dev") << u"kustomize:"_qs + f + u"/podinfo/deploy/overlays/dev"_qs << true;
    QTest::newRow("podinfo kustomize") << u"kustomize:"_qs + f + u"/podinfo/kustomize"_qs << true;
    QTest::newRow("argocd guestbook") << u"file:"_qs + f + u"/argocd-example-apps/guestbook/guestbook-ui-deployment.yaml"_qs << true;
    QTest::newRow("argocd guestbook svc") << u"file:"_qs + f + u"/argocd-example-apps/guestbook/guestbook-ui-svc.yaml"_qs << true;
    QTest::newRow("argocd kustomize-guestbook") << u"kustomize:"_qs + f + u"/argocd-example-apps/kustomize-guestbook"_qs << true;
    QTest::newRow("argocd sock-shop") << u"kustomize:"_qs + f + u"/argocd-example-apps/sock-shop"_qs << true;
    QTest::newRow("argocd sync-waves") << u"file:"_qs + f + u"/argocd-example-apps/sync-waves/manifests.yaml"_qs << true;
}

void TestKubeSim::freshApplyIsSynced()
{
    QFETCH(QString, source);
    QFETCH(bool, fixture);
    if (fixture && !QDir(fixturesDir()).exists())
        QSKIP("../shared/fixtures is not present");
    QByteArray text;
    if (source.startsWith(u"file:")) {
        QFile file(source.mid(5));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(source));
        text = file.readAll();
    } else {
        text = kustomize(source.mid(10));
        if (text.isEmpty())
            QSKIP("kubectl kustomize is not available or failed");
    }
    const std::vector<json> docs = parseYaml(text);
    QVERIFY(!docs.empty());

    kubesim::Cluster cluster(1000);
    cluster.bootstrap();
    QStringList skipped;
    const std::vector<Applied> applied = applyAll(cluster, docs, skipped);
    if (!fixture)
        QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u", ")));
    QVERIFY(!applied.empty());
    qInfo("%zu objects applied; not served by kube-sim: %s", applied.size(),
          skipped.isEmpty() ? "none" : qPrintable(skipped.join(u", ")));

    const Comparer comparer;
    QStringList drifted;
    for (const Applied &a : applied) {
        const CompareResult r = comparer.compare(a.desired, a.live);
        if (r.state != SyncState::Synced)
            drifted << Comparer::keyOf(a.live).displayName() + u": " + describe(r.changes);
    }
    QVERIFY2(drifted.isEmpty(), qPrintable(drifted.join(u"\n")));
}

void TestKubeSim::mutationsByOtherManagers()
{
    QFile file(QStringLiteral(DRIFTDECK_SOURCE_DIR "/tests/core/drift/data/builtin-kinds.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    kubesim::Cluster cluster(1000);
    cluster.bootstrap();
    QStringList skipped;
    const std::vector<json> docs = parseYaml(file.readAll());
    applyAll(cluster, docs, skipped);
    const json *git = nullptr;
    for (const json &d : docs) {
        if (d["kind"] == "Deployment")
            git = &d;
    }
    QVERIFY(git);
    const auto type = cluster.registry().findKind("apps/v1", "Deployment");
    QVERIFY(type.has_value());

    kubesim::WriteContext edit;
    edit.manager = "kubectl-edit";
    const kubesim::Reply patched = cluster.patch(
        *type, "shop", "web", "application/strategic-merge-patch+json",
        R"({"metadata":{"labels":{"owner":"alice"}},"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.28"}]}}}})",
        edit);
    QVERIFY2(patched.code < 300, patched.body.dump().c_str());

    const json live = cluster.get(*type, "shop", "web").body;
    const CompareResult r = Comparer().compare(*git, live);
    QCOMPARE(r.state, SyncState::Drifted);
    QCOMPARE(r.changes.size(), 2);
    QCOMPARE(r.changes[0].field, u"metadata.labels.owner"_qs);
    QCOMPARE(r.changes[0].op, FieldChange::Op::Add);
    QCOMPARE(r.changes[0].liveValue, u"alice"_qs);
    QCOMPARE(r.changes[0].manager, u"kubectl-edit"_qs);
    QCOMPARE(r.changes[0].operation, u"Update"_qs);
    QVERIFY(r.changes[0].time.isValid());
    QCOMPARE(r.changes[1].field, u"spec.template.spec.containers[name=web].image"_qs);
    QCOMPARE(r.changes[1].gitValue, u"nginx:1.27"_qs);
    QCOMPARE(r.changes[1].liveValue, u"nginx:1.28"_qs);
    QCOMPARE(r.changes[1].manager, u"kubectl-edit"_qs);

    // Exact mode: a server-side apply dry-run of Git as the GitOps manager gives the same answer.
    kubesim::WriteContext dryRun;
    dryRun.manager = kManager;
    dryRun.dryRun = true;
    dryRun.force = true;
    const kubesim::Reply predicted =
        cluster.patch(*type, "shop", "web", "application/apply-patch+yaml", git->dump(), dryRun);
    QVERIFY2(predicted.code < 300, predicted.body.dump().c_str());
    QVERIFY(cluster.get(*type, "shop", "web").body == live); // a dry run changes nothing
    const CompareResult exact = Comparer().compareExact(predicted.body, live);
    QCOMPARE(exact.changes, r.changes);

    // The HPA's replicas through the scale subresource, ignored by a manager rule.
    kubesim::WriteContext hpa;
    hpa.manager = "kube-controller-manager";
    hpa.subresource = "scale";
    const kubesim::Reply scaled = cluster.patch(*type, "shop", "web", "application/merge-patch+json",
                                                R"({"spec":{"replicas":4}})", hpa);
    QVERIFY2(scaled.code < 300, scaled.body.dump().c_str());
    const json scaledLive = cluster.get(*type, "shop", "web").body;
    const CompareResult withScale = Comparer().compare(*git, scaledLive);
    QCOMPARE(withScale.changes.size(), 3);
    QCOMPARE(withScale.changes[1].field, u"spec.replicas"_qs);
    QCOMPARE(withScale.changes[1].manager, u"kube-controller-manager"_qs);
    CompareOptions options;
    IgnoreRule rule;
    rule.managers = {u"kube-controller-manager"_qs};
    options.ignoreRules = {rule};
    QCOMPARE(Comparer(options).compare(*git, scaledLive).changes.size(), 2);
}

QTEST_GUILESS_MAIN(TestKubeSim)
#include "tst_kubesim.moc"
