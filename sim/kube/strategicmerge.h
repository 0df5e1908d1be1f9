// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

namespace kubesim {

// application/strategic-merge-patch+json for built-in types: lists with a patch merge key
// (containers by name, ports by containerPort or port, env by name, ...) merge item by item,
// "$patch": delete|replace and "$deleteFromPrimitiveList/<field>" are honoured.
class StrategicMerge
{
public:
    static void apply(nlohmann::json &target, const nlohmann::json &patch);
};

} // namespace kubesim
