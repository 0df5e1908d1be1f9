// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commandline.h"
#include "core/common/result.h"
#include "core/drift/driftresult.h"
#include "core/engine/sourcespec.h"
#include "core/kube/clusterstatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

class QTimer;

namespace driftdeck::engine {
class DriftEngine;
struct SourceState;
} // namespace driftdeck::engine

namespace driftdeck::history {
class HistoryStore;
}

namespace driftdeck::views {
class MainWindow;
class WallWindow;
struct WallClusterSummary;
} // namespace driftdeck::views

namespace driftdeck::app {

class HistoryRecorder;

// Wires the engine (on its own worker thread) to the window and the wall: results feed the
// tree, statuses the cluster rows and tiles, a minute timer the history. The GUI thread never
// parses, diffs or waits on the network; it only asks the worker for a diff when a resource is
// selected.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(GuiOptions options, QObject *parent = nullptr);
    ~AppController() override;

    // Reads the kubeconfig and the sources and starts the engine. An error means nothing to
    // connect (the window shows its empty state with the reason).
    Result<void> start();
    void stop();

    void attach(views::MainWindow *window);
    void attach(views::WallWindow *wall);

    QStringList clusters() const { return m_clusterNames; }
    // The engine on its worker thread: only its thread-safe parts may be used from here
    // (connections' stores and statuses); the soak benchmark reads them.
    const engine::DriftEngine *engine() const { return m_engine; }
    // True once every cluster finished its first list (or is unreachable).
    bool allSettled() const;

Q_SIGNALS:
    // Emitted once, shortly after every cluster settled and its first results were applied.
    void clustersSettled();

public:
    // "Open pull request…" for a selection: plans the Git edit on the engine thread, shows the
    // dialog, and runs branch/commit/push/PR on a worker when the person clicks Create.
    void openPullRequest(const QList<drift::ResourceResult> &selection, QWidget *parent);
    // The drift history of one resource, from the history database.
    void showHistory(const drift::ResourceResult &resource, QWidget *parent);

private:
    void onResults(const QString &cluster, const QList<drift::ResourceResult> &upserts,
                   const QList<ResourceKey> &removed);
    void onClusterStatus(const QString &cluster, const kube::ClusterStatus &status);
    void onSource(const QString &cluster, const engine::SourceState &state);
    void refreshWall();
    views::WallClusterSummary summaryOf(const QString &cluster) const;
    QList<engine::SourceSpec> sourcesFor(const QString &cluster) const;

    GuiOptions m_options;
    QThread m_thread;
    engine::DriftEngine *m_engine = nullptr;   // lives on m_thread
    HistoryRecorder *m_recorder = nullptr;     // lives on m_thread
    std::unique_ptr<history::HistoryStore> m_historyReader; // GUI thread, read only
    QStringList m_clusterNames;
    QPointer<views::MainWindow> m_window;
    QPointer<views::WallWindow> m_wall;
    QTimer *m_wallTimer = nullptr;
    bool m_settledEmitted = false;

    // GUI-thread mirror of what the wall needs.
    struct ClusterView
    {
        kube::ClusterStatus status;
        QHash<ResourceKey, drift::ResourceResult> results;
        QDateTime lastGoodData;
        QDateTime lastChange;
        QString appliedRevision;
        QString branchHead;
    };
    QHash<QString, ClusterView> m_views;
};

} // namespace driftdeck::app
