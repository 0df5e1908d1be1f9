// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/statestyle.h"

#include <QHash>

namespace driftdeck::models {

QColor StateStyle::color(SyncState state)
{
    switch (state) {
    case SyncState::Synced: return QColor(0x18, 0xBE, 0x94);
    case SyncState::Drifted: return QColor(0xF4, 0xC0, 0x30);
    case SyncState::Missing: return QColor(0xE9, 0x6D, 0x76);
    case SyncState::Extra: return QColor(0x0D, 0xAD, 0xEA);
    case SyncState::Ignored: return QColor(0x9A, 0xA5, 0xB1);
    case SyncState::Unknown: return QColor(0xCC, 0xD6, 0xDD);
    }
    return QColor(0xCC, 0xD6, 0xDD);
}

QColor StateStyle::color(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return QColor(0x18, 0xBE, 0x94);
    case HealthState::Suspended: return QColor(0x76, 0x6F, 0x94);
    case HealthState::Progressing: return QColor(0x0D, 0xAD, 0xEA);
    case HealthState::Missing: return QColor(0xF4, 0xC0, 0x30);
    case HealthState::Degraded: return QColor(0xE9, 0x6D, 0x76);
    case HealthState::Unknown: return QColor(0xCC, 0xD6, 0xDD);
    }
    return QColor(0xCC, 0xD6, 0xDD);
}

QString StateStyle::iconPath(SyncState state)
{
    return u":/icons/state-" + syncStateName(state).toLower() + u".svg";
}

QString StateStyle::iconPath(HealthState state)
{
    return u":/icons/health-" + healthStateName(state).toLower() + u".svg";
}

namespace {
QIcon cachedIcon(const QString &path)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(path);
    if (it == cache.end())
        it = cache.insert(path, QIcon(path));
    return *it;
}
} // namespace

QIcon StateStyle::icon(SyncState state)
{
    return cachedIcon(iconPath(state));
}

QIcon StateStyle::icon(HealthState state)
{
    return cachedIcon(iconPath(state));
}

QString StateStyle::label(SyncState state)
{
    switch (state) {
    case SyncState::Synced: return tr("Synced");
    case SyncState::Drifted: return tr("Drifted");
    case SyncState::Missing: return tr("Missing");
    case SyncState::Extra: return tr("Extra");
    case SyncState::Ignored: return tr("Ignored");
    case SyncState::Unknown: return tr("Unknown");
    }
    return tr("Unknown");
}

QString StateStyle::label(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return tr("Healthy");
    case HealthState::Suspended: return tr("Suspended");
    case HealthState::Progressing: return tr("Progressing");
    case HealthState::Missing: return tr("Missing", "health");
    case HealthState::Degraded: return tr("Degraded");
    case HealthState::Unknown: return tr("Unknown", "health");
    }
    return tr("Unknown", "health");
}

} // namespace driftdeck::models
