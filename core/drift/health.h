// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/syncstate.h"

#include <nlohmann/json.hpp>

#include <QString>

namespace driftdeck::drift {

struct HealthResult
{
    HealthState state = HealthState::Unknown;
    QString message; // translated, empty when Healthy needs no explanation

    bool operator==(const HealthResult &) const = default;
};

// Health of a live object, following Argo CD's built-in rules: Deployment, StatefulSet,
// DaemonSet, ReplicaSet, Pod, Job, CronJob, Service (LoadBalancer ingress), Ingress, PVC, HPA,
// Flux objects (suspend, Ready condition), Argo CD Application (its reported health), and a
// generic Ready-condition rule for other kinds. Kinds without status are Healthy.
class Health
{
public:
    static HealthResult assess(const nlohmann::json &live);
};

} // namespace driftdeck::drift
