// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/clusterstatus.h"

namespace driftdeck::kube {

QString ClusterStatus::stateName(State state)
{
    switch (state) {
    case State::Connecting: return QStringLiteral("connecting");
    case State::Listing: return QStringLiteral("listing");
    case State::Live: return QStringLiteral("live");
    case State::Degraded: return QStringLiteral("degraded");
    case State::Unreachable: return QStringLiteral("unreachable");
    case State::Stopped: return QStringLiteral("stopped");
    }
    return QStringLiteral("unknown");
}

} // namespace driftdeck::kube
