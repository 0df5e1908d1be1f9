// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resolve/yamlwriter.h"

#include "core/drift/yamlemitter.h"
#include "core/manifest/scalarresolver.h"

#include <cstdio>

namespace driftdeck::resolve {

namespace {

bool isScalarLike(const nlohmann::json &v)
{
    return !(v.is_object() || v.is_array()) || v.empty();
}

// The same double-quoted form the diff view shows (escapes included).
std::string doubleQuoted(const std::string &s)
{
    return drift::YamlEmitter::quoted(s);
}

bool singleQuotable(const std::string &s)
{
    for (const unsigned char c : s) {
        if (c < 0x20 || c == 0x7f)
            return false;
    }
    return true;
}

std::string singleQuoted(const std::string &s)
{
    std::string out = "'";
    for (const char c : s) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    out += '\'';
    return out;
}

std::string pad(int n)
{
    return std::string(size_t(std::max(0, n)), ' ');
}

} // namespace

YamlWriter::YamlWriter() = default;

bool YamlWriter::plainSafe(const std::string &s, bool flowContext)
{
    if (s.empty() || drift::YamlEmitter::needsQuotes(s))
        return false;
    if (s.front() == ' ' || s.back() == ' ' || s.find('\t') != std::string::npos || s.find('\n') != std::string::npos)
        return false;
    if (flowContext && s.find_first_of(",[]{}") != std::string::npos)
        return false;
    if (s.find(" #") != std::string::npos || s.find(": ") != std::string::npos || s.back() == ':')
        return false;
    const auto resolved = manifest::ScalarResolver::resolve(s, manifest::ScalarResolver::Style::Plain);
    return resolved.value.is_string() && resolved.value.get<std::string>() == s;
}

std::string YamlWriter::scalar(const nlohmann::json &v, fy_scalar_style preferred, bool flowContext)
{
    if (v.is_null())
        return "null";
    if (v.is_boolean())
        return v.get<bool>() ? "true" : "false";
    if (v.is_number())
        return v.dump();
    if (v.is_object())
        return v.empty() ? std::string("{}") : flow(v);
    if (v.is_array())
        return v.empty() ? std::string("[]") : flow(v);
    const std::string s = v.get<std::string>();
    switch (preferred) {
    case FYSS_SINGLE_QUOTED:
        if (singleQuotable(s))
            return singleQuoted(s);
        return doubleQuoted(s);
    case FYSS_DOUBLE_QUOTED:
        return doubleQuoted(s);
    default:
        return plainSafe(s, flowContext) ? s : doubleQuoted(s);
    }
}

std::string YamlWriter::literalBlock(const std::string &s, int contentColumn)
{
    if (s.empty() || s.front() == ' ' || s.front() == '\n' || s.find('\n') == std::string::npos)
        return {};
    for (const unsigned char c : s) {
        if ((c < 0x20 && c != '\n') || c == 0x7f)
            return {};
    }
    size_t trailing = 0;
    while (trailing < s.size() && s[s.size() - 1 - trailing] == '\n')
        ++trailing;
    std::string out = trailing == 0 ? "|-" : (trailing == 1 ? "|" : "|+");
    const std::string body = s.substr(0, s.size() - trailing);
    size_t from = 0;
    while (true) {
        const size_t nl = body.find('\n', from);
        const std::string line = body.substr(from, nl == std::string::npos ? std::string::npos : nl - from);
        out += '\n';
        if (!line.empty())
            out += pad(contentColumn) + line;
        if (nl == std::string::npos)
            break;
        from = nl + 1;
    }
    for (size_t i = 1; i < trailing; ++i)
        out += '\n';
    return out;
}

std::string YamlWriter::key(const std::string &k)
{
    return plainSafe(k, false) ? k : doubleQuoted(k);
}

std::string YamlWriter::flow(const nlohmann::json &v)
{
    if (v.is_object()) {
        std::string out = "{";
        bool first = true;
        for (const std::string &k : drift::YamlEmitter::orderedKeys(v)) {
            if (!first)
                out += ", ";
            first = false;
            out += plainSafe(k, true) ? k : doubleQuoted(k);
            out += ": ";
            out += flow(v.at(k));
        }
        return out + "}";
    }
    if (v.is_array()) {
        std::string out = "[";
        bool first = true;
        for (const auto &e : v) {
            if (!first)
                out += ", ";
            first = false;
            out += flow(e);
        }
        return out + "]";
    }
    return scalar(v, FYSS_PLAIN, true);
}

std::string YamlWriter::block(const nlohmann::json &v, int column) const
{
    std::string out;
    if (v.is_object()) {
        for (const std::string &k : drift::YamlEmitter::orderedKeys(v))
            out += pad(column) + key(k) + ":" + afterKey(v.at(k), column);
    } else if (v.is_array()) {
        for (const auto &e : v)
            out += pad(column) + "-" + afterDash(e, column);
    } else {
        out += pad(column) + scalar(v) + "\n";
    }
    return out;
}

std::string YamlWriter::afterKey(const nlohmann::json &v, int keyColumn) const
{
    if (isScalarLike(v)) {
        if (v.is_string()) {
            const std::string lit = literalBlock(v.get<std::string>(), keyColumn + m_layout.indent);
            if (!lit.empty())
                return " " + lit + "\n";
        }
        return " " + scalar(v) + "\n";
    }
    if (v.is_array())
        return "\n" + block(v, keyColumn + (m_layout.indentSequences ? m_layout.indent : 0));
    return "\n" + block(v, keyColumn + m_layout.indent);
}

std::string YamlWriter::afterDash(const nlohmann::json &v, int dashColumn) const
{
    if (isScalarLike(v)) {
        if (v.is_string()) {
            const std::string lit = literalBlock(v.get<std::string>(), dashColumn + 2);
            if (!lit.empty())
                return " " + lit + "\n";
        }
        return " " + scalar(v) + "\n";
    }
    // The first entry goes on the dash's line, the others line up with it.
    const std::string inner = block(v, dashColumn + 2);
    return " " + inner.substr(size_t(dashColumn + 2));
}

} // namespace driftdeck::resolve
