// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace driftdeck::drift {

// One metadata.managedFields entry without its field set.
struct FieldManager
{
    QString manager;
    QString operation; // "Apply" | "Update"
    QString apiVersion;
    QString subresource;
    QDateTime time;

    bool operator==(const FieldManager &) const = default;
};

// metadata.managedFields decoded once into a compact trie: every node is one FieldsV1 step
// (f:<field>, k:<merge keys>, v:<set value>, i:<index>) with the set of managers owning it.
// The live object's managedFields can be dropped afterwards. At most 64 managers are indexed.
// The trie is immutable and shared by copies; interned() also shares it between objects whose
// entries own the same fields (objects of one template differ only in managers' times).
class OwnershipIndex
{
public:
    using Mask = std::uint64_t;
    static constexpr int kNoNode = -1;

    OwnershipIndex() = default;
    // From the live object's metadata.managedFields (entries that are not FieldsV1 are skipped).
    static OwnershipIndex fromObject(const nlohmann::json &object);
    static OwnershipIndex fromManagedFields(const nlohmann::json &managedFields);
    // The same, sharing the trie with every other live index built from the same field sets
    // (the compact form the live store keeps; thread safe).
    static OwnershipIndex interned(const nlohmann::json &managedFields);
    // Approximate heap bytes this index holds on its own (a shared trie counts once per owner
    // use count, for measurements).
    std::size_t estimateHeapBytes() const;

    const QList<FieldManager> &managers() const { return m_managers; }
    bool isEmpty() const { return !m_trie || m_trie->size() <= 1; }
    int root() const { return !m_trie || m_trie->empty() ? kNoNode : 0; }

    // Navigation from a node; kNoNode when nobody owns anything below that step.
    int field(int node, const std::string &name) const;
    // The k: child whose keys all equal the element's fields (or a v: child equal to the
    // element itself, for sets); element is the live list element.
    int element(int node, const nlohmann::json &element, int index) const;

    // Managers owning exactly this node (leaf or "."), and anything in its subtree.
    Mask ownersOf(int node) const { return node < 0 ? 0 : (*m_trie)[size_t(node)].owners; }
    Mask subtreeOwnersOf(int node) const { return node < 0 ? 0 : (*m_trie)[size_t(node)].subtree; }
    // A leaf owns its whole value (scalars, atomic maps and lists).
    bool isLeaf(int node) const { return node >= 0 && (*m_trie)[size_t(node)].children.empty(); }
    const FieldManager &manager(int index) const { return m_managers[index]; }
    // The bit of each named manager (0 when absent).
    Mask maskOf(const QStringList &managerNames) const;

    // The manager most likely responsible for a live value among `mask`: the most recent,
    // preferring managers outside `preferNot` (the GitOps managers). -1 when mask is empty.
    int pick(Mask mask, Mask preferNot) const;

private:
    struct Node
    {
        enum class Kind : quint8 { Root, Field, Key, Value, Index };
        Kind kind = Kind::Root;
        std::string name;     // Field name
        nlohmann::json value; // Key: the merge keys object; Value: the set element
        int index = -1;       // Index
        Mask owners = 0;
        Mask subtree = 0;
        std::vector<int> children;
    };

    using Nodes = std::vector<Node>;
    static int child(Nodes &nodes, int parent, Node::Kind kind, std::string_view token);
    static void addFields(Nodes &nodes, int node, const nlohmann::json &fields, Mask bit);
    static Mask finish(Nodes &nodes, int node);
    static FieldManager managerOf(const nlohmann::json &entry, bool intern);

    std::shared_ptr<const Nodes> m_trie;
    QList<FieldManager> m_managers;
};

} // namespace driftdeck::drift
