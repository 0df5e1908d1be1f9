// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace driftdeck::kube {

// One line of a watch stream: {"type": ..., "object": {...}}.
struct WatchEvent
{
    enum class Type { Added, Modified, Deleted, Bookmark, Error, Invalid };

    Type type = Type::Invalid;
    nlohmann::json object;
    std::string parseError; // for Invalid

    // The object's metadata.resourceVersion, "" when absent.
    std::string resourceVersion() const;
    // For Error events: Status.code (410 = Expired/Gone), 0 when absent.
    int statusCode() const;
    std::string statusMessage() const;

    static WatchEvent decode(std::string_view line);
};

} // namespace driftdeck::kube
