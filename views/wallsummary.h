// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/syncstate.h"

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

#include <array>

namespace driftdeck::views {

// What one wall tile shows about one cluster. Built by the app from the engine and history.
struct WallDriftItem
{
    QString resource; // "Deployment/shop/web"
    QString field;    // "spec.replicas"
    QString manager;  // "kubectl-scale"
    QDateTime time;
};

struct WallClusterSummary
{
    enum class Connection : quint8 { Connecting, Live, Unreachable };

    QString name;
    Connection connection = Connection::Connecting;
    QString reason;          // why unreachable
    QDateTime lastGoodData;  // when the data shown was last confirmed by the cluster
    std::array<int, 6> counts{}; // by SyncState
    QString appliedRevision; // what the cluster runs (Flux lastAppliedRevision / Argo sync revision)
    QString branchHead;      // newest commit of the tracked branch
    QDateTime lastChange;    // the last time any resource changed state
    QList<QPointF> trend;    // (msecs since epoch, drifted+missing) over the last 24 h
    QList<WallDriftItem> topDrift;

    int count(SyncState s) const { return counts[static_cast<size_t>(s)]; }
    int total() const;
};

// The verdict a tile shows in large type, and the state whose colour and shape go with it.
struct WallVerdict
{
    QString text;
    SyncState state = SyncState::Unknown;
    bool unreachable = false;
    bool stale = false;
};

// Data older than this is "stale": it is still shown, but never looks fresh.
inline constexpr qint64 kWallStaleAfterSecs = 120;

WallVerdict wallVerdict(const WallClusterSummary &summary, const QDateTime &now);

// "3 min", "2 h", translated.
QString wallDuration(const QDateTime &then, const QDateTime &now);
// "3 min ago", "2 h ago", translated.
QString wallAge(const QDateTime &then, const QDateTime &now);

} // namespace driftdeck::views
