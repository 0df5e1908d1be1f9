// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include <algorithm>

namespace kubesim {

using nlohmann::json;

namespace {
constexpr uint64_t kEpochJump = 1000000000ULL;
}

Store::Store(size_t watchWindow)
    : m_window(std::max<size_t>(watchWindow, 1))
{
}

ObjectPtr Store::freeze(json obj)
{
    auto stored = std::make_shared<StoredObject>();
    stored->text = obj.dump();
    stored->object = std::move(obj);
    return stored;
}

ObjectPtr Store::get(const std::string &storageKey, const std::string &ns, const std::string &name) const
{
    const auto b = m_buckets.find(storageKey);
    if (b == m_buckets.end())
        return nullptr;
    const auto it = b->second.find(objectKey(ns, name));
    return it == b->second.end() ? nullptr : it->second;
}

const Store::Bucket *Store::bucket(const std::string &storageKey) const
{
    const auto b = m_buckets.find(storageKey);
    return b == m_buckets.end() ? nullptr : &b->second;
}

std::vector<std::string> Store::storageKeys() const
{
    std::vector<std::string> keys;
    for (const auto &[k, v] : m_buckets)
        keys.push_back(k);
    std::sort(keys.begin(), keys.end());
    return keys;
}

size_t Store::size() const
{
    size_t n = 0;
    for (const auto &[k, v] : m_buckets)
        n += v.size();
    return n;
}

size_t Store::firstEventAfter(uint64_t rv) const
{
    const auto it = std::upper_bound(m_events.begin(), m_events.end(), rv,
                                     [](uint64_t value, const WatchEvent &e) { return value < e.rv; });
    return static_cast<size_t>(it - m_events.begin());
}

ObjectPtr Store::put(const std::string &storageKey, json obj)
{
    const uint64_t rv = ++m_rv;
    json &meta = obj["metadata"];
    meta["resourceVersion"] = std::to_string(rv);
    const std::string ns = meta.value("namespace", std::string());
    const std::string name = meta.value("name", std::string());
    ObjectPtr stored = freeze(std::move(obj));
    auto &bucket = m_buckets[storageKey];
    const std::string key = objectKey(ns, name);
    ObjectPtr previous;
    auto it = bucket.find(key);
    if (it != bucket.end()) {
        previous = it->second;
        it->second = stored;
    } else {
        bucket.emplace(key, stored);
    }
    record(WatchEvent{rv, storageKey, ns, previous ? "MODIFIED" : "ADDED", stored, previous});
    return stored;
}

ObjectPtr Store::remove(const std::string &storageKey, const std::string &ns, const std::string &name)
{
    auto b = m_buckets.find(storageKey);
    if (b == m_buckets.end())
        return nullptr;
    auto it = b->second.find(objectKey(ns, name));
    if (it == b->second.end())
        return nullptr;
    const uint64_t rv = ++m_rv;
    json obj = it->second->object;
    obj["metadata"]["resourceVersion"] = std::to_string(rv);
    ObjectPtr stored = freeze(std::move(obj));
    ObjectPtr previous = it->second;
    b->second.erase(it);
    record(WatchEvent{rv, storageKey, ns, "DELETED", stored, std::move(previous)});
    return stored;
}

void Store::dropBucket(const std::string &storageKey)
{
    m_buckets.erase(storageKey);
}

void Store::record(WatchEvent event)
{
    m_events.push_back(std::move(event));
    while (m_events.size() > m_window) {
        m_historyStart = m_events.front().rv;
        m_events.pop_front();
    }
    m_changed.notify_all();
}

void Store::compact()
{
    m_events.clear();
    m_historyStart = m_rv;
    m_changed.notify_all();
}

void Store::restartEpoch()
{
    m_rv += kEpochJump;
    m_events.clear();
    m_historyStart = m_rv;
    ++m_watchGeneration;
    m_changed.notify_all();
}

void Store::closeWatches()
{
    ++m_watchGeneration;
    m_changed.notify_all();
}

void Store::setStopping()
{
    m_stopping = true;
    m_changed.notify_all();
}

} // namespace kubesim
