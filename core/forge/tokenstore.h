// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/forge/forgekind.h"

#include <QCoreApplication>
#include <QString>

namespace driftdeck::forge {

struct TokenLookup
{
    QString token;           // empty when none was found: ask the person
    QString source;          // "keychain", "environment" or empty
    QString variable;        // the environment variable used or to set (GITHUB_TOKEN, ...)
    bool keychainAvailable = false;
    QString keychainProblem; // why the keychain could not be used (translated), empty when it was
};

// Forge tokens live in the OS keychain (QtKeychain: Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager) or in GITHUB_TOKEN / GITLAB_TOKEN / GITEA_TOKEN; never in
// settings files or logs. Blocking: call it on a worker or before showing a dialog.
class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)

public:
    explicit TokenStore(QString service = QStringLiteral("driftdeck"));

    static QString environmentVariable(ForgeKind kind);
    static QString keychainKey(ForgeKind kind, const QString &host); // "github:github.com"
    // Whether this build has QtKeychain at all.
    static bool keychainCompiledIn();

    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Keychain first, then the environment; says when no keychain service is running.
    TokenLookup lookup(ForgeKind kind, const QString &host) const;
    Result<void> store(ForgeKind kind, const QString &host, const QString &token) const;
    Result<void> remove(ForgeKind kind, const QString &host) const;

private:
    QString m_service;
    bool m_keychainEnabled = true;
    int m_timeoutMs = 10000;
};

} // namespace driftdeck::forge
