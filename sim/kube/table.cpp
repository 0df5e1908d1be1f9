// SPDX-License-Identifier: GPL-3.0-or-later
#include "table.h"

#include <chrono>
#include <ctime>

namespace kubesim {

using nlohmann::json;

namespace {

json column(const std::string &name, const std::string &type = "string", const std::string &format = {})
{
    return json{{"name", name}, {"type", type}, {"format", format}, {"description", name}, {"priority", 0}};
}

std::string str(const json &v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_null())
        return "<none>";
    return v.dump();
}

int intAt(const json &obj, const char *a, const char *b)
{
    const auto ia = obj.find(a);
    if (ia == obj.end() || !ia->is_object())
        return 0;
    const auto ib = ia->find(b);
    return ib != ia->end() && ib->is_number_integer() ? ib->get<int>() : 0;
}

} // namespace

std::string Table::age(const std::string &timestamp)
{
    std::tm tm{};
    if (!strptime(timestamp.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm))
        return "<unknown>";
    const std::time_t then = timegm(&tm);
    const std::time_t now = std::time(nullptr);
    const long s = std::max<long>(0, static_cast<long>(now - then));
    if (s < 120)
        return std::to_string(s) + "s";
    if (s < 7200)
        return std::to_string(s / 60) + "m";
    if (s < 48 * 3600)
        return std::to_string(s / 3600) + "h";
    return std::to_string(s / 86400) + "d";
}

json Table::forObjects(const ResourceType &type, const std::vector<json> &objects, const std::string &resourceVersion,
                       const std::string &continueToken)
{
    json columns = json::array({column("Name", "string", "name")});
    const std::string &kind = type.kind;
    if (kind == "ConfigMap")
        columns.push_back(column("Data", "integer"));
    else if (kind == "Secret") {
        columns.push_back(column("Type"));
        columns.push_back(column("Data", "integer"));
    } else if (kind == "Namespace")
        columns.push_back(column("Status"));
    else if (kind == "Service") {
        columns.push_back(column("Type"));
        columns.push_back(column("Cluster-IP"));
        columns.push_back(column("External-IP"));
        columns.push_back(column("Port(s)"));
    } else if (kind == "Deployment") {
        columns.push_back(column("Ready"));
        columns.push_back(column("Up-to-date", "integer"));
        columns.push_back(column("Available", "integer"));
    } else if (kind == "ReplicaSet") {
        columns.push_back(column("Desired", "integer"));
        columns.push_back(column("Current", "integer"));
        columns.push_back(column("Ready", "integer"));
    } else if (kind == "StatefulSet") {
        columns.push_back(column("Ready"));
    } else if (kind == "Pod") {
        columns.push_back(column("Ready"));
        columns.push_back(column("Status"));
        columns.push_back(column("Restarts", "string"));
    }
    columns.push_back(column("Age"));
    json rows = json::array();
    for (const auto &obj : objects) {
        const json meta = obj.value("metadata", json::object());
        const json spec = obj.value("spec", json::object());
        const json status = obj.value("status", json::object());
        json cells = json::array({meta.value("name", std::string())});
        if (kind == "ConfigMap") {
            cells.push_back(obj.value("data", json::object()).size() + obj.value("binaryData", json::object()).size());
        } else if (kind == "Secret") {
            cells.push_back(obj.value("type", std::string("Opaque")));
            cells.push_back(obj.value("data", json::object()).size());
        } else if (kind == "Namespace") {
            cells.push_back(status.value("phase", std::string("Active")));
        } else if (kind == "Service") {
            cells.push_back(spec.value("type", std::string("ClusterIP")));
            cells.push_back(spec.value("clusterIP", std::string("<none>")));
            cells.push_back(std::string("<none>"));
            std::string ports;
            for (const auto &p : spec.value("ports", json::array())) {
                if (!ports.empty())
                    ports += ",";
                ports += str(p.value("port", json())) + "/" + p.value("protocol", std::string("TCP"));
            }
            cells.push_back(ports.empty() ? "<none>" : ports);
        } else if (kind == "Deployment") {
            cells.push_back(std::to_string(status.value("readyReplicas", 0)) + "/" + std::to_string(spec.value("replicas", 1)));
            cells.push_back(status.value("updatedReplicas", 0));
            cells.push_back(status.value("availableReplicas", 0));
        } else if (kind == "ReplicaSet") {
            cells.push_back(spec.value("replicas", 1));
            cells.push_back(status.value("replicas", 0));
            cells.push_back(status.value("readyReplicas", 0));
        } else if (kind == "StatefulSet") {
            cells.push_back(std::to_string(status.value("readyReplicas", 0)) + "/" + std::to_string(spec.value("replicas", 1)));
        } else if (kind == "Pod") {
            int ready = 0;
            const auto statuses = status.value("containerStatuses", json::array());
            for (const auto &c : statuses)
                ready += c.value("ready", false) ? 1 : 0;
            cells.push_back(std::to_string(ready) + "/" + std::to_string(spec.value("containers", json::array()).size()));
            cells.push_back(status.value("phase", std::string("Pending")));
            cells.push_back(std::to_string(intAt(obj, "status", "restartCount")));
        }
        cells.push_back(age(meta.value("creationTimestamp", std::string())));
        rows.push_back(json{{"cells", cells},
                            {"object", json{{"kind", "PartialObjectMetadata"},
                                            {"apiVersion", "meta.k8s.io/v1"},
                                            {"metadata", meta}}}});
    }
    json tableMeta{{"resourceVersion", resourceVersion}};
    if (!continueToken.empty())
        tableMeta["continue"] = continueToken;
    return json{{"kind", "Table"}, {"apiVersion", "meta.k8s.io/v1"}, {"metadata", tableMeta},
                {"columnDefinitions", columns}, {"rows", rows}};
}

} // namespace kubesim
