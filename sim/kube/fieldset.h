// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kubesim {

// A set of field paths as server-side apply tracks them. A path is a list of FieldsV1 elements:
// "f:name" (a field), "k:{...}" (a list-map item by its sorted keys), "v:<json>" (a set item),
// "i:N" (an index). Members are leaves and the nodes that are owned themselves ("." in FieldsV1).
class FieldSet
{
public:
    using Path = std::vector<std::string>;

    // The fields an object sets. builtin: use the list-map keys of Kubernetes types; custom
    // resources treat every list as atomic. withStatus: include .status.
    static FieldSet fromObject(const nlohmann::json &obj, bool builtin, bool withStatus);
    static FieldSet fromFieldsV1(const nlohmann::json &fields);
    nlohmann::json toFieldsV1() const;

    bool empty() const { return m_paths.empty(); }
    size_t size() const { return m_paths.size(); }
    const std::set<Path> &paths() const { return m_paths; }
    bool contains(const Path &p) const { return m_paths.count(p) > 0; }
    // True when p or anything below p is a member.
    bool containsPrefix(const Path &p) const;
    void insert(const Path &p) { m_paths.insert(p); }
    void erase(const Path &p) { m_paths.erase(p); }
    FieldSet unite(const FieldSet &o) const;
    FieldSet minus(const FieldSet &o) const;
    FieldSet intersect(const FieldSet &o) const;
    // Members that have no member below them.
    std::vector<Path> leaves() const;

    // ".spec.template.spec.containers[name=\"web\"].image"
    static std::string pathString(const Path &p);
    // The value at p in obj, or nullptr when absent.
    static const nlohmann::json *valueAt(const nlohmann::json &obj, const Path &p);
    // Removes the value at p from obj; returns true when something was removed.
    static bool eraseAt(nlohmann::json &obj, const Path &p);
    // The key fields of the list under field name (empty: atomic list). For sets: {"v"}.
    static std::vector<std::string> listKeys(const std::string &field, const nlohmann::json &list);
    static std::string itemKey(const std::vector<std::string> &keys, const nlohmann::json &item);

private:
    std::set<Path> m_paths;
};

} // namespace kubesim
