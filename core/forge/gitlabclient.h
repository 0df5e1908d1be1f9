// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forge/forgeclient.h"

namespace driftdeck::forge {

// GitLab REST v4 merge requests (https://HOST/api/v4); projects addressed by URL-encoded path.
class GitLabClient : public ForgeClient
{
    Q_DECLARE_TR_FUNCTIONS(GitLabClient)

public:
    using ForgeClient::ForgeClient;

    ForgeKind kind() const override { return ForgeKind::GitLab; }
    Result<std::optional<PullRequest>> findOpenPullRequest(const QString &repo, const QString &head,
                                                           const QString &base) override;
    Result<PullRequest> createPullRequest(const PullRequestRequest &request, bool *alreadyExists) override;

    static PullRequest fromJson(const nlohmann::json &object);

protected:
    HttpHeaders authHeaders() const override;
};

} // namespace driftdeck::forge
