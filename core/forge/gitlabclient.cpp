// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forge/gitlabclient.h"

namespace driftdeck::forge {

HttpHeaders GitLabClient::authHeaders() const
{
    return {{"PRIVATE-TOKEN", m_token.toUtf8()}};
}

PullRequest GitLabClient::fromJson(const nlohmann::json &object)
{
    PullRequest pr;
    if (!object.is_object())
        return pr;
    pr.number = jsonInt(object, "iid");
    pr.url = jsonString(object, "web_url");
    pr.state = jsonString(object, "state");
    pr.title = jsonString(object, "title");
    pr.head = jsonString(object, "source_branch");
    pr.base = jsonString(object, "target_branch");
    pr.draft = jsonBool(object, "draft", jsonBool(object, "work_in_progress"));
    if (const auto labels = object.find("labels"); labels != object.end() && labels->is_array()) {
        for (const auto &l : *labels) {
            if (l.is_string())
                pr.labels << QString::fromStdString(l.get<std::string>());
            else
                pr.labels << jsonString(l, "name");
        }
    }
    return pr;
}

Result<std::optional<PullRequest>> GitLabClient::findOpenPullRequest(const QString &repo, const QString &head,
                                                                     const QString &base)
{
    const QByteArray path = "/projects/" + encode(repo) + "/merge_requests?state=opened&source_branch=" + encode(head)
        + "&target_branch=" + encode(base) + "&per_page=100";
    const Result<HttpResponse> response = call("GET", path);
    if (!response.ok())
        return response.error();
    if (response->status != 200)
        return httpError(*response, "GET", path, repo);
    const std::optional<nlohmann::json> list = parseJson(response->body);
    if (!list || !list->is_array())
        return Error(tr("%1 sent an answer Driftdeck does not understand.").arg(host()),
                     QStringLiteral("GET merge_requests: not a JSON array"));
    for (const auto &item : *list) {
        PullRequest pr = fromJson(item);
        if (pr.head == head && pr.base == base && pr.state == u"opened")
            return std::optional<PullRequest>(pr);
    }
    return std::optional<PullRequest>();
}

Result<PullRequest> GitLabClient::createPullRequest(const PullRequestRequest &request, bool *alreadyExists)
{
    *alreadyExists = false;
    const QByteArray path = "/projects/" + encode(request.repo) + "/merge_requests";
    QString title = request.title;
    if (request.draft && !title.startsWith(u"Draft:", Qt::CaseInsensitive))
        title = u"Draft: " + title;
    nlohmann::json body = {{"source_branch", request.head.toStdString()},
                           {"target_branch", request.base.toStdString()},
                           {"title", title.toStdString()},
                           {"description", request.body.toStdString()},
                           {"remove_source_branch", true}};
    if (!request.labels.isEmpty())
        body["labels"] = request.labels.join(u',').toStdString();
    const Result<HttpResponse> response = call("POST", path, &body);
    if (!response.ok())
        return response.error();
    if (response->status == 409) {
        // The message may be localized: the status is what counts.
        *alreadyExists = true;
        return httpError(*response, "POST", path, request.repo);
    }
    if (response->status != 201)
        return httpError(*response, "POST", path, request.repo);
    const std::optional<nlohmann::json> parsed = parseJson(response->body);
    if (!parsed)
        return Error(tr("%1 sent an answer Driftdeck does not understand.").arg(host()),
                     QStringLiteral("POST merge_requests: invalid JSON"));
    return fromJson(*parsed);
}

} // namespace driftdeck::forge
