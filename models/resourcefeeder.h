// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/resourcebatch.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <mutex>

namespace driftdeck::models {

class ResourceTreeModel;

// Accepts batches from any thread and applies them to the model on the model's thread, merged,
// at most once per interval (100 ms: about 10 a second). A later upsert of the same resource
// replaces an earlier one; a removal cancels a pending upsert.
class ResourceFeeder : public QObject
{
    Q_OBJECT
public:
    explicit ResourceFeeder(ResourceTreeModel *model, QObject *parent = nullptr);

    // Thread-safe.
    void submit(const driftdeck::models::ResourceBatch &batch);
    void setInterval(int milliseconds);
    int interval() const { return m_interval; }
    // True when nothing waits to be applied.
    bool isIdle() const;
    int appliedCount() const { return m_appliedCount; }
    // Applies what is pending now (tests, shutdown).
    void flush();

Q_SIGNALS:
    void applied(int upserts, int removals);

private:
    void schedule();

    ResourceTreeModel *m_model;
    int m_interval = 100;
    int m_appliedCount = 0;
    QTimer m_timer;
    QElapsedTimer m_sinceLast;

    // std::mutex, not QMutex: a contended QMutex waits inside the uninstrumented libQt6Core, where
    // ThreadSanitizer cannot see the order it gives (docs/security.md, "Sanitizers").
    mutable std::mutex m_mutex;
    QList<drift::ResourceResult> m_upserts;
    QList<bool> m_alive;
    QHash<ResourceId, qsizetype> m_position;
    QSet<ResourceId> m_removals;
    bool m_scheduled = false;
};

} // namespace driftdeck::models
