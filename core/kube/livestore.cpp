// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/livestore.h"

#include <utility>

namespace driftdeck::kube {

namespace {

const std::string &stringField(const nlohmann::json &obj, const char *key)
{
    static const std::string empty;
    if (!obj.is_object())
        return empty;
    auto it = obj.find(key);
    return (it != obj.end() && it->is_string()) ? it->get_ref<const std::string &>() : empty;
}

const nlohmann::json &metadataOf(const nlohmann::json &obj)
{
    static const nlohmann::json empty = nlohmann::json::object();
    if (!obj.is_object())
        return empty;
    auto it = obj.find("metadata");
    return (it != obj.end() && it->is_object()) ? *it : empty;
}

} // namespace

LiveStore::LiveStore(QString cluster, QObject *parent)
    : QObject(parent), m_cluster(std::move(cluster))
{
    qRegisterMetaType<driftdeck::kube::ChangeBatch>();
}

void LiveStore::setIngestHook(IngestHook hook)
{
    std::lock_guard w(m_writeMutex);
    m_ingest = std::move(hook);
}

std::string LiveStore::objectName(const nlohmann::json &object)
{
    const auto &md = metadataOf(object);
    const auto &name = stringField(md, "name");
    if (name.empty())
        return {};
    const auto &ns = stringField(md, "namespace");
    return ns.empty() ? name : ns + '/' + name;
}

LiveObject LiveStore::makeObject(const GroupKind &kind, nlohmann::json &&object, const std::string &) const
{
    LiveObject lo;
    const auto &md = metadataOf(object);
    lo.key = ResourceKey{kind.group, kind.kind, QString::fromStdString(stringField(md, "namespace")),
                         QString::fromStdString(stringField(md, "name"))};
    lo.resourceVersion = stringField(md, "resourceVersion");
    lo.object = std::make_shared<const nlohmann::json>(std::move(object));
    return lo;
}

void LiveStore::apply(const GroupKind &kind, std::vector<Change> changes)
{
    std::lock_guard w(m_writeMutex);
    // Prepare outside the data lock: readers are not held up by ingest or allocation.
    struct Prepared
    {
        std::string name;
        bool deleted;
        LiveObject object;
    };
    std::vector<Prepared> prepared;
    prepared.reserve(changes.size());
    for (auto &c : changes) {
        std::string name = objectName(c.object);
        if (name.empty())
            continue;
        std::shared_ptr<const LiveExtra> extra;
        if (!c.deleted && m_ingest)
            extra = m_ingest(c.object);
        Prepared p{std::move(name), c.deleted, {}};
        if (!c.deleted) {
            p.object = makeObject(kind, std::move(c.object), p.name);
            p.object.extra = std::move(extra);
        }
        prepared.push_back(std::move(p));
    }

    ChangeBatch batch;
    batch.cluster = m_cluster;
    {
        std::unique_lock lock(m_mutex);
        Bucket &bucket = m_buckets[kind];
        std::unordered_map<std::string, std::optional<LiveObject>> before;
        std::vector<std::string> order;
        for (auto &p : prepared) {
            auto it = bucket.find(p.name);
            if (!before.count(p.name)) {
                before.emplace(p.name, it == bucket.end() ? std::nullopt : std::optional<LiveObject>(it->second));
                order.push_back(p.name);
            }
            if (p.deleted) {
                if (it != bucket.end())
                    bucket.erase(it);
            } else if (it == bucket.end()) {
                bucket.emplace(p.name, std::move(p.object));
            } else if (it->second.resourceVersion != p.object.resourceVersion || p.object.resourceVersion.empty()) {
                it->second = std::move(p.object);
            }
        }
        for (const auto &name : order) {
            const auto &old = before[name];
            auto now = bucket.find(name);
            if (!old && now != bucket.end()) {
                batch.added.push_back(now->second);
                ++m_count;
            } else if (old && now == bucket.end()) {
                batch.deleted.push_back(*old);
                --m_count;
            } else if (old && now != bucket.end() && old->object != now->second.object) {
                batch.modified.push_back(now->second);
            }
        }
        if (bucket.empty())
            m_buckets.erase(kind);
        if (!batch.isEmpty())
            batch.sequence = ++m_sequence;
    }
    emitBatch(std::move(batch));
}

void LiveStore::upsert(const GroupKind &kind, std::vector<nlohmann::json> objects)
{
    std::vector<Change> changes;
    changes.reserve(objects.size());
    for (auto &o : objects)
        changes.push_back({false, std::move(o)});
    apply(kind, std::move(changes));
}

void LiveStore::retainOnly(const GroupKind &kind, const std::unordered_set<std::string> &keep)
{
    std::lock_guard w(m_writeMutex);
    ChangeBatch batch;
    batch.cluster = m_cluster;
    {
        std::unique_lock lock(m_mutex);
        auto b = m_buckets.find(kind);
        if (b == m_buckets.end())
            return;
        for (auto it = b->second.begin(); it != b->second.end();) {
            if (keep.count(it->first)) {
                ++it;
                continue;
            }
            batch.deleted.push_back(std::move(it->second));
            it = b->second.erase(it);
            --m_count;
        }
        if (b->second.empty())
            m_buckets.erase(b);
        if (!batch.isEmpty())
            batch.sequence = ++m_sequence;
    }
    emitBatch(std::move(batch));
}

void LiveStore::removeKind(const GroupKind &kind)
{
    retainOnly(kind, {});
}

void LiveStore::emitBatch(ChangeBatch &&batch)
{
    if (!batch.isEmpty())
        Q_EMIT changed(batch);
}

std::optional<LiveObject> LiveStore::object(const ResourceKey &key) const
{
    std::shared_lock lock(m_mutex);
    auto b = m_buckets.find(GroupKind{key.group, key.kind});
    if (b == m_buckets.end())
        return std::nullopt;
    const std::string name = key.ns.isEmpty() ? key.name.toStdString() : QString(key.ns + QLatin1Char('/') + key.name).toStdString();
    auto it = b->second.find(name);
    if (it == b->second.end())
        return std::nullopt;
    return it->second;
}

std::vector<LiveObject> LiveStore::objects(const GroupKind &kind) const
{
    std::shared_lock lock(m_mutex);
    std::vector<LiveObject> out;
    auto b = m_buckets.find(kind);
    if (b == m_buckets.end())
        return out;
    out.reserve(b->second.size());
    for (const auto &[name, obj] : b->second)
        out.push_back(obj);
    return out;
}

std::vector<LiveObject> LiveStore::allObjects() const
{
    return snapshot().first;
}

std::pair<std::vector<LiveObject>, std::uint64_t> LiveStore::snapshot() const
{
    std::shared_lock lock(m_mutex);
    std::vector<LiveObject> out;
    out.reserve(m_count);
    for (const auto &[kind, bucket] : m_buckets) {
        for (const auto &[name, obj] : bucket)
            out.push_back(obj);
    }
    return {std::move(out), m_sequence};
}

std::vector<GroupKind> LiveStore::kinds() const
{
    std::shared_lock lock(m_mutex);
    std::vector<GroupKind> out;
    for (const auto &[kind, bucket] : m_buckets)
        out.push_back(kind);
    return out;
}

std::size_t LiveStore::size() const
{
    std::shared_lock lock(m_mutex);
    return m_count;
}

std::size_t LiveStore::size(const GroupKind &kind) const
{
    std::shared_lock lock(m_mutex);
    auto b = m_buckets.find(kind);
    return b == m_buckets.end() ? 0 : b->second.size();
}

std::uint64_t LiveStore::sequence() const
{
    std::shared_lock lock(m_mutex);
    return m_sequence;
}

std::size_t LiveStore::estimateHeapBytes(const nlohmann::json &value)
{
    // libstdc++: a std::map node is 32 bytes of links plus the key string (32) and the json
    // value (16); strings longer than 15 characters allocate their capacity + 1.
    constexpr std::size_t kMapNode = 32 + sizeof(std::string) + sizeof(nlohmann::json);
    auto stringHeap = [](const std::string &s) { return s.size() > 15 ? s.capacity() + 1 : 0; };
    switch (value.type()) {
    case nlohmann::json::value_t::object: {
        std::size_t bytes = sizeof(nlohmann::json::object_t);
        for (auto it = value.begin(); it != value.end(); ++it)
            bytes += kMapNode + stringHeap(it.key()) + estimateHeapBytes(it.value());
        return bytes;
    }
    case nlohmann::json::value_t::array: {
        std::size_t bytes = sizeof(nlohmann::json::array_t) + value.size() * sizeof(nlohmann::json);
        for (const auto &item : value)
            bytes += estimateHeapBytes(item);
        return bytes;
    }
    case nlohmann::json::value_t::string:
        return sizeof(std::string) + stringHeap(value.get_ref<const std::string &>());
    default:
        return 0;
    }
}

} // namespace driftdeck::kube
