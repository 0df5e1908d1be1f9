// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end scale harness for kube-sim over HTTPS: N ConfigMaps in memory, a paged list of all
// of them, and W concurrent watchers while a writer makes R changes a second.
// Usage: bench_kubesim_scale [--objects 100000] [--page 500] [--watchers 50] [--rate 2000] [--seconds 10]
#include "kubesim.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <openssl/pem.h>

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

long rssKiB()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::atol(line.c_str() + 6);
    }
    return -1;
}

int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

std::unique_ptr<httplib::SSLClient> client(const kubesim::Server &server)
{
    auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", server.port());
    const std::string ca = server.caPem();
    BIO *bio = BIO_new_mem_buf(ca.data(), static_cast<int>(ca.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, cert);
    X509_free(cert);
    c->set_ca_cert_store(store);
    c->enable_server_certificate_verification(true);
    c->set_read_timeout(120, 0);
    c->set_keep_alive(true);
    return c;
}

struct Watcher {
    std::unique_ptr<httplib::SSLClient> http;
    std::thread thread;
    std::atomic<long> events{0};
    std::mutex mutex;
    std::vector<int64_t> latenciesNs;
    std::string buffer;
};

} // namespace

int main(int argc, char **argv)
{
    int objects = 100000;
    int page = 500;
    int watchers = 50;
    int rate = 2000;
    int seconds = 10;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        const int v = std::atoi(argv[i + 1]);
        if (a == "--objects")
            objects = v;
        else if (a == "--page")
            page = v;
        else if (a == "--watchers")
            watchers = v;
        else if (a == "--rate")
            rate = v;
        else if (a == "--seconds")
            seconds = v;
    }

    kubesim::Options options;
    options.token = "bench";
    options.syntheticConfigMaps = objects;
    options.threads = watchers + 64;
    options.watchWindow = static_cast<size_t>(std::max(10000, rate * 5));
    const long rssBefore = rssKiB();
    auto t0 = Clock::now();
    kubesim::Server server(options);
    std::string error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "start failed: %s\n", error.c_str());
        return 1;
    }
    const double startSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    const long rssAfter = rssKiB();
    std::printf("store: %d ConfigMaps created in %.2f s (%.0f/s), RSS %.1f MiB (+%.1f MiB, %.2f KiB/object)\n", objects,
                startSeconds, objects / startSeconds, rssAfter / 1024.0, (rssAfter - rssBefore) / 1024.0,
                double(rssAfter - rssBefore) / std::max(1, objects));

    // Paged list over HTTPS
    const httplib::Headers auth{{"Authorization", "Bearer bench"}, {"Accept-Encoding", "identity"}};
    auto lister = client(server);
    t0 = Clock::now();
    std::string cont;
    long items = 0;
    int pages = 0;
    size_t bytes = 0;
    std::vector<double> pageMs;
    do {
        std::string path = "/api/v1/namespaces/synthetic/configmaps?limit=" + std::to_string(page);
        if (!cont.empty())
            path += "&continue=" + cont;
        const auto p0 = Clock::now();
        auto res = lister->Get(path, auth);
        pageMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - p0).count());
        if (!res || res->status != 200) {
            std::fprintf(stderr, "list failed\n");
            return 1;
        }
        bytes += res->body.size();
        // the list metadata comes first; items are counted by their kind, without a full parse
        const std::string &b = res->body;
        const size_t itemsAt = b.find("\"items\":[");
        const size_t c = b.find("\"continue\":\"");
        cont = c != std::string::npos && c < itemsAt ? b.substr(c + 12, b.find('"', c + 12) - (c + 12)) : std::string();
        for (size_t at = b.find("\"kind\":\"ConfigMap\"", itemsAt); at != std::string::npos;
             at = b.find("\"kind\":\"ConfigMap\"", at + 1))
            ++items;
        ++pages;
    } while (!cont.empty());
    const double listSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    std::sort(pageMs.begin(), pageMs.end());
    std::printf("list: %ld items in %d pages of %d in %.2f s (%.0f items/s, %.1f MiB), page p50 %.1f ms p99 %.1f ms\n", items,
                pages, page, listSeconds, items / listSeconds, bytes / 1048576.0, pageMs[pageMs.size() / 2],
                pageMs[std::min(pageMs.size() - 1, pageMs.size() * 99 / 100)]);

    // Watch fan-out
    auto rvRes = lister->Get("/api/v1/namespaces/synthetic/configmaps?limit=1", auth);
    const std::string rv = json::parse(rvRes->body)["metadata"]["resourceVersion"].get<std::string>();
    std::vector<std::unique_ptr<Watcher>> ws;
    std::atomic<int> open{0};
    for (int w = 0; w < watchers; ++w) {
        auto watcher = std::make_unique<Watcher>();
        watcher->http = client(server);
        Watcher *self = watcher.get();
        watcher->thread = std::thread([self, rv, &auth, &open] {
            self->http->Get(
                "/api/v1/namespaces/synthetic/configmaps?watch=1&allowWatchBookmarks=true&timeoutSeconds=600&resourceVersion=" + rv,
                auth,
                [&open](const httplib::Response &) {
                    ++open;
                    return true;
                },
                [self](const char *data, size_t len) {
                    self->buffer.append(data, len);
                    size_t start = 0;
                    size_t nl;
                    const int64_t now = nowNs();
                    while ((nl = self->buffer.find('\n', start)) != std::string::npos) {
                        const size_t ts = self->buffer.find("\"ts\":\"", start);
                        if (ts != std::string::npos && ts < nl) {
                            const int64_t sent = std::atoll(self->buffer.c_str() + ts + 6);
                            const long n = ++self->events;
                            if (n % 10 == 0) {
                                std::lock_guard lock(self->mutex);
                                self->latenciesNs.push_back(now - sent);
                            }
                        }
                        start = nl + 1;
                    }
                    self->buffer.erase(0, start);
                    return true;
                });
        });
        ws.push_back(std::move(watcher));
    }
    const auto openDeadline = Clock::now() + std::chrono::seconds(30);
    while (open < watchers && Clock::now() < openDeadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::printf("watch: %d/%d watchers open\n", open.load(), watchers);

    const long total = static_cast<long>(rate) * seconds;
    t0 = Clock::now();
    const auto interval = std::chrono::nanoseconds(1000000000LL / rate);
    auto next = t0;
    for (long i = 0; i < total; ++i) {
        std::this_thread::sleep_until(next);
        next += interval;
        char name[32];
        std::snprintf(name, sizeof name, "cm-%06ld", i % objects);
        server.apply(json{{"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"metadata", {{"name", name}, {"namespace", "synthetic"}}},
                          {"data", {{"ts", std::to_string(nowNs())}}}},
                     "bench-writer");
    }
    const double writeSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    const long expected = total * watchers;
    const auto drainDeadline = Clock::now() + std::chrono::seconds(30);
    auto delivered = [&] {
        long n = 0;
        for (const auto &w : ws)
            n += w->events;
        return n;
    };
    while (delivered() < expected && Clock::now() < drainDeadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const double allSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    std::vector<int64_t> lat;
    long minEvents = total;
    long maxEvents = 0;
    for (auto &w : ws) {
        minEvents = std::min<long>(minEvents, w->events);
        maxEvents = std::max<long>(maxEvents, w->events);
        std::lock_guard lock(w->mutex);
        lat.insert(lat.end(), w->latenciesNs.begin(), w->latenciesNs.end());
    }
    std::sort(lat.begin(), lat.end());
    auto pct = [&](double p) { return lat.empty() ? 0.0 : lat[std::min(lat.size() - 1, size_t(p * lat.size()))] / 1e6; };
    std::printf("watch: %ld writes in %.2f s (%.0f/s); %ld of %ld events delivered in %.2f s (%.0f events/s); per watcher min %ld max %ld\n",
                total, writeSeconds, total / writeSeconds, delivered(), expected, allSeconds, delivered() / allSeconds,
                minEvents, maxEvents);
    std::printf("watch latency (write to receipt): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n", pct(0.5), pct(0.9),
                pct(0.99), lat.empty() ? 0.0 : lat.back() / 1e6);
    std::printf("RSS at end %.1f MiB\n", rssKiB() / 1024.0);

    for (auto &w : ws)
        w->http->stop();
    server.stop();
    for (auto &w : ws) {
        if (w->thread.joinable())
            w->thread.join();
    }
    return delivered() == expected ? 0 : 2;
}
