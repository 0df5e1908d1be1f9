// SPDX-License-Identifier: GPL-3.0-or-later
// The demo end to end: three kube-sim children, a local Git repository, drift in every cluster,
// the tree filling up, and no child process left behind however the program ends.
#include "app/appcontroller.h"
#include "app/demo.h"
#include "models/resourcetreemodel.h"
#include "views/mainwindow.h"
#include "views/pullrequestdialog.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace driftdeck;

namespace {

// kube-sim and forge-sim processes whose command line mentions `marker` (the demo's private TMPDIR).
QList<qint64> simProcesses(const QString &marker)
{
    QList<qint64> out;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        bool ok = false;
        const qint64 pid = QFileInfo(dir).fileName().toLongLong(&ok);
        if (!ok)
            continue;
        QFile cmd(dir + u"/cmdline");
        if (!cmd.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = cmd.readAll();
        if ((line.contains("kube-sim") || line.contains("forge-sim")) && line.contains(marker.toUtf8()))
            out << pid;
    }
    return out;
}

// "Deployment/shop/web Drifted; ..." for everything not in sync in a cluster (failure messages).
QString notSynced(const models::ResourceTreeModel *model, const QString &cluster)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex idx = model->index(r, 0);
        if (idx.data(models::ResourceTreeModel::ClusterRole).toString() != cluster)
            continue;
        for (const auto &res : model->resultsBelow(idx)) {
            if (res.state != SyncState::Synced)
                out << res.key.displayName() + u' ' + syncStateName(res.state) + u' ' + res.reason;
        }
    }
    return out.join(QStringLiteral("; "));
}

QList<int> countsOf(const models::ResourceTreeModel *model, const QString &cluster)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex idx = model->index(r, 0);
        if (idx.data(models::ResourceTreeModel::ClusterRole).toString() == cluster)
            return idx.data(models::ResourceTreeModel::CountsRole).value<QList<int>>();
    }
    return {};
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("DRIFTDECK_SIM_DIR", DRIFTDECK_SIM_DIR);
        qputenv("TMPDIR", m_tmp.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", (m_tmp.path() + u"/data").toLocal8Bit());
        qputenv("XDG_CACHE_HOME", (m_tmp.path() + u"/cache").toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("DriftdeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_demo"));
    }

    void demoShowsDriftInEveryCluster()
    {
        app::DemoEnvironment::Options options;
        options.churnPerSecond = 0; // the assertions below need a still picture
        app::DemoEnvironment demo(options);
        auto started = demo.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().fullText()));
        QCOMPARE(demo.contexts(), QStringList({QStringLiteral("dev"), QStringLiteral("staging"), QStringLiteral("prod")}));
        QCOMPARE(demo.childPids().size(), 4); // three clusters and the forge
        QVERIFY(demo.forgeUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(demo.headCommit().size(), 40);

        qputenv("KUBECONFIG", demo.kubeconfigFiles().join(u':').toLocal8Bit());
        app::GuiOptions session;
        session.contexts = demo.contexts();
        session.sources = demo.sources();
        session.pullRequestTarget = demo.pullRequestTarget();
        app::AppController controller(session);
        auto ok = controller.start();
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().fullText()));
        views::MainWindow window;
        controller.attach(&window);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.isContentReady(), 90000);

        const auto *model = window.model();
        // Each cluster shows the drift the demo made in it.
        for (const QString &cluster : demo.contexts()) {
            QTRY_VERIFY_WITH_TIMEOUT(countsOf(model, cluster).value(int(SyncState::Drifted)) >= 2, 120000);
            const QList<int> counts = countsOf(model, cluster);
            QVERIFY2(counts.value(int(SyncState::Synced)) > 50, qPrintable(cluster));
        }
        QTRY_VERIFY2_WITH_TIMEOUT(countsOf(model, QStringLiteral("dev")).value(int(SyncState::Missing)) == 1,
                                  qPrintable(notSynced(model, QStringLiteral("dev"))), 120000);
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(model, QStringLiteral("dev")).value(int(SyncState::Extra)), 1, 120000);
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(model, QStringLiteral("prod")).value(int(SyncState::Missing)), 1, 120000);
        QCOMPARE(countsOf(model, QStringLiteral("staging")).value(int(SyncState::Missing)), 0);

        // A pull request from the window: the dialog shows the edit, Create pushes to the demo's
        // forge and shows the link to the page it serves for the pull request.
        const models::ResourceId storefront{QStringLiteral("dev"), QStringLiteral("flux-system/apps"),
                                            ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"),
                                                        QStringLiteral("storefront")}};
        const QModelIndex index = model->indexOf(storefront);
        QVERIFY(index.isValid());
        const drift::ResourceResult *drifted = model->result(index);
        QVERIFY(drifted);
        QCOMPARE(drifted->state, SyncState::Drifted);
        controller.openPullRequest({*drifted}, &window);
        auto dialog = window.findChild<views::PullRequestDialog *>();
        QVERIFY(dialog);
        QVERIFY2(dialog->diffText().contains(QStringLiteral("+          image: registry.demo.invalid/shop/storefront:1.5.0-rc.3")),
                 qPrintable(dialog->diffText()));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("prCreate")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog->isBusy(), qPrintable(dialog->errorText()), 60000);
        QVERIFY2(dialog->resultText().contains(demo.forgeUrl() + u"/demo/platform/pull/1"),
                 qPrintable(dialog->resultText() + u" / " + dialog->errorText()));

        controller.stop();
        const QString marker = m_tmp.path();
        QVERIFY(!simProcesses(marker).isEmpty());
        demo.stop();
        QTRY_VERIFY(simProcesses(marker).isEmpty());
    }

    void childrenGoneAfterNormalExitAndSigterm()
    {
        QTemporaryDir shots;
        const QString marker = m_tmp.path();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("DRIFTDECK_SIM_DIR"), QStringLiteral(DRIFTDECK_SIM_DIR));
        env.insert(QStringLiteral("TMPDIR"), marker);

        // --demo --screenshot: renders the window once the comparison is shown and exits 0.
        QProcess shot;
        shot.setProcessEnvironment(env);
        const QString png = shots.filePath(QStringLiteral("demo.png"));
        shot.start(QStringLiteral(DRIFTDECK_EXE), {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png,
                                                   QStringLiteral("--size"), QStringLiteral("1280x800")});
        QVERIFY(shot.waitForFinished(240000));
        QVERIFY2(shot.exitCode() == 0, shot.readAllStandardError().constData());
        QCOMPARE(QImage(png).size(), QSize(1280, 800));
        QTRY_VERIFY_WITH_TIMEOUT(simProcesses(marker).isEmpty(), 30000);

        // Killed with SIGTERM while running: the children follow it.
        QProcess running;
        running.setProcessEnvironment(env);
        running.start(QStringLiteral(DRIFTDECK_EXE), {QStringLiteral("--demo")});
        QVERIFY(running.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(simProcesses(marker).size(), 4, 120000);
        ::kill(pid_t(running.processId()), SIGTERM);
        QVERIFY(running.waitForFinished(60000));
        QTRY_VERIFY_WITH_TIMEOUT(simProcesses(marker).isEmpty(), 30000);
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
