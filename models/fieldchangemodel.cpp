// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fieldchangemodel.h"

#include <QFont>
#include <QLocale>

namespace driftdeck::models {

FieldChangeModel::FieldChangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FieldChangeModel::setChanges(const QList<drift::FieldChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int FieldChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int FieldChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const drift::FieldChange &c = m_changes[index.row()];
    if (role == PointerRole)
        return c.pointer;
    if (role == OpRole)
        return drift::fieldOpName(c.op);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FieldColumn: return c.field;
        case GitColumn:
            if (c.op == drift::FieldChange::Op::Add)
                return role == Qt::DisplayRole ? tr("(not set)") : tr("Git does not set this field");
            return c.gitValue;
        case LiveColumn:
            if (c.op == drift::FieldChange::Op::Remove)
                return role == Qt::DisplayRole ? tr("(not set)") : tr("The live object does not have this field");
            return c.liveValue;
        case ManagerColumn:
            if (role == Qt::ToolTipRole && !c.operation.isEmpty())
                return tr("%1 (%2)").arg(c.manager, c.operation);
            return c.manager;
        case TimeColumn:
            if (role == Qt::ToolTipRole)
                return fullTime(c.time);
            return shortTime(c.time, QDateTime::currentDateTime());
        default: return {};
        }
    }
    if (role == Qt::FontRole && (index.column() == GitColumn || index.column() == LiveColumn)) {
        QFont f(QStringLiteral("monospace"));
        f.setStyleHint(QFont::Monospace);
        return f;
    }
    return {};
}

QString FieldChangeModel::shortTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return local.toString(QStringLiteral("HH:mm"));
    if (local.date().year() == now.toLocalTime().date().year())
        return QLocale().toString(local.date(), QStringLiteral("MMM d"));
    return local.toString(QStringLiteral("yyyy-MM-dd"));
}

QString FieldChangeModel::fullTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")) : QString();
}

QVariant FieldChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn: return tr("Field");
    case GitColumn: return tr("Git");
    case LiveColumn: return tr("Live");
    case ManagerColumn: return tr("Changed by");
    case TimeColumn: return tr("When");
    default: return {};
    }
}

} // namespace driftdeck::models
