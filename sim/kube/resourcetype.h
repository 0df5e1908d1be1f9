// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace kubesim {

// One served resource (a group, version and plural), as discovery describes it.
struct ResourceType {
    std::string group;
    std::string version;
    std::string kind;
    std::string listKind;
    std::string plural;
    std::string singular;
    bool namespaced = true;
    std::vector<std::string> shortNames;
    std::vector<std::string> categories;
    bool hasStatus = false;      // status is a subresource: main writes keep it
    bool hasScale = false;       // the scale subresource (spec.replicas)
    bool hasGeneration = false;  // metadata.generation is maintained
    bool builtin = true;         // custom resources carry kind/apiVersion and use JSON merge for strategic patches

    std::string apiVersion() const { return group.empty() ? version : group + "/" + version; }
    // Storage is shared by every version of a group and plural.
    std::string storageKey() const { return group + "/" + plural; }
    // "deployments.apps" as used in messages.
    std::string qualifiedName() const { return group.empty() ? plural : plural + "." + group; }
};

} // namespace kubesim
