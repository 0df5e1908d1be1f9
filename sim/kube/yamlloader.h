// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kubesim {

// YAML (multi-document) to JSON through libfyaml, with YAML 1.2 core scalar typing.
class YamlLoader
{
public:
    // Every non-empty document; List kinds are expanded into their items.
    static std::vector<nlohmann::json> parseAll(const std::string &text, std::string *error);
    static nlohmann::json parseOne(const std::string &text, std::string *error);
    // Every manifest in *.yaml, *.yml and *.json files under dir, recursively, in path order.
    static std::vector<nlohmann::json> loadDirectory(const std::string &dir, std::string *error);
};

} // namespace kubesim
