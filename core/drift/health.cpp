// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/health.h"

#include <QCoreApplication>

namespace driftdeck::drift {

namespace {

using Json = nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("driftdeck::drift::Health", text);
}

const Json &at(const Json &object, const char *key)
{
    static const Json kNull;
    if (!object.is_object())
        return kNull;
    const auto it = object.find(key);
    return it == object.end() ? kNull : *it;
}

long long num(const Json &object, const char *key, long long fallback = 0)
{
    const Json &v = at(object, key);
    return v.is_number() ? v.get<long long>() : fallback;
}

std::string str(const Json &object, const char *key)
{
    const Json &v = at(object, key);
    return v.is_string() ? v.get<std::string>() : std::string();
}

bool flag(const Json &object, const char *key)
{
    const Json &v = at(object, key);
    return v.is_boolean() && v.get<bool>();
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

const Json *condition(const Json &status, const char *type)
{
    const Json &conds = at(status, "conditions");
    if (!conds.is_array())
        return nullptr;
    for (const Json &c : conds) {
        if (str(c, "type") == type)
            return &c;
    }
    return nullptr;
}

HealthResult result(HealthState s, QString message = {})
{
    return {s, std::move(message)};
}

bool generationObserved(const Json &live)
{
    const Json &status = at(live, "status");
    return num(at(live, "metadata"), "generation") <= num(status, "observedGeneration", 0);
}

HealthResult deployment(const Json &live)
{
    const Json &spec = at(live, "spec");
    const Json &status = at(live, "status");
    if (flag(spec, "paused"))
        return result(HealthState::Suspended, tr("Deployment is paused"));
    if (!generationObserved(live))
        return result(HealthState::Progressing,
                      tr("Waiting for rollout to finish: observed deployment generation less than desired generation"));
    if (const Json *p = condition(status, "Progressing"); p && str(*p, "reason") == "ProgressDeadlineExceeded")
        return result(HealthState::Degraded, tr("Deployment \"%1\" exceeded its progress deadline")
                                                 .arg(qs(str(at(live, "metadata"), "name"))));
    const long long replicas = num(spec, "replicas", 1);
    const long long updated = num(status, "updatedReplicas");
    const long long total = num(status, "replicas");
    const long long available = num(status, "availableReplicas");
    if (updated < replicas)
        return result(HealthState::Progressing,
                      tr("Waiting for rollout to finish: %1 out of %2 new replicas have been updated...")
                          .arg(updated).arg(replicas));
    if (total > updated)
        return result(HealthState::Progressing,
                      tr("Waiting for rollout to finish: %1 old replicas are pending termination...").arg(total - updated));
    if (available < updated)
        return result(HealthState::Progressing,
                      tr("Waiting for rollout to finish: %1 of %2 updated replicas are available...")
                          .arg(available).arg(updated));
    return result(HealthState::Healthy);
}

HealthResult statefulSet(const Json &live)
{
    const Json &spec = at(live, "spec");
    const Json &status = at(live, "status");
    if (!generationObserved(live))
        return result(HealthState::Progressing, tr("Waiting for statefulset spec update to be observed..."));
    const long long replicas = num(spec, "replicas", 1);
    const long long ready = num(status, "readyReplicas");
    if (ready < replicas)
        return result(HealthState::Progressing,
                      tr("Waiting for %1 pods to be ready...").arg(replicas - ready));
    const Json &strategy = at(spec, "updateStrategy");
    if (str(strategy, "type") == "OnDelete")
        return result(HealthState::Healthy, tr("statefulset has %1 ready pods").arg(ready));
    const long long partition = num(at(strategy, "rollingUpdate"), "partition");
    if (partition > 0) {
        const long long updated = num(status, "updatedReplicas");
        if (updated < replicas - partition)
            return result(HealthState::Progressing,
                          tr("Waiting for partitioned roll out to finish: %1 out of %2 new pods have been updated...")
                              .arg(updated).arg(replicas - partition));
        return result(HealthState::Healthy);
    }
    if (str(status, "updateRevision") != str(status, "currentRevision"))
        return result(HealthState::Progressing,
                      tr("waiting for statefulset rolling update to complete %1 pods at revision %2...")
                          .arg(num(status, "updatedReplicas")).arg(qs(str(status, "updateRevision"))));
    return result(HealthState::Healthy);
}

HealthResult daemonSet(const Json &live)
{
    const Json &status = at(live, "status");
    if (!generationObserved(live))
        return result(HealthState::Progressing, tr("Waiting for daemon set spec update to be observed..."));
    if (str(at(at(live, "spec"), "updateStrategy"), "type") == "OnDelete")
        return result(HealthState::Healthy);
    const long long desired = num(status, "desiredNumberScheduled");
    const long long updated = num(status, "updatedNumberScheduled");
    const long long available = num(status, "numberAvailable");
    if (updated < desired)
        return result(HealthState::Progressing,
                      tr("Waiting for daemon set rollout to finish: %1 out of %2 new pods have been updated...")
                          .arg(updated).arg(desired));
    if (available < desired)
        return result(HealthState::Progressing,
                      tr("Waiting for daemon set rollout to finish: %1 of %2 updated pods are available...")
                          .arg(available).arg(desired));
    return result(HealthState::Healthy);
}

HealthResult replicaSet(const Json &live)
{
    const Json &status = at(live, "status");
    if (!generationObserved(live))
        return result(HealthState::Progressing, tr("Waiting for rollout to finish: observed replica set generation less than desired generation"));
    if (const Json *f = condition(status, "ReplicaFailure"); f && str(*f, "status") == "True")
        return result(HealthState::Degraded, qs(str(*f, "message")));
    const long long replicas = num(at(live, "spec"), "replicas", 1);
    const long long available = num(status, "availableReplicas");
    if (available < replicas)
        return result(HealthState::Progressing,
                      tr("Waiting for rollout to finish: %1 out of %2 new replicas are available...")
                          .arg(available).arg(replicas));
    return result(HealthState::Healthy);
}

HealthResult pod(const Json &live)
{
    const Json &status = at(live, "status");
    const std::string phase = str(status, "phase");
    // A container stuck in an error state degrades the pod whatever its phase.
    for (const char *list : {"initContainerStatuses", "containerStatuses"}) {
        const Json &statuses = at(status, list);
        if (!statuses.is_array())
            continue;
        for (const Json &cs : statuses) {
            const Json &waiting = at(at(cs, "state"), "waiting");
            const std::string reason = str(waiting, "reason");
            if (reason == "CrashLoopBackOff" || reason == "ErrImagePull" || reason == "ImagePullBackOff"
                || reason == "CreateContainerConfigError" || reason == "InvalidImageName"
                || reason == "CreateContainerError" || reason == "RunContainerError")
                return result(HealthState::Degraded, qs(str(waiting, "message").empty() ? reason : str(waiting, "message")));
        }
    }
    if (phase == "Pending")
        return result(HealthState::Progressing, qs(str(status, "message")));
    if (phase == "Succeeded")
        return result(HealthState::Healthy, qs(str(status, "message")));
    if (phase == "Failed")
        return result(HealthState::Degraded, qs(str(status, "message")));
    if (phase == "Running") {
        const std::string restart = str(at(live, "spec"), "restartPolicy");
        if (restart == "Always" || restart.empty()) {
            const Json *ready = condition(status, "Ready");
            if (ready && str(*ready, "status") == "True")
                return result(HealthState::Healthy);
            return result(HealthState::Progressing, tr("Pod is running but not ready"));
        }
        return result(HealthState::Progressing);
    }
    return result(HealthState::Unknown, qs(str(status, "message")));
}

HealthResult job(const Json &live)
{
    const Json &status = at(live, "status");
    if (const Json *f = condition(status, "Failed"); f && str(*f, "status") == "True")
        return result(HealthState::Degraded, qs(str(*f, "message")));
    if (const Json *c = condition(status, "Complete"); c && str(*c, "status") == "True")
        return result(HealthState::Healthy, qs(str(*c, "message")));
    if (flag(at(live, "spec"), "suspend"))
        return result(HealthState::Suspended, tr("Job is suspended"));
    return result(HealthState::Progressing, tr("Job is running"));
}

HealthResult cronJob(const Json &live)
{
    if (flag(at(live, "spec"), "suspend"))
        return result(HealthState::Suspended, tr("CronJob is suspended"));
    return result(HealthState::Healthy);
}

HealthResult loadBalanced(const Json &live)
{
    const Json &ingress = at(at(at(live, "status"), "loadBalancer"), "ingress");
    if (ingress.is_array() && !ingress.empty())
        return result(HealthState::Healthy);
    return result(HealthState::Progressing, tr("Waiting for a load balancer address"));
}

HealthResult pvc(const Json &live)
{
    const std::string phase = str(at(live, "status"), "phase");
    if (phase == "Bound")
        return result(HealthState::Healthy);
    if (phase == "Pending")
        return result(HealthState::Progressing, tr("Waiting for the claim to be bound"));
    if (phase == "Lost")
        return result(HealthState::Degraded, tr("The claim lost its volume"));
    return result(HealthState::Unknown);
}

HealthResult hpa(const Json &live)
{
    const Json &conds = at(at(live, "status"), "conditions");
    if (!conds.is_array() || conds.empty())
        return result(HealthState::Progressing, tr("Waiting for the autoscaler to report"));
    for (const Json &c : conds) {
        const std::string type = str(c, "type");
        if ((type == "AbleToScale" || type == "ScalingActive") && str(c, "status") == "False") {
            if (str(c, "reason") == "ScalingDisabled")
                return result(HealthState::Suspended, qs(str(c, "message")));
            return result(HealthState::Degraded, qs(str(c, "message")));
        }
    }
    return result(HealthState::Healthy);
}

HealthResult readyCondition(const Json &live, bool fluxObject)
{
    const Json &status = at(live, "status");
    if (fluxObject && flag(at(live, "spec"), "suspend"))
        return result(HealthState::Suspended, tr("Reconciliation is suspended"));
    const Json *ready = condition(status, "Ready");
    if (fluxObject && !generationObserved(live) && at(live, "metadata").contains("generation"))
        return result(HealthState::Progressing, tr("Waiting for the controller to observe the latest generation"));
    if (!ready) {
        if (fluxObject)
            return result(HealthState::Progressing, tr("Waiting for the Ready condition"));
        return result(HealthState::Healthy);
    }
    const std::string s = str(*ready, "status");
    const QString message = qs(str(*ready, "message"));
    if (s == "True")
        return result(HealthState::Healthy, message);
    if (s == "False") {
        if (const Json *r = condition(status, "Reconciling"); r && str(*r, "status") == "True")
            return result(HealthState::Progressing, message);
        return result(HealthState::Degraded, message);
    }
    return result(HealthState::Progressing, message);
}

HealthResult argoApplication(const Json &live)
{
    const Json &h = at(at(live, "status"), "health");
    const std::string s = str(h, "status");
    const QString message = qs(str(h, "message"));
    if (s == "Healthy") return result(HealthState::Healthy, message);
    if (s == "Progressing") return result(HealthState::Progressing, message);
    if (s == "Degraded") return result(HealthState::Degraded, message);
    if (s == "Suspended") return result(HealthState::Suspended, message);
    if (s == "Missing") return result(HealthState::Missing, message);
    return result(HealthState::Unknown, message);
}

} // namespace

HealthResult Health::assess(const Json &live)
{
    if (!live.is_object())
        return result(HealthState::Missing);
    if (!at(at(live, "metadata"), "deletionTimestamp").is_null())
        return result(HealthState::Progressing, tr("Pending deletion"));
    const std::string apiVersion = str(live, "apiVersion");
    const std::string group = apiVersion.find('/') == std::string::npos ? std::string() : apiVersion.substr(0, apiVersion.find('/'));
    const std::string kind = str(live, "kind");
    if (group == "apps") {
        if (kind == "Deployment") return deployment(live);
        if (kind == "StatefulSet") return statefulSet(live);
        if (kind == "DaemonSet") return daemonSet(live);
        if (kind == "ReplicaSet") return replicaSet(live);
    }
    if (group.empty()) {
        if (kind == "Pod") return pod(live);
        if (kind == "PersistentVolumeClaim") return pvc(live);
        if (kind == "Service") {
            if (str(at(live, "spec"), "type") == "LoadBalancer")
                return loadBalanced(live);
            return result(HealthState::Healthy);
        }
    }
    if (group == "batch") {
        if (kind == "Job") return job(live);
        if (kind == "CronJob") return cronJob(live);
    }
    if (group == "networking.k8s.io" && kind == "Ingress")
        return loadBalanced(live);
    if (group == "autoscaling" && kind == "HorizontalPodAutoscaler")
        return hpa(live);
    if (group == "argoproj.io" && kind == "Application")
        return argoApplication(live);
    const bool flux = group.ends_with(".fluxcd.io");
    return readyCondition(live, flux);
}

} // namespace driftdeck::drift
