// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldset.h"

#include <algorithm>
#include <map>

namespace kubesim {

using nlohmann::json;

namespace {

bool isMapField(const std::string &field, const json &value)
{
    static const std::set<std::string> kMaps = {"labels", "annotations", "data", "stringData", "binaryData",
                                                "matchLabels", "nodeSelector", "limits", "requests", "hard",
                                                "capacity", "allocatable", "default", "defaultRequest", "max",
                                                "min", "maxLimitRequestRatio", "parameters"};
    if (kMaps.count(field))
        return true;
    if (field == "selector" && value.is_object()) {
        return std::all_of(value.begin(), value.end(), [](const json &v) { return v.is_string(); });
    }
    return false;
}

bool isAtomicStruct(const std::string &field, const json &value)
{
    static const std::set<std::string> kSelectors = {"selector", "podSelector", "namespaceSelector", "labelSelector"};
    return kSelectors.count(field) && value.is_object() && (value.contains("matchLabels") || value.contains("matchExpressions"));
}

void walk(const json &value, FieldSet::Path &path, FieldSet &out, bool builtin)
{
    for (auto it = value.begin(); it != value.end(); ++it) {
        const std::string &field = it.key();
        const json &v = it.value();
        path.push_back("f:" + field);
        if (v.is_object() && !v.empty() && !(builtin && isAtomicStruct(field, v))) {
            if (builtin && isMapField(field, v))
                out.insert(path);
            walk(v, path, out, builtin);
        } else if (v.is_array() && builtin && !v.empty()) {
            const auto keys = FieldSet::listKeys(field, v);
            if (keys.empty()) {
                out.insert(path);
            } else if (keys.size() == 1 && keys[0] == "v") {
                for (const auto &item : v) {
                    path.push_back("v:" + item.dump());
                    out.insert(path);
                    path.pop_back();
                }
            } else {
                for (const auto &item : v) {
                    path.push_back(FieldSet::itemKey(keys, item));
                    out.insert(path);
                    if (item.is_object())
                        walk(item, path, out, builtin);
                    path.pop_back();
                }
            }
        } else {
            out.insert(path);
        }
        path.pop_back();
    }
}

struct Trie {
    bool member = false;
    std::map<std::string, Trie> children;
};

json trieToJson(const Trie &t)
{
    json out = json::object();
    if (t.member && !t.children.empty())
        out["."] = json::object();
    for (const auto &[k, child] : t.children)
        out[k] = trieToJson(child);
    return out;
}

void fromJson(const json &node, FieldSet::Path &path, FieldSet &out)
{
    if (!node.is_object())
        return;
    if (node.empty() && !path.empty()) {
        out.insert(path);
        return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (it.key() == ".") {
            out.insert(path);
            continue;
        }
        path.push_back(it.key());
        fromJson(it.value(), path, out);
        path.pop_back();
    }
}

bool itemMatches(const json &item, const json &keyObj)
{
    if (!item.is_object())
        return false;
    for (auto it = keyObj.begin(); it != keyObj.end(); ++it) {
        const auto f = item.find(it.key());
        if (f == item.end()) {
            if (it.key() == "protocol" && it.value() == "TCP")
                continue;
            return false;
        }
        if (*f != it.value())
            return false;
    }
    return true;
}

} // namespace

std::vector<std::string> FieldSet::listKeys(const std::string &field, const json &list)
{
    static const std::map<std::string, std::vector<std::string>> kKeys = {
        {"containers", {"name"}},
        {"initContainers", {"name"}},
        {"ephemeralContainers", {"name"}},
        {"env", {"name"}},
        {"volumes", {"name"}},
        {"volumeMounts", {"mountPath"}},
        {"volumeDevices", {"devicePath"}},
        {"imagePullSecrets", {"name"}},
        {"conditions", {"type"}},
        {"ownerReferences", {"uid"}},
        {"hostAliases", {"ip"}},
        {"resourceClaims", {"name"}},
        {"topologySpreadConstraints", {"topologyKey", "whenUnsatisfiable"}},
        {"finalizers", {"v"}},
    };
    if (field == "ports") {
        const bool allObjects = std::all_of(list.begin(), list.end(), [](const json &i) { return i.is_object(); });
        if (!allObjects)
            return {};
        if (std::all_of(list.begin(), list.end(), [](const json &i) { return i.contains("containerPort"); }))
            return {"containerPort", "protocol"};
        if (std::all_of(list.begin(), list.end(), [](const json &i) { return i.contains("port"); }))
            return {"port", "protocol"};
        return {};
    }
    const auto it = kKeys.find(field);
    if (it == kKeys.end())
        return {};
    if (it->second.size() == 1 && it->second[0] == "v")
        return it->second;
    for (const auto &item : list) {
        if (!item.is_object())
            return {};
        for (const auto &k : it->second) {
            if (!item.contains(k) && k != "whenUnsatisfiable")
                return {};
        }
    }
    return it->second;
}

std::string FieldSet::itemKey(const std::vector<std::string> &keys, const json &item)
{
    json k = json::object(); // nlohmann keeps object keys sorted, as FieldsV1 wants
    for (const auto &name : keys) {
        const auto f = item.find(name);
        if (f != item.end())
            k[name] = *f;
        else if (name == "protocol")
            k[name] = "TCP";
    }
    return "k:" + k.dump();
}

FieldSet FieldSet::fromObject(const json &obj, bool builtin, bool withStatus)
{
    FieldSet out;
    if (!obj.is_object())
        return out;
    Path path;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const std::string &field = it.key();
        if (field == "apiVersion" || field == "kind")
            continue;
        if (field == "status" && !withStatus)
            continue;
        if (field == "metadata") {
            static const std::set<std::string> kKept = {"labels", "annotations", "finalizers", "ownerReferences"};
            json meta = json::object();
            for (auto m = it.value().begin(); m != it.value().end(); ++m) {
                if (kKept.count(m.key()))
                    meta[m.key()] = m.value();
            }
            if (meta.empty())
                continue;
            path.push_back("f:metadata");
            walk(meta, path, out, true);
            path.pop_back();
            continue;
        }
        path.push_back("f:" + field);
        const json &v = it.value();
        if (v.is_object() && !v.empty()) {
            if (builtin && isMapField(field, v))
                out.insert(path);
            walk(v, path, out, builtin);
        } else {
            out.insert(path);
        }
        path.pop_back();
    }
    return out;
}

FieldSet FieldSet::fromFieldsV1(const json &fields)
{
    FieldSet out;
    Path path;
    fromJson(fields, path, out);
    return out;
}

json FieldSet::toFieldsV1() const
{
    Trie root;
    for (const auto &p : m_paths) {
        Trie *node = &root;
        for (const auto &e : p)
            node = &node->children[e];
        node->member = true;
    }
    return trieToJson(root);
}

bool FieldSet::containsPrefix(const Path &p) const
{
    auto it = m_paths.lower_bound(p);
    return it != m_paths.end() && it->size() >= p.size() && std::equal(p.begin(), p.end(), it->begin());
}

FieldSet FieldSet::unite(const FieldSet &o) const
{
    FieldSet out = *this;
    out.m_paths.insert(o.m_paths.begin(), o.m_paths.end());
    return out;
}

FieldSet FieldSet::minus(const FieldSet &o) const
{
    FieldSet out;
    std::set_difference(m_paths.begin(), m_paths.end(), o.m_paths.begin(), o.m_paths.end(),
                        std::inserter(out.m_paths, out.m_paths.end()));
    return out;
}

FieldSet FieldSet::intersect(const FieldSet &o) const
{
    FieldSet out;
    std::set_intersection(m_paths.begin(), m_paths.end(), o.m_paths.begin(), o.m_paths.end(),
                          std::inserter(out.m_paths, out.m_paths.end()));
    return out;
}

std::vector<FieldSet::Path> FieldSet::leaves() const
{
    std::vector<Path> out;
    for (auto it = m_paths.begin(); it != m_paths.end(); ++it) {
        auto next = std::next(it);
        const bool hasChild = next != m_paths.end() && next->size() > it->size()
            && std::equal(it->begin(), it->end(), next->begin());
        if (!hasChild)
            out.push_back(*it);
    }
    return out;
}

std::string FieldSet::pathString(const Path &p)
{
    std::string out;
    for (const auto &e : p) {
        if (e.rfind("f:", 0) == 0) {
            out += "." + e.substr(2);
        } else if (e.rfind("k:", 0) == 0) {
            const json k = json::parse(e.substr(2), nullptr, false);
            std::string inner;
            if (k.is_object()) {
                for (auto it = k.begin(); it != k.end(); ++it) {
                    if (!inner.empty())
                        inner += ",";
                    inner += it.key() + "=" + it.value().dump();
                }
            }
            out += "[" + inner + "]";
        } else if (e.rfind("v:", 0) == 0) {
            out += "[=" + e.substr(2) + "]";
        } else if (e.rfind("i:", 0) == 0) {
            out += "[" + e.substr(2) + "]";
        }
    }
    return out;
}

const json *FieldSet::valueAt(const json &obj, const Path &p)
{
    const json *cur = &obj;
    for (const auto &e : p) {
        if (e.rfind("f:", 0) == 0) {
            if (!cur->is_object())
                return nullptr;
            const auto it = cur->find(e.substr(2));
            if (it == cur->end())
                return nullptr;
            cur = &*it;
        } else if (e.rfind("k:", 0) == 0) {
            if (!cur->is_array())
                return nullptr;
            const json k = json::parse(e.substr(2), nullptr, false);
            const json *found = nullptr;
            for (const auto &item : *cur) {
                if (itemMatches(item, k)) {
                    found = &item;
                    break;
                }
            }
            if (!found)
                return nullptr;
            cur = found;
        } else if (e.rfind("v:", 0) == 0) {
            if (!cur->is_array())
                return nullptr;
            const json v = json::parse(e.substr(2), nullptr, false);
            const auto it = std::find(cur->begin(), cur->end(), v);
            if (it == cur->end())
                return nullptr;
            cur = &*it;
        } else if (e.rfind("i:", 0) == 0) {
            const size_t idx = std::stoul(e.substr(2));
            if (!cur->is_array() || idx >= cur->size())
                return nullptr;
            cur = &(*cur)[idx];
        } else {
            return nullptr;
        }
    }
    return cur;
}

bool FieldSet::eraseAt(json &obj, const Path &p)
{
    if (p.empty())
        return false;
    Path parentPath(p.begin(), p.end() - 1);
    json *parent = const_cast<json *>(valueAt(obj, parentPath));
    if (!parent)
        return false;
    const std::string &e = p.back();
    if (e.rfind("f:", 0) == 0) {
        if (!parent->is_object())
            return false;
        return parent->erase(e.substr(2)) > 0;
    }
    if (!parent->is_array())
        return false;
    if (e.rfind("k:", 0) == 0) {
        const json k = json::parse(e.substr(2), nullptr, false);
        for (auto it = parent->begin(); it != parent->end(); ++it) {
            if (itemMatches(*it, k)) {
                parent->erase(it);
                return true;
            }
        }
    } else if (e.rfind("v:", 0) == 0) {
        const json v = json::parse(e.substr(2), nullptr, false);
        const auto it = std::find(parent->begin(), parent->end(), v);
        if (it != parent->end()) {
            parent->erase(it);
            return true;
        }
    }
    return false;
}

} // namespace kubesim
