// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/credentialprovider.h"
#include "core/kube/execcredentialplugin.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::kube;

namespace {

void writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A plugin that counts its runs in $DIR/runs, records its env/args, and answers with a token
// "tok-<run>" expiring at $EXPIRY (a date(1) offset) or never.
QByteArray pluginScript(const QString &apiVersion)
{
    QByteArray script =
        "#!/bin/sh\n"
        "n=$(cat \"$DIR/runs\" 2>/dev/null || echo 0)\n"
        "n=$((n+1))\n"
        "echo $n > \"$DIR/runs\"\n"
        "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$DIR/info.json\"\n"
        "echo \"$@\" > \"$DIR/args\"\n"
        "echo \"$MODE\" > \"$DIR/mode\"\n"
        "if [ -n \"$EXPIRY\" ]; then exp=\",\\\"expirationTimestamp\\\":\\\"$(date -u -d \"$EXPIRY\" +%Y-%m-%dT%H:%M:%SZ)\\\"\"; else exp=\"\"; fi\n"
        "printf '{\"apiVersion\":\"API_VERSION\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"tok-%s\"%s}}' \"$n\" \"$exp\"\n";
    return script.replace("API_VERSION", apiVersion.toUtf8());
}

} // namespace

class TestKubeCredentials : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    AuthInfo execUser(const QString &expiry, const QString &apiVersion = QStringLiteral("client.authentication.k8s.io/v1"))
    {
        const QString script = m_dir.filePath(QStringLiteral("bin/kube-login-test"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("bin")));
        writeFile(script, pluginScript(apiVersion), true);
        QFile::remove(m_dir.filePath(QStringLiteral("runs")));
        AuthInfo user;
        user.name = QStringLiteral("plugin-user");
        ExecConfig exec;
        exec.command = QStringLiteral("kube-login-test"); // found through the search path
        exec.args = {QStringLiteral("get-token"), QStringLiteral("--cluster=prod")};
        exec.env = {{QStringLiteral("DIR"), m_dir.path()}, {QStringLiteral("EXPIRY"), expiry}, {QStringLiteral("MODE"), QStringLiteral("test")}};
        exec.apiVersion = apiVersion;
        exec.provideClusterInfo = true;
        user.exec = exec;
        return user;
    }
    ExecCredentialPlugin::Options searchOptions() const
    {
        return {{m_dir.filePath(QStringLiteral("bin")), QStringLiteral("/usr/bin"), QStringLiteral("/bin")}, 10000};
    }
    int runs() const { return readFile(m_dir.filePath(QStringLiteral("runs"))).trimmed().toInt(); }

private Q_SLOTS:
    void staticTokenAndImpersonation()
    {
        AuthInfo user;
        user.token = QStringLiteral("abc");
        user.tokenFile = QStringLiteral("/nonexistent"); // token wins over tokenFile
        user.impersonate = QStringLiteral("jane");
        user.impersonateGroups = {QStringLiteral("devs")};
        CredentialProvider p(user, {});
        auto c = p.credentials();
        QVERIFY(c.ok());
        QCOMPARE(c->bearerToken, QByteArray("abc"));
        QCOMPARE(c->impersonate, QStringLiteral("jane"));
        QCOMPARE(c->impersonateGroups, QStringList{QStringLiteral("devs")});
        QVERIFY(!p.refreshable());
    }

    void tokenFileRotation()
    {
        const QString path = m_dir.filePath(QStringLiteral("token"));
        writeFile(path, "first\n");
        AuthInfo user;
        user.tokenFile = path;
        CredentialProvider p(user, {});
        QVERIFY(p.refreshable());
        QCOMPARE(p.credentials()->bearerToken, QByteArray("first"));
        writeFile(path, "second-token\n"); // size changes: picked up without a 401
        QCOMPARE(p.credentials()->bearerToken, QByteArray("second-token"));
        writeFile(path, "third--token\n"); // same size, maybe same mtime second: invalidate() forces it
        p.invalidate();
        QCOMPARE(p.credentials()->bearerToken, QByteArray("third--token"));
        QFile::remove(path);
        auto gone = p.credentials();
        QVERIFY(!gone.ok());
        QVERIFY(gone.error().message.contains(path));
    }

    void clientCertificateFilesAndHalfPairs()
    {
        writeFile(m_dir.filePath(QStringLiteral("c.crt")), "CERT");
        writeFile(m_dir.filePath(QStringLiteral("c.key")), "KEY");
        AuthInfo user;
        user.clientCertificate = m_dir.filePath(QStringLiteral("c.crt"));
        user.clientKey = m_dir.filePath(QStringLiteral("c.key"));
        CredentialProvider p(user, {});
        auto c = p.credentials();
        QVERIFY(c.ok());
        QCOMPARE(c->clientCertificatePem, QByteArray("CERT"));
        QCOMPARE(c->clientKeyPem, QByteArray("KEY"));
        user.clientCertificateData = "DATA-CERT"; // data wins over the file
        user.clientKey.clear();
        CredentialProvider half(user, {});
        QVERIFY(!half.credentials().ok());
    }

    void execTokenCachedUntilExpiry()
    {
        CredentialProvider p(execUser(QStringLiteral("+1 hour")), ClusterInfo{QStringLiteral("c"), QStringLiteral("https://k.example:6443")},
                             searchOptions());
        auto first = p.credentials();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().fullText()));
        QCOMPARE(first->bearerToken, QByteArray("tok-1"));
        QCOMPARE(p.credentials()->bearerToken, QByteArray("tok-1"));
        QCOMPARE(runs(), 1);
        QCOMPARE(p.execRuns(), 1);
        // what the plugin saw: args, env, and KUBERNETES_EXEC_INFO with the cluster
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("args"))).trimmed(), QByteArray("get-token --cluster=prod"));
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("mode"))).trimmed(), QByteArray("test"));
        auto info = nlohmann::json::parse(readFile(m_dir.filePath(QStringLiteral("info.json"))).toStdString());
        QCOMPARE(info["apiVersion"].get<std::string>(), std::string("client.authentication.k8s.io/v1"));
        QCOMPARE(info["kind"].get<std::string>(), std::string("ExecCredential"));
        QCOMPARE(info["spec"]["interactive"].get<bool>(), false);
        QCOMPARE(info["spec"]["cluster"]["server"].get<std::string>(), std::string("https://k.example:6443"));
        // a 401 makes the next request run the plugin again
        p.invalidate();
        QCOMPARE(p.credentials()->bearerToken, QByteArray("tok-2"));
        QCOMPARE(runs(), 2);
    }

    void execExpiredTokenIsRefreshed()
    {
        // expires within the safety margin: every request needs a fresh one
        CredentialProvider p(execUser(QStringLiteral("+2 seconds"), QStringLiteral("client.authentication.k8s.io/v1beta1")), {},
                             searchOptions());
        QCOMPARE(p.credentials()->bearerToken, QByteArray("tok-1"));
        QCOMPARE(p.credentials()->bearerToken, QByteArray("tok-2"));
        QCOMPARE(runs(), 2);
    }

    void missingPluginNamesCommandAndHint()
    {
        AuthInfo user = execUser({});
        user.exec->command = QStringLiteral("gke-gcloud-auth-plugin-missing");
        user.exec->installHint = QStringLiteral("Install gke-gcloud-auth-plugin: gcloud components install gke-gcloud-auth-plugin");
        CredentialProvider p(user, {}, searchOptions());
        auto c = p.credentials();
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(QStringLiteral("gke-gcloud-auth-plugin-missing")), qPrintable(c.error().message));
        QVERIFY(c.error().message.contains(QStringLiteral("gcloud components install")));
        QVERIFY(c.error().cause.contains(QStringLiteral("command not found")));
    }

    void pluginFailureShowsStderr()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("bin")));
        writeFile(m_dir.filePath(QStringLiteral("bin/failing")), "#!/bin/sh\necho 'run aws sso login first' >&2\nexit 3\n", true);
        ExecConfig exec;
        exec.command = QStringLiteral("failing");
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        auto r = ExecCredentialPlugin::run(exec, {}, searchOptions());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("run aws sso login first")));
    }

    void parseOutput_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<bool>("valid");
        const QByteArray v1 = "client.authentication.k8s.io/v1";
        QTest::newRow("token") << QByteArray(R"({"apiVersion":")" + v1 + R"(","kind":"ExecCredential","status":{"token":"t"}})") << true;
        QTest::newRow("cert pair") << QByteArray(R"({"apiVersion":")" + v1
                                                 + R"(","kind":"ExecCredential","status":{"clientCertificateData":"C","clientKeyData":"K"}})")
                                   << true;
        QTest::newRow("half pair") << QByteArray(R"({"apiVersion":")" + v1 + R"(","kind":"ExecCredential","status":{"clientCertificateData":"C"}})")
                                   << false;
        QTest::newRow("wrong apiVersion")
            << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"t"}})") << false;
        QTest::newRow("no status") << QByteArray(R"({"apiVersion":")" + v1 + R"(","kind":"ExecCredential"})") << false;
        QTest::newRow("empty status") << QByteArray(R"({"apiVersion":")" + v1 + R"(","kind":"ExecCredential","status":{}})") << false;
        QTest::newRow("wrong kind") << QByteArray(R"({"apiVersion":")" + v1 + R"(","kind":"Token","status":{"token":"t"}})") << false;
        QTest::newRow("bad expiry") << QByteArray(R"({"apiVersion":")" + v1
                                                  + R"(","kind":"ExecCredential","status":{"token":"t","expirationTimestamp":"soon"}})")
                                    << false;
        QTest::newRow("not json") << QByteArray("Please log in") << false;
    }
    void parseOutput()
    {
        QFETCH(QByteArray, output);
        QFETCH(bool, valid);
        auto r = ExecCredentialPlugin::parseOutput(output, QStringLiteral("client.authentication.k8s.io/v1"));
        QCOMPARE(r.ok(), valid);
    }

    void parseOutputExpiry()
    {
        auto r = ExecCredentialPlugin::parseOutput(
            R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"t","expirationTimestamp":"2030-01-02T03:04:05Z"}})",
            QStringLiteral("client.authentication.k8s.io/v1"));
        QVERIFY(r.ok());
        QVERIFY(r->expiry.has_value());
        QCOMPARE(*r->expiry, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));
    }

    void loginShellPathIsRead()
    {
        // a "login shell" whose profile chatters before printing PATH
        const QString shell = m_dir.filePath(QStringLiteral("fake-shell"));
        writeFile(shell, "#!/bin/sh\necho 'Welcome to your profile'\nPATH=/opt/cloud/bin:/usr/bin\nexec /bin/sh -c \"$3\"\n", true);
        QCOMPARE(ExecCredentialPlugin::loginShellPath(shell), QStringLiteral("/opt/cloud/bin:/usr/bin"));
        QCOMPARE(ExecCredentialPlugin::loginShellPath(m_dir.filePath(QStringLiteral("no-such-shell"))), QString());
    }
};

QTEST_GUILESS_MAIN(TestKubeCredentials)
#include "tst_kubecredentials.moc"
