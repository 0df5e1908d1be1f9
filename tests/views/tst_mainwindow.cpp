// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/comparer.h"
#include "core/drift/sidebysidebuilder.h"
#include "models/clusterlistmodel.h"
#include "models/fieldchangemodel.h"
#include "models/resourcefeeder.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetreemodel.h"
#include "models/statestyle.h"
#include "tests/models/scenario.h"
#include "views/detailpane.h"
#include "views/diffpane.h"
#include "views/diffview.h"
#include "views/emptystatewidget.h"
#include "views/mainwindow.h"
#include "views/resourcetreeview.h"
#include "views/translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QStyleOptionViewItem>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace driftdeck;
using namespace driftdeck::views;
using models::ClusterStatus;
using models::ResourceBatch;
using models::ResourceId;

namespace {

// The diff the engine would compute for the scenario's resources.
drift::SideBySide diffFor(const drift::ResourceResult &r, const drift::SideBySideOptions & = {})
{
    using K = drift::DiffRow::Kind;
    drift::SideBySide d;
    if (r.state == SyncState::Drifted) {
        d.leftText = u"kind: " + r.key.kind + u"\nmetadata:\n  name: " + r.key.name + u"\nspec:\n  replicas: 3";
        d.rightText = u"kind: " + r.key.kind + u"\nmetadata:\n  name: " + r.key.name + u"\nspec:\n  replicas: 5";
        d.rows = {{0, 0, K::Same}, {1, 1, K::Same}, {2, 2, K::Same}, {3, 3, K::Same}, {4, 4, K::Changed}};
    } else {
        d.leftText = u"kind: " + r.key.kind + u"\nmetadata:\n  name: " + r.key.name;
        d.rightText = d.leftText;
        d.rows = {{0, 0, K::Same}, {1, 1, K::Same}, {2, 2, K::Same}};
    }
    return d;
}

// Real diffs from core/drift for the toggles: web's replicas drifted (5 in the cluster); the
// live object also has a field Git does not set, status and managedFields. The Secret's
// password changed in the cluster.
drift::SideBySide realDiff(const drift::ResourceResult &r, const drift::SideBySideOptions &options)
{
    using nlohmann::json;
    json git;
    json live;
    if (r.key.kind == u"Secret") {
        git = json::parse(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"token","namespace":"shop"},
            "stringData":{"password":"hunter2"}})");
        live = json::parse(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"token","namespace":"shop",
            "managedFields":[{"manager":"kubectl-edit","operation":"Update","apiVersion":"v1",
              "fieldsType":"FieldsV1","fieldsV1":{"f:data":{"f:password":{}}}}]},
            "data":{"password":"aHVudGVyMw==","extra":"c2VjcmV0LWV4dHJh"},"type":"Opaque"})");
    } else {
        git = json::parse(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"shop"},
            "spec":{"replicas":3,"selector":{"matchLabels":{"app":"web"}},
              "template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"web","image":"nginx:1.25"}]}}}})");
        live = json::parse(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"shop",
            "uid":"0b1c","resourceVersion":"42","generation":2,
            "managedFields":[{"manager":"kustomize-controller","operation":"Apply","apiVersion":"apps/v1",
              "fieldsType":"FieldsV1","fieldsV1":{"f:spec":{"f:selector":{},"f:template":{}}}},
              {"manager":"kubectl-scale","operation":"Update","apiVersion":"apps/v1",
              "fieldsType":"FieldsV1","fieldsV1":{"f:spec":{"f:replicas":{}}}}]},
            "spec":{"replicas":5,"progressDeadlineSeconds":600,"selector":{"matchLabels":{"app":"web"}},
              "template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"web","image":"nginx:1.25"}]}}},
            "status":{"readyReplicas":5,"observedGeneration":2}})");
    }
    return drift::SideBySideBuilder::build(git, live, drift::Comparer().compare(git, live), options);
}

// Visible resource names below every expanded row of the tree, in view order.
QStringList visibleResources(QTreeView *tree)
{
    QStringList out;
    const QAbstractItemModel *m = tree->model();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            if (i.data(models::ResourceTreeModel::NodeTypeRole).toInt() == int(models::ResourceTreeModel::NodeType::Resource))
                out << i.data().toString();
            walk(i);
        }
    };
    walk({});
    return out;
}

ResourceId webId()
{
    return ResourceId::of(testscenario::mixed().at(0));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DriftdeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        installTranslations(QStringLiteral("en"));
    }

    void opensWithEmptyState()
    {
        MainWindow window;
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isContentReady());
        QCOMPARE(ready.count(), 1);

        auto empty = window.findChild<EmptyStateWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No cluster connected yet"));
        auto body = window.findChild<QLabel *>(QStringLiteral("emptyStateBody"));
        QVERIFY(body->text().contains(QStringLiteral("Connect a cluster")));
        auto connectButton = window.findChild<QPushButton *>(QStringLiteral("connectClusterButton"));
        QVERIFY(connectButton && connectButton->isVisible());
        auto repoButton = window.findChild<QPushButton *>(QStringLiteral("addRepositoryButton"));
        QVERIFY(repoButton && repoButton->isVisible());
        auto status = window.findChild<QLabel *>(QStringLiteral("statusText"));
        QCOMPARE(status->text(), QStringLiteral("No clusters connected"));
    }

    void buttonsEmitRequests()
    {
        MainWindow window;
        window.show();
        QSignalSpy connectSpy(&window, &MainWindow::connectClusterRequested);
        QSignalSpy repoSpy(&window, &MainWindow::addRepositoryRequested);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("connectClusterButton")), Qt::LeftButton);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("addRepositoryButton")), Qt::LeftButton);
        QCOMPARE(connectSpy.count(), 1);
        QCOMPARE(repoSpy.count(), 1);
    }

    void kubeconfigHintShown()
    {
        MainWindow window;
        window.show();
        auto hint = window.findChild<QLabel *>(QStringLiteral("emptyStateHint"));
        QVERIFY(!hint->isVisible());
        window.setKubeconfigHint(QStringLiteral("No kubeconfig found"));
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("No kubeconfig found"));
    }

    void germanTranslationChangesVisibleText()
    {
        MainWindow window;
        window.show();
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        // LanguageChange reaches the window through the event loop.
        QTRY_COMPARE(window.emptyState()->title(), QStringLiteral("Noch kein Cluster verbunden"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusText"))->text(),
                 QStringLiteral("Keine Cluster verbunden"));
        QCOMPARE(models::StateStyle::label(SyncState::Drifted), QStringLiteral("Abgewichen"));
        QCOMPARE(installTranslations(QStringLiteral("ja")), QStringLiteral("ja"));
        QTRY_COMPARE(window.emptyState()->title(), QStringLiteral("まだクラスターが接続されていません"));
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(window.emptyState()->title(), QStringLiteral("No cluster connected yet"));
    }

    void stateIconsExistForEveryState()
    {
        for (SyncState s : kAllSyncStates) {
            const QIcon icon = models::StateStyle::icon(s);
            QVERIFY2(!icon.isNull(), qPrintable(models::StateStyle::iconPath(s)));
            QVERIFY(!icon.pixmap(16, 16).isNull());
        }
        // Each state has its own shape, not only its own colour.
        QSet<QString> paths;
        for (SyncState s : kAllSyncStates)
            paths.insert(models::StateStyle::iconPath(s));
        QCOMPARE(paths.size(), int(kAllSyncStates.size()));
    }

    void contentReadyWaitsForTheFirstComparison()
    {
        MainWindow window;
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.setClusterStatus({QStringLiteral("prod"), ClusterStatus::State::Listing, 10, {}, QDateTime::currentDateTimeUtc()});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The workspace replaces the empty state as soon as a cluster is reported.
        QTRY_VERIFY(window.treeView()->isVisible());
        QVERIFY(!window.emptyState()->isVisible());
        ResourceBatch batch;
        batch.upserts = testscenario::mixed();
        window.feeder()->submit(batch);
        QTRY_COMPARE(window.model()->resourceCount(), 6);
        QVERIFY(!window.isContentReady());
        QCOMPARE(ready.count(), 0);
        window.setClusterStatus({QStringLiteral("prod"), ClusterStatus::State::Live, -1, {}, QDateTime::currentDateTimeUtc()});
        QVERIFY(ready.wait(5000));
        QVERIFY(window.isContentReady());
        QCOMPARE(ready.count(), 1);
        auto status = window.findChild<QLabel *>(QStringLiteral("statusText"));
        QCOMPARE(status->text(), QStringLiteral("Clusters: 1, resources: 6 · Drifted: 1, Missing: 1, Extra: 1, Unknown: 1, Synced: 2"));
        QCOMPARE(window.worstState(), SyncState::Drifted);
        QCOMPARE(window.trayIcon()->toolTip(), u"Driftdeck: " + status->text());
    }

    void resourceActionsEmitRequests()
    {
        MainWindow window;
        window.setDiffProvider(&diffFor);
        window.show();
        ResourceBatch batch;
        batch.upserts = testscenario::mixed();
        window.feeder()->submit(batch);
        QTRY_COMPARE(window.model()->resourceCount(), 6);
        QVERIFY(window.selectResource(webId()));
        QSignalSpy pr(&window, &MainWindow::pullRequestRequested);
        QSignalSpy history(&window, &MainWindow::historyRequested);
        QSignalSpy wall(&window, &MainWindow::wallRequested);
        window.findChild<QAction *>(QStringLiteral("pullRequestAction"))->trigger();
        QCOMPARE(pr.count(), 1);
        const auto selection = pr.at(0).at(0).value<QList<drift::ResourceResult>>();
        QCOMPARE(selection.size(), 1);
        QCOMPARE(selection.first().key.name, QStringLiteral("web"));
        window.findChild<QAction *>(QStringLiteral("historyAction"))->trigger();
        QCOMPARE(history.count(), 1);
        QCOMPARE(history.at(0).at(0).value<drift::ResourceResult>().key.name, QStringLiteral("web"));
        window.findChild<QAction *>(QStringLiteral("wallAction"))->trigger();
        QCOMPARE(wall.count(), 1);
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("pullRequestAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    }

    void selectingADriftedDeploymentShowsItsDiff()
    {
        MainWindow window;
        int provided = 0;
        window.setDiffProvider([&](const drift::ResourceResult &r, const drift::SideBySideOptions &) {
            ++provided;
            return diffFor(r);
        });
        window.show();
        ResourceBatch batch;
        batch.upserts = testscenario::mixed();
        window.feeder()->submit(batch);
        QTRY_COMPARE(window.model()->resourceCount(), 6);
        QVERIFY(window.selectResource(webId()));
        QCOMPARE(provided, 1);
        QVERIFY(window.currentResult());
        QCOMPARE(window.currentResult()->key.name, QStringLiteral("web"));
        DiffView *diff = window.diffView();
        QCOMPARE(diff->rightPane()->toPlainText().split(u'\n').last(), QStringLiteral("  replicas: 5"));
        QCOMPARE(diff->leftPane()->rows().last().kind, DiffPane::RowKind::Changed);
        QCOMPARE(diff->findChild<QLabel *>(QStringLiteral("diffLeftTitle"))->text(), QStringLiteral("Git · apps/shop/web.yaml"));
        QCOMPARE(diff->findChild<QLabel *>(QStringLiteral("diffRightTitle"))->text(), QStringLiteral("Live · prod"));
        auto fields = window.findChild<QTreeView *>(QStringLiteral("fieldList"));
        QCOMPARE(fields->model()->rowCount(), 1);
        QCOMPARE(fields->model()->index(0, models::FieldChangeModel::ManagerColumn).data().toString(), QStringLiteral("kubectl-scale"));
        const QString detail = window.detailPane()->toHtml();
        QVERIFY(detail.contains(QStringLiteral("https://github.com/acme/platform/blob/4f2a9c1e0b7d/apps/shop/web.yaml#L1")));
        QVERIFY(window.detailPane()->toPlainText().contains(QStringLiteral("apps/shop/web.yaml:1 at 4f2a9c1e0b7d")));
        // Copy as patch.
        QCOMPARE(window.currentPatch(), QStringLiteral("--- a/apps/shop/web.yaml\n+++ b/apps/shop/web.yaml\n@@ -2,4 +2,4 @@\n"
                                                      " metadata:\n   name: web\n spec:\n-  replicas: 3\n+  replicas: 5\n"));
        window.findChild<QAction *>(QString(), Qt::FindChildrenRecursively); // actions exist
        QTest::keyClick(window.treeView(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), window.currentPatch());
        // Ctrl+D goes to the first change.
        QTest::keyClick(window.treeView(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(diff->currentChange(), 0);
    }

    void diffTogglesChangeTheLiveSide()
    {
        MainWindow window;
        QList<drift::SideBySideOptions> asked;
        window.setDiffProvider([&](const drift::ResourceResult &r, const drift::SideBySideOptions &o) {
            asked.append(o);
            return realDiff(r, o);
        });
        window.show();
        ResourceBatch batch;
        batch.upserts = testscenario::mixed();
        auto secret = testscenario::make(QStringLiteral("prod"), QStringLiteral("flux-system/apps"), QString(),
                                         QStringLiteral("Secret"), QStringLiteral("shop"), QStringLiteral("token"),
                                         SyncState::Drifted);
        batch.upserts.append(secret);
        window.feeder()->submit(batch);
        QTRY_COMPARE(window.model()->resourceCount(), 7);
        DiffView *diff = window.diffView();
        diff->setCompact(false); // every line in the panes, no folds
        QVERIFY(window.selectResource(webId()));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.last(), drift::SideBySideOptions{});
        QAction *unset = window.findChild<QAction *>(QStringLiteral("diffUnsetFieldsAction"));
        QAction *status = window.findChild<QAction *>(QStringLiteral("diffStatusAction"));
        QAction *managed = window.findChild<QAction *>(QStringLiteral("diffManagedFieldsAction"));
        QVERIFY(unset && status && managed);
        QVERIFY(!unset->isChecked() && !status->isChecked() && !managed->isChecked());

        const QString left = diff->leftPane()->toPlainText();
        auto right = [&] { return diff->rightPane()->toPlainText(); };
        // Default: only the fields Git sets, so the one real difference stands out.
        QVERIFY2(right().contains(u"  replicas: 5"), qPrintable(right()));
        QVERIFY(!right().contains(u"progressDeadlineSeconds"));
        QVERIFY(!right().contains(u"status:"));
        QVERIFY(!right().contains(u"managedFields"));
        QCOMPARE(diff->changeCount(), 1);

        unset->trigger();
        QCOMPARE(asked.size(), 2);
        QVERIFY(asked.last().includeUnsetFields && !asked.last().includeStatus && !asked.last().includeManagedFields);
        QVERIFY2(right().contains(u"  progressDeadlineSeconds: 600"), qPrintable(right()));
        QVERIFY(!right().contains(u"readyReplicas"));
        QVERIFY(!right().contains(u"managedFields"));
        QCOMPARE(diff->leftPane()->toPlainText().remove(u'\n'), QString(left).remove(u'\n')); // Git's side unchanged
        // The unset field is one more line on the live side: one gap on Git's side.
        const auto gaps = std::count_if(diff->diff().rows.cbegin(), diff->diff().rows.cend(),
                                        [](const drift::DiffRow &r) { return r.leftLine < 0; });
        QCOMPARE(gaps, 1);
        QCOMPARE(window.currentResult()->key.name, QStringLiteral("web")); // selection kept

        unset->trigger();
        status->trigger();
        QCOMPARE(asked.size(), 4);
        QVERIFY(!asked.last().includeUnsetFields && asked.last().includeStatus);
        QVERIFY2(right().contains(u"\nstatus:\n"), qPrintable(right()));
        QVERIFY(right().contains(u"  readyReplicas: 5"));
        QVERIFY(!right().contains(u"progressDeadlineSeconds"));
        QVERIFY(!right().contains(u"managedFields"));

        status->trigger();
        managed->trigger();
        QVERIFY(asked.last().includeManagedFields && !asked.last().includeStatus);
        QVERIFY2(right().contains(u"  managedFields:"), qPrintable(right()));
        QVERIFY(right().contains(u"kubectl-scale"));
        QVERIFY(!right().contains(u"readyReplicas"));
        QVERIFY(!right().contains(u"progressDeadlineSeconds"));

        managed->trigger();
        QVERIFY2(!right().contains(u"managedFields") && right().contains(u"  replicas: 5"), qPrintable(right()));
        QCOMPARE(diff->changeCount(), 1);

        // A Secret stays masked in every combination of the toggles.
        QVERIFY(window.selectResource(ResourceId::of(secret)));
        for (int mask = 0; mask < 8; ++mask) {
            unset->setChecked(mask & 1);
            status->setChecked(mask & 2);
            managed->setChecked(mask & 4);
            QCOMPARE(diff->options().includeUnsetFields, bool(mask & 1));
            const QString both = diff->leftPane()->toPlainText() + diff->rightPane()->toPlainText();
            QVERIFY2(both.contains(u"password: "), qPrintable(both));
            QVERIFY2(!both.contains(u"hunter"), qPrintable(both));
            QVERIFY2(!both.contains(u"aHVudGVy"), qPrintable(both));
            QVERIFY2(!both.contains(u"c2VjcmV0"), qPrintable(both));
            QCOMPARE(both.contains(u"managedFields"), bool(mask & 4));
        }
    }

    void detailPaneEventsAreAsyncAndNeverAnError()
    {
        MainWindow window;
        window.setDiffProvider(&diffFor);
        QList<QPair<QString, MainWindow::EventsCallback>> asked;
        window.setEventsProvider([&](const drift::ResourceResult &r, MainWindow::EventsCallback done) {
            asked.append({r.key.name, std::move(done)});
        });
        window.show();
        ResourceBatch batch;
        batch.upserts = testscenario::mixed();
        window.feeder()->submit(batch);
        QTRY_COMPARE(window.model()->resourceCount(), 6);
        QVERIFY(window.selectResource(webId()));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first, QStringLiteral("web"));
        // Asked, not answered yet: the pane says so and the GUI goes on.
        QCOMPARE(window.detailPane()->events().state, ObjectEvents::State::Loading);
        QVERIFY(window.detailPane()->toPlainText().contains(QStringLiteral("Reading events…")));

        // Another resource is selected before web's answer arrives: web's answer is dropped.
        const auto api = ResourceId::of(testscenario::mixed().at(1));
        QVERIFY(window.selectResource(api));
        QCOMPARE(asked.size(), 2);
        ObjectEvents late;
        late.state = ObjectEvents::State::Loaded;
        late.events = {ObjectEvent{QStringLiteral("Normal"), QStringLiteral("ScalingReplicaSet"), QStringLiteral("web scaled"), {}, 1, {}}};
        asked.at(0).second(late);
        QCOMPARE(window.detailPane()->events().state, ObjectEvents::State::Loading);
        QVERIFY(!window.detailPane()->toPlainText().contains(QStringLiteral("web scaled")));

        // Forbidden is a short note in the pane.
        ObjectEvents forbidden;
        forbidden.state = ObjectEvents::State::Forbidden;
        asked.at(1).second(forbidden);
        QVERIFY(window.detailPane()->toPlainText().contains(QStringLiteral("Events are not readable with your permissions.")));
        QVERIFY(!QApplication::activeModalWidget());

        // No events: a note too; a Missing resource (nothing in the cluster) is not asked about.
        QVERIFY(window.selectResource(webId()));
        ObjectEvents none;
        none.state = ObjectEvents::State::Loaded;
        asked.last().second(none);
        QVERIFY(window.detailPane()->toPlainText().contains(QStringLiteral("No recent events for this object.")));
        const int before = int(asked.size());
        QVERIFY(window.selectResource(ResourceId::of(testscenario::mixed().at(2)))); // db, Missing
        QCOMPARE(int(asked.size()), before);
        QVERIFY(!window.detailPane()->toPlainText().contains(QStringLiteral("Events")));
    }

    void treeRepaintsVisibleChangesOnly()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(qobject_cast<ResourceTreeView *>(window.treeView()));
        ResourceBatch batch;
        batch.upserts = testscenario::mixed();
        window.feeder()->submit(batch);
        QTRY_COMPARE(window.model()->resourceCount(), 6);
        QVERIFY(window.selectResource(webId()));
        QTreeView *tree = window.treeView();
        const QModelIndex web = tree->currentIndex();
        QVERIFY(tree->visualRect(web).intersects(tree->viewport()->rect()));

        struct PaintCounter : QObject
        {
            int paints = 0;
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::Paint)
                    ++paints;
                return false;
            }
        } counter;
        tree->viewport()->installEventFilter(&counter);
        QTRY_VERIFY(window.feeder()->isIdle());
        QCoreApplication::processEvents();
        const int before = counter.paints;
        // A visible resource changes state: the tree repaints and shows it.
        auto fixed = testscenario::mixed().at(0);
        fixed.state = SyncState::Synced;
        fixed.changes.clear();
        ResourceBatch update;
        update.upserts = {fixed};
        window.feeder()->submit(update);
        QTRY_VERIFY(counter.paints > before);
        QCOMPARE(web.siblingAtColumn(models::ResourceTreeModel::StateColumn).data().toString(), QStringLiteral("Synced"));

        // A change below a collapsed row is shown once the row is expanded.
        const QModelIndex kind = web.parent();
        tree->collapse(kind);
        auto drifted = testscenario::mixed().at(1); // api, in the same kind
        drifted.state = SyncState::Drifted;
        update.upserts = {drifted};
        window.feeder()->submit(update);
        QTRY_VERIFY(window.feeder()->isIdle());
        tree->expand(kind);
        bool found = false;
        for (int r = 0; r < tree->model()->rowCount(kind); ++r) {
            const QModelIndex i = tree->model()->index(r, models::ResourceTreeModel::StateColumn, kind);
            if (i.siblingAtColumn(0).data().toString() == u"api") {
                found = true;
                QCOMPARE(i.data().toString(), QStringLiteral("Drifted"));
                QVERIFY(tree->visualRect(i).isValid());
            }
        }
        QVERIFY(found);
        tree->viewport()->removeEventFilter(&counter);
    }

    void liveUpdateKeepsSelectionAndRefreshesDiff()
    {
        MainWindow window;
        window.setDiffProvider(diffFor);
        window.show();
        QAbstractItemModelTester tester(window.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ResourceBatch batch;
        batch.upserts = testscenario::mixed();
        window.feeder()->submit(batch);
        QTRY_COMPARE(window.model()->resourceCount(), 6);
        QVERIFY(window.selectResource(webId()));
        // web is fixed in the cluster, and a new Deployment sorts before it.
        auto web = testscenario::mixed().at(0);
        web.state = SyncState::Synced;
        web.changes.clear();
        ResourceBatch update;
        update.upserts = {web, testscenario::make(QStringLiteral("prod"), QStringLiteral("flux-system/apps"), QStringLiteral("apps"),
                                                  QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("aaa"),
                                                  SyncState::Drifted)};
        window.feeder()->submit(update);
        QTRY_COMPARE(window.currentResult()->state, SyncState::Synced);
        QCOMPARE(window.treeView()->currentIndex().data().toString(), QStringLiteral("web"));
        QCOMPARE(window.treeView()->selectionModel()->selectedRows().size(), 1);
        QVERIFY(window.treeView()->isExpanded(window.treeView()->currentIndex().parent()));
        QCOMPARE(window.diffView()->changeCount(), 0);
        QCOMPARE(window.findChild<QTreeView *>(QStringLiteral("fieldList"))->model()->rowCount(), 0);
    }

    void filterBarAndOnlyDrift()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ResourceBatch batch;
        batch.upserts = testscenario::mixed();
        window.feeder()->submit(batch);
        QTRY_COMPARE(window.model()->resourceCount(), 6);
        QTest::keyClick(window.treeView(), Qt::Key_F, Qt::ControlModifier);
        auto edit = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("web"));
        QCOMPARE(visibleResources(window.treeView()), QStringList{QStringLiteral("web")});
        edit->clear();
        auto onlyDrift = window.findChild<QToolButton *>(QStringLiteral("onlyDriftButton"));
        QTest::mouseClick(onlyDrift, Qt::LeftButton);
        QVERIFY(window.filterModel()->onlyDrift());
        QCOMPARE(visibleResources(window.treeView()),
                 QStringList({QStringLiteral("cache"), QStringLiteral("web"), QStringLiteral("db")}));
        QTest::keyClick(window.treeView(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window.filterModel()->onlyDrift());
        QCOMPARE(visibleResources(window.treeView()).size(), 6);
    }

    void unreachableClusterStatusText()
    {
        MainWindow window;
        window.show();
        const QDateTime since(QDate(2026, 11, 27), QTime(8, 15), Qt::UTC);
        window.setClusterStatus({QStringLiteral("edge-7"), ClusterStatus::State::Unreachable, -1,
                                 QStringLiteral("dial tcp 10.4.0.9:6443: i/o timeout"), since});
        const QModelIndex row = window.treeView()->model()->index(0, models::ResourceTreeModel::DetailsColumn);
        QCOMPARE(row.siblingAtColumn(0).data().toString(), QStringLiteral("edge-7"));
        QCOMPARE(row.data().toString(), u"Unreachable since " + since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                           + u": dial tcp 10.4.0.9:6443: i/o timeout");
        // An unreachable cluster is the whole first comparison there is.
        QTRY_VERIFY(window.isContentReady());
        window.treeView()->setCurrentIndex(row.siblingAtColumn(0));
        QVERIFY(window.detailPane()->toPlainText().contains(QStringLiteral("i/o timeout")));
    }

    void exportsReports()
    {
        MainWindow window;
        ResourceBatch batch;
        batch.upserts = testscenario::mixed();
        window.feeder()->submit(batch);
        QTRY_COMPARE(window.model()->resourceCount(), 6);
        QVERIFY(window.selectResource(webId()));
        QTemporaryDir dir;
        QVERIFY(window.exportReport(dir.filePath(QStringLiteral("web.json"))));
        QFile json(dir.filePath(QStringLiteral("web.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray resources = QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("resources")).toArray();
        QCOMPARE(resources.size(), 1);
        QCOMPARE(resources[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("web"));
        // A cluster row exports everything below it.
        window.treeView()->selectionModel()->select(window.treeView()->model()->index(0, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(window.exportReport(dir.filePath(QStringLiteral("prod.html"))));
        QFile html(dir.filePath(QStringLiteral("prod.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QCOMPARE(text.count(QStringLiteral("<h2>")), 6);
        QVERIFY(text.contains(QStringLiteral("<h2>StatefulSet/shop/db</h2>")));
        QVERIFY(!window.exportReport(dir.filePath(QStringLiteral("missing-dir/x.json"))));
    }

    void themeSwitch()
    {
        MainWindow window;
        window.setTheme(MainWindow::Theme::Dark);
        QVERIFY(window.isDark());
        QVERIFY(window.diffView()->leftPane()->isDark());
        window.setTheme(MainWindow::Theme::Light);
        QVERIFY(!window.isDark());
        QVERIFY(!window.diffView()->leftPane()->isDark());
        window.setTheme(MainWindow::Theme::System);
    }

    void checkBoxesContrastInBothThemes()
    {
        MainWindow window;
        window.setAvailableClusters({QStringLiteral("prod"), QStringLiteral("staging")}, {QStringLiteral("prod")});
        window.setClusterStatus({QStringLiteral("prod"), ClusterStatus::State::Live, -1, {}, {}});
        window.resize(1280, 800);
        window.show();
        QTreeView *view = window.clusterView();
        QTRY_VERIFY(view->isVisible());
        auto luminance = [](QRgb c) { return 0.2126 * qRed(c) + 0.7152 * qGreen(c) + 0.0722 * qBlue(c); };
        for (const auto theme : {MainWindow::Theme::Dark, MainWindow::Theme::Light}) {
            window.setTheme(theme);
            QApplication::processEvents();
            const QImage image = view->viewport()->grab().toImage();
            const qreal dpr = image.devicePixelRatio();
            for (const QString &cluster : {QStringLiteral("prod"), QStringLiteral("staging")}) {
                const QModelIndex index = window.clusterList()->indexOf(cluster);
                QCOMPARE(index.data(Qt::CheckStateRole).toInt(), cluster == u"prod" ? int(Qt::Checked) : int(Qt::Unchecked));
                const QRect cell = view->visualRect(index);
                QVERIFY(!cell.isEmpty());
                // Where the style puts the indicator in this cell.
                QStyleOptionViewItem option;
                option.initFrom(view->viewport());
                option.rect = cell;
                option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
                option.text = cluster;
                option.checkState = Qt::CheckState(index.data(Qt::CheckStateRole).toInt());
                const QRect box = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
                QVERIFY(cell.contains(box));
                // The background right of the name, in the same row.
                const QRgb background = image.pixel(QPoint(cell.right() - 3, cell.center().y()) * dpr);
                double maxDiff = 0;
                int contrasting = 0;
                for (int y = box.top(); y <= box.bottom(); ++y) {
                    for (int x = box.left(); x <= box.right(); ++x) {
                        const double d = std::abs(luminance(image.pixel(QPoint(x, y) * dpr)) - luminance(background));
                        maxDiff = std::max(maxDiff, d);
                        if (d > 40)
                            ++contrasting;
                    }
                }
                const QByteArray what = (cluster + (theme == MainWindow::Theme::Dark ? u" dark: " : u" light: ")
                                         + QString::number(maxDiff) + u", " + QString::number(contrasting) + u" pixels")
                                            .toUtf8();
                // The frame alone (two sides at least) stands out from the background.
                QVERIFY2(maxDiff > 60, what.constData());
                QVERIFY2(contrasting >= 2 * box.width(), what.constData());
            }
        }
        window.setTheme(MainWindow::Theme::System);
    }

    void diffTogglesReachableAt1280()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")}) {
            QCOMPARE(installTranslations(language), language);
            MainWindow window;
            window.setDiffProvider(&diffFor);
            window.resize(1280, 800);
            window.show();
            ResourceBatch batch;
            batch.upserts = testscenario::mixed();
            window.feeder()->submit(batch);
            QTRY_COMPARE(window.model()->resourceCount(), 6);
            QVERIFY(window.selectResource(webId()));
            QApplication::processEvents();
            QCOMPARE(window.size(), QSize(1280, 800));
            DiffView *diff = window.diffView();
            QVERIFY(diff->isVisible());
            for (QAction *action : {diff->unsetFieldsAction(), diff->statusAction(), diff->managedFieldsAction()}) {
                const auto button = diff->findChild<QCheckBox *>(action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Box")));
                QVERIFY2(button, qPrintable(action->objectName()));
                QCOMPARE(button->text(), action->text());
                QCOMPARE(button->isChecked(), action->isChecked());
                QVERIFY2(button->isVisible(), qPrintable(language + u": " + action->text()));
                QVERIFY2(button->parentWidget()->rect().contains(button->geometry()), qPrintable(language + u": " + action->text()));
                // Inside the diff view and the window, not clipped.
                const QRect inDiff(button->mapTo(diff, QPoint(0, 0)), button->size());
                QVERIFY2(diff->rect().contains(inDiff), qPrintable(language + u": " + action->text()));
                // Clicking it toggles the option.
                const bool before = action->isChecked();
                QTest::mouseClick(button, Qt::LeftButton);
                QCOMPARE(action->isChecked(), !before);
                QTest::mouseClick(button, Qt::LeftButton);
                QCOMPARE(action->isChecked(), before);
                // The menu's action and the box stay in step both ways.
                action->trigger();
                QCOMPARE(button->isChecked(), !before);
                action->trigger();
                QCOMPARE(button->isChecked(), before);
            }
            // Nothing of the toolbar is pushed into an overflow menu either.
            auto toolbar = diff->findChild<QToolBar *>(QStringLiteral("diffToolbar"));
            QVERIFY(toolbar);
            for (QAction *action : toolbar->actions()) {
                if (action->isSeparator())
                    continue;
                QWidget *w = toolbar->widgetForAction(action);
                QVERIFY2(w && w->isVisible(), qPrintable(language + u": " + action->text()));
                QVERIFY2(toolbar->rect().contains(w->geometry()), qPrintable(language + u": " + action->text()));
            }
        }
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    }

    void clustersOpenToTheirSources()
    {
        MainWindow window;
        window.show();
        // The usual order: the cluster's status first, its first results later.
        window.setClusterStatus({QStringLiteral("prod"), ClusterStatus::State::Listing, 10, {}, {}});
        ResourceBatch batch;
        batch.upserts = testscenario::mixed();
        window.feeder()->submit(batch);
        QTRY_COMPARE(window.model()->resourceCount(), 6);
        QTreeView *tree = window.treeView();
        const QModelIndex cluster = tree->model()->index(0, 0);
        QCOMPARE(cluster.data().toString(), QStringLiteral("prod"));
        QVERIFY(tree->isExpanded(cluster));
        const QModelIndex source = tree->model()->index(0, 0, cluster);
        QCOMPARE(source.data().toString(), QStringLiteral("flux-system/apps"));
        QVERIFY(tree->isExpanded(source));
        // Namespaces stay closed: the operator picks what to open.
        QVERIFY(!tree->isExpanded(tree->model()->index(0, 0, source)));
    }

    void longKindNamesLeaveRoomForTheTextFilter()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        ResourceBatch batch;
        batch.upserts = testscenario::mixed();
        batch.upserts << testscenario::make(QStringLiteral("prod"), QStringLiteral("flux-system/apps"), QStringLiteral("example.com"),
                                            QStringLiteral("VeryLongCustomResourceDefinitionKindName"), QStringLiteral("a-namespace-with-a-long-name"),
                                            QStringLiteral("x"), SyncState::Synced);
        window.feeder()->submit(batch);
        auto kinds = window.findChild<QComboBox *>(QStringLiteral("kindFilter"));
        auto edit = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QVERIFY(kinds && edit);
        QTRY_VERIFY(kinds->findText(QStringLiteral("VeryLongCustomResourceDefinitionKindName")) > 0);
        QApplication::processEvents();
        QVERIFY2(edit->width() >= 300, qPrintable(QString::number(edit->width())));
        QVERIFY2(kinds->width() < kinds->fontMetrics().horizontalAdvance(QStringLiteral("VeryLongCustomResourceDefinitionKindName")),
                 qPrintable(QString::number(kinds->width())));
    }

    // Issue #7: at the screenshot size the field list shows path, Git, live, manager and time
    // without scrolling; paths lose their middle, not the leaf; the full values are tooltips.
    void fieldListShowsWhoChangedEachFieldAt1440()
    {
        QSettings().remove(QStringLiteral("window")); // default splitter sizes, not a saved layout
        MainWindow window;
        window.setDiffProvider([](const drift::ResourceResult &r, const drift::SideBySideOptions &) { return diffFor(r); });
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ResourceBatch batch;
        batch.upserts = testscenario::mixed();
        const QString imagePath = QStringLiteral("spec.template.spec.containers[name=web].image");
        drift::FieldChange image;
        image.field = imagePath;
        image.pointer = QStringLiteral("/spec/template/spec/containers/0/image");
        image.op = drift::FieldChange::Op::Replace;
        image.gitValue = QStringLiteral("ghcr.io/acme/shop-web:1.4.2");
        image.liveValue = QStringLiteral("ghcr.io/acme/shop-web:1.4.3-hotfix");
        image.manager = QStringLiteral("kubectl-set");
        image.operation = QStringLiteral("Update");
        image.time = QDateTime::currentDateTimeUtc().addSecs(-38 * 60);
        QCOMPARE(batch.upserts.at(0).key.name, QStringLiteral("web"));
        batch.upserts[0].changes.append(image);
        window.feeder()->submit(batch);
        QTRY_COMPARE(window.model()->resourceCount(), 6);
        QVERIFY(window.selectResource(webId()));

        auto fields = window.findChild<QTreeView *>(QStringLiteral("fieldList"));
        QVERIFY(fields);
        QAbstractItemModelTester tester(fields->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(fields->model()->rowCount(), 2);
        QApplication::processEvents();
        QHeaderView *header = fields->header();
        const int viewport = fields->viewport()->width();
        QVERIFY2(viewport > 0, qPrintable(QString::number(viewport)));
        for (int s = 0; s < models::FieldChangeModel::ColumnCount; ++s) {
            const QString what = QStringLiteral("column %1 at %2+%3, viewport %4")
                                     .arg(s)
                                     .arg(header->sectionViewportPosition(s))
                                     .arg(header->sectionSize(s))
                                     .arg(viewport);
            QVERIFY2(!header->isSectionHidden(s), qPrintable(what));
            QVERIFY2(header->sectionViewportPosition(s) >= 0, qPrintable(what));
            QVERIFY2(header->sectionViewportPosition(s) + header->sectionSize(s) <= viewport, qPrintable(what));
            // Every header label fits its section.
            const QString label = fields->model()->headerData(s, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(s) >= header->fontMetrics().horizontalAdvance(label), qPrintable(what + u' ' + label));
        }
        QCOMPARE(fields->horizontalScrollBar()->maximum(), 0);
        // The field column keeps room for a readable path.
        QVERIFY2(header->sectionSize(models::FieldChangeModel::FieldColumn) >= 120,
                 qPrintable(QString::number(header->sectionSize(models::FieldChangeModel::FieldColumn))));

        // The manager of the known drift is displayed in full, inside the viewport.
        const QModelIndex manager = fields->model()->index(0, models::FieldChangeModel::ManagerColumn);
        QCOMPARE(manager.data().toString(), QStringLiteral("kubectl-scale"));
        const QRect managerRect = fields->visualRect(manager);
        QVERIFY(fields->viewport()->rect().contains(managerRect));
        QVERIFY2(managerRect.width() >= fields->fontMetrics().horizontalAdvance(QStringLiteral("kubectl-scale")),
                 qPrintable(QString::number(managerRect.width())));
        QCOMPARE(fields->model()->index(1, models::FieldChangeModel::ManagerColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("kubectl-set (Update)"));

        // Long paths are elided in the middle: the leaf stays visible; the tooltip has it all.
        QCOMPARE(fields->textElideMode(), Qt::ElideMiddle);
        const QModelIndex path = fields->model()->index(1, models::FieldChangeModel::FieldColumn);
        QCOMPARE(path.data(Qt::ToolTipRole).toString(), imagePath);
        QCOMPARE(fields->model()->index(1, models::FieldChangeModel::LiveColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("ghcr.io/acme/shop-web:1.4.3-hotfix"));

        // Time: short in the cell, full timestamp in the tooltip.
        const QModelIndex time = fields->model()->index(1, models::FieldChangeModel::TimeColumn);
        const QDateTime local = image.time.toLocalTime();
        const QString shown = time.data().toString();
        QVERIFY2(shown == local.toString(QStringLiteral("HH:mm")) || local.date() != QDate::currentDate(), qPrintable(shown));
        QVERIFY2(time.data(Qt::ToolTipRole).toString().startsWith(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                 qPrintable(time.data(Qt::ToolTipRole).toString()));
        QVERIFY2(fields->visualRect(time).width() >= fields->fontMetrics().horizontalAdvance(shown), qPrintable(shown));

        // Git, Live, Manager and Time stay resizable; the Field column gives or takes the room.
        const int fieldBefore = header->sectionSize(models::FieldChangeModel::FieldColumn);
        const int managerBefore = header->sectionSize(models::FieldChangeModel::ManagerColumn);
        QCOMPARE(header->sectionResizeMode(models::FieldChangeModel::ManagerColumn), QHeaderView::Interactive);
        header->resizeSection(models::FieldChangeModel::ManagerColumn, managerBefore + 30);
        QCOMPARE(header->sectionSize(models::FieldChangeModel::ManagerColumn), managerBefore + 30);
        QTRY_VERIFY(header->sectionSize(models::FieldChangeModel::FieldColumn) < fieldBefore);
    }

    void fieldTimesAreShortWithTheFullTimestampAsTooltip()
    {
        using models::FieldChangeModel;
        const QDateTime now(QDate(2026, 11, 27), QTime(21, 50), Qt::LocalTime);
        QCOMPARE(FieldChangeModel::shortTime(QDateTime(QDate(2026, 11, 27), QTime(9, 5, 30), Qt::LocalTime), now), QStringLiteral("09:05"));
        QCOMPARE(FieldChangeModel::shortTime(QDateTime(QDate(2026, 11, 26), QTime(23, 59), Qt::LocalTime), now),
                 QLocale().toString(QDate(2026, 11, 26), QStringLiteral("MMM d")));
        QCOMPARE(FieldChangeModel::shortTime(QDateTime(QDate(2025, 12, 31), QTime(12, 0), Qt::LocalTime), now), QStringLiteral("2025-12-31"));
        QCOMPARE(FieldChangeModel::shortTime(QDateTime(), now), QString());
        QVERIFY(FieldChangeModel::fullTime(QDateTime(QDate(2025, 12, 31), QTime(12, 0, 7), Qt::LocalTime)).startsWith(QStringLiteral("2025-12-31 12:00:07")));
        QCOMPARE(FieldChangeModel::fullTime(QDateTime()), QString());
    }

    void workspaceTranslates()
    {
        MainWindow window;
        window.setClusterStatus({QStringLiteral("prod"), ClusterStatus::State::Live, -1, {}, {}});
        window.show();
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        QTRY_COMPARE(window.diffView()->nextChangeAction()->text(), QStringLiteral("Nächste Änderung"));
        QCOMPARE(window.treeView()->model()->headerData(models::ResourceTreeModel::StateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Zustand"));
        QCOMPARE(window.treeView()->model()->index(0, models::ResourceTreeModel::DetailsColumn).data().toString(),
                 QStringLiteral("Live"));
        QCOMPARE(installTranslations(QStringLiteral("ja")), QStringLiteral("ja"));
        QTRY_COMPARE(window.diffView()->nextChangeAction()->text(), QStringLiteral("次の変更"));
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(window.diffView()->nextChangeAction()->text(), QStringLiteral("Next Change"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
