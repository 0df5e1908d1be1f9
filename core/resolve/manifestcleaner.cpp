// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resolve/manifestcleaner.h"

#include "core/drift/normalizer.h"

#include <string>

namespace driftdeck::resolve {

namespace {

using Json = nlohmann::json;

void eraseIf(Json &obj, const char *key, const Json &defaultValue)
{
    if (obj.is_object()) {
        const auto it = obj.find(key);
        if (it != obj.end() && *it == defaultValue)
            obj.erase(it);
    }
}

void dropEmpty(Json &obj, const char *key)
{
    if (obj.is_object()) {
        const auto it = obj.find(key);
        if (it != obj.end() && (it->is_null() || ((it->is_object() || it->is_array()) && it->empty())))
            obj.erase(it);
    }
}

void cleanMetadata(Json &meta, bool top)
{
    if (!meta.is_object())
        return;
    for (const char *k : {"uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "selfLink",
                          "deletionTimestamp", "deletionGracePeriodSeconds", "ownerReferences", "finalizers"}) {
        if (top || std::string_view(k) == "creationTimestamp")
            meta.erase(k);
    }
    for (const char *m : {"labels", "annotations"}) {
        auto it = meta.find(m);
        if (it == meta.end() || !it->is_object())
            continue;
        for (auto e = it->begin(); e != it->end();) {
            if (drift::Normalizer::isSystemMetadataKey(e.key()))
                e = it->erase(e);
            else
                ++e;
        }
        dropEmpty(meta, m);
    }
}

void cleanContainer(Json &c)
{
    eraseIf(c, "terminationMessagePath", "/dev/termination-log");
    eraseIf(c, "terminationMessagePolicy", "File");
    dropEmpty(c, "resources");
    if (c.contains("ports") && c["ports"].is_array()) {
        for (Json &p : c["ports"])
            eraseIf(p, "protocol", "TCP");
    }
    if (c.contains("imagePullPolicy") && c.contains("image") && c["image"].is_string()) {
        const std::string image = c["image"].get<std::string>();
        const auto slash = image.rfind('/');
        const std::string last = slash == std::string::npos ? image : image.substr(slash + 1);
        const bool latest = last.find(':') == std::string::npos || last.substr(last.find(':') + 1) == "latest";
        eraseIf(c, "imagePullPolicy", latest ? "Always" : "IfNotPresent");
    }
}

void cleanPodSpec(Json &spec)
{
    if (!spec.is_object())
        return;
    eraseIf(spec, "dnsPolicy", "ClusterFirst");
    eraseIf(spec, "restartPolicy", "Always");
    eraseIf(spec, "schedulerName", "default-scheduler");
    eraseIf(spec, "terminationGracePeriodSeconds", 30);
    dropEmpty(spec, "securityContext");
    for (const char *list : {"containers", "initContainers"}) {
        if (spec.contains(list) && spec[list].is_array()) {
            for (Json &c : spec[list])
                cleanContainer(c);
        }
    }
}

void cleanTemplate(Json &spec)
{
    if (!spec.is_object() || !spec.contains("template"))
        return;
    Json &t = spec["template"];
    if (t.contains("metadata"))
        cleanMetadata(t["metadata"], false);
    dropEmpty(t, "metadata");
    if (t.contains("spec"))
        cleanPodSpec(t["spec"]);
}

} // namespace

Json ManifestCleaner::clean(const Json &live)
{
    Json o = live;
    if (!o.is_object())
        return o;
    o.erase("status");
    if (o.contains("metadata"))
        cleanMetadata(o["metadata"], true);
    const std::string kind = drift::Normalizer::kindOf(o);
    if (!o.contains("spec") || !o["spec"].is_object())
        return o;
    Json &spec = o["spec"];
    if (kind == "Deployment") {
        eraseIf(spec, "progressDeadlineSeconds", 600);
        eraseIf(spec, "revisionHistoryLimit", 10);
        eraseIf(spec, "strategy", Json{{"type", "RollingUpdate"}, {"rollingUpdate", {{"maxSurge", "25%"}, {"maxUnavailable", "25%"}}}});
    }
    if (kind == "StatefulSet" || kind == "DaemonSet") {
        eraseIf(spec, "revisionHistoryLimit", 10);
        eraseIf(spec, "podManagementPolicy", "OrderedReady");
    }
    if (kind == "Deployment" || kind == "StatefulSet" || kind == "DaemonSet" || kind == "ReplicaSet" || kind == "Job")
        cleanTemplate(spec);
    if (kind == "Pod")
        cleanPodSpec(spec);
    if (kind == "Service") {
        for (const char *k : {"clusterIP", "clusterIPs", "ipFamilies"})
            spec.erase(k);
        eraseIf(spec, "ipFamilyPolicy", "SingleStack");
        eraseIf(spec, "sessionAffinity", "None");
        eraseIf(spec, "internalTrafficPolicy", "Cluster");
        eraseIf(spec, "type", "ClusterIP");
        if (spec.contains("ports") && spec["ports"].is_array()) {
            for (Json &p : spec["ports"]) {
                eraseIf(p, "protocol", "TCP");
                if (p.contains("port"))
                    eraseIf(p, "targetPort", p["port"]);
            }
        }
    }
    return o;
}

} // namespace driftdeck::resolve
