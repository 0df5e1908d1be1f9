// SPDX-License-Identifier: GPL-3.0-or-later
#include "quantity.h"

#include <cctype>

namespace kubesim {

namespace {

__extension__ typedef __int128 Int128;

enum class Format { DecimalSI, BinarySI, DecimalExponent };

Int128 pow10(int n)
{
    Int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

std::string toString(Int128 v)
{
    if (v == 0)
        return "0";
    const bool neg = v < 0;
    if (neg)
        v = -v;
    std::string out;
    while (v > 0) {
        out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
        v /= 10;
    }
    return neg ? "-" + out : out;
}

} // namespace

std::optional<std::string> Quantity::canonicalize(const std::string &text)
{
    size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    Int128 digits = 0;
    int fracDigits = 0;
    bool seenDigit = false;
    bool seenDot = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            if (digits < pow10(30)) {
                digits = digits * 10 + (c - '0');
                if (seenDot)
                    ++fracDigits;
            }
            seenDigit = true;
        } else if (c == '.' && !seenDot) {
            seenDot = true;
        } else {
            break;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    const std::string suffix = text.substr(i);
    Format format = Format::DecimalSI;
    int exp10 = 0;
    int pow1024 = 0;
    static const char *kBinary[] = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    bool known = false;
    for (int k = 0; k < 6; ++k) {
        if (suffix == kBinary[k]) {
            format = Format::BinarySI;
            pow1024 = k + 1;
            known = true;
        }
    }
    if (!known) {
        static const std::pair<const char *, int> kDecimal[] = {{"n", -9}, {"u", -6}, {"m", -3}, {"", 0},  {"k", 3},
                                                                {"M", 6},  {"G", 9},  {"T", 12}, {"P", 15}, {"E", 18}};
        for (const auto &[s, e] : kDecimal) {
            if (suffix == s) {
                exp10 = e;
                known = true;
            }
        }
    }
    if (!known && suffix.size() >= 2 && (suffix[0] == 'e' || suffix[0] == 'E')) {
        try {
            size_t used = 0;
            exp10 = std::stoi(suffix.substr(1), &used);
            known = used == suffix.size() - 1 && exp10 > -20 && exp10 < 20;
            format = Format::DecimalExponent;
        } catch (...) {
            known = false;
        }
    }
    if (!known)
        return std::nullopt;

    // The value in nano units, rounded up as the API server does below 1n.
    Int128 value = digits;
    for (int k = 0; k < pow1024; ++k)
        value *= 1024;
    int shift = 9 + exp10 - fracDigits;
    if (shift >= 0) {
        value *= pow10(shift);
    } else {
        const Int128 div = pow10(-shift);
        const bool remainder = value % div != 0;
        value /= div;
        if (remainder)
            value += 1;
    }
    const Int128 nano = pow10(9);
    if (format == Format::BinarySI && (value < 1024 * nano || value % nano != 0))
        format = Format::DecimalSI;
    std::string sign = negative && value != 0 ? "-" : "";
    if (value == 0)
        return std::string("0");
    if (format == Format::BinarySI) {
        Int128 bytes = value / nano;
        int k = 0;
        while (k < 6 && bytes % 1024 == 0) {
            bytes /= 1024;
            ++k;
        }
        static const char *kSuffix[] = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
        return sign + toString(bytes) + kSuffix[k];
    }
    int e = -9;
    Int128 mantissa = value;
    while (e < 18 && mantissa % 1000 == 0) {
        mantissa /= 1000;
        e += 3;
    }
    if (format == Format::DecimalExponent)
        return sign + toString(mantissa) + (e == 0 ? std::string() : "e" + std::to_string(e));
    static const std::pair<int, const char *> kSuffix[] = {{-9, "n"}, {-6, "u"}, {-3, "m"}, {0, ""},  {3, "k"},
                                                           {6, "M"},  {9, "G"},  {12, "T"}, {15, "P"}, {18, "E"}};
    for (const auto &[ex, s] : kSuffix) {
        if (ex == e)
            return sign + toString(mantissa) + s;
    }
    return std::nullopt;
}

} // namespace kubesim
