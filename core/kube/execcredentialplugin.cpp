// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/execcredentialplugin.h"

#include "core/common/logging.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <mutex>

namespace driftdeck::kube {

namespace {

const char kPathMarker[] = "__DRIFTDECK_PATH__";

QString jsonString(const nlohmann::json &obj, const char *key)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

} // namespace

QString ExecCredentialPlugin::loginShellPath(const QString &shell, int timeoutMs)
{
    if (shell.isEmpty())
        return {};
    QProcess proc;
    proc.setProgram(shell);
    // Markers around the value: profile scripts may print their own text.
    proc.setArguments({QStringLiteral("-l"), QStringLiteral("-c"),
                       QStringLiteral("printf '%1%s%1' \"$PATH\"").arg(QLatin1String(kPathMarker))});
    proc.setStandardInputFile(QProcess::nullDevice());
    proc.start();
    if (!proc.waitForStarted(timeoutMs) || !proc.waitForFinished(timeoutMs)) {
        proc.kill();
        proc.waitForFinished(1000);
        qCWarning(lcKube) << "could not read the login shell PATH from" << shell;
        return {};
    }
    const QString out = QString::fromLocal8Bit(proc.readAllStandardOutput());
    const QString marker = QLatin1String(kPathMarker);
    const auto begin = out.indexOf(marker);
    const auto end = begin < 0 ? -1 : out.indexOf(marker, begin + marker.size());
    if (begin < 0 || end < 0)
        return {};
    return out.mid(begin + marker.size(), end - begin - marker.size());
}

QString ExecCredentialPlugin::cachedLoginShellPath()
{
    static std::once_flag once;
    static QString path;
    std::call_once(once, [] {
        path = loginShellPath(QProcessEnvironment::systemEnvironment().value(QStringLiteral("SHELL")));
    });
    return path;
}

QStringList ExecCredentialPlugin::defaultSearchPath()
{
    QStringList dirs = cachedLoginShellPath().split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QStringList own = QProcessEnvironment::systemEnvironment()
                                .value(QStringLiteral("PATH"))
                                .split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &d : own) {
        if (!dirs.contains(d))
            dirs << d;
    }
    return dirs;
}

QByteArray ExecCredentialPlugin::execInfo(const ExecConfig &exec, const ClusterInfo &cluster)
{
    nlohmann::json spec = {{"interactive", false}};
    if (exec.provideClusterInfo) {
        nlohmann::json c = {{"server", cluster.server.toStdString()}};
        if (!cluster.tlsServerName.isEmpty())
            c["tls-server-name"] = cluster.tlsServerName.toStdString();
        if (cluster.insecureSkipTlsVerify)
            c["insecure-skip-tls-verify"] = true;
        if (!cluster.certificateAuthorityData.isEmpty())
            c["certificate-authority-data"] = cluster.certificateAuthorityData.toBase64().toStdString();
        if (!cluster.proxyUrl.isEmpty())
            c["proxy-url"] = cluster.proxyUrl.toStdString();
        spec["cluster"] = c;
    }
    nlohmann::json info = {{"apiVersion", exec.apiVersion.toStdString()}, {"kind", "ExecCredential"}, {"spec", spec}};
    return QByteArray::fromStdString(info.dump());
}

Result<ExecCredential> ExecCredentialPlugin::parseOutput(const QByteArray &stdoutData, const QString &expectedApiVersion)
{
    const QString invalid = QCoreApplication::translate("driftdeck::kube", "The credential plugin returned an invalid answer.");
    nlohmann::json doc = nlohmann::json::parse(stdoutData.constData(), stdoutData.constData() + stdoutData.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return Error(invalid, QStringLiteral("plugin output is not a JSON object"));
    const QString apiVersion = jsonString(doc, "apiVersion");
    if (apiVersion != expectedApiVersion)
        return Error(invalid, QStringLiteral("plugin returned apiVersion \"%1\", expected \"%2\"").arg(apiVersion, expectedApiVersion));
    if (jsonString(doc, "kind") != QLatin1String("ExecCredential"))
        return Error(invalid, QStringLiteral("plugin returned kind \"%1\", expected ExecCredential").arg(jsonString(doc, "kind")));
    auto st = doc.find("status");
    if (st == doc.end() || !st->is_object())
        return Error(invalid, QStringLiteral("plugin returned no status"));
    ExecCredential cred;
    cred.token = jsonString(*st, "token").toUtf8();
    cred.clientCertificatePem = jsonString(*st, "clientCertificateData").toUtf8();
    cred.clientKeyPem = jsonString(*st, "clientKeyData").toUtf8();
    if (cred.clientCertificatePem.isEmpty() != cred.clientKeyPem.isEmpty())
        return Error(invalid, QStringLiteral("plugin returned only half of a client certificate pair"));
    if (cred.token.isEmpty() && cred.clientCertificatePem.isEmpty())
        return Error(invalid, QStringLiteral("plugin returned neither a token nor a client certificate"));
    const QString expiry = jsonString(*st, "expirationTimestamp");
    if (!expiry.isEmpty()) {
        QDateTime when = QDateTime::fromString(expiry, Qt::ISODate);
        if (!when.isValid())
            return Error(invalid, QStringLiteral("plugin returned an unreadable expirationTimestamp \"%1\"").arg(expiry));
        cred.expiry = when.toUTC();
    }
    return cred;
}

Result<ExecCredential> ExecCredentialPlugin::run(const ExecConfig &exec, const ClusterInfo &cluster, const Options &options)
{
    if (exec.apiVersion != QLatin1String("client.authentication.k8s.io/v1")
        && exec.apiVersion != QLatin1String("client.authentication.k8s.io/v1beta1"))
        return Error(QCoreApplication::translate("driftdeck::kube", "The kubeconfig asks for credential plugin API version “%1”, which is not supported; use client.authentication.k8s.io/v1.")
                         .arg(exec.apiVersion),
                     QStringLiteral("exec apiVersion %1").arg(exec.apiVersion));

    const QStringList search = options.searchPath.isEmpty() ? defaultSearchPath() : options.searchPath;
    QString program = exec.command;
    if (!program.contains(QLatin1Char('/')))
        program = QStandardPaths::findExecutable(exec.command, search);
    else if (!QFileInfo(program).isExecutable())
        program.clear();
    if (program.isEmpty()) {
        QString message = QCoreApplication::translate("driftdeck::kube", "The credential plugin “%1” was not found, so Driftdeck cannot sign in to this cluster.")
                              .arg(exec.command);
        if (!exec.installHint.isEmpty())
            message += QLatin1Char('\n') + exec.installHint.trimmed();
        return Error(message, QStringLiteral("%1: command not found in %2").arg(exec.command, search.join(QLatin1Char(':'))));
    }

    QProcess proc;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), search.join(QLatin1Char(':')));
    for (const auto &kv : exec.env)
        env.insert(kv.first, kv.second);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfo(exec, cluster)));
    proc.setProcessEnvironment(env);
    proc.setProgram(program);
    proc.setArguments(exec.args);
    proc.setStandardInputFile(QProcess::nullDevice());
    proc.start();
    if (!proc.waitForStarted(options.timeoutMs))
        return Error(QCoreApplication::translate("driftdeck::kube", "The credential plugin “%1” could not be started.").arg(exec.command),
                     proc.errorString());
    if (!proc.waitForFinished(options.timeoutMs)) {
        proc.kill();
        proc.waitForFinished(2000);
        return Error(QCoreApplication::translate("driftdeck::kube", "The credential plugin “%1” did not answer in time.").arg(exec.command),
                     QStringLiteral("timed out after %1 ms").arg(options.timeoutMs));
    }
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        // stderr is what the plugin tells the user (e.g. "run aws sso login"); it carries no token.
        const QString err = QString::fromLocal8Bit(proc.readAllStandardError()).trimmed().left(2000);
        return Error(QCoreApplication::translate("driftdeck::kube", "The credential plugin “%1” failed: %2").arg(exec.command, err),
                     QStringLiteral("exit code %1").arg(proc.exitCode()));
    }
    auto cred = parseOutput(proc.readAllStandardOutput(), exec.apiVersion);
    if (!cred)
        return Error(QCoreApplication::translate("driftdeck::kube", "The credential plugin “%1” returned an invalid answer.").arg(exec.command),
                     cred.error().cause);
    qCDebug(lcKube) << "exec plugin" << exec.command << "returned a credential"
                    << (cred->expiry ? cred->expiry->toString(Qt::ISODate) : QStringLiteral("without expiry"));
    return cred;
}

} // namespace driftdeck::kube
