// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace driftdeck::models {

// The field list beside the diff: path, Git value, live value, manager, time. The list is small
// and swapped whole when another resource is selected.
class FieldChangeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, GitColumn, LiveColumn, ManagerColumn, TimeColumn, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1, OpRole };

    explicit FieldChangeModel(QObject *parent = nullptr);

    void setChanges(const QList<drift::FieldChange> &changes);
    const QList<drift::FieldChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The When column: "HH:mm" for a change made on the same local day as now, the month and
    // day ("Nov 26", QLocale) earlier in the same year, "yyyy-MM-dd" before that; the tooltip
    // carries the full local timestamp (fullTime). Static text, so the list never needs a
    // refresh timer (a relative "12 min ago" would).
    static QString shortTime(const QDateTime &time, const QDateTime &now);
    static QString fullTime(const QDateTime &time);

private:
    QList<drift::FieldChange> m_changes;
};

} // namespace driftdeck::models
