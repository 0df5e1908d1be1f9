// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace driftdeck::kube {

// clusters[].cluster; file paths are already absolute (resolved against the defining file).
struct ClusterInfo
{
    QString name;
    QString server;
    QString certificateAuthority;       // path
    QByteArray certificateAuthorityData; // decoded PEM; wins over the path
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    bool disableCompression = false;
};

// users[].user.exec
struct ExecConfig
{
    QString command;
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString apiVersion;
    QString installHint;
    bool provideClusterInfo = false;
    QString interactiveMode;
};

// users[].user
struct AuthInfo
{
    QString name;
    QString token;
    QString tokenFile;
    QString clientCertificate;
    QByteArray clientCertificateData;
    QString clientKey;
    QByteArray clientKeyData;
    QString username;
    QString password;
    QString impersonate;
    QStringList impersonateGroups;
    std::optional<ExecConfig> exec;
    QString authProvider; // legacy auth-provider name; not supported, reported as such
};

// contexts[].context, shown to people as "a cluster".
struct ContextInfo
{
    QString name;
    QString cluster;
    QString user;
    QString ns;
};

// Everything needed to talk to one context.
struct ResolvedContext
{
    ContextInfo context;
    ClusterInfo cluster;
    AuthInfo user;
};

// A file the kubeconfig names (certificate authority, client certificate or key, token file),
// read with a size limit (docs/security.md "Limits on hostile input"): a path to /dev/zero or
// to a huge file gives a clear error instead of exhausting memory.
inline constexpr qint64 kMaxReferencedFileBytes = qint64(4) << 20;
Result<QByteArray> readReferencedFile(const QString &path);

// A kubeconfig as kubectl sees it after merging every file it reads
// (kubernetes-api.md "kubeconfig"): named entries and current-context come from the first
// file that sets them; missing files in KUBECONFIG are skipped, an explicit file must exist.
class Kubeconfig
{
public:
    // The files kubectl would read: the explicit --kubeconfig file alone, else the entries of
    // KUBECONFIG (':'-separated, empties and repeats dropped), else ~/.kube/config.
    static QStringList filesToLoad(const QString &explicitPath, const QString &kubeconfigEnv, const QString &homeDir);
    // filesToLoad() with the process environment and home directory.
    static QStringList defaultFiles(const QString &explicitPath = {});

    // Loads and merges; `explicitFile` makes a missing first file an error.
    static Result<Kubeconfig> load(const QStringList &files, bool explicitFile = false);
    // Parses one document (for tests and for kubeconfigs held in memory); paths relative to baseDir.
    static Result<Kubeconfig> fromYaml(const QByteArray &yaml, const QString &baseDir);

    QStringList files() const { return m_files; }
    QString currentContext() const { return m_currentContext; }
    const QList<ContextInfo> &contexts() const { return m_contexts; }
    const QList<ClusterInfo> &clusters() const { return m_clusters; }
    const QList<AuthInfo> &users() const { return m_users; }

    std::optional<ContextInfo> context(const QString &name) const;
    std::optional<ClusterInfo> cluster(const QString &name) const;
    std::optional<AuthInfo> user(const QString &name) const;

    // The server URL of a context ("" when its cluster is missing), for the cluster list.
    QString serverOf(const ContextInfo &context) const;

    // The context with its cluster and user; an empty name means current-context.
    Result<ResolvedContext> resolve(const QString &contextName = {}) const;

private:
    void mergeFrom(const Kubeconfig &later);

    QStringList m_files;
    QString m_currentContext;
    QList<ContextInfo> m_contexts;
    QList<ClusterInfo> m_clusters;
    QList<AuthInfo> m_users;
};

} // namespace driftdeck::kube
