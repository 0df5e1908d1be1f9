// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/credentialprovider.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace driftdeck::kube {

CredentialProvider::CredentialProvider(AuthInfo user, ClusterInfo cluster, ExecCredentialPlugin::Options execOptions)
    : m_user(std::move(user)), m_cluster(std::move(cluster)), m_execOptions(std::move(execOptions))
{
}

Result<QByteArray> CredentialProvider::readCached(FileCache &cache, const QString &path, bool force)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(QCoreApplication::translate("driftdeck::kube", "The file %1 named in the kubeconfig does not exist.").arg(path),
                     QStringLiteral("stat %1: no such file").arg(path));
    if (!force && cache.path == path && cache.modified == info.lastModified() && cache.size == info.size())
        return cache.content;
    Result<QByteArray> content = readReferencedFile(path);
    if (!content)
        return content.error();
    cache.path = path;
    cache.modified = info.lastModified();
    cache.size = info.size();
    cache.content = *content;
    return cache.content;
}

Result<Credentials> CredentialProvider::credentials()
{
    std::lock_guard lock(m_mutex);
    const bool force = std::exchange(m_forceReread, false);
    Credentials c;
    c.impersonate = m_user.impersonate;
    c.impersonateGroups = m_user.impersonateGroups;

    if (!m_user.token.isEmpty()) {
        c.bearerToken = m_user.token.toUtf8();
    } else if (!m_user.tokenFile.isEmpty()) {
        auto token = readCached(m_tokenFile, m_user.tokenFile, force);
        if (!token)
            return token.error();
        c.bearerToken = token->trimmed();
    }

    if (!m_user.clientCertificateData.isEmpty()) {
        c.clientCertificatePem = m_user.clientCertificateData;
    } else if (!m_user.clientCertificate.isEmpty()) {
        auto cert = readCached(m_certFile, m_user.clientCertificate, force);
        if (!cert)
            return cert.error();
        c.clientCertificatePem = *cert;
    }
    if (!m_user.clientKeyData.isEmpty()) {
        c.clientKeyPem = m_user.clientKeyData;
    } else if (!m_user.clientKey.isEmpty()) {
        auto key = readCached(m_keyFile, m_user.clientKey, force);
        if (!key)
            return key.error();
        c.clientKeyPem = *key;
    }
    if (c.clientCertificatePem.isEmpty() != c.clientKeyPem.isEmpty())
        return Error(QCoreApplication::translate("driftdeck::kube", "The user %1 has a client certificate without its key, or a key without its certificate.")
                         .arg(m_user.name),
                     QStringLiteral("incomplete client certificate pair"));

    c.username = m_user.username.toUtf8();
    c.password = m_user.password.toUtf8();

    if (m_user.exec) {
        if (execStaleLocked()) {
            m_exec.reset();
            ++m_execRuns;
            auto fresh = ExecCredentialPlugin::run(*m_user.exec, m_cluster, m_execOptions);
            if (!fresh)
                return fresh.error();
            m_exec = *fresh;
        }
        if (!m_exec->token.isEmpty())
            c.bearerToken = m_exec->token;
        if (!m_exec->clientCertificatePem.isEmpty()) {
            c.clientCertificatePem = m_exec->clientCertificatePem;
            c.clientKeyPem = m_exec->clientKeyPem;
        }
    } else if (!m_user.authProvider.isEmpty() && c.bearerToken.isEmpty()) {
        return Error(QCoreApplication::translate("driftdeck::kube", "The user %1 signs in with the legacy auth-provider “%2”, which Driftdeck does not support; switch the kubeconfig to its exec credential plugin.")
                         .arg(m_user.name, m_user.authProvider),
                     QStringLiteral("auth-provider %1").arg(m_user.authProvider));
    }
    return c;
}

bool CredentialProvider::execStaleLocked() const
{
    if (!m_exec)
        return true;
    return m_exec->expiry && QDateTime::currentDateTimeUtc().addSecs(kExpiryMarginSeconds) >= *m_exec->expiry;
}

bool CredentialProvider::needsExecRun() const
{
    std::lock_guard lock(m_mutex);
    return m_user.exec.has_value() && execStaleLocked();
}

void CredentialProvider::invalidate()
{
    std::lock_guard lock(m_mutex);
    m_exec.reset();
    m_forceReread = true;
}

bool CredentialProvider::refreshable() const
{
    return m_user.exec.has_value() || (m_user.token.isEmpty() && !m_user.tokenFile.isEmpty());
}

int CredentialProvider::execRuns() const
{
    std::lock_guard lock(m_mutex);
    return m_execRuns;
}

} // namespace driftdeck::kube
