// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/historyrecorder.h"

#include "core/common/logging.h"

#include <QTimer>

namespace driftdeck::app {

HistoryRecorder::HistoryRecorder(QString path, int retentionDays, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_retentionDays(retentionDays)
{
}

HistoryRecorder::~HistoryRecorder() = default;

void HistoryRecorder::open()
{
    m_store = std::make_unique<history::HistoryStore>();
    if (auto opened = m_store->open(m_path); !opened) {
        m_warning = opened.error().fullText();
        qCWarning(lcHistory) << "history disabled:" << m_warning;
        m_store.reset();
        Q_EMIT warningRaised(m_warning);
        return;
    }
    if (!m_store->warning().isEmpty()) {
        m_warning = m_store->warning();
        Q_EMIT warningRaised(m_warning);
    }
    m_sampleTimer = new QTimer(this);
    m_sampleTimer->setInterval(60 * 1000);
    connect(m_sampleTimer, &QTimer::timeout, this, &HistoryRecorder::sampleNow);
    m_sampleTimer->start();
    m_pruneTimer = new QTimer(this);
    m_pruneTimer->setInterval(24 * 3600 * 1000);
    connect(m_pruneTimer, &QTimer::timeout, this, [this] {
        if (m_store)
            (void)m_store->prune(m_retentionDays, QDateTime::currentDateTimeUtc());
    });
    m_pruneTimer->start();
    (void)m_store->prune(m_retentionDays, QDateTime::currentDateTimeUtc());
}

void HistoryRecorder::recordResults(const QString &cluster, const QList<drift::ResourceResult> &upserts,
                                    const QList<ResourceKey> &removed)
{
    auto &states = m_states[cluster];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &r : upserts) {
        states.insert(r.key, r.state);
        if (!m_store)
            continue;
        if (auto recorded = m_store->recordResult(r, now); !recorded)
            qCWarning(lcHistory) << "history: could not record" << r.key.toString() << recorded.error().fullText();
    }
    for (const auto &k : removed) {
        states.remove(k);
        if (!m_store)
            continue;
        if (auto resolved = m_store->resolveResource(cluster, k, now); !resolved)
            qCWarning(lcHistory) << "history: could not resolve" << k.toString() << resolved.error().fullText();
    }
}

void HistoryRecorder::sampleNow()
{
    if (!m_store)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        history::StateCounts counts{};
        for (SyncState s : *it)
            ++history::countOf(counts, s);
        (void)m_store->recordSample(it.key(), counts, now);
    }
}

} // namespace driftdeck::app
