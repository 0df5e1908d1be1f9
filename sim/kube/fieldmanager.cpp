// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmanager.h"

#include "fieldset.h"
#include "util.h"

#include <algorithm>
#include <map>
#include <vector>

namespace kubesim {

using nlohmann::json;

namespace {

struct Entry {
    std::string manager;
    std::string operation;
    std::string apiVersion;
    std::string time;
    std::string subresource;
    FieldSet fields;
};

std::vector<Entry> readEntries(const json &obj)
{
    std::vector<Entry> out;
    if (!obj.is_object())
        return out;
    const auto meta = obj.find("metadata");
    if (meta == obj.end() || !meta->is_object())
        return out;
    const auto mf = meta->find("managedFields");
    if (mf == meta->end() || !mf->is_array())
        return out;
    for (const auto &e : *mf) {
        if (!e.is_object())
            continue;
        Entry entry;
        entry.manager = e.value("manager", std::string());
        entry.operation = e.value("operation", std::string("Update"));
        entry.apiVersion = e.value("apiVersion", std::string());
        entry.time = e.value("time", std::string());
        entry.subresource = e.value("subresource", std::string());
        entry.fields = FieldSet::fromFieldsV1(e.value("fieldsV1", json::object()));
        out.push_back(std::move(entry));
    }
    return out;
}

void writeEntries(json &obj, const std::vector<Entry> &entries)
{
    json arr = json::array();
    for (const auto &e : entries) {
        if (e.fields.empty())
            continue;
        json j{{"manager", e.manager},
               {"operation", e.operation},
               {"apiVersion", e.apiVersion},
               {"time", e.time},
               {"fieldsType", "FieldsV1"},
               {"fieldsV1", e.fields.toFieldsV1()}};
        if (!e.subresource.empty())
            j["subresource"] = e.subresource;
        arr.push_back(std::move(j));
    }
    if (arr.empty())
        obj["metadata"].erase("managedFields");
    else
        obj["metadata"]["managedFields"] = std::move(arr);
}

Entry &entryFor(std::vector<Entry> &entries, const std::string &manager, const std::string &operation,
                const std::string &subresource)
{
    for (auto &e : entries) {
        if (e.manager == manager && e.operation == operation && e.subresource == subresource)
            return e;
    }
    entries.push_back(Entry{manager, operation, {}, {}, subresource, {}});
    return entries.back();
}

bool isPrefix(const FieldSet::Path &prefix, const FieldSet::Path &p)
{
    return p.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), p.begin());
}

} // namespace

void FieldManager::recordUpdate(json &obj, const json &old, const Target &target)
{
    std::vector<Entry> entries = readEntries(old);
    const FieldSet newSet = FieldSet::fromObject(obj, target.builtin, true);
    const FieldSet oldSet = old.is_object() ? FieldSet::fromObject(old, target.builtin, true) : FieldSet();
    FieldSet changed;
    if (!old.is_object()) {
        changed = newSet;
    } else {
        for (const auto &p : newSet.paths()) {
            const json *before = FieldSet::valueAt(old, p);
            if (!before) {
                changed.insert(p);
                continue;
            }
            if (!oldSet.contains(p)) {
                changed.insert(p);
                continue;
            }
            bool isLeaf = true;
            auto it = newSet.paths().upper_bound(p);
            if (it != newSet.paths().end() && isPrefix(p, *it))
                isLeaf = false;
            const json *after = FieldSet::valueAt(obj, p);
            if (isLeaf && after && *after != *before)
                changed.insert(p);
        }
    }
    const FieldSet removed = oldSet.minus(newSet);
    for (auto &e : entries) {
        e.fields = e.fields.minus(changed).minus(removed);
    }
    if (!changed.empty()) {
        Entry &mine = entryFor(entries, target.manager, "Update", target.subresource);
        mine.fields = mine.fields.unite(changed);
        mine.apiVersion = target.apiVersion;
        mine.time = nowRfc3339();
    }
    writeEntries(obj, entries);
}

void FieldManager::mergeApplied(json &live, const json &config, bool builtin)
{
    if (!live.is_object() || !config.is_object()) {
        live = config;
        return;
    }
    for (auto it = config.begin(); it != config.end(); ++it) {
        const std::string &field = it.key();
        const json &c = it.value();
        if (c.is_null()) {
            live.erase(field);
            continue;
        }
        auto l = live.find(field);
        if (l == live.end()) {
            live[field] = c;
            continue;
        }
        if (c.is_object() && l->is_object()) {
            mergeApplied(*l, c, builtin);
        } else if (c.is_array() && l->is_array() && builtin) {
            const auto keys = FieldSet::listKeys(field, c);
            if (keys.empty()) {
                *l = c;
            } else if (keys.size() == 1 && keys[0] == "v") {
                for (const auto &item : c) {
                    if (std::find(l->begin(), l->end(), item) == l->end())
                        l->push_back(item);
                }
            } else {
                for (const auto &item : c) {
                    const std::string key = FieldSet::itemKey(keys, item);
                    bool merged = false;
                    for (auto &existing : *l) {
                        if (existing.is_object() && FieldSet::itemKey(keys, existing) == key) {
                            mergeApplied(existing, item, builtin);
                            merged = true;
                            break;
                        }
                    }
                    if (!merged)
                        l->push_back(item);
                }
            }
        } else {
            *l = c;
        }
    }
}

bool FieldManager::apply(const json &live, const json &config, const Target &target, bool force, json *result,
                         json *conflict)
{
    const bool withStatus = !target.hasStatus || target.subresource == "status";
    const FieldSet configSet = FieldSet::fromObject(config, target.builtin, withStatus);
    std::vector<Entry> entries = readEntries(live);

    // Conflicts: leaves another manager owns with a different value.
    std::map<std::string, std::vector<FieldSet::Path>> conflicts; // manager -> paths
    std::map<std::string, std::string> conflictVersion;
    const auto leaves = configSet.leaves();
    if (live.is_object()) {
        for (const auto &e : entries) {
            if (e.manager == target.manager)
                continue;
            for (const auto &p : leaves) {
                if (!e.fields.contains(p))
                    continue;
                const json *have = FieldSet::valueAt(live, p);
                const json *want = FieldSet::valueAt(config, p);
                if (have && want && *have == *want)
                    continue;
                conflicts[e.manager].push_back(p);
                conflictVersion[e.manager] = e.apiVersion;
            }
        }
    }
    if (!conflicts.empty() && !force) {
        size_t total = 0;
        for (const auto &[m, paths] : conflicts)
            total += paths.size();
        std::string msg = "Apply failed with " + std::to_string(total) + (total == 1 ? " conflict: " : " conflicts: ");
        json causes = json::array();
        bool first = true;
        for (const auto &[m, paths] : conflicts) {
            const std::string head = std::string(paths.size() == 1 ? "conflict" : "conflicts") + " with \"" + m
                + "\" using " + conflictVersion[m];
            if (!first)
                msg += "\n";
            first = false;
            if (total == 1) {
                msg += head + ": " + FieldSet::pathString(paths[0]);
            } else {
                msg += head + ":";
                for (const auto &p : paths)
                    msg += "\n- " + FieldSet::pathString(p);
            }
            for (const auto &p : paths)
                causes.push_back(json{{"reason", "FieldManagerConflict"},
                                      {"message", "conflict with \"" + m + "\" using " + conflictVersion[m]},
                                      {"field", FieldSet::pathString(p)}});
        }
        *conflict = statusError(409, "Conflict", msg, json{{"causes", causes}});
        return false;
    }
    // Forced: the others lose the conflicting fields.
    for (auto &e : entries) {
        const auto c = conflicts.find(e.manager);
        if (c == conflicts.end())
            continue;
        for (const auto &p : c->second)
            e.fields.erase(p);
    }

    json merged = live.is_object() ? live : json::object();
    json cfg = config;
    if (!withStatus)
        cfg.erase("status");
    if (cfg.contains("metadata")) {
        // Only these metadata fields come from an applied configuration.
        static const std::vector<std::string> kKept = {"labels", "annotations", "finalizers", "ownerReferences", "name",
                                                       "namespace", "generateName"};
        json meta = json::object();
        for (const auto &k : kKept) {
            if (cfg["metadata"].contains(k))
                meta[k] = cfg["metadata"][k];
        }
        if (live.is_object())
            meta.erase("generateName");
        cfg["metadata"] = meta;
    }
    mergeApplied(merged, cfg, target.builtin);

    // Fields this manager applied before and dropped now go, unless someone else owns them.
    Entry &mine = entryFor(entries, target.manager, "Apply", target.subresource);
    const FieldSet dropped = mine.fields.minus(configSet);
    FieldSet others;
    for (const auto &e : entries) {
        if (&e != &mine)
            others = others.unite(e.fields);
    }
    std::vector<FieldSet::Path> droppedPaths(dropped.paths().begin(), dropped.paths().end());
    std::sort(droppedPaths.begin(), droppedPaths.end(),
              [](const FieldSet::Path &a, const FieldSet::Path &b) { return a.size() > b.size(); });
    for (const auto &p : droppedPaths) {
        if (others.containsPrefix(p) || configSet.containsPrefix(p))
            continue;
        FieldSet::eraseAt(merged, p);
    }
    mine.fields = configSet;
    mine.apiVersion = target.apiVersion;
    mine.time = nowRfc3339();
    writeEntries(merged, entries);
    *result = std::move(merged);
    return true;
}

} // namespace kubesim
