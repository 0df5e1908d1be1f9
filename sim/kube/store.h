// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace kubesim {

// An immutable stored version of an object with its serialised form, shared by lists, gets and
// every watcher so each write is serialised once.
struct StoredObject {
    nlohmann::json object;
    std::string text;
};
using ObjectPtr = std::shared_ptr<const StoredObject>;

struct WatchEvent {
    uint64_t rv = 0;
    std::string storageKey;
    std::string ns;
    std::string type; // ADDED, MODIFIED, DELETED
    ObjectPtr object;
    ObjectPtr previous; // the state before a MODIFIED or DELETED (selector transitions, list snapshots)
};

// Objects by storage key ("group/plural") and "namespace/name", the global resourceVersion
// and the window of recent events watches resume from. Callers hold mutex(): shared to read,
// unique to write.
class Store
{
public:
    using Bucket = std::map<std::string, ObjectPtr>;

    explicit Store(size_t watchWindow);

    std::shared_mutex &mutex() const { return m_mutex; }
    std::condition_variable_any &changed() const { return m_changed; }

    static std::string objectKey(const std::string &ns, const std::string &name) { return ns + "/" + name; }

    ObjectPtr get(const std::string &storageKey, const std::string &ns, const std::string &name) const;
    const Bucket *bucket(const std::string &storageKey) const;
    std::vector<std::string> storageKeys() const;
    size_t size() const;
    uint64_t currentRv() const { return m_rv; }
    // Every event with an RV above this is still in the window; older RVs are expired (watches
    // and continue tokens alike). Compaction and an epoch restart move it to the current RV.
    uint64_t historyStart() const { return m_historyStart; }
    const std::deque<WatchEvent> &events() const { return m_events; }
    // Index of the first event with an RV above rv.
    size_t firstEventAfter(uint64_t rv) const;
    uint64_t watchGeneration() const { return m_watchGeneration; }
    bool stopping() const { return m_stopping; }

    // Stamps the next resourceVersion into obj, stores it and records an event.
    ObjectPtr put(const std::string &storageKey, nlohmann::json obj);
    // Removes the object; the DELETED event carries a new resourceVersion.
    ObjectPtr remove(const std::string &storageKey, const std::string &ns, const std::string &name);
    void dropBucket(const std::string &storageKey);

    void compact();
    void restartEpoch();
    void closeWatches();
    void setStopping();

    static ObjectPtr freeze(nlohmann::json obj);

private:
    void record(WatchEvent event);

    mutable std::shared_mutex m_mutex;
    mutable std::condition_variable_any m_changed;
    std::unordered_map<std::string, Bucket> m_buckets;
    std::deque<WatchEvent> m_events;
    size_t m_window;
    uint64_t m_rv = 1;
    uint64_t m_historyStart = 1;
    uint64_t m_watchGeneration = 0;
    bool m_stopping = false;
};

} // namespace kubesim
