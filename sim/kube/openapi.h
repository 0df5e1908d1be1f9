// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry.h"

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kubesim {

// A minimal /openapi/v3: the index of group-versions and, per group-version, paths whose PATCH
// operations carry x-kubernetes-group-version-kind and the fieldValidation parameter, which is
// what kubectl checks before it sends fieldValidation=Strict.
class OpenApi
{
public:
    // seg: the request path split on '/', starting with "openapi", "v3". Null when unknown.
    static nlohmann::json document(const Registry &registry, const std::vector<std::string> &seg);
};

} // namespace kubesim
