// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resourcetype.h"

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace kubesim {

// Kubernetes protobuf request bodies ("k8s\0" + runtime.Unknown) for the kinds kubectl's typed
// generators create: Namespace, ConfigMap, Secret, ServiceAccount (`kubectl create namespace`,
// `create configmap`, `create secret generic`, `create serviceaccount`). Other kinds have no
// schema here and return nullopt with a message.
class ProtobufDecoder
{
public:
    static std::optional<nlohmann::json> decode(const std::string &body, const ResourceType &type, std::string *error);
};

} // namespace kubesim
