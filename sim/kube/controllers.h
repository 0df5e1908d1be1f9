// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.h"

#include <cstdint>
#include <deque>
#include <random>

namespace kubesim {

// A light kube-controller-manager: Deployment -> ReplicaSet -> Pod with ownerReferences and
// status (replicas, readyReplicas, conditions), plus ready status for StatefulSets and DaemonSets.
class Controllers
{
public:
    explicit Controllers(Cluster &cluster);
    // One pass over every workload; returns the number of writes made.
    int reconcile();

private:
    int reconcileDeployments();
    int reconcileReplicaSets();
    int reconcileOthers();
    Cluster &m_cluster;
    std::mt19937_64 m_rng{42};
};

// The label (or annotation) "churn.kube-sim.io/touch" that churn's label and annotate edits
// set, written as the manager they use (kubectl-label, kubectl-annotate).
void churnTouch(Cluster &cluster, const ResourceType &type, const std::string &ns, const std::string &name, bool label,
                const std::string &value);

// Background edits as other field managers, reproducible from a seed: scale, image bump,
// label, annotation, delete, create.
class Churn
{
public:
    // steady: deletes remove only ConfigMaps the churn created and creates stop at a cap, so
    // the object count stays level over hours (soak runs); otherwise deletes pick any object.
    Churn(Cluster &cluster, uint64_t seed, bool steady = false);
    // One edit; returns a short description ("scale default/web 3").
    std::string step();

private:
    std::string attemptEdit(); // one random edit, or "skip" when nothing fits it

    Cluster &m_cluster;
    std::mt19937_64 m_rng;
    uint64_t m_counter = 0;
    bool m_steady = false;
    std::deque<std::pair<std::string, std::string>> m_created; // namespace, name (steady mode)
};

} // namespace kubesim
