// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace driftdeck::views {

// The resource tree's view. With uniform row heights a data change only repaints: rows below a
// collapsed row are skipped, and QTreeView's row-height bookkeeping (unused with uniform rows)
// is not done. QTreeView and QAbstractItemView look every changed index up in the list of
// visible rows, a linear scan when the row is not visible (a kind in a collapsed namespace),
// and a batch of 1,000 changes in a 100,000-resource tree sends hundreds of such signals
// (docs/performance.md).
class ResourceTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit ResourceTreeView(QWidget *parent = nullptr);

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {}) override;
};

} // namespace driftdeck::views
