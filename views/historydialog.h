// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/historystore.h"

#include <QDialog>

class QTreeWidget;

namespace driftdeck::views {

// A resource's drift history: every drifted field, who changed it, when it was first seen
// and when it was resolved (or that it is still open).
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(const QString &resource, const QList<history::DriftEvent> &events, QWidget *parent = nullptr);

    int rowCount() const;
    QString cellText(int row, int column) const;

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace driftdeck::views
