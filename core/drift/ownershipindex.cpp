// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/ownershipindex.h"

#include "core/common/logging.h"

#include <QHash>

#include <algorithm>
#include <mutex>
#include <unordered_map>

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

namespace {

// Manager names, operations and API versions repeat across every object: one copy each.
QString internString(const std::string &s)
{
    static std::mutex mutex;
    static QHash<QByteArray, QString> strings;
    const QByteArray key = QByteArray::fromRawData(s.data(), qsizetype(s.size()));
    std::lock_guard lock(mutex);
    auto it = strings.constFind(key);
    if (it != strings.cend())
        return *it;
    if (strings.size() > 4096)
        strings.clear(); // bounded: a pathological cluster only loses the sharing
    const QString value = QString::fromStdString(s);
    strings.insert(QByteArray(s.data(), qsizetype(s.size())), value);
    return value;
}

} // namespace

FieldManager OwnershipIndex::managerOf(const nlohmann::json &entry, bool intern)
{
    const auto str = [&entry, intern](const char *key) {
        const auto it = entry.find(key);
        if (it == entry.end() || !it->is_string())
            return QString();
        return intern ? internString(it->get_ref<const std::string &>()) : QString::fromStdString(it->get<std::string>());
    };
    FieldManager m;
    m.manager = str("manager");
    m.operation = str("operation");
    m.apiVersion = str("apiVersion");
    m.subresource = str("subresource");
    const auto time = entry.find("time");
    if (time != entry.end() && time->is_string())
        m.time = QDateTime::fromString(QString::fromStdString(time->get<std::string>()), Qt::ISODate);
    return m;
}

OwnershipIndex OwnershipIndex::fromManagedFields(const nlohmann::json &managedFields)
{
    OwnershipIndex index;
    if (!managedFields.is_array())
        return index;
    auto nodes = std::make_shared<Nodes>();
    nodes->reserve(128);
    nodes->emplace_back();
    for (const nlohmann::json &entry : managedFields) {
        if (!entry.is_object())
            continue;
        if (index.m_managers.size() >= 64) {
            qCWarning(lcDrift) << "more than 64 managedFields entries; the rest are not attributed";
            break;
        }
        const Mask bit = Mask(1) << index.m_managers.size();
        index.m_managers.append(managerOf(entry, false));
        const auto fields = entry.find("fieldsV1");
        if (fields != entry.end() && fields->is_object())
            addFields(*nodes, 0, *fields, bit);
    }
    finish(*nodes, 0);
    nodes->shrink_to_fit();
    index.m_trie = std::move(nodes);
    return index;
}

OwnershipIndex OwnershipIndex::interned(const nlohmann::json &managedFields)
{
    if (!managedFields.is_array())
        return {};
    // The trie depends only on each entry's field set and its position (its bit).
    std::string key;
    int entries = 0;
    for (const nlohmann::json &entry : managedFields) {
        if (!entry.is_object() || entries >= 64)
            continue;
        ++entries;
        const auto fields = entry.find("fieldsV1");
        if (fields != entry.end())
            key += fields->dump();
        key += '\n';
    }
    static std::mutex mutex;
    static std::unordered_map<std::string, std::weak_ptr<const Nodes>> tries;
    std::shared_ptr<const Nodes> trie;
    {
        std::lock_guard lock(mutex);
        auto it = tries.find(key);
        if (it != tries.end())
            trie = it->second.lock();
    }
    OwnershipIndex index;
    if (!trie) {
        index = fromManagedFields(managedFields);
        std::lock_guard lock(mutex);
        // Field sets change with every edit of a churning object, so dead keys pile up: prune
        // them whenever the map has doubled since the last pruning. It stays within twice the
        // number of live tries (a fixed threshold let it grow by megabytes of dead keys).
        static std::size_t pruneAt = 1024;
        if (tries.size() >= pruneAt) {
            for (auto it = tries.begin(); it != tries.end();)
                it = it->second.expired() ? tries.erase(it) : std::next(it);
            pruneAt = std::max<std::size_t>(1024, 2 * tries.size());
        }
        tries[key] = index.m_trie;
    } else {
        index.m_trie = std::move(trie);
    }
    index.m_managers.clear();
    for (const nlohmann::json &entry : managedFields) {
        if (!entry.is_object())
            continue;
        if (index.m_managers.size() >= 64)
            break;
        index.m_managers.append(managerOf(entry, true));
    }
    return index;
}

std::size_t OwnershipIndex::estimateHeapBytes() const
{
    std::size_t bytes = sizeof(FieldManager) * std::size_t(m_managers.capacity());
    if (m_trie) {
        std::size_t trie = sizeof(Node) * m_trie->capacity();
        for (const Node &n : *m_trie)
            trie += n.children.capacity() * sizeof(int) + (n.name.capacity() > 15 ? n.name.capacity() : 0);
        bytes += trie / std::size_t(std::max(1L, m_trie.use_count()));
    }
    return bytes;
}

int OwnershipIndex::child(Nodes &nodes, int parent, Node::Kind kind, std::string_view token)
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
    for (const int c : nodes[size_t(parent)].children) {
        const Node &n = nodes[size_t(c)];
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
    nodes.push_back(std::move(node));
    const int id = int(nodes.size() - 1);
    nodes[size_t(parent)].children.push_back(id);
    return id;
}

void OwnershipIndex::addFields(Nodes &nodes, int node, const nlohmann::json &fields, Mask bit)
{
    if (fields.empty()) {
        nodes[size_t(node)].owners |= bit;
        return;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const std::string &key = it.key();
        if (key == ".") {
            nodes[size_t(node)].owners |= bit;
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
        const int c = child(nodes, node, kind, std::string_view(key).substr(2));
        if (c == kNoNode)
            continue;
        if (it->is_object())
            addFields(nodes, c, *it, bit);
        else
            nodes[size_t(c)].owners |= bit;
    }
}

OwnershipIndex::Mask OwnershipIndex::finish(Nodes &nodes, int node)
{
    Mask m = nodes[size_t(node)].owners;
    // finish() adds no nodes, so indexing the children while recursing is safe.
    for (size_t i = 0; i < nodes[size_t(node)].children.size(); ++i)
        m |= finish(nodes, nodes[size_t(node)].children[i]);
    // Field children first, sorted by name for binary search; the rest keep their order.
    auto &kids = nodes[size_t(node)].children;
    if (kids.size() > 1) {
        std::sort(kids.begin(), kids.end(), [&nodes](int a, int b) {
            const Node &x = nodes[size_t(a)];
            const Node &y = nodes[size_t(b)];
            if (x.kind != y.kind)
                return x.kind < y.kind;
            if (x.kind == Node::Kind::Field)
                return x.name < y.name;
            return a < b;
        });
    }
    nodes[size_t(node)].subtree = m;
    return m;
}

int OwnershipIndex::field(int node, const std::string &name) const
{
    if (node < 0)
        return kNoNode;
    const auto &kids = (*m_trie)[size_t(node)].children;
    // Field children come first (Kind order) and are sorted by name.
    auto lo = kids.begin();
    auto hi = std::find_if(kids.begin(), kids.end(),
                           [this](int c) { return (*m_trie)[size_t(c)].kind != Node::Kind::Field; });
    auto it = std::lower_bound(lo, hi, name, [this](int c, const std::string &n) { return (*m_trie)[size_t(c)].name < n; });
    if (it != hi && (*m_trie)[size_t(*it)].name == name)
        return *it;
    return kNoNode;
}

int OwnershipIndex::element(int node, const nlohmann::json &element, int index) const
{
    if (node < 0)
        return kNoNode;
    for (const int c : (*m_trie)[size_t(node)].children) {
        const Node &n = (*m_trie)[size_t(c)];
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
