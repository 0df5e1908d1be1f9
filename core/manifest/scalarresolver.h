// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace driftdeck::manifest {

// Types a YAML scalar exactly as kubectl does when it reads a manifest: sigs.k8s.io/yaml
// (go-yaml v2 resolution, YAML 1.1 booleans) followed by the JSON round trip into
// unstructured objects. Checked against `kubectl patch --local -o json` (see the tests):
//   yes/no/on/off/y/n (any of the three casings) -> bool;  ~, null, empty -> null;
//   0777 -> 511 (Go base-0 integers: 0x, 0o, 0b, leading 0 octal; '_' ignored);
//   1e3, 1.0 -> 1000, 1 (integral floats become integers, as the JSON round trip does);
//   integers beyond int64 -> double;  .inf/.nan -> error (JSON cannot carry them);
//   quoted, block and custom-tagged scalars -> string.
class ScalarResolver
{
public:
    enum class Style { Plain, Quoted };

    struct Resolved
    {
        nlohmann::json value;
        // Set when kubectl would refuse the value (".inf", ".nan"); value is then null.
        std::optional<std::string> error;
    };

    // tag: the scalar's tag as written ("!!int", "!custom") or empty.
    static Resolved resolve(std::string_view text, Style style, std::string_view tag = {});

    // A mapping key as sigs.k8s.io/yaml turns it into a JSON object key: 8 -> "8",
    // true/yes/on/y -> "true", 1e3 -> "1000". Null keys cannot be converted (nullopt).
    static std::optional<std::string> keyString(std::string_view text, Style style, std::string_view tag = {});

    // The number rules alone: Go's strconv.ParseInt(s, 0, 64), then ParseUint, then the
    // YAML float pattern; nullopt when the text is not a number.
    static std::optional<nlohmann::json> parseNumber(std::string_view text);
};

} // namespace driftdeck::manifest
