// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/kube/execcredentialplugin.h"
#include "core/kube/kubeconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <mutex>
#include <optional>

namespace driftdeck::kube {

// What goes on the wire for one request. Never logged.
struct Credentials
{
    QByteArray bearerToken;
    QByteArray username;
    QByteArray password;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QString impersonate;
    QStringList impersonateGroups;
};

// The credentials of one kubeconfig user, thread safe. token wins over tokenFile (the file is
// re-read when its size or modification time changes); certificate data wins over files; exec
// results are cached until their expiry (minus a small margin) or invalidate() after a 401.
class CredentialProvider
{
public:
    explicit CredentialProvider(AuthInfo user, ClusterInfo cluster, ExecCredentialPlugin::Options execOptions = {});

    // May run the exec plugin (blocking, bounded by its time-out).
    Result<Credentials> credentials();
    // Whether credentials() would run the exec plugin now (nothing cached, or expiring).
    bool needsExecRun() const;
    // After a 401: the next credentials() re-runs the plugin and re-reads files.
    void invalidate();
    // Whether invalidate() can produce different credentials (exec plugin or token file).
    bool refreshable() const;
    // How many times the exec plugin ran (for status and tests).
    int execRuns() const;

    static constexpr int kExpiryMarginSeconds = 10;

private:
    struct FileCache
    {
        QString path;
        QDateTime modified;
        qint64 size = -1;
        QByteArray content;
    };
    Result<QByteArray> readCached(FileCache &cache, const QString &path, bool force);
    bool execStaleLocked() const;

    const AuthInfo m_user;
    const ClusterInfo m_cluster;
    const ExecCredentialPlugin::Options m_execOptions;
    mutable std::mutex m_mutex;
    std::optional<ExecCredential> m_exec;
    FileCache m_tokenFile;
    FileCache m_certFile;
    FileCache m_keyFile;
    bool m_forceReread = false;
    int m_execRuns = 0;
};

} // namespace driftdeck::kube
