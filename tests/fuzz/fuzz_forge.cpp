// SPDX-License-Identifier: GPL-3.0-or-later
// Forge API answers: pull requests (single and lists) and error bodies of GitHub, GitLab and
// Gitea, as the clients read them.
#include "core/forge/forgeclient.h"
#include "core/forge/giteaclient.h"
#include "core/forge/githubclient.h"
#include "core/forge/gitlabclient.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace driftdeck::forge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ForgeClient::errorMessage(body);
    const std::optional<nlohmann::json> parsed = ForgeClient::parseJson(body);
    if (!parsed)
        return 0;
    auto readAll = [](const nlohmann::json &value) {
        (void)GitHubClient::fromJson(value);
        (void)GitLabClient::fromJson(value);
        (void)GiteaClient::fromJson(value);
    };
    readAll(*parsed);
    if (parsed->is_array()) {
        for (const auto &item : *parsed)
            readAll(item);
    }
    return 0;
}
