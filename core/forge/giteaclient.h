// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forge/forgeclient.h"

#include <QHash>

namespace driftdeck::forge {

// Gitea and Forgejo (https://HOST/api/v1); a draft is a "WIP: " title prefix, labels go by id.
class GiteaClient : public ForgeClient
{
    Q_DECLARE_TR_FUNCTIONS(GiteaClient)

public:
    using ForgeClient::ForgeClient;

    ForgeKind kind() const override { return ForgeKind::Gitea; }
    Result<std::optional<PullRequest>> findOpenPullRequest(const QString &repo, const QString &head,
                                                           const QString &base) override;
    Result<PullRequest> createPullRequest(const PullRequestRequest &request, bool *alreadyExists) override;

    static PullRequest fromJson(const nlohmann::json &object);
    // name -> id of the repository's labels.
    Result<QHash<QString, int>> labelIds(const QString &repo);

protected:
    HttpHeaders authHeaders() const override;
};

} // namespace driftdeck::forge
