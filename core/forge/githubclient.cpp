// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forge/githubclient.h"

#include "core/common/logging.h"

namespace driftdeck::forge {

HttpHeaders GitHubClient::authHeaders() const
{
    return {{"Authorization", "Bearer " + m_token.toUtf8()},
            {"Accept", "application/vnd.github+json"},
            {"X-GitHub-Api-Version", "2022-11-28"}};
}

PullRequest GitHubClient::fromJson(const nlohmann::json &object)
{
    PullRequest pr;
    if (!object.is_object())
        return pr;
    pr.number = jsonInt(object, "number");
    pr.url = jsonString(object, "html_url");
    pr.state = jsonString(object, "state");
    pr.title = jsonString(object, "title");
    pr.draft = jsonBool(object, "draft");
    if (object.contains("head"))
        pr.head = jsonString(object["head"], "ref");
    if (object.contains("base"))
        pr.base = jsonString(object["base"], "ref");
    if (const auto labels = object.find("labels"); labels != object.end() && labels->is_array()) {
        for (const auto &l : *labels)
            pr.labels << jsonString(l, "name");
    }
    return pr;
}

Result<std::optional<PullRequest>> GitHubClient::findOpenPullRequest(const QString &repo, const QString &head,
                                                                     const QString &base)
{
    // GitHub filters on head only as owner:branch.
    const QString qualified = head.contains(u':') ? head : repo.section(u'/', 0, 0) + u':' + head;
    const QByteArray path = "/repos/" + repo.toUtf8() + "/pulls?state=open&head=" + encode(qualified) + "&base="
        + encode(base) + "&per_page=100";
    const Result<HttpResponse> response = call("GET", path);
    if (!response.ok())
        return response.error();
    if (response->status != 200)
        return httpError(*response, "GET", path, repo);
    const std::optional<nlohmann::json> list = parseJson(response->body);
    if (!list || !list->is_array())
        return Error(tr("%1 sent an answer Driftdeck does not understand.").arg(host()), QStringLiteral("GET pulls: not a JSON array"));
    const QString branch = qualified.section(u':', 1);
    for (const auto &item : *list) {
        PullRequest pr = fromJson(item);
        if (pr.head == branch && pr.base == base && pr.state == u"open")
            return std::optional<PullRequest>(pr);
    }
    return std::optional<PullRequest>();
}

Result<PullRequest> GitHubClient::createPullRequest(const PullRequestRequest &request, bool *alreadyExists)
{
    *alreadyExists = false;
    const QByteArray path = "/repos/" + request.repo.toUtf8() + "/pulls";
    const nlohmann::json body = {{"title", request.title.toStdString()},
                                 {"head", request.head.toStdString()},
                                 {"base", request.base.toStdString()},
                                 {"body", request.body.toStdString()},
                                 {"draft", request.draft},
                                 {"maintainer_can_modify", true}};
    const Result<HttpResponse> response = call("POST", path, &body);
    if (!response.ok())
        return response.error();
    if (response->status == 422) {
        const std::optional<nlohmann::json> parsed = parseJson(response->body);
        if (parsed && parsed->contains("errors") && (*parsed)["errors"].is_array()) {
            for (const auto &e : (*parsed)["errors"]) {
                if (jsonString(e, "message").contains(u"already exists")) {
                    *alreadyExists = true;
                    return httpError(*response, "POST", path, request.repo);
                }
                if (jsonString(e, "field") == u"head" && jsonString(e, "code") == u"invalid") {
                    return Error(tr("The branch %1 does not exist in %2; push it first.").arg(request.head, request.repo),
                                 httpError(*response, "POST", path, request.repo).cause);
                }
            }
        }
    }
    if (response->status != 201)
        return httpError(*response, "POST", path, request.repo);
    const std::optional<nlohmann::json> parsed = parseJson(response->body);
    if (!parsed)
        return Error(tr("%1 sent an answer Driftdeck does not understand.").arg(host()), QStringLiteral("POST pulls: invalid JSON"));
    PullRequest pr = fromJson(*parsed);
    if (!request.labels.isEmpty()) {
        // Labels belong to the issue side of a pull request.
        nlohmann::json labels = nlohmann::json::array();
        for (const QString &l : request.labels)
            labels.push_back(l.toStdString());
        const nlohmann::json labelBody = {{"labels", labels}};
        const QByteArray labelPath = "/repos/" + request.repo.toUtf8() + "/issues/" + QByteArray::number(pr.number) + "/labels";
        const Result<HttpResponse> labelResponse = call("POST", labelPath, &labelBody);
        if (labelResponse.ok() && labelResponse->status == 200) {
            pr.labels = request.labels;
        } else {
            const QString cause = labelResponse.ok() ? httpError(*labelResponse, "POST", labelPath, request.repo).cause
                                                     : labelResponse.error().cause;
            qCWarning(lcForge) << "labels not applied:" << cause;
            pr.warning = tr("The pull request was opened, but its labels could not be set.");
        }
    }
    return pr;
}

} // namespace driftdeck::forge
