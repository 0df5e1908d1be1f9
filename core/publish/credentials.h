// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace driftdeck::publish {

// How to authenticate a push. A token goes over HTTPS as the password (forges accept any
// user name with a token; GitLab documents "oauth2"); SSH uses the running ssh-agent.
struct Credentials
{
    enum class Kind : quint8 { None, Token, SshAgent };
    Kind kind = Kind::None;
    QString username; // HTTPS user (default "x-access-token") or SSH user (default from the URL, else "git")
    QString token;    // never logged, never written anywhere

    static Credentials fromToken(const QString &token, const QString &username = {})
    {
        return {Kind::Token, username, token};
    }
    static Credentials sshAgent(const QString &username = {}) { return {Kind::SshAgent, username, {}}; }
};

} // namespace driftdeck::publish
