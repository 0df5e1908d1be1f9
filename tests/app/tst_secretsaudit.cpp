// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets audit (issue 11, docs/security.md): with a Secret drifted and tokens configured, every
// output the product can write is searched for the Secret's values (plain and base64) and the
// tokens: debug logs of the GUI engine and of `driftdeck check`, check's text/JSON/JUnit output,
// `resolve --dry-run`, the settings files, the history database, exported HTML/JSON reports, the
// copied patch, the pull request title and body, the diff view's text, the tree's texts and
// tooltips, and every text the accessibility tree (what screen readers and screenshots' text
// extraction see) exposes. Each output is also checked to really cover the Secret, so a pass
// cannot come from an output that simply never mentions it.
#include "app/appcontroller.h"
#include "core/forge/pullrequestbody.h"
#include "models/driftreport.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetreemodel.h"
#include "views/addrepositorydialog.h"
#include "views/diffview.h"
#include "views/mainwindow.h"
#include "kubesim.h"

#include <QAccessible>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace driftdeck;

namespace {

const char kKubeToken[] = "kube-token-7f3a9c1e55d0";
const char kGitToken[] = "git-token-b81d44a0c2e7";
const char kForgeToken[] = "ghp_forgetoken9e2f17aa";
const char kGitSecret[] = "git-secret-5d1c0e4b";
const char kLiveSecret[] = "live-secret-93ab27f1";
const char kSshPassphrase[] = "ssh-passphrase-6a0f2d";

const char kRepo[] = R"(apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
  namespace: shop
type: Opaque
stringData:
  password: git-secret-5d1c0e4b
  user: shop
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  mode: production
)";

QStringList needles()
{
    QStringList n{QLatin1String(kKubeToken), QLatin1String(kGitToken), QLatin1String(kForgeToken),
                  QLatin1String(kGitSecret), QLatin1String(kLiveSecret), QLatin1String(kSshPassphrase)};
    for (const char *secret : {kGitSecret, kLiveSecret})
        n << QString::fromLatin1(QByteArray(secret).toBase64());
    return n;
}

// The needle found in `text`, or an empty string.
QString leak(const QString &text)
{
    for (const QString &needle : needles()) {
        if (text.contains(needle))
            return needle;
    }
    return {};
}

QMutex g_logMutex;
QString g_log;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    if (qEnvironmentVariableIsSet("AUDIT_ECHO"))
        fprintf(stderr, "%s\n", qPrintable(message));
    g_log += QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message + QLatin1Char('\n');
}

void collectAccessible(QAccessibleInterface *iface, QStringList &out, int depth = 0)
{
    if (!iface || depth > 64)
        return;
    for (auto role : {QAccessible::Name, QAccessible::Description, QAccessible::Value, QAccessible::Help})
        out << iface->text(role);
    if (QAccessibleTextInterface *text = iface->textInterface())
        out << text->text(0, text->characterCount());
    for (int i = 0; i < iface->childCount(); ++i)
        collectAccessible(iface->child(i), out, depth + 1);
}

void collectModel(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            out << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
        }
        collectModel(model, model->index(row, 0, parent), out);
    }
}

} // namespace

class TestSecretsAudit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<kubesim::Server> m_sim;
    QString m_kubeconfig;
    QString m_repo;

    QProcessEnvironment childEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("driftdeck.*.debug=true"));
        env.remove(QStringLiteral("KUBECONFIG"));
        return env;
    }

    QByteArray run(const QStringList &args, int *exitCode)
    {
        QProcess p;
        p.setProcessEnvironment(childEnvironment());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(DRIFTDECK_EXE), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DriftdeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_secretsaudit"));
        // Start from empty settings and history, so what we read afterwards was written now.
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::GenericConfigLocation})
            QDir(QStandardPaths::writableLocation(location)).removeRecursively();
        QSettings().clear();
        qputenv("DRIFTDECK_GIT_TOKEN", kGitToken);
        qputenv("DRIFTDECK_AUDIT_KEY_PASSPHRASE", kSshPassphrase);
        qputenv("GITHUB_TOKEN", kForgeToken);
        qputenv("GITLAB_TOKEN", kForgeToken);
        qputenv("GITEA_TOKEN", kForgeToken);
        QLoggingCategory::setFilterRules(QStringLiteral("driftdeck.*.debug=true"));
        qInstallMessageHandler(captureMessage);

        kubesim::Options options;
        options.token = kKubeToken;
        m_sim = std::make_unique<kubesim::Server>(options);
        std::string error;
        QVERIFY2(m_sim->start(&error), error.c_str());
        m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(m_sim->writeKubeconfig(m_kubeconfig.toStdString(), "audit"));
        m_repo = m_dir.filePath(QStringLiteral("repo"));
        QDir().mkpath(m_repo);
        QFile f(m_repo + u"/shop.yaml");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kRepo);
        f.close();

        // Applied from Git, then the password changed in the cluster by hand.
        m_sim->apply(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"shop"}})"), "kustomize-controller");
        m_sim->apply(nlohmann::json{{"apiVersion", "v1"}, {"kind", "Secret"}, {"type", "Opaque"},
                                    {"metadata", {{"name", "db-credentials"}, {"namespace", "shop"}}},
                                    {"stringData", {{"password", kGitSecret}, {"user", "shop"}}}},
                     "kustomize-controller");
        m_sim->apply(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings","namespace":"shop"},"data":{"mode":"production"}})"),
                     "kustomize-controller");
        m_sim->apply(nlohmann::json{{"apiVersion", "v1"}, {"kind", "Secret"}, {"type", "Opaque"},
                                    {"metadata", {{"name", "db-credentials"}, {"namespace", "shop"}}},
                                    {"data", {{"password", QByteArray(kLiveSecret).toBase64().toStdString()},
                                              {"user", QByteArray("shop").toBase64().toStdString()}}}},
                     "kubectl-edit");
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        if (m_sim)
            m_sim->stop();
    }

    void checkOutputsHoldNoSecret_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("text") << QStringLiteral("text");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("junit") << QStringLiteral("junit");
    }

    void checkOutputsHoldNoSecret()
    {
        QFETCH(QString, format);
        int exitCode = -1;
        const QString out = QString::fromUtf8(run({QStringLiteral("check"), QStringLiteral("--kubeconfig"), m_kubeconfig,
                                                   QStringLiteral("--source"), m_repo, QStringLiteral("--format"), format,
                                                   QStringLiteral("--timeout"), QStringLiteral("60")},
                                                  &exitCode));
        QCOMPARE(exitCode, 1); // the Secret is drifted
        QVERIFY2(out.contains(QStringLiteral("db-credentials")), qPrintable(out.left(2000)));
        QVERIFY2(out.contains(QStringLiteral("password")), qPrintable(out.left(2000))); // the drifted field is named
        QVERIFY2(out.contains(QStringLiteral("driftdeck.")), "debug logging was not on"); // logs at debug level are in it
        const QString found = leak(out);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("check --format %1 printed %2").arg(format, found)));
    }

    void resolveDryRunHoldsNoSecret()
    {
        int exitCode = -1;
        const QString out = QString::fromUtf8(run({QStringLiteral("resolve"), QStringLiteral("--kubeconfig"), m_kubeconfig,
                                                   QStringLiteral("--source"), m_repo, QStringLiteral("--resource"),
                                                   QStringLiteral("Secret/shop/db-credentials"), QStringLiteral("--dry-run")},
                                                  &exitCode));
        QVERIFY2(out.contains(QStringLiteral("Secret")) || out.contains(QStringLiteral("secret")), qPrintable(out.left(2000)));
        const QString found = leak(out);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("resolve --dry-run printed %1").arg(found)));
    }

    void guiOutputsHoldNoSecret()
    {
        app::GuiOptions options;
        options.kubeconfig = m_kubeconfig;
        options.source = m_repo;
        options.noDemo = true;
        auto controller = std::make_unique<app::AppController>(options);
        views::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(controller.get(), &app::AppController::clustersSettled);
        QVERIFY(controller->start());
        controller->attach(&window);
        QVERIFY(settled.wait(120000) || settled.count() > 0);

        // Find the Secret and show its diff as a person would.
        std::optional<drift::ResourceResult> secret;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (const auto &r : window.selectedResults()) {
                                         if (r.key.kind == QLatin1String("Secret") && r.state == SyncState::Drifted)
                                             secret = r;
                                     }
                                     return secret.has_value();
                                 }()),
                                 60000);
        QVERIFY(window.selectResource(models::ResourceId::of(*secret)));
        QTRY_VERIFY_WITH_TIMEOUT(!window.diffView()->diff().rightText.isEmpty(), 30000);

        auto audit = [&](const QString &what, const QString &text, const QString &mustContain) {
            QVERIFY2(text.contains(mustContain), qPrintable(QStringLiteral("%1 does not cover the Secret (no \"%2\")").arg(what, mustContain)));
            const QString found = leak(text);
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 holds %2").arg(what, found)));
        };

        const drift::SideBySide &diff = window.diffView()->diff();
        audit(QStringLiteral("diff view (Git side)"), diff.leftText, QStringLiteral("password"));
        audit(QStringLiteral("diff view (live side)"), diff.rightText, QStringLiteral("password"));
        QVERIFY2(diff.leftText != diff.rightText, "the masks must still show that the values differ");
        audit(QStringLiteral("copied patch"), window.currentPatch(), QStringLiteral("password"));

        QStringList texts;
        collectModel(window.filterModel(), {}, texts);
        audit(QStringLiteral("resource tree"), texts.join(u'\n'), QStringLiteral("db-credentials"));
        QStringList accessible;
        collectAccessible(QAccessible::queryAccessibleInterface(&window), accessible);
        audit(QStringLiteral("accessibility tree"), accessible.join(u'\n'), QStringLiteral("db-credentials"));

        const QList<drift::ResourceResult> selection{*secret};
        audit(QStringLiteral("JSON report"), QString::fromUtf8(models::DriftReport::toJson(selection, QDateTime::currentDateTimeUtc())),
              QStringLiteral("password"));
        audit(QStringLiteral("HTML report"), models::DriftReport::toHtml(selection, QDateTime::currentDateTimeUtc()), QStringLiteral("password"));
        const QString exported = m_dir.filePath(QStringLiteral("report.html"));
        QVERIFY(window.exportReport(exported));
        QFile exportedFile(exported);
        QVERIFY(exportedFile.open(QIODevice::ReadOnly));
        audit(QStringLiteral("exported report file"), QString::fromUtf8(exportedFile.readAll()), QStringLiteral("db-credentials"));
        audit(QStringLiteral("pull request body"), forge::PullRequestBody::build(selection), QStringLiteral("password"));
        audit(QStringLiteral("pull request title"), forge::PullRequestBody::title(selection), QStringLiteral("db-credentials"));

        // Repositories added with credentials (File > Add Repository…): an SSH key whose
        // passphrase is in the environment, HTTPS with the token from DRIFTDECK_GIT_TOKEN. Only
        // the names reach the settings; the failed fetches' errors name no secret.
        views::AddRepositoryDialog::Input ssh;
        ssh.location = QStringLiteral("ssh://git@127.0.0.1:1/acme/platform.git");
        ssh.cluster = QStringLiteral("audit");
        ssh.useSshAgent = false;
        ssh.sshKey = m_dir.filePath(QStringLiteral("id_ed25519"));
        ssh.sshPassphraseEnv = QStringLiteral("DRIFTDECK_AUDIT_KEY_PASSPHRASE");
        QFile keyFile(ssh.sshKey);
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write("-----BEGIN OPENSSH PRIVATE KEY-----\n");
        keyFile.close();
        views::AddRepositoryDialog::Input https;
        https.location = QStringLiteral("https://127.0.0.1:1/acme/shop.git");
        https.cluster = QStringLiteral("audit");
        https.tokenEnv = QStringLiteral("DRIFTDECK_GIT_TOKEN");
        for (const auto &in : {ssh, https}) {
            controller->showAddRepository(&window);
            auto dialog = window.findChild<views::AddRepositoryDialog *>();
            QVERIFY(dialog);
            dialog->setInput(in);
            dialog->accept();
            QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
            QTRY_VERIFY(!window.findChild<views::AddRepositoryDialog *>());
        }
        QCOMPARE(controller->addedSources().size(), 2);
        for (const auto &spec : controller->addedSources()) {
            const models::SourceStatus *status = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((status = window.model()->sourceStatus(QStringLiteral("audit"), spec.id)) && !status->errors.isEmpty(),
                                     60000);
            QStringList errors;
            for (const auto &e : status->errors)
                errors << e.message;
            const QString found = leak(errors.join(u'\n'));
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("the error of %1 holds %2").arg(spec.id, found)));
        }

        // Settings and the history database are written when the window and engine stop.
        window.close();
        controller->stop();
        controller.reset();
        QSettings().sync();
        bool historySeen = false;
        bool credentialsSeen = false; // the added sources' credential references were written
        QStringList visited;
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::GenericConfigLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                visited << path;
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray bytes = f.readAll();
                historySeen = historySeen || (path.contains(QLatin1String(".sqlite")) && bytes.contains("db-credentials"));
                credentialsSeen = credentialsSeen || bytes.contains("DRIFTDECK_AUDIT_KEY_PASSPHRASE");
                const QString found = leak(QString::fromLatin1(bytes));
                QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 holds %2").arg(path, found)));
            }
        }
        QVERIFY2(historySeen, qPrintable(QStringLiteral("the history database did not record the Secret; files: ") + visited.join(u' ')));
        QVERIFY2(credentialsSeen, qPrintable(QStringLiteral("no settings file holds the added sources; files: ") + visited.join(u' ')));

        QMutexLocker lock(&g_logMutex);
        QVERIFY2(g_log.contains(QLatin1String("driftdeck.")), "debug logging was not on");
        const QString found = leak(g_log);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("debug log holds %1").arg(found)));
    }
};

QTEST_MAIN(TestSecretsAudit)
#include "tst_secretsaudit.moc"
