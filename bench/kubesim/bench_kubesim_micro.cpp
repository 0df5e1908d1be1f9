// SPDX-License-Identifier: GPL-3.0-or-later
// In-process costs of kube-sim's write path: server-side apply, merge patches, FieldsV1.
#include "cluster.h"
#include "fieldset.h"
#include "quantity.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

namespace {

using nlohmann::json;

json deployment(int i)
{
    return json::parse(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d","namespace":"bench","labels":{"app":"web"}},
      "spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},
      "spec":{"containers":[{"name":"web","image":"nginx:1.25","ports":[{"containerPort":80}],
      "resources":{"limits":{"cpu":"1000m","memory":"0.5Gi"}},"env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]}]}}}})")
        .patch(json::array({json{{"op", "replace"}, {"path", "/metadata/name"}, {"value", "d" + std::to_string(i)}}}));
}

void BM_ApplyCreateConfigMap(benchmark::State &state)
{
    kubesim::Cluster cluster(1000);
    cluster.bootstrap();
    int i = 0;
    for (auto _ : state) {
        const json cm{{"apiVersion", "v1"}, {"kind", "ConfigMap"},
                      {"metadata", {{"name", "cm" + std::to_string(++i)}, {"namespace", "bench"}, {"labels", {{"app", "x"}}}}},
                      {"data", {{"a", "1"}, {"b", "2"}}}};
        benchmark::DoNotOptimize(cluster.applyObject(cm, "flux", true, true));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ApplyCreateConfigMap);

void BM_ApplyUpdateDeployment(benchmark::State &state)
{
    kubesim::Cluster cluster(1000);
    cluster.bootstrap();
    json d = deployment(0);
    cluster.applyObject(d, "flux", true, true);
    int i = 0;
    for (auto _ : state) {
        d["spec"]["replicas"] = 1 + (++i % 5);
        benchmark::DoNotOptimize(cluster.applyObject(d, "flux", true, true));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ApplyUpdateDeployment);

void BM_MergePatchConfigMap(benchmark::State &state)
{
    kubesim::Cluster cluster(1000);
    cluster.bootstrap();
    cluster.applyObject(json{{"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"metadata", {{"name", "p"}, {"namespace", "bench"}}}},
                        "flux", true, true);
    const auto type = cluster.registry().find("", "v1", "configmaps");
    kubesim::WriteContext ctx;
    ctx.manager = "bench";
    int i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(cluster.patch(*type, "bench", "p", "application/merge-patch+json",
                                               json{{"data", {{"n", std::to_string(++i)}}}}.dump(), ctx));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MergePatchConfigMap);

void BM_FieldSetFromDeployment(benchmark::State &state)
{
    const json d = deployment(1);
    for (auto _ : state)
        benchmark::DoNotOptimize(kubesim::FieldSet::fromObject(d, true, false).toFieldsV1());
}
BENCHMARK(BM_FieldSetFromDeployment);

void BM_QuantityCanonicalize(benchmark::State &state)
{
    const char *inputs[] = {"1000m", "0.5Gi", "250m", "1536Mi", "2000"};
    int i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(kubesim::Quantity::canonicalize(inputs[++i % 5]));
}
BENCHMARK(BM_QuantityCanonicalize);

} // namespace

BENCHMARK_MAIN();
