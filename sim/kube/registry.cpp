// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include <algorithm>

namespace kubesim {

using nlohmann::json;

namespace {

ResourceType builtin(const std::string &group, const std::string &version, const std::string &kind,
                     const std::string &plural, bool namespaced, std::vector<std::string> shortNames = {},
                     bool status = false, bool scale = false, bool generation = false, bool all = false)
{
    ResourceType t;
    t.group = group;
    t.version = version;
    t.kind = kind;
    t.listKind = kind + "List";
    t.plural = plural;
    std::string singular = kind;
    std::transform(singular.begin(), singular.end(), singular.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    t.singular = singular;
    t.namespaced = namespaced;
    t.shortNames = std::move(shortNames);
    if (all)
        t.categories = {"all"};
    t.hasStatus = status;
    t.hasScale = scale;
    t.hasGeneration = generation;
    t.builtin = true;
    return t;
}

} // namespace

Registry::Registry()
{
    const bool ns = true;
    const bool cluster = false;
    m_types = {
        builtin("", "v1", "Namespace", "namespaces", cluster, {"ns"}, true),
        builtin("", "v1", "ConfigMap", "configmaps", ns, {"cm"}),
        builtin("", "v1", "Secret", "secrets", ns),
        builtin("", "v1", "Service", "services", ns, {"svc"}, true, false, false, true),
        builtin("", "v1", "ServiceAccount", "serviceaccounts", ns, {"sa"}),
        builtin("", "v1", "Pod", "pods", ns, {"po"}, true, false, false, true),
        builtin("", "v1", "PersistentVolumeClaim", "persistentvolumeclaims", ns, {"pvc"}, true),
        builtin("", "v1", "Endpoints", "endpoints", ns, {"ep"}),
        builtin("", "v1", "LimitRange", "limitranges", ns, {"limits"}),
        builtin("", "v1", "ResourceQuota", "resourcequotas", ns, {"quota"}, true),
        builtin("", "v1", "Event", "events", ns, {"ev"}),
        builtin("apps", "v1", "Deployment", "deployments", ns, {"deploy"}, true, true, true, true),
        builtin("apps", "v1", "StatefulSet", "statefulsets", ns, {"sts"}, true, true, true, true),
        builtin("apps", "v1", "DaemonSet", "daemonsets", ns, {"ds"}, true, false, true, true),
        builtin("apps", "v1", "ReplicaSet", "replicasets", ns, {"rs"}, true, true, true, true),
        builtin("batch", "v1", "Job", "jobs", ns, {}, true, false, true, true),
        builtin("batch", "v1", "CronJob", "cronjobs", ns, {"cj"}, true, false, true, true),
        builtin("networking.k8s.io", "v1", "Ingress", "ingresses", ns, {"ing"}, true, false, true),
        builtin("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", ns, {"netpol"}, false, false, true),
        builtin("rbac.authorization.k8s.io", "v1", "Role", "roles", ns),
        builtin("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", ns),
        builtin("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", cluster),
        builtin("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings", cluster),
        builtin("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", ns, {"hpa"}, true, false, true, true),
        builtin("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", ns, {"pdb"}, true, false, true),
        builtin("authentication.k8s.io", "v1", "SelfSubjectReview", "selfsubjectreviews", cluster),
        builtin("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions", cluster,
                {"crd", "crds"}, true, false, true),
    };
    // Endpoints is spelt the same in singular and plural.
    for (auto &t : m_types) {
        if (t.kind == "Endpoints")
            t.singular = "endpoints";
    }
    m_groupOrder = {"apps", "batch", "networking.k8s.io", "rbac.authorization.k8s.io", "autoscaling", "policy",
                    "authentication.k8s.io", "apiextensions.k8s.io"};
}

std::optional<ResourceType> Registry::find(const std::string &group, const std::string &version,
                                           const std::string &plural) const
{
    std::shared_lock lock(m_mutex);
    for (const auto &t : m_types) {
        if (t.group == group && t.version == version && t.plural == plural)
            return t;
    }
    return std::nullopt;
}

std::optional<ResourceType> Registry::findKind(const std::string &apiVersion, const std::string &kind) const
{
    std::shared_lock lock(m_mutex);
    for (const auto &t : m_types) {
        if (t.apiVersion() == apiVersion && t.kind == kind)
            return t;
    }
    return std::nullopt;
}

bool Registry::hasGroupVersion(const std::string &group, const std::string &version) const
{
    std::shared_lock lock(m_mutex);
    return std::any_of(m_types.begin(), m_types.end(),
                       [&](const ResourceType &t) { return t.group == group && t.version == version; });
}

std::vector<ResourceType> Registry::all() const
{
    std::shared_lock lock(m_mutex);
    return m_types;
}

std::vector<ResourceType> Registry::typesFromDefinition(const json &crd)
{
    std::vector<ResourceType> out;
    const json spec = crd.value("spec", json::object());
    const json names = spec.value("names", json::object());
    const std::string group = spec.value("group", std::string());
    const std::string plural = names.value("plural", std::string());
    const std::string kind = names.value("kind", std::string());
    if (group.empty() || plural.empty() || kind.empty())
        return out;
    for (const auto &v : spec.value("versions", json::array())) {
        if (!v.value("served", true))
            continue;
        ResourceType t;
        t.group = group;
        t.version = v.value("name", std::string());
        t.kind = kind;
        t.listKind = names.value("listKind", kind + "List");
        t.plural = plural;
        std::string singular = kind;
        std::transform(singular.begin(), singular.end(), singular.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        t.singular = names.value("singular", singular);
        t.namespaced = spec.value("scope", std::string("Namespaced")) != "Cluster";
        t.shortNames = names.value("shortNames", std::vector<std::string>());
        t.categories = names.value("categories", std::vector<std::string>());
        const json sub = v.value("subresources", json::object());
        t.hasStatus = sub.contains("status");
        t.hasScale = sub.contains("scale");
        t.hasGeneration = true;
        t.builtin = false;
        out.push_back(std::move(t));
    }
    return out;
}

void Registry::addDefinition(const json &crd)
{
    auto types = typesFromDefinition(crd);
    removeDefinition(crd);
    std::unique_lock lock(m_mutex);
    for (auto &t : types) {
        if (std::find(m_groupOrder.begin(), m_groupOrder.end(), t.group) == m_groupOrder.end())
            m_groupOrder.push_back(t.group);
        m_types.push_back(std::move(t));
    }
}

void Registry::removeDefinition(const json &crd)
{
    const json spec = crd.value("spec", json::object());
    const std::string group = spec.value("group", std::string());
    const std::string plural = spec.value("names", json::object()).value("plural", std::string());
    std::unique_lock lock(m_mutex);
    std::erase_if(m_types, [&](const ResourceType &t) { return !t.builtin && t.group == group && t.plural == plural; });
    std::erase_if(m_groupOrder, [&](const std::string &g) {
        return g == group && std::none_of(m_types.begin(), m_types.end(), [&](const ResourceType &t) { return t.group == g; });
    });
}

json Registry::apiVersions(const std::string &serverAddress) const
{
    return json{{"kind", "APIVersions"},
                {"versions", json::array({"v1"})},
                {"serverAddressByClientCIDRs",
                 json::array({json{{"clientCIDR", "0.0.0.0/0"}, {"serverAddress", serverAddress}}})}};
}

json Registry::apiGroupList() const
{
    std::shared_lock lock(m_mutex);
    json groups = json::array();
    for (const auto &g : m_groupOrder) {
        json versions = json::array();
        std::vector<std::string> seen;
        std::string preferred;
        for (const auto &t : m_types) {
            if (t.group != g || std::find(seen.begin(), seen.end(), t.version) != seen.end())
                continue;
            seen.push_back(t.version);
            versions.push_back(json{{"groupVersion", g + "/" + t.version}, {"version", t.version}});
            if (preferred.empty())
                preferred = t.version;
        }
        if (versions.empty())
            continue;
        groups.push_back(json{{"name", g},
                              {"versions", versions},
                              {"preferredVersion", json{{"groupVersion", g + "/" + preferred}, {"version", preferred}}}});
    }
    return json{{"kind", "APIGroupList"}, {"apiVersion", "v1"}, {"groups", groups}};
}

json Registry::resourceList(const std::string &group, const std::string &version) const
{
    std::shared_lock lock(m_mutex);
    json resources = json::array();
    const json allVerbs = json::array({"create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"});
    for (const auto &t : m_types) {
        if (t.group != group || t.version != version)
            continue;
        json r{{"name", t.plural},
               {"singularName", t.singular},
               {"namespaced", t.namespaced},
               {"kind", t.kind},
               {"verbs", t.kind == "SelfSubjectReview" ? json::array({"create"}) : allVerbs}};
        if (!t.shortNames.empty())
            r["shortNames"] = t.shortNames;
        if (!t.categories.empty())
            r["categories"] = t.categories;
        resources.push_back(r);
        if (t.hasStatus)
            resources.push_back(json{{"name", t.plural + "/status"},
                                     {"singularName", ""},
                                     {"namespaced", t.namespaced},
                                     {"kind", t.kind},
                                     {"verbs", json::array({"get", "patch", "update"})}});
        if (t.hasScale)
            resources.push_back(json{{"name", t.plural + "/scale"},
                                     {"singularName", ""},
                                     {"namespaced", t.namespaced},
                                     {"group", "autoscaling"},
                                     {"version", "v1"},
                                     {"kind", "Scale"},
                                     {"verbs", json::array({"get", "patch", "update"})}});
    }
    return json{{"kind", "APIResourceList"},
                {"apiVersion", "v1"},
                {"groupVersion", group.empty() ? version : group + "/" + version},
                {"resources", resources}};
}

} // namespace kubesim
