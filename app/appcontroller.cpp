// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appcontroller.h"

#include "app/historyrecorder.h"
#include "core/common/logging.h"
#include "core/engine/driftengine.h"
#include "core/engine/sourcebridge.h"
#include "core/workspace/workspace.h"
#include "core/history/historystore.h"
#include "core/kube/kubeconfig.h"
#include "models/clusterstatus.h"
#include "models/resourcebatch.h"
#include "models/resourcefeeder.h"
#include "views/historydialog.h"
#include "views/mainwindow.h"
#include "views/pullrequestdialog.h"
#include "views/wallsummary.h"
#include "views/wallwindow.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace driftdeck::app {

namespace {

models::ClusterStatus toModel(const QString &cluster, const kube::ClusterStatus &s)
{
    models::ClusterStatus m;
    m.name = cluster;
    m.since = s.since;
    switch (s.state) {
    case kube::ClusterStatus::State::Connecting: m.state = models::ClusterStatus::State::Connecting; break;
    case kube::ClusterStatus::State::Listing:
        m.state = models::ClusterStatus::State::Listing;
        m.progress = s.kindsTotal > 0 ? s.kindsSynced * 100 / s.kindsTotal : -1;
        break;
    case kube::ClusterStatus::State::Live: m.state = models::ClusterStatus::State::Live; break;
    case kube::ClusterStatus::State::Degraded: m.state = models::ClusterStatus::State::Degraded; break;
    case kube::ClusterStatus::State::Unreachable:
    case kube::ClusterStatus::State::Stopped: m.state = models::ClusterStatus::State::Unreachable; break;
    }
    m.message = s.message;
    if (s.insecure) {
        m.message = (m.message.isEmpty() ? QString() : m.message + u' ')
                    + QCoreApplication::translate("AppController", "TLS verification is off for this cluster (insecure-skip-tls-verify).");
    }
    return m;
}

QString historyPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("history.sqlite"));
}

} // namespace

AppController::AppController(GuiOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("driftdeck-engine"));
}

AppController::~AppController()
{
    stop();
}

QList<engine::SourceSpec> AppController::sourcesFor(const QString &cluster) const
{
    QList<engine::SourceSpec> out;
    for (const auto &s : m_options.sources) {
        if (s.cluster == cluster)
            out.append(s);
    }
    if (!m_options.source.isEmpty()) {
        engine::SourceSpec spec;
        spec.id = QStringLiteral("command line");
        spec.cluster = cluster;
        spec.repo = m_options.source;
        spec.path = m_options.sourcePath;
        spec.revision = m_options.revision;
        spec.targetNamespace = m_options.targetNamespace;
        spec.selector = m_options.selector;
        out.append(spec);
    }
    return out;
}

Result<void> AppController::start()
{
    auto config = kube::Kubeconfig::load(kube::Kubeconfig::defaultFiles(m_options.kubeconfig), !m_options.kubeconfig.isEmpty());
    if (!config)
        return config.error();
    if (!m_options.workspace.isEmpty()) {
        auto ws = workspace::Workspace::load(m_options.workspace);
        if (!ws)
            return ws.error();
        for (const auto &c : ws->clusters) {
            const QString ctx = c.context.isEmpty() ? c.name : c.context;
            if (m_options.contexts.isEmpty() || m_options.contexts.contains(ctx)) {
                if (!m_options.contexts.contains(ctx))
                    m_options.contexts << ctx;
                for (const auto &s : ws->sourcesFor(c.name))
                    m_options.sources << engine::fromWorkspace(s, ctx);
            }
        }
    }
    QStringList contexts = m_options.contexts;
    if (contexts.isEmpty() && !config->currentContext().isEmpty())
        contexts << config->currentContext();
    if (contexts.isEmpty())
        return Error(QCoreApplication::translate("AppController", "The kubeconfig names no current context; choose one with --context."));

    engine::DriftEngine::Options engineOptions;
    engineOptions.watchAll = true;
    engineOptions.userAgent = QStringLiteral("driftdeck/") + QCoreApplication::applicationVersion();
    m_engine = new engine::DriftEngine(engineOptions);
    QList<kube::ResolvedContext> resolved;
    for (const QString &ctx : contexts) {
        auto r = config->resolve(ctx);
        if (!r)
            return r.error();
        if (auto added = m_engine->addCluster(*r); !added)
            return added.error();
        m_clusterNames << r->context.name;
        m_views.insert(r->context.name, ClusterView{});
    }

    const int retention = QSettings().value(QStringLiteral("history/retentionDays"), history::HistoryStore::kDefaultRetentionDays).toInt();
    m_recorder = new HistoryRecorder(historyPath(), retention);
    m_historyReader = std::make_unique<history::HistoryStore>();

    m_engine->moveToThread(&m_thread);
    m_recorder->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_recorder, &QObject::deleteLater);

    // Worker -> worker (history) and worker -> GUI (views), always queued into the GUI thread.
    connect(m_engine, &engine::DriftEngine::resultsChanged, m_recorder, &HistoryRecorder::recordResults);
    connect(m_engine, &engine::DriftEngine::resultsChanged, this, &AppController::onResults, Qt::QueuedConnection);
    connect(m_engine, &engine::DriftEngine::clusterStatusChanged, this, &AppController::onClusterStatus, Qt::QueuedConnection);
    connect(m_engine, &engine::DriftEngine::sourceChanged, this, &AppController::onSource, Qt::QueuedConnection);
    m_thread.start();

    QMetaObject::invokeMethod(m_recorder, [recorder = m_recorder] { recorder->open(); });
    QList<engine::SourceSpec> sources;
    QStringList discover; // clusters without configured sources: ask their Flux/Argo CD objects
    for (const QString &c : std::as_const(m_clusterNames)) {
        const auto own = sourcesFor(c);
        if (own.isEmpty())
            discover << c;
        sources += own;
    }
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, sources, discover] {
        for (const auto &s : sources)
            engine->addSource(s);
        for (const QString &c : discover) {
            auto notes = engine->discoverSources(c);
            if (!notes)
                qCWarning(lcApp) << "source discovery failed for" << c << notes.error().fullText();
        }
        engine->connectClusters();
    });
    // The reader opens after the recorder created the file (WAL lets both work at once).
    QTimer::singleShot(2000, this, [this] { (void)m_historyReader->open(historyPath()); });

    m_wallTimer = new QTimer(this);
    m_wallTimer->setInterval(60 * 1000);
    connect(m_wallTimer, &QTimer::timeout, this, &AppController::refreshWall);
    m_wallTimer->start();
    return success();
}

void AppController::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_engine = nullptr;
    m_recorder = nullptr;
}

void AppController::attach(views::MainWindow *window)
{
    m_window = window;
    QPointer<engine::DriftEngine> engine = m_engine;
    window->setDiffProvider([engine](const drift::ResourceResult &r) {
        drift::SideBySide out;
        if (!engine)
            return out;
        QMetaObject::invokeMethod(engine, [&out, engine, r] {
            if (auto s = engine->sideBySide(r.cluster, r.key))
                out = *s;
        }, Qt::BlockingQueuedConnection);
        return out;
    });
    for (const QString &c : std::as_const(m_clusterNames)) {
        kube::ClusterStatus connecting;
        window->setClusterStatus(toModel(c, connecting));
    }
}

void AppController::attach(views::WallWindow *wall)
{
    m_wall = wall;
    refreshWall();
}

void AppController::onResults(const QString &cluster, const QList<drift::ResourceResult> &upserts,
                              const QList<ResourceKey> &removed)
{
    if (m_window) {
        models::ResourceBatch batch;
        batch.upserts = upserts;
        ClusterView &view = m_views[cluster];
        for (const ResourceKey &k : removed) {
            const auto it = view.results.constFind(k);
            batch.removals.append(models::ResourceId{cluster, it != view.results.cend() ? it->source : QString(), k});
        }
        m_window->feeder()->submit(batch);
    }
    ClusterView &view = m_views[cluster];
    for (const auto &r : upserts)
        view.results.insert(r.key, r);
    for (const auto &k : removed)
        view.results.remove(k);
    view.lastChange = QDateTime::currentDateTimeUtc();
    view.lastGoodData = view.lastChange;
    if (m_wall)
        m_wall->updateCluster(summaryOf(cluster));
}

void AppController::onClusterStatus(const QString &cluster, const kube::ClusterStatus &status)
{
    ClusterView &view = m_views[cluster];
    view.status = status;
    if (status.state == kube::ClusterStatus::State::Live || status.state == kube::ClusterStatus::State::Degraded)
        view.lastGoodData = QDateTime::currentDateTimeUtc();
    if (m_window)
        m_window->setClusterStatus(toModel(cluster, status));
    if (m_wall)
        m_wall->updateCluster(summaryOf(cluster));
    if (!m_settledEmitted && allSettled()) {
        m_settledEmitted = true;
        // The results of the final recompute follow the status through the same queue.
        QTimer::singleShot(500, this, &AppController::clustersSettled);
    }
}

bool AppController::allSettled() const
{
    if (m_clusterNames.isEmpty())
        return false;
    for (const QString &c : m_clusterNames) {
        const auto state = m_views.value(c).status.state;
        if (state != kube::ClusterStatus::State::Live && state != kube::ClusterStatus::State::Degraded
            && state != kube::ClusterStatus::State::Unreachable)
            return false;
    }
    return true;
}

void AppController::onSource(const QString &cluster, const engine::SourceState &state)
{
    ClusterView &view = m_views[cluster];
    view.branchHead = state.branchHead;
    view.appliedRevision = state.spec.appliedRevision.isEmpty() ? state.commit : state.spec.appliedRevision;
    if (!m_window)
        return;
    models::SourceStatus s;
    s.cluster = cluster;
    s.source = state.spec.id;
    if (state.spec.id.startsWith(u"flux-system/"))
        s.origin = QCoreApplication::translate("AppController", "Flux Kustomization");
    else if (state.spec.id.startsWith(u"argocd/"))
        s.origin = QCoreApplication::translate("AppController", "Argo CD Application");
    else
        s.origin = QCoreApplication::translate("AppController", "command line");
    s.repo = state.spec.repo;
    s.branch = state.spec.revision;
    s.appliedRevision = state.spec.appliedRevision;
    s.headRevision = state.commit;
    if (state.failure)
        s.errors.append(models::RenderError{QString(), 0, state.failure->fullText()});
    for (const auto &e : state.errors)
        s.errors.append(models::RenderError{e.filePath, e.line, e.message});
    m_window->setSourceStatus(s);
}

views::WallClusterSummary AppController::summaryOf(const QString &cluster) const
{
    views::WallClusterSummary s;
    s.name = cluster;
    const ClusterView view = m_views.value(cluster);
    switch (view.status.state) {
    case kube::ClusterStatus::State::Unreachable:
    case kube::ClusterStatus::State::Stopped: s.connection = views::WallClusterSummary::Connection::Unreachable; break;
    case kube::ClusterStatus::State::Live:
    case kube::ClusterStatus::State::Degraded: s.connection = views::WallClusterSummary::Connection::Live; break;
    default: s.connection = views::WallClusterSummary::Connection::Connecting; break;
    }
    s.reason = view.status.message;
    s.lastGoodData = view.lastGoodData;
    s.lastChange = view.lastChange;
    s.appliedRevision = view.appliedRevision;
    s.branchHead = view.branchHead;
    QList<drift::ResourceResult> drifted;
    for (const auto &r : view.results) {
        ++s.counts[size_t(r.state)];
        if (r.state == SyncState::Drifted)
            drifted.append(r);
    }
    std::sort(drifted.begin(), drifted.end(), [](const auto &a, const auto &b) {
        const QDateTime ta = a.changes.isEmpty() ? QDateTime() : a.changes.first().time;
        const QDateTime tb = b.changes.isEmpty() ? QDateTime() : b.changes.first().time;
        return ta > tb;
    });
    for (const auto &r : drifted.mid(0, 5)) {
        const drift::FieldChange first = r.changes.isEmpty() ? drift::FieldChange{} : r.changes.first();
        s.topDrift.append({r.key.displayName(), first.field, first.manager, first.time});
    }
    if (m_historyReader && m_historyReader->isOpen()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &sample : m_historyReader->samples(cluster, now.addSecs(-24 * 3600), now)) {
            s.trend.append(QPointF(sample.time.toMSecsSinceEpoch(),
                                   history::countOf(sample.counts, SyncState::Drifted) + history::countOf(sample.counts, SyncState::Missing)));
        }
    }
    return s;
}

void AppController::refreshWall()
{
    if (!m_wall)
        return;
    for (const QString &c : std::as_const(m_clusterNames))
        m_wall->updateCluster(summaryOf(c));
}

} // namespace driftdeck::app

namespace driftdeck::app {

void AppController::openPullRequest(const QList<drift::ResourceResult> &selection, QWidget *parent)
{
    QList<drift::ResourceResult> drift;
    for (const auto &r : selection) {
        if (r.state == SyncState::Drifted || r.state == SyncState::Missing || r.state == SyncState::Extra)
            drift.append(r);
    }
    if (drift.isEmpty() || !m_engine) {
        QMessageBox::information(parent, tr("Open Pull Request"), tr("Select a drifted, missing or extra resource first."));
        return;
    }
    const QString cluster = drift.first().cluster;
    const QString source = drift.first().source;
    QList<drift::ResourceResult> sameSource;
    for (const auto &r : std::as_const(drift)) {
        if (r.cluster == cluster && r.source == source)
            sameSource.append(r);
    }
    Result<engine::PullRequestPlan> plan = Error(QString());
    engine::DriftEngine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [&] { plan = engine::planPullRequest(*engine, cluster, sameSource); },
                              Qt::BlockingQueuedConnection);
    if (!plan) {
        QMessageBox::warning(parent, tr("Open Pull Request"), plan.error().message);
        return;
    }
    if (sameSource.size() < drift.size())
        plan->refusals << tr("%n selected resource(s) belong to another cluster or source; open a separate pull request for them.",
                             nullptr, int(drift.size() - sameSource.size()));

    auto dialog = new views::PullRequestDialog(*plan, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<engine::PullRequestTarget> preset = m_options.pullRequestTarget;
    connect(dialog, &views::PullRequestDialog::createRequested, dialog,
            [dialog, preset](const engine::PullRequestPlan &edited, const engine::PullRequestTarget &chosen) {
                engine::PullRequestTarget target = preset.value_or(engine::PullRequestTarget{});
                target.baseBranch = chosen.baseBranch.isEmpty() ? target.baseBranch : chosen.baseBranch;
                target.draft = chosen.draft;
                QPointer<views::PullRequestDialog> guard(dialog);
                QThread *worker = QThread::create([guard, edited, target] {
                    auto outcome = engine::openPullRequest(edited, target, [guard](engine::PullRequestStep step) {
                        QMetaObject::invokeMethod(qApp, [guard, step] {
                            if (guard)
                                guard->setStep(step);
                        });
                    });
                    QMetaObject::invokeMethod(qApp, [guard, outcome] {
                        if (!guard)
                            return;
                        if (outcome)
                            guard->setResult(outcome->pullRequest);
                        else
                            guard->setError(outcome.error().message, outcome.error().cause);
                    });
                });
                connect(worker, &QThread::finished, worker, &QObject::deleteLater);
                worker->start();
            });
    dialog->show();
}

void AppController::showHistory(const drift::ResourceResult &resource, QWidget *parent)
{
    if (m_historyReader && !m_historyReader->isOpen())
        (void)m_historyReader->open(historyPath());
    const QList<history::DriftEvent> events =
        m_historyReader && m_historyReader->isOpen() ? m_historyReader->events(resource.cluster, resource.key) : QList<history::DriftEvent>();
    auto dialog = new views::HistoryDialog(resource.key.displayName(), events, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace driftdeck::app
