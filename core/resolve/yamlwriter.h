// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libfyaml.h>
#include <nlohmann/json.hpp>

#include <string>

namespace driftdeck::resolve {

// Writes JSON values as YAML text that fits into an existing file: scalars in a chosen quoting
// style when the value allows it (quoted when a plain scalar would be misread: "on", "0777",
// "1e3"), block collections at a given column with the file's indentation, flow collections
// for flow contexts. Keys in YamlEmitter's canonical order, so the output is deterministic.
class YamlWriter
{
public:
    struct Layout
    {
        int indent = 2;              // columns per nesting level of maps
        bool indentSequences = false; // "key:\n  - a" (true) or "key:\n- a" (kubectl, false)
    };

    YamlWriter();
    explicit YamlWriter(Layout layout) : m_layout(layout) {}

    // A scalar in the preferred style when it can carry the value, else plain or double-quoted.
    // Literal/folded preferences fall back to double quotes (use literalBlock() for those).
    static std::string scalar(const nlohmann::json &value, fy_scalar_style preferred = FYSS_PLAIN, bool flowContext = false);
    // A multi-line string as a literal block ("|-\n" + lines at contentColumn); empty when the
    // string cannot be written exactly as one.
    static std::string literalBlock(const std::string &text, int contentColumn);
    // Any value on one line in flow style ({a: 1, b: [x, y]}).
    static std::string flow(const nlohmann::json &value);
    static std::string key(const std::string &key);
    // Whether a string can be written plain and read back as the same string.
    static bool plainSafe(const std::string &text, bool flowContext);

    // Lines of a non-empty map or list whose entries start at `column`; every line ends in '\n'.
    std::string block(const nlohmann::json &value, int column) const;
    // The text after "key:" for a value of a key at keyColumn: " scalar\n" or "\n" + block.
    std::string afterKey(const nlohmann::json &value, int keyColumn) const;
    // The text after "-" for a list item whose dash is at dashColumn: " value..." ending in '\n'.
    std::string afterDash(const nlohmann::json &value, int dashColumn) const;

    const Layout &layout() const { return m_layout; }

private:
    Layout m_layout;
};

} // namespace driftdeck::resolve
