// SPDX-License-Identifier: GPL-3.0-or-later
#include "../git/testrepo.h"

#include "core/manifest/desiredstore.h"
#include "core/workspace/sourcereader.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::workspace;

namespace {

QByteArray configMap(const char *name, const char *value = "1")
{
    return QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ") + name + "\ndata:\n  v: \"" + value + "\"\n";
}

QStringList names(const manifest::ManifestSet &set)
{
    QStringList n;
    for (const auto &o : set.objects)
        n.append(o.key.name);
    n.sort();
    return n;
}

} // namespace

class TestSourceReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("GIT_CONFIG_GLOBAL", m_dir.filePath(QStringLiteral("empty-gitconfig")).toUtf8());
        qputenv("GIT_TERMINAL_PROMPT", "0");
    }

    void repositoryBranchAndNewCommit()
    {
        TestRepo repo(m_dir.filePath(QStringLiteral("origin.git")));
        const QString c1 = repo.commit({{QStringLiteral("deploy/a.yaml"), configMap("a")},
                                        {QStringLiteral("deploy/b.yaml"), configMap("b")},
                                        {QStringLiteral("other/c.yaml"), configMap("c")}},
                                       QStringLiteral("one"));
        SourceSpec spec;
        spec.name = QStringLiteral("shop");
        spec.repository = repo.path();
        spec.branch = QStringLiteral("main");
        spec.path = QStringLiteral("deploy");
        spec.targetNamespace = QStringLiteral("shop");
        SourceReader reader(m_dir.filePath(QStringLiteral("cache")));
        auto snap = reader.read(spec);
        QVERIFY2(snap.ok(), qPrintable(snap.ok() ? QString() : snap.error().fullText()));
        QCOMPARE(snap->commit, c1);
        QCOMPARE(names(snap->rendered.manifests), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(snap->rendered.manifests.objects[0].origin.repository, repo.path());
        QCOMPARE(snap->rendered.manifests.objects[0].origin.commit, c1);
        QVERIFY(reader.mirror(spec)->exists());

        manifest::DesiredStore store;
        store.update(spec.name, snap->commit, snap->rendered.manifests, spec.targetNamespace);
        const QString c2 = repo.commit({{QStringLiteral("deploy/a.yaml"), configMap("a", "2")}, {QStringLiteral("other/c.yaml"), configMap("c", "2")}},
                                       QStringLiteral("two"));
        // Without fetching, the reader still sees the first commit.
        QCOMPARE(reader.read(spec, false)->commit, c1);
        auto next = reader.read(spec);
        QVERIFY(next.ok());
        QCOMPARE(next->commit, c2);
        const auto batch = store.update(spec.name, next->commit, next->rendered.manifests, spec.targetNamespace);
        QVERIFY(batch.added.isEmpty());
        QVERIFY(batch.removed.isEmpty());
        QCOMPARE(batch.modified.size(), 1);
        QCOMPARE(batch.modified[0].key, (ResourceKey{QString(), QStringLiteral("ConfigMap"), QStringLiteral("shop"), QStringLiteral("a")}));

        // A pinned revision.
        spec.branch.clear();
        spec.revision = c1;
        QCOMPARE(reader.read(spec)->commit, c1);
    }

    void plainFolderOnDisk()
    {
        const QString folder = m_dir.filePath(QStringLiteral("plain"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/apps")));
        QFile f(folder + QStringLiteral("/apps/x.yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(configMap("x"));
        f.close();
        SourceSpec spec;
        spec.name = QStringLiteral("local");
        spec.repository = folder;
        spec.path = QStringLiteral("apps");
        QVERIFY(SourceReader::isPlainFolder(spec));
        SourceReader reader(m_dir.filePath(QStringLiteral("cache")));
        QVERIFY(!reader.mirror(spec));
        auto snap = reader.read(spec);
        QVERIFY(snap.ok());
        QVERIFY(snap->commit.isEmpty());
        QCOMPARE(names(snap->rendered.manifests), QStringList{QStringLiteral("x")});
        QCOMPARE(snap->rendered.manifests.objects[0].origin.filePath, QStringLiteral("apps/x.yaml"));
    }

    void errors()
    {
        TestRepo repo(m_dir.filePath(QStringLiteral("errors.git")));
        repo.commit({{QStringLiteral("app/main.jsonnet"), QByteArray("{}")}}, QStringLiteral("one"));
        SourceReader reader(m_dir.filePath(QStringLiteral("cache")));
        SourceSpec spec;
        spec.name = QStringLiteral("e");
        spec.repository = repo.path();
        spec.branch = QStringLiteral("nope");
        auto missing = reader.read(spec);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message, QStringLiteral("No branch, tag or commit named nope"));

        spec.branch.clear(); // the remote's default branch
        spec.path = QStringLiteral("app");
        auto jsonnet = reader.read(spec);
        QVERIFY(jsonnet.ok());
        QVERIFY(jsonnet->rendered.failure);
        QCOMPARE(jsonnet->rendered.failure->message, QStringLiteral("unsupported renderer: jsonnet"));

        spec.repository = m_dir.filePath(QStringLiteral("does-not-exist.git"));
        auto gone = reader.read(spec);
        QVERIFY(!gone.ok());
        QVERIFY(gone.error().message.startsWith(QStringLiteral("Cannot fetch")));
    }

    void tokenFromEnvironment()
    {
        qputenv("DRIFTDECK_TEST_TOKEN", "from-env");
        SourceSpec spec;
        spec.repository = QStringLiteral("https://git.example/a.git");
        spec.tokenEnv = QStringLiteral("DRIFTDECK_TEST_TOKEN");
        spec.credentialHelper = false;
        spec.sshKey = QStringLiteral("/k/id");
        qputenv("DRIFTDECK_TEST_PASSPHRASE", "pass phrase");
        spec.sshPassphraseEnv = QStringLiteral("DRIFTDECK_TEST_PASSPHRASE");
        spec.caFile = QStringLiteral("/etc/forge-ca.pem");
        spec.knownHostsFile = QStringLiteral("/k/known_hosts");
        const auto o = SourceReader::mirrorOptions(spec, QStringLiteral("/c"));
        QCOMPARE(o.credentials.sshPassphrase, QStringLiteral("pass phrase"));
        QCOMPARE(o.certificates.caFile, QStringLiteral("/etc/forge-ca.pem"));
        QCOMPARE(o.certificates.knownHostsFile, QStringLiteral("/k/known_hosts"));
        QVERIFY(!o.certificates.insecureSkipTlsVerify);
        QCOMPARE(o.credentials.token, QStringLiteral("from-env"));
        QVERIFY(!o.credentials.useCredentialHelper);
        QCOMPARE(o.credentials.sshPrivateKey, QStringLiteral("/k/id"));
        QCOMPARE(o.cacheRoot, QStringLiteral("/c"));
    }
};

QTEST_GUILESS_MAIN(TestSourceReader)
#include "tst_sourcereader.moc"
