// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kube/kubeclient.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace driftdeck::kube {

// What the UI shows for one cluster.
struct ClusterStatus
{
    enum class State { Connecting, Listing, Live, Degraded, Unreachable, Stopped };

    State state = State::Connecting;
    int kindsTotal = 0;       // kinds being watched
    int kindsSynced = 0;      // kinds whose first list is complete (or denied)
    std::size_t objects = 0;  // objects in the live store
    QStringList deniedKinds;  // "secrets", "Widget.example.com": listed as no access
    QStringList failedGroupVersions; // discovery documents that could not be read
    FailureKind reason = FailureKind::None; // why Unreachable
    QString message;          // for people, translated; empty when Live
    QString detail;           // technical cause
    QDateTime since;          // when the current state began (UTC)
    QString serverVersion;
    bool insecure = false;    // insecure-skip-tls-verify: the UI warns

    bool operator==(const ClusterStatus &) const = default;
    // "connecting", "listing", "live", "degraded", "unreachable", "stopped"
    static QString stateName(State state);
};

} // namespace driftdeck::kube

Q_DECLARE_METATYPE(driftdeck::kube::ClusterStatus)
