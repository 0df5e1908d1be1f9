// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commandline.h"
#include "core/common/result.h"
#include "core/drift/comparer.h"
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

namespace driftdeck::kube {
class Kubeconfig;
}

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
class OwnedObjectsService;

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
    // (connections' stores and statuses); the soak benchmark reads them. Not while a cluster
    // is checked or unchecked in the window (that adds or removes engine clusters).
    const engine::DriftEngine *engine() const { return m_engine; }
    // Every context of the kubeconfig (the checkable cluster list).
    QStringList availableClusters() const;
    // Connects (adds to the engine with its sources) or disconnects (removes from the engine
    // and the window) one cluster, and remembers the connected ones in QSettings
    // ("connection/clusters"), restored at the next start without --context/--workspace.
    Result<void> setClusterEnabled(const QString &cluster, bool enabled);
    // Adds a source (File > Add Repository…) to its cluster and remembers it in QSettings
    // ("connection/sources"); loading and rendering happen on the engine thread.
    Result<void> addSource(const engine::SourceSpec &spec);
    QList<engine::SourceSpec> addedSources() const { return m_addedSources; }
    // Shows the Add Repository dialog; adds the source when it is accepted.
    void showAddRepository(QWidget *parent);

    // The engine's comparison settings from the preferences (QSettings): the ignored fields
    // (engine/ignoreRules) become one rule for every resource; `error` names a line that
    // cannot be read (that line is left out, the rest applies).
    static drift::CompareOptions compareOptionsFromSettings(QString *error = nullptr);
    static bool exactFromSettings();
    // Re-reads the preferences and passes them to the engine, which re-evaluates.
    void applyPreferences();
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
    void connectOnEngine(const QString &cluster, const QList<engine::SourceSpec> &sources);
    void rememberClusters() const;
    void rememberSources() const;
    bool remembers() const { return !m_options.demo; }

    GuiOptions m_options;
    QThread m_thread;
    engine::DriftEngine *m_engine = nullptr;   // lives on m_thread
    HistoryRecorder *m_recorder = nullptr;     // lives on m_thread
    OwnedObjectsService *m_owned = nullptr;    // lives on m_thread
    std::unique_ptr<history::HistoryStore> m_historyReader; // GUI thread, read only
    QStringList m_clusterNames;
    std::shared_ptr<kube::Kubeconfig> m_config;
    QList<engine::SourceSpec> m_addedSources; // File > Add Repository…, every cluster
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
