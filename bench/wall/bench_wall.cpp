// SPDX-License-Identifier: GPL-3.0-or-later
// The wall with 64 clusters of 5,000 resources each: cost of one cluster update on the GUI
// thread (new summary applied to its tile and the tile repainted), and of a full 64-tile
// repaint as a screen refresh would do it. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/bench/wall/bench_wall
#include "views/walltile.h"
#include "views/wallwindow.h"

#include <benchmark/benchmark.h>

#include <QApplication>

using namespace driftdeck;
using namespace driftdeck::views;

namespace {

WallClusterSummary summary(int i, int round)
{
    WallClusterSummary s;
    s.name = QStringLiteral("cluster-%1").arg(i, 2, 10, QLatin1Char('0'));
    s.connection = WallClusterSummary::Connection::Live;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.lastGoodData = now;
    s.lastChange = now.addSecs(-60);
    const int drifted = (i + round) % 40;
    s.counts[size_t(SyncState::Synced)] = 5000 - drifted - 3;
    s.counts[size_t(SyncState::Drifted)] = drifted;
    s.counts[size_t(SyncState::Missing)] = 2;
    s.counts[size_t(SyncState::Extra)] = 1;
    s.appliedRevision = QStringLiteral("0123456789abcdef");
    s.branchHead = QStringLiteral("fedcba9876543210");
    for (int m = 0; m < 24 * 60; m += 5) // one point per five minutes over 24 h
        s.trend.append(QPointF(now.addSecs(-m * 60).toMSecsSinceEpoch(), (m + round) % 37));
    for (int k = 0; k < 5; ++k)
        s.topDrift.append({QStringLiteral("Deployment/shop/web-%1").arg(k), QStringLiteral("spec.replicas"), QStringLiteral("kubectl-scale"), now});
    return s;
}

void updateOneCluster(benchmark::State &state, QSize size)
{
    WallWindow wall;
    wall.resize(size);
    for (int i = 0; i < 64; ++i)
        wall.updateCluster(summary(i, 0));
    wall.show();
    QCoreApplication::processEvents();
    int round = 1;
    for (auto _ : state) {
        const int i = round % 64;
        wall.updateCluster(summary(i, round));
        wall.tile(summary(i, round).name)->repaint();
        ++round;
    }
}

void BM_WallUpdate1080(benchmark::State &state) { updateOneCluster(state, QSize(1920, 1080)); }
void BM_WallUpdate2160(benchmark::State &state) { updateOneCluster(state, QSize(3840, 2160)); }

void BM_WallUpdateFullTiles(benchmark::State &state)
{
    // Twelve clusters get full tiles with the QtCharts donut and trend.
    WallWindow wall;
    wall.resize(1920, 1080);
    for (int i = 0; i < 12; ++i)
        wall.updateCluster(summary(i, 0));
    wall.show();
    QCoreApplication::processEvents();
    int round = 1;
    for (auto _ : state) {
        const int i = round % 12;
        wall.updateCluster(summary(i, round));
        wall.tile(summary(i, round).name)->repaint();
        ++round;
    }
}

void BM_WallRepaintAll64(benchmark::State &state)
{
    WallWindow wall;
    wall.resize(1920, 1080);
    for (int i = 0; i < 64; ++i)
        wall.updateCluster(summary(i, 0));
    wall.show();
    QCoreApplication::processEvents();
    for (auto _ : state)
        wall.repaint();
}

} // namespace

BENCHMARK(BM_WallUpdate1080)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WallUpdate2160)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WallUpdateFullTiles)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WallRepaintAll64)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
