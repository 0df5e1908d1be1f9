// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forge/giteaclient.h"

#include "core/common/logging.h"

namespace driftdeck::forge {

namespace {
constexpr int kPageSize = 50;
constexpr int kMaxPages = 20;
}

HttpHeaders GiteaClient::authHeaders() const
{
    return {{"Authorization", "token " + m_token.toUtf8()}};
}

PullRequest GiteaClient::fromJson(const nlohmann::json &object)
{
    PullRequest pr;
    if (!object.is_object())
        return pr;
    pr.number = jsonInt(object, "number");
    pr.url = jsonString(object, "html_url");
    pr.state = jsonString(object, "state");
    pr.title = jsonString(object, "title");
    pr.draft = jsonBool(object, "draft") || pr.title.startsWith(u"WIP:", Qt::CaseInsensitive)
        || pr.title.startsWith(u"[WIP]", Qt::CaseInsensitive);
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

Result<std::optional<PullRequest>> GiteaClient::findOpenPullRequest(const QString &repo, const QString &head,
                                                                    const QString &base)
{
    // Gitea's list has no head filter: page through the open pull requests.
    for (int page = 1; page <= kMaxPages; ++page) {
        const QByteArray path = "/repos/" + repo.toUtf8() + "/pulls?state=open&limit=" + QByteArray::number(kPageSize)
            + "&page=" + QByteArray::number(page);
        const Result<HttpResponse> response = call("GET", path);
        if (!response.ok())
            return response.error();
        if (response->status != 200)
            return httpError(*response, "GET", path, repo);
        const std::optional<nlohmann::json> list = parseJson(response->body);
        if (!list || !list->is_array())
            return Error(tr("%1 sent an answer Driftdeck does not understand.").arg(host()),
                         QStringLiteral("GET pulls: not a JSON array"));
        for (const auto &item : *list) {
            PullRequest pr = fromJson(item);
            if (pr.head == head && pr.base == base && pr.state == u"open")
                return std::optional<PullRequest>(pr);
        }
        if (list->size() < size_t(kPageSize))
            break;
    }
    return std::optional<PullRequest>();
}

Result<QHash<QString, int>> GiteaClient::labelIds(const QString &repo)
{
    QHash<QString, int> ids;
    for (int page = 1; page <= kMaxPages; ++page) {
        const QByteArray path = "/repos/" + repo.toUtf8() + "/labels?limit=" + QByteArray::number(kPageSize)
            + "&page=" + QByteArray::number(page);
        const Result<HttpResponse> response = call("GET", path);
        if (!response.ok())
            return response.error();
        if (response->status != 200)
            return httpError(*response, "GET", path, repo);
        const std::optional<nlohmann::json> list = parseJson(response->body);
        if (!list || !list->is_array())
            return Error(tr("%1 sent an answer Driftdeck does not understand.").arg(host()),
                         QStringLiteral("GET labels: not a JSON array"));
        for (const auto &label : *list) {
            if (label.is_object() && label.contains("id") && label["id"].is_number_integer())
                ids.insert(jsonString(label, "name"), label["id"].get<int>());
        }
        if (list->size() < size_t(kPageSize))
            break;
    }
    return ids;
}

Result<PullRequest> GiteaClient::createPullRequest(const PullRequestRequest &request, bool *alreadyExists)
{
    *alreadyExists = false;
    const QByteArray path = "/repos/" + request.repo.toUtf8() + "/pulls";
    QString title = request.title;
    if (request.draft && !title.startsWith(u"WIP:", Qt::CaseInsensitive))
        title = u"WIP: " + title;
    nlohmann::json body = {{"head", request.head.toStdString()},
                           {"base", request.base.toStdString()},
                           {"title", title.toStdString()},
                           {"body", request.body.toStdString()}};
    // Gitea takes label ids: look the names up among the repository's labels.
    QStringList missingLabels;
    QStringList appliedLabels;
    if (!request.labels.isEmpty()) {
        const Result<QHash<QString, int>> ids = labelIds(request.repo);
        if (!ids.ok())
            return ids.error();
        nlohmann::json labelIds = nlohmann::json::array();
        for (const QString &name : request.labels) {
            if (ids->contains(name)) {
                labelIds.push_back(ids->value(name));
                appliedLabels << name;
            } else {
                missingLabels << name;
            }
        }
        body["labels"] = labelIds;
    }
    const Result<HttpResponse> response = call("POST", path, &body);
    if (!response.ok())
        return response.error();
    if (response->status == 409) {
        *alreadyExists = true;
        return httpError(*response, "POST", path, request.repo);
    }
    if (response->status != 201)
        return httpError(*response, "POST", path, request.repo);
    const std::optional<nlohmann::json> parsed = parseJson(response->body);
    if (!parsed)
        return Error(tr("%1 sent an answer Driftdeck does not understand.").arg(host()), QStringLiteral("POST pulls: invalid JSON"));
    PullRequest pr = fromJson(*parsed);
    if (!missingLabels.isEmpty()) {
        qCInfo(lcForge) << "labels missing in" << request.repo << missingLabels;
        pr.warning = tr("The pull request was opened; these labels do not exist in %1: %2")
                         .arg(request.repo, missingLabels.join(QStringLiteral(", ")));
    }
    return pr;
}

} // namespace driftdeck::forge
