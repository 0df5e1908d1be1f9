// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kubesim {

std::string newUid();
std::string nowRfc3339();
std::string base64Encode(const std::string &in);
std::string base64Decode(const std::string &in, bool *ok = nullptr);
// Unpadded base64url, as the API server's continue tokens.
std::string base64UrlEncode(const std::string &in);
std::string base64UrlDecode(const std::string &in, bool *ok = nullptr);
std::string randomToken(size_t bytes = 24);
std::vector<std::string> split(const std::string &s, char sep);
std::string trim(const std::string &s);

// A Kubernetes Status object for an error.
nlohmann::json statusError(int code, const std::string &reason, const std::string &message,
                           const nlohmann::json &details = nullptr);

} // namespace kubesim
