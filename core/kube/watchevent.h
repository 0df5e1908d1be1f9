// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace driftdeck::kube {

// Objects from an API server are nested at most this deep (docs/security.md "Limits on hostile
// input"): everything downstream walks them recursively. Real objects stay under 30 levels.
inline constexpr int kMaxJsonDepth = 256;

// Whether `json`'s brackets nest at most `maxDepth` deep (strings skipped; a linear scan, run
// before parsing so a 64 MiB line of '[' never becomes a 32-million-level value).
bool jsonNestingWithin(std::string_view json, int maxDepth = kMaxJsonDepth);
// nlohmann's parse for API server answers: a discarded value when `text` is not JSON or is
// nested deeper than kMaxJsonDepth.
nlohmann::json parseApiJson(std::string_view text);

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
