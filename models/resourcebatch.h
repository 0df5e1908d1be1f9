// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"

#include <QHashFunctions>
#include <QList>
#include <QMetaType>

namespace driftdeck::models {

// A resource's identity in the tree: the same object may be compared in several clusters and,
// in one cluster, be declared by several sources.
struct ResourceId
{
    QString cluster;
    QString source;
    ResourceKey key;

    bool operator==(const ResourceId &) const = default;
    static ResourceId of(const drift::ResourceResult &r) { return {r.cluster, r.source, r.key}; }
};

inline size_t qHash(const ResourceId &id, size_t seed = 0) noexcept
{
    return qHashMulti(seed, id.cluster, id.source, id.key);
}

// An object that a resource row's live object owns, directly or through another owned object
// (Deployment > ReplicaSet > Pod, CronJob > Job > Pod), found through ownerReferences. Not a
// drift result: it is not declared in Git and has no sync state of its own.
struct OwnedObject
{
    ResourceKey key;
    QString uid;
    QString ownerUid; // uid of the owned object that owns this one; empty: the resource row owns it
    HealthState health = HealthState::Unknown;
    QString healthMessage;
    bool healthRead = false; // false while the full object is still being read

    bool operator==(const OwnedObject &) const = default;
};

// What the engine hands the UI: results to insert or replace, and identities that are gone.
struct ResourceBatch
{
    QList<drift::ResourceResult> upserts;
    QList<ResourceId> removals;

    bool isEmpty() const { return upserts.isEmpty() && removals.isEmpty(); }
};

} // namespace driftdeck::models

Q_DECLARE_METATYPE(driftdeck::models::ResourceBatch)
