// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kube/liveobject.h"

#include <nlohmann/json.hpp>

#include <QObject>
#include <QString>

#include <functional>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace driftdeck::kube {

// The live objects of one cluster, keyed by ResourceKey, with their resourceVersion.
// Informers write from the network thread; anyone reads from any thread. Every write emits
// one ChangeBatch with the net difference it made (added, modified, deleted), in order; a
// write that changes nothing emits nothing. A relist is applied as upserts plus retainOnly(),
// so subscribers see the difference, never a reset or a duplicate.
class LiveStore : public QObject
{
    Q_OBJECT
public:
    // Runs on every object before it is stored (on the writing thread) and may shrink it; what
    // it returns is stored beside the object (LiveObject::extra). Default: none, objects are
    // kept as the server sent them. The drift engine installs compaction (managedFields to an
    // ownership index, last-applied dropped when not needed; docs/kube-client.md).
    using IngestHook = std::function<std::shared_ptr<const LiveExtra>(nlohmann::json &object)>;

    // One change in a write, in stream order.
    struct Change
    {
        bool deleted = false;
        nlohmann::json object;
    };

    explicit LiveStore(QString cluster, QObject *parent = nullptr);

    QString cluster() const { return m_cluster; }
    void setIngestHook(IngestHook hook);

    // Writes (thread safe). Objects are identified by `kind` and their metadata namespace/name.
    void apply(const GroupKind &kind, std::vector<Change> changes);
    void upsert(const GroupKind &kind, std::vector<nlohmann::json> objects);
    // Deletes every object of `kind` whose "namespace/name" is not in `keep` (end of a relist).
    void retainOnly(const GroupKind &kind, const std::unordered_set<std::string> &keep);
    // Deletes every object of `kind` (the kind went away or is no longer watched).
    void removeKind(const GroupKind &kind);

    // Reads (thread safe).
    std::optional<LiveObject> object(const ResourceKey &key) const;
    std::vector<LiveObject> objects(const GroupKind &kind) const;
    std::vector<LiveObject> allObjects() const;
    std::vector<GroupKind> kinds() const;
    std::size_t size() const;
    std::size_t size(const GroupKind &kind) const;
    // The sequence of the last batch emitted; with allObjects() under one lock via snapshot().
    std::uint64_t sequence() const;
    // All objects and the sequence they reflect: a subscriber that connects changed() first and
    // then takes a snapshot ignores batches with sequence <= the snapshot's.
    std::pair<std::vector<LiveObject>, std::uint64_t> snapshot() const;

    // "namespace/name" (or "name" for cluster-scoped objects), the key inside one kind.
    static std::string objectName(const nlohmann::json &object);
    // Approximate heap bytes an nlohmann::json document occupies (for measurements).
    static std::size_t estimateHeapBytes(const nlohmann::json &value);

Q_SIGNALS:
    // Emitted on the writing thread; connect with Qt::QueuedConnection or from another thread.
    void changed(const driftdeck::kube::ChangeBatch &batch);

private:
    using Bucket = std::unordered_map<std::string, LiveObject>;
    LiveObject makeObject(const GroupKind &kind, nlohmann::json &&object, const std::string &name) const;
    void emitBatch(ChangeBatch &&batch);

    const QString m_cluster;
    IngestHook m_ingest;
    std::mutex m_writeMutex; // serialises writers so batches are emitted in sequence order
    mutable std::shared_mutex m_mutex;
    std::unordered_map<GroupKind, Bucket> m_buckets;
    std::size_t m_count = 0;
    std::uint64_t m_sequence = 0;
};

} // namespace driftdeck::kube
