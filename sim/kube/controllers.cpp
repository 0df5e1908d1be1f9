// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers.h"

#include "util.h"

#include <functional>
#include <mutex>
#include <set>

namespace kubesim {

using nlohmann::json;

namespace {

const std::set<std::string> kSystemNamespaces = {"kube-system", "kube-public", "kube-node-lease"};

std::vector<json> snapshot(const Cluster &cluster, const std::string &group, const std::string &plural)
{
    std::vector<json> out;
    const auto type = cluster.registry().find(group, "v1", plural);
    if (!type)
        return out;
    std::shared_lock lock(cluster.store().mutex());
    if (const Store::Bucket *b = cluster.store().bucket(type->storageKey())) {
        for (const auto &[k, obj] : *b)
            out.push_back(obj->object);
    }
    return out;
}

std::string templateHash(const json &tmpl)
{
    static const char kChars[] = "bcdfghjklmnpqrstvwxz2456789";
    size_t h = std::hash<std::string>{}(tmpl.dump());
    std::string out;
    for (int i = 0; i < 10; ++i) {
        out.push_back(kChars[h % (sizeof kChars - 1)]);
        h /= (sizeof kChars - 1);
    }
    return out;
}

json ownerRef(const json &owner, const std::string &apiVersion, const std::string &kind)
{
    return json{{"apiVersion", apiVersion},
                {"kind", kind},
                {"name", owner["metadata"].value("name", std::string())},
                {"uid", owner["metadata"].value("uid", std::string())},
                {"controller", true},
                {"blockOwnerDeletion", true}};
}

bool ownedBy(const json &obj, const std::string &uid)
{
    for (const auto &r : obj["metadata"].value("ownerReferences", json::array())) {
        if (r.value("uid", std::string()) == uid)
            return true;
    }
    return false;
}

// Conditions keep their transition times when nothing else changed.
json withConditionTimes(json status, const json &old)
{
    if (!status.contains("conditions"))
        return status;
    for (auto &c : status["conditions"]) {
        for (const auto &o : old.value("conditions", json::array())) {
            if (o.value("type", std::string()) == c.value("type", std::string())
                && o.value("status", std::string()) == c.value("status", std::string())) {
                for (const char *k : {"lastTransitionTime", "lastUpdateTime"}) {
                    if (o.contains(k))
                        c[k] = o[k];
                }
            }
        }
    }
    return status;
}

bool updateStatus(Cluster &cluster, const ResourceType &type, const json &obj, json status)
{
    const json old = obj.value("status", json::object());
    status = withConditionTimes(std::move(status), old);
    if (status == old)
        return false;
    WriteContext ctx;
    ctx.manager = "kube-controller-manager";
    ctx.subresource = "status";
    const json meta = obj["metadata"];
    cluster.update(type, meta.value("namespace", std::string()), meta.value("name", std::string()),
                   json{{"metadata", {{"name", meta.value("name", std::string())}}}, {"status", status}}, ctx);
    return true;
}

} // namespace

Controllers::Controllers(Cluster &cluster)
    : m_cluster(cluster)
{
}

int Controllers::reconcile()
{
    return reconcileDeployments() + reconcileReplicaSets() + reconcileOthers();
}

int Controllers::reconcileDeployments()
{
    int writes = 0;
    const auto deployType = m_cluster.registry().find("apps", "v1", "deployments");
    const auto rsType = m_cluster.registry().find("apps", "v1", "replicasets");
    const auto replicaSets = snapshot(m_cluster, "apps", "replicasets");
    WriteContext ctx;
    ctx.manager = "kube-controller-manager";
    for (const auto &d : snapshot(m_cluster, "apps", "deployments")) {
        const json meta = d["metadata"];
        if (meta.contains("deletionTimestamp"))
            continue;
        const std::string ns = meta.value("namespace", std::string());
        const std::string uid = meta.value("uid", std::string());
        const json spec = d.value("spec", json::object());
        const int replicas = spec.value("replicas", 1);
        json tmpl = spec.value("template", json::object());
        const std::string hash = templateHash(tmpl);
        const std::string rsName = meta.value("name", std::string()) + "-" + hash;
        tmpl["metadata"]["labels"]["pod-template-hash"] = hash;
        json selector = spec.value("selector", json::object());
        selector["matchLabels"]["pod-template-hash"] = hash;
        int ready = 0;
        int total = 0;
        int updated = 0;
        bool found = false;
        int revision = 0;
        for (const auto &rs : replicaSets) {
            if (!ownedBy(rs, uid))
                continue;
            const int r = rs["metadata"].value("annotations", json::object()).contains("deployment.kubernetes.io/revision")
                ? std::atoi(rs["metadata"]["annotations"]["deployment.kubernetes.io/revision"].get<std::string>().c_str())
                : 0;
            revision = std::max(revision, r);
            const std::string name = rs["metadata"].value("name", std::string());
            const json status = rs.value("status", json::object());
            total += status.value("replicas", 0);
            if (name == rsName) {
                found = true;
                ready += status.value("readyReplicas", 0);
                updated += status.value("replicas", 0);
                if (rs["spec"].value("replicas", 0) != replicas) {
                    m_cluster.patch(*rsType, ns, name, "application/merge-patch+json",
                                    json{{"spec", {{"replicas", replicas}}}}.dump(), ctx);
                    ++writes;
                }
            } else if (rs["spec"].value("replicas", 0) != 0) {
                m_cluster.patch(*rsType, ns, name, "application/merge-patch+json", json{{"spec", {{"replicas", 0}}}}.dump(), ctx);
                ++writes;
            }
        }
        if (!found) {
            json labels = tmpl["metadata"]["labels"];
            m_cluster.create(*rsType, ns,
                             json{{"metadata",
                                   {{"name", rsName},
                                    {"namespace", ns},
                                    {"labels", labels},
                                    {"annotations",
                                     {{"deployment.kubernetes.io/desired-replicas", std::to_string(replicas)},
                                      {"deployment.kubernetes.io/max-replicas", std::to_string(replicas + 1)},
                                      {"deployment.kubernetes.io/revision", std::to_string(revision + 1)}}},
                                    {"ownerReferences", json::array({ownerRef(d, "apps/v1", "Deployment")})}}},
                                  {"spec", {{"replicas", replicas}, {"selector", selector}, {"template", tmpl}}}},
                             ctx);
            ++writes;
        }
        const std::string now = nowRfc3339();
        json status{{"observedGeneration", meta.value("generation", 1)},
                    {"replicas", total},
                    {"updatedReplicas", updated},
                    {"readyReplicas", ready},
                    {"availableReplicas", ready},
                    {"conditions",
                     json::array({json{{"type", "Available"},
                                       {"status", ready >= replicas ? "True" : "False"},
                                       {"reason", ready >= replicas ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable"},
                                       {"message", ready >= replicas ? "Deployment has minimum availability."
                                                                     : "Deployment does not have minimum availability."},
                                       {"lastUpdateTime", now},
                                       {"lastTransitionTime", now}},
                                  json{{"type", "Progressing"},
                                       {"status", "True"},
                                       {"reason", updated >= replicas ? "NewReplicaSetAvailable" : "ReplicaSetUpdated"},
                                       {"message", "ReplicaSet \"" + rsName + "\" "
                                                       + (updated >= replicas ? "has successfully progressed." : "is progressing.")},
                                       {"lastUpdateTime", now},
                                       {"lastTransitionTime", now}}})}};
        if (ready == 0) {
            status.erase("readyReplicas");
            status.erase("availableReplicas");
            status["unavailableReplicas"] = replicas;
        }
        if (total == 0)
            status.erase("replicas");
        if (updated == 0)
            status.erase("updatedReplicas");
        if (updateStatus(m_cluster, *deployType, d, status))
            ++writes;
    }
    return writes;
}

int Controllers::reconcileReplicaSets()
{
    int writes = 0;
    const auto rsType = m_cluster.registry().find("apps", "v1", "replicasets");
    const auto podType = m_cluster.registry().find("", "v1", "pods");
    const auto pods = snapshot(m_cluster, "", "pods");
    WriteContext ctx;
    ctx.manager = "kube-controller-manager";
    WriteContext kubelet;
    kubelet.manager = "kubelet";
    kubelet.subresource = "status";
    static const char kChars[] = "bcdfghjklmnpqrstvwxz2456789";
    for (const auto &rs : snapshot(m_cluster, "apps", "replicasets")) {
        const json meta = rs["metadata"];
        const std::string ns = meta.value("namespace", std::string());
        const std::string uid = meta.value("uid", std::string());
        const int replicas = rs.value("spec", json::object()).value("replicas", 1);
        std::vector<std::string> owned;
        for (const auto &p : pods) {
            if (ownedBy(p, uid))
                owned.push_back(p["metadata"].value("name", std::string()));
        }
        for (int i = static_cast<int>(owned.size()); i < replicas; ++i) {
            std::string suffix;
            for (int k = 0; k < 5; ++k)
                suffix.push_back(kChars[m_rng() % (sizeof kChars - 1)]);
            const std::string name = meta.value("name", std::string()) + "-" + suffix;
            json tmpl = rs["spec"].value("template", json::object());
            json pod{{"metadata",
                      {{"name", name},
                       {"namespace", ns},
                       {"labels", tmpl.value("metadata", json::object()).value("labels", json::object())},
                       {"ownerReferences", json::array({ownerRef(rs, "apps/v1", "ReplicaSet")})}}},
                     {"spec", tmpl.value("spec", json::object())}};
            pod["spec"]["nodeName"] = "kube-sim-node";
            Reply created = m_cluster.create(*podType, ns, pod, ctx);
            ++writes;
            if (created.code != 201)
                continue;
            const std::string now = nowRfc3339();
            json statuses = json::array();
            for (const auto &c : pod["spec"].value("containers", json::array())) {
                statuses.push_back(json{{"name", c.value("name", std::string())},
                                        {"image", c.value("image", std::string())},
                                        {"imageID", ""},
                                        {"ready", true},
                                        {"started", true},
                                        {"restartCount", 0},
                                        {"state", {{"running", {{"startedAt", now}}}}}});
            }
            json status{{"phase", "Running"},
                        {"hostIP", "10.0.0.1"},
                        {"podIP", "10.244.0." + std::to_string(1 + m_rng() % 250)},
                        {"startTime", now},
                        {"qosClass", "BestEffort"},
                        {"conditions",
                         json::array({json{{"type", "Initialized"}, {"status", "True"}, {"lastTransitionTime", now}},
                                      json{{"type", "Ready"}, {"status", "True"}, {"lastTransitionTime", now}},
                                      json{{"type", "ContainersReady"}, {"status", "True"}, {"lastTransitionTime", now}},
                                      json{{"type", "PodScheduled"}, {"status", "True"}, {"lastTransitionTime", now}}})},
                        {"containerStatuses", statuses}};
            m_cluster.update(*podType, ns, name, json{{"metadata", {{"name", name}}}, {"status", status}}, kubelet);
            ++writes;
        }
        for (size_t i = static_cast<size_t>(std::max(0, replicas)); i < owned.size(); ++i) {
            m_cluster.remove(*podType, ns, owned[i], ctx);
            ++writes;
        }
        const int current = std::max(replicas, 0);
        json status{{"replicas", current},
                    {"fullyLabeledReplicas", current},
                    {"readyReplicas", current},
                    {"availableReplicas", current},
                    {"observedGeneration", meta.value("generation", 1)}};
        if (current == 0) {
            status = json{{"replicas", 0}, {"observedGeneration", meta.value("generation", 1)}};
        }
        if (updateStatus(m_cluster, *rsType, rs, status))
            ++writes;
    }
    return writes;
}

int Controllers::reconcileOthers()
{
    int writes = 0;
    const auto stsType = m_cluster.registry().find("apps", "v1", "statefulsets");
    for (const auto &s : snapshot(m_cluster, "apps", "statefulsets")) {
        const int replicas = s.value("spec", json::object()).value("replicas", 1);
        json status{{"observedGeneration", s["metadata"].value("generation", 1)},
                    {"replicas", replicas},
                    {"readyReplicas", replicas},
                    {"currentReplicas", replicas},
                    {"updatedReplicas", replicas},
                    {"availableReplicas", replicas},
                    {"collisionCount", 0}};
        if (updateStatus(m_cluster, *stsType, s, status))
            ++writes;
    }
    const auto dsType = m_cluster.registry().find("apps", "v1", "daemonsets");
    for (const auto &s : snapshot(m_cluster, "apps", "daemonsets")) {
        json status{{"observedGeneration", s["metadata"].value("generation", 1)},
                    {"currentNumberScheduled", 1},
                    {"desiredNumberScheduled", 1},
                    {"numberAvailable", 1},
                    {"numberMisscheduled", 0},
                    {"numberReady", 1},
                    {"updatedNumberScheduled", 1}};
        if (updateStatus(m_cluster, *dsType, s, status))
            ++writes;
    }
    return writes;
}

void churnTouch(Cluster &cluster, const ResourceType &type, const std::string &ns, const std::string &name, bool label,
                const std::string &value)
{
    WriteContext ctx;
    ctx.manager = label ? "kubectl-label" : "kubectl-annotate";
    cluster.patch(type, ns, name, "application/merge-patch+json",
                  json{{"metadata", {{label ? "labels" : "annotations", {{"churn.kube-sim.io/touch", value}}}}}}.dump(), ctx);
}

Churn::Churn(Cluster &cluster, uint64_t seed, bool steady)
    : m_cluster(cluster)
    , m_rng(seed)
    , m_steady(steady)
{
}

std::string Churn::step()
{
    // An edit per step: a kind the cluster has none of (no Deployments, only the default
    // Service) makes the attempt skip, and the step tries again, so the rate asked for is the
    // rate of changes the watchers see.
    for (int attempt = 0; attempt < 16; ++attempt) {
        std::string done = attemptEdit();
        if (done != "skip")
            return done;
    }
    return "skip";
}

std::string Churn::attemptEdit()
{
    ++m_counter;
    const int op = static_cast<int>(m_rng() % 6);
    // Starts at a random position and takes the first object churn may touch, under the read
    // lock, copying only that one and reading names in place: building the candidate list on
    // every step cost about 4 ms at 20,000 ConfigMaps, which capped churn below 200 edits/s.
    auto pick = [&](const std::string &group, const std::string &plural) -> json {
        const auto type = m_cluster.registry().find(group, "v1", plural);
        if (!type)
            return nullptr;
        std::shared_lock lock(m_cluster.store().mutex());
        const Store::Bucket *b = m_cluster.store().bucket(type->storageKey());
        if (!b || b->empty())
            return nullptr;
        static const std::string kNone;
        const auto text = [](const json &meta, const char *key) -> const std::string & {
            const auto it = meta.find(key);
            return it != meta.end() && it->is_string() ? it->get_ref<const std::string &>() : kNone;
        };
        auto it = std::next(b->begin(), static_cast<std::ptrdiff_t>(m_rng() % b->size()));
        for (size_t seen = 0; seen < b->size(); ++seen, ++it) {
            if (it == b->end())
                it = b->begin();
            const json &meta = it->second->object["metadata"];
            const std::string &name = text(meta, "name");
            if (kSystemNamespaces.count(text(meta, "namespace")) || name == "kube-root-ca.crt" || name == "kubernetes"
                || meta.contains("ownerReferences"))
                continue;
            return it->second->object;
        }
        return nullptr;
    };
    static const std::vector<std::pair<std::string, std::string>> kKinds = {
        {"", "configmaps"}, {"apps", "deployments"}, {"", "services"}, {"", "secrets"}};
    WriteContext ctx;
    const std::string n = std::to_string(m_counter);
    if (op == 0 || op == 1) {
        const json d = pick("apps", "deployments");
        if (d.is_null())
            return "skip";
        const auto type = m_cluster.registry().find("apps", "v1", "deployments");
        const std::string ns = d["metadata"].value("namespace", std::string());
        const std::string name = d["metadata"].value("name", std::string());
        if (op == 0) {
            ctx.manager = "kubectl-scale";
            const int replicas = static_cast<int>(m_rng() % 5) + 1;
            m_cluster.patch(*type, ns, name, "application/merge-patch+json",
                            json{{"spec", {{"replicas", replicas}}}}.dump(), ctx);
            return "scale " + ns + "/" + name + " " + std::to_string(replicas);
        }
        ctx.manager = "kubectl-set";
        json containers = d["spec"]["template"]["spec"].value("containers", json::array());
        if (containers.empty())
            return "skip";
        std::string image = containers[0].value("image", std::string("busybox"));
        const size_t colon = image.rfind(':');
        const size_t slash = image.rfind('/');
        if (colon != std::string::npos && (slash == std::string::npos || colon > slash))
            image.resize(colon);
        image += ":churn-" + n;
        m_cluster.patch(*type, ns, name, "application/strategic-merge-patch+json",
                        json{{"spec", {{"template", {{"spec", {{"containers", json::array({json{
                            {"name", containers[0].value("name", std::string())}, {"image", image}}})}}}}}}}}.dump(),
                        ctx);
        return "image " + ns + "/" + name + " " + image;
    }
    const auto &[group, plural] = kKinds[m_rng() % kKinds.size()];
    const auto type = m_cluster.registry().find(group, "v1", plural);
    if (op == 2 || op == 3) {
        const json o = pick(group, plural);
        if (o.is_null())
            return "skip";
        const std::string ns = o["metadata"].value("namespace", std::string());
        const std::string name = o["metadata"].value("name", std::string());
        churnTouch(m_cluster, *type, ns, name, op == 2, n);
        return std::string(op == 2 ? "label " : "annotate ") + plural + " " + ns + "/" + name;
    }
    constexpr size_t kSteadyCap = 100; // churn-made ConfigMaps alive at most (steady mode)
    if (m_steady && (op == 4 || op == 5)) {
        const bool remove = !m_created.empty() && (op == 4 || m_created.size() >= kSteadyCap);
        if (remove) {
            const auto [ns, name] = m_created.front();
            m_created.pop_front();
            const auto cm = m_cluster.registry().find("", "v1", "configmaps");
            ctx.manager = "kubectl";
            m_cluster.remove(*cm, ns, name, ctx);
            return "delete configmaps " + ns + "/" + name;
        }
    }
    if (op == 4 && !m_steady) {
        const json o = pick(group, plural);
        if (o.is_null())
            return "skip";
        const std::string ns = o["metadata"].value("namespace", std::string());
        const std::string name = o["metadata"].value("name", std::string());
        ctx.manager = "kubectl";
        m_cluster.remove(*type, ns, name, ctx);
        return "delete " + plural + " " + ns + "/" + name;
    }
    // create
    std::vector<std::string> namespaces;
    for (const auto &nsObj : snapshot(m_cluster, "", "namespaces")) {
        const std::string name = nsObj["metadata"].value("name", std::string());
        if (!kSystemNamespaces.count(name))
            namespaces.push_back(name);
    }
    if (namespaces.empty())
        return "skip";
    const std::string ns = namespaces[m_rng() % namespaces.size()];
    const auto cm = m_cluster.registry().find("", "v1", "configmaps");
    ctx.manager = "kubectl-create";
    m_cluster.create(*cm, ns, json{{"metadata", {{"name", "churn-" + n}, {"namespace", ns}}}, {"data", {{"n", n}}}}, ctx);
    if (m_steady)
        m_created.emplace_back(ns, "churn-" + n);
    return "create configmaps " + ns + "/churn-" + n;
}

} // namespace kubesim
