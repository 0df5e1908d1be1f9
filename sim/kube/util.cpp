// SPDX-License-Identifier: GPL-3.0-or-later
#include "util.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace kubesim {

std::string newUid()
{
    unsigned char b[16];
    RAND_bytes(b, sizeof b);
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
    char out[37];
    std::snprintf(out, sizeof out, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                  b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return out;
}

std::string nowRfc3339()
{
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string base64Encode(const std::string &in)
{
    std::string out(4 * ((in.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                                  reinterpret_cast<const unsigned char *>(in.data()), static_cast<int>(in.size()));
    out.resize(static_cast<size_t>(n));
    return out;
}

std::string base64Decode(const std::string &in, bool *ok)
{
    std::string clean;
    for (char c : in) {
        if (c != '\n' && c != '\r' && c != ' ')
            clean.push_back(c);
    }
    if (clean.size() % 4 != 0) {
        if (ok)
            *ok = false;
        return {};
    }
    std::string out(3 * clean.size() / 4 + 1, '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                                  reinterpret_cast<const unsigned char *>(clean.data()), static_cast<int>(clean.size()));
    if (n < 0) {
        if (ok)
            *ok = false;
        return {};
    }
    size_t len = static_cast<size_t>(n);
    if (!clean.empty() && clean.back() == '=')
        --len;
    if (clean.size() > 1 && clean[clean.size() - 2] == '=')
        --len;
    out.resize(len);
    if (ok)
        *ok = true;
    return out;
}

std::string base64UrlEncode(const std::string &in)
{
    std::string out = base64Encode(in);
    for (auto &c : out) {
        if (c == '+')
            c = '-';
        else if (c == '/')
            c = '_';
    }
    while (!out.empty() && out.back() == '=')
        out.pop_back();
    return out;
}

std::string base64UrlDecode(const std::string &in, bool *ok)
{
    std::string s = in;
    for (auto &c : s) {
        if (c == '-')
            c = '+';
        else if (c == '_')
            c = '/';
    }
    while (s.size() % 4 != 0)
        s.push_back('=');
    return base64Decode(s, ok);
}

std::string randomToken(size_t bytes)
{
    std::string raw(bytes, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), static_cast<int>(bytes));
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : raw) {
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
    }
    return out;
}

std::vector<std::string> split(const std::string &s, char sep)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (true) {
        const size_t pos = s.find(sep, start);
        out.push_back(s.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
        if (pos == std::string::npos)
            break;
        start = pos + 1;
    }
    return out;
}

std::string trim(const std::string &s)
{
    const size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    const size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

nlohmann::json statusError(int code, const std::string &reason, const std::string &message, const nlohmann::json &details)
{
    nlohmann::json s{{"kind", "Status"},
                     {"apiVersion", "v1"},
                     {"metadata", nlohmann::json::object()},
                     {"status", "Failure"},
                     {"message", message},
                     {"reason", reason},
                     {"code", code}};
    if (!details.is_null())
        s["details"] = details;
    return s;
}

} // namespace kubesim
