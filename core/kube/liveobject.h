// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/resourcekey.h"

#include <nlohmann/json.hpp>

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace driftdeck::kube {

// API group and kind: the unit an informer watches and a store keeps apart.
struct GroupKind
{
    QString group;
    QString kind;
    bool operator==(const GroupKind &) const = default;
    bool operator<(const GroupKind &o) const { return std::tie(group, kind) < std::tie(o.group, o.kind); }
    QString toString() const { return group.isEmpty() ? kind : kind + QLatin1Char('.') + group; }
};

inline size_t qHash(const GroupKind &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.group, k.kind);
}

// What a store's ingest hook keeps beside an object it compacted (the engine keeps the decoded
// managedFields there). core/kube only carries it.
struct LiveExtra
{
    virtual ~LiveExtra() = default;
};

// One live object as stored: immutable and shared, so change batches crossing threads copy
// pointers, not documents. Metadata-only kinds hold apiVersion, kind and metadata only.
struct LiveObject
{
    ResourceKey key;
    std::string resourceVersion;
    std::shared_ptr<const nlohmann::json> object;
    std::shared_ptr<const LiveExtra> extra; // from the ingest hook, if any
};

// The net change of one store update, in store order (sequence grows by one per batch).
// `deleted` carries the last known state of each removed object.
struct ChangeBatch
{
    QString cluster;
    std::uint64_t sequence = 0;
    std::vector<LiveObject> added;
    std::vector<LiveObject> modified;
    std::vector<LiveObject> deleted;

    bool isEmpty() const { return added.empty() && modified.empty() && deleted.empty(); }
    std::size_t size() const { return added.size() + modified.size() + deleted.size(); }
};

} // namespace driftdeck::kube

template<>
struct std::hash<driftdeck::kube::GroupKind>
{
    size_t operator()(const driftdeck::kube::GroupKind &k) const noexcept { return driftdeck::kube::qHash(k); }
};

Q_DECLARE_METATYPE(driftdeck::kube::ChangeBatch)
