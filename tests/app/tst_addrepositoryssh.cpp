// SPDX-License-Identifier: GPL-3.0-or-later
// File > Add Repository… with an SSH repository, end to end: a real sshd (started by the test on
// a free loopback port, as in tst_gitssh) serves a Git repository; the dialog names an encrypted
// key file, the environment variable holding its passphrase and a known_hosts file; the
// resources then appear in the tree against kube-sim, and the next start fetches it again from
// what the settings remembered. A passphrase variable that is not set fails with an
// authentication error in the source's status.
#include "../core/git/sshserver.h"

#include "app/appcontroller.h"
#include "models/clusterlistmodel.h"
#include "models/resourcefeeder.h"
#include "models/resourcetreemodel.h"
#include "sim/kube/kubesim.h"
#include "views/addrepositorydialog.h"
#include "views/mainwindow.h"
#include "views/translations.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace driftdeck;
using models::ResourceId;
using namespace sshtest;

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

constexpr int kTimeout = 90000;
const char kPassphrase[] = "open sesame 4f1c";

QString userName()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : qEnvironmentVariable("USER");
}

} // namespace

class TestAddRepositorySsh : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SshServer m_server;
    std::unique_ptr<kubesim::Server> m_sim;
    QString m_url;
    QString m_knownHosts;
    QByteArray m_savedAuthSock;

    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static bool git(const QString &dir, const QStringList &args)
    {
        QString error;
        const bool ok = run(QStandardPaths::findExecutable(QStringLiteral("git")),
                            QStringList{QStringLiteral("-C"), dir, QStringLiteral("-c"), QStringLiteral("user.name=Test"),
                                        QStringLiteral("-c"), QStringLiteral("user.email=test@example.com")}
                                + args,
                            &error);
        if (!ok)
            qWarning() << "git" << args << error;
        return ok;
    }

    // Adds a source through the dialog as File > Add Repository… does.
    static void addThroughDialog(app::AppController &controller, views::MainWindow &window,
                                 const views::AddRepositoryDialog::Input &in)
    {
        controller.showAddRepository(&window);
        auto dialog = window.findChild<views::AddRepositoryDialog *>();
        QVERIFY(dialog);
        dialog->setInput(in);
        dialog->accept();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QTRY_VERIFY(!window.findChild<views::AddRepositoryDialog *>());
    }

    static const models::SourceStatus *status(const views::MainWindow &window, const QString &source)
    {
        return window.model()->sourceStatus(QStringLiteral("alpha"), source);
    }

    static QString errorsOf(const views::MainWindow &window, const QString &source)
    {
        QStringList out;
        if (const auto *s = status(window, source)) {
            for (const auto &e : s->errors)
                out << e.message;
        }
        return out.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (sshdPath().isEmpty())
            QSKIP("sshd (openssh-server) is not installed: the SSH transport cannot be tested");
        if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            QSKIP("ssh-keygen (openssh-client) is not installed: no keys for the SSH tests");
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed: sshd has no git-upload-pack to run");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DriftdeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_addrepositoryssh"));
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively(); // clone afresh
        QSettings().clear();
        views::installTranslations(QStringLiteral("en"));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("GIT_CONFIG_GLOBAL", file("empty-gitconfig").toUtf8());
        m_savedAuthSock = qgetenv("SSH_AUTH_SOCK");
        qunsetenv("SSH_AUTH_SOCK"); // the key file must do it, not a developer's agent
        qputenv("DRIFTDECK_TEST_DEPLOY_PASSPHRASE", kPassphrase);
        qunsetenv("DRIFTDECK_TEST_UNSET_PASSPHRASE");

        QString error;
        QVERIFY2(makeKey(file("id_deploy"), QString::fromLatin1(kPassphrase), &error), qPrintable(error));
        QVERIFY2(m_server.start({readAll(file("id_deploy.pub"))}, &error), qPrintable(error));
        const QList<QByteArray> hostKey = m_server.hostPublicKey().split(' ');
        m_knownHosts = file("known_hosts");
        QVERIFY(writeFile(m_knownHosts, "[127.0.0.1]:" + QByteArray::number(m_server.port()) + ' ' + hostKey.value(0) + ' '
                                            + hostKey.value(1) + '\n'));

        // The repository sshd serves.
        const QString origin = file("srv/platform");
        QVERIFY(QDir().mkpath(origin + u"/apps"));
        QVERIFY(writeFile(origin + u"/apps/shop.yaml", kManifests));
        QVERIFY(git(origin, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}));
        QVERIFY(git(origin, {QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git(origin, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("shop")}));
        m_url = QStringLiteral("ssh://%1@127.0.0.1:%2%3").arg(userName()).arg(m_server.port()).arg(origin);

        // The cluster: "settings" as Git has it, "flags" not applied.
        m_sim = std::make_unique<kubesim::Server>(kubesim::Options{});
        std::string simError;
        QVERIFY2(m_sim->start(&simError), simError.c_str());
        const QString kubeconfig = file("alpha.yaml");
        QVERIFY(m_sim->writeKubeconfig(kubeconfig.toStdString(), "alpha"));
        qputenv("KUBECONFIG", kubeconfig.toLocal8Bit());
        const auto stored = m_sim->apply(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"ConfigMap",
            "metadata":{"name":"settings","namespace":"shop"},"data":{"mode":"production"}})"),
                                         "kustomize-controller");
        QVERIFY2(stored.value("kind", "") != "Status", stored.dump().c_str());
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        if (m_sim)
            m_sim->stop();
        m_server.stop();
        qunsetenv("DRIFTDECK_TEST_DEPLOY_PASSPHRASE");
        if (!m_savedAuthSock.isEmpty())
            qputenv("SSH_AUTH_SOCK", m_savedAuthSock);
    }

    void sshKeyFileFromTheDialog()
    {
        const QString source = QStringLiteral("platform/apps");
        const ResourceId flags{QStringLiteral("alpha"), source,
                               ResourceKey{QString(), QStringLiteral("ConfigMap"), QStringLiteral("shop"), QStringLiteral("flags")}};
        const ResourceId settings{QStringLiteral("alpha"), source,
                                  ResourceKey{QString(), QStringLiteral("ConfigMap"), QStringLiteral("shop"), QStringLiteral("settings")}};
        {
            app::AppController controller(app::GuiOptions{});
            QVERIFY(controller.start());
            views::MainWindow window;
            controller.attach(&window);
            window.show();
            QAbstractItemModelTester treeTester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

            views::AddRepositoryDialog::Input in;
            in.location = m_url;
            in.branch = QStringLiteral("main");
            in.path = QStringLiteral("apps");
            in.cluster = QStringLiteral("alpha");
            in.useSshAgent = false;
            in.sshKey = file("id_deploy");
            in.sshPassphraseEnv = QStringLiteral("DRIFTDECK_TEST_DEPLOY_PASSPHRASE");
            in.knownHostsFile = m_knownHosts;
            addThroughDialog(controller, window, in);
            if (QTest::currentTestFailed())
                return;

            QTRY_VERIFY_WITH_TIMEOUT(window.model()->indexOf(flags).isValid(), kTimeout);
            QTRY_VERIFY_WITH_TIMEOUT(window.model()->indexOf(settings).isValid(), kTimeout);
            // The row can show Unknown until the cluster has listed ConfigMaps: wait for the comparison.
            QTRY_COMPARE_WITH_TIMEOUT(window.model()->result(window.model()->indexOf(flags))->state, SyncState::Missing, kTimeout);
            QTRY_COMPARE_WITH_TIMEOUT(window.model()->result(window.model()->indexOf(settings))->state, SyncState::Synced, kTimeout);
            QVERIFY(status(window, source));
            QCOMPARE(status(window, source)->repo, m_url);
            QVERIFY2(status(window, source)->errors.isEmpty(), qPrintable(errorsOf(window, source)));

            // The same repository with a passphrase variable that is not set: the encrypted key
            // cannot be used, and the source says so.
            in.path.clear();
            in.sshPassphraseEnv = QStringLiteral("DRIFTDECK_TEST_UNSET_PASSPHRASE");
            addThroughDialog(controller, window, in);
            if (QTest::currentTestFailed())
                return;
            QTRY_VERIFY_WITH_TIMEOUT(status(window, QStringLiteral("platform")) && !status(window, QStringLiteral("platform"))->errors.isEmpty(),
                                     kTimeout);
            const QString error = status(window, QStringLiteral("platform"))->errors.first().message;
            QVERIFY2(error.contains(QStringLiteral("Authentication to")), qPrintable(error));
            QVERIFY2(!error.contains(QLatin1String(kPassphrase)), qPrintable(error));
            controller.stop();
        }

        // The next start fetches it again over SSH from what the settings remembered.
        app::AppController again(app::GuiOptions{});
        QVERIFY(again.start());
        QCOMPARE(again.addedSources().size(), 2);
        QCOMPARE(again.addedSources().first().sshKey, file("id_deploy"));
        QCOMPARE(again.addedSources().first().sshPassphraseEnv, QStringLiteral("DRIFTDECK_TEST_DEPLOY_PASSPHRASE"));
        QCOMPARE(again.addedSources().first().knownHostsFile, m_knownHosts);
        views::MainWindow window;
        again.attach(&window);
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->indexOf(flags).isValid(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(status(window, source), kTimeout);
        QVERIFY2(status(window, source)->errors.isEmpty(), qPrintable(errorsOf(window, source)));
        again.stop();
    }
};

QTEST_MAIN(TestAddRepositorySsh)
#include "tst_addrepositoryssh.moc"
