// SPDX-License-Identifier: GPL-3.0-or-later
// Git over SSH against a real OpenSSH server started by the test (no root needed): key files
// (plain and with a passphrase), the SSH agent, host-key checks against known_hosts (plain and
// hashed entries, mismatch, unknown host) and authentication errors.
#include "sshserver.h"
#include "testrepo.h"

#include "core/git/gitmirror.h"
#include "core/git/knownhosts.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace driftdeck;
using namespace driftdeck::git;
using namespace sshtest;

namespace {

QByteArray configMap(const char *name)
{
    return QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ") + name + "\n";
}

QString userName()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : qEnvironmentVariable("USER");
}

// "[127.0.0.1]:port ssh-ed25519 AAAA..." from a public key line.
QByteArray knownHostsLine(const QByteArray &host, const QByteArray &publicKeyLine)
{
    const QList<QByteArray> f = publicKeyLine.split(' ');
    return host + ' ' + f.value(0) + ' ' + f.value(1) + '\n';
}

QByteArray hashedHost(const QByteArray &host)
{
    const QByteArray salt = QCryptographicHash::hash("driftdeck", QCryptographicHash::Sha1); // 20 bytes, as OpenSSH uses
    return "|1|" + salt.toBase64() + '|' + QMessageAuthenticationCode::hash(host, salt, QCryptographicHash::Sha1).toBase64();
}

} // namespace

class TestGitSsh : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SshServer m_server;
    std::unique_ptr<TestRepo> m_origin;
    QString m_head;
    QString m_url;
    QString m_hostPattern; // [127.0.0.1]:port
    QString m_fingerprint; // of the server's host key, as ssh-keygen -l prints it
    QString m_knownHosts;
    QByteArray m_savedAuthSock;

    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    MirrorOptions options(const char *cacheName) const
    {
        MirrorOptions o;
        o.url = m_url;
        o.cacheRoot = file(cacheName);
        o.credentials.useCredentialHelper = false;
        o.credentials.useSshAgent = false;
        o.credentials.sshPrivateKey = file("id_plain");
        o.certificates.knownHostsFile = m_knownHosts;
        return o;
    }

    static QString text(const Result<void> &r) { return r.ok() ? QString() : r.error().fullText(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (sshdPath().isEmpty())
            QSKIP("sshd (openssh-server) is not installed: the SSH transport cannot be tested");
        if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            QSKIP("ssh-keygen (openssh-client) is not installed: no keys for the SSH tests");
        if (QStandardPaths::findExecutable(QStringLiteral("git-upload-pack")).isEmpty()
            && QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed: sshd has no git-upload-pack to run");
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("GIT_CONFIG_GLOBAL", file("empty-gitconfig").toUtf8());
        m_savedAuthSock = qgetenv("SSH_AUTH_SOCK");
        qunsetenv("SSH_AUTH_SOCK"); // no developer's agent answers for these tests

        QString error;
        QVERIFY2(makeKey(file("id_plain"), {}, &error), qPrintable(error));
        QVERIFY2(makeKey(file("id_locked"), QStringLiteral("open sesame"), &error), qPrintable(error));
        QVERIFY2(makeKey(file("id_stranger"), {}, &error), qPrintable(error));
        QVERIFY2(makeKey(file("id_ecdsa"), {}, &error, QStringLiteral("ecdsa")), qPrintable(error));
        QVERIFY2(makeKey(file("id_rsa"), {}, &error, QStringLiteral("rsa")), qPrintable(error));
        QVERIFY2(m_server.start({readAll(file("id_plain.pub")), readAll(file("id_locked.pub")), readAll(file("id_ecdsa.pub")),
                                 readAll(file("id_rsa.pub"))},
                                &error),
                 qPrintable(error));

        m_origin = std::make_unique<TestRepo>(file("srv/origin.git"));
        QVERIFY(m_origin->isValid());
        m_head = m_origin->commit({{QStringLiteral("apps/cm.yaml"), configMap("one")}}, QStringLiteral("first"));
        QVERIFY(!m_head.isEmpty());
        m_url = QStringLiteral("ssh://%1@127.0.0.1:%2%3").arg(userName()).arg(m_server.port()).arg(m_origin->path());
        m_hostPattern = QStringLiteral("[127.0.0.1]:%1").arg(m_server.port());

        // The fingerprint as OpenSSH prints it, to compare ours with.
        QProcess keygen;
        keygen.start(QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")),
                     {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                      m_server.hostKeyFile() + QStringLiteral(".pub")});
        QVERIFY(keygen.waitForFinished(60000));
        m_fingerprint = QString::fromUtf8(keygen.readAllStandardOutput()).section(u' ', 1, 1);
        QVERIFY2(m_fingerprint.startsWith(QStringLiteral("SHA256:")), qPrintable(m_fingerprint));

        m_knownHosts = file("known_hosts");
        QVERIFY(writeFile(m_knownHosts, "# test\n" + knownHostsLine(m_hostPattern.toUtf8(), m_server.hostPublicKey())));
    }

    void cleanupTestCase()
    {
        m_server.stop();
        if (!m_savedAuthSock.isEmpty())
            qputenv("SSH_AUTH_SOCK", m_savedAuthSock);
    }

    void keyFileCloneAndFetch()
    {
        GitMirror mirror(options("cache-key"));
        auto r = mirror.sync();
        QVERIFY2(r.ok(), qPrintable(text(r) + u'\n' + QString::fromUtf8(m_server.log())));
        QCOMPARE(*mirror.resolve(QStringLiteral("main")), m_head);
        QCOMPARE(*mirror.readFile(m_head, QStringLiteral("apps/cm.yaml")), configMap("one"));

        // A new commit arrives through an incremental fetch over the same transport.
        const QString next = m_origin->commit({{QStringLiteral("apps/cm.yaml"), configMap("two")}}, QStringLiteral("second"));
        m_head = next;
        r = mirror.sync();
        QVERIFY2(r.ok(), qPrintable(text(r)));
        QCOMPARE(*mirror.resolve(QStringLiteral("main")), next);
        QCOMPARE(*mirror.readFile(next, QStringLiteral("apps/cm.yaml")), configMap("two"));
    }

    void hashedKnownHostsEntry()
    {
        const QString hashed = file("known_hosts_hashed");
        QVERIFY(writeFile(hashed, knownHostsLine(hashedHost(m_hostPattern.toUtf8()), m_server.hostPublicKey())));
        MirrorOptions o = options("cache-hashed");
        o.certificates.knownHostsFile = hashed;
        GitMirror mirror(o);
        auto r = mirror.sync();
        QVERIFY2(r.ok(), qPrintable(text(r)));
        QCOMPARE(*mirror.resolve(QStringLiteral("main")), m_head);
    }

    void encryptedKeyWithPassphrase()
    {
        MirrorOptions o = options("cache-locked");
        o.credentials.sshPrivateKey = file("id_locked");
        o.credentials.sshPublicKey = file("id_locked.pub");
        o.credentials.sshPassphrase = QStringLiteral("open sesame");
        GitMirror mirror(o);
        auto r = mirror.sync();
        QVERIFY2(r.ok(), qPrintable(text(r)));
        QCOMPARE(*mirror.resolve(QStringLiteral("main")), m_head);
    }

    void ecdsaKey()
    {
        MirrorOptions o = options("cache-ecdsa");
        o.credentials.sshPrivateKey = file("id_ecdsa");
        GitMirror mirror(o);
        auto r = mirror.sync();
        QVERIFY2(r.ok(), qPrintable(text(r)));
        QCOMPARE(*mirror.resolve(QStringLiteral("main")), m_head);
    }

    void rsaKeyExplained()
    {
        // libssh2 1.10 signs RSA keys with SHA-1 only, which OpenSSH 8.8+ refuses: the server
        // accepts this key in authorized_keys, yet the login fails, and the error says why.
        MirrorOptions o = options("cache-rsa");
        o.credentials.sshPrivateKey = file("id_rsa");
        GitMirror mirror(o);
        auto r = mirror.sync();
        if (r.ok())
            QSKIP("this libssh2 signs RSA keys with SHA-2: RSA keys work here");
        QCOMPARE(r.error().message, QStringLiteral("Authentication to %1 failed").arg(GitMirror::displayUrl(m_url)));
        QVERIFY2(r.error().cause.contains(QStringLiteral("use an ed25519 or ECDSA key")), qPrintable(r.error().cause));
    }

    void encryptedKeyWrongPassphrase()
    {
        MirrorOptions o = options("cache-locked-wrong");
        o.credentials.sshPrivateKey = file("id_locked");
        o.credentials.sshPassphrase = QStringLiteral("not it");
        GitMirror mirror(o);
        auto r = mirror.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("Authentication to %1 failed").arg(GitMirror::displayUrl(m_url)));
        QVERIFY2(r.error().cause.contains(QStringLiteral("passphrase")), qPrintable(r.error().cause)); // libssh2's reason
        QVERIFY(!r.error().fullText().contains(QStringLiteral("not it"))); // the passphrase never shows
        QVERIFY(!mirror.exists());
    }

    void agent()
    {
        SshAgent agent;
        QString error;
        QVERIFY2(agent.start(&error), qPrintable(error));
        QVERIFY2(agent.add(file("id_plain"), &error), qPrintable(error));
        qputenv("SSH_AUTH_SOCK", QFile::encodeName(agent.socket()));
        MirrorOptions o = options("cache-agent");
        o.credentials.sshPrivateKey.clear();
        o.credentials.useSshAgent = true;
        GitMirror mirror(o);
        auto r = mirror.sync();

        // An agent holding only a key the server does not know is refused.
        SshAgent strangerAgent;
        QVERIFY2(strangerAgent.start(&error), qPrintable(error));
        QVERIFY2(strangerAgent.add(file("id_stranger"), &error), qPrintable(error));
        qputenv("SSH_AUTH_SOCK", QFile::encodeName(strangerAgent.socket()));
        MirrorOptions ro = options("cache-agent-refused");
        ro.credentials.sshPrivateKey.clear();
        ro.credentials.useSshAgent = true;
        GitMirror strangerMirror(ro);
        auto rr = strangerMirror.sync();
        qunsetenv("SSH_AUTH_SOCK");

        QVERIFY2(r.ok(), qPrintable(text(r)));
        QCOMPARE(*mirror.resolve(QStringLiteral("main")), m_head);
        QVERIFY(!rr.ok());
        QCOMPARE(rr.error().message, QStringLiteral("Authentication to %1 failed").arg(GitMirror::displayUrl(m_url)));
        QCOMPARE(rr.error().cause, QStringLiteral("The server refused every key of the SSH agent at %1 for the user %2")
                                       .arg(strangerAgent.socket(), userName()));
    }

    void noAgentNoKey()
    {
        MirrorOptions o = options("cache-nothing");
        o.credentials.sshPrivateKey.clear();
        o.credentials.useSshAgent = false;
        GitMirror mirror(o);
        auto r = mirror.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("Authentication to %1 failed").arg(GitMirror::displayUrl(m_url)));
        QCOMPARE(r.error().cause, QStringLiteral("No SSH key file is set and the SSH agent is not used"));
    }

    void agentWithoutSocket()
    {
        // useSshAgent with no agent running (SSH_AUTH_SOCK unset): an authentication error.
        MirrorOptions o = options("cache-no-agent");
        o.credentials.sshPrivateKey.clear();
        o.credentials.useSshAgent = true;
        GitMirror mirror(o);
        auto r = mirror.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("Authentication to %1 failed").arg(GitMirror::displayUrl(m_url)));
        QCOMPARE(r.error().cause, QStringLiteral("No SSH key file is set and SSH_AUTH_SOCK names no SSH agent"));
    }

    void wrongKey()
    {
        MirrorOptions o = options("cache-stranger");
        o.credentials.sshPrivateKey = file("id_stranger");
        GitMirror mirror(o);
        auto r = mirror.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("Authentication to %1 failed").arg(GitMirror::displayUrl(m_url)));
        QCOMPARE(r.error().cause, QStringLiteral("The server refused the key %1 for the user %2").arg(file("id_stranger"), userName()));
        QVERIFY(!mirror.exists());
        QVERIFY(!QDir(mirror.path() + QStringLiteral(".partial")).exists());
    }

    void missingKeyFile()
    {
        MirrorOptions o = options("cache-missing-key");
        o.credentials.sshPrivateKey = file("no_such_key");
        GitMirror mirror(o);
        auto r = mirror.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("The SSH key file %1 does not exist or cannot be read").arg(file("no_such_key")));
    }

    void hostKeyMismatch()
    {
        // known_hosts holds another key for this host and port: a possible impersonation.
        const QString forged = file("known_hosts_forged");
        QVERIFY(writeFile(forged, knownHostsLine(m_hostPattern.toUtf8(), readAll(file("id_stranger.pub")))));
        MirrorOptions o = options("cache-mismatch");
        o.certificates.knownHostsFile = forged;
        GitMirror mirror(o);
        auto r = mirror.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("The SSH host key of %1 does not match %2: the server presented ssh-ed25519 %3")
                                        .arg(m_hostPattern, forged, m_fingerprint));
        QVERIFY(r.error().cause.contains(QStringLiteral("impersonating")));
        QVERIFY(!mirror.exists());
    }

    void unknownHostRefused()
    {
        // A known_hosts file without this host (but with the same host on port 22).
        const QString other = file("known_hosts_other");
        QVERIFY(writeFile(other, knownHostsLine("127.0.0.1", m_server.hostPublicKey())));
        MirrorOptions o = options("cache-unknown");
        o.certificates.knownHostsFile = other;
        GitMirror mirror(o);
        auto r = mirror.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message,
                 QStringLiteral("The SSH host %1 is not in %2; it presented ssh-ed25519 %3").arg(m_hostPattern, other, m_fingerprint));
        QVERIFY(r.error().cause.contains(QStringLiteral("ssh-keyscan -p %1 127.0.0.1").arg(m_server.port())));
        QVERIFY(!mirror.exists());
    }

    void defaultKnownHostsFile()
    {
        // Without knownHostsFile, ~/.ssh/known_hosts decides (never "accept anything").
        QTemporaryDir home;
        const QByteArray savedHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        MirrorOptions o = options("cache-default-kh");
        o.certificates.knownHostsFile.clear();
        GitMirror unknown(o);
        auto refused = unknown.sync();
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral(".ssh"))));
        QVERIFY(writeFile(home.filePath(QStringLiteral(".ssh/known_hosts")),
                          knownHostsLine(m_hostPattern.toUtf8(), m_server.hostPublicKey())));
        GitMirror known(o);
        auto accepted = known.sync();
        qputenv("HOME", savedHome);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("The SSH host %1 is not in %2; it presented ssh-ed25519 %3")
                                              .arg(m_hostPattern, home.filePath(QStringLiteral(".ssh/known_hosts")), m_fingerprint));
        QVERIFY2(accepted.ok(), qPrintable(text(accepted)));
        QCOMPARE(*known.resolve(QStringLiteral("main")), m_head);
    }

    void fingerprintNotation()
    {
        // Our fingerprint of the host key is OpenSSH's.
        const QByteArray blob = QByteArray::fromBase64(m_server.hostPublicKey().split(' ').value(1));
        QCOMPARE(KnownHosts::fingerprint(QCryptographicHash::hash(blob, QCryptographicHash::Sha256)), m_fingerprint);
        QCOMPARE(KnownHosts::hostPattern(QStringLiteral("git.example"), 22), QStringLiteral("git.example"));
        QCOMPARE(KnownHosts::hostPattern(QStringLiteral("git.example"), 2222), QStringLiteral("[git.example]:2222"));
    }
};

QTEST_GUILESS_MAIN(TestGitSsh)
#include "tst_gitssh.moc"
