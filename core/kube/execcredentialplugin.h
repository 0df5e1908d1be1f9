// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/kube/kubeconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace driftdeck::kube {

// What an exec plugin returned (ExecCredential.status).
struct ExecCredential
{
    QByteArray token;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    std::optional<QDateTime> expiry; // UTC; none = valid until a 401
};

// Runs client.authentication.k8s.io/v1 and v1beta1 exec credential plugins as client-go does:
// env and args from the kubeconfig, KUBERNETES_EXEC_INFO (with the cluster when
// provideClusterInfo), never interactive. The command is looked up on the user's login-shell
// PATH because a desktop launcher does not give the shell's PATH.
class ExecCredentialPlugin
{
public:
    struct Options
    {
        QStringList searchPath; // empty: login-shell PATH followed by this process's PATH
        int timeoutMs = 60000;
    };

    static Result<ExecCredential> run(const ExecConfig &exec, const ClusterInfo &cluster, const Options &options);
    static Result<ExecCredential> run(const ExecConfig &exec, const ClusterInfo &cluster)
    {
        return run(exec, cluster, Options{});
    }

    // Parses a plugin's stdout, checking apiVersion, kind and that a token or a full certificate
    // pair is present.
    static Result<ExecCredential> parseOutput(const QByteArray &stdoutData, const QString &expectedApiVersion);

    // The JSON put in KUBERNETES_EXEC_INFO.
    static QByteArray execInfo(const ExecConfig &exec, const ClusterInfo &cluster);

    // The PATH a login shell sets up (`$SHELL -l -c`), empty when it cannot be determined.
    static QString loginShellPath(const QString &shell, int timeoutMs = 5000);
    // loginShellPath($SHELL), computed once per process.
    static QString cachedLoginShellPath();
    // The directories searched when Options::searchPath is empty.
    static QStringList defaultSearchPath();
};

} // namespace driftdeck::kube
