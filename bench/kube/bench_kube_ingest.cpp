// SPDX-License-Identifier: GPL-3.0-or-later
// The informer's CPU path for watch events: line splitting, JSON decoding, store update with
// change batches. Items/s is the sustained event rate one core can apply.
#include "core/kube/linesplitter.h"
#include "core/kube/livestore.h"
#include "core/kube/watchevent.h"

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

using namespace driftdeck::kube;

namespace {

// A Deployment as a real cluster sends it: labels, annotations with last-applied, managedFields.
nlohmann::json deployment(int i, int rv)
{
    const std::string name = "app-" + std::to_string(i);
    nlohmann::json container = {{"name", "web"},
                                {"image", "ghcr.io/example/web:1.2." + std::to_string(i % 7)},
                                {"imagePullPolicy", "IfNotPresent"}};
    container["ports"] = nlohmann::json::array({{{"containerPort", 8080}, {"protocol", "TCP"}}});
    container["resources"]["requests"] = {{"cpu", "100m"}, {"memory", "128Mi"}};
    nlohmann::json spec;
    spec["replicas"] = 2;
    spec["selector"]["matchLabels"]["app"] = name;
    spec["template"]["metadata"]["labels"]["app"] = name;
    spec["template"]["spec"]["containers"] = nlohmann::json::array({container});
    nlohmann::json lastApplied = {{"apiVersion", "apps/v1"}, {"kind", "Deployment"},
                                  {"metadata", {{"name", name}, {"namespace", "shop"}}}, {"spec", spec}};
    nlohmann::json fields = nlohmann::json::parse(
        R"({"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:replicas":{},"f:selector":{},"f:template":{"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:containers":{"k:{\"name\":\"web\"}":{".":{},"f:image":{},"f:name":{},"f:ports":{},"f:resources":{}}}}}}})");
    return {{"apiVersion", "apps/v1"},
            {"kind", "Deployment"},
            {"metadata",
             {{"name", name},
              {"namespace", "shop"},
              {"uid", "0b7c5f3e-4d1a-4c55-9a0e-" + std::to_string(100000000000 + i)},
              {"resourceVersion", std::to_string(rv)},
              {"generation", 3},
              {"creationTimestamp", "2026-11-27T10:00:00Z"},
              {"labels", {{"app", name}, {"kustomize.toolkit.fluxcd.io/name", "apps"}, {"kustomize.toolkit.fluxcd.io/namespace", "flux-system"}}},
              {"annotations", {{"kubectl.kubernetes.io/last-applied-configuration", lastApplied.dump()}}},
              {"managedFields",
               {{{"manager", "kustomize-controller"}, {"operation", "Apply"}, {"apiVersion", "apps/v1"},
                 {"time", "2026-11-27T10:00:00Z"}, {"fieldsType", "FieldsV1"}, {"fieldsV1", fields}},
                {{"manager", "kube-controller-manager"}, {"operation", "Update"}, {"apiVersion", "apps/v1"},
                 {"time", "2026-11-27T10:00:05Z"}, {"fieldsType", "FieldsV1"}, {"subresource", "status"},
                 {"fieldsV1", {{"f:status", {{"f:replicas", nlohmann::json::object()}, {"f:readyReplicas", nlohmann::json::object()}}}}}}}}}},
            {"spec", spec},
            {"status", {{"replicas", 2}, {"readyReplicas", 2}, {"observedGeneration", 3}}}};
}

std::string watchStream(int objects, int events)
{
    std::string out;
    for (int e = 0; e < events; ++e) {
        nlohmann::json line = {{"type", e < objects ? "ADDED" : "MODIFIED"}, {"object", deployment(e % objects, 1000 + e)}};
        out += line.dump();
        out += '\n';
    }
    return out;
}

void BM_WatchIngest(benchmark::State &state)
{
    const int objects = int(state.range(0));
    const int events = objects * 2;
    const std::string stream = watchStream(objects, events);
    const GroupKind kind{QStringLiteral("apps"), QStringLiteral("Deployment")};
    for (auto _ : state) {
        LiveStore store(QStringLiteral("bench"));
        std::size_t batches = 0;
        QObject::connect(&store, &LiveStore::changed, &store, [&](const ChangeBatch &) { ++batches; }, Qt::DirectConnection);
        LineSplitter splitter;
        constexpr std::size_t kChunk = 16 * 1024; // a typical TLS record train per read
        for (std::size_t off = 0; off < stream.size(); off += kChunk) {
            std::vector<LiveStore::Change> changes;
            splitter.feed(std::string_view(stream).substr(off, kChunk), [&](std::string_view line) {
                WatchEvent ev = WatchEvent::decode(line);
                changes.push_back({ev.type == WatchEvent::Type::Deleted, std::move(ev.object)});
            });
            if (!changes.empty())
                store.apply(kind, std::move(changes));
        }
        benchmark::DoNotOptimize(batches);
        if (store.size() != std::size_t(objects))
            state.SkipWithError("store size mismatch");
    }
    state.SetItemsProcessed(state.iterations() * events);
    state.SetBytesProcessed(state.iterations() * int64_t(stream.size()));
}
BENCHMARK(BM_WatchIngest)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_BytesPerObject(benchmark::State &state)
{
    const nlohmann::json full = deployment(1, 1);
    nlohmann::json compact = full;
    compact["metadata"].erase("managedFields");
    compact["metadata"]["annotations"].erase("kubectl.kubernetes.io/last-applied-configuration");
    std::size_t bytes = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(bytes = LiveStore::estimateHeapBytes(full));
    state.counters["heap_bytes"] = double(LiveStore::estimateHeapBytes(full));
    state.counters["json_bytes"] = double(full.dump().size());
    state.counters["heap_bytes_compacted"] = double(LiveStore::estimateHeapBytes(compact));
    state.counters["json_bytes_compacted"] = double(compact.dump().size());
}
BENCHMARK(BM_BytesPerObject);

} // namespace

BENCHMARK_MAIN();
