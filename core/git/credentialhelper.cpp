// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/git/credentialhelper.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace driftdeck::git {

namespace {

QByteArray describe(const QUrl &url, const CredentialHelper::Credential *credential)
{
    QByteArray in = "protocol=" + url.scheme().toUtf8() + "\nhost=" + url.host().toUtf8();
    if (url.port() > 0)
        in += ':' + QByteArray::number(url.port());
    in += "\npath=" + url.path().mid(1).toUtf8() + "\n";
    if (credential)
        in += "username=" + credential->username.toUtf8() + "\npassword=" + credential->password.toUtf8() + "\n";
    return in + "\n";
}

QProcessEnvironment quietEnvironment()
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.remove(QStringLiteral("GIT_ASKPASS"));
    env.remove(QStringLiteral("SSH_ASKPASS"));
    return env;
}

} // namespace

Result<CredentialHelper::Credential> CredentialHelper::fill(const QUrl &url, int timeoutMs)
{
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty())
        return Error(QCoreApplication::translate("CredentialHelper", "Git is not installed: no credential helper can be asked"));
    QProcess p;
    p.setProcessEnvironment(quietEnvironment());
    p.start(git, {QStringLiteral("credential"), QStringLiteral("fill")});
    if (!p.waitForStarted(timeoutMs))
        return Error(QCoreApplication::translate("CredentialHelper", "The Git credential helper could not be started"), git);
    p.write(describe(url, nullptr));
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return Error(QCoreApplication::translate("CredentialHelper", "The Git credential helper did not answer"));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(QCoreApplication::translate("CredentialHelper", "No credential helper has a credential for this server"),
                     QString::fromUtf8(p.readAllStandardError()).trimmed());
    Credential c;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const auto eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        if (key == "username")
            c.username = value;
        else if (key == "password")
            c.password = value;
    }
    if (c.password.isEmpty())
        return Error(QCoreApplication::translate("CredentialHelper", "No credential helper has a credential for this server"));
    return c;
}

void CredentialHelper::report(const QUrl &url, const Credential &credential, bool approved, int timeoutMs)
{
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty())
        return;
    QProcess p;
    p.setProcessEnvironment(quietEnvironment());
    p.start(git, {QStringLiteral("credential"), approved ? QStringLiteral("approve") : QStringLiteral("reject")});
    if (!p.waitForStarted(timeoutMs))
        return;
    p.write(describe(url, &credential));
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished(2000);
}

} // namespace driftdeck::git
