// SPDX-License-Identifier: GPL-3.0-or-later
// The window wired to the engine against kube-sim: the checkable cluster list (connect,
// disconnect, status, remembered across starts) and File > Add Repository… with a local Git
// repository whose resources then appear in the tree.
#include "app/appcontroller.h"
#include "models/clusterlistmodel.h"
#include "models/resourcefeeder.h"
#include "models/resourcetreemodel.h"
#include "sim/kube/kubesim.h"
#include "views/addrepositorydialog.h"
#include "views/detailpane.h"
#include "views/mainwindow.h"
#include "views/translations.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace driftdeck;
using models::ClusterListModel;
using models::ClusterStatus;
using models::ResourceId;

namespace {

const char kManifests[] = R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  mode: production
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: flags
  namespace: shop
data:
  beta: "true"
)";

constexpr int kTimeout = 60000;

} // namespace

class TestAppController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<kubesim::Server> m_alpha;
    std::unique_ptr<kubesim::Server> m_beta;
    QString m_repo;

    static bool git(const QString &dir, const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                                                   QStringLiteral("user.email=test@example.com")}
                                           + args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning() << "git" << args << p.readAllStandardError();
            return false;
        }
        return true;
    }

    static ClusterStatus::State listState(const ClusterListModel *list, const QString &cluster)
    {
        const QVariant v = list->indexOf(cluster).data(ClusterListModel::ClusterStateRole);
        return v.isValid() ? ClusterStatus::State(v.toInt()) : ClusterStatus::State::Connecting;
    }

    static bool treeHasCluster(const views::MainWindow &window, const QString &cluster)
    {
        const auto *m = window.model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data().toString() == cluster)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DriftdeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appcontroller"));
        views::installTranslations(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        std::string error;
        m_alpha = std::make_unique<kubesim::Server>(kubesim::Options{});
        QVERIFY2(m_alpha->start(&error), error.c_str());
        m_beta = std::make_unique<kubesim::Server>(kubesim::Options{});
        QVERIFY2(m_beta->start(&error), error.c_str());
        // gamma's server is gone: connection refused.
        kubesim::Server gamma{kubesim::Options{}};
        QVERIFY2(gamma.start(&error), error.c_str());
        const QString alpha = m_dir.filePath(QStringLiteral("alpha.yaml"));
        const QString beta = m_dir.filePath(QStringLiteral("beta.yaml"));
        const QString gammaFile = m_dir.filePath(QStringLiteral("gamma.yaml"));
        QVERIFY(m_alpha->writeKubeconfig(alpha.toStdString(), "alpha"));
        QVERIFY(m_beta->writeKubeconfig(beta.toStdString(), "beta"));
        QVERIFY(gamma.writeKubeconfig(gammaFile.toStdString(), "gamma"));
        gamma.stop();
        // kubectl merges KUBECONFIG: current-context comes from the first file (alpha).
        qputenv("KUBECONFIG", QStringList{alpha, beta, gammaFile}.join(QDir::listSeparator()).toLocal8Bit());

        // What Flux applied to alpha: the ConfigMap "settings" as Git has it.
        const auto stored = m_alpha->apply(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"ConfigMap",
            "metadata":{"name":"settings","namespace":"shop"},"data":{"mode":"production"}})"),
                                           "kustomize-controller");
        QVERIFY2(stored.value("kind", "") != "Status", stored.dump().c_str());

        // A local Git repository declaring both ConfigMaps.
        m_repo = m_dir.filePath(QStringLiteral("platform"));
        QVERIFY(QDir().mkpath(m_repo + u"/apps"));
        QFile f(m_repo + u"/apps/shop.yaml");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kManifests);
        f.close();
        QVERIFY(git(m_repo, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}));
        QVERIFY(git(m_repo, {QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git(m_repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("shop")}));
    }

    void init() { QSettings().clear(); }

    void cleanupTestCase()
    {
        QSettings().clear();
        m_alpha->stop();
        m_beta->stop();
    }

    void clustersAreCheckableAndRemembered()
    {
        {
            app::AppController controller(app::GuiOptions{});
            const auto started = controller.start();
            QVERIFY2(started, started ? "" : qPrintable(started.error().fullText()));
            QCOMPARE(controller.clusters(), QStringList{QStringLiteral("alpha")}); // current-context
            views::MainWindow window;
            controller.attach(&window);
            window.show();
            ClusterListModel *list = window.clusterList();
            QAbstractItemModelTester listTester(list, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester treeTester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(list->clusters(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
            QCOMPARE(list->checkedClusters(), QStringList{QStringLiteral("alpha")});
            QVERIFY(window.clusterView()->isVisibleTo(&window));
            QCOMPARE(list->indexOf(QStringLiteral("beta"), ClusterListModel::StatusColumn).data().toString(),
                     QStringLiteral("Not connected"));
            QTRY_COMPARE_WITH_TIMEOUT(listState(list, QStringLiteral("alpha")), ClusterStatus::State::Live, kTimeout);
            QCOMPARE(list->indexOf(QStringLiteral("alpha"), ClusterListModel::StatusColumn).data().toString(), QStringLiteral("Live"));
            QVERIFY(treeHasCluster(window, QStringLiteral("alpha")));
            QVERIFY(!treeHasCluster(window, QStringLiteral("beta")));

            // Checking beta connects it.
            QVERIFY(list->setData(list->indexOf(QStringLiteral("beta")), Qt::Checked, Qt::CheckStateRole));
            QCOMPARE(controller.clusters(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
            QVERIFY(treeHasCluster(window, QStringLiteral("beta")));
            QTRY_COMPARE_WITH_TIMEOUT(listState(list, QStringLiteral("beta")), ClusterStatus::State::Live, kTimeout);
            QCOMPARE(window.model()->clusterStatus(QStringLiteral("beta"))->state, ClusterStatus::State::Live);
            QCOMPARE(QSettings().value(QStringLiteral("connection/clusters")).toStringList(),
                     (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));

            // gamma's server is gone: unreachable since a time, with the reason.
            QVERIFY(list->setData(list->indexOf(QStringLiteral("gamma")), Qt::Checked, Qt::CheckStateRole));
            QTRY_COMPARE_WITH_TIMEOUT(listState(list, QStringLiteral("gamma")), ClusterStatus::State::Unreachable, kTimeout);
            const QString gammaText = list->indexOf(QStringLiteral("gamma"), ClusterListModel::StatusColumn).data().toString();
            QVERIFY2(gammaText.startsWith(QStringLiteral("Unreachable since ")), qPrintable(gammaText));
            QVERIFY2(!window.model()->clusterStatus(QStringLiteral("gamma"))->message.isEmpty(), qPrintable(gammaText));
            QVERIFY(gammaText.endsWith(window.model()->clusterStatus(QStringLiteral("gamma"))->message));

            // Unchecking alpha disconnects it and takes it out of the tree at once.
            QVERIFY(list->setData(list->indexOf(QStringLiteral("alpha")), Qt::Unchecked, Qt::CheckStateRole));
            QVERIFY(!treeHasCluster(window, QStringLiteral("alpha")));
            QCOMPARE(controller.clusters(), (QStringList{QStringLiteral("beta"), QStringLiteral("gamma")}));
            QCOMPARE(list->indexOf(QStringLiteral("alpha"), ClusterListModel::StatusColumn).data().toString(),
                     QStringLiteral("Not connected"));
            // A change in alpha's cluster no longer reaches the window (beta's still does).
            m_alpha->apply(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"ConfigMap",
                "metadata":{"name":"late","namespace":"shop"},"data":{"a":"b"}})"), "kubectl");
            QVERIFY(list->setData(list->indexOf(QStringLiteral("gamma")), Qt::Unchecked, Qt::CheckStateRole));
            QTRY_VERIFY_WITH_TIMEOUT(window.feeder()->isIdle(), kTimeout);
            QVERIFY(!treeHasCluster(window, QStringLiteral("alpha")));
            QVERIFY(!treeHasCluster(window, QStringLiteral("gamma")));
            QCOMPARE(QSettings().value(QStringLiteral("connection/clusters")).toStringList(), QStringList{QStringLiteral("beta")});

            // Checking alpha again connects it again.
            QVERIFY(list->setData(list->indexOf(QStringLiteral("alpha")), Qt::Checked, Qt::CheckStateRole));
            QTRY_COMPARE_WITH_TIMEOUT(listState(list, QStringLiteral("alpha")), ClusterStatus::State::Live, kTimeout);
            QVERIFY(treeHasCluster(window, QStringLiteral("alpha")));
            controller.stop();
        }
        // The next start connects what was checked, not the current context alone.
        app::AppController again(app::GuiOptions{});
        QVERIFY(again.start());
        QCOMPARE(again.clusters(), (QStringList{QStringLiteral("beta"), QStringLiteral("alpha")}));
        again.stop();
    }

    void addRepositoryShowsItsResources()
    {
        const QString source = QStringLiteral("platform/apps");
        const ResourceKey settingsKey{QString(), QStringLiteral("ConfigMap"), QStringLiteral("shop"), QStringLiteral("settings")};
        const ResourceKey flagsKey{QString(), QStringLiteral("ConfigMap"), QStringLiteral("shop"), QStringLiteral("flags")};
        {
            app::AppController controller(app::GuiOptions{});
            QVERIFY(controller.start());
            views::MainWindow window;
            controller.attach(&window);
            window.show();
            QAbstractItemModelTester treeTester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QTRY_COMPARE_WITH_TIMEOUT(listState(window.clusterList(), QStringLiteral("alpha")), ClusterStatus::State::Live, kTimeout);

            controller.showAddRepository(&window);
            auto dialog = window.findChild<views::AddRepositoryDialog *>();
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            // Bad input: a clear message, the dialog stays open, nothing is added.
            views::AddRepositoryDialog::Input in;
            in.location = QStringLiteral("platform");
            dialog->setInput(in);
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->errorText(), QStringLiteral("Enter the local folder as an absolute path (for example /home/me/platform)."));
            in.location = m_dir.filePath(QStringLiteral("nowhere"));
            dialog->setInput(in);
            dialog->accept();
            QCOMPARE(dialog->errorText(), u"The folder " + in.location + u" does not exist.");
            in.location = m_repo;
            in.branch = QStringLiteral("my branch");
            dialog->setInput(in);
            dialog->accept();
            QCOMPARE(dialog->errorText(), QStringLiteral("“my branch” is not a valid branch or tag name."));
            in.branch = QStringLiteral("main");
            in.path = QStringLiteral("../apps");
            dialog->setInput(in);
            dialog->accept();
            QCOMPARE(dialog->errorText(), QStringLiteral("The path is a folder inside the repository: relative, without “..”."));
            QVERIFY(controller.addedSources().isEmpty());
            // Good input.
            in.path = QStringLiteral("apps");
            in.cluster = QStringLiteral("alpha");
            dialog->setInput(in);
            dialog->accept();
            QVERIFY(dialog->errorText().isEmpty());
            QCOMPARE(controller.addedSources().size(), 1);
            QCOMPARE(controller.addedSources().first().id, source);

            QTRY_VERIFY_WITH_TIMEOUT(window.model()->indexOf(ResourceId{QStringLiteral("alpha"), source, flagsKey}).isValid(), kTimeout);
            QTRY_VERIFY_WITH_TIMEOUT(window.model()->indexOf(ResourceId{QStringLiteral("alpha"), source, settingsKey}).isValid(), kTimeout);
            // Declared, not in the cluster; Unknown until the cluster has listed ConfigMaps.
            QTRY_COMPARE_WITH_TIMEOUT(
                window.model()->result(window.model()->indexOf(ResourceId{QStringLiteral("alpha"), source, flagsKey}))->state,
                SyncState::Missing, kTimeout);
            QTRY_COMPARE_WITH_TIMEOUT(
                window.model()->result(window.model()->indexOf(ResourceId{QStringLiteral("alpha"), source, settingsKey}))->state,
                SyncState::Synced, kTimeout);
            const auto *flags = window.model()->result(window.model()->indexOf(ResourceId{QStringLiteral("alpha"), source, flagsKey}));
            QCOMPARE(flags->sourceRef.path, QStringLiteral("apps/shop.yaml"));
            const auto *status = window.model()->sourceStatus(QStringLiteral("alpha"), source);
            QVERIFY(status);
            QCOMPARE(status->origin, QStringLiteral("added repository"));
            QCOMPARE(status->repo, m_repo);
            QVERIFY(status->errors.isEmpty());

            // The detail pane reads the selected object's events from the cluster, only its own.
            for (const char *event : {R"({"apiVersion":"v1","kind":"Event","metadata":{"name":"settings.1","namespace":"shop"},
                    "involvedObject":{"apiVersion":"v1","kind":"ConfigMap","name":"settings","namespace":"shop"},
                    "reason":"Reloaded","message":"configuration reloaded","type":"Normal","count":2,
                    "lastTimestamp":"2026-11-27T09:41:00Z","source":{"component":"config-reloader"}})",
                                      R"({"apiVersion":"v1","kind":"Event","metadata":{"name":"flags.1","namespace":"shop"},
                    "involvedObject":{"apiVersion":"v1","kind":"ConfigMap","name":"flags","namespace":"shop"},
                    "reason":"SomethingElse","message":"not about settings","type":"Warning",
                    "lastTimestamp":"2026-11-27T09:42:00Z"})"}) {
                const auto stored = m_alpha->apply(nlohmann::json::parse(event), "kubelet");
                QVERIFY2(stored.value("kind", "") == "Event", stored.dump().c_str());
            }
            QVERIFY(window.selectResource(ResourceId{QStringLiteral("alpha"), source, settingsKey}));
            QTRY_COMPARE_WITH_TIMEOUT(window.detailPane()->events().state, views::ObjectEvents::State::Loaded, kTimeout);
            const auto events = window.detailPane()->events().events;
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().reason, QStringLiteral("Reloaded"));
            QCOMPARE(events.first().count, 2);
            QCOMPARE(events.first().source, QStringLiteral("config-reloader"));
            QCOMPARE(events.first().last, QDateTime(QDate(2026, 11, 27), QTime(9, 41), Qt::UTC));
            const QString text = window.detailPane()->toPlainText();
            QVERIFY2(text.contains(QStringLiteral("Reloaded configuration reloaded")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("2 times")));
            QVERIFY(!text.contains(QStringLiteral("not about settings")));
            controller.stop();
        }
        // Remembered: the next start adds it again without the dialog.
        app::AppController again(app::GuiOptions{});
        QVERIFY(again.start());
        QCOMPARE(again.addedSources().size(), 1);
        QCOMPARE(again.addedSources().first().repo, m_repo);
        QCOMPARE(again.addedSources().first().revision, QStringLiteral("main"));
        QCOMPARE(again.addedSources().first().path, QStringLiteral("apps"));
        views::MainWindow window;
        again.attach(&window);
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->indexOf(ResourceId{QStringLiteral("alpha"), source, flagsKey}).isValid(), kTimeout);
        again.stop();
    }

    void addRepositoryRemembersAuthentication()
    {
        // SSH with a key file and HTTPS with a private CA, added through the dialog: the names
        // and paths reach the engine's SourceSpec and the settings, and come back at the next
        // start; the passphrase itself is in neither.
        const QByteArray passphrase = "passphrase-value-0c7e91";
        qputenv("DRIFTDECK_TEST_KEY_PASSPHRASE", passphrase);
        const QString key = m_dir.filePath(QStringLiteral("id_ed25519"));
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        const QString ca = m_dir.filePath(QStringLiteral("forge-ca.pem"));
        for (const QString &file : {key, knownHosts, ca}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("test\n");
        }
        QList<engine::SourceSpec> added;
        {
            app::AppController controller(app::GuiOptions{});
            QVERIFY(controller.start());
            views::MainWindow window;
            controller.attach(&window);
            window.show();

            views::AddRepositoryDialog::Input ssh;
            ssh.location = QStringLiteral("ssh://git@127.0.0.1:1/acme/platform.git"); // nothing listens: refused
            ssh.path = QStringLiteral("apps");
            ssh.cluster = QStringLiteral("alpha");
            ssh.useSshAgent = false;
            ssh.sshKey = key;
            ssh.sshPassphraseEnv = QStringLiteral("DRIFTDECK_TEST_KEY_PASSPHRASE");
            ssh.knownHostsFile = knownHosts;
            views::AddRepositoryDialog::Input https;
            https.location = QStringLiteral("https://127.0.0.1:1/acme/shop.git");
            https.cluster = QStringLiteral("alpha");
            https.tokenEnv = QStringLiteral("SHOP_GIT_TOKEN");
            https.caFile = ca;
            for (const auto &in : {ssh, https}) {
                controller.showAddRepository(&window);
                auto dialog = window.findChild<views::AddRepositoryDialog *>();
                QVERIFY(dialog);
                dialog->setInput(in);
                dialog->accept();
                QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
                QTRY_VERIFY(!window.findChild<views::AddRepositoryDialog *>()); // deleted on close
            }
            added = controller.addedSources();
            QCOMPARE(added.size(), 2);
            QCOMPARE(added[0].id, QStringLiteral("platform/apps"));
            QCOMPARE(added[0].sshKey, key);
            QCOMPARE(added[0].sshPassphraseEnv, QStringLiteral("DRIFTDECK_TEST_KEY_PASSPHRASE"));
            QCOMPARE(added[0].knownHostsFile, knownHosts);
            QCOMPARE(added[0].tokenEnv, QString());
            QCOMPARE(added[0].caFile, QString());
            QCOMPARE(added[1].id, QStringLiteral("shop"));
            QCOMPARE(added[1].tokenEnv, QStringLiteral("SHOP_GIT_TOKEN"));
            QCOMPARE(added[1].caFile, ca);
            QCOMPARE(added[1].sshKey, QString());
            // The engine tried them: both fail to connect, and say so in the source list.
            for (const auto &spec : std::as_const(added)) {
                QTRY_VERIFY_WITH_TIMEOUT(window.model()->sourceStatus(QStringLiteral("alpha"), spec.id)
                                             && !window.model()->sourceStatus(QStringLiteral("alpha"), spec.id)->errors.isEmpty(),
                                         kTimeout);
            }
            controller.stop();
        }
        QSettings settings;
        settings.sync();
        QCOMPARE(settings.value(QStringLiteral("connection/sources/1/sshKey")).toString(), key);
        QCOMPARE(settings.value(QStringLiteral("connection/sources/1/sshPassphraseEnv")).toString(),
                 QStringLiteral("DRIFTDECK_TEST_KEY_PASSPHRASE"));
        QCOMPARE(settings.value(QStringLiteral("connection/sources/2/caFile")).toString(), ca);
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("DRIFTDECK_TEST_KEY_PASSPHRASE"));
        QVERIFY(!stored.contains(passphrase));

        // The next start restores them as they were added.
        app::AppController again(app::GuiOptions{});
        QVERIFY(again.start());
        QCOMPARE(again.addedSources(), added);
        again.stop();
        qunsetenv("DRIFTDECK_TEST_KEY_PASSPHRASE");
    }

    void addRepositoryNeedsAConnectedCluster()
    {
        views::AddRepositoryDialog::Input in;
        in.location = m_repo;
        in.cluster = QStringLiteral("alpha");
        QCOMPARE(views::AddRepositoryDialog::validate(in, {}),
                 QStringLiteral("Connect a cluster first: a repository is compared with a cluster."));
        QCOMPARE(views::AddRepositoryDialog::validate(in, {QStringLiteral("alpha")}), QString());
        in.location = QStringLiteral("ftp://example.com/repo.git");
        QVERIFY(views::AddRepositoryDialog::validate(in, {QStringLiteral("alpha")}).contains(QStringLiteral("use https://")));
        in.location = QStringLiteral("git@github.com:acme/platform.git");
        QCOMPARE(views::AddRepositoryDialog::validate(in, {QStringLiteral("alpha")}), QString());
        in.path = QStringLiteral("clusters/prod/");
        QCOMPARE(views::AddRepositoryDialog::sourceName(in), QStringLiteral("platform/clusters/prod"));
        in.location = QStringLiteral("https://example.com/acme/platform.git");
        in.cluster = QStringLiteral("beta");
        QCOMPARE(views::AddRepositoryDialog::validate(in, {QStringLiteral("alpha")}),
                 QStringLiteral("Choose the cluster this repository declares."));
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
