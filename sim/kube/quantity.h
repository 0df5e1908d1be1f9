// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace kubesim {

// resource.Quantity canonical form as the API server stores it: "1000m" -> "1",
// "0.5Gi" -> "512Mi", "2000" -> "2k", "1536Mi" stays, "0.5" -> "500m".
class Quantity
{
public:
    static std::optional<std::string> canonicalize(const std::string &text);
};

} // namespace kubesim
