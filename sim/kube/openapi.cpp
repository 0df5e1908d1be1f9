// SPDX-License-Identifier: GPL-3.0-or-later
#include "openapi.h"

#include <functional>
#include <set>

namespace kubesim {

using nlohmann::json;

namespace {

std::string hashOf(const std::vector<ResourceType> &types, const std::string &gv)
{
    std::string all;
    for (const auto &t : types) {
        if (t.apiVersion() == gv)
            all += t.kind + "/" + t.plural + (t.namespaced ? "n" : "c") + ";";
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%016zX", std::hash<std::string>{}(all));
    return buf;
}

json parameter(const std::string &name, const std::string &in)
{
    return json{{"name", name}, {"in", in}, {"schema", json{{"type", "string"}, {"uniqueItems", true}}}};
}

} // namespace

json OpenApi::document(const Registry &registry, const std::vector<std::string> &seg)
{
    const auto types = registry.all();
    if (seg.size() == 2) {
        json paths = json::object();
        std::set<std::string> gvs;
        for (const auto &t : types)
            gvs.insert(t.apiVersion());
        for (const auto &gv : gvs) {
            const std::string path = gv.find('/') == std::string::npos ? "api/" + gv : "apis/" + gv;
            paths[path] = json{{"serverRelativeURL", "/openapi/v3/" + path + "?hash=" + hashOf(types, gv)}};
        }
        return json{{"paths", paths}};
    }
    std::string gv;
    if (seg.size() == 4 && seg[2] == "api")
        gv = seg[3];
    else if (seg.size() == 5 && seg[2] == "apis")
        gv = seg[3] + "/" + seg[4];
    else
        return nullptr;
    json paths = json::object();
    json schemas = json::object();
    bool any = false;
    for (const auto &t : types) {
        if (t.apiVersion() != gv)
            continue;
        any = true;
        const std::string prefix = t.group.empty() ? "/api/" + t.version : "/apis/" + t.group + "/" + t.version;
        const std::string base = t.namespaced ? prefix + "/namespaces/{namespace}/" + t.plural : prefix + "/" + t.plural;
        const json gvk{{"group", t.group}, {"version", t.version}, {"kind", t.kind}};
        const std::string schemaName = (t.group.empty() ? "io.k8s.api.core." : t.group + ".") + t.version + "." + t.kind;
        const json ref{{"$ref", "#/components/schemas/" + schemaName}};
        json params = json::array({parameter("name", "path")});
        if (t.namespaced)
            params.push_back(parameter("namespace", "path"));
        json writeParams = json::array({parameter("dryRun", "query"), parameter("fieldManager", "query"),
                                        parameter("fieldValidation", "query")});
        json patchParams = writeParams;
        patchParams.push_back(parameter("force", "query"));
        const json okBody{{"200", json{{"description", "OK"}, {"content", json{{"application/json", json{{"schema", ref}}}}}}}};
        paths[base + "/{name}"] = json{
            {"parameters", params},
            {"get", json{{"operationId", "read" + t.kind}, {"x-kubernetes-action", "get"},
                         {"x-kubernetes-group-version-kind", gvk}, {"responses", okBody}}},
            {"put", json{{"operationId", "replace" + t.kind}, {"x-kubernetes-action", "put"},
                         {"x-kubernetes-group-version-kind", gvk}, {"parameters", writeParams}, {"responses", okBody}}},
            {"patch", json{{"operationId", "patch" + t.kind}, {"x-kubernetes-action", "patch"},
                           {"x-kubernetes-group-version-kind", gvk}, {"parameters", patchParams}, {"responses", okBody}}},
            {"delete", json{{"operationId", "delete" + t.kind}, {"x-kubernetes-action", "delete"},
                            {"x-kubernetes-group-version-kind", gvk}, {"responses", okBody}}}};
        paths[base] = json{{"post", json{{"operationId", "create" + t.kind}, {"x-kubernetes-action", "post"},
                                         {"x-kubernetes-group-version-kind", gvk}, {"parameters", writeParams},
                                         {"responses", okBody}}}};
        schemas[schemaName] = json{{"type", "object"},
                                   {"x-kubernetes-group-version-kind", json::array({gvk})},
                                   {"x-kubernetes-preserve-unknown-fields", true}};
    }
    if (!any)
        return nullptr;
    return json{{"openapi", "3.0.0"},
                {"info", json{{"title", "Kubernetes"}, {"version", "v1.32.0"}}},
                {"paths", paths},
                {"components", json{{"schemas", schemas}}}};
}

} // namespace kubesim
