// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/result.h"

#include <benchmark/benchmark.h>

namespace {

driftdeck::Result<int> parse(int i)
{
    if (i % 64 == 0)
        return driftdeck::Error(QStringLiteral("bad"), QStringLiteral("cause"));
    return i * 2;
}

void BM_ResultValueOrError(benchmark::State &state)
{
    int i = 0;
    for (auto _ : state) {
        auto r = parse(++i);
        benchmark::DoNotOptimize(r.ok() ? r.value() : 0);
    }
}
BENCHMARK(BM_ResultValueOrError);

} // namespace

BENCHMARK_MAIN();
