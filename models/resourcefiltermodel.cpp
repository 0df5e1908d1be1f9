// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/resourcefiltermodel.h"

#include "models/resourcetreemodel.h"

namespace driftdeck::models {

using NodeType = ResourceTreeModel::NodeType;

ResourceFilterModel::ResourceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The recursion over children is ours (anyBelowAccepted, cached): the model reports a change
    // below a parent as a change of the parent's counts, so parents are re-evaluated anyway.
    setRecursiveFilteringEnabled(false);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ResourceFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_tree)
        disconnect(m_tree, nullptr, this, nullptr);
    m_tree = qobject_cast<ResourceTreeModel *>(model);
    m_cache.clear();
    // Connected before the base class connects its own handlers, so the cache is fresh when the
    // proxy re-evaluates parents after a change.
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft) { invalidateUpwards(topLeft.parent()); });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_cache.clear(); });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { m_cache.clear(); });
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent) { invalidateUpwards(parent); });
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_cache.clear(); });
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { m_cache.clear(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void ResourceFilterModel::invalidateUpwards(const QModelIndex &sourceIndex)
{
    if (m_cache.isEmpty())
        return;
    for (QModelIndex i = sourceIndex; i.isValid(); i = i.parent())
        m_cache.remove(i.internalPointer());
}

bool ResourceFilterModel::isFiltering() const
{
    return !m_text.isEmpty() || !m_kind.isEmpty() || !m_ns.isEmpty() || m_stateMask != 0 || m_onlyDrift;
}

void ResourceFilterModel::refilter()
{
    m_cache.clear();
    invalidateFilter();
}

void ResourceFilterModel::setFilterText(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_text)
        return;
    m_text = lower;
    refilter();
}

void ResourceFilterModel::setKindFilter(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refilter();
}

void ResourceFilterModel::setNamespaceFilter(const QString &ns)
{
    if (ns == m_ns)
        return;
    m_ns = ns;
    refilter();
}

void ResourceFilterModel::setStateFilter(const QList<SyncState> &states)
{
    int mask = 0;
    for (SyncState s : states)
        mask |= 1 << int(s);
    if (mask == m_stateMask)
        return;
    m_stateMask = mask;
    refilter();
}

void ResourceFilterModel::setOnlyDrift(bool only)
{
    if (only == m_onlyDrift)
        return;
    m_onlyDrift = only;
    refilter();
}

bool ResourceFilterModel::resourceAccepted(const QModelIndex &index) const
{
    const int state = int(m_tree ? m_tree->resourceState(index)
                                 : SyncState(index.data(ResourceTreeModel::SyncStateRole).toInt()));
    if (m_onlyDrift && !ResourceTreeModel::isDrift(SyncState(state)))
        return false;
    if (m_stateMask && !(m_stateMask & (1 << state)))
        return false;
    if (!m_kind.isEmpty() && index.data(ResourceTreeModel::KindRole).toString() != m_kind)
        return false;
    if (!m_ns.isEmpty() && index.data(ResourceTreeModel::NamespaceRole).toString() != m_ns)
        return false;
    if (!m_text.isEmpty()
        && !(m_tree ? m_tree->searchText(index) : index.data(ResourceTreeModel::SearchTextRole).toString()).contains(m_text))
        return false;
    return true;
}

bool ResourceFilterModel::anyBelowAccepted(const QModelIndex &index) const
{
    const void *key = index.internalPointer();
    if (auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    const QAbstractItemModel *model = sourceModel();
    bool any = false;
    // Counts answer the state-only filters without visiting the rows.
    if (m_text.isEmpty() && m_kind.isEmpty() && m_ns.isEmpty()) {
        const QList<int> counts = index.data(ResourceTreeModel::CountsRole).value<QList<int>>();
        for (int s = 0; s < counts.size() && !any; ++s) {
            const bool stateOk = (!m_onlyDrift || ResourceTreeModel::isDrift(SyncState(s)))
                                 && (!m_stateMask || (m_stateMask & (1 << s)));
            any = stateOk && counts[s] > 0;
        }
    }
    if (!any) {
        const int rows = model->rowCount(index);
        for (int r = 0; r < rows && !any; ++r) {
            const QModelIndex child = model->index(r, 0, index);
            const auto type = m_tree ? m_tree->nodeType(child) : NodeType(child.data(ResourceTreeModel::NodeTypeRole).toInt());
            if (type == NodeType::Resource)
                any = resourceAccepted(child);
            else if (type == NodeType::Owned)
                continue; // owned objects follow their resource; they never keep a parent
            else if (type == NodeType::RenderError)
                any = true;
            else
                any = anyBelowAccepted(child);
        }
    }
    m_cache.insert(key, any);
    return any;
}

bool ResourceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_tree ? m_tree->nodeType(index) : NodeType(index.data(ResourceTreeModel::NodeTypeRole).toInt())) {
    case NodeType::Resource: return resourceAccepted(index);
    case NodeType::Owned: return true; // shown when their resource is
    case NodeType::Cluster:
    case NodeType::RenderError: return true;
    default: return anyBelowAccepted(index);
    }
}

bool ResourceFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Fast path without QVariant: dynamic sorting calls this for every changed row.
    const int lt = m_tree ? int(m_tree->nodeType(left)) : left.data(ResourceTreeModel::NodeTypeRole).toInt();
    const int rt = m_tree ? int(m_tree->nodeType(right)) : right.data(ResourceTreeModel::NodeTypeRole).toInt();
    // Render errors before everything else under a source.
    if (lt != rt)
        return rt < lt;
    if (left.column() == ResourceTreeModel::StateColumn) {
        const QVariant ls = left.data(ResourceTreeModel::SyncStateRole);
        const QVariant rs = right.data(ResourceTreeModel::SyncStateRole);
        if (ls != rs)
            return ls.toInt() < rs.toInt();
    } else if (left.column() == ResourceTreeModel::HealthColumn) {
        const int lh = left.data(ResourceTreeModel::HealthStateRole).toInt();
        const int rh = right.data(ResourceTreeModel::HealthStateRole).toInt();
        if (lh != rh)
            return lh < rh;
    }
    if (m_tree) {
        const QString *ln = m_tree->sortName(left);
        const QString *rn = m_tree->sortName(right);
        if (ln && rn)
            return ln->compare(*rn, Qt::CaseInsensitive) < 0;
    }
    const QString ln = left.siblingAtColumn(0).data().toString();
    const QString rn = right.siblingAtColumn(0).data().toString();
    return ln.compare(rn, Qt::CaseInsensitive) < 0;
}

} // namespace driftdeck::models
