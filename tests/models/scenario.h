// SPDX-License-Identifier: GPL-3.0-or-later
// Result batches for tests: what the engine would hand the UI for a small shop cluster.
#pragma once

#include "core/drift/driftresult.h"

namespace testscenario {

using namespace driftdeck;

inline drift::ResourceResult make(const QString &cluster, const QString &source, const QString &group,
                                  const QString &kind, const QString &ns, const QString &name, SyncState state)
{
    drift::ResourceResult r;
    r.cluster = cluster;
    r.source = source;
    r.key = ResourceKey{group, kind, ns, name};
    r.version = group.isEmpty() ? QStringLiteral("v1") : group + QStringLiteral("/v1");
    r.state = state;
    r.health = state == SyncState::Missing ? HealthState::Missing : HealthState::Healthy;
    r.sourceRef = {QStringLiteral("https://github.com/acme/platform.git"), QStringLiteral("4f2a9c1e0b7d"),
                   u"apps/" + ns + u"/" + name + u".yaml", 1};
    if (state == SyncState::Drifted) {
        drift::FieldChange c;
        c.field = QStringLiteral("spec.replicas");
        c.pointer = QStringLiteral("/spec/replicas");
        c.gitValue = QStringLiteral("3");
        c.liveValue = QStringLiteral("5");
        c.manager = QStringLiteral("kubectl-scale");
        c.operation = QStringLiteral("Update");
        c.time = QDateTime(QDate(2026, 11, 27), QTime(9, 41), Qt::UTC);
        r.changes = {c};
    }
    if (state == SyncState::Extra)
        r.reason = QStringLiteral("not declared in Git");
    if (state == SyncState::Unknown)
        r.reason = QStringLiteral("Forbidden: cannot list secrets in shop");
    return r;
}

// prod: flux-system/apps declares shop (web drifted, api synced, db missing, cache extra,
// creds unknown) and the cluster-scoped Namespace shop (synced).
inline QList<drift::ResourceResult> mixed()
{
    const QString c = QStringLiteral("prod");
    const QString s = QStringLiteral("flux-system/apps");
    const QString shop = QStringLiteral("shop");
    return {make(c, s, QStringLiteral("apps"), QStringLiteral("Deployment"), shop, QStringLiteral("web"), SyncState::Drifted),
            make(c, s, QStringLiteral("apps"), QStringLiteral("Deployment"), shop, QStringLiteral("api"), SyncState::Synced),
            make(c, s, QStringLiteral("apps"), QStringLiteral("StatefulSet"), shop, QStringLiteral("db"), SyncState::Missing),
            make(c, s, QString(), QStringLiteral("ConfigMap"), shop, QStringLiteral("cache"), SyncState::Extra),
            make(c, s, QString(), QStringLiteral("Secret"), shop, QStringLiteral("creds"), SyncState::Unknown),
            make(c, s, QString(), QStringLiteral("Namespace"), QString(), shop, SyncState::Synced)};
}

} // namespace testscenario
