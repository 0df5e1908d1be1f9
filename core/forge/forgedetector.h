// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/forge/forgekind.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace driftdeck::forge {

// Where a repository's pull requests are opened.
struct ForgeTarget
{
    ForgeKind kind = ForgeKind::GitHub;
    QString apiUrl; // https://api.github.com, https://HOST/api/v3, https://HOST/api/v4, https://HOST/api/v1
    QString repo;   // owner/name; GitLab: group/subgroup/project
    QString host;   // host of the remote (for the token lookup)

    bool operator==(const ForgeTarget &) const = default;
};

// The parts of a Git remote URL: https://[user@]host[:port]/path.git, ssh://git@host/path.git,
// git@host:path.git.
struct RemoteUrl
{
    QString scheme; // "https", "http", "ssh" (scp-like URLs read as ssh)
    QString host;
    int port = -1;
    QString path;   // without leading '/', trailing '/' or ".git"

    static std::optional<RemoteUrl> parse(const QString &url);
};

// Tells the forge from the remote URL (github.com, gitlab.com, codeberg.org, hosts named
// *github*/*gitlab*/*gitea*/*forgejo*), or takes the configured kind and API URL.
class ForgeDetector
{
    Q_DECLARE_TR_FUNCTIONS(ForgeDetector)

public:
    static Result<ForgeTarget> detect(const QString &remoteUrl, std::optional<ForgeKind> configuredKind = std::nullopt,
                                      const QString &configuredApiUrl = {});
};

} // namespace driftdeck::forge
