// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaults.h"

#include "quantity.h"
#include "util.h"

namespace kubesim {

using nlohmann::json;

namespace {

void setDefault(json &obj, const char *key, const json &value)
{
    if (!obj.contains(key) || obj[key].is_null())
        obj[key] = value;
}

bool canonicalMap(json &map, std::string *error)
{
    if (!map.is_object())
        return true;
    for (auto it = map.begin(); it != map.end(); ++it) {
        std::string text;
        if (it.value().is_string())
            text = it.value().get<std::string>();
        else if (it.value().is_number_integer())
            text = std::to_string(it.value().get<long long>());
        else if (it.value().is_number())
            text = it.value().dump();
        else
            continue;
        const auto canonical = Quantity::canonicalize(text);
        if (!canonical) {
            if (error)
                *error = "quantities must match the regular expression "
                         "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$': " + text;
            return false;
        }
        it.value() = *canonical;
    }
    return true;
}

bool canonicalResources(json &resources, std::string *error)
{
    if (!resources.is_object())
        return true;
    for (const char *k : {"limits", "requests"}) {
        if (resources.contains(k) && !canonicalMap(resources[k], error))
            return false;
    }
    return true;
}

std::string defaultPullPolicy(const std::string &image)
{
    if (image.find('@') != std::string::npos)
        return "IfNotPresent";
    const size_t slash = image.rfind('/');
    const size_t colon = image.rfind(':');
    const bool hasTag = colon != std::string::npos && (slash == std::string::npos || colon > slash);
    if (!hasTag || image.substr(colon + 1) == "latest")
        return "Always";
    return "IfNotPresent";
}

void probeDefaults(json &probe)
{
    if (!probe.is_object())
        return;
    setDefault(probe, "timeoutSeconds", 1);
    setDefault(probe, "periodSeconds", 10);
    setDefault(probe, "successThreshold", 1);
    setDefault(probe, "failureThreshold", 3);
    if (probe.contains("httpGet") && probe["httpGet"].is_object())
        setDefault(probe["httpGet"], "scheme", "HTTP");
}

bool containerDefaults(json &c, std::string *error)
{
    if (!c.is_object())
        return true;
    if (c.contains("image") && c["image"].is_string())
        setDefault(c, "imagePullPolicy", defaultPullPolicy(c["image"].get<std::string>()));
    setDefault(c, "terminationMessagePath", "/dev/termination-log");
    setDefault(c, "terminationMessagePolicy", "File");
    setDefault(c, "resources", json::object());
    if (!canonicalResources(c["resources"], error))
        return false;
    if (c.contains("ports") && c["ports"].is_array()) {
        for (auto &p : c["ports"]) {
            if (p.is_object())
                setDefault(p, "protocol", "TCP");
        }
    }
    if (c.contains("env") && c["env"].is_array()) {
        for (auto &e : c["env"]) {
            if (e.is_object() && e.contains("valueFrom") && e["valueFrom"].is_object()
                && e["valueFrom"].contains("fieldRef") && e["valueFrom"]["fieldRef"].is_object())
                setDefault(e["valueFrom"]["fieldRef"], "apiVersion", "v1");
        }
    }
    for (const char *probe : {"livenessProbe", "readinessProbe", "startupProbe"}) {
        if (c.contains(probe))
            probeDefaults(c[probe]);
    }
    return true;
}

bool podSpecDefaults(json &spec, bool isPod, bool isJob, std::string *error)
{
    if (!spec.is_object())
        return true;
    if (!isJob)
        setDefault(spec, "restartPolicy", "Always");
    setDefault(spec, "dnsPolicy", "ClusterFirst");
    setDefault(spec, "schedulerName", "default-scheduler");
    setDefault(spec, "securityContext", json::object());
    setDefault(spec, "terminationGracePeriodSeconds", 30);
    if (isPod) {
        setDefault(spec, "serviceAccountName", "default");
        setDefault(spec, "serviceAccount", spec["serviceAccountName"]);
        setDefault(spec, "enableServiceLinks", true);
        setDefault(spec, "priority", 0);
        setDefault(spec, "preemptionPolicy", "PreemptLowerPriority");
    }
    for (const char *list : {"containers", "initContainers"}) {
        if (spec.contains(list) && spec[list].is_array()) {
            for (auto &c : spec[list]) {
                if (!containerDefaults(c, error))
                    return false;
            }
        }
    }
    if (spec.contains("volumes") && spec["volumes"].is_array()) {
        for (auto &v : spec["volumes"]) {
            if (!v.is_object())
                continue;
            for (const char *src : {"configMap", "secret", "projected", "downwardAPI"}) {
                if (v.contains(src) && v[src].is_object())
                    setDefault(v[src], "defaultMode", 420);
            }
        }
    }
    return true;
}

bool templateDefaults(json &spec, bool isJob, std::string *error)
{
    if (!spec.is_object() || !spec.contains("template") || !spec["template"].is_object())
        return true;
    json &tmpl = spec["template"];
    if (tmpl.contains("spec"))
        return podSpecDefaults(tmpl["spec"], false, isJob, error);
    return true;
}

void jobSpecDefaults(json &spec)
{
    if (!spec.is_object())
        return;
    setDefault(spec, "backoffLimit", 6);
    setDefault(spec, "completionMode", "NonIndexed");
    setDefault(spec, "suspend", false);
    setDefault(spec, "podReplacementPolicy", "TerminatingOrFailed");
    if (!spec.contains("completions") && !spec.contains("parallelism")) {
        spec["completions"] = 1;
        spec["parallelism"] = 1;
    } else {
        setDefault(spec, "parallelism", 1);
    }
}

} // namespace

std::string Defaults::allocateClusterIp()
{
    const unsigned n = m_nextIp++;
    return "10.96." + std::to_string((n >> 8) & 0xff) + "." + std::to_string(n & 0xff);
}

bool Defaults::apply(const ResourceType &type, json &obj, const json &old, std::string *error)
{
    if (!obj.is_object())
        return true;
    if (!type.builtin)
        return true;
    const std::string &kind = type.kind;
    json &meta = obj["metadata"];
    if (kind == "Namespace") {
        meta["labels"]["kubernetes.io/metadata.name"] = meta.value("name", std::string());
        setDefault(obj, "spec", json{{"finalizers", json::array({"kubernetes"})}});
        setDefault(obj, "status", json{{"phase", "Active"}});
        return true;
    }
    if (kind == "Secret") {
        if (!obj.contains("type") || obj["type"].is_null() || obj["type"] == "")
            obj["type"] = "Opaque";
        if (obj.contains("stringData") && obj["stringData"].is_object()) {
            for (auto it = obj["stringData"].begin(); it != obj["stringData"].end(); ++it) {
                if (it.value().is_string())
                    obj["data"][it.key()] = base64Encode(it.value().get<std::string>());
            }
            obj.erase("stringData");
        }
        return true;
    }
    if (kind == "Pod") {
        return podSpecDefaults(obj["spec"], true, false, error);
    }
    if (kind == "PersistentVolumeClaim") {
        json &spec = obj["spec"];
        setDefault(spec, "volumeMode", "Filesystem");
        if (spec.contains("resources") && !canonicalResources(spec["resources"], error))
            return false;
        if (obj.contains("status") && obj["status"].is_object() && obj["status"].contains("capacity"))
            return canonicalMap(obj["status"]["capacity"], error);
        return true;
    }
    if (kind == "LimitRange") {
        if (obj.contains("spec") && obj["spec"].contains("limits") && obj["spec"]["limits"].is_array()) {
            for (auto &l : obj["spec"]["limits"]) {
                for (const char *k : {"default", "defaultRequest", "max", "min", "maxLimitRequestRatio"}) {
                    if (l.is_object() && l.contains(k) && !canonicalMap(l[k], error))
                        return false;
                }
            }
        }
        return true;
    }
    if (kind == "ResourceQuota") {
        if (obj.contains("spec") && obj["spec"].contains("hard"))
            return canonicalMap(obj["spec"]["hard"], error);
        return true;
    }
    if (kind == "Service") {
        json &spec = obj["spec"];
        if (!spec.is_object())
            spec = json::object();
        setDefault(spec, "type", "ClusterIP");
        setDefault(spec, "sessionAffinity", "None");
        const std::string svcType = spec["type"].is_string() ? spec["type"].get<std::string>() : "ClusterIP";
        if (svcType != "ExternalName") {
            const json oldSpec = old.is_object() ? old.value("spec", json::object()) : json::object();
            if (!spec.contains("clusterIP") || spec["clusterIP"] == "") {
                if (oldSpec.contains("clusterIP"))
                    spec["clusterIP"] = oldSpec["clusterIP"];
                else
                    spec["clusterIP"] = allocateClusterIp();
            }
            if (!spec.contains("clusterIPs"))
                spec["clusterIPs"] = json::array({spec["clusterIP"]});
            setDefault(spec, "ipFamilies", json::array({"IPv4"}));
            setDefault(spec, "ipFamilyPolicy", "SingleStack");
            setDefault(spec, "internalTrafficPolicy", "Cluster");
            if (svcType == "NodePort" || svcType == "LoadBalancer")
                setDefault(spec, "externalTrafficPolicy", "Cluster");
        }
        if (spec.contains("ports") && spec["ports"].is_array()) {
            const json oldPorts = old.is_object() ? old.value("spec", json::object()).value("ports", json::array()) : json::array();
            for (auto &p : spec["ports"]) {
                if (!p.is_object())
                    continue;
                setDefault(p, "protocol", "TCP");
                if (p.contains("port"))
                    setDefault(p, "targetPort", p["port"]);
                if ((svcType == "NodePort" || svcType == "LoadBalancer") && !p.contains("nodePort")) {
                    for (const auto &op : oldPorts) {
                        if (op.value("port", json()) == p["port"] && op.contains("nodePort"))
                            p["nodePort"] = op["nodePort"];
                    }
                    if (!p.contains("nodePort"))
                        p["nodePort"] = static_cast<int>(m_nextNodePort++);
                }
            }
        }
        setDefault(obj, "status", json{{"loadBalancer", json::object()}});
        return true;
    }
    if (kind == "Deployment") {
        json &spec = obj["spec"];
        setDefault(spec, "replicas", 1);
        setDefault(spec, "strategy", json{{"type", "RollingUpdate"}});
        if (spec["strategy"].is_object() && spec["strategy"].value("type", std::string()) == "RollingUpdate")
            setDefault(spec["strategy"], "rollingUpdate", json{{"maxUnavailable", "25%"}, {"maxSurge", "25%"}});
        setDefault(spec, "revisionHistoryLimit", 10);
        setDefault(spec, "progressDeadlineSeconds", 600);
        return templateDefaults(spec, false, error);
    }
    if (kind == "StatefulSet") {
        json &spec = obj["spec"];
        setDefault(spec, "replicas", 1);
        setDefault(spec, "podManagementPolicy", "OrderedReady");
        setDefault(spec, "updateStrategy", json{{"type", "RollingUpdate"}});
        if (spec["updateStrategy"].is_object() && spec["updateStrategy"].value("type", std::string()) == "RollingUpdate")
            setDefault(spec["updateStrategy"], "rollingUpdate", json{{"partition", 0}});
        setDefault(spec, "revisionHistoryLimit", 10);
        setDefault(spec, "persistentVolumeClaimRetentionPolicy", json{{"whenDeleted", "Retain"}, {"whenScaled", "Retain"}});
        if (spec.contains("volumeClaimTemplates") && spec["volumeClaimTemplates"].is_array()) {
            for (auto &t : spec["volumeClaimTemplates"]) {
                if (t.is_object() && t.contains("spec") && t["spec"].is_object()) {
                    setDefault(t["spec"], "volumeMode", "Filesystem");
                    if (t["spec"].contains("resources") && !canonicalResources(t["spec"]["resources"], error))
                        return false;
                }
            }
        }
        return templateDefaults(spec, false, error);
    }
    if (kind == "DaemonSet") {
        json &spec = obj["spec"];
        setDefault(spec, "updateStrategy", json{{"type", "RollingUpdate"}});
        if (spec["updateStrategy"].is_object() && spec["updateStrategy"].value("type", std::string()) == "RollingUpdate")
            setDefault(spec["updateStrategy"], "rollingUpdate", json{{"maxUnavailable", 1}, {"maxSurge", 0}});
        setDefault(spec, "revisionHistoryLimit", 10);
        return templateDefaults(spec, false, error);
    }
    if (kind == "ReplicaSet") {
        json &spec = obj["spec"];
        setDefault(spec, "replicas", 1);
        return templateDefaults(spec, false, error);
    }
    if (kind == "Job") {
        json &spec = obj["spec"];
        jobSpecDefaults(spec);
        return templateDefaults(spec, true, error);
    }
    if (kind == "CronJob") {
        json &spec = obj["spec"];
        setDefault(spec, "concurrencyPolicy", "Allow");
        setDefault(spec, "failedJobsHistoryLimit", 1);
        setDefault(spec, "successfulJobsHistoryLimit", 3);
        setDefault(spec, "suspend", false);
        if (spec.contains("jobTemplate") && spec["jobTemplate"].is_object() && spec["jobTemplate"].contains("spec")) {
            json &jobSpec = spec["jobTemplate"]["spec"];
            jobSpecDefaults(jobSpec);
            return templateDefaults(jobSpec, true, error);
        }
        return true;
    }
    if (kind == "NetworkPolicy") {
        json &spec = obj["spec"];
        if (!spec.contains("policyTypes")) {
            json types = json::array({"Ingress"});
            if (spec.contains("egress"))
                types.push_back("Egress");
            spec["policyTypes"] = types;
        }
        for (const char *dir : {"ingress", "egress"}) {
            if (!spec.contains(dir) || !spec[dir].is_array())
                continue;
            for (auto &rule : spec[dir]) {
                if (rule.is_object() && rule.contains("ports") && rule["ports"].is_array()) {
                    for (auto &p : rule["ports"]) {
                        if (p.is_object())
                            setDefault(p, "protocol", "TCP");
                    }
                }
            }
        }
        return true;
    }
    if (kind == "CustomResourceDefinition") {
        json &spec = obj["spec"];
        setDefault(spec, "conversion", json{{"strategy", "None"}});
        json names = spec.value("names", json::object());
        if (names.is_object()) {
            std::string kindName = names.value("kind", std::string());
            if (!names.contains("singular")) {
                std::string singular = kindName;
                for (auto &ch : singular)
                    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                names["singular"] = singular;
            }
            if (!names.contains("listKind"))
                names["listKind"] = kindName + "List";
            spec["names"] = names;
        }
        const std::string now = nowRfc3339();
        obj["status"] = json{{"acceptedNames", names},
                             {"conditions",
                              json::array({json{{"type", "NamesAccepted"},
                                                {"status", "True"},
                                                {"reason", "NoConflicts"},
                                                {"message", "no conflicts found"},
                                                {"lastTransitionTime", now}},
                                           json{{"type", "Established"},
                                                {"status", "True"},
                                                {"reason", "InitialNamesAccepted"},
                                                {"message", "the initial names have been accepted"},
                                                {"lastTransitionTime", now}}})},
                             {"storedVersions", json::array()}};
        for (const auto &v : spec.value("versions", json::array())) {
            if (v.value("storage", false))
                obj["status"]["storedVersions"].push_back(v.value("name", std::string()));
        }
        return true;
    }
    return true;
}

} // namespace kubesim
