// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/clusterstatus.h"

#include <QAbstractTableModel>

#include <optional>

namespace driftdeck::models {

// The clusters of the kubeconfig, each checkable: checked clusters are connected and shown in
// the resource tree, with their connection status (connecting, listing with progress, live,
// degraded, unreachable since T with the reason). Checking or unchecking a row only asks for it
// (checkedChanged); the app connects or disconnects and reports back through setStatus().
class ClusterListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, ColumnCount };
    enum Role { ClusterStateRole = Qt::UserRole + 1, ProgressRole };

    explicit ClusterListModel(QObject *parent = nullptr);

    // Every context (in kubeconfig order) and the ones connected now.
    void setClusters(const QStringList &all, const QStringList &checked);
    void setStatus(const ClusterStatus &status);
    // Checks or unchecks without asking (the app changed it).
    void setChecked(const QString &cluster, bool checked);
    QStringList clusters() const;
    QStringList checkedClusters() const;
    bool isChecked(const QString &cluster) const;
    QModelIndex indexOf(const QString &cluster, int column = NameColumn) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedChanged(const QString &cluster, bool checked);

private:
    struct Entry
    {
        QString name;
        bool checked = false;
        std::optional<ClusterStatus> status;
    };
    int rowOf(const QString &cluster) const;

    QList<Entry> m_entries;
};

} // namespace driftdeck::models
