// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resourcetype.h"

#include <atomic>
#include <string>

#include <nlohmann/json.hpp>

namespace kubesim {

// The scheme defaults and canonical forms the real API server applies before it stores an
// object (kubernetes-api.md), so clients see no false drift on them.
class Defaults
{
public:
    // old: the stored object for updates (allocated values such as clusterIP carry over).
    // Returns false with a message when a quantity cannot be parsed.
    bool apply(const ResourceType &type, nlohmann::json &obj, const nlohmann::json &old, std::string *error);

private:
    std::string allocateClusterIp();
    std::atomic<unsigned> m_nextIp{10};
    std::atomic<unsigned> m_nextNodePort{30000};
};

} // namespace kubesim
