// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resourcetype.h"

#include <map>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kubesim {

// The served resources: the built-in kinds and the ones custom resource definitions add.
class Registry
{
public:
    Registry();

    std::optional<ResourceType> find(const std::string &group, const std::string &version,
                                     const std::string &plural) const;
    std::optional<ResourceType> findKind(const std::string &apiVersion, const std::string &kind) const;
    bool hasGroupVersion(const std::string &group, const std::string &version) const;
    std::vector<ResourceType> all() const;

    // Served types from a CustomResourceDefinition object; replaces earlier ones of the same CRD.
    void addDefinition(const nlohmann::json &crd);
    void removeDefinition(const nlohmann::json &crd);

    nlohmann::json apiVersions(const std::string &serverAddress) const;
    nlohmann::json apiGroupList() const;
    nlohmann::json resourceList(const std::string &group, const std::string &version) const;

    static std::vector<ResourceType> typesFromDefinition(const nlohmann::json &crd);

private:
    mutable std::shared_mutex m_mutex;
    std::vector<ResourceType> m_types;
    std::vector<std::string> m_groupOrder;
};

} // namespace kubesim
