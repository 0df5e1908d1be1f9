// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QUrl>

namespace driftdeck::git {

// Asks Git's credential helpers (`git credential fill`), as configured by the user's
// credential.helper settings, for a user name and password/token for an HTTPS URL.
// Never prompts: GIT_TERMINAL_PROMPT=0 and no askpass.
class CredentialHelper
{
public:
    struct Credential
    {
        QString username;
        QString password;
    };

    static Result<Credential> fill(const QUrl &url, int timeoutMs = 15000);
    // Tells the helpers the credential worked (approve) or was refused (reject).
    static void report(const QUrl &url, const Credential &credential, bool approved, int timeoutMs = 15000);
};

} // namespace driftdeck::git
