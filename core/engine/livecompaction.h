// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/ownershipindex.h"
#include "core/kube/livestore.h"

#include <QStringList>

namespace driftdeck::engine {

// What the engine keeps of a live object beside its compacted JSON: the decoded managedFields.
struct CompactLive : kube::LiveExtra
{
    drift::OwnershipIndex ownership;
};

// The live store's ingest hook the engine installs (issue 4, memory): metadata.managedFields
// become an OwnershipIndex whose trie is shared between objects with the same field sets, and
// the kubectl.kubernetes.io/last-applied-configuration annotation is dropped when one of
// `gitOpsManagers` applied the object server-side (the comparison then never reads it: "removed
// in Git" comes from that manager's ownership). It is kept otherwise, whole, because it is how
// "removed in Git" is found for client-side applies and how Secret masks stay consistent.
kube::LiveStore::IngestHook compactionHook(const QStringList &gitOpsManagers);

// The decoded managedFields kept with a stored object, or null (not compacted).
const drift::OwnershipIndex *ownershipOf(const kube::LiveObject &object);

} // namespace driftdeck::engine
