// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forge/forgeclient.h"

#include "core/common/logging.h"
#include "core/forge/giteaclient.h"
#include "core/forge/githubclient.h"
#include "core/forge/gitlabclient.h"

#include <QUrl>

#include <algorithm>
#include <climits>

namespace driftdeck::forge {

ForgeClient::ForgeClient(QString apiUrl, QString token)
    : m_apiUrl(std::move(apiUrl)), m_token(std::move(token))
{
    while (m_apiUrl.endsWith(u'/'))
        m_apiUrl.chop(1);
}

ForgeClient::~ForgeClient() = default;

std::unique_ptr<ForgeClient> ForgeClient::create(const ForgeTarget &target, const QString &token)
{
    switch (target.kind) {
    case ForgeKind::GitHub: return std::make_unique<GitHubClient>(target.apiUrl, token);
    case ForgeKind::GitLab: return std::make_unique<GitLabClient>(target.apiUrl, token);
    case ForgeKind::Gitea: return std::make_unique<GiteaClient>(target.apiUrl, token);
    }
    return nullptr;
}

Result<PullRequest> ForgeClient::openPullRequest(const PullRequestRequest &request)
{
    Result<std::optional<PullRequest>> found = findOpenPullRequest(request.repo, request.head, request.base);
    if (!found.ok())
        return found.error();
    if (found.value()) {
        PullRequest existing = *found.value();
        existing.existing = true;
        qCInfo(lcForge) << "pull request" << existing.number << "already open for" << request.head;
        return existing;
    }
    bool alreadyExists = false;
    Result<PullRequest> created = createPullRequest(request, &alreadyExists);
    if (created.ok() || !alreadyExists)
        return created;
    // Someone (or an earlier click) opened it between our look-up and the create.
    found = findOpenPullRequest(request.repo, request.head, request.base);
    if (found.ok() && found.value()) {
        PullRequest existing = *found.value();
        existing.existing = true;
        return existing;
    }
    return Error(tr("A pull request for %1 already exists but could not be found.").arg(request.head),
                 created.error().cause);
}

QString ForgeClient::host() const
{
    return QUrl(m_apiUrl).host();
}

QByteArray ForgeClient::encode(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

Result<HttpResponse> ForgeClient::call(const QByteArray &method, const QByteArray &pathAndQuery, const nlohmann::json *body)
{
    const QByteArray url = m_apiUrl.toUtf8() + pathAndQuery;
    HttpHeaders headers = authHeaders();
    const bool hasAccept = std::any_of(headers.cbegin(), headers.cend(), [](const auto &h) { return h.first == "Accept"; });
    if (!hasAccept)
        headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    // Logs name the request, never a header: the token lives there.
    qCDebug(lcForge) << method << QUrl::fromEncoded(url).toDisplayString(QUrl::RemoveUserInfo);
    const QByteArray payload = body ? QByteArray::fromStdString(body->dump()) : QByteArray();
    return m_transport.request(method, url, headers, payload);
}

std::optional<nlohmann::json> ForgeClient::parseJson(const QByteArray &body)
{
    nlohmann::json parsed = nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (parsed.is_discarded())
        return std::nullopt;
    return parsed;
}

QString ForgeClient::jsonString(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_number_integer())
        return QString::number(it->get<long long>());
    return {};
}

int ForgeClient::jsonInt(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return 0;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer())
        return 0;
    const long long v = it->is_number_unsigned() ? static_cast<long long>(std::min<unsigned long long>(it->get<unsigned long long>(), LLONG_MAX))
                                                 : it->get<long long>();
    return v >= INT_MIN && v <= INT_MAX ? int(v) : 0;
}

bool ForgeClient::jsonBool(const nlohmann::json &object, const char *key, bool fallback)
{
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

QString ForgeClient::errorMessage(const QByteArray &body)
{
    const std::optional<nlohmann::json> parsed = parseJson(body);
    if (!parsed || !parsed->is_object())
        return QString::fromUtf8(body.left(300)).trimmed();
    QStringList parts;
    for (const char *key : {"message", "error"}) {
        const auto it = parsed->find(key);
        if (it == parsed->end())
            continue;
        if (it->is_string()) {
            parts << QString::fromStdString(it->get<std::string>());
        } else if (it->is_array()) {
            for (const auto &m : *it) {
                if (m.is_string())
                    parts << QString::fromStdString(m.get<std::string>());
            }
        } else {
            parts << QString::fromStdString(it->dump());
        }
    }
    if (const auto errors = parsed->find("errors"); errors != parsed->end() && errors->is_array()) {
        for (const auto &e : *errors) {
            if (e.is_object() && e.contains("message") && e["message"].is_string())
                parts << QString::fromStdString(e["message"].get<std::string>());
            else if (e.is_object())
                parts << QString::fromStdString(e.dump());
        }
    }
    return parts.join(u"; ");
}

Error ForgeClient::httpError(const HttpResponse &response, const QByteArray &method, const QByteArray &pathAndQuery,
                             const QString &repo) const
{
    const QString detail = errorMessage(response.body);
    const QString cause = u"HTTP " + QString::number(response.status) + u' ' + QString::fromLatin1(method) + u' '
        + QString::fromUtf8(pathAndQuery) + (detail.isEmpty() ? QString() : QString(u": " + detail));
    const QString h = host();
    switch (response.status) {
    case 401: return Error(tr("Authentication failed: %1 did not accept the token.").arg(h), cause);
    case 403: return Error(tr("Permission denied: the token may not open pull requests in %1 on %2.").arg(repo, h), cause);
    case 404: return Error(tr("Not found: %1 does not exist on %2, or the token cannot see it.").arg(repo, h), cause);
    default: break;
    }
    if (response.status >= 500)
        return Error(tr("%1 had a server error (HTTP %2); try again later.").arg(h).arg(response.status), cause);
    if (response.status == 400 || response.status == 422 || response.status == 409)
        return Error(tr("%1 refused the pull request: %2").arg(h, detail.isEmpty() ? QString::number(response.status) : detail), cause);
    return Error(tr("%1 answered with HTTP %2.").arg(h).arg(response.status), cause);
}

} // namespace driftdeck::forge
