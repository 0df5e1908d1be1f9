// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace driftdeck {

// architecture.md "Sync states". The order is the severity order used for "worst state wins".
enum class SyncState : quint8 { Synced, Ignored, Unknown, Extra, Missing, Drifted };
enum class HealthState : quint8 { Healthy, Suspended, Progressing, Missing, Degraded, Unknown };

inline constexpr std::array kAllSyncStates{SyncState::Synced, SyncState::Drifted, SyncState::Missing,
                                           SyncState::Extra, SyncState::Ignored, SyncState::Unknown};

// Stable machine names ("Synced", "Drifted", ...) used in JSON and the CLI; never translated.
QString syncStateName(SyncState state);
std::optional<SyncState> syncStateFromName(QStringView name);
QString healthStateName(HealthState state);
std::optional<HealthState> healthStateFromName(QStringView name);

// Higher is worse; used to colour parents and the tray icon by their worst child.
constexpr int syncSeverity(SyncState state)
{
    return static_cast<int>(state);
}

} // namespace driftdeck
