// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"
#include "core/history/historystore.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace driftdeck::app {

// Writes drift history on the engine's worker thread: every drift event as results change,
// and the counts per state of every cluster once a minute; prunes once a day.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    HistoryRecorder(QString path, int retentionDays, QObject *parent = nullptr);
    ~HistoryRecorder() override;

    // Call on the worker thread after moveToThread.
    void open();
    QString warning() const { return m_warning; }

    void recordResults(const QString &cluster, const QList<drift::ResourceResult> &upserts,
                       const QList<ResourceKey> &removed);
    void sampleNow();

Q_SIGNALS:
    void warningRaised(const QString &message);

private:
    QString m_path;
    int m_retentionDays;
    QString m_warning;
    std::unique_ptr<history::HistoryStore> m_store;
    QHash<QString, QHash<ResourceKey, SyncState>> m_states;
    QTimer *m_sampleTimer = nullptr;
    QTimer *m_pruneTimer = nullptr;
};

} // namespace driftdeck::app
