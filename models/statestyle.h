// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/syncstate.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

namespace driftdeck::models {

// How a state looks: a colour (Argo CD's palette, ux.md) and always a distinct shape, so the
// state reads without colour (colour-blind operators, photos of the wall).
class StateStyle
{
    Q_DECLARE_TR_FUNCTIONS(StateStyle)
public:
    static QColor color(SyncState state);
    static QColor color(HealthState state);
    static QIcon icon(SyncState state);
    static QIcon icon(HealthState state);
    // The resource path of the SVG drawn for a state (":/icons/state-drifted.svg").
    static QString iconPath(SyncState state);
    static QString iconPath(HealthState state);
    // Translated label ("Drifted" / "Abgewichen").
    static QString label(SyncState state);
    static QString label(HealthState state);
};

} // namespace driftdeck::models
