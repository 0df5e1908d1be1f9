// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/resourcefeeder.h"

#include "models/resourcetreemodel.h"

namespace driftdeck::models {

ResourceFeeder::ResourceFeeder(ResourceTreeModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    qRegisterMetaType<driftdeck::models::ResourceBatch>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ResourceFeeder::flush);
}

void ResourceFeeder::setInterval(int milliseconds)
{
    m_interval = qMax(0, milliseconds);
}

bool ResourceFeeder::isIdle() const
{
    std::lock_guard lock(m_mutex);
    return !m_scheduled;
}

void ResourceFeeder::submit(const ResourceBatch &batch)
{
    if (batch.isEmpty())
        return;
    std::lock_guard lock(m_mutex);
    for (const ResourceId &id : batch.removals) {
        if (auto it = m_position.constFind(id); it != m_position.cend()) {
            m_alive[*it] = false;
            m_position.erase(it);
        }
        m_removals.insert(id);
    }
    for (const drift::ResourceResult &r : batch.upserts) {
        const ResourceId id = ResourceId::of(r);
        m_removals.remove(id);
        if (auto it = m_position.constFind(id); it != m_position.cend()) {
            m_upserts[*it] = r;
        } else {
            m_position.insert(id, m_upserts.size());
            m_upserts.append(r);
            m_alive.append(true);
        }
    }
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &ResourceFeeder::schedule, Qt::QueuedConnection);
    }
}

void ResourceFeeder::schedule()
{
    const qint64 wait = m_sinceLast.isValid() ? m_interval - m_sinceLast.elapsed() : 0;
    if (wait <= 0)
        flush();
    else if (!m_timer.isActive())
        m_timer.start(int(wait));
}

void ResourceFeeder::flush()
{
    ResourceBatch batch;
    {
        std::lock_guard lock(m_mutex);
        if (!m_scheduled)
            return;
        m_scheduled = false;
        batch.upserts.reserve(m_position.size());
        for (qsizetype i = 0; i < m_upserts.size(); ++i) {
            if (m_alive[i])
                batch.upserts.append(std::move(m_upserts[i]));
        }
        batch.removals = QList<ResourceId>(m_removals.cbegin(), m_removals.cend());
        m_upserts.clear();
        m_alive.clear();
        m_position.clear();
        m_removals.clear();
    }
    m_timer.stop();
    m_sinceLast.start();
    m_model->applyBatch(batch);
    ++m_appliedCount;
    Q_EMIT applied(int(batch.upserts.size()), int(batch.removals.size()));
}

} // namespace driftdeck::models
