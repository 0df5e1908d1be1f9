// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <string>
#include <vector>

namespace driftdeck::drift {

// A small deterministic YAML writer for nlohmann::json: block style as kubectl prints it
// (list items at their key's indentation), keys in one canonical order (apiVersion, kind,
// metadata, name, namespace first, status last, the rest sorted) so both sides of a diff line
// up, strings quoted where YAML would read them as something else, multi-line strings as
// literal blocks.
class YamlEmitter
{
public:
    static std::string toYaml(const nlohmann::json &value);
    // One scalar as YAML shows it (maps and lists as compact JSON): the display form of values
    // in change lists.
    static QString displayValue(const nlohmann::json &value);
    // The key order used for every map.
    static std::vector<std::string> orderedKeys(const nlohmann::json &object);
    // Whether a plain scalar would be misread (as a number, bool, null, or broken syntax).
    static bool needsQuotes(const std::string &text);
    static std::string quoted(const std::string &text);

private:
    static void emitValue(std::string &out, const nlohmann::json &value, int indent, bool inList);
    static std::string scalar(const nlohmann::json &value);
};

} // namespace driftdeck::drift
