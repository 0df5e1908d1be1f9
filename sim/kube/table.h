// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resourcetype.h"

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kubesim {

// meta.k8s.io/v1 Table output for `kubectl get`, with the columns kubectl users expect for the
// common kinds and Name/Age for the rest. Rows carry PartialObjectMetadata.
class Table
{
public:
    static nlohmann::json forObjects(const ResourceType &type, const std::vector<nlohmann::json> &objects,
                                     const std::string &resourceVersion, const std::string &continueToken);
    // "5s", "3m", "2h", "4d" from an RFC 3339 timestamp.
    static std::string age(const std::string &timestamp);
};

} // namespace kubesim
