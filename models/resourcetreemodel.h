// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"
#include "models/clusterstatus.h"
#include "models/resourcebatch.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace driftdeck::models {

// The live resource tree: cluster > source > namespace > kind > resource, plus render errors
// under their source. Parents carry counts per sync state. Fed incrementally by applyBatch():
// one beginInsertRows per new range of children, one dataChanged per contiguous run of changed
// rows, never a reset.
//
// Ownership children on demand: with an owned provider set, a workload row (ownsChildren())
// that has a live object can fetch more; fetchMore() asks the provider to watch it, and the
// provider answers with setOwned() (the ReplicaSets, Jobs and Pods below it, by
// ownerReferences) now or later and again after every change, until the row goes away. Owned
// rows (NodeType::Owned) carry health but no sync state and are not counted in any parent.
class ResourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, HealthColumn, DetailsColumn, ColumnCount };
    enum class NodeType : quint8 { Root, Cluster, Source, Namespace, Kind, Resource, RenderError, Owned };
    enum Role {
        NodeTypeRole = Qt::UserRole + 1, // int(NodeType)
        SyncStateRole,   // int(SyncState): the resource's state, or the worst state below a parent; invalid when empty
        HealthStateRole, // int(HealthState), resources and owned objects
        CountsRole,      // QList<int> indexed by int(SyncState): resources at or below the row
        ClusterRole,
        SourceRole,
        NamespaceRole,
        KindRole,
        SearchTextRole,  // lower-case "kind/namespace/name" of a resource
        ClusterStateRole, // int(ClusterStatus::State), cluster rows only
        ProgressRole,     // 0..100 while a cluster is listing, else invalid
        HasDriftRole,     // bool: a Drifted, Missing or Extra resource at or below the row
    };

    explicit ResourceTreeModel(QObject *parent = nullptr);
    ~ResourceTreeModel() override;

    void applyBatch(const ResourceBatch &batch);
    void setClusterStatus(const ClusterStatus &status);
    void setSourceStatus(const SourceStatus &status);
    // Removes a cluster with everything below it (the cluster was unchecked).
    void removeCluster(const QString &cluster);
    void clear();

    // Starts (`watch` true, from fetchMore) or stops (false, the row went away) watching the
    // objects a resource owns. The provider answers asynchronously through setOwned(); it must
    // not call back into the model from a `watch == false` call.
    using OwnedProvider = std::function<void(const ResourceId &id, bool watch)>;
    void setOwnedProvider(OwnedProvider provider);
    // Everything the resource `id` owns now (replaces the previous answer: rows are kept by uid,
    // so selection and expansion survive). Ignored unless the row fetched its children.
    void setOwned(const ResourceId &id, const QList<OwnedObject> &objects);
    // Kinds whose objects own ReplicaSets, Jobs or Pods: Deployment, StatefulSet, DaemonSet,
    // ReplicaSet (apps), Job and CronJob (batch).
    static bool ownsChildren(const ResourceKey &key);
    // The owned object behind an Owned row (nullptr for other rows).
    const OwnedObject *owned(const QModelIndex &index) const;
    // The resources whose children are watched (fetched and still in the tree).
    QList<ResourceId> watchedOwners() const;

    // Lookups for views: the result behind a resource row (nullptr for other rows).
    const drift::ResourceResult *result(const QModelIndex &index) const;
    const ClusterStatus *clusterStatus(const QString &cluster) const;
    const SourceStatus *sourceStatus(const QString &cluster, const QString &source) const;
    QModelIndex indexOf(const ResourceId &id, int column = 0) const;
    // Every resource result at or below `index` (the whole tree for an invalid index).
    QList<drift::ResourceResult> resultsBelow(const QModelIndex &index) const;
    NodeType nodeType(const QModelIndex &index) const;
    // Fast paths for proxies (no QVariant): the lower-case "kind/namespace/name" of a resource
    // row (empty for other rows) and the state of a resource row.
    const QString &searchText(const QModelIndex &index) const;
    SyncState resourceState(const QModelIndex &index) const;
    // The name the Name column shows, for sorting; nullptr when it is not the stored name
    // (the "(cluster-scoped)" namespace row), so the caller falls back to data().
    const QString *sortName(const QModelIndex &index) const;
    // Counts per sync state over the whole tree, and the worst state present.
    std::array<int, 6> totalCounts() const;
    int resourceCount() const { return int(m_index.size()); }

    static bool isDrift(SyncState state)
    {
        return state == SyncState::Drifted || state == SyncState::Missing || state == SyncState::Extra;
    }
    static QString clusterStatusText(const ClusterStatus &status);

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A resource newly entered a drift state (Drifted, Missing, Extra) in the last batch.
    void driftAppeared(const QList<driftdeck::drift::ResourceResult> &results);
    void totalsChanged();

private:
    struct Node;
    using Counts = std::array<int, 6>;

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    struct Pending;
    Node *ensureChild(Node *parent, NodeType type, const QString &key, const QString &name, Pending &pending);
    void adopt(Node *parent, std::unique_ptr<Node> child, Pending &pending);
    void pruneUpwards(QSet<Node *> candidates);
    Node *findChild(const Node *parent, const QString &key) const;
    void addCounts(Node *from, const Counts &delta);
    void insertPending(Pending &pending);
    void removeRows(Node *parent, QList<int> rows);
    void forgetSubtree(Node *node);
    bool prunable(const Node *node) const;
    void emitChanged(QHash<Node *, QList<int>> &changedRows);
    void collect(const Node *node, QList<drift::ResourceResult> &out) const;
    QString countsText(const Counts &counts) const;
    QVariant ownedData(const OwnedObject &owned, int column, int role) const;
    void syncOwned(Node *container, const QString &ownerUid, const QMultiHash<QString, const OwnedObject *> &byOwner);

    OwnedProvider m_ownedProvider;
    QHash<ResourceId, Node *> m_watched; // resources whose owned children were fetched

    std::unique_ptr<Node> m_root;
    QHash<ResourceId, Node *> m_index;
    QSet<Node *> m_dirty; // attached parents whose counts changed in the current batch
};

} // namespace driftdeck::models
