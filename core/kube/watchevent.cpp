// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/watchevent.h"

namespace driftdeck::kube {

bool jsonNestingWithin(std::string_view json, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return false;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return true;
}

nlohmann::json parseApiJson(std::string_view text)
{
    if (!jsonNestingWithin(text))
        return nlohmann::json(nlohmann::json::value_t::discarded);
    return nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
}

std::string WatchEvent::resourceVersion() const
{
    if (!object.is_object())
        return {};
    auto md = object.find("metadata");
    if (md == object.end() || !md->is_object())
        return {};
    auto rv = md->find("resourceVersion");
    return (rv != md->end() && rv->is_string()) ? rv->get<std::string>() : std::string();
}

int WatchEvent::statusCode() const
{
    if (!object.is_object())
        return 0;
    auto code = object.find("code");
    return (code != object.end() && code->is_number_integer()) ? code->get<int>() : 0;
}

std::string WatchEvent::statusMessage() const
{
    if (!object.is_object())
        return {};
    auto msg = object.find("message");
    return (msg != object.end() && msg->is_string()) ? msg->get<std::string>() : std::string();
}

WatchEvent WatchEvent::decode(std::string_view line)
{
    WatchEvent ev;
    if (!jsonNestingWithin(line)) {
        ev.parseError = "watch event nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
        return ev;
    }
    nlohmann::json doc = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        ev.parseError = "watch line is not a JSON object";
        return ev;
    }
    auto type = doc.find("type");
    auto object = doc.find("object");
    if (type == doc.end() || !type->is_string() || object == doc.end() || !object->is_object()) {
        ev.parseError = "watch event without type or object";
        return ev;
    }
    const auto &t = type->get_ref<const std::string &>();
    if (t == "ADDED")
        ev.type = Type::Added;
    else if (t == "MODIFIED")
        ev.type = Type::Modified;
    else if (t == "DELETED")
        ev.type = Type::Deleted;
    else if (t == "BOOKMARK")
        ev.type = Type::Bookmark;
    else if (t == "ERROR")
        ev.type = Type::Error;
    else {
        ev.parseError = "unknown watch event type " + t;
        return ev;
    }
    ev.object = std::move(*object);
    return ev;
}

} // namespace driftdeck::kube
