// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forge/forgeclient.h"

namespace driftdeck::forge {

// GitHub.com (https://api.github.com) and GitHub Enterprise Server (https://HOST/api/v3).
class GitHubClient : public ForgeClient
{
    Q_DECLARE_TR_FUNCTIONS(GitHubClient)

public:
    using ForgeClient::ForgeClient;

    ForgeKind kind() const override { return ForgeKind::GitHub; }
    Result<std::optional<PullRequest>> findOpenPullRequest(const QString &repo, const QString &head,
                                                           const QString &base) override;
    Result<PullRequest> createPullRequest(const PullRequestRequest &request, bool *alreadyExists) override;

    static PullRequest fromJson(const nlohmann::json &object);

protected:
    HttpHeaders authHeaders() const override;
};

} // namespace driftdeck::forge
