// SPDX-License-Identifier: GPL-3.0-or-later
// `driftdeck resolve` end to end: drift in kube-sim, the source served by forge-sim over Git
// smart HTTP, a minimal edit, a branch pushed, a pull request opened, and a second run that
// finds the same pull request instead of opening another.
#include "server.h"
#include "kubesim.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

namespace {

const char kFile[] = R"(# Shop settings: reviewed by the platform team
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  mode: production   # never "debug" here
  retries: "3"
---
apiVersion: v1
kind: Secret
metadata:
  name: api-key
  namespace: shop
stringData:
  key: not-the-real-one
)";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

int git(const QString &dir, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), args);
    p.waitForFinished(30000);
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitCode();
}

} // namespace

class TestResolve : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<kubesim::Server> m_sim;
    forgesim::Server m_forge;
    QString m_kubeconfig;
    QString m_bare;

    Run resolve(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("DRIFTDECK_GIT_TOKEN"), QStringLiteral("tok"));
        env.insert(QStringLiteral("GITHUB_TOKEN"), QStringLiteral("tok"));
        env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
        env.remove(QStringLiteral("KUBECONFIG"));
        p.setProcessEnvironment(env);
        const QString url = QString::fromStdString(m_forge.url());
        p.start(QStringLiteral(DRIFTDECK_EXE),
                QStringList{QStringLiteral("resolve"), QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("--source"),
                            url + u"/acme/platform.git", QStringLiteral("--revision"), QStringLiteral("main"),
                            QStringLiteral("--forge"), QStringLiteral("github"), QStringLiteral("--forge-url"), url + u"/api/v3",
                            QStringLiteral("--timeout"),
                            QStringLiteral("30")}
                    + args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        const QByteArray status = p.exitStatus() == QProcess::NormalExit
                                      ? QByteArray("exit status " + QByteArray::number(p.exitCode()) + '\n')
                                      : QByteArray("crashed (signal " + QByteArray::number(p.exitCode()) + ")\n");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), status + p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The Git side: a repository with one file, served by forge-sim as acme/platform.
        const QString work = m_dir.filePath(QStringLiteral("work"));
        QDir().mkpath(work);
        QFile f(work + u"/shop.yaml");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kFile);
        f.close();
        QCOMPARE(git(work, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}), 0);
        QCOMPARE(git(work, {QStringLiteral("add"), QStringLiteral(".")}), 0);
        QCOMPARE(git(work, {QStringLiteral("-c"), QStringLiteral("user.name=T"), QStringLiteral("-c"), QStringLiteral("user.email=t@t"),
                            QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("shop")}),
                 0);
        m_bare = m_dir.filePath(QStringLiteral("platform.git"));
        QCOMPARE(git(m_dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), work, m_bare}), 0);
        QVERIFY(m_forge.start(0));
        m_forge.addRepository(forgesim::Kind::GitHub, "acme/platform", m_bare.toStdString());
        m_forge.addToken("tok", forgesim::Access::Write);

        // The cluster side: applied by Flux, then edited by hand.
        m_sim = std::make_unique<kubesim::Server>(kubesim::Options{});
        std::string error;
        QVERIFY2(m_sim->start(&error), error.c_str());
        m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(m_sim->writeKubeconfig(m_kubeconfig.toStdString(), "prod"));
        auto flux = [](nlohmann::json o) {
            o["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/name"] = "shop";
            o["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/namespace"] = "flux-system";
            return o;
        };
        m_sim->apply(flux(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"shop"}})")), "kustomize-controller");
        m_sim->apply(flux(nlohmann::json::parse(
                         R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings","namespace":"shop"},"data":{"mode":"production","retries":"3"}})")),
                     "kustomize-controller");
        m_sim->apply(flux(nlohmann::json::parse(
                         R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"api-key","namespace":"shop"},"stringData":{"key":"not-the-real-one"}})")),
                     "kustomize-controller");
        m_sim->apply(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings","namespace":"shop"},"data":{"retries":"5"}})"),
                     "kubectl-edit");
        m_sim->apply(nlohmann::json::parse(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"api-key","namespace":"shop"},"stringData":{"key":"rotated-by-hand"}})"),
                     "kubectl-edit");
    }

    void cleanupTestCase()
    {
        m_sim->stop();
        m_forge.stop();
    }

    void dryRunPrintsTheMinimalEdit()
    {
        const Run r = resolve({QStringLiteral("--resource"), QStringLiteral("ConfigMap/shop/settings"), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("-  retries: \"3\""), r.out.constData());
        QVERIFY2(r.out.contains("+  retries: \"5\""), r.out.constData());
        // Only that line changes: the comments are context, never removed or added.
        QVERIFY(!r.out.contains("-# Shop settings"));
        QVERIFY(!r.out.contains("+  mode:"));
        QVERIFY(m_forge.pulls("acme/platform").empty()); // nothing pushed, nothing opened
    }

    void opensOnePullRequestAndFindsItAgain()
    {
        const Run first = resolve({QStringLiteral("--resource"), QStringLiteral("ConfigMap/shop/settings")});
        QVERIFY2(first.exitCode == 0, QByteArray(first.out + first.err).constData());
        QVERIFY2(first.out.contains("Pull request: http://127.0.0.1"), first.out.constData());
        const auto pulls = m_forge.pulls("acme/platform");
        QCOMPARE(pulls.size(), size_t(1));
        QCOMPARE(pulls[0].base, std::string("main"));
        QVERIFY(QString::fromStdString(pulls[0].body).contains(QStringLiteral("kubectl-edit")));
        QVERIFY(!QString::fromStdString(pulls[0].body).contains(QStringLiteral("tok")));

        // The branch holds exactly the edited file: the value changed, every comment kept.
        QByteArray content;
        QCOMPARE(git(m_bare, {QStringLiteral("show"), QString::fromStdString(pulls[0].head) + u":shop.yaml"}, &content), 0);
        QByteArray expected(kFile);
        expected.replace("retries: \"3\"", "retries: \"5\"");
        QCOMPARE(content, expected);

        const Run second = resolve({QStringLiteral("--resource"), QStringLiteral("ConfigMap/shop/settings")});
        QVERIFY2(second.exitCode == 0, QByteArray(second.out + second.err).constData());
        const QByteArray expectedLine = QByteArray("Existing pull request: ").append(QByteArray::fromStdString(pulls[0].url));
        QVERIFY2(second.out.contains(expectedLine), second.out.constData());
        QCOMPARE(m_forge.pulls("acme/platform").size(), size_t(1));
    }

    void secretsAreRefused()
    {
        const Run r = resolve({QStringLiteral("--resource"), QStringLiteral("Secret/shop/api-key"), QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("refused: Secret/shop/api-key"), r.err.constData());
        QVERIFY(!r.out.contains("rotated-by-hand"));
        QVERIFY(!r.err.contains("rotated-by-hand"));
    }
};

QTEST_GUILESS_MAIN(TestResolve)
#include "tst_resolve.moc"
