// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/wallsummary.h"

#include <QCoreApplication>

namespace driftdeck::views {

int WallClusterSummary::total() const
{
    int t = 0;
    for (int c : counts)
        t += c;
    return t;
}

QString wallDuration(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return QCoreApplication::translate("Wall", "an unknown time");
    const qint64 secs = std::max<qint64>(0, then.secsTo(now));
    // Computed first: lupdate's parser stumbles over arithmetic inside translate().
    const int seconds = int(secs);
    const int minutes = int(secs / 60);
    const int hours = int(secs / 3600);
    const int days = int(secs / 86400);
    if (secs < 60)
        return QCoreApplication::translate("Wall", "%n s", nullptr, seconds);
    if (secs < 3600)
        return QCoreApplication::translate("Wall", "%n min", nullptr, minutes);
    if (secs < 86400 * 2)
        return QCoreApplication::translate("Wall", "%n h", nullptr, hours);
    return QCoreApplication::translate("Wall", "%n days", nullptr, days);
}

QString wallAge(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return QCoreApplication::translate("Wall", "never");
    return QCoreApplication::translate("Wall", "%1 ago", "time since").arg(wallDuration(then, now));
}

WallVerdict wallVerdict(const WallClusterSummary &s, const QDateTime &now)
{
    WallVerdict v;
    if (s.connection == WallClusterSummary::Connection::Unreachable) {
        v.unreachable = true;
        v.state = SyncState::Unknown;
        v.text = QCoreApplication::translate("Wall", "Unreachable");
        return v;
    }
    if (s.connection == WallClusterSummary::Connection::Connecting && !s.lastGoodData.isValid()) {
        v.state = SyncState::Unknown;
        v.text = QCoreApplication::translate("Wall", "Connecting…");
        return v;
    }
    v.stale = !s.lastGoodData.isValid() || s.lastGoodData.secsTo(now) > kWallStaleAfterSecs;
    const int drifted = s.count(SyncState::Drifted);
    const int missing = s.count(SyncState::Missing);
    const int extra = s.count(SyncState::Extra);
    if (drifted > 0) {
        v.state = SyncState::Drifted;
        v.text = QCoreApplication::translate("Wall", "%n drifted", nullptr, drifted);
    } else if (missing > 0) {
        v.state = SyncState::Missing;
        v.text = QCoreApplication::translate("Wall", "%n missing", nullptr, missing);
    } else if (extra > 0) {
        v.state = SyncState::Extra;
        v.text = QCoreApplication::translate("Wall", "%n extra", nullptr, extra);
    } else if (const int unknown = s.count(SyncState::Unknown); unknown > 0) {
        // Not yet compared (still listing, no access): never claim "in sync".
        v.state = SyncState::Unknown;
        v.text = QCoreApplication::translate("Wall", "%n unknown", nullptr, unknown);
    } else if (s.total() == 0) {
        v.state = SyncState::Unknown;
        v.text = QCoreApplication::translate("Wall", "No resources");
    } else {
        v.state = SyncState::Synced;
        v.text = QCoreApplication::translate("Wall", "In sync");
    }
    return v;
}

} // namespace driftdeck::views
