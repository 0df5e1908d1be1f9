// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <nlohmann/json.hpp>

#include <QByteArray>

namespace driftdeck::kube {

// Parses one YAML document (kubeconfig, exec output) into JSON. Plain scalars that YAML 1.2
// core schema types as booleans, null or integers become those; everything else is a string.
Result<nlohmann::json> yamlToJson(const QByteArray &yaml);

} // namespace driftdeck::kube
