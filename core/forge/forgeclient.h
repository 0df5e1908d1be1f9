// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/forge/forgedetector.h"
#include "core/forge/forgekind.h"
#include "core/forge/httptransport.h"
#include "core/forge/pullrequest.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace driftdeck::forge {

// A forge's pull-request API. Synchronous: call it on a worker thread. The token only ever
// goes into a request header.
class ForgeClient
{
    Q_DECLARE_TR_FUNCTIONS(ForgeClient)

public:
    ForgeClient(QString apiUrl, QString token);
    virtual ~ForgeClient();
    ForgeClient(const ForgeClient &) = delete;
    ForgeClient &operator=(const ForgeClient &) = delete;

    virtual ForgeKind kind() const = 0;

    // The open pull request from `head` into `base`, if there is one.
    virtual Result<std::optional<PullRequest>> findOpenPullRequest(const QString &repo, const QString &head,
                                                                   const QString &base) = 0;
    // Creates one. `alreadyExists` is set when the forge says one exists for the branch
    // (GitHub 422 "already exists", GitLab and Gitea 409).
    virtual Result<PullRequest> createPullRequest(const PullRequestRequest &request, bool *alreadyExists) = 0;

    // Never a duplicate: returns the open pull request for the branch when there is one
    // (existing = true), otherwise creates it; a 422/409 race means "fetch and return it".
    Result<PullRequest> openPullRequest(const PullRequestRequest &request);

    HttpTransport &transport() { return m_transport; }

    // A client for the detected or configured forge.
    static std::unique_ptr<ForgeClient> create(const ForgeTarget &target, const QString &token);

    // Pure readers of a forge's answer (public for tests/fuzz/fuzz_forge): a body that is not
    // JSON gives nullopt; a field of another type than expected reads as empty, never throws.
    static std::optional<nlohmann::json> parseJson(const QByteArray &body);
    static QString jsonString(const nlohmann::json &object, const char *key);
    // An integer field within int's range, else 0; a boolean field, else `fallback`.
    static int jsonInt(const nlohmann::json &object, const char *key);
    static bool jsonBool(const nlohmann::json &object, const char *key, bool fallback = false);
    // The human-readable message in an error body: "message", "error", or a list of them.
    static QString errorMessage(const QByteArray &body);

protected:
    virtual HttpHeaders authHeaders() const = 0;

    // `pathAndQuery` is appended to the API URL and must be encoded already.
    Result<HttpResponse> call(const QByteArray &method, const QByteArray &pathAndQuery, const nlohmann::json *body = nullptr);
    // Plain words for a failed HTTP status, technical detail in the cause.
    Error httpError(const HttpResponse &response, const QByteArray &method, const QByteArray &pathAndQuery,
                    const QString &repo) const;
    static QByteArray encode(const QString &text); // percent-encoding of one path or query part
    QString host() const;

    QString m_apiUrl;
    QString m_token;
    HttpTransport m_transport;
};

} // namespace driftdeck::forge
