// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/resourcetreemodel.h"

#include "models/statestyle.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <unordered_map>

namespace driftdeck::models {

struct ResourceTreeModel::Node
{
    NodeType type = NodeType::Root;
    Node *parent = nullptr;
    int row = 0;
    bool attached = false;
    QString name;
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node *> byName; // structural children by key
    Counts counts{};
    std::unique_ptr<drift::ResourceResult> result;
    QString searchText;
    std::unique_ptr<ClusterStatus> cluster;
    std::unique_ptr<SourceStatus> source;
    std::unique_ptr<RenderError> error;
    std::unique_ptr<OwnedObject> owned;
    bool fetched = false; // a resource whose owned children are watched
};

// New children of attached parents, inserted with one beginInsertRows per parent.
struct ResourceTreeModel::Pending
{
    std::vector<std::pair<Node *, std::vector<std::unique_ptr<Node>>>> groups;
    std::unordered_map<Node *, size_t> where;

    std::vector<std::unique_ptr<Node>> &of(Node *parent)
    {
        auto it = where.find(parent);
        if (it != where.end())
            return groups[it->second].second;
        where.emplace(parent, groups.size());
        groups.emplace_back(parent, std::vector<std::unique_ptr<Node>>{});
        return groups.back().second;
    }
};

namespace {

int worstIndex(const std::array<int, 6> &counts)
{
    int worst = -1;
    for (int i = 0; i < int(counts.size()); ++i) {
        if (counts[size_t(i)] > 0)
            worst = i;
    }
    return worst;
}


QString kindKey(const ResourceKey &key)
{
    return key.group.isEmpty() ? key.kind : key.kind + u'.' + key.group;
}

} // namespace

ResourceTreeModel::ResourceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->attached = true;
}

ResourceTreeModel::~ResourceTreeModel() = default;

ResourceTreeModel::Node *ResourceTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ResourceTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

ResourceTreeModel::Node *ResourceTreeModel::findChild(const Node *parent, const QString &key) const
{
    return parent ? parent->byName.value(key) : nullptr;
}

void ResourceTreeModel::adopt(Node *parent, std::unique_ptr<Node> child, Pending &pending)
{
    child->parent = parent;
    if (parent->attached) {
        pending.of(parent).push_back(std::move(child));
    } else {
        child->row = int(parent->children.size());
        parent->children.push_back(std::move(child));
    }
}

ResourceTreeModel::Node *ResourceTreeModel::ensureChild(Node *parent, NodeType type, const QString &key,
                                                        const QString &name, Pending &pending)
{
    if (Node *existing = parent->byName.value(key))
        return existing;
    auto node = std::make_unique<Node>();
    node->type = type;
    node->name = name;
    Node *raw = node.get();
    parent->byName.insert(key, raw);
    adopt(parent, std::move(node), pending);
    return raw;
}

void ResourceTreeModel::addCounts(Node *from, const Counts &delta)
{
    for (Node *n = from; n; n = n->parent) {
        for (size_t i = 0; i < delta.size(); ++i)
            n->counts[i] += delta[i];
        if (n->attached && n != m_root.get())
            m_dirty.insert(n);
    }
}

void ResourceTreeModel::insertPending(Pending &pending)
{
    for (auto &[parent, nodes] : pending.groups) {
        if (nodes.empty())
            continue;
        const int first = int(parent->children.size());
        beginInsertRows(indexFor(parent), first, first + int(nodes.size()) - 1);
        for (auto &node : nodes) {
            node->row = int(parent->children.size());
            // The whole new subtree becomes visible with its root.
            std::vector<Node *> stack{node.get()};
            while (!stack.empty()) {
                Node *n = stack.back();
                stack.pop_back();
                n->attached = true;
                for (auto &c : n->children)
                    stack.push_back(c.get());
            }
            parent->children.push_back(std::move(node));
        }
        endInsertRows();
    }
    pending.groups.clear();
    pending.where.clear();
}

void ResourceTreeModel::forgetSubtree(Node *node)
{
    std::vector<Node *> stack{node};
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        m_dirty.remove(n);
        if (n->result) {
            const ResourceId id = ResourceId::of(*n->result);
            m_index.remove(id);
            if (n->fetched) {
                m_watched.remove(id);
                if (m_ownedProvider)
                    m_ownedProvider(id, false);
            }
        }
        for (auto &c : n->children)
            stack.push_back(c.get());
    }
    if (node->parent) {
        for (auto it = node->parent->byName.begin(); it != node->parent->byName.end(); ++it) {
            if (it.value() == node) {
                node->parent->byName.erase(it);
                break;
            }
        }
    }
}

void ResourceTreeModel::removeRows(Node *parent, QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const QModelIndex parentIndex = indexFor(parent);
    int i = 0;
    while (i < rows.size()) {
        const int last = rows[i];
        int first = last;
        while (i + 1 < rows.size() && rows[i + 1] == first - 1) {
            ++i;
            --first;
        }
        ++i;
        beginRemoveRows(parentIndex, first, last);
        for (int r = first; r <= last; ++r)
            forgetSubtree(parent->children[size_t(r)].get());
        parent->children.erase(parent->children.begin() + first, parent->children.begin() + last + 1);
        for (size_t r = size_t(first); r < parent->children.size(); ++r)
            parent->children[r]->row = int(r);
        endRemoveRows();
    }
}

bool ResourceTreeModel::prunable(const Node *node) const
{
    if (!node->children.empty())
        return false;
    switch (node->type) {
    case NodeType::Namespace:
    case NodeType::Kind: return true;
    case NodeType::Source: return !node->source;
    case NodeType::Cluster: return !node->cluster;
    default: return false;
    }
}

void ResourceTreeModel::pruneUpwards(QSet<Node *> candidates)
{
    while (!candidates.isEmpty()) {
        QHash<Node *, QList<int>> byParent;
        for (Node *n : std::as_const(candidates)) {
            if (n != m_root.get() && prunable(n))
                byParent[n->parent].append(n->row);
        }
        candidates.clear();
        for (auto it = byParent.begin(); it != byParent.end(); ++it) {
            removeRows(it.key(), it.value());
            candidates.insert(it.key());
        }
    }
}

void ResourceTreeModel::emitChanged(QHash<Node *, QList<int>> &changedRows)
{
    for (auto it = changedRows.begin(); it != changedRows.end(); ++it) {
        QList<int> &rows = it.value();
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        const QModelIndex parentIndex = indexFor(it.key());
        int i = 0;
        while (i < rows.size()) {
            const int first = rows[i];
            int last = first;
            while (i + 1 < rows.size() && rows[i + 1] == last + 1) {
                ++i;
                ++last;
            }
            ++i;
            Q_EMIT dataChanged(index(first, 0, parentIndex), index(last, ColumnCount - 1, parentIndex));
        }
    }
}

void ResourceTreeModel::applyBatch(const ResourceBatch &batch)
{
    if (batch.isEmpty())
        return;
    // Removals first: a batch never removes what it also upserts (the feeder merges them).
    QHash<Node *, QList<int>> removeByParent;
    for (const ResourceId &id : batch.removals) {
        Node *n = m_index.value(id);
        if (!n)
            continue;
        Counts delta{};
        delta[size_t(n->result->state)] = -1;
        addCounts(n->parent, delta);
        removeByParent[n->parent].append(n->row);
    }
    QSet<Node *> candidates;
    for (auto it = removeByParent.begin(); it != removeByParent.end(); ++it) {
        removeRows(it.key(), it.value());
        candidates.insert(it.key());
    }
    pruneUpwards(std::move(candidates));

    Pending pending;
    QHash<Node *, QList<int>> changed;
    QList<drift::ResourceResult> appeared;
    for (const drift::ResourceResult &r : batch.upserts) {
        const ResourceId id = ResourceId::of(r);
        if (Node *n = m_index.value(id)) {
            const SyncState old = n->result->state;
            if (old != r.state) {
                Counts delta{};
                delta[size_t(old)] = -1;
                delta[size_t(r.state)] = 1;
                n->counts = {};
                n->counts[size_t(r.state)] = 1;
                addCounts(n->parent, delta);
                if (isDrift(r.state) && !isDrift(old))
                    appeared.append(r);
            }
            *n->result = r;
            if (n->attached)
                changed[n->parent].append(n->row);
            continue;
        }
        Node *cluster = ensureChild(m_root.get(), NodeType::Cluster, r.cluster, r.cluster, pending);
        Node *source = ensureChild(cluster, NodeType::Source, r.source, r.source, pending);
        Node *ns = ensureChild(source, NodeType::Namespace, r.key.ns, r.key.ns, pending);
        Node *kind = ensureChild(ns, NodeType::Kind, kindKey(r.key), r.key.kind, pending);
        auto node = std::make_unique<Node>();
        node->type = NodeType::Resource;
        node->name = r.key.name;
        node->counts[size_t(r.state)] = 1;
        node->searchText = (r.key.kind + u'/' + r.key.ns + u'/' + r.key.name).toLower();
        node->result = std::make_unique<drift::ResourceResult>(r);
        m_index.insert(id, node.get());
        addCounts(kind, node->counts);
        if (isDrift(r.state) && cluster->cluster && cluster->cluster->state == ClusterStatus::State::Live)
            appeared.append(r);
        adopt(kind, std::move(node), pending);
    }
    insertPending(pending);
    emitChanged(changed);

    QHash<Node *, QList<int>> dirtyRows;
    for (Node *n : std::as_const(m_dirty))
        dirtyRows[n->parent].append(n->row);
    m_dirty.clear();
    emitChanged(dirtyRows);

    Q_EMIT totalsChanged();
    if (!appeared.isEmpty())
        Q_EMIT driftAppeared(appeared);
}

void ResourceTreeModel::setClusterStatus(const ClusterStatus &status)
{
    Pending pending;
    Node *n = ensureChild(m_root.get(), NodeType::Cluster, status.name, status.name, pending);
    n->cluster = std::make_unique<ClusterStatus>(status);
    if (!pending.groups.empty())
        insertPending(pending);
    else
        Q_EMIT dataChanged(indexFor(n, 0), indexFor(n, ColumnCount - 1));
    Q_EMIT totalsChanged();
}

void ResourceTreeModel::setSourceStatus(const SourceStatus &status)
{
    Pending pending;
    Node *cluster = ensureChild(m_root.get(), NodeType::Cluster, status.cluster, status.cluster, pending);
    Node *source = ensureChild(cluster, NodeType::Source, status.source, status.source, pending);
    insertPending(pending);
    source->source = std::make_unique<SourceStatus>(status);
    QList<int> oldErrors;
    for (const auto &c : source->children) {
        if (c->type == NodeType::RenderError)
            oldErrors.append(c->row);
    }
    if (!oldErrors.isEmpty())
        removeRows(source, oldErrors);
    for (const RenderError &e : status.errors) {
        auto node = std::make_unique<Node>();
        node->type = NodeType::RenderError;
        node->name = e.line > 0 ? e.file + u':' + QString::number(e.line) : e.file;
        node->error = std::make_unique<RenderError>(e);
        adopt(source, std::move(node), pending);
    }
    insertPending(pending);
    Q_EMIT dataChanged(indexFor(source, 0), indexFor(source, ColumnCount - 1));
}

void ResourceTreeModel::removeCluster(const QString &cluster)
{
    Node *n = findChild(m_root.get(), cluster);
    if (!n)
        return;
    for (size_t i = 0; i < m_root->counts.size(); ++i)
        m_root->counts[i] -= n->counts[i];
    removeRows(m_root.get(), {n->row});
    Q_EMIT totalsChanged();
}

void ResourceTreeModel::clear()
{
    if (m_root->children.empty())
        return;
    const QList<ResourceId> watched = m_watched.keys();
    m_watched.clear();
    if (m_ownedProvider) {
        for (const ResourceId &id : watched)
            m_ownedProvider(id, false);
    }
    beginRemoveRows({}, 0, int(m_root->children.size()) - 1);
    m_root->children.clear();
    m_root->byName.clear();
    m_root->counts = {};
    m_index.clear();
    m_dirty.clear();
    endRemoveRows();
    Q_EMIT totalsChanged();
}

const drift::ResourceResult *ResourceTreeModel::result(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return nodeFor(index)->result.get();
}

const ClusterStatus *ResourceTreeModel::clusterStatus(const QString &cluster) const
{
    const Node *n = findChild(m_root.get(), cluster);
    return n ? n->cluster.get() : nullptr;
}

const SourceStatus *ResourceTreeModel::sourceStatus(const QString &cluster, const QString &source) const
{
    const Node *n = findChild(findChild(m_root.get(), cluster), source);
    return n ? n->source.get() : nullptr;
}

QModelIndex ResourceTreeModel::indexOf(const ResourceId &id, int column) const
{
    const Node *n = m_index.value(id);
    return n && n->attached ? indexFor(n, column) : QModelIndex();
}

ResourceTreeModel::NodeType ResourceTreeModel::nodeType(const QModelIndex &index) const
{
    if (index.isValid() && index.model() != this)
        return NodeType::Root;
    return nodeFor(index)->type;
}

const QString &ResourceTreeModel::searchText(const QModelIndex &index) const
{
    return nodeFor(index)->searchText;
}

const QString *ResourceTreeModel::sortName(const QModelIndex &index) const
{
    const Node *n = nodeFor(index);
    if (n->type == NodeType::Namespace && n->name.isEmpty())
        return nullptr;
    return &n->name;
}

SyncState ResourceTreeModel::resourceState(const QModelIndex &index) const
{
    const Node *n = nodeFor(index);
    return n->result ? n->result->state : SyncState::Unknown;
}

void ResourceTreeModel::collect(const Node *node, QList<drift::ResourceResult> &out) const
{
    if (node->result)
        out.append(*node->result);
    for (const auto &c : node->children)
        collect(c.get(), out);
}

QList<drift::ResourceResult> ResourceTreeModel::resultsBelow(const QModelIndex &index) const
{
    QList<drift::ResourceResult> out;
    if (index.isValid() && index.model() != this)
        return out;
    collect(nodeFor(index), out);
    return out;
}

std::array<int, 6> ResourceTreeModel::totalCounts() const
{
    return m_root->counts;
}

QString ResourceTreeModel::clusterStatusText(const ClusterStatus &s)
{
    switch (s.state) {
    case ClusterStatus::State::Connecting: return tr("Connecting…");
    case ClusterStatus::State::Listing:
        return s.progress >= 0 ? tr("Listing resources… %1%").arg(s.progress) : tr("Listing resources…");
    case ClusterStatus::State::Live: return tr("Live");
    case ClusterStatus::State::Degraded:
        return s.message.isEmpty() ? tr("Degraded") : tr("Degraded: %1").arg(s.message);
    case ClusterStatus::State::Unreachable: {
        const QString when = s.since.isValid() ? s.since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                               : tr("unknown time");
        return s.message.isEmpty() ? tr("Unreachable since %1").arg(when)
                                   : tr("Unreachable since %1: %2").arg(when, s.message);
    }
    }
    return {};
}

QString ResourceTreeModel::countsText(const Counts &counts) const
{
    QStringList parts;
    // Worst first: what needs attention reads first.
    for (int i = int(counts.size()) - 1; i >= 0; --i) {
        if (counts[size_t(i)] > 0)
            parts << StateStyle::label(SyncState(i)) + u": " + QString::number(counts[size_t(i)]);
    }
    return parts.join(QStringLiteral(", "));
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const Node *p = nodeFor(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ResourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int ResourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ResourceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ResourceTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0 || canFetchMore(parent);
}

Qt::ItemFlags ResourceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!hasChildren(index.siblingAtColumn(0)))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

bool ResourceTreeModel::ownsChildren(const ResourceKey &key)
{
    if (key.group == u"apps")
        return key.kind == u"Deployment" || key.kind == u"StatefulSet" || key.kind == u"DaemonSet"
               || key.kind == u"ReplicaSet";
    if (key.group == u"batch")
        return key.kind == u"Job" || key.kind == u"CronJob";
    return false;
}

bool ResourceTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!m_ownedProvider || !parent.isValid() || parent.column() != 0 || parent.model() != this)
        return false;
    const Node *n = nodeFor(parent);
    // A Missing resource has no live object, so nothing in the cluster can be owned by it.
    return n->result && !n->fetched && n->result->state != SyncState::Missing && ownsChildren(n->result->key);
}

void ResourceTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *n = nodeFor(parent);
    n->fetched = true;
    const ResourceId id = ResourceId::of(*n->result);
    m_watched.insert(id, n);
    m_ownedProvider(id, true);
}

void ResourceTreeModel::setOwnedProvider(OwnedProvider provider)
{
    m_ownedProvider = std::move(provider);
}

QList<ResourceId> ResourceTreeModel::watchedOwners() const
{
    return m_watched.keys();
}

const OwnedObject *ResourceTreeModel::owned(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return nodeFor(index)->owned.get();
}

void ResourceTreeModel::setOwned(const ResourceId &id, const QList<OwnedObject> &objects)
{
    Node *n = m_watched.value(id);
    if (!n)
        return; // not fetched, or the row went away meanwhile
    QSet<QString> uids;
    for (const OwnedObject &o : objects)
        uids.insert(o.uid);
    QMultiHash<QString, const OwnedObject *> byOwner;
    for (const OwnedObject &o : objects) {
        // An owner that is not in the answer (not a kind that is followed): show it at the top.
        byOwner.insert(uids.contains(o.ownerUid) && o.ownerUid != o.uid ? o.ownerUid : QString(), &o);
    }
    syncOwned(n, QString(), byOwner);
}

void ResourceTreeModel::syncOwned(Node *container, const QString &ownerUid,
                                  const QMultiHash<QString, const OwnedObject *> &byOwner)
{
    QList<const OwnedObject *> wanted = byOwner.values(ownerUid);
    std::sort(wanted.begin(), wanted.end(), [](const OwnedObject *a, const OwnedObject *b) {
        return std::tie(a->key.kind, a->key.name) < std::tie(b->key.kind, b->key.name);
    });
    QSet<QString> wantedUids;
    for (const OwnedObject *o : wanted)
        wantedUids.insert(o->uid);
    QList<int> gone;
    for (const auto &c : container->children) {
        if (c->owned && !wantedUids.contains(c->owned->uid))
            gone.append(c->row);
    }
    if (!gone.isEmpty())
        removeRows(container, gone);
    Pending pending;
    QHash<Node *, QList<int>> changed;
    for (const OwnedObject *o : wanted) {
        if (Node *c = container->byName.value(o->uid)) {
            if (!(*c->owned == *o)) {
                *c->owned = *o;
                c->name = o->key.name;
                changed[container].append(c->row);
            }
            continue;
        }
        auto node = std::make_unique<Node>();
        node->type = NodeType::Owned;
        node->name = o->key.name;
        node->owned = std::make_unique<OwnedObject>(*o);
        container->byName.insert(o->uid, node.get());
        adopt(container, std::move(node), pending);
    }
    insertPending(pending);
    emitChanged(changed);
    for (const auto &c : container->children) {
        if (c->owned)
            syncOwned(c.get(), c->owned->uid, byOwner);
    }
}

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case HealthColumn: return tr("Health");
    case DetailsColumn: return tr("Details");
    default: return {};
    }
}

QVariant ResourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    const drift::ResourceResult *r = n->result.get();
    const int worst = worstIndex(n->counts);
    switch (role) {
    case NodeTypeRole: return int(n->type);
    case SyncStateRole: return worst >= 0 ? QVariant(worst) : QVariant();
    case HealthStateRole:
        if (n->owned)
            return int(n->owned->health);
        return r ? QVariant(int(r->health)) : QVariant();
    case CountsRole: return QVariant::fromValue(QList<int>(n->counts.begin(), n->counts.end()));
    case ClusterRole: {
        const Node *c = n;
        while (c->parent && c->type != NodeType::Cluster)
            c = c->parent;
        return c->type == NodeType::Cluster ? c->name : QString();
    }
    case SourceRole: {
        const Node *c = n;
        while (c->parent && c->type != NodeType::Source)
            c = c->parent;
        return c->type == NodeType::Source ? c->name : QString();
    }
    case NamespaceRole:
        if (r)
            return r->key.ns;
        if (n->owned)
            return n->owned->key.ns;
        if (n->type == NodeType::Namespace)
            return n->name;
        if (n->type == NodeType::Kind)
            return n->parent->name;
        return {};
    case KindRole:
        if (r)
            return r->key.kind;
        if (n->owned)
            return n->owned->key.kind;
        if (n->type == NodeType::Kind)
            return n->name;
        return {};
    case SearchTextRole: return n->searchText;
    case ClusterStateRole: return n->cluster ? QVariant(int(n->cluster->state)) : QVariant();
    case ProgressRole:
        return n->cluster && n->cluster->state == ClusterStatus::State::Listing && n->cluster->progress >= 0
                   ? QVariant(n->cluster->progress)
                   : QVariant();
    case HasDriftRole:
        return n->counts[size_t(SyncState::Drifted)] + n->counts[size_t(SyncState::Missing)]
                   + n->counts[size_t(SyncState::Extra)]
               > 0;
    default: break;
    }

    const int column = index.column();
    if (n->owned)
        return ownedData(*n->owned, column, role);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case NameColumn:
            if (n->type == NodeType::Namespace && n->name.isEmpty())
                return tr("(cluster-scoped)");
            if (role == Qt::ToolTipRole && r)
                return r->key.displayName();
            return n->name;
        case StateColumn:
            if (r)
                return StateStyle::label(r->state);
            return countsText(n->counts);
        case HealthColumn:
            if (r)
                return role == Qt::ToolTipRole && !r->healthMessage.isEmpty() ? r->healthMessage
                                                                              : StateStyle::label(r->health);
            return {};
        case DetailsColumn:
            if (r) {
                if (r->state == SyncState::Drifted && !r->changes.isEmpty())
                    return r->changes.size() == 1 ? tr("1 field differs")
                                                  : tr("%1 fields differ").arg(r->changes.size());
                return r->reason;
            }
            if (n->cluster)
                return clusterStatusText(*n->cluster);
            if (n->source) {
                const SourceStatus &s = *n->source;
                if (!s.errors.isEmpty())
                    return s.errors.size() == 1 ? tr("1 file failed to render")
                                                : tr("%1 files failed to render").arg(s.errors.size());
                return s.origin;
            }
            if (n->error)
                return n->error->message;
            return {};
        default: return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if (column == NameColumn) {
            if (n->type == NodeType::RenderError)
                return StateStyle::icon(HealthState::Degraded);
            if (n->type == NodeType::Cluster && n->cluster && n->cluster->state == ClusterStatus::State::Unreachable)
                return StateStyle::icon(HealthState::Degraded);
            if (worst >= 0)
                return StateStyle::icon(SyncState(worst));
            return {};
        }
        if (column == HealthColumn && r)
            return StateStyle::icon(r->health);
        return {};
    }
    if (role == Qt::FontRole && n->type == NodeType::Cluster) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant ResourceTreeModel::ownedData(const OwnedObject &o, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn: return o.key.name;
        case StateColumn: return tr("Owned");
        case HealthColumn: return o.healthRead ? StateStyle::label(o.health) : tr("Reading…");
        case DetailsColumn: return o.healthMessage.isEmpty() ? o.key.kind : o.key.kind + u" · " + o.healthMessage;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case NameColumn: return o.key.displayName();
        case StateColumn:
            return tr("Created in the cluster by its owner; not declared in Git, so it has no sync state of its own.");
        case HealthColumn:
            if (!o.healthRead)
                return tr("Reading the object from the cluster…");
            return o.healthMessage.isEmpty() ? StateStyle::label(o.health) : o.healthMessage;
        case DetailsColumn: return o.healthMessage.isEmpty() ? o.key.kind : o.key.kind + u" · " + o.healthMessage;
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && column == HealthColumn && o.healthRead)
        return StateStyle::icon(o.health);
    return {};
}

} // namespace driftdeck::models
