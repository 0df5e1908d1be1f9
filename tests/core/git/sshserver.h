// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

// Small helpers around OpenSSH's tools for the SSH transport tests.
namespace sshtest {

inline QString sshdPath()
{
    const QString p = QStringLiteral("/usr/sbin/sshd");
    return QFileInfo(p).isExecutable() ? p : QStandardPaths::findExecutable(QStringLiteral("sshd"));
}

// Runs a tool to its end; its stderr on failure.
inline bool run(const QString &program, const QStringList &args, QString *error = nullptr, const QByteArray &input = {},
                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(30000)) {
        if (error)
            *error = program + QStringLiteral(" did not start");
        return false;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = program + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

// A new key pair at `path` (and path.pub); passphrase may be empty; type "ed25519", "ecdsa", "rsa".
inline bool makeKey(const QString &path, const QString &passphrase = {}, QString *error = nullptr,
                    const QString &type = QStringLiteral("ed25519"))
{
    return run(QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")),
               {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), passphrase,
                QStringLiteral("-C"), QStringLiteral("driftdeck-test"), QStringLiteral("-f"), path},
               error);
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(content) == content.size();
}

// A free loopback TCP port (bound, then released for sshd, which cannot report its port).
inline int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return -1;
    return probe.serverPort();
}

// sshd as the current user on 127.0.0.1, with its own host key, authorized_keys and pid
// file in a temporary folder. Stopped (SIGTERM, then SIGKILL) when destroyed.
class SshServer
{
public:
    SshServer() = default;
    SshServer(const SshServer &) = delete;
    SshServer &operator=(const SshServer &) = delete;
    ~SshServer() { stop(); }

    // Starts sshd accepting the given public keys; false and `error` when it cannot.
    bool start(const QByteArrayList &authorizedKeys, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        const QString hostKey = m_dir.filePath(QStringLiteral("host_ed25519"));
        if (!QFile::exists(hostKey) && !makeKey(hostKey, {}, error))
            return false;
        if (!writeFile(m_dir.filePath(QStringLiteral("authorized_keys")), authorizedKeys.join('\n') + '\n')) {
            *error = QStringLiteral("cannot write authorized_keys");
            return false;
        }
        // sshd started by root wants its privilege separation folder.
        if (::geteuid() == 0)
            QDir().mkpath(QStringLiteral("/run/sshd"));
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            const QString config = m_dir.filePath(QStringLiteral("sshd_config"));
            const QByteArray text = "ListenAddress 127.0.0.1\n"
                                    "Port " + QByteArray::number(m_port) + "\n"
                                    "HostKey " + QFile::encodeName(hostKey) + "\n"
                                    "PidFile " + QFile::encodeName(m_dir.filePath(QStringLiteral("sshd.pid"))) + "\n"
                                    "AuthorizedKeysFile " + QFile::encodeName(m_dir.filePath(QStringLiteral("authorized_keys"))) + "\n"
                                    "StrictModes no\n"
                                    "UsePAM no\n"
                                    "PasswordAuthentication no\n"
                                    "KbdInteractiveAuthentication no\n"
                                    "PubkeyAuthentication yes\n"
                                    "PermitRootLogin prohibit-password\n"
                                    "LogLevel VERBOSE\n";
            if (!writeFile(config, text)) {
                *error = QStringLiteral("cannot write sshd_config");
                return false;
            }
            // The log goes to a file (-E), so a chatty sshd can never block on a full pipe.
            QFile::remove(logFile());
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.start(sshdPath(), {QStringLiteral("-D"), QStringLiteral("-E"), logFile(), QStringLiteral("-f"), config});
            if (!m_process.waitForStarted(30000)) {
                *error = QStringLiteral("sshd did not start");
                return false;
            }
            // Ready when it says it listens; a port taken in the meantime makes it exit.
            const QDeadlineTimer deadline(60000);
            while (!deadline.hasExpired() && m_process.state() == QProcess::Running && !log().contains("Server listening"))
                m_process.waitForFinished(100); // returns early when sshd exits
            if (log().contains("Server listening"))
                return true;
            m_process.waitForFinished(10000);
            m_log = log() + m_process.readAll();
            stop();
        }
        *error = QStringLiteral("sshd did not come up: ") + QString::fromUtf8(m_log);
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished(15000);
        }
    }

    int port() const { return m_port; }
    QString logFile() const { return m_dir.filePath(QStringLiteral("sshd.log")); }
    QString hostKeyFile() const { return m_dir.filePath(QStringLiteral("host_ed25519")); }
    // The public host key line ("ssh-ed25519 AAAA... comment").
    QByteArray hostPublicKey() const { return readAll(hostKeyFile() + QStringLiteral(".pub")).trimmed(); }
    // Everything sshd logged so far (for failure messages).
    QByteArray log() const { return readAll(logFile()); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    int m_port = -1;
};

// ssh-agent on its own socket in a temporary folder; killed when destroyed.
class SshAgent
{
public:
    SshAgent() = default;
    SshAgent(const SshAgent &) = delete;
    SshAgent &operator=(const SshAgent &) = delete;
    ~SshAgent()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(15000)) {
                m_process.kill();
                m_process.waitForFinished(15000);
            }
        }
    }

    bool start(QString *error)
    {
        const QString agent = QStandardPaths::findExecutable(QStringLiteral("ssh-agent"));
        if (agent.isEmpty() || !m_dir.isValid()) {
            *error = QStringLiteral("ssh-agent is not on PATH");
            return false;
        }
        m_socket = m_dir.filePath(QStringLiteral("agent.sock"));
        // -D: stay in the foreground, so the test owns (and ends) exactly this process.
        m_process.start(agent, {QStringLiteral("-D"), QStringLiteral("-a"), m_socket});
        if (!m_process.waitForStarted(30000)) {
            *error = QStringLiteral("ssh-agent did not start");
            return false;
        }
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && !QFileInfo::exists(m_socket) && m_process.state() == QProcess::Running)
            m_process.waitForFinished(100);
        if (!QFileInfo::exists(m_socket)) {
            *error = QStringLiteral("ssh-agent made no socket: ") + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        return true;
    }

    QString socket() const { return m_socket; }

    bool add(const QString &keyFile, QString *error)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), m_socket);
        return run(QStandardPaths::findExecutable(QStringLiteral("ssh-add")), {QStringLiteral("-q"), keyFile}, error, {}, env);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_socket;
};

} // namespace sshtest
