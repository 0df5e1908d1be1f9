// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/syncstate.h"

namespace driftdeck {

QString syncStateName(SyncState state)
{
    switch (state) {
    case SyncState::Synced: return QStringLiteral("Synced");
    case SyncState::Drifted: return QStringLiteral("Drifted");
    case SyncState::Missing: return QStringLiteral("Missing");
    case SyncState::Extra: return QStringLiteral("Extra");
    case SyncState::Ignored: return QStringLiteral("Ignored");
    case SyncState::Unknown: return QStringLiteral("Unknown");
    }
    return QStringLiteral("Unknown");
}

std::optional<SyncState> syncStateFromName(QStringView name)
{
    for (SyncState s : kAllSyncStates) {
        if (name.compare(syncStateName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString healthStateName(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return QStringLiteral("Healthy");
    case HealthState::Suspended: return QStringLiteral("Suspended");
    case HealthState::Progressing: return QStringLiteral("Progressing");
    case HealthState::Missing: return QStringLiteral("Missing");
    case HealthState::Degraded: return QStringLiteral("Degraded");
    case HealthState::Unknown: return QStringLiteral("Unknown");
    }
    return QStringLiteral("Unknown");
}

std::optional<HealthState> healthStateFromName(QStringView name)
{
    for (auto h : {HealthState::Healthy, HealthState::Suspended, HealthState::Progressing,
                   HealthState::Missing, HealthState::Degraded, HealthState::Unknown}) {
        if (name.compare(healthStateName(h), Qt::CaseInsensitive) == 0)
            return h;
    }
    return std::nullopt;
}

} // namespace driftdeck
