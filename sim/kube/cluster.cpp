// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster.h"

#include "fieldmanager.h"
#include "selector.h"
#include "strategicmerge.h"
#include "util.h"
#include "yamlloader.h"

#include <mutex>

#include <openssl/rand.h>

namespace kubesim {

using nlohmann::json;

namespace {

std::string randomSuffix()
{
    static const char kChars[] = "bcdfghjklmnpqrstvwxz2456789";
    unsigned char b[5];
    RAND_bytes(b, sizeof b);
    std::string out;
    for (unsigned char c : b)
        out.push_back(kChars[c % (sizeof kChars - 1)]);
    return out;
}

json withoutMetaAndStatus(const json &obj)
{
    json copy = obj;
    copy.erase("metadata");
    copy.erase("status");
    return copy;
}

std::string metaString(const json &obj, const char *key)
{
    const auto m = obj.find("metadata");
    if (m == obj.end() || !m->is_object())
        return {};
    const auto it = m->find(key);
    return it != m->end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool hasFinalizers(const json &obj)
{
    const auto m = obj.find("metadata");
    if (m == obj.end())
        return false;
    const auto f = m->find("finalizers");
    return f != m->end() && f->is_array() && !f->empty();
}

json conflictStatus(const ResourceType &type, const std::string &name)
{
    return statusError(409, "Conflict",
                       "Operation cannot be fulfilled on " + type.qualifiedName() + " \"" + name
                           + "\": the object has been modified; please apply your changes to the latest version and try again",
                       json{{"name", name}, {"group", type.group}, {"kind", type.plural}});
}

} // namespace

Cluster::Cluster(size_t watchWindow)
    : m_store(watchWindow)
{
}

Reply Cluster::notFound(const ResourceType &type, const std::string &name) const
{
    return {404, statusError(404, "NotFound", type.qualifiedName() + " \"" + name + "\" not found",
                             json{{"name", name}, {"group", type.group}, {"kind", type.plural}})};
}

json Cluster::scaleOf(const json &obj)
{
    const json meta = obj.value("metadata", json::object());
    json scaleMeta = json::object();
    for (const char *k : {"name", "namespace", "uid", "resourceVersion", "creationTimestamp"}) {
        if (meta.contains(k))
            scaleMeta[k] = meta[k];
    }
    const json spec = obj.value("spec", json::object());
    const json status = obj.value("status", json::object());
    std::string selector;
    const json matchLabels = spec.value("selector", json::object()).value("matchLabels", json::object());
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
        if (!selector.empty())
            selector += ",";
        selector += it.key() + "=" + (it.value().is_string() ? it.value().get<std::string>() : it.value().dump());
    }
    json s{{"kind", "Scale"},
           {"apiVersion", "autoscaling/v1"},
           {"metadata", scaleMeta},
           {"spec", json{{"replicas", spec.value("replicas", 0)}}},
           {"status", json{{"replicas", status.value("replicas", 0)}}}};
    if (!selector.empty())
        s["status"]["selector"] = selector;
    return s;
}

Reply Cluster::get(const ResourceType &type, const std::string &ns, const std::string &name,
                   const std::string &subresource) const
{
    std::shared_lock lock(m_store.mutex());
    ObjectPtr obj = m_store.get(type.storageKey(), type.namespaced ? ns : std::string(), name);
    if (!obj)
        return notFound(type, name);
    if (subresource == "scale")
        return {200, scaleOf(obj->object)};
    return {200, obj->object};
}

Reply Cluster::create(const ResourceType &type, const std::string &ns, json body, const WriteContext &ctx)
{
    if (!body.is_object())
        return {400, statusError(400, "BadRequest", "the body of the request was not a JSON object")};
    json &meta = body["metadata"];
    if (!meta.is_object())
        meta = json::object();
    if (type.namespaced) {
        const std::string bodyNs = meta.value("namespace", std::string());
        if (!bodyNs.empty() && bodyNs != ns)
            return {400, statusError(400, "BadRequest",
                                     "the namespace of the provided object does not match the namespace sent on the request")};
        meta["namespace"] = ns;
    } else {
        meta.erase("namespace");
    }
    if (body.contains("apiVersion") && body["apiVersion"] != type.apiVersion())
        return {400, statusError(400, "BadRequest",
                                 "the API version in the data (" + body["apiVersion"].dump()
                                     + ") does not match the expected API version (" + type.apiVersion() + ")")};
    std::unique_lock lock(m_store.mutex());
    std::string name = meta.value("name", std::string());
    if (name.empty() && meta.contains("generateName") && meta["generateName"].is_string()) {
        name = meta["generateName"].get<std::string>() + randomSuffix();
        meta["name"] = name;
    }
    if (name.empty())
        return {422, statusError(422, "Invalid",
                                 type.kind + ".core \"\" is invalid: metadata.name: Required value: name or generateName is required",
                                 json{{"kind", type.kind},
                                      {"causes", json::array({json{{"reason", "FieldValueRequired"},
                                                                   {"message", "Required value: name or generateName is required"},
                                                                   {"field", "metadata.name"}}})}})};
    if (type.namespaced && !m_store.get("/namespaces", "", ns))
        return {404, statusError(404, "NotFound", "namespaces \"" + ns + "\" not found",
                                 json{{"name", ns}, {"kind", "namespaces"}})};
    if (m_store.get(type.storageKey(), type.namespaced ? ns : std::string(), name))
        return {409, statusError(409, "AlreadyExists", type.qualifiedName() + " \"" + name + "\" already exists",
                                 json{{"name", name}, {"group", type.group}, {"kind", type.plural}})};
    return commitLocked(type, nullptr, std::move(body), ctx, Operation::Create);
}

Reply Cluster::update(const ResourceType &type, const std::string &ns, const std::string &name, json body,
                      const WriteContext &ctx)
{
    if (!body.is_object())
        return {400, statusError(400, "BadRequest", "the body of the request was not a JSON object")};
    std::unique_lock lock(m_store.mutex());
    ObjectPtr old = m_store.get(type.storageKey(), type.namespaced ? ns : std::string(), name);
    if (ctx.subresource == "scale") {
        if (!old)
            return notFound(type, name);
        const std::string rv = metaString(body, "resourceVersion");
        if (!rv.empty() && rv != metaString(old->object, "resourceVersion"))
            return {409, conflictStatus(type, name)};
        return scaleLocked(type, old, body, ctx);
    }
    const std::string bodyName = metaString(body, "name");
    if (!bodyName.empty() && bodyName != name)
        return {400, statusError(400, "BadRequest", "the name of the object (" + bodyName
                                     + ") does not match the name on the URL (" + name + ")")};
    if (!old) {
        // PUT creates when the object is absent (AllowCreateOnUpdate is false for most kinds).
        return notFound(type, name);
    }
    const std::string rv = metaString(body, "resourceVersion");
    if (!rv.empty() && rv != metaString(old->object, "resourceVersion"))
        return {409, conflictStatus(type, name)};
    json obj;
    if (ctx.subresource == "status") {
        obj = old->object;
        obj["status"] = body.value("status", json::object());
    } else {
        obj = std::move(body);
        obj["metadata"]["name"] = name;
        if (type.namespaced)
            obj["metadata"]["namespace"] = ns;
    }
    return commitLocked(type, old, std::move(obj), ctx, Operation::Update);
}

Reply Cluster::scaleLocked(const ResourceType &type, const ObjectPtr &old, const json &scale, const WriteContext &ctx)
{
    if (!type.hasScale)
        return {404, statusError(404, "NotFound", "the server could not find the requested resource")};
    json obj = old->object;
    const json spec = scale.value("spec", json::object());
    if (!spec.contains("replicas") || !spec["replicas"].is_number_integer())
        return {422, statusError(422, "Invalid", "Scale.autoscaling \"" + metaString(obj, "name")
                                     + "\" is invalid: spec.replicas: Required value")};
    obj["spec"]["replicas"] = spec["replicas"];
    WriteContext c = ctx;
    c.subresource = "scale";
    Reply r = commitLocked(type, old, std::move(obj), c, Operation::Update);
    if (r.code >= 300)
        return r;
    return {200, scaleOf(r.body)};
}

Reply Cluster::patch(const ResourceType &type, const std::string &ns, const std::string &name,
                     const std::string &contentType, const std::string &body, const WriteContext &ctx)
{
    std::unique_lock lock(m_store.mutex());
    return patchLocked(type, ns, name, contentType, body, ctx);
}

Reply Cluster::patchLocked(const ResourceType &type, const std::string &ns, const std::string &name,
                           const std::string &contentType, const std::string &body, const WriteContext &ctx)
{
    const std::string effectiveNs = type.namespaced ? ns : std::string();
    ObjectPtr old = m_store.get(type.storageKey(), effectiveNs, name);
    const std::string ct = contentType.substr(0, contentType.find(';'));
    if (ct == "application/apply-patch+yaml") {
        std::string error;
        json config = YamlLoader::parseOne(body, &error);
        if (!config.is_object())
            return {400, statusError(400, "BadRequest", "error decoding YAML: " + error)};
        return applyLocked(type, ns, name, std::move(config), ctx);
    }
    if (!old)
        return notFound(type, name);
    json patch = json::parse(body, nullptr, false);
    if (patch.is_discarded())
        return {400, statusError(400, "BadRequest", "the body of the request could not be parsed as JSON")};
    json target = ctx.subresource == "scale" ? scaleOf(old->object) : old->object;
    try {
        if (ct == "application/json-patch+json") {
            if (!patch.is_array())
                return {400, statusError(400, "BadRequest", "the JSON patch must be an array of operations")};
            target = target.patch(patch);
        } else if (ct == "application/merge-patch+json") {
            target.merge_patch(patch);
        } else if (ct == "application/strategic-merge-patch+json") {
            if (!type.builtin)
                return {415, statusError(415, "UnsupportedMediaType",
                                         "the body of the request was in an unknown format - accepted media types include: "
                                         "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml")};
            StrategicMerge::apply(target, patch);
        } else {
            return {415, statusError(415, "UnsupportedMediaType",
                                     "the body of the request was in an unknown format - accepted media types include: "
                                     "application/json-patch+json, application/merge-patch+json, "
                                     "application/apply-patch+yaml, application/strategic-merge-patch+json")};
        }
    } catch (const std::exception &e) {
        return {422, statusError(422, "Invalid", std::string("the patch could not be applied: ") + e.what())};
    }
    if (!target.is_object())
        return {422, statusError(422, "Invalid", "the patch did not produce an object")};
    const std::string rv = metaString(target, "resourceVersion");
    if (!rv.empty() && rv != metaString(old->object, "resourceVersion"))
        return {409, conflictStatus(type, name)};
    if (ctx.subresource == "scale")
        return scaleLocked(type, old, target, ctx);
    if (metaString(target, "name") != name)
        return {422, statusError(422, "Invalid", "metadata.name: the name cannot be changed by a patch")};
    if (ctx.subresource == "status") {
        json obj = old->object;
        obj["status"] = target.value("status", json::object());
        return commitLocked(type, old, std::move(obj), ctx, Operation::Update);
    }
    return commitLocked(type, old, std::move(target), ctx, Operation::Update);
}

Reply Cluster::applyLocked(const ResourceType &type, const std::string &ns, const std::string &name, json config,
                           const WriteContext &ctx)
{
    ObjectPtr old = m_store.get(type.storageKey(), type.namespaced ? ns : std::string(), name);
    if (ctx.manager.empty())
        return {400, statusError(400, "BadRequest",
                                 "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch")};
    if (config.value("kind", std::string()) != type.kind && ctx.subresource.empty())
        return {400, statusError(400, "BadRequest", "the kind of the applied object (" + config.value("kind", std::string())
                                     + ") does not match the resource (" + type.kind + ")")};
    config["metadata"]["name"] = name;
    if (type.namespaced)
        config["metadata"]["namespace"] = ns;
    FieldManager::Target target{ctx.manager, type.apiVersion(), ctx.subresource == "status" ? "status" : "",
                                type.builtin, type.hasStatus};
    json merged;
    json conflict;
    if (!FieldManager::apply(old ? old->object : json(), config, target, ctx.force, &merged, &conflict))
        return {409, conflict};
    if (!old) {
        if (type.namespaced && !m_store.get("/namespaces", "", ns))
            return {404, statusError(404, "NotFound", "namespaces \"" + ns + "\" not found",
                                     json{{"name", ns}, {"kind", "namespaces"}})};
        return commitLocked(type, nullptr, std::move(merged), ctx, Operation::Apply);
    }
    return commitLocked(type, old, std::move(merged), ctx, Operation::Apply);
}

Reply Cluster::commitLocked(const ResourceType &type, const ObjectPtr &old, json obj, const WriteContext &ctx,
                            Operation op, const json &)
{
    obj["apiVersion"] = type.apiVersion();
    obj["kind"] = type.kind;
    json &meta = obj["metadata"];
    const std::string name = meta.value("name", std::string());
    if (name.empty() && meta.contains("generateName") && meta["generateName"].is_string())
        meta["name"] = meta["generateName"].get<std::string>() + randomSuffix();
    if (meta.value("name", std::string()).empty())
        return {422, statusError(422, "Invalid", "metadata.name: Required value: name or generateName is required")};
    meta.erase("selfLink");
    if (old) {
        const json &oldMeta = old->object["metadata"];
        for (const char *k : {"uid", "creationTimestamp", "generation", "deletionTimestamp", "deletionGracePeriodSeconds"}) {
            if (oldMeta.contains(k))
                meta[k] = oldMeta[k];
            else
                meta.erase(k);
        }
        if (type.hasStatus && ctx.subresource != "status") {
            if (old->object.contains("status"))
                obj["status"] = old->object["status"];
            else
                obj.erase("status");
        }
    } else {
        meta["uid"] = newUid();
        meta["creationTimestamp"] = nowRfc3339();
        meta.erase("deletionTimestamp");
        meta.erase("deletionGracePeriodSeconds");
        meta.erase("resourceVersion");
        meta.erase("generation");
        if (type.hasGeneration)
            meta["generation"] = 1;
        if (type.hasStatus)
            obj.erase("status");
    }
    std::string error;
    if (!m_defaults.apply(type, obj, old ? old->object : json(), &error))
        return {400, statusError(400, "BadRequest", error)};
    if (old && type.hasGeneration && withoutMetaAndStatus(obj) != withoutMetaAndStatus(old->object))
        obj["metadata"]["generation"] = old->object["metadata"].value("generation", 0) + 1;
    if (op != Operation::Apply) {
        FieldManager::Target target{ctx.manager.empty() ? std::string("unknown") : ctx.manager, type.apiVersion(),
                                    ctx.subresource, type.builtin, type.hasStatus};
        // managedFields sent with an update replace the stored ones ([] resets them), as on the
        // real server; kubectl relies on that to move client-side-apply ownership to
        // server-side apply. Absent, the stored ones carry over.
        json base = old ? old->object : json();
        const auto sent = obj["metadata"].find("managedFields");
        if (old && sent != obj["metadata"].end() && sent->is_array())
            base["metadata"]["managedFields"] = *sent;
        else if (!old && sent != obj["metadata"].end())
            obj["metadata"].erase("managedFields");
        FieldManager::recordUpdate(obj, base, target);
    }
    if (old && obj == old->object)
        return {200, obj}; // no-op writes do not bump the resourceVersion
    if (ctx.dryRun) {
        if (!old)
            obj["metadata"].erase("resourceVersion");
        return {old ? 200 : 201, obj};
    }
    if (old && !metaString(obj, "deletionTimestamp").empty() && !hasFinalizers(obj)) {
        m_store.put(type.storageKey(), obj);
        ObjectPtr gone = m_store.remove(type.storageKey(), type.namespaced ? metaString(obj, "namespace") : std::string(),
                                        metaString(obj, "name"));
        afterDeleteLocked(type, gone);
        return {200, gone->object};
    }
    ObjectPtr stored = m_store.put(type.storageKey(), std::move(obj));
    afterWriteLocked(type, old, stored);
    return {old ? 200 : 201, stored->object};
}

Reply Cluster::remove(const ResourceType &type, const std::string &ns, const std::string &name, const WriteContext &ctx)
{
    std::unique_lock lock(m_store.mutex());
    return removeLocked(type, ns, name, ctx);
}

Reply Cluster::removeLocked(const ResourceType &type, const std::string &ns, const std::string &name,
                            const WriteContext &ctx)
{
    const std::string effectiveNs = type.namespaced ? ns : std::string();
    ObjectPtr old = m_store.get(type.storageKey(), effectiveNs, name);
    if (!old)
        return notFound(type, name);
    if ((!ctx.preconditionUid.empty() && ctx.preconditionUid != metaString(old->object, "uid"))
        || (!ctx.preconditionResourceVersion.empty()
            && ctx.preconditionResourceVersion != metaString(old->object, "resourceVersion")))
        return {409, statusError(409, "Conflict",
                                 "Operation cannot be fulfilled on " + type.qualifiedName() + " \"" + name
                                     + "\": Precondition failed: the object's UID or resourceVersion does not match",
                                 json{{"name", name}, {"group", type.group}, {"kind", type.plural}})};
    if (ctx.dryRun)
        return {200, old->object};
    if (hasFinalizers(old->object)) {
        if (!metaString(old->object, "deletionTimestamp").empty())
            return {200, old->object};
        json obj = old->object;
        obj["metadata"]["deletionTimestamp"] = nowRfc3339();
        obj["metadata"]["deletionGracePeriodSeconds"] = 0;
        ObjectPtr stored = m_store.put(type.storageKey(), std::move(obj));
        return {200, stored->object};
    }
    ObjectPtr gone = m_store.remove(type.storageKey(), effectiveNs, name);
    if (!ctx.orphan)
        afterDeleteLocked(type, gone);
    else if (type.kind == "CustomResourceDefinition")
        afterDeleteLocked(type, gone); // a CRD's objects never outlive it
    return {200, gone->object};
}

Reply Cluster::removeCollection(const ResourceType &type, const std::string &ns, const std::string &labelSelector,
                                const WriteContext &ctx)
{
    std::string error;
    const Selector sel = Selector::parseLabels(labelSelector, &error);
    if (!error.empty())
        return {400, statusError(400, "BadRequest", "unable to parse requirement: " + error)};
    std::unique_lock lock(m_store.mutex());
    json items = json::array();
    std::vector<std::pair<std::string, std::string>> victims;
    if (const Store::Bucket *b = m_store.bucket(type.storageKey())) {
        for (const auto &[key, obj] : *b) {
            const std::string objNs = metaString(obj->object, "namespace");
            if (type.namespaced && !ns.empty() && objNs != ns)
                continue;
            if (sel.matches(obj->object))
                victims.emplace_back(objNs, metaString(obj->object, "name"));
        }
    }
    for (const auto &[objNs, name] : victims) {
        Reply r = removeLocked(type, objNs, name, ctx);
        if (r.code == 200)
            items.push_back(r.body);
    }
    return {200, json{{"kind", type.listKind}, {"apiVersion", type.apiVersion()}, {"metadata", json::object()}, {"items", items}}};
}

void Cluster::afterWriteLocked(const ResourceType &type, const ObjectPtr &old, const ObjectPtr &stored)
{
    if (type.kind == "CustomResourceDefinition" && type.group == "apiextensions.k8s.io") {
        m_registry.addDefinition(stored->object);
        return;
    }
    if (type.kind == "Namespace" && type.group.empty() && !old) {
        const std::string ns = metaString(stored->object, "name");
        WriteContext ctx;
        ctx.manager = "kube-controller-manager";
        const auto sa = m_registry.find("", "v1", "serviceaccounts");
        const auto cm = m_registry.find("", "v1", "configmaps");
        if (sa && !m_store.get(sa->storageKey(), ns, "default"))
            commitLocked(*sa, nullptr, json{{"metadata", {{"name", "default"}, {"namespace", ns}}}}, ctx, Operation::Create);
        if (cm && !m_caPem.empty() && !m_store.get(cm->storageKey(), ns, "kube-root-ca.crt"))
            commitLocked(*cm, nullptr,
                         json{{"metadata",
                               {{"name", "kube-root-ca.crt"},
                                {"namespace", ns},
                                {"annotations", {{"kubernetes.io/description",
                                                  "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters."}}}}},
                              {"data", {{"ca.crt", m_caPem}}}},
                         ctx, Operation::Create);
    }
}

void Cluster::afterDeleteLocked(const ResourceType &type, const ObjectPtr &deleted)
{
    if (!deleted)
        return;
    WriteContext ctx;
    ctx.manager = "kube-controller-manager";
    if (type.kind == "CustomResourceDefinition" && type.group == "apiextensions.k8s.io") {
        const auto types = Registry::typesFromDefinition(deleted->object);
        if (!types.empty()) {
            const std::string key = types.front().storageKey();
            std::vector<std::pair<std::string, std::string>> victims;
            if (const Store::Bucket *b = m_store.bucket(key)) {
                for (const auto &[k, obj] : *b)
                    victims.emplace_back(metaString(obj->object, "namespace"), metaString(obj->object, "name"));
            }
            for (const auto &[ns, name] : victims)
                m_store.remove(key, ns, name);
            m_store.dropBucket(key);
        }
        m_registry.removeDefinition(deleted->object);
        return;
    }
    if (type.kind == "Namespace" && type.group.empty()) {
        const std::string ns = metaString(deleted->object, "name");
        for (const auto &t : m_registry.all()) {
            if (!t.namespaced)
                continue;
            std::vector<std::string> victims;
            if (const Store::Bucket *b = m_store.bucket(t.storageKey())) {
                for (auto it = b->lower_bound(ns + "/"); it != b->end() && it->first.rfind(ns + "/", 0) == 0; ++it)
                    victims.push_back(metaString(it->second->object, "name"));
            }
            for (const auto &name : victims)
                m_store.remove(t.storageKey(), ns, name);
        }
        return;
    }
    // Garbage collection: dependents in the same namespace that name the deleted object as owner.
    if (!type.namespaced)
        return;
    const std::string uid = metaString(deleted->object, "uid");
    const std::string ns = metaString(deleted->object, "namespace");
    static const std::vector<std::pair<std::string, std::string>> kDependents = {
        {"apps", "replicasets"}, {"", "pods"}, {"batch", "jobs"}, {"apps", "controllerrevisions"}};
    if (type.kind != "Deployment" && type.kind != "ReplicaSet" && type.kind != "StatefulSet" && type.kind != "DaemonSet"
        && type.kind != "Job" && type.kind != "CronJob")
        return;
    for (const auto &[group, plural] : kDependents) {
        const auto t = m_registry.find(group, "v1", plural);
        if (!t)
            continue;
        std::vector<std::string> victims;
        if (const Store::Bucket *b = m_store.bucket(t->storageKey())) {
            for (auto it = b->lower_bound(ns + "/"); it != b->end() && it->first.rfind(ns + "/", 0) == 0; ++it) {
                for (const auto &ref : it->second->object["metadata"].value("ownerReferences", json::array())) {
                    if (ref.value("uid", std::string()) == uid)
                        victims.push_back(metaString(it->second->object, "name"));
                }
            }
        }
        for (const auto &name : victims)
            removeLocked(*t, ns, name, ctx);
    }
}

void Cluster::ensureNamespaceLocked(const std::string &ns, const std::string &manager)
{
    if (ns.empty() || m_store.get("/namespaces", "", ns))
        return;
    const auto t = m_registry.find("", "v1", "namespaces");
    WriteContext ctx;
    ctx.manager = manager;
    commitLocked(*t, nullptr, json{{"metadata", {{"name", ns}}}}, ctx, Operation::Create);
}

Reply Cluster::applyObject(const json &obj, const std::string &manager, bool force, bool createNamespace)
{
    if (!obj.is_object())
        return {400, statusError(400, "BadRequest", "not an object")};
    const auto type = m_registry.findKind(obj.value("apiVersion", std::string()), obj.value("kind", std::string()));
    if (!type)
        return {404, statusError(404, "NotFound", "no matches for kind \"" + obj.value("kind", std::string())
                                     + "\" in version \"" + obj.value("apiVersion", std::string()) + "\"")};
    std::string ns = type->namespaced ? metaString(obj, "namespace") : std::string();
    if (type->namespaced && ns.empty())
        ns = "default";
    const std::string name = metaString(obj, "name");
    if (name.empty())
        return {422, statusError(422, "Invalid", "metadata.name: Required value")};
    WriteContext ctx;
    ctx.manager = manager;
    ctx.force = force;
    std::unique_lock lock(m_store.mutex());
    if (createNamespace && type->namespaced)
        ensureNamespaceLocked(ns, manager);
    return applyLocked(*type, ns, name, obj, ctx);
}

json Cluster::objects() const
{
    std::shared_lock lock(m_store.mutex());
    json out = json::array();
    for (const auto &key : m_store.storageKeys()) {
        for (const auto &[k, obj] : *m_store.bucket(key))
            out.push_back(obj->object);
    }
    return out;
}

void Cluster::bootstrap()
{
    WriteContext ctx;
    ctx.manager = "kube-apiserver";
    const auto nsType = m_registry.find("", "v1", "namespaces");
    {
        std::unique_lock lock(m_store.mutex());
        for (const char *ns : {"default", "kube-system", "kube-public", "kube-node-lease"})
            commitLocked(*nsType, nullptr, json{{"metadata", {{"name", ns}}}}, ctx, Operation::Create);
        const auto svc = m_registry.find("", "v1", "services");
        commitLocked(*svc, nullptr,
                     json{{"metadata", {{"name", "kubernetes"}, {"namespace", "default"},
                                        {"labels", {{"component", "apiserver"}, {"provider", "kubernetes"}}}}},
                          {"spec", {{"clusterIP", "10.96.0.1"},
                                    {"ports", json::array({json{{"name", "https"}, {"port", 443}, {"targetPort", 6443}}})}}}},
                     ctx, Operation::Create);
    }
}

} // namespace kubesim
