// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/scalarresolver.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>

namespace driftdeck::manifest {

namespace {

enum class Special { None, True, False, Null, NotRepresentable };

Special lookupSpecial(std::string_view s)
{
    static constexpr std::array<std::string_view, 12> kTrue = {
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", ""};
    static constexpr std::array<std::string_view, 12> kFalse = {
        "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", ""};
    static constexpr std::array<std::string_view, 5> kNull = {"", "~", "null", "Null", "NULL"};
    static constexpr std::array<std::string_view, 12> kFloatSpecial = {
        ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF"};
    for (auto n : kNull)
        if (s == n)
            return Special::Null;
    for (auto t : kTrue)
        if (!t.empty() && s == t)
            return Special::True;
    for (auto f : kFalse)
        if (!f.empty() && s == f)
            return Special::False;
    for (auto f : kFloatSpecial)
        if (s == f)
            return Special::NotRepresentable;
    return Special::None;
}

int digitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 99;
}

struct Magnitude
{
    bool negative = false;
    bool hasSign = false;
    uint64_t value = 0;
};

// Go's strconv.ParseUint(s, 0, 64) on the unsigned part, with ParseInt's optional sign.
std::optional<Magnitude> parseGoInteger(std::string_view s)
{
    Magnitude m;
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
        m.negative = s.front() == '-';
        m.hasSign = true;
        s.remove_prefix(1);
    }
    if (s.empty())
        return std::nullopt;
    int base = 10;
    if (s.size() >= 2 && s[0] == '0') {
        const char p = s[1];
        if (p == 'x' || p == 'X') {
            base = 16;
            s.remove_prefix(2);
        } else if (p == 'o' || p == 'O') {
            base = 8;
            s.remove_prefix(2);
        } else if (p == 'b' || p == 'B') {
            base = 2;
            s.remove_prefix(2);
        } else {
            base = 8;
            s.remove_prefix(1);
        }
        if (s.empty())
            return std::nullopt;
    }
    uint64_t v = 0;
    for (char c : s) {
        const int d = digitValue(c);
        if (d >= base)
            return std::nullopt;
        if (v > (std::numeric_limits<uint64_t>::max() - static_cast<uint64_t>(d)) / static_cast<uint64_t>(base))
            return std::nullopt; // out of range for ParseUint too
        v = v * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
    }
    m.value = v;
    return m;
}

// ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$  (go-yaml's yamlStyleFloat)
bool matchesYamlFloat(std::string_view s)
{
    size_t i = 0;
    auto digits = [&] {
        const size_t from = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i - from;
    };
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    } else {
        if (digits() == 0)
            return false;
        if (i < s.size() && s[i] == '.') {
            ++i;
            digits();
        }
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == s.size();
}

std::optional<double> parseDouble(std::string_view s)
{
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    double d = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d, std::chars_format::general);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(d))
        return std::nullopt;
    return d;
}

// The JSON round trip (Go marshals a float64 without exponent below 1e21, the apimachinery
// decoder then prefers int64): integral values strictly inside the int64 range become ints.
nlohmann::json numberFromDouble(double d)
{
    constexpr double kTwo63 = 9223372036854775808.0;
    if (std::trunc(d) == d && d > -kTwo63 && d < kTwo63)
        return static_cast<int64_t>(d);
    return d;
}

bool isTag(std::string_view tag, std::string_view shortName)
{
    if (tag.size() == shortName.size() + 2 && tag.substr(0, 2) == "!!" && tag.substr(2) == shortName)
        return true;
    constexpr std::string_view kLong = "tag:yaml.org,2002:";
    return tag.size() == kLong.size() + shortName.size() && tag.substr(0, kLong.size()) == kLong
        && tag.substr(kLong.size()) == shortName;
}

bool isResolvableTag(std::string_view tag)
{
    if (tag.empty())
        return true;
    for (auto t : {"bool", "null", "int", "float", "timestamp"})
        if (isTag(tag, t))
            return true;
    return false;
}

} // namespace

std::optional<nlohmann::json> ScalarResolver::parseNumber(std::string_view text)
{
    std::string plain;
    plain.reserve(text.size());
    for (char c : text)
        if (c != '_')
            plain.push_back(c);

    if (auto m = parseGoInteger(plain)) {
        constexpr uint64_t kMaxPos = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
        if (!m->negative && m->value <= kMaxPos)
            return nlohmann::json(static_cast<int64_t>(m->value));
        if (m->negative && m->value <= kMaxPos + 1) {
            if (m->value == kMaxPos + 1)
                return nlohmann::json(std::numeric_limits<int64_t>::min());
            return nlohmann::json(-static_cast<int64_t>(m->value));
        }
        if (!m->hasSign) // ParseUint succeeds; the JSON round trip turns it into a float64
            return nlohmann::json(static_cast<double>(m->value));
    }
    if (matchesYamlFloat(plain))
        if (auto d = parseDouble(plain))
            return numberFromDouble(*d);
    return std::nullopt;
}

namespace {

// go-yaml's resolve table: only scalars starting with these can be anything but a string.
bool mayResolve(std::string_view text)
{
    if (text.empty())
        return true;
    switch (text.front()) {
    case 'y': case 'Y': case 'n': case 'N': case 't': case 'T': case 'f': case 'F': case 'o': case 'O': case '~':
    case '.': case '+': case '-':
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
        return true;
    default:
        return false;
    }
}

} // namespace

ScalarResolver::Resolved ScalarResolver::resolve(std::string_view text, Style style, std::string_view tag)
{
    if (style == Style::Plain && tag.empty() && !mayResolve(text))
        return {nlohmann::json(std::string(text)), std::nullopt};
    const bool plainLike = (style == Style::Plain && tag.empty()) || (!tag.empty() && isResolvableTag(tag));
    if (!plainLike || isTag(tag, "str"))
        return {nlohmann::json(std::string(text)), std::nullopt};

    switch (lookupSpecial(text)) {
    case Special::True:
        return {nlohmann::json(true), std::nullopt};
    case Special::False:
        return {nlohmann::json(false), std::nullopt};
    case Special::Null:
        return {nlohmann::json(nullptr), std::nullopt};
    case Special::NotRepresentable:
        return {nlohmann::json(nullptr), "unsupported value: " + std::string(text) + " cannot be represented in JSON"};
    case Special::None:
        break;
    }
    const char first = text.front(); // not empty: "" is null above
    if ((first >= '0' && first <= '9') || first == '+' || first == '-') {
        if (auto n = parseNumber(text))
            return {std::move(*n), std::nullopt};
    } else if (first == '.') {
        if (auto d = parseDouble(text))
            return {numberFromDouble(*d), std::nullopt};
    }
    return {nlohmann::json(std::string(text)), std::nullopt};
}

std::optional<std::string> ScalarResolver::keyString(std::string_view text, Style style, std::string_view tag)
{
    if ((style == Style::Quoted && tag.empty()) || (style == Style::Plain && tag.empty() && !mayResolve(text)))
        return std::string(text);
    Resolved r = resolve(text, style, tag);
    const nlohmann::json &v = r.value;
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_boolean())
        return v.get<bool>() ? std::string("true") : std::string("false");
    if (v.is_number_integer())
        return std::to_string(v.get<int64_t>());
    if (v.is_number_float()) {
        std::array<char, 64> buf {};
        const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v.get<double>());
        return std::string(buf.data(), res.ptr);
    }
    return std::nullopt;
}

} // namespace driftdeck::manifest
