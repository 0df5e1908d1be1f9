// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/ownershipindex.h"

#include "core/common/logging.h"

#include <algorithm>

namespace driftdeck::drift {

OwnershipIndex OwnershipIndex::fromObject(const nlohmann::json &object)
{
    const auto meta = object.find("metadata");
    if (meta == object.end() || !meta->is_object())
        return {};
    const auto mf = meta->find("managedFields");
    if (mf == meta->end())
        return {};
    return fromManagedFields(*mf);
}

OwnershipIndex OwnershipIndex::fromManagedFields(const nlohmann::json &managedFields)
{
    OwnershipIndex index;
    if (!managedFields.is_array())
        return index;
    index.m_nodes.reserve(128);
    index.m_nodes.emplace_back();
    for (const nlohmann::json &entry : managedFields) {
        if (!entry.is_object())
            continue;
        if (index.m_managers.size() >= 64) {
            qCWarning(lcDrift) << "more than 64 managedFields entries; the rest are not attributed";
            break;
        }
        const auto str = [&entry](const char *key) {
            const auto it = entry.find(key);
            return it != entry.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
        };
        FieldManager m;
        m.manager = str("manager");
        m.operation = str("operation");
        m.apiVersion = str("apiVersion");
        m.subresource = str("subresource");
        m.time = QDateTime::fromString(str("time"), Qt::ISODate);
        const Mask bit = Mask(1) << index.m_managers.size();
        index.m_managers.append(m);
        const auto fields = entry.find("fieldsV1");
        if (fields != entry.end() && fields->is_object())
            index.addFields(0, *fields, bit);
    }
    index.finish(0);
    return index;
}

int OwnershipIndex::child(int parent, Node::Kind kind, std::string_view token)
{
    // Look for an existing step first, without building anything (entries repeat paths).
    int index = -1;
    nlohmann::json value;
    if (kind == Node::Kind::Index) {
        index = std::atoi(std::string(token).c_str());
    } else if (kind == Node::Kind::Key || kind == Node::Kind::Value) {
        value = nlohmann::json::parse(token.begin(), token.end(), nullptr, false);
        if (value.is_discarded())
            return kNoNode;
    } else if (kind != Node::Kind::Field) {
        return kNoNode;
    }
    for (const int c : m_nodes[size_t(parent)].children) {
        const Node &n = m_nodes[size_t(c)];
        if (n.kind != kind)
            continue;
        if ((kind == Node::Kind::Field && n.name == token) || (kind == Node::Kind::Index && n.index == index)
            || ((kind == Node::Kind::Key || kind == Node::Kind::Value) && n.value == value))
            return c;
    }
    Node node;
    node.kind = kind;
    if (kind == Node::Kind::Field)
        node.name = std::string(token);
    node.index = index;
    node.value = std::move(value);
    m_nodes.push_back(std::move(node));
    const int id = int(m_nodes.size() - 1);
    m_nodes[size_t(parent)].children.push_back(id);
    return id;
}

void OwnershipIndex::addFields(int node, const nlohmann::json &fields, Mask bit)
{
    if (fields.empty()) {
        m_nodes[size_t(node)].owners |= bit;
        return;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const std::string &key = it.key();
        if (key == ".") {
            m_nodes[size_t(node)].owners |= bit;
            continue;
        }
        if (key.size() < 2 || key[1] != ':')
            continue;
        Node::Kind kind;
        switch (key[0]) {
        case 'f': kind = Node::Kind::Field; break;
        case 'k': kind = Node::Kind::Key; break;
        case 'v': kind = Node::Kind::Value; break;
        case 'i': kind = Node::Kind::Index; break;
        default: continue;
        }
        const int c = child(node, kind, std::string_view(key).substr(2));
        if (c == kNoNode)
            continue;
        if (it->is_object())
            addFields(c, *it, bit);
        else
            m_nodes[size_t(c)].owners |= bit;
    }
}

OwnershipIndex::Mask OwnershipIndex::finish(int node)
{
    Mask m = m_nodes[size_t(node)].owners;
    // finish() adds no nodes, so indexing the children while recursing is safe.
    for (size_t i = 0; i < m_nodes[size_t(node)].children.size(); ++i)
        m |= finish(m_nodes[size_t(node)].children[i]);
    // Field children first, sorted by name for binary search; the rest keep their order.
    auto &kids = m_nodes[size_t(node)].children;
    if (kids.size() > 1) {
        std::sort(kids.begin(), kids.end(), [this](int a, int b) {
            const Node &x = m_nodes[size_t(a)];
            const Node &y = m_nodes[size_t(b)];
            if (x.kind != y.kind)
                return x.kind < y.kind;
            if (x.kind == Node::Kind::Field)
                return x.name < y.name;
            return a < b;
        });
    }
    m_nodes[size_t(node)].subtree = m;
    return m;
}

int OwnershipIndex::field(int node, const std::string &name) const
{
    if (node < 0)
        return kNoNode;
    const auto &kids = m_nodes[size_t(node)].children;
    // Field children come first (Kind order) and are sorted by name.
    auto lo = kids.begin();
    auto hi = std::find_if(kids.begin(), kids.end(),
                           [this](int c) { return m_nodes[size_t(c)].kind != Node::Kind::Field; });
    auto it = std::lower_bound(lo, hi, name, [this](int c, const std::string &n) { return m_nodes[size_t(c)].name < n; });
    if (it != hi && m_nodes[size_t(*it)].name == name)
        return *it;
    return kNoNode;
}

int OwnershipIndex::element(int node, const nlohmann::json &element, int index) const
{
    if (node < 0)
        return kNoNode;
    for (const int c : m_nodes[size_t(node)].children) {
        const Node &n = m_nodes[size_t(c)];
        switch (n.kind) {
        case Node::Kind::Key: {
            if (!element.is_object() || !n.value.is_object())
                break;
            bool all = true;
            for (auto k = n.value.begin(); k != n.value.end() && all; ++k) {
                const auto f = element.find(k.key());
                all = f != element.end() && *f == *k;
            }
            if (all)
                return c;
            break;
        }
        case Node::Kind::Value:
            if (n.value == element)
                return c;
            break;
        case Node::Kind::Index:
            if (n.index == index)
                return c;
            break;
        default:
            break;
        }
    }
    return kNoNode;
}

OwnershipIndex::Mask OwnershipIndex::maskOf(const QStringList &managerNames) const
{
    Mask m = 0;
    for (qsizetype i = 0; i < m_managers.size(); ++i) {
        if (managerNames.contains(m_managers[i].manager))
            m |= Mask(1) << i;
    }
    return m;
}

int OwnershipIndex::pick(Mask mask, Mask preferNot) const
{
    const Mask preferred = (mask & ~preferNot) ? (mask & ~preferNot) : mask;
    int best = -1;
    for (qsizetype i = 0; i < m_managers.size(); ++i) {
        if (!(preferred & (Mask(1) << i)))
            continue;
        if (best < 0 || m_managers[i].time > m_managers[best].time)
            best = int(i);
    }
    return best;
}

} // namespace driftdeck::drift
