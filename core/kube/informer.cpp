// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/informer.h"

#include "core/common/logging.h"
#include "core/kube/watchevent.h"

#include <QCoreApplication>

namespace driftdeck::kube {

namespace {
const char kMetadataListAccept[] = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json";
const char kMetadataAccept[] = "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,application/json";
} // namespace

Informer::Informer(std::shared_ptr<KubeClient> client, ApiResource resource, LiveStore *store, Options options, StatusFn onStatus)
    : m_client(std::move(client)),
      m_resource(std::move(resource)),
      m_kind(m_resource.groupKind()),
      m_store(store),
      m_options(options),
      m_onStatus(std::move(onStatus)),
      m_apiVersion(m_resource.apiVersion().toStdString()),
      m_kindName(m_resource.kind.toStdString()),
      m_backoff(options.backoffInitial, options.backoffMax)
{
}

Informer::~Informer() = default;

void Informer::start()
{
    auto self = shared_from_this();
    auto doStart = [self] {
        // A stop() that ran before this start got its turn wins: otherwise an informer stopped
        // while its start was still queued (the connection stopped right after discovery)
        // came back to life and listed into a store that was about to be destroyed.
        if (self->m_stopRequested)
            return;
        self->m_stopped = false;
        self->list();
    };
    if (m_client->loop().isLoopThread())
        doStart();
    else
        m_client->loop().post(std::move(doStart));
}

void Informer::stop()
{
    auto self = shared_from_this();
    auto doStop = [self] {
        self->m_stopRequested = true;
        self->m_stopped = true;
        if (self->m_call)
            self->m_client->cancel(self->m_call);
        if (self->m_timer)
            self->m_client->loop().cancelTimer(self->m_timer);
        self->m_call = 0;
        self->m_timer = 0;
        std::lock_guard lock(self->m_statusMutex);
        self->m_status.phase = Phase::Stopped;
    };
    if (m_client->loop().isLoopThread())
        doStop();
    else
        m_client->loop().runAndWait(doStop);
}

Informer::Status Informer::status() const
{
    std::lock_guard lock(m_statusMutex);
    return m_status;
}

void Informer::publish()
{
    Status copy = status();
    if (m_onStatus)
        m_onStatus(m_resource, copy);
}

void Informer::fillKind(nlohmann::json &object) const
{
    object["apiVersion"] = m_apiVersion;
    object["kind"] = m_kindName;
}

void Informer::list()
{
    if (m_stopped)
        return;
    {
        std::lock_guard lock(m_statusMutex);
        m_status.phase = Phase::Listing;
    }
    ApiRequest req;
    req.path = m_resource.collectionPath() + "?limit=" + std::to_string(m_options.pageSize);
    if (!m_continue.empty())
        req.path += "&continue=" + KubeClient::urlEncode(m_continue);
    if (m_options.metadataOnly)
        req.accept = kMetadataListAccept;
    auto self = shared_from_this();
    m_call = m_client->send(std::move(req), [self](ApiResponse &&r) {
        self->m_call = 0;
        if (!self->m_stopped)
            self->onListPage(std::move(r));
    });
}

void Informer::onListPage(ApiResponse &&r)
{
    if (!r.ok()) {
        handleFailure(r, true);
        return;
    }
    nlohmann::json doc = parseApiJson(r.body);
    r.body.clear();
    if (!doc.is_object()) {
        ApiResponse bad = r;
        bad.error = Error(QCoreApplication::translate("driftdeck::kube", "The cluster sent an answer Driftdeck cannot read."),
                          QStringLiteral("invalid list JSON"));
        handleFailure(bad, true);
        return;
    }
    std::vector<nlohmann::json> items;
    if (auto it = doc.find("items"); it != doc.end() && it->is_array()) {
        items.reserve(it->size());
        for (auto &item : *it) {
            fillKind(item);
            std::string name = LiveStore::objectName(item);
            if (!name.empty())
                m_seen.insert(std::move(name));
            items.push_back(std::move(item));
        }
    }
    std::string cont;
    std::string rv;
    long remaining = -1;
    if (auto md = doc.find("metadata"); md != doc.end() && md->is_object()) {
        cont = md->value("continue", std::string());
        rv = md->value("resourceVersion", std::string());
        if (auto rem = md->find("remainingItemCount"); rem != md->end() && rem->is_number_integer())
            remaining = rem->get<long>();
    }
    doc = nullptr;
    m_store->upsert(m_kind, std::move(items));
    {
        std::lock_guard lock(m_statusMutex);
        ++m_status.listPages;
        m_status.remainingItems = remaining;
    }
    if (!cont.empty()) {
        m_continue = cont;
        publish();
        list();
        return;
    }
    m_store->retainOnly(m_kind, m_seen);
    m_seen.clear();
    m_continue.clear();
    m_rv = rv;
    m_backoff.reset();
    {
        std::lock_guard lock(m_statusMutex);
        m_status.synced = true;
        ++m_status.lists;
        m_status.lastListPages = m_status.listPages;
        m_status.listPages = 0;
        m_status.remainingItems = -1;
        m_status.failure = FailureKind::None;
        m_status.lastStatus = r.status;
        m_status.error = {};
        m_status.resourceVersion = rv;
    }
    watch();
    publish();
}

void Informer::watch()
{
    if (m_stopped)
        return;
    m_splitter.clear();
    m_watchExpired = false;
    m_watchEvents = 0;
    m_watchStarted = std::chrono::steady_clock::now();
    const long long minT = m_options.minWatchTimeout.count();
    const auto maxT = std::max(minT + 1, static_cast<long long>(m_options.maxWatchTimeout.count()));
    std::uniform_int_distribution<long long> timeout(minT, maxT - 1);
    ApiRequest req;
    req.path = m_resource.collectionPath() + "?watch=1&allowWatchBookmarks=true&resourceVersion=" + KubeClient::urlEncode(m_rv)
        + "&timeoutSeconds=" + std::to_string(timeout(m_random));
    if (m_options.metadataOnly)
        req.accept = kMetadataAccept;
    req.stream = true;
    req.lowSpeedSeconds = m_options.watchIdleSeconds;
    {
        std::lock_guard lock(m_statusMutex);
        m_status.phase = Phase::Watching;
        ++m_status.watches;
    }
    publish();
    auto self = shared_from_this();
    m_call = m_client->send(
        std::move(req),
        [self](ApiResponse &&r) {
            self->m_call = 0;
            if (!self->m_stopped)
                self->onWatchDone(std::move(r));
        },
        [self](std::string_view chunk) {
            if (!self->m_stopped)
                self->onWatchData(chunk);
        });
}

void Informer::onWatchData(std::string_view chunk)
{
    std::vector<LiveStore::Change> changes;
    bool broken = false;
    int errorCode = 0;
    std::string errorMessage;
    m_splitter.feed(chunk, [&](std::string_view line) {
        if (broken)
            return;
        WatchEvent ev = WatchEvent::decode(line);
        switch (ev.type) {
        case WatchEvent::Type::Added:
        case WatchEvent::Type::Modified:
        case WatchEvent::Type::Deleted: {
            std::string rv = ev.resourceVersion();
            fillKind(ev.object);
            changes.push_back({ev.type == WatchEvent::Type::Deleted, std::move(ev.object)});
            if (!rv.empty())
                m_rv = std::move(rv);
            break;
        }
        case WatchEvent::Type::Bookmark: {
            std::string rv = ev.resourceVersion();
            if (!rv.empty())
                m_rv = std::move(rv);
            break;
        }
        case WatchEvent::Type::Error:
            broken = true;
            errorCode = ev.statusCode();
            errorMessage = ev.statusMessage();
            break;
        case WatchEvent::Type::Invalid:
            broken = true;
            errorMessage = ev.parseError;
            break;
        }
    });
    if (!changes.empty()) {
        m_watchEvents += int(changes.size());
        m_store->apply(m_kind, std::move(changes));
    }
    if (m_splitter.overflowed()) {
        broken = true;
        errorMessage = "watch line over " + std::to_string(LineSplitter::kMaxLine) + " bytes";
    }
    if (!broken)
        return;
    if (errorCode != 410) {
        std::lock_guard lock(m_statusMutex);
        m_status.error = Error(QCoreApplication::translate("driftdeck::kube", "The cluster sent a watch event Driftdeck cannot read; it reconnects."),
                               m_resource.groupKind().toString() + u": " + QString::fromStdString(errorMessage));
    }
    m_client->cancel(m_call);
    m_call = 0;
    {
        std::lock_guard lock(m_statusMutex);
        m_status.resourceVersion = m_rv;
        m_status.lastStatus = errorCode;
    }
    if (errorCode == 410) {
        qCInfo(lcKube) << m_resource.groupKind().toString() << "watch expired:" << errorMessage.c_str() << "- relisting";
        m_continue.clear();
        m_seen.clear();
        retryLater(std::chrono::milliseconds(0), true);
    } else {
        qCInfo(lcKube) << m_resource.groupKind().toString() << "watch error" << errorCode << errorMessage.c_str();
        retryLater(m_backoff.next(), false);
    }
}

void Informer::onWatchDone(ApiResponse &&r)
{
    {
        std::lock_guard lock(m_statusMutex);
        m_status.resourceVersion = m_rv;
    }
    const auto lasted = std::chrono::steady_clock::now() - m_watchStarted;
    if (r.status == 200) {
        // The server ended the watch (timeoutSeconds) or the connection dropped: resume from the
        // last resourceVersion. A watch that delivered or lasted is healthy: no back-off yet.
        if (m_watchEvents > 0 || lasted > std::chrono::seconds(10))
            m_backoff.reset();
        if (r.failure == FailureKind::None && (m_watchEvents > 0 || lasted > std::chrono::seconds(1))) {
            watch();
            return;
        }
        {
            std::lock_guard lock(m_statusMutex);
            m_status.failure = r.failure;
            m_status.error = r.error;
        }
        retryLater(m_backoff.next(), false);
        publish();
        return;
    }
    handleFailure(r, false);
}

void Informer::handleFailure(const ApiResponse &r, bool relist)
{
    {
        std::lock_guard lock(m_statusMutex);
        m_status.failure = r.failure;
        m_status.lastStatus = r.status;
        m_status.error = r.error;
    }
    if (relist) {
        m_continue.clear();
        m_seen.clear();
        std::lock_guard lock(m_statusMutex);
        m_status.listPages = 0;
    }
    if (r.status == 410) {
        // expired continue token or resourceVersion: start over with a fresh list
        m_continue.clear();
        m_seen.clear();
        retryLater(std::chrono::milliseconds(0), true);
    } else if (r.status == 403) {
        qCInfo(lcKube) << "no access to" << m_resource.groupKind().toString();
        m_store->removeKind(m_kind);
        {
            std::lock_guard lock(m_statusMutex);
            m_status.phase = Phase::Denied;
        }
        retryLater(m_options.deniedRetry, true);
        std::lock_guard lock(m_statusMutex);
        m_status.phase = Phase::Denied;
    } else if (r.retryAfterSeconds > 0 && (r.status == 429 || r.status >= 500)) {
        retryLater(std::chrono::seconds(r.retryAfterSeconds), relist);
    } else {
        retryLater(m_backoff.next(), relist);
    }
    publish();
}

void Informer::retryLater(std::chrono::milliseconds delay, bool relist)
{
    if (m_stopped)
        return;
    {
        std::lock_guard lock(m_statusMutex);
        m_status.phase = Phase::Waiting;
    }
    auto self = shared_from_this();
    m_timer = m_client->loop().schedule(delay, [self, relist] {
        self->m_timer = 0;
        if (self->m_stopped)
            return;
        if (relist)
            self->list();
        else
            self->watch();
    });
}

} // namespace driftdeck::kube
