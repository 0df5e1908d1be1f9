// SPDX-License-Identifier: GPL-3.0-or-later
#include "selector.h"

#include "util.h"

#include <algorithm>

namespace kubesim {

namespace {

// Splits on commas outside parentheses.
std::vector<std::string> splitTerms(const std::string &text)
{
    std::vector<std::string> out;
    std::string cur;
    int depth = 0;
    for (char c : text) {
        if (c == '(')
            ++depth;
        else if (c == ')')
            --depth;
        if (c == ',' && depth == 0) {
            out.push_back(cur);
            cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    out.push_back(cur);
    return out;
}

} // namespace

Selector Selector::parseLabels(const std::string &text, std::string *error)
{
    Selector sel;
    if (trim(text).empty())
        return sel;
    for (const auto &rawTerm : splitTerms(text)) {
        const std::string term = trim(rawTerm);
        if (term.empty()) {
            if (error)
                *error = "found '', expected: identifier";
            return {};
        }
        Requirement r;
        size_t pos;
        if ((pos = term.find("!=")) != std::string::npos) {
            r.key = trim(term.substr(0, pos));
            r.op = Op::NotEquals;
            r.values = {trim(term.substr(pos + 2))};
        } else if ((pos = term.find("==")) != std::string::npos) {
            r.key = trim(term.substr(0, pos));
            r.values = {trim(term.substr(pos + 2))};
        } else if ((pos = term.find('=')) != std::string::npos) {
            r.key = trim(term.substr(0, pos));
            r.values = {trim(term.substr(pos + 1))};
        } else if (term.find('(') != std::string::npos) {
            const size_t open = term.find('(');
            const size_t close = term.rfind(')');
            if (close == std::string::npos || close < open) {
                if (error)
                    *error = "unbalanced parentheses in selector: " + term;
                return {};
            }
            const std::string head = trim(term.substr(0, open));
            const size_t space = head.find_last_of(" \t");
            if (space == std::string::npos) {
                if (error)
                    *error = "unable to parse requirement: " + term;
                return {};
            }
            r.key = trim(head.substr(0, space));
            const std::string op = trim(head.substr(space + 1));
            if (op == "in")
                r.op = Op::In;
            else if (op == "notin")
                r.op = Op::NotIn;
            else {
                if (error)
                    *error = "unknown operator " + op;
                return {};
            }
            for (const auto &v : split(term.substr(open + 1, close - open - 1), ','))
                r.values.push_back(trim(v));
        } else if (term[0] == '!') {
            r.key = trim(term.substr(1));
            r.op = Op::NotExists;
        } else {
            r.key = term;
            r.op = Op::Exists;
        }
        if (r.key.empty()) {
            if (error)
                *error = "empty key in selector term: " + term;
            return {};
        }
        sel.m_requirements.push_back(std::move(r));
    }
    return sel;
}

Selector Selector::parseFields(const std::string &text, std::string *error)
{
    Selector sel;
    sel.m_fields = true;
    if (trim(text).empty())
        return sel;
    for (const auto &rawTerm : splitTerms(text)) {
        const std::string term = trim(rawTerm);
        Requirement r;
        size_t pos;
        if ((pos = term.find("!=")) != std::string::npos) {
            r.key = trim(term.substr(0, pos));
            r.op = Op::NotEquals;
            r.values = {trim(term.substr(pos + 2))};
        } else if ((pos = term.find("==")) != std::string::npos) {
            r.key = trim(term.substr(0, pos));
            r.values = {trim(term.substr(pos + 2))};
        } else if ((pos = term.find('=')) != std::string::npos) {
            r.key = trim(term.substr(0, pos));
            r.values = {trim(term.substr(pos + 1))};
        } else {
            if (error)
                *error = "invalid field selector: " + term;
            return {};
        }
        // metadata.name and metadata.namespace for every kind, plus the per-kind fields the real
        // server offers (pods, events, secrets, namespaces, jobs, replicasets), accepted for all.
        static const std::vector<std::string> kSupported = {
            "metadata.name", "metadata.namespace", "status.phase", "spec.nodeName", "spec.restartPolicy",
            "spec.schedulerName", "spec.serviceAccountName", "status.podIP", "status.nominatedNodeName",
            "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
            "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
            "reportingComponent", "source", "type", "status.successful", "status.replicas"};
        if (std::find(kSupported.begin(), kSupported.end(), r.key) == kSupported.end()) {
            if (error)
                *error = "field label not supported: " + r.key;
            return {};
        }
        sel.m_requirements.push_back(std::move(r));
    }
    return sel;
}

bool Selector::matches(const nlohmann::json &object) const
{
    if (m_requirements.empty())
        return true;
    const auto metaIt = object.find("metadata");
    static const nlohmann::json kEmpty = nlohmann::json::object();
    const nlohmann::json &meta = metaIt != object.end() && metaIt->is_object() ? *metaIt : kEmpty;
    for (const auto &r : m_requirements) {
        bool present = false;
        std::string value;
        if (m_fields) {
            // a missing field compares as the empty string, as on the real server
            const nlohmann::json *cur = &object;
            for (const auto &part : split(r.key, '.')) {
                if (!cur->is_object()) {
                    cur = nullptr;
                    break;
                }
                const auto it = cur->find(part);
                if (it == cur->end()) {
                    cur = nullptr;
                    break;
                }
                cur = &*it;
            }
            if (cur && cur->is_string())
                value = cur->get<std::string>();
            else if (cur && !cur->is_null())
                value = cur->dump();
            present = true;
        } else {
            const auto labels = meta.find("labels");
            if (labels != meta.end() && labels->is_object()) {
                const auto it = labels->find(r.key);
                if (it != labels->end() && it->is_string()) {
                    present = true;
                    value = it->get<std::string>();
                }
            }
        }
        const bool inValues = std::find(r.values.begin(), r.values.end(), value) != r.values.end();
        switch (r.op) {
        case Op::Equals:
        case Op::In:
            if (!present || !inValues)
                return false;
            break;
        case Op::NotEquals:
        case Op::NotIn:
            if (present && inValues)
                return false;
            break;
        case Op::Exists:
            if (!present)
                return false;
            break;
        case Op::NotExists:
            if (present)
                return false;
            break;
        }
    }
    return true;
}

} // namespace kubesim
