// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/historydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace driftdeck::views {

namespace {
QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

HistoryDialog::HistoryDialog(const QString &resource, const QList<history::DriftEvent> &events, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Drift History of %1").arg(resource));
    resize(900, 420);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Field"), tr("Git"), tr("Live"), tr("Changed by"), tr("First seen"), tr("Resolved")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const history::DriftEvent &e = *it;
        auto item = new QTreeWidgetItem(m_list);
        item->setText(0, e.field);
        item->setText(1, e.gitValue);
        item->setText(2, e.liveValue);
        item->setText(3, e.manager.isEmpty() ? tr("unknown") : e.manager);
        item->setText(4, when(e.firstSeen));
        item->setText(5, e.resolvedAt.isValid() ? when(e.resolvedAt) : tr("still drifted"));
        if (!e.resolvedAt.isValid()) {
            QFont bold = item->font(5);
            bold.setBold(true);
            item->setFont(5, bold);
        }
    }
    auto empty = new QLabel(tr("No drift has been recorded for this resource."), this);
    empty->setVisible(events.isEmpty());
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(empty);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

int HistoryDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

QString HistoryDialog::cellText(int row, int column) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->text(column) : QString();
}

} // namespace driftdeck::views
