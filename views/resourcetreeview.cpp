// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/resourcetreeview.h"

#include <QAccessible>

namespace driftdeck::views {

ResourceTreeView::ResourceTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setUniformRowHeights(true);
}

void ResourceTreeView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!uniformRowHeights()) {
        QTreeView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    // Rows below a collapsed row are not shown: nothing to repaint. (The base classes would
    // look each index up in the visible rows to find its rectangle, a linear scan per index.)
    for (QModelIndex p = topLeft.parent(); p.isValid(); p = p.parent()) {
        if (!isExpanded(p))
            return;
    }
    // Rows gain or lose children only through row insertions and removals, which QTreeView
    // handles; a data change never alters the layout here, only what is painted. The tree has
    // no editors, so a repaint is all QAbstractItemView would do, except for assistive
    // technology, which gets the base class's precise change events.
    if (QAccessible::isActive())
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    else
        viewport()->update();
}

} // namespace driftdeck::views
