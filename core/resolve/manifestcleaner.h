// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

namespace driftdeck::resolve {

// Turns a live object into a manifest fit for Git: server metadata (uid, resourceVersion,
// generation, creationTimestamp, managedFields, selfLink, ownerReferences), status, the
// last-applied annotation, Flux/Argo CD tracking labels and annotations and the defaults the
// API server fills in (pod template, Deployment, Service) are removed. Deterministic.
class ManifestCleaner
{
public:
    static nlohmann::json clean(const nlohmann::json &live);
};

} // namespace driftdeck::resolve
