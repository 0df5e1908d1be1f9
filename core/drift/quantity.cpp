// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/quantity.h"

namespace driftdeck::drift {

namespace {

using Nanos = Quantity::Nanos;

constexpr Nanos kMaxNanos = Nanos(1) << 120; // far beyond any real quantity; guards overflow

bool mulChecked(Nanos &v, Nanos factor)
{
    if (v != 0 && (factor > kMaxNanos / (v < 0 ? -v : v)))
        return false;
    v *= factor;
    return true;
}

} // namespace

std::optional<Quantity> Quantity::parse(std::string_view s)
{
    if (s.empty() || s.size() > 64)
        return std::nullopt;
    size_t i = 0;
    bool negative = false;
    if (s[i] == '+' || s[i] == '-') {
        negative = s[i] == '-';
        ++i;
    }
    Nanos digits = 0;
    int fractionDigits = 0;
    bool anyDigit = false;
    bool inFraction = false;
    int droppedFraction = 0; // digits beyond what int128 can hold are irrelevant after rounding
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            anyDigit = true;
            if (digits > kMaxNanos / 10) {
                if (!inFraction)
                    return std::nullopt;
                if (c != '0')
                    droppedFraction = 1;
                continue;
            }
            digits = digits * 10 + (c - '0');
            if (inFraction)
                ++fractionDigits;
        } else if (c == '.' && !inFraction) {
            inFraction = true;
        } else {
            break;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    const std::string_view suffix = s.substr(i);
    int exp10 = 0;
    Nanos binary = 1;
    if (suffix.empty()) {
    } else if (suffix == "n") {
        exp10 = -9;
    } else if (suffix == "u") {
        exp10 = -6;
    } else if (suffix == "m") {
        exp10 = -3;
    } else if (suffix == "k") {
        exp10 = 3;
    } else if (suffix == "M") {
        exp10 = 6;
    } else if (suffix == "G") {
        exp10 = 9;
    } else if (suffix == "T") {
        exp10 = 12;
    } else if (suffix == "P") {
        exp10 = 15;
    } else if (suffix == "E") {
        exp10 = 18;
    } else if (suffix.size() == 2 && suffix[1] == 'i') {
        int power = 0;
        switch (suffix[0]) {
        case 'K': power = 10; break;
        case 'M': power = 20; break;
        case 'G': power = 30; break;
        case 'T': power = 40; break;
        case 'P': power = 50; break;
        case 'E': power = 60; break;
        default: return std::nullopt;
        }
        binary = Nanos(1) << power;
    } else if (suffix[0] == 'e' || suffix[0] == 'E') {
        const std::string_view e = suffix.substr(1);
        if (e.empty() || e.size() > 3)
            return std::nullopt;
        size_t j = 0;
        bool negExp = false;
        if (e[0] == '+' || e[0] == '-') {
            negExp = e[0] == '-';
            ++j;
        }
        if (j >= e.size())
            return std::nullopt;
        int value = 0;
        for (; j < e.size(); ++j) {
            if (e[j] < '0' || e[j] > '9')
                return std::nullopt;
            value = value * 10 + (e[j] - '0');
        }
        exp10 = negExp ? -value : value;
    } else {
        return std::nullopt;
    }

    // value = digits * 10^(exp10 - fractionDigits) * binary, in nano-units: * 10^9.
    Nanos v = digits;
    if (!mulChecked(v, binary))
        return std::nullopt;
    int scale = exp10 - fractionDigits + 9;
    if (scale >= 0) {
        if (scale > 36)
            return std::nullopt;
        for (int k = 0; k < scale; ++k) {
            if (!mulChecked(v, 10))
                return std::nullopt;
        }
    } else {
        bool remainder = droppedFraction != 0;
        for (int k = 0; k < -scale && v != 0; ++k) {
            remainder = remainder || (v % 10 != 0);
            v /= 10;
        }
        if (remainder)
            ++v; // the API server rounds up to the smallest representable unit
    }
    return Quantity(negative ? -v : v);
}

} // namespace driftdeck::drift
