// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/treedelegate.h"

#include "models/resourcetreemodel.h"
#include "models/statestyle.h"

#include <QApplication>
#include <QPainter>

namespace driftdeck::views {

using models::ResourceTreeModel;
using models::StateStyle;

void TreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto type = ResourceTreeModel::NodeType(index.data(ResourceTreeModel::NodeTypeRole).toInt());
    if (index.column() == ResourceTreeModel::DetailsColumn && index.data(ResourceTreeModel::ProgressRole).isValid()) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data(ResourceTreeModel::ProgressRole).toInt();
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, opt.widget);
        return;
    }
    if (index.column() == ResourceTreeModel::StateColumn && type == ResourceTreeModel::NodeType::Owned) {
        // "Owned" is not a sync state: dimmed, without a state icon.
        QStyleOptionViewItem opt = option;
        if (!(opt.state & QStyle::State_Selected))
            opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    if (index.column() == ResourceTreeModel::NameColumn) {
        // Kubernetes names differ at their end (web-7c9d4f8b6-x7plr): elide in the middle.
        QStyleOptionViewItem opt = option;
        opt.textElideMode = Qt::ElideMiddle;
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    if (index.column() != ResourceTreeModel::StateColumn || type == ResourceTreeModel::NodeType::RenderError) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int icon = qMin(16, option.rect.height() - 4);
    int x = option.rect.left() + 4;
    const int y = option.rect.top() + (option.rect.height() - icon) / 2;
    painter->save();
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    if (type == ResourceTreeModel::NodeType::Resource) {
        const auto state = SyncState(index.data(ResourceTreeModel::SyncStateRole).toInt());
        StateStyle::icon(state).paint(painter, QRect(x, y, icon, icon));
        x += icon + 4;
        painter->drawText(QRect(x, option.rect.top(), option.rect.right() - x, option.rect.height()),
                          Qt::AlignVCenter | Qt::AlignLeft, StateStyle::label(state));
    } else {
        const QList<int> counts = index.data(ResourceTreeModel::CountsRole).value<QList<int>>();
        const QFontMetrics fm(option.font);
        for (int s = int(counts.size()) - 1; s >= 0 && x < option.rect.right(); --s) {
            if (counts[s] <= 0)
                continue;
            StateStyle::icon(SyncState(s)).paint(painter, QRect(x, y, icon, icon));
            x += icon + 2;
            const QString n = QString::number(counts[s]);
            painter->drawText(QRect(x, option.rect.top(), fm.horizontalAdvance(n) + 1, option.rect.height()),
                              Qt::AlignVCenter | Qt::AlignLeft, n);
            x += fm.horizontalAdvance(n) + 8;
        }
    }
    painter->restore();
}

QSize TreeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(qMax(s.height(), 22));
    return s;
}

} // namespace driftdeck::views
