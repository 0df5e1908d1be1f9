// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/common/syncstate.h"
#include "core/drift/driftresult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace driftdeck::history {

// Counts per sync state, indexed by SyncState.
using StateCounts = std::array<int, 6>;

inline int &countOf(StateCounts &c, SyncState s) { return c[static_cast<size_t>(s)]; }
inline int countOf(const StateCounts &c, SyncState s) { return c[static_cast<size_t>(s)]; }

struct Sample
{
    QString cluster;
    QDateTime time; // UTC, truncated to the minute
    StateCounts counts{};
};

// One drifted field over its life: opened when first seen, resolved when it stopped drifting.
struct DriftEvent
{
    qint64 id = 0;
    QString cluster;
    ResourceKey key;
    QString field;
    QString manager;
    QString operation;
    QString gitValue;  // masked for Secrets by core/drift before it gets here
    QString liveValue;
    QDateTime firstSeen;
    QDateTime changedAt; // the managedFields time, when known
    QDateTime resolvedAt; // invalid while the drift is open
};

// Drift history in SQLite through Qt SQL: a sample of the counts per state per cluster and
// minute, and every drift event. One instance per thread (it owns a named connection).
// A corrupt or locked database file is moved aside and recreated; warning() says so.
class HistoryStore
{
public:
    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Opens (creating when needed) the database at `path`.
    Result<void> open(const QString &path);
    bool isOpen() const;
    QString path() const { return m_path; }
    // Non-empty when open() had to move a damaged or locked file aside.
    QString warning() const { return m_warning; }

    // Records the counts for `cluster` at `time` (truncated to the minute; a second sample in
    // the same minute replaces the first).
    Result<void> recordSample(const QString &cluster, const StateCounts &counts, const QDateTime &time);
    // Brings the open events of one resource in line with its latest comparison: new drifted
    // fields open events, fields no longer drifted (or a resource no longer Drifted) resolve them.
    Result<void> recordResult(const drift::ResourceResult &result, const QDateTime &now);
    // Resolves every open event of a resource that disappeared from the comparison.
    Result<void> resolveResource(const QString &cluster, const ResourceKey &key, const QDateTime &now);

    QList<Sample> samples(const QString &cluster, const QDateTime &from, const QDateTime &to) const;
    QList<DriftEvent> events(const QString &cluster, const ResourceKey &key) const;
    QList<DriftEvent> openEvents(const QString &cluster) const;
    QStringList clusters() const;

    // Deletes samples and resolved events older than `retentionDays` before `now`; returns how
    // many rows went.
    Result<int> prune(int retentionDays, const QDateTime &now);

    static constexpr int kDefaultRetentionDays = 30;

private:
    Result<void> openDatabase(const QString &path);
    Result<void> createSchema();
    void close();
    QString m_connection;
    QString m_path;
    QString m_warning;
};

} // namespace driftdeck::history
