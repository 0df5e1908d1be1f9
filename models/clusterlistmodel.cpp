// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/clusterlistmodel.h"

#include "core/common/syncstate.h"
#include "models/resourcetreemodel.h"
#include "models/statestyle.h"

namespace driftdeck::models {

ClusterListModel::ClusterListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClusterListModel::setClusters(const QStringList &all, const QStringList &checked)
{
    beginResetModel();
    QList<Entry> entries;
    for (const QString &name : all) {
        Entry e;
        e.name = name;
        e.checked = checked.contains(name);
        // Keep what is known about a cluster that stays.
        if (const int old = rowOf(name); old >= 0 && e.checked)
            e.status = m_entries[old].status;
        entries.append(e);
    }
    // A connected cluster missing from the list (a workspace names it) is still shown.
    for (const QString &name : checked) {
        if (!all.contains(name))
            entries.append(Entry{name, true, {}});
    }
    m_entries = std::move(entries);
    endResetModel();
}

int ClusterListModel::rowOf(const QString &cluster) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].name == cluster)
            return i;
    }
    return -1;
}

QModelIndex ClusterListModel::indexOf(const QString &cluster, int column) const
{
    const int row = rowOf(cluster);
    return row >= 0 ? index(row, column) : QModelIndex();
}

void ClusterListModel::setStatus(const ClusterStatus &status)
{
    const int row = rowOf(status.name);
    if (row < 0)
        return;
    m_entries[row].status = status;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ClusterListModel::setChecked(const QString &cluster, bool checked)
{
    const int row = rowOf(cluster);
    if (row < 0 || m_entries[row].checked == checked)
        return;
    m_entries[row].checked = checked;
    if (!checked)
        m_entries[row].status.reset();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QStringList ClusterListModel::clusters() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.name;
    return out;
}

QStringList ClusterListModel::checkedClusters() const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        if (e.checked)
            out << e.name;
    }
    return out;
}

bool ClusterListModel::isChecked(const QString &cluster) const
{
    const int row = rowOf(cluster);
    return row >= 0 && m_entries[row].checked;
}

int ClusterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ClusterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case ClusterStateRole: return e.status ? QVariant(int(e.status->state)) : QVariant();
    case ProgressRole:
        return e.status && e.status->state == ClusterStatus::State::Listing && e.status->progress >= 0
                   ? QVariant(e.status->progress)
                   : QVariant();
    default: break;
    }
    if (index.column() == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole: return e.name;
        case Qt::CheckStateRole: return e.checked ? Qt::Checked : Qt::Unchecked;
        case Qt::DecorationRole:
            if (!e.status)
                return {};
            switch (e.status->state) {
            case ClusterStatus::State::Live: return StateStyle::icon(HealthState::Healthy);
            case ClusterStatus::State::Degraded:
            case ClusterStatus::State::Unreachable: return StateStyle::icon(HealthState::Degraded);
            case ClusterStatus::State::Connecting:
            case ClusterStatus::State::Listing: return StateStyle::icon(HealthState::Progressing);
            }
            return {};
        default: return {};
        }
    }
    if (index.column() == StatusColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        if (!e.checked)
            return tr("Not connected");
        return e.status ? ResourceTreeModel::clusterStatusText(*e.status) : ResourceTreeModel::clusterStatusText({});
    }
    return {};
}

bool ClusterListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    Entry &e = m_entries[index.row()];
    if (e.checked == checked)
        return true;
    e.checked = checked;
    e.status.reset();
    if (checked)
        e.status = ClusterStatus{e.name, ClusterStatus::State::Connecting, -1, {}, QDateTime::currentDateTimeUtc()};
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT checkedChanged(e.name, checked);
    return true;
}

QVariant ClusterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Cluster");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

Qt::ItemFlags ClusterListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace driftdeck::models
