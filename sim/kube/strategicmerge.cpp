// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategicmerge.h"

#include "fieldset.h"

#include <algorithm>

namespace kubesim {

using nlohmann::json;

namespace {

std::vector<std::string> mergeKeys(const std::string &field, const json &patchList, const json &targetList)
{
    json probe = json::array();
    for (const auto &i : patchList) {
        if (i.is_object() && !i.contains("$patch"))
            probe.push_back(i);
    }
    if (probe.empty())
        probe = targetList;
    auto keys = FieldSet::listKeys(field, probe.empty() ? patchList : probe);
    if (field == "ports" && keys.size() == 2)
        keys.pop_back(); // the strategic merge key is the port alone
    if (field == "topologySpreadConstraints")
        keys = {"topologyKey"};
    return keys;
}

bool sameItem(const json &a, const json &b, const std::vector<std::string> &keys)
{
    if (!a.is_object() || !b.is_object())
        return false;
    for (const auto &k : keys) {
        const auto ia = a.find(k);
        const auto ib = b.find(k);
        if (ia == a.end() || ib == b.end() || *ia != *ib)
            return false;
    }
    return true;
}

void mergeList(json &target, const json &patch, const std::string &field)
{
    if (!target.is_array()) {
        target = json::array();
    }
    const auto keys = mergeKeys(field, patch, target);
    if (keys.empty()) {
        json out = json::array();
        for (const auto &i : patch) {
            if (!(i.is_object() && i.contains("$patch")))
                out.push_back(i);
        }
        target = out;
        return;
    }
    if (keys.size() == 1 && keys[0] == "v") {
        for (const auto &i : patch) {
            if (std::find(target.begin(), target.end(), i) == target.end())
                target.push_back(i);
        }
        return;
    }
    for (const auto &item : patch) {
        if (item.is_object() && item.value("$patch", std::string()) == "replace") {
            json out = json::array();
            for (const auto &i : patch) {
                if (!(i.is_object() && i.contains("$patch")))
                    out.push_back(i);
            }
            target = out;
            return;
        }
    }
    for (const auto &item : patch) {
        auto it = std::find_if(target.begin(), target.end(), [&](const json &t) { return sameItem(t, item, keys); });
        if (item.is_object() && item.value("$patch", std::string()) == "delete") {
            if (it != target.end())
                target.erase(it);
            continue;
        }
        if (it != target.end()) {
            StrategicMerge::apply(*it, item);
        } else {
            json fresh = json::object();
            StrategicMerge::apply(fresh, item);
            target.push_back(fresh);
        }
    }
}

} // namespace

void StrategicMerge::apply(json &target, const json &patch)
{
    if (!patch.is_object()) {
        target = patch;
        return;
    }
    if (!target.is_object())
        target = json::object();
    const std::string directive = patch.value("$patch", std::string());
    if (directive == "replace") {
        json copy = patch;
        copy.erase("$patch");
        target = json::object();
        apply(target, copy);
        return;
    }
    if (directive == "delete") {
        target = json::object();
        return;
    }
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const std::string &key = it.key();
        if (key == "$patch" || key.rfind("$setElementOrder/", 0) == 0 || key == "$retainKeys")
            continue;
        if (key.rfind("$deleteFromPrimitiveList/", 0) == 0) {
            const std::string field = key.substr(std::string("$deleteFromPrimitiveList/").size());
            if (target.contains(field) && target[field].is_array() && it.value().is_array()) {
                for (const auto &v : it.value()) {
                    auto &list = target[field];
                    list.erase(std::remove(list.begin(), list.end(), v), list.end());
                }
            }
            continue;
        }
        const json &value = it.value();
        if (value.is_null()) {
            target.erase(key);
        } else if (value.is_object()) {
            if (value.value("$patch", std::string()) == "delete") {
                target.erase(key);
                continue;
            }
            apply(target[key], value);
        } else if (value.is_array()) {
            mergeList(target[key], value, key);
        } else {
            target[key] = value;
        }
    }
}

} // namespace kubesim
