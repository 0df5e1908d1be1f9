// SPDX-License-Identifier: GPL-3.0-or-later
// Ownership children in the window against kube-sim with its controllers (Deployment ->
// ReplicaSet -> Pod): expanding a Deployment reads its ReplicaSet and Pods with their health,
// live changes (a Pod added, a Pod deleted, a rollout) show up while it is expanded, and the
// selection and expansion stay.
#include "app/appcontroller.h"
#include "app/ownedobjects.h"
#include "core/engine/driftengine.h"
#include "core/kube/kubeclient.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetreemodel.h"
#include "sim/kube/kubesim.h"
#include "views/detailpane.h"
#include "views/mainwindow.h"
#include "views/translations.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <numeric>

using namespace driftdeck;
using models::OwnedObject;
using models::ResourceId;
using models::ResourceTreeModel;

namespace {

constexpr int kTimeout = 60000;

nlohmann::json deployment(int replicas, const std::string &image)
{
    return nlohmann::json{{"apiVersion", "apps/v1"},
                          {"kind", "Deployment"},
                          {"metadata", {{"name", "web"}, {"namespace", "shop"}}},
                          {"spec",
                           {{"replicas", replicas},
                            {"selector", {{"matchLabels", {{"app", "web"}}}}},
                            {"template",
                             {{"metadata", {{"labels", {{"app", "web"}}}}},
                              {"spec", {{"containers", nlohmann::json::array({{{"name", "web"}, {"image", image}}})}}}}}}}};
}

// The owned rows below `parent`: "Kind name Health", children indented, sorted per level.
QStringList ownedLines(const QAbstractItemModel *m, const QModelIndex &parent, int depth = 0)
{
    QList<QPair<QString, QStringList>> rows;
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        const QString line = QString(depth * 2, u' ') + i.data(ResourceTreeModel::KindRole).toString() + u' ' + i.data().toString()
                             + u' ' + m->index(r, ResourceTreeModel::HealthColumn, parent).data().toString();
        rows.append({line, ownedLines(m, i, depth + 1)});
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (const auto &[line, below] : rows)
        out << line << below;
    return out;
}

QStringList childNames(const QAbstractItemModel *m, const QModelIndex &parent)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(parent); ++r)
        out << m->index(r, 0, parent).data().toString();
    out.sort();
    return out;
}

bool allHealthy(const QAbstractItemModel *m, const QModelIndex &parent)
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(ResourceTreeModel::HealthStateRole).toInt() != int(HealthState::Healthy)
            || m->index(r, ResourceTreeModel::HealthColumn, parent).data().toString() != u"Healthy" || !allHealthy(m, i))
            return false;
    }
    return true;
}

} // namespace

class TestOwnedObjects : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<kubesim::Server> m_sim;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DriftdeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ownedobjects"));
        QSettings().clear();
        views::installTranslations(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        kubesim::Options options;
        options.controllers = true;
        m_sim = std::make_unique<kubesim::Server>(options);
        std::string error;
        QVERIFY2(m_sim->start(&error), error.c_str());
        const QString kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig.yaml"));
        QVERIFY(m_sim->writeKubeconfig(kubeconfig.toStdString(), "sim"));
        qputenv("KUBECONFIG", kubeconfig.toLocal8Bit());
        // Git declares the Deployment; Flux applied it.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("platform"))));
        QFile f(m_dir.filePath(QStringLiteral("platform/web.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(deployment(2, "nginx:1.25").dump()));
        f.close();
        const auto stored = m_sim->apply(deployment(2, "nginx:1.25"), "kustomize-controller");
        QVERIFY2(stored.value("kind", "") == "Deployment", stored.dump().c_str());
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        m_sim->stop();
    }

    void paths()
    {
        QCOMPARE(app::OwnedObjectsService::objectPath({QString(), QStringLiteral("Pod"), QStringLiteral("shop"), QStringLiteral("web-1")}),
                 std::string("/api/v1/namespaces/shop/pods/web-1"));
        QCOMPARE(app::OwnedObjectsService::objectPath({QStringLiteral("apps"), QStringLiteral("ReplicaSet"), QStringLiteral("shop"),
                                                       QStringLiteral("web-5d")}),
                 std::string("/apis/apps/v1/namespaces/shop/replicasets/web-5d"));
        QCOMPARE(app::OwnedObjectsService::objectPath({QStringLiteral("batch"), QStringLiteral("Job"), QStringLiteral("ops"),
                                                       QStringLiteral("backup-1")}),
                 std::string("/apis/batch/v1/namespaces/ops/jobs/backup-1"));
        QVERIFY(app::OwnedObjectsService::isChildKind(QString(), QStringLiteral("Pod")));
        QVERIFY(!app::OwnedObjectsService::isChildKind(QString(), QStringLiteral("ConfigMap")));
    }

    void expandingADeploymentShowsItsReplicaSetAndPods()
    {
        app::GuiOptions options;
        options.source = m_dir.filePath(QStringLiteral("platform"));
        app::AppController controller(options);
        const auto started = controller.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().fullText()));
        views::MainWindow window;
        controller.attach(&window);
        window.resize(1280, 800);
        window.show();
        ResourceTreeModel *model = window.model();

        const ResourceId webId{QStringLiteral("sim"), QStringLiteral("command line"),
                               {QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("web")}};
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOf(webId).isValid(), kTimeout);
        const QPersistentModelIndex web = model->indexOf(webId);
        const QPersistentModelIndex kindRow = web.parent();
        // The row has an expand arrow; nothing is read until it is expanded.
        QVERIFY(model->hasChildren(web));
        QCOMPARE(model->rowCount(web), 0);
        QVERIFY(model->watchedOwners().isEmpty());

        QVERIFY(window.selectResource(webId));
        const QPersistentModelIndex proxyWeb = window.filterModel()->mapFromSource(web);
        QVERIFY(proxyWeb.isValid());
        window.treeView()->expand(proxyWeb);
        QTRY_VERIFY_WITH_TIMEOUT(model->watchedOwners() == QList<ResourceId>{webId}, kTimeout);
        // (The testers walk the tree as a view does, so they come after the expansion.)
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(window.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // kube-sim's controllers made one ReplicaSet with two Pods; their health is read from
        // the full objects (they are watched metadata-only).
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(web), 1, kTimeout);
        const QPersistentModelIndex rs = model->index(0, 0, web);
        QCOMPARE(rs.data(ResourceTreeModel::KindRole).toString(), QStringLiteral("ReplicaSet"));
        QVERIFY2(rs.data().toString().startsWith(QStringLiteral("web-")), qPrintable(rs.data().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(rs), 2, kTimeout);
        QTRY_VERIFY2_WITH_TIMEOUT(allHealthy(model, web), qPrintable(ownedLines(model, web).join(u'\n')), kTimeout);
        const QStringList lines = ownedLines(model, web);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], u"ReplicaSet " + rs.data().toString() + u" Healthy");
        for (int i = 1; i < 3; ++i) {
            QVERIFY2(lines[i].startsWith(u"  Pod " + rs.data().toString() + u'-'), qPrintable(lines[i]));
            QVERIFY2(lines[i].endsWith(QStringLiteral(" Healthy")), qPrintable(lines[i]));
        }
        QCOMPARE(QModelIndex(rs).siblingAtColumn(ResourceTreeModel::StateColumn).data().toString(), QStringLiteral("Owned"));
        // Owned objects are not drift results: the Deployment's kind row counts one resource.
        auto countedBelow = [&] {
            const QList<int> counts = kindRow.data(ResourceTreeModel::CountsRole).value<QList<int>>();
            return std::accumulate(counts.begin(), counts.end(), 0);
        };
        QCOMPARE(countedBelow(), 1);

        // Select a Pod; it stays selected through the updates below.
        const QStringList firstPods = childNames(model, rs);
        const QPersistentModelIndex pod = model->index(0, 0, rs);
        const QString podName = pod.data().toString();
        // The kubelet's event about it: the detail pane reads the Pod's events like a resource's.
        const auto event = m_sim->apply(
            nlohmann::json{{"apiVersion", "v1"},
                           {"kind", "Event"},
                           {"metadata", {{"name", podName.toStdString() + ".1"}, {"namespace", "shop"}}},
                           {"involvedObject", {{"apiVersion", "v1"}, {"kind", "Pod"}, {"name", podName.toStdString()}, {"namespace", "shop"}}},
                           {"reason", "Pulled"},
                           {"message", "Container image \"nginx:1.25\" already present on machine"},
                           {"type", "Normal"},
                           {"count", 1},
                           {"lastTimestamp", "2026-11-27T09:41:00Z"},
                           {"source", {{"component", "kubelet"}}}},
            "kubelet");
        QVERIFY2(event.value("kind", "") == "Event", event.dump().c_str());
        window.treeView()->setCurrentIndex(window.filterModel()->mapFromSource(pod));
        auto currentName = [&] { return window.filterModel()->mapToSource(window.treeView()->currentIndex()).data().toString(); };
        QCOMPARE(currentName(), podName);
        // The detail pane: what it is, its health, who owns it; no diff (it is not in Git).
        const QString detail = window.detailPane()->toPlainText();
        QVERIFY2(detail.contains(u"Pod/shop/" + podName), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("Health: Healthy")), qPrintable(detail));
        QVERIFY2(detail.contains(u"Owned by ReplicaSet " + rs.data().toString() + u" ← Deployment/shop/web"), qPrintable(detail));
        QVERIFY(!window.currentResult());
        QTRY_COMPARE_WITH_TIMEOUT(window.detailPane()->events().state, views::ObjectEvents::State::Loaded, kTimeout);
        QCOMPARE(window.detailPane()->events().events.size(), 1);
        QCOMPARE(window.detailPane()->events().events.first().reason, QStringLiteral("Pulled"));
        QVERIFY2(window.detailPane()->toPlainText().contains(QStringLiteral("Pulled Container image")),
                 qPrintable(window.detailPane()->toPlainText()));

        // A third Pod (scaled by hand): it appears under the ReplicaSet.
        auto scaled = m_sim->apply(nlohmann::json{{"apiVersion", "apps/v1"},
                                                  {"kind", "Deployment"},
                                                  {"metadata", {{"name", "web"}, {"namespace", "shop"}}},
                                                  {"spec", {{"replicas", 3}}}},
                                   "kubectl");
        QVERIFY2(scaled.value("kind", "") == "Deployment", scaled.dump().c_str());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(rs), 3, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(allHealthy(model, web), kTimeout);
        QCOMPARE(currentName(), podName);
        QVERIFY(window.treeView()->isExpanded(proxyWeb));
        QVERIFY(window.treeView()->isExpanded(window.filterModel()->mapFromSource(rs)));

        // A Pod deleted in the cluster disappears (its ReplicaSet then makes a new one).
        QString victim;
        for (const QString &name : childNames(model, rs)) {
            if (name != podName) {
                victim = name;
                break;
            }
        }
        const auto client = controller.engine()->client(QStringLiteral("sim"));
        QVERIFY(client);
        kube::ApiRequest del;
        del.method = "DELETE";
        del.path = "/api/v1/namespaces/shop/pods/" + victim.toStdString();
        const kube::ApiResponse deleted = client->request(del);
        QVERIFY2(deleted.ok(), deleted.body.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(!childNames(model, rs).contains(victim), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(rs), 3, kTimeout);
        QVERIFY(childNames(model, rs).contains(podName));
        QCOMPARE(currentName(), podName);
        QVERIFY(pod.isValid());
        QCOMPARE(countedBelow(), 1);

        // A rollout (new image from Git): a second ReplicaSet takes the Pods, the first is emptied.
        const QString oldRs = rs.data().toString();
        auto rolled = m_sim->apply(deployment(3, "nginx:1.26"), "kustomize-controller");
        QVERIFY2(rolled.value("kind", "") == "Deployment", rolled.dump().c_str());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(web), 2, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(rs), 0, kTimeout);
        QModelIndex newRs;
        for (int r = 0; r < model->rowCount(web); ++r) {
            if (model->index(r, 0, web).data().toString() != oldRs)
                newRs = model->index(r, 0, web);
        }
        QVERIFY(newRs.isValid());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(newRs), 3, kTimeout);
        QTRY_VERIFY2_WITH_TIMEOUT(allHealthy(model, web), qPrintable(ownedLines(model, web).join(u'\n')), kTimeout);
        QVERIFY(window.treeView()->isExpanded(proxyWeb));
        QCOMPARE(countedBelow(), 1);

        // Unchecking the cluster drops the rows and the watch.
        QVERIFY(controller.setClusterEnabled(QStringLiteral("sim"), false));
        QVERIFY(model->watchedOwners().isEmpty());
        controller.stop();
    }
};

QTEST_MAIN(TestOwnedObjects)
#include "tst_ownedobjects.moc"
