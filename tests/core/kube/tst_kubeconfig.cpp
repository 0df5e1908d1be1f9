// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::kube;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

const QByteArray kFirst = R"(apiVersion: v1
kind: Config
current-context: prod
clusters:
- name: prod-cluster
  cluster:
    server: https://prod.example:6443
    certificate-authority: certs/ca.pem
    tls-server-name: api.prod.internal
    proxy-url: socks5://127.0.0.1:1080
- name: shared
  cluster:
    server: https://first.example
    insecure-skip-tls-verify: true
users:
- name: alice
  user:
    token: first-token
    client-certificate: ../pki/alice.crt
    client-key: /abs/alice.key
    as: admin
    as-groups: [system:masters, ops]
- name: eks
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "prod"]
      env:
      - name: AWS_PROFILE
        value: prod
      installHint: Install the AWS CLI
      provideClusterInfo: true
- name: local-plugin
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./bin/plugin
contexts:
- name: prod
  context: {cluster: prod-cluster, user: alice, namespace: shop}
- name: shared
  context: {cluster: shared, user: eks}
)";

const QByteArray kSecond = R"(apiVersion: v1
kind: Config
current-context: shared
clusters:
- name: shared
  cluster:
    server: https://second.example
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==
- name: dev
  cluster:
    server: https://dev.example
users:
- name: alice
  user:
    token: second-token
- name: bob
  user:
    username: bob
    password: secret
contexts:
- name: prod
  context: {cluster: dev, user: bob}
- name: dev
  context: {cluster: dev, user: bob}
)";

} // namespace

class TestKubeconfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filesToLoad_data()
    {
        QTest::addColumn<QString>("explicitPath");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("explicit wins") << QStringLiteral("/x/cfg") << QStringLiteral("/a:/b") << QStringList{QStringLiteral("/x/cfg")};
        QTest::newRow("env list") << QString() << QStringLiteral("/a:/b") << QStringList{QStringLiteral("/a"), QStringLiteral("/b")};
        QTest::newRow("env empties and repeats dropped")
            << QString() << QStringLiteral(":/a::/b:/a") << QStringList{QStringLiteral("/a"), QStringLiteral("/b")};
        QTest::newRow("home default") << QString() << QString() << QStringList{QStringLiteral("/home/u/.kube/config")};
        QTest::newRow("env only separators") << QString() << QStringLiteral("::") << QStringList{QStringLiteral("/home/u/.kube/config")};
    }
    void filesToLoad()
    {
        QFETCH(QString, explicitPath);
        QFETCH(QString, env);
        QFETCH(QStringList, expected);
        QCOMPARE(Kubeconfig::filesToLoad(explicitPath, env, QStringLiteral("/home/u")), expected);
    }

    void parsesEveryField()
    {
        auto cfg = Kubeconfig::fromYaml(kFirst, QStringLiteral("/etc/kube"));
        QVERIFY2(cfg.ok(), qPrintable(cfg.ok() ? QString() : cfg.error().fullText()));
        QCOMPARE(cfg->currentContext(), QStringLiteral("prod"));
        QCOMPARE(cfg->contexts().size(), 2);
        auto prod = cfg->resolve();
        QVERIFY(prod.ok());
        QCOMPARE(prod->context.ns, QStringLiteral("shop"));
        QCOMPARE(prod->cluster.server, QStringLiteral("https://prod.example:6443"));
        QCOMPARE(prod->cluster.certificateAuthority, QStringLiteral("/etc/kube/certs/ca.pem"));
        QCOMPARE(prod->cluster.tlsServerName, QStringLiteral("api.prod.internal"));
        QCOMPARE(prod->cluster.proxyUrl, QStringLiteral("socks5://127.0.0.1:1080"));
        QVERIFY(!prod->cluster.insecureSkipTlsVerify);
        QCOMPARE(prod->user.token, QStringLiteral("first-token"));
        QCOMPARE(prod->user.clientCertificate, QStringLiteral("/etc/pki/alice.crt"));
        QCOMPARE(prod->user.clientKey, QStringLiteral("/abs/alice.key"));
        QCOMPARE(prod->user.impersonate, QStringLiteral("admin"));
        QCOMPARE(prod->user.impersonateGroups, (QStringList{QStringLiteral("system:masters"), QStringLiteral("ops")}));

        auto shared = cfg->resolve(QStringLiteral("shared"));
        QVERIFY(shared.ok());
        QVERIFY(shared->cluster.insecureSkipTlsVerify);
        QVERIFY(shared->user.exec.has_value());
        const ExecConfig &exec = *shared->user.exec;
        QCOMPARE(exec.command, QStringLiteral("aws")); // bare names are looked up on PATH, not resolved
        QCOMPARE(exec.args.size(), 4);
        QCOMPARE(exec.env.size(), 1);
        QCOMPARE(exec.env.first().first, QStringLiteral("AWS_PROFILE"));
        QCOMPARE(exec.env.first().second, QStringLiteral("prod"));
        QCOMPARE(exec.apiVersion, QStringLiteral("client.authentication.k8s.io/v1beta1"));
        QCOMPARE(exec.installHint, QStringLiteral("Install the AWS CLI"));
        QVERIFY(exec.provideClusterInfo);
        QCOMPARE(cfg->user(QStringLiteral("local-plugin"))->exec->command, QStringLiteral("/etc/kube/bin/plugin"));
    }

    void mergesFirstWins()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a/config")), kFirst);
        writeFile(dir.filePath(QStringLiteral("b/config")), kSecond);
        const QStringList files{dir.filePath(QStringLiteral("a/config")), dir.filePath(QStringLiteral("missing")),
                                dir.filePath(QStringLiteral("b/config"))};
        auto cfg = Kubeconfig::load(files);
        QVERIFY2(cfg.ok(), qPrintable(cfg.ok() ? QString() : cfg.error().fullText()));
        QCOMPARE(cfg->files().size(), 2); // the missing one is skipped silently
        QCOMPARE(cfg->currentContext(), QStringLiteral("prod")); // first current-context wins
        // named entries: the first file's whole entry wins, later ones only add new names
        QCOMPARE(cfg->cluster(QStringLiteral("shared"))->server, QStringLiteral("https://first.example"));
        QVERIFY(cfg->cluster(QStringLiteral("shared"))->certificateAuthorityData.isEmpty());
        QCOMPARE(cfg->user(QStringLiteral("alice"))->token, QStringLiteral("first-token"));
        QCOMPARE(cfg->context(QStringLiteral("prod"))->cluster, QStringLiteral("prod-cluster"));
        QCOMPARE(cfg->contexts().size(), 3);
        QCOMPARE(cfg->clusters().size(), 3);
        QCOMPARE(cfg->users().size(), 4);
        auto dev = cfg->resolve(QStringLiteral("dev"));
        QVERIFY(dev.ok());
        QCOMPARE(dev->user.username, QStringLiteral("bob"));
        QCOMPARE(dev->user.password, QStringLiteral("secret"));
        QCOMPARE(cfg->serverOf(*cfg->context(QStringLiteral("dev"))), QStringLiteral("https://dev.example"));

        // reversed order: the other file wins everything
        auto reversed = Kubeconfig::load({files[2], files[0]});
        QVERIFY(reversed.ok());
        QCOMPARE(reversed->currentContext(), QStringLiteral("shared"));
        QCOMPARE(reversed->cluster(QStringLiteral("shared"))->server, QStringLiteral("https://second.example"));
        QCOMPARE(reversed->cluster(QStringLiteral("shared"))->certificateAuthorityData,
                 QByteArray("-----BEGIN CERTIFICATE-----\n"));
        // relative paths stay resolved against their own file's folder after merging
        QCOMPARE(reversed->cluster(QStringLiteral("prod-cluster"))->certificateAuthority,
                 QDir::cleanPath(dir.filePath(QStringLiteral("a/certs/ca.pem"))));
    }

    void explicitMissingFileIsAnError()
    {
        auto cfg = Kubeconfig::load({QStringLiteral("/nonexistent/driftdeck/config")}, true);
        QVERIFY(!cfg.ok());
        QVERIFY(cfg.error().message.contains(QStringLiteral("/nonexistent/driftdeck/config")));
    }

    void resolveErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no current context") << QByteArray("clusters: []\n") << QString() << QStringLiteral("current context");
        QTest::newRow("unknown context") << kFirst << QStringLiteral("nope") << QStringLiteral("nope");
        QTest::newRow("missing cluster") << QByteArray("contexts:\n- name: c\n  context: {cluster: gone}\n") << QStringLiteral("c")
                                         << QStringLiteral("gone");
        QTest::newRow("missing user")
            << QByteArray("clusters:\n- name: k\n  cluster: {server: https://k}\ncontexts:\n- name: c\n  context: {cluster: k, user: ghost}\n")
            << QStringLiteral("c") << QStringLiteral("ghost");
    }
    void resolveErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, context);
        QFETCH(QString, mentions);
        auto cfg = Kubeconfig::fromYaml(yaml, QStringLiteral("/tmp"));
        QVERIFY(cfg.ok());
        auto r = cfg->resolve(context);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void invalidYamlIsAnError()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("bad")), "clusters: [\n  - {name: x\n");
        auto cfg = Kubeconfig::load({dir.filePath(QStringLiteral("bad"))});
        QVERIFY(!cfg.ok());
        QVERIFY(cfg.error().message.contains(dir.filePath(QStringLiteral("bad"))));
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
