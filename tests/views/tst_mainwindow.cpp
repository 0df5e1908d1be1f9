// SPDX-License-Identifier: GPL-3.0-or-later
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
#include "views/translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace driftdeck;
using namespace driftdeck::views;
using models::ClusterStatus;
using models::ResourceBatch;
using models::ResourceId;

namespace {

// The diff the engine would compute for the scenario's resources.
drift::SideBySide diffFor(const drift::ResourceResult &r)
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
        window.setDiffProvider([&](const drift::ResourceResult &r) {
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
