// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"
#include "core/drift/sidebyside.h"
#include "models/clusterstatus.h"
#include "models/resourcebatch.h"
#include "views/detailpane.h"

#include <QDateTime>
#include <QMainWindow>

#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;
class QToolButton;
class QTreeView;

namespace driftdeck::models {
class ClusterListModel;
class FieldChangeModel;
class ResourceFeeder;
class ResourceFilterModel;
class ResourceTreeModel;
} // namespace driftdeck::models

namespace driftdeck::views {

class DiffView;
class EmptyStateWidget;

// The main window. With nothing connected it shows the empty state; once the app reports a
// cluster or feeds results it shows the resource tree, the side-by-side diff, the field list and
// the detail pane.
//
// How the app feeds it:
//   window.setDiffProvider([&](const drift::ResourceResult &r, const drift::SideBySideOptions &o) {
//       return engine.sideBySide(r.cluster, r.key, o); });
//   window.setClusterStatus({"prod", ClusterStatus::State::Listing, 30, {}, now});
//   window.feeder()->submit(batch);   // from any thread, coalesced to about 10 per second
//   window.setSourceStatus(status);   // render errors, applied revision vs branch head
// contentReady() is emitted once every known cluster is Live, Degraded or Unreachable and
// the fed results are shown (or right away, for the empty state, when nothing was reported).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    // Builds the diff of a resource with the diff view's toggles (fields Git does not set,
    // status, managedFields); called again when a toggle changes.
    using DiffProvider = std::function<drift::SideBySide(const drift::ResourceResult &, const drift::SideBySideOptions &)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    EmptyStateWidget *emptyState() const { return m_emptyState; }
    void setKubeconfigHint(const QString &hint);

    // True once the window shows what it will show for now (the empty state, or the first full
    // comparison once data is expected); --screenshot waits for this.
    bool isContentReady() const { return m_contentReady; }

    models::ResourceTreeModel *model() const { return m_model; }
    models::ResourceFilterModel *filterModel() const { return m_filter; }
    models::ResourceFeeder *feeder() const { return m_feeder; }
    void setClusterStatus(const models::ClusterStatus &status);
    void setSourceStatus(const models::SourceStatus &status);
    void setDiffProvider(DiffProvider provider);
    // Reads the events of a resource without blocking: the provider calls `done` later, on the
    // GUI thread. Asked when a resource (not Missing) is selected or updated; answers for a
    // resource that is no longer selected are dropped.
    using EventsCallback = std::function<void(const ObjectEvents &)>;
    using EventsProvider = std::function<void(const drift::ResourceResult &, EventsCallback done)>;
    void setEventsProvider(EventsProvider provider);

    // The clusters of the kubeconfig, checkable over the tree: `checked` are connected.
    // Unchecking one emits clusterEnabledChanged(name, false) and removes it from the tree at
    // once; checking one emits clusterEnabledChanged(name, true) (the app connects it and
    // reports its status).
    void setAvailableClusters(const QStringList &all, const QStringList &checked);
    models::ClusterListModel *clusterList() const { return m_clusterList; }
    QTreeView *clusterView() const { return m_clusterView; }
    // Forgets a cluster and everything below it (pending results included).
    void removeCluster(const QString &cluster);

    // Selects (and reveals) a resource; false when it is not in the tree or filtered out.
    bool selectResource(const models::ResourceId &id);
    const drift::ResourceResult *currentResult() const;
    QTreeView *treeView() const { return m_tree; }
    DiffView *diffView() const { return m_diff; }
    DetailPane *detailPane() const { return m_detail; }

    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }
    bool isDark() const;
    // The worst sync state over every resource (the tray icon's colour); Synced when empty.
    SyncState worstState() const;
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    int notificationCount() const { return m_notifications; }

    // The drift report of the selected rows (everything when nothing is selected).
    QList<drift::ResourceResult> selectedResults() const;
    // Writes HTML or JSON by the file's suffix; false with a message on the status bar on error.
    bool exportReport(const QString &file);
    // A unified patch (Git -> live) of the selected resource's diff; empty when none.
    QString currentPatch() const;

Q_SIGNALS:
    void contentReady();
    void connectClusterRequested();
    void addRepositoryRequested();
    void clusterEnabledChanged(const QString &cluster, bool enabled);
    void demoRequested();
    void refreshRequested();
    // "Open Pull Request…" on the selection (drifted, missing or extra resources).
    void pullRequestRequested(const QList<driftdeck::drift::ResourceResult> &selection);
    // "Drift History…" of the current resource.
    void historyRequested(const driftdeck::drift::ResourceResult &resource);
    // View > Wall Display.
    void wallRequested();
    void preferencesChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createWorkspace();
    void createActions();
    void retranslate();
    void restoreLayout();
    void saveLayout();
    void markContentReady();
    void checkComparisonComplete();
    void showWorkspace();
    void showAbout();
    void showPreferences();
    void exportWithDialog();
    void copyPatch();
    void showCurrent();
    void onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void refreshFilterChoices();
    void updateTotals();
    void notifyDrift(const QList<drift::ResourceResult> &results);
    void applyStateFilter();
    void expandFiltered();
    void requestEvents();
    void requestOwnedEvents(const QString &cluster, const models::OwnedObject &owned, const models::ResourceId &shownBefore);

    QStackedWidget *m_pages = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_workspace = nullptr;
    QLabel *m_statusText = nullptr;

    models::ResourceTreeModel *m_model = nullptr;
    models::ResourceFilterModel *m_filter = nullptr;
    models::ResourceFeeder *m_feeder = nullptr;
    models::FieldChangeModel *m_fields = nullptr;
    models::ClusterListModel *m_clusterList = nullptr;
    QTreeView *m_clusterView = nullptr;
    QTreeView *m_tree = nullptr;
    QTreeView *m_fieldView = nullptr;
    DiffView *m_diff = nullptr;
    DetailPane *m_detail = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QSplitter *m_bottomSplitter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_kindBox = nullptr;
    QComboBox *m_namespaceBox = nullptr;
    QComboBox *m_stateBox = nullptr;
    QToolButton *m_onlyDriftButton = nullptr;
    QTimer *m_choicesTimer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_diffMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_addRepoAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyPatchAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_onlyDriftAction = nullptr;
    QAction *m_showDiffAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_themeSystemAction = nullptr;
    QAction *m_themeLightAction = nullptr;
    QAction *m_themeDarkAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_pullRequestAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_wallAction = nullptr;
    QMenu *m_resourceMenu = nullptr;

    DiffProvider m_provider;
    EventsProvider m_eventsProvider;
    ObjectEvents m_events;          // the last answer, for m_eventsFor
    models::ResourceId m_eventsFor; // whose events the detail pane shows
    quint64 m_eventsGeneration = 0;
    drift::ResourceResult m_current;
    bool m_hasCurrent = false;
    drift::SideBySide m_currentDiff;
    Theme m_theme = Theme::System;
    QDateTime m_lastNotification;
    int m_notifications = 0;
    bool m_expectingData = false;
    bool m_contentReady = false;
};

} // namespace driftdeck::views
