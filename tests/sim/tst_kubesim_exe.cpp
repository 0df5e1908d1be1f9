// SPDX-License-Identifier: GPL-3.0-or-later
// The kube-sim executable: flags, the single ready line, the kubeconfig it writes, tokens,
// seeding, and a clean stop on SIGTERM.
#include <fstream>
#include <sstream>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <csignal>

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using nlohmann::json;

class TestKubeSimExe : public QObject
{
    Q_OBJECT

private slots:
    void httpsWithFlags();
    void plainHttp();
    void badFlag();

private:
    static QString readAll(const QString &path)
    {
        std::ifstream in(path.toStdString());
        std::stringstream ss;
        ss << in.rdbuf();
        return QString::fromStdString(ss.str());
    }
};

void TestKubeSimExe::httpsWithFlags()
{
    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed"));
    QVERIFY(QDir().mkpath(seed));
    std::ofstream(dir.filePath(QStringLiteral("seed/app.yaml")).toStdString())
        << "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: seeded, namespace: apps}\ndata: {k: v}\n";
    const QString kubeconfig = dir.filePath(QStringLiteral("kc"));
    QProcess sim;
    sim.start(QStringLiteral(KUBESIM_EXE),
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"), QStringLiteral("tok"),
               QStringLiteral("--readonly-token"), QStringLiteral("ro"), QStringLiteral("--deny"), QStringLiteral("limited=secrets,configmaps"),
               QStringLiteral("--admin-token"), QStringLiteral("adm"), QStringLiteral("--write-kubeconfig"), kubeconfig,
               QStringLiteral("--context-name"), QStringLiteral("ctx"), QStringLiteral("--seed"), seed, QStringLiteral("--seed-manager"),
               QStringLiteral("helm-controller"), QStringLiteral("--seed-labels"), QStringLiteral("team=a,tier=b"),
               QStringLiteral("--synthetic-configmaps"), QStringLiteral("5"), QStringLiteral("--watch-window"), QStringLiteral("100")});
    QVERIFY(sim.waitForStarted(5000));
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(sim.readAllStandardOutput())).contains(u'\n'), 20000);
    const QRegularExpression ready(QStringLiteral("^kube-sim listening on https://127\\.0\\.0\\.1:(\\d+)\\n$"));
    const auto match = ready.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    const int port = match.captured(1).toInt();
    QVERIFY(port > 0);

    const QString config = readAll(kubeconfig);
    QVERIFY(config.contains(QStringLiteral("server: https://127.0.0.1:%1").arg(port)));
    QVERIFY(config.contains(QStringLiteral("current-context: ctx")));
    QVERIFY(config.contains(QStringLiteral("token: tok")));
    const auto caLine = QRegularExpression(QStringLiteral("certificate-authority-data: (\\S+)")).match(config);
    QVERIFY(caLine.hasMatch());
    QVERIFY(QByteArray::fromBase64(caLine.captured(1).toLatin1()).startsWith("-----BEGIN CERTIFICATE-----"));

    httplib::SSLClient http("127.0.0.1", port);
    http.enable_server_certificate_verification(false);
    http.set_read_timeout(10, 0);
    auto get = [&](const std::string &token, const std::string &path) {
        return http.Get(path, httplib::Headers{{"Authorization", "Bearer " + token}});
    };
    auto r = get("tok", "/api/v1/namespaces/synthetic/configmaps?labelSelector=app%3Dsynthetic");
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(json::parse(r->body)["items"].size(), size_t(5));
    r = get("tok", "/api/v1/namespaces/apps/configmaps/seeded");
    QCOMPARE(r->status, 200);
    const json seeded = json::parse(r->body);
    QCOMPARE(seeded["metadata"]["labels"]["team"].get<std::string>(), std::string("a"));
    QCOMPARE(seeded["metadata"]["labels"]["tier"].get<std::string>(), std::string("b"));
    QCOMPARE(seeded["metadata"]["managedFields"][0]["manager"].get<std::string>(), std::string("helm-controller"));
    QCOMPARE(seeded["metadata"]["managedFields"][0]["operation"].get<std::string>(), std::string("Apply"));
    r = http.Post("/api/v1/namespaces/apps/configmaps", httplib::Headers{{"Authorization", "Bearer ro"}}, R"({"metadata":{"name":"x"}})",
                  "application/json");
    QCOMPARE(r->status, 403);
    QCOMPARE(get("limited", "/api/v1/namespaces/apps/configmaps")->status, 403);
    QCOMPARE(get("limited", "/api/v1/namespaces/apps/services")->status, 200);
    QCOMPARE(get("tok", "/_sim/state")->status, 401);
    r = get("adm", "/_sim/state");
    QCOMPARE(r->status, 200);
    QVERIFY(json::parse(r->body).size() > 5);

    sim.terminate(); // SIGTERM
    QVERIFY(sim.waitForFinished(10000));
    QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.exitCode(), 0);
    QVERIFY(!get("tok", "/version"));
}

void TestKubeSimExe::plainHttp()
{
    QProcess sim;
    sim.start(QStringLiteral(KUBESIM_EXE), {QStringLiteral("--http"), QStringLiteral("--token"), QStringLiteral("t")});
    QVERIFY(sim.waitForStarted(5000));
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(sim.readAllStandardOutput())).contains(u'\n'), 20000);
    const auto match = QRegularExpression(QStringLiteral("^kube-sim listening on http://127\\.0\\.0\\.1:(\\d+)\\n$")).match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    httplib::Client http("127.0.0.1", match.captured(1).toInt());
    auto r = http.Get("/api", httplib::Headers{{"Authorization", "Bearer t"}});
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(json::parse(r->body)["kind"].get<std::string>(), std::string("APIVersions"));
    ::kill(static_cast<pid_t>(sim.processId()), SIGINT);
    QVERIFY(sim.waitForFinished(10000));
    QCOMPARE(sim.exitCode(), 0);
}

void TestKubeSimExe::badFlag()
{
    QProcess sim;
    sim.start(QStringLiteral(KUBESIM_EXE), {QStringLiteral("--no-such-flag")});
    QVERIFY(sim.waitForFinished(10000));
    QCOMPARE(sim.exitCode(), 2);
    QVERIFY(sim.readAllStandardError().contains("unknown option --no-such-flag"));
}

QTEST_GUILESS_MAIN(TestKubeSimExe)
#include "tst_kubesim_exe.moc"
