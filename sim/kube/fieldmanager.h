// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace kubesim {

// metadata.managedFields upkeep: Update entries for ordinary writes and server-side apply with
// ownership, conflicts and force, as the real API server records them.
class FieldManager
{
public:
    struct Target {
        std::string manager;
        std::string apiVersion;
        std::string subresource; // "" or "status"
        bool builtin = true;
        bool hasStatus = false;  // status is written through its own subresource
    };

    // Records an Update by target.manager turning old (null for a create) into obj.
    static void recordUpdate(nlohmann::json &obj, const nlohmann::json &old, const Target &target);

    // Server-side apply of config onto live (null when creating). On success fills result with
    // the merged object (managedFields updated) and returns true. On conflicts without force
    // returns false and fills conflict with the Status to answer (409).
    static bool apply(const nlohmann::json &live, const nlohmann::json &config, const Target &target, bool force,
                      nlohmann::json *result, nlohmann::json *conflict);

    // Deep merge of an applied configuration: maps recurse, list-maps merge by key, sets unite,
    // everything else is replaced.
    static void mergeApplied(nlohmann::json &live, const nlohmann::json &config, bool builtin);
};

} // namespace kubesim
