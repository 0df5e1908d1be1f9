// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/syncstate.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace driftdeck::models {

class ResourceTreeModel;

// Filters and sorts a ResourceTreeModel: text (kind/namespace/name), kind, namespace, a set of
// states and "only drift". Resources are tested directly; a parent stays while anything below it
// passes (our own recursion, not QSortFilterProxyModel's), answered from a cache so a change deep in a 100,000-row tree does
// not rescan the tree. Clusters and render errors are never hidden.
class ResourceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResourceFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setKindFilter(const QString &kind); // empty: every kind
    void setNamespaceFilter(const QString &ns); // empty: every namespace
    void setStateFilter(const QList<SyncState> &states); // empty: every state
    void setOnlyDrift(bool only);
    bool onlyDrift() const { return m_onlyDrift; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool resourceAccepted(const QModelIndex &index) const;
    bool anyBelowAccepted(const QModelIndex &index) const;
    void invalidateUpwards(const QModelIndex &sourceIndex);
    void refilter();

    ResourceTreeModel *m_tree = nullptr;
    QString m_text;
    QString m_kind;
    QString m_ns;
    int m_stateMask = 0; // bit per SyncState; 0 = all
    bool m_onlyDrift = false;
    mutable QHash<const void *, bool> m_cache; // parent node -> something below passes
};

} // namespace driftdeck::models
