// SPDX-License-Identifier: GPL-3.0-or-later
#include "githttpserver.h"
#include "testrepo.h"

#include "core/git/gitmirror.h"
#include "core/git/knownhosts.h"
#include "core/manifest/desiredstore.h"
#include "core/manifest/renderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::git;

namespace {

QByteArray deployment(const char *name, int replicas)
{
    return QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ") + name + "\nspec:\n  replicas: "
        + QByteArray::number(replicas) + "\n";
}

QByteArray configMap(const char *name)
{
    return QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ") + name + "\n";
}

// Runs openssl with `args` in `dir`; its stderr on failure.
bool openssl(const QString &dir, const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStandardPaths::findExecutable(QStringLiteral("openssl")), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

// A private CA: <dir>/<name>-ca.pem and -ca.key.
bool makeCa(const QString &dir, const QString &name, QString *error)
{
    return openssl(dir,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral("-ca.key"), QStringLiteral("-out"),
                    name + QStringLiteral("-ca.pem"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Driftdeck test CA ") + name, QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                   error);
}

// A server certificate <dir>/<name>.pem (+ .key) for subjectAltName `san`, signed by `ca`.
bool makeServerCert(const QString &dir, const QString &ca, const QString &name, const QString &san, QString *error)
{
    QFile ext(QDir(dir).filePath(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=" + san.toUtf8() + "\n");
    ext.close();
    return openssl(dir,
                   {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=") + name},
                   error)
        && openssl(dir,
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                    QStringLiteral("-CA"), ca + QStringLiteral("-ca.pem"), QStringLiteral("-CAkey"), ca + QStringLiteral("-ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-days"),
                    QStringLiteral("1"), QStringLiteral("-extfile"), name + QStringLiteral(".ext")},
                   error);
}

} // namespace

class TestGitMirror : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_c1;
    QString m_head; // origin's main
    std::unique_ptr<TestRepo> m_origin;

    MirrorOptions options(const QString &url, const QString &cacheName)
    {
        MirrorOptions o;
        o.url = url;
        o.cacheRoot = m_dir.filePath(cacheName);
        o.credentials.useCredentialHelper = false;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Never read the developer's Git configuration or prompt.
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("GIT_CONFIG_GLOBAL", m_dir.filePath(QStringLiteral("empty-gitconfig")).toUtf8());
        qputenv("GIT_TERMINAL_PROMPT", "0");
        m_origin = std::make_unique<TestRepo>(m_dir.filePath(QStringLiteral("srv/origin.git")));
        QVERIFY(m_origin->isValid());
        m_c1 = m_origin->commit({{QStringLiteral("apps/web.yaml"), deployment("web", 2)},
                                 {QStringLiteral("apps/sub/cm.yaml"), configMap("settings")},
                                 {QStringLiteral("README.md"), QByteArray("# demo\n")}},
                                QStringLiteral("first"));
        QVERIFY(!m_c1.isEmpty());
        QVERIFY(m_origin->tag(QStringLiteral("v1"), m_c1));
        m_head = m_c1;
    }

    void localPath()
    {
        GitMirror mirror(options(m_origin->path(), QStringLiteral("cache-local")));
        QVERIFY(!mirror.exists());
        QVERIFY(!mirror.resolve(QStringLiteral("main")).ok());
        QSignalSpy progress(&mirror, &GitMirror::progress);
        auto r = mirror.sync();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        QVERIFY(mirror.exists());
        QVERIFY(mirror.path().startsWith(m_dir.filePath(QStringLiteral("cache-local"))));
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().at(0).value<GitProgress>();
        QVERIFY(last.done);
        QVERIFY(last.totalObjects > 0);
        QCOMPARE(last.indexedObjects, last.totalObjects);

        QCOMPARE(*mirror.resolve(QStringLiteral("main")), m_c1);
        QCOMPARE(*mirror.resolve(QStringLiteral("HEAD")), m_c1);
        QCOMPARE(*mirror.resolve(QStringLiteral("v1")), m_c1);
        QCOMPARE(*mirror.resolve(m_c1.left(10)), m_c1);
        QCOMPARE(*mirror.resolve(QStringLiteral("refs/heads/main")), m_c1);
        QVERIFY(!mirror.resolve(QStringLiteral("nope")).ok());
        QCOMPARE(mirror.resolve(QStringLiteral("nope")).error().message, QStringLiteral("No branch, tag or commit named nope"));
        QCOMPARE(*mirror.branches(), QStringList{QStringLiteral("main")});
        auto info = mirror.commitInfo(QStringLiteral("main"));
        QVERIFY(info.ok());
        QCOMPARE(info->summary, QStringLiteral("first"));
        QCOMPARE(info->author, QStringLiteral("Test"));
        QCOMPARE(info->time.toSecsSinceEpoch(), 1700000000);

        QCOMPARE(*mirror.readFile(m_c1, QStringLiteral("apps/web.yaml")), deployment("web", 2));
        QCOMPARE(mirror.readFile(m_c1, QStringLiteral("apps/none.yaml")).error().message,
                 QStringLiteral("apps/none.yaml does not exist at this commit"));
        QCOMPARE(mirror.readFile(m_c1, QStringLiteral("apps")).error().message, QStringLiteral("apps is not a file"));
        auto all = mirror.readTree(m_c1);
        QVERIFY(all.ok());
        QCOMPARE(all->keys(), (QStringList{QStringLiteral("README.md"), QStringLiteral("apps/sub/cm.yaml"), QStringLiteral("apps/web.yaml")}));
        auto sub = mirror.readTree(m_c1, QStringLiteral("./apps/sub"));
        QVERIFY2(sub.ok(), qPrintable(sub.ok() ? QString() : sub.error().fullText()));
        QCOMPARE(sub->keys(), QStringList{QStringLiteral("apps/sub/cm.yaml")});
        QCOMPARE(sub->value(QStringLiteral("apps/sub/cm.yaml")), configMap("settings"));
        QVERIFY(!mirror.readTree(m_c1, QStringLiteral("missing")).ok());
        // No working tree: the mirror is bare.
        QVERIFY(!QFile::exists(mirror.path() + QStringLiteral("/apps")));
    }

    void incrementalFetch()
    {
        GitMirror mirror(options(QStringLiteral("file://") + m_origin->path(), QStringLiteral("cache-incremental")));
        QVERIFY(mirror.sync().ok());
        QCOMPARE(*mirror.resolve(QStringLiteral("main")), m_c1);
        const QString c2 = m_origin->commit({{QStringLiteral("apps/web.yaml"), deployment("web", 5)}}, QStringLiteral("scale"));
        m_head = c2;
        const QString f1 = m_origin->commit({{QStringLiteral("feature.yaml"), configMap("f")}}, QStringLiteral("feature"),
                                            QStringLiteral("feature"));
        QSignalSpy progress(&mirror, &GitMirror::progress);
        QVERIFY(mirror.sync().ok());
        QCOMPARE(*mirror.resolve(QStringLiteral("main")), c2);
        QCOMPARE(*mirror.resolve(QStringLiteral("feature")), f1);
        QCOMPARE(*mirror.branches(), (QStringList{QStringLiteral("feature"), QStringLiteral("main")}));
        // Only the new objects travel: far fewer than a full clone would send.
        const auto last = progress.last().at(0).value<GitProgress>();
        QVERIFY(last.done);
        QVERIFY2(last.totalObjects <= 8, qPrintable(QString::number(last.totalObjects)));
        // The older commit is still readable.
        QCOMPARE(*mirror.readFile(m_c1, QStringLiteral("apps/web.yaml")), deployment("web", 2));
        QCOMPARE(*mirror.readFile(c2, QStringLiteral("apps/web.yaml")), deployment("web", 5));
    }

    void periodicSync()
    {
        QTemporaryDir dir;
        TestRepo repo(dir.filePath(QStringLiteral("p.git")));
        const QString first = repo.commit({{QStringLiteral("a.yaml"), configMap("a")}}, QStringLiteral("one"));
        GitMirror mirror(options(repo.path(), QStringLiteral("cache-periodic")));
        QSignalSpy synced(&mirror, &GitMirror::synced);
        mirror.startPeriodicSync(std::chrono::milliseconds(50));
        QVERIFY(synced.wait(10000)); // the first sync runs at once
        QCOMPARE(synced.first().at(0).toBool(), true);
        QCOMPARE(*mirror.resolve(QStringLiteral("main")), first);
        const QString second = repo.commit({{QStringLiteral("a.yaml"), configMap("b")}}, QStringLiteral("two"));
        QTRY_COMPARE_WITH_TIMEOUT(mirror.resolve(QStringLiteral("main")).valueOr(QString()), second, 10000);
        mirror.stopPeriodicSync();
        QVERIFY(synced.count() >= 2);
    }

    void cancel()
    {
        QTemporaryDir dir;
        TestRepo repo(dir.filePath(QStringLiteral("c.git")));
        repo.commit({{QStringLiteral("a.yaml"), configMap("a")}, {QStringLiteral("b.yaml"), configMap("b")}}, QStringLiteral("one"));
        GitMirror mirror(options(QStringLiteral("file://") + repo.path(), QStringLiteral("cache-cancel")));
        connect(&mirror, &GitMirror::progress, &mirror, [&mirror] { mirror.cancel(); });
        auto r = mirror.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("Fetching %1 was cancelled").arg(QStringLiteral("file://") + repo.path()));
        QVERIFY(!mirror.exists());
        // The next sync starts afresh and succeeds.
        disconnect(&mirror, &GitMirror::progress, &mirror, nullptr);
        QVERIFY(mirror.sync().ok());
    }

    void newCommitGivesExactChangeBatch()
    {
        QTemporaryDir dir;
        TestRepo repo(dir.filePath(QStringLiteral("o.git")));
        const QString a = repo.commit({{QStringLiteral("deploy/web.yaml"), deployment("web", 2)},
                                       {QStringLiteral("deploy/api.yaml"), deployment("api", 1)},
                                       {QStringLiteral("deploy/cm.yaml"), configMap("settings")}},
                                      QStringLiteral("a"));
        GitMirror mirror(options(repo.path(), QStringLiteral("cache-batch")));
        QVERIFY(mirror.sync().ok());
        manifest::DesiredStore store;
        QSignalSpy spy(&store, &manifest::DesiredStore::changed);
        auto renderAt = [&](const QString &sha) {
            manifest::RenderRequest req;
            req.files = *mirror.readTree(sha);
            req.path = QStringLiteral("deploy");
            req.origin = manifest::SourceOrigin{repo.path(), sha, {}};
            return manifest::Renderer::render(req).manifests;
        };
        store.update(QStringLiteral("src"), a, renderAt(*mirror.resolve(QStringLiteral("main"))), QStringLiteral("shop"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<manifest::DesiredChangeBatch>().added.size(), 3);

        const QString b = repo.commit({{QStringLiteral("deploy/web.yaml"), deployment("web", 4)},
                                       {QStringLiteral("deploy/api.yaml"), std::nullopt},
                                       {QStringLiteral("deploy/worker.yaml"), deployment("worker", 1)},
                                       {QStringLiteral("README.md"), QByteArray("unrelated\n")}},
                                      QStringLiteral("b"));
        QVERIFY(mirror.sync().ok());
        QCOMPARE(*mirror.resolve(QStringLiteral("main")), b);
        store.update(QStringLiteral("src"), b, renderAt(b), QStringLiteral("shop"));
        QCOMPARE(spy.count(), 2);
        const auto batch = spy.at(1).at(0).value<manifest::DesiredChangeBatch>();
        auto key = [](const char *kind, const char *name) {
            return ResourceKey{QStringLiteral("apps"), QString::fromLatin1(kind), QStringLiteral("shop"), QString::fromLatin1(name)};
        };
        QCOMPARE(batch.commit, b);
        QCOMPARE(batch.added.size(), 1);
        QCOMPARE(batch.added[0].key, key("Deployment", "worker"));
        QCOMPARE(batch.added[0].origin.commit, b);
        QCOMPARE(batch.modified.size(), 1);
        QCOMPARE(batch.modified[0].key, key("Deployment", "web"));
        QCOMPARE(batch.modified[0].object->at("spec").at("replicas").get<int>(), 4);
        QCOMPARE(batch.removed, QList<ResourceKey>{key("Deployment", "api")});
    }

    void smartHttpWithToken()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not on PATH: no git http-backend to serve the repository");
        GitHttpServer server(m_dir.filePath(QStringLiteral("srv")), QStringLiteral("s3cret-token"));
        QVERIFY(server.port() > 0);
        MirrorOptions o = options(server.url(QStringLiteral("origin.git")), QStringLiteral("cache-http"));
        o.credentials.token = QStringLiteral("s3cret-token");
        GitMirror mirror(o);
        auto r = mirror.sync();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        QVERIFY(server.unauthorized() >= 1); // the first request is challenged
        QCOMPARE(*mirror.resolve(QStringLiteral("main")), m_head);
        QVERIFY(mirror.readFile(QStringLiteral("main"), QStringLiteral("apps/web.yaml")).ok());

        // Incremental fetch over HTTP.
        const QString c3 = m_origin->commit({{QStringLiteral("apps/new.yaml"), configMap("new")}}, QStringLiteral("over http"));
        m_head = c3;
        QVERIFY(mirror.sync().ok());
        QCOMPARE(*mirror.resolve(QStringLiteral("main")), c3);
        QCOMPARE(*mirror.readFile(c3, QStringLiteral("apps/new.yaml")), configMap("new"));
    }

    void smartHttpErrors_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong token") << QStringLiteral("wrong") << QStringLiteral("origin.git") << QStringLiteral("Authentication to %1 failed");
        QTest::newRow("no token, no helper") << QString() << QStringLiteral("origin.git") << QStringLiteral("Authentication to %1 failed");
        QTest::newRow("no such repository") << QStringLiteral("s3cret-token") << QStringLiteral("missing.git") << QStringLiteral("Cannot fetch %1");
    }

    void smartHttpErrors()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not on PATH: no git http-backend to serve the repository");
        QFETCH(QString, token);
        QFETCH(QString, repo);
        QFETCH(QString, message);
        GitHttpServer server(m_dir.filePath(QStringLiteral("srv")), QStringLiteral("s3cret-token"));
        MirrorOptions o = options(server.url(repo), QStringLiteral("cache-http-errors"));
        o.credentials.token = token;
        GitMirror mirror(o);
        auto r = mirror.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, message.arg(server.url(repo)));
        QVERIFY(!r.error().message.contains(QStringLiteral("s3cret")));
        QVERIFY(!mirror.exists()); // a failed clone leaves no half mirror behind
        QVERIFY(!QDir(mirror.path() + QStringLiteral(".partial")).exists());
        QVERIFY(server.requests() < 20); // one try per credential, no loop
    }

    void tlsCertificates()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not on PATH: no git http-backend to serve the repository");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not on PATH: cannot make a self-signed certificate");
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess p;
        p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                          QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                          QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                          QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        GitHttpServer server(m_dir.filePath(QStringLiteral("srv")), QStringLiteral("s3cret-token"), cert, key);
        QVERIFY(server.port() > 0);
        QVERIFY(server.url(QStringLiteral("x")).startsWith(QStringLiteral("https://")));

        // A self-signed certificate is refused, and nothing is sent.
        MirrorOptions o = options(server.url(QStringLiteral("origin.git")), QStringLiteral("cache-tls"));
        o.credentials.token = QStringLiteral("s3cret-token");
        GitMirror strict(o);
        auto refused = strict.sync();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("The certificate of 127.0.0.1 is not trusted"));
        QCOMPARE(server.requests(), 0);
        QVERIFY(!strict.exists());

        // Accepted only when the user says so.
        o.certificates.insecureSkipTlsVerify = true;
        GitMirror lenient(o);
        auto accepted = lenient.sync();
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().fullText()));
        QCOMPARE(*lenient.resolve(QStringLiteral("main")), m_head);
    }

    void privateCa()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not on PATH: no git http-backend to serve the repository");
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not on PATH: cannot make a private CA");
        QTemporaryDir pki;
        QString error;
        QVERIFY2(makeCa(pki.path(), QStringLiteral("private"), &error), qPrintable(error));
        QVERIFY2(makeCa(pki.path(), QStringLiteral("other"), &error), qPrintable(error));
        QVERIFY2(makeServerCert(pki.path(), QStringLiteral("private"), QStringLiteral("forge"), QStringLiteral("IP:127.0.0.1"), &error),
                 qPrintable(error));
        QVERIFY2(makeServerCert(pki.path(), QStringLiteral("private"), QStringLiteral("elsewhere"),
                                QStringLiteral("DNS:git.elsewhere.example"), &error),
                 qPrintable(error));
        const QString privateCa = pki.filePath(QStringLiteral("private-ca.pem"));
        const QString otherCa = pki.filePath(QStringLiteral("other-ca.pem"));
        GitHttpServer server(m_dir.filePath(QStringLiteral("srv")), QStringLiteral("s3cret-token"), pki.filePath(QStringLiteral("forge.pem")),
                             pki.filePath(QStringLiteral("forge.key")));
        QVERIFY(server.port() > 0);
        MirrorOptions o = options(server.url(QStringLiteral("origin.git")), QStringLiteral("cache-private-ca"));
        o.credentials.token = QStringLiteral("s3cret-token");

        // Without the CA file the private CA is not trusted, and nothing is sent.
        GitMirror plain(o);
        auto refused = plain.sync();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("The certificate of 127.0.0.1 is not trusted"));

        // The wrong CA: refused, naming the file and OpenSSL's reason.
        o.certificates.caFile = otherCa;
        GitMirror wrong(o);
        auto wrongCa = wrong.sync();
        QVERIFY(!wrongCa.ok());
        QCOMPARE(wrongCa.error().message, QStringLiteral("The certificate of 127.0.0.1 is not trusted by the system or by %1").arg(otherCa));
        QVERIFY2(wrongCa.error().cause.contains(QStringLiteral("issuer certificate")), qPrintable(wrongCa.error().cause));
        QVERIFY(!wrong.exists());

        // A CA file that does not exist is an error of its own, not a silent fallback.
        o.certificates.caFile = pki.filePath(QStringLiteral("missing.pem"));
        GitMirror missing(o);
        auto missingCa = missing.sync();
        QVERIFY(!missingCa.ok());
        QVERIFY2(missingCa.error().cause.contains(QStringLiteral("cannot be read")), qPrintable(missingCa.error().cause));
        QCOMPARE(server.requests(), 0);

        // The right CA: verification stays on and passes.
        o.certificates.caFile = privateCa;
        GitMirror trusted(o);
        auto accepted = trusted.sync();
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().fullText()));
        QCOMPARE(*trusted.resolve(QStringLiteral("main")), m_head);
        QVERIFY(server.requests() > 0);

        // The right CA but a certificate for another host name: refused.
        GitHttpServer impostor(m_dir.filePath(QStringLiteral("srv")), QStringLiteral("s3cret-token"),
                               pki.filePath(QStringLiteral("elsewhere.pem")), pki.filePath(QStringLiteral("elsewhere.key")));
        MirrorOptions io = options(impostor.url(QStringLiteral("origin.git")), QStringLiteral("cache-private-ca-host"));
        io.credentials.token = QStringLiteral("s3cret-token");
        io.certificates.caFile = privateCa;
        GitMirror misnamed(io);
        auto wrongHost = misnamed.sync();
        QVERIFY(!wrongHost.ok());
        QCOMPARE(wrongHost.error().message, QStringLiteral("The certificate of 127.0.0.1 is not trusted by the system or by %1").arg(privateCa));
        QVERIFY2(wrongHost.error().cause.contains(QStringLiteral("mismatch")), qPrintable(wrongHost.error().cause));
        QCOMPARE(impostor.requests(), 0);
    }

    void credentialHelper()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not on PATH: no git http-backend to serve the repository");
        GitHttpServer server(m_dir.filePath(QStringLiteral("srv")), QStringLiteral("helper-token"));
        const QString config = m_dir.filePath(QStringLiteral("helper-gitconfig"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[credential]\n\thelper = \"!f() { test \\\"$1\\\" = get && echo username=alice && echo password=helper-token; }; f\"\n");
        f.close();
        const QByteArray previous = qgetenv("GIT_CONFIG_GLOBAL");
        qputenv("GIT_CONFIG_GLOBAL", config.toUtf8());
        MirrorOptions o = options(server.url(QStringLiteral("origin.git")), QStringLiteral("cache-helper"));
        o.credentials.useCredentialHelper = true;
        GitMirror mirror(o);
        auto r = mirror.sync();
        qputenv("GIT_CONFIG_GLOBAL", previous);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        QVERIFY(mirror.resolve(QStringLiteral("main")).ok());
    }

    void paths()
    {
        const QString a = GitMirror::mirrorPathFor(QStringLiteral("/c"), QStringLiteral("https://user:tok@git.example/team/shop.git"));
        const QString b = GitMirror::mirrorPathFor(QStringLiteral("/c"), QStringLiteral("https://git.example/team/shop.git"));
        QCOMPARE(a, b); // credentials in the URL do not change the mirror
        QVERIFY(a.startsWith(QStringLiteral("/c/shop-")));
        QVERIFY(a.endsWith(QStringLiteral(".git")));
        QVERIFY(GitMirror::mirrorPathFor(QStringLiteral("/c"), QStringLiteral("https://git.example/other/shop.git")) != a);
        QCOMPARE(GitMirror::displayUrl(QStringLiteral("https://user:tok@git.example/x.git")), QStringLiteral("https://git.example/x.git"));
        QCOMPARE(GitMirror::displayUrl(QStringLiteral("git@github.com:a/b.git")), QStringLiteral("git@github.com:a/b.git"));
    }

    void knownHosts_data()
    {
        const QByteArray key = QByteArray("ssh-ed25519-test-key-blob");
        const QByteArray other = QByteArray("another-key-blob");
        const QByteArray salt = "0123456789abcdef0123";
        const QByteArray hashed = "|1|" + salt.toBase64() + '|'
            + QMessageAuthenticationCode::hash("hashed.example", salt, QCryptographicHash::Sha1).toBase64();
        const QByteArray file = "# comment\n"
                                "git.example,10.0.0.1 ssh-ed25519 " + key.toBase64() + "\n"
                                "[git.example]:2222 ssh-ed25519 " + other.toBase64() + "\n"
                                "*.wild.example ssh-ed25519 " + key.toBase64() + "\n"
                                + hashed + " ssh-ed25519 " + key.toBase64() + "\n"
                                "@revoked bad.example ssh-ed25519 " + key.toBase64() + "\n";
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("presented");
        QTest::addColumn<int>("verdict");
        QTest::newRow("trusted") << file << QStringLiteral("git.example") << 22 << key << int(KnownHosts::Verdict::Trusted);
        QTest::newRow("other name on line") << file << QStringLiteral("10.0.0.1") << 22 << key << int(KnownHosts::Verdict::Trusted);
        QTest::newRow("mismatch") << file << QStringLiteral("git.example") << 22 << other << int(KnownHosts::Verdict::Mismatch);
        QTest::newRow("port entry") << file << QStringLiteral("git.example") << 2222 << other << int(KnownHosts::Verdict::Trusted);
        QTest::newRow("wildcard") << file << QStringLiteral("a.wild.example") << 22 << key << int(KnownHosts::Verdict::Trusted);
        QTest::newRow("hashed") << file << QStringLiteral("hashed.example") << 22 << key << int(KnownHosts::Verdict::Trusted);
        QTest::newRow("unknown") << file << QStringLiteral("nobody.example") << 22 << key << int(KnownHosts::Verdict::Unknown);
        QTest::newRow("revoked") << file << QStringLiteral("bad.example") << 22 << key << int(KnownHosts::Verdict::Revoked);
    }

    void knownHosts()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QByteArray, presented);
        QFETCH(int, verdict);
        const QByteArray sha = QCryptographicHash::hash(presented, QCryptographicHash::Sha256);
        QCOMPARE(int(KnownHosts::check(file, host, port, sha)), verdict);
    }
};

QTEST_GUILESS_MAIN(TestGitMirror)
#include "tst_gitmirror.moc"
