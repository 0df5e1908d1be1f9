// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forge/pullrequestopener.h"

#include "core/forge/forgeclient.h"
#include "core/forge/pullrequestbody.h"
#include "core/forge/tokenstore.h"

namespace driftdeck::forge {

Result<PullRequestOpener::Output> PullRequestOpener::open(const Input &input)
{
    if (input.results.isEmpty())
        return Error(tr("Select at least one drifted resource."));
    const Result<ForgeTarget> target = ForgeDetector::detect(input.remoteUrl, input.forgeKind, input.forgeApiUrl);
    if (!target.ok())
        return target.error();
    Output output;
    output.target = *target;

    QString token = input.token;
    output.tokenSource = QStringLiteral("given");
    if (token.isEmpty()) {
        TokenStore store;
        store.setKeychainEnabled(input.useKeychain);
        const TokenLookup lookup = store.lookup(target->kind, target->host);
        token = lookup.token;
        output.tokenSource = lookup.source;
        output.keychainProblem = lookup.keychainProblem;
        if (token.isEmpty()) {
            return Error(tr("No token for %1: store one in the keychain or set %2.").arg(target->host, lookup.variable),
                         lookup.keychainProblem);
        }
    }

    const QString title = input.title.trimmed().isEmpty() ? PullRequestBody::title(input.results) : input.title.trimmed();
    const QString body = input.body.trimmed().isEmpty() ? PullRequestBody::build(input.results) : input.body;

    publish::PublishRequest request;
    request.repositoryPath = input.repositoryPath;
    request.remoteUrl = input.remoteUrl;
    request.baseBranch = input.baseBranch;
    request.change.cluster = input.results.front().cluster;
    for (const auto &result : input.results)
        request.change.resources.append(result.key);
    request.change.files = input.files;
    request.title = title;
    // GitLab documents "oauth2" as the user name for a token; the others accept any.
    request.credentials = publish::Credentials::fromToken(
        token, target->kind == ForgeKind::GitLab ? QStringLiteral("oauth2") : QStringLiteral("x-access-token"));
    publish::Publisher publisher;
    publisher.setProgressHandler(m_progress);
    Result<publish::PublishResult> published = publisher.publish(request);
    if (!published.ok())
        return published.error();
    output.published = std::move(published).value();

    const std::unique_ptr<ForgeClient> client = ForgeClient::create(*target, token);
    PullRequestRequest pr;
    pr.repo = target->repo;
    pr.head = output.published.branch;
    pr.base = input.baseBranch;
    pr.title = title;
    pr.body = body;
    pr.draft = input.draft;
    pr.labels = input.labels;
    Result<PullRequest> opened = client->openPullRequest(pr);
    if (!opened.ok())
        return opened.error();
    output.pullRequest = std::move(opened).value();
    return output;
}

} // namespace driftdeck::forge
