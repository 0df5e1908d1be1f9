// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/yamlemitter.h"

#include <algorithm>
#include <cstdio>

namespace driftdeck::drift {

namespace {

int keyRank(const std::string &key)
{
    if (key == "apiVersion") return 0;
    if (key == "kind") return 1;
    if (key == "metadata") return 2;
    if (key == "name") return 3;
    if (key == "namespace") return 4;
    if (key == "status") return 6;
    return 5;
}

bool looksNumeric(const std::string &s)
{
    // YAML 1.1/1.2 numbers: decimal, octal (0o17, 017), hex, floats, exponents, .inf/.nan,
    // and sexagesimal 1:20 that YAML 1.1 readers still accept.
    size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    if (i >= s.size())
        return false;
    const std::string rest = s.substr(i);
    if (rest == ".inf" || rest == ".Inf" || rest == ".INF")
        return true;
    if (s == ".nan" || s == ".NaN" || s == ".NAN")
        return true;
    if (rest.size() > 2 && rest[0] == '0' && (rest[1] == 'x' || rest[1] == 'o' || rest[1] == 'b'))
        return true;
    bool digit = false;
    bool dot = false;
    bool exp = false;
    for (size_t j = 0; j < rest.size(); ++j) {
        const char c = rest[j];
        if (c >= '0' && c <= '9') {
            digit = true;
        } else if (c == '_' || c == ':') {
            if (!digit)
                return false;
        } else if (c == '.' && !dot && !exp) {
            dot = true;
        } else if ((c == 'e' || c == 'E') && digit && !exp) {
            exp = true;
            if (j + 1 < rest.size() && (rest[j + 1] == '+' || rest[j + 1] == '-'))
                ++j;
        } else {
            return false;
        }
    }
    return digit;
}

// YAML 1.1 timestamps (2026-11-27, 2026-11-27T10:00:00Z): kubectl quotes them.
bool looksLikeDate(const std::string &s)
{
    if (s.size() < 8)
        return false;
    size_t i = 0;
    while (i < s.size() && i < 4 && s[i] >= '0' && s[i] <= '9')
        ++i;
    if (i != 4 || s[i] != '-')
        return false;
    ++i;
    const size_t monthStart = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        ++i;
    if (i - monthStart < 1 || i - monthStart > 2 || i >= s.size() || s[i] != '-')
        return false;
    ++i;
    return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

} // namespace

bool YamlEmitter::needsQuotes(const std::string &s)
{
    if (s.empty())
        return true;
    static const char *const kWords[] = {"true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES",
                                         "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y",
                                         "n", "N", "null", "Null", "NULL", "~", "<<", "="};
    for (const char *w : kWords) {
        if (s == w)
            return true;
    }
    if (looksNumeric(s) || looksLikeDate(s))
        return true;
    const char first = s.front();
    if (std::string_view("-?:,[]{}#&*!|>'\"%@` ").find(first) != std::string_view::npos)
        return !(first == '-' && s.size() > 1 && s[1] != ' ' && !looksNumeric(s)) || s == "-";
    if (s.back() == ' ' || s.back() == ':')
        return true;
    if (s.find(": ") != std::string::npos || s.find(" #") != std::string::npos)
        return true;
    for (const unsigned char c : s) {
        if (c < 0x20 || c == 0x7f)
            return true;
    }
    return false;
}

std::string YamlEmitter::quoted(const std::string &s)
{
    std::string out = "\"";
    for (const unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
    return out;
}

std::string YamlEmitter::scalar(const nlohmann::json &v)
{
    switch (v.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case nlohmann::json::value_t::string: {
        const std::string &s = v.get_ref<const std::string &>();
        return needsQuotes(s) ? quoted(s) : s;
    }
    case nlohmann::json::value_t::object: return "{}";
    case nlohmann::json::value_t::array: return "[]";
    default: return v.dump();
    }
}

std::vector<std::string> YamlEmitter::orderedKeys(const nlohmann::json &object)
{
    std::vector<std::string> keys;
    keys.reserve(object.size());
    for (auto it = object.begin(); it != object.end(); ++it)
        keys.push_back(it.key());
    std::stable_sort(keys.begin(), keys.end(), [](const std::string &a, const std::string &b) {
        const int ra = keyRank(a);
        const int rb = keyRank(b);
        return ra != rb ? ra < rb : a < b;
    });
    return keys;
}

namespace {

// A multi-line string as a literal block when it can be written back exactly.
bool literalBlock(const std::string &s)
{
    if (s.find('\n') == std::string::npos)
        return false;
    if (s.front() == ' ' || s.front() == '\n')
        return false;
    for (const unsigned char c : s) {
        if ((c < 0x20 && c != '\n') || c == 0x7f)
            return false;
    }
    // More than one trailing newline needs "|+" with care; quote instead.
    return !(s.size() >= 2 && s[s.size() - 1] == '\n' && s[s.size() - 2] == '\n');
}

void appendLiteral(std::string &out, const std::string &s, int indent)
{
    const bool trailingNewline = s.back() == '\n';
    out += trailingNewline ? "|\n" : "|-\n";
    const std::string body = trailingNewline ? s.substr(0, s.size() - 1) : s;
    size_t start = 0;
    while (true) {
        const size_t nl = body.find('\n', start);
        const std::string line = body.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        if (!line.empty())
            out.append(size_t(indent), ' ');
        out += line;
        out += '\n';
        if (nl == std::string::npos)
            break;
        start = nl + 1;
    }
}

} // namespace

void YamlEmitter::emitValue(std::string &out, const nlohmann::json &v, int indent, bool inList)
{
    // Called with the cursor after "key:" or "- "; writes the value and its trailing newline.
    if (v.is_object() && !v.empty()) {
        bool first = true;
        if (!inList)
            out += '\n';
        for (const std::string &key : orderedKeys(v)) {
            const nlohmann::json &child = v.at(key);
            if (!(inList && first))
                out.append(size_t(indent), ' ');
            first = false;
            out += needsQuotes(key) ? quoted(key) : key;
            out += ':';
            if ((child.is_object() || child.is_array()) && !child.empty()) {
                emitValue(out, child, child.is_array() ? indent : indent + 2, false);
            } else {
                out += ' ';
                emitValue(out, child, indent + 2, false);
            }
        }
        return;
    }
    if (v.is_array() && !v.empty()) {
        if (!inList)
            out += '\n';
        bool first = true;
        for (const nlohmann::json &e : v) {
            if (!(inList && first))
                out.append(size_t(indent), ' ');
            first = false;
            out += "- ";
            if ((e.is_object() || e.is_array()) && !e.empty())
                emitValue(out, e, indent + 2, true);
            else
                emitValue(out, e, indent + 2, false);
        }
        return;
    }
    if (v.is_string() && literalBlock(v.get_ref<const std::string &>())) {
        appendLiteral(out, v.get_ref<const std::string &>(), indent);
        return;
    }
    out += scalar(v);
    out += '\n';
}

std::string YamlEmitter::toYaml(const nlohmann::json &value)
{
    std::string out;
    if ((value.is_object() || value.is_array()) && !value.empty()) {
        emitValue(out, value, 0, true);
        return out;
    }
    emitValue(out, value, 0, false);
    return out;
}

QString YamlEmitter::displayValue(const nlohmann::json &value)
{
    if (value.is_object() || value.is_array())
        return QString::fromStdString(value.dump());
    return QString::fromStdString(scalar(value));
}

} // namespace driftdeck::drift
