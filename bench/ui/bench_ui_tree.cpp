// SPDX-License-Identifier: GPL-3.0-or-later
// The resource tree and the diff view at the sizes of issue 7: 100,000 resources in one tree
// (a QTreeView over ResourceFilterModel over ResourceTreeModel, shown), and a 5,000-line
// manifest in the diff view. Prints the median of several runs per figure and exits 1 when a
// budget is exceeded.
//   QT_QPA_PLATFORM=offscreen bench_ui_tree [--resources N] [--runs N] [--batches N] [--qtreeview]
// --batches N applies N more batches of 1,000 changes after the first run, so that
// `perf record -g` sees mostly the batch path. --qtreeview uses a plain QTreeView instead of
// the window's ResourceTreeView (the figure before views/resourcetreeview.cpp).
#include "models/resourcefiltermodel.h"
#include "models/resourcetreemodel.h"
#include "views/diffview.h"
#include "views/resourcetreeview.h"
#include "views/treedelegate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

using namespace driftdeck;
using namespace driftdeck::models;

namespace {

QList<drift::ResourceResult> makeResources(int count)
{
    static const QStringList kinds{QStringLiteral("Deployment"), QStringLiteral("Service"), QStringLiteral("ConfigMap"),
                                   QStringLiteral("Secret"), QStringLiteral("ServiceAccount"), QStringLiteral("Role"),
                                   QStringLiteral("RoleBinding"), QStringLiteral("Ingress"), QStringLiteral("HorizontalPodAutoscaler"),
                                   QStringLiteral("PodDisruptionBudget")};
    QList<drift::ResourceResult> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        drift::ResourceResult r;
        r.cluster = QStringLiteral("prod-eu-%1").arg(i % 2);
        r.source = QStringLiteral("flux-system/tenant-%1").arg((i / 2) % 5);
        r.key = {QString(), kinds[(i / 10) % kinds.size()], QStringLiteral("team-%1").arg((i / 100) % 100),
                 QStringLiteral("app-%1").arg(i)};
        const int pick = i % 50;
        r.state = pick == 0 ? SyncState::Drifted : pick == 1 ? SyncState::Missing : pick == 2 ? SyncState::Extra : SyncState::Synced;
        r.health = HealthState::Healthy;
        out.append(r);
    }
    return out;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// CPU time of this (the GUI) thread per measurement, beside the wall time: on a shared machine
// the wall time includes waiting for a core.
QList<double> *g_cpu = nullptr;

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    const double cpu = threadCpuMs();
    t.start();
    f();
    if (g_cpu)
        g_cpu->append(threadCpuMs() - cpu);
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int count = 100000;
    int runs = 5;
    int extraBatches = 0;
    const bool plainView = QApplication::arguments().contains(QStringLiteral("--qtreeview"));
    const QStringList args = QApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--resources")
            count = args[i + 1].toInt();
        else if (args[i] == u"--runs")
            runs = args[i + 1].toInt();
        if (args[i] == u"--batches")
            extraBatches = args[i + 1].toInt();
    }
    const QList<drift::ResourceResult> resources = makeResources(count);
    QList<double> populate, keystroke, keystroke2, clearFilter, batch, batchModelOnly, filterOnly, diffCompact, diffFull;
    QList<double> batchCpu;
    for (int run = 0; run < runs; ++run) {
        ResourceTreeModel model;
        ResourceFilterModel proxy;
        proxy.setSourceModel(&model);
        std::unique_ptr<QTreeView> viewHolder(plainView ? new QTreeView : new views::ResourceTreeView);
        QTreeView &view = *viewHolder;
        view.setModel(&proxy);
        view.setItemDelegate(new views::TreeDelegate(&view));
        view.setUniformRowHeights(true);
        view.setSortingEnabled(true);
        view.sortByColumn(0, Qt::AscendingOrder);
        view.resize(900, 900);
        view.show();
        QCoreApplication::processEvents();

        ResourceBatch initial;
        initial.upserts = resources;
        populate << timeMs([&] {
            model.applyBatch(initial);
            // As the window does: clusters open to their sources; then one layout and paint.
            for (int c = 0; c < proxy.rowCount(); ++c) {
                const QModelIndex cluster = proxy.index(c, 0);
                view.expand(cluster);
                for (int s = 0; s < proxy.rowCount(cluster); ++s)
                    view.expand(proxy.index(s, 0, cluster));
            }
            view.repaint();
        });
        // Typing "app-4242" into the filter: the last two keystrokes.
        proxy.setFilterText(QStringLiteral("app-42"));
        keystroke << timeMs([&] {
            proxy.setFilterText(QStringLiteral("app-424"));
            view.expandAll();
            view.repaint();
        });
        keystroke2 << timeMs([&] {
            proxy.setFilterText(QStringLiteral("app-4242"));
            view.expandAll();
            view.repaint();
        });
        clearFilter << timeMs([&] {
            proxy.setFilterText(QString());
            view.repaint();
        });
        // 1,000 state changes spread over the tree.
        ResourceBatch changes;
        QRandomGenerator rng(run + 1);
        for (int i = 0; i < 1000; ++i) {
            drift::ResourceResult r = resources[rng.bounded(count)];
            r.state = r.state == SyncState::Drifted ? SyncState::Synced : SyncState::Drifted;
            changes.upserts.append(r);
        }
        g_cpu = &batchCpu;
        batch << timeMs([&] { model.applyBatch(changes); });
        g_cpu = nullptr;
        if (run == 0) {
            for (int b = 0; b < extraBatches; ++b) {
                for (auto &r : changes.upserts)
                    r.state = r.state == SyncState::Drifted ? SyncState::Synced : SyncState::Drifted;
                model.applyBatch(changes);
            }
        }
        // The same batch on a model without proxy or view: the model's own share.
        ResourceTreeModel bare;
        bare.applyBatch(initial);
        batchModelOnly << timeMs([&] { bare.applyBatch(changes); });
        proxy.setFilterText(QStringLiteral("app-42"));
        filterOnly << timeMs([&] { proxy.setFilterText(QStringLiteral("app-424")); });
        proxy.setFilterText(QString());
    }

    // A 5,000-line manifest with a change every 50 lines.
    drift::SideBySide diff;
    QStringList left, right;
    for (int i = 0; i < 5000; ++i) {
        left << QStringLiteral("      - name: container-%1\n").arg(i).trimmed();
        const bool changed = i % 50 == 25;
        right << (changed ? QStringLiteral("- name: container-%1-patched").arg(i) : left.last());
        diff.rows << drift::DiffRow{i, i, changed ? drift::DiffRow::Kind::Changed : drift::DiffRow::Kind::Same};
    }
    diff.leftText = left.join(u'\n');
    diff.rightText = right.join(u'\n');
    for (int run = 0; run < runs; ++run) {
        views::DiffView view;
        view.resize(1200, 800);
        view.show();
        QCoreApplication::processEvents();
        diffCompact << timeMs([&] {
            view.setDiff(diff);
            view.repaint();
        });
        view.setCompact(false);
        diffFull << timeMs([&] {
            view.setDiff(diff);
            view.repaint();
        });
    }

    struct Figure
    {
        const char *name;
        double ms;
        double budget;
    };
    const Figure figures[] = {
        {"initial population (applyBatch + expand + paint)", median(populate), 1000},
        {"filter keystroke 'app-42' -> 'app-424' (+expandAll, paint)", median(keystroke), 100},
        {"filter keystroke 'app-424' -> 'app-4242' (+expandAll, paint)", median(keystroke2), 100},
        {"clear filter (+paint)", median(clearFilter), 100},
        {"batch of 1,000 state changes (applyBatch)", median(batch), 16},
        {"  of which the model alone (no proxy, no view)", median(batchModelOnly), 16},
        {"  filter keystroke, proxy only (no expand, no paint)", median(filterOnly), 100},
        {"open 5,000-line diff, compact (setDiff + paint)", median(diffCompact), 100},
        {"open 5,000-line diff, expanded (setDiff + paint)", median(diffFull), 100},
    };
    std::printf("resources: %d, runs: %d (median)\n", count, runs);
    std::printf("%-64s %9.2f ms  (GUI thread CPU time of the batch)\n", "batch of 1,000 state changes, CPU time", median(batchCpu));
    bool ok = true;
    for (const Figure &f : figures) {
        const bool within = f.ms <= f.budget;
        ok = ok && within;
        std::printf("%-64s %9.2f ms  (budget %5.0f ms) %s\n", f.name, f.ms, f.budget, within ? "ok" : "OVER");
    }
    return ok ? 0 : 1;
}
