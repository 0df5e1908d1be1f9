// SPDX-License-Identifier: GPL-3.0-or-later
// Drift core micro benchmarks. The typical Deployment is tests/core/drift/data/deployment-*.json
// (one container, env, ports, probes, resources, volumes, managedFields of two managers).
#include "core/drift/comparer.h"
#include "core/drift/ownershipindex.h"
#include "core/drift/sidebysidebuilder.h"

#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

using namespace driftdeck::drift;
using nlohmann::json;

namespace {

json load(const char *name)
{
    std::ifstream in(std::string(DRIFTDECK_SOURCE_DIR "/tests/core/drift/data/") + name);
    return json::parse(in);
}

const json &gitDeployment()
{
    static const json j = load("deployment-git.json");
    return j;
}

const json &liveDeployment()
{
    static const json j = load("deployment-live.json");
    return j;
}

json service(int i)
{
    return json::parse(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"svc","namespace":"shop"},
        "spec":{"selector":{"app":"web"},"ports":[{"name":"http","port":80,"targetPort":8080}]}})")
        .patch(json::array({{{"op", "replace"}, {"path", "/metadata/name"}, {"value", "svc-" + std::to_string(i)}}}));
}

json liveService(const json &git)
{
    json l = git;
    l["metadata"]["uid"] = "0b7c";
    l["metadata"]["resourceVersion"] = "123";
    l["metadata"]["creationTimestamp"] = "2026-11-27T10:00:00Z";
    l["spec"]["clusterIP"] = "10.96.0.10";
    l["spec"]["clusterIPs"] = json::array({"10.96.0.10"});
    l["spec"]["type"] = "ClusterIP";
    l["spec"]["sessionAffinity"] = "None";
    l["spec"]["ports"][0]["protocol"] = "TCP";
    l["status"] = json::parse(R"({"loadBalancer":{}})");
    return l;
}

json configMap(int i)
{
    json c{{"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"metadata", {{"name", "cfg-" + std::to_string(i)}, {"namespace", "shop"}}}};
    for (int k = 0; k < 8; ++k)
        c["data"]["key" + std::to_string(k)] = "value " + std::to_string(k * i);
    return c;
}

void BM_CompareDeploymentSynced(benchmark::State &state)
{
    const Comparer comparer;
    for (auto _ : state) {
        CompareResult r = comparer.compare(gitDeployment(), liveDeployment());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_CompareDeploymentSynced);

void BM_CompareDeploymentSyncedIndexed(benchmark::State &state)
{
    // The engine keeps the decoded ownership index with the live object.
    const Comparer comparer;
    const OwnershipIndex index = OwnershipIndex::fromObject(liveDeployment());
    for (auto _ : state) {
        CompareResult r = comparer.compare(gitDeployment(), liveDeployment(), &index);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_CompareDeploymentSyncedIndexed);

void BM_CompareDeploymentDrifted(benchmark::State &state)
{
    json live = liveDeployment();
    live["spec"]["replicas"] = 5;
    live["spec"]["template"]["spec"]["containers"][0]["image"] = "ghcr.io/acme/web:1.5.0";
    live["metadata"]["labels"]["owner"] = "alice";
    const Comparer comparer;
    for (auto _ : state) {
        CompareResult r = comparer.compare(gitDeployment(), live);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_CompareDeploymentDrifted);

void BM_OwnershipIndexDeployment(benchmark::State &state)
{
    for (auto _ : state) {
        OwnershipIndex index = OwnershipIndex::fromObject(liveDeployment());
        benchmark::DoNotOptimize(index);
    }
}
BENCHMARK(BM_OwnershipIndexDeployment);

void BM_SideBySideDeployment(benchmark::State &state)
{
    json live = liveDeployment();
    live["spec"]["replicas"] = 5;
    const CompareResult r = Comparer().compare(gitDeployment(), live);
    for (auto _ : state) {
        SideBySide s = SideBySideBuilder::build(gitDeployment(), live, r);
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(BM_SideBySideDeployment)->Unit(benchmark::kMicrosecond);

struct Workload
{
    std::vector<json> git;
    std::vector<json> live;
    std::vector<OwnershipIndex> ownership;
};

// 2,000 distinct pairs: 40% Deployments, 30% Services, 30% ConfigMaps, 1% drifted.
const Workload &workload()
{
    static const Workload w = [] {
        constexpr int kDistinct = 2000;
        Workload w;
        for (int i = 0; i < kDistinct; ++i) {
            const int kind = i % 10;
            if (kind < 4) {
                json g = gitDeployment();
                json l = liveDeployment();
                g["metadata"]["name"] = "web-" + std::to_string(i);
                l["metadata"]["name"] = "web-" + std::to_string(i);
                w.git.push_back(std::move(g));
                w.live.push_back(std::move(l));
            } else if (kind < 7) {
                w.git.push_back(service(i));
                w.live.push_back(liveService(w.git.back()));
            } else {
                w.git.push_back(configMap(i));
                w.live.push_back(w.git.back());
                w.live.back()["metadata"]["uid"] = "u";
            }
            if (i % 100 == 0 && w.live.back()["kind"] == "Deployment")
                w.live.back()["spec"]["replicas"] = 7;
        }
        for (const json &l : w.live)
            w.ownership.push_back(OwnershipIndex::fromObject(l));
        return w;
    }();
    return w;
}

// 100,000 comparisons over the 2,000 distinct pairs (memory stays near 100 MB), each compared
// 50 times; range(0) = 1 passes the ownership indexes the engine keeps with live objects.
void BM_Compare100k(benchmark::State &state)
{
    constexpr int kTotal = 100000;
    const Workload &w = workload();
    const bool indexed = state.range(0) != 0;
    const Comparer comparer;
    for (auto _ : state) {
        int drifted = 0;
        for (int n = 0; n < kTotal; ++n) {
            const size_t i = size_t(n) % w.git.size();
            const CompareResult r = comparer.compare(w.git[i], w.live[i], indexed ? &w.ownership[i] : nullptr);
            drifted += r.state == driftdeck::SyncState::Drifted;
        }
        benchmark::DoNotOptimize(drifted);
        state.counters["drifted"] = drifted;
    }
}
BENCHMARK(BM_Compare100k)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
