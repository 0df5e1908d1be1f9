// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <nlohmann/json.hpp>

#include <QByteArray>

#include <cstddef>

namespace driftdeck::kube {

// Parses one YAML document (kubeconfig, exec output) into JSON. Plain scalars that YAML 1.2
// core schema types as booleans, null or integers become those; everything else is a string.
// Limits on hostile input (docs/security.md): a larger file, a deeper tree, or anchors whose
// aliases would expand to more nodes are refused with a clear error before anything is built.
inline constexpr qsizetype kMaxYamlBytes = qsizetype(4) << 20;
inline constexpr int kMaxYamlDepth = 128;
inline constexpr std::size_t kMaxYamlNodes = 200'000;

Result<nlohmann::json> yamlToJson(const QByteArray &yaml);

} // namespace driftdeck::kube
