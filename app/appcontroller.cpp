// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appcontroller.h"

#include "app/historyrecorder.h"
#include "app/ownedobjects.h"
#include "core/common/logging.h"
#include "core/engine/driftengine.h"
#include "core/engine/sourcebridge.h"
#include "core/workspace/workspace.h"
#include "core/history/historystore.h"
#include "core/kube/kubeclient.h"
#include "core/kube/kubeconfig.h"
#include "models/clusterlistmodel.h"
#include "models/clusterstatus.h"
#include "models/resourcebatch.h"
#include "models/resourcefeeder.h"
#include "models/resourcetreemodel.h"
#include "views/addrepositorydialog.h"
#include "views/historydialog.h"
#include "views/mainwindow.h"
#include "views/preferencesdialog.h"
#include "views/pullrequestdialog.h"
#include "views/wallsummary.h"
#include "views/wallwindow.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

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

const QString kClustersKey = QStringLiteral("connection/clusters");
const QString kSourcesKey = QStringLiteral("connection/sources");

QList<engine::SourceSpec> rememberedSources()
{
    QList<engine::SourceSpec> out;
    QSettings settings;
    const int n = settings.beginReadArray(kSourcesKey);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        engine::SourceSpec spec;
        spec.id = settings.value(QStringLiteral("id")).toString();
        spec.cluster = settings.value(QStringLiteral("cluster")).toString();
        spec.repo = settings.value(QStringLiteral("repo")).toString();
        spec.revision = settings.value(QStringLiteral("revision")).toString();
        spec.path = settings.value(QStringLiteral("path")).toString();
        const int renderer = settings.value(QStringLiteral("renderer"), 0).toInt();
        spec.renderer = renderer >= 0 && renderer <= int(manifest::RendererKind::Helm) ? manifest::RendererKind(renderer)
                                                                                       : manifest::RendererKind::Auto;
        // Authentication: environment variable names and file paths only (docs/main-window.md).
        spec.tokenEnv = settings.value(QStringLiteral("tokenEnv")).toString();
        spec.caFile = settings.value(QStringLiteral("caFile")).toString();
        spec.sshKey = settings.value(QStringLiteral("sshKey")).toString();
        spec.sshPassphraseEnv = settings.value(QStringLiteral("sshPassphraseEnv")).toString();
        spec.knownHostsFile = settings.value(QStringLiteral("knownHostsFile")).toString();
        for (const QString *name : {&spec.tokenEnv, &spec.sshPassphraseEnv}) {
            if (!name->isEmpty() && !views::AddRepositoryDialog::isValidEnvironmentName(*name))
                qCWarning(lcApp) << "remembered source" << spec.id << "names an invalid environment variable" << *name;
        }
        spec.origin = QCoreApplication::translate("AppController", "added repository");
        if (spec.id.isEmpty() || spec.cluster.isEmpty() || spec.repo.isEmpty()) {
            qCWarning(lcApp) << "ignoring an incomplete remembered source" << i << "in" << settings.fileName();
            continue;
        }
        out.append(spec);
    }
    settings.endArray();
    return out;
}

// GET path of the events about one object: namespaced objects in their namespace, cluster-scoped
// ones across namespaces (their events land in "default").
std::string eventsPath(const ResourceKey &key)
{
    std::string selector = "involvedObject.kind=" + key.kind.toStdString() + ",involvedObject.name=" + key.name.toStdString();
    if (!key.ns.isEmpty())
        selector += ",involvedObject.namespace=" + key.ns.toStdString();
    const std::string base = key.ns.isEmpty() ? std::string("/api/v1/events")
                                              : "/api/v1/namespaces/" + kube::KubeClient::urlEncode(key.ns.toStdString()) + "/events";
    return base + "?limit=100&fieldSelector=" + kube::KubeClient::urlEncode(selector);
}

QDateTime eventTime(const nlohmann::json &e)
{
    for (const char *field : {"lastTimestamp", "eventTime", "firstTimestamp"}) {
        if (const auto it = e.find(field); it != e.end() && it->is_string()) {
            const QDateTime t = QDateTime::fromString(QString::fromStdString(it->get<std::string>()), Qt::ISODateWithMs);
            if (t.isValid())
                return t;
        }
    }
    const auto &meta = e.value("metadata", nlohmann::json::object());
    if (const auto it = meta.find("creationTimestamp"); it != meta.end() && it->is_string())
        return QDateTime::fromString(QString::fromStdString(it->get<std::string>()), Qt::ISODateWithMs);
    return {};
}

// Runs on the network thread: the GUI thread never parses.
views::ObjectEvents parseEvents(const kube::KubeClient &client, const kube::ApiResponse &response)
{
    views::ObjectEvents out;
    if (response.failure == kube::FailureKind::Forbidden || response.status == 403) {
        out.state = views::ObjectEvents::State::Forbidden;
        return out;
    }
    if (!response.ok()) {
        out.state = views::ObjectEvents::State::Failed;
        out.error = client.describe(response).message;
        return out;
    }
    const nlohmann::json list = nlohmann::json::parse(response.body, nullptr, false);
    if (list.is_discarded() || !list.is_object()) {
        out.state = views::ObjectEvents::State::Failed;
        out.error = QCoreApplication::translate("AppController", "the server's answer is not JSON");
        return out;
    }
    out.state = views::ObjectEvents::State::Loaded;
    auto text = [](const nlohmann::json &o, const char *key) {
        const auto it = o.find(key);
        return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    };
    for (const auto &e : list.value("items", nlohmann::json::array())) {
        if (!e.is_object())
            continue;
        views::ObjectEvent ev;
        ev.type = text(e, "type");
        ev.reason = text(e, "reason");
        ev.message = text(e, "message").trimmed();
        ev.count = e.value("count", nlohmann::json(1)).is_number_integer() ? e.value("count", 1) : 1;
        ev.last = eventTime(e);
        ev.source = text(e, "reportingComponent");
        if (ev.source.isEmpty() && e.contains("source") && e["source"].is_object())
            ev.source = text(e["source"], "component");
        out.events.append(ev);
    }
    std::stable_sort(out.events.begin(), out.events.end(), [](const auto &a, const auto &b) { return a.last > b.last; });
    if (out.events.size() > 20)
        out.events.resize(20);
    return out;
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
    m_config = std::make_shared<kube::Kubeconfig>(*config);
    QStringList contexts = m_options.contexts;
    if (contexts.isEmpty() && remembers()) {
        // The clusters checked when the window last closed, if the kubeconfig still has them.
        for (const QString &c : QSettings().value(kClustersKey).toStringList()) {
            if (config->context(c) && !contexts.contains(c))
                contexts << c;
        }
    }
    if (remembers())
        m_addedSources = rememberedSources();
    if (contexts.isEmpty() && !config->currentContext().isEmpty())
        contexts << config->currentContext();
    if (contexts.isEmpty())
        return Error(QCoreApplication::translate("AppController", "The kubeconfig names no current context; choose one with --context."));

    engine::DriftEngine::Options engineOptions;
    engineOptions.watchAll = true;
    engineOptions.userAgent = QStringLiteral("driftdeck/") + QCoreApplication::applicationVersion();
    QString ignoreError;
    engineOptions.compare = compareOptionsFromSettings(&ignoreError);
    if (!ignoreError.isEmpty())
        qCWarning(lcApp) << ignoreError;
    engineOptions.exact = exactFromSettings();
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

    // Ownership children of the tree's workload rows: answers go to the window's model.
    QPointer<AppController> self(this);
    m_owned = new OwnedObjectsService(m_engine, [self](const models::ResourceId &id, const QList<models::OwnedObject> &objects) {
        QMetaObject::invokeMethod(qApp, [self, id, objects] {
            if (self && self->m_window)
                self->m_window->model()->setOwned(id, objects);
        });
    });

    m_engine->moveToThread(&m_thread);
    m_recorder->moveToThread(&m_thread);
    m_owned->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_recorder, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_owned, &QObject::deleteLater);

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
        for (const auto &added : std::as_const(m_addedSources)) {
            if (added.cluster == c)
                sources << added;
        }
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
    m_owned = nullptr;
}

drift::CompareOptions AppController::compareOptionsFromSettings(QString *error)
{
    drift::CompareOptions options;
    const QStringList lines = QSettings().value(QLatin1String(views::PreferencesDialog::kIgnoreRules)).toStringList();
    drift::IgnoreRule rule;
    for (const QString &line : lines) {
        auto one = drift::IgnoreRule::fromFieldList({line});
        if (!one) {
            if (error && error->isEmpty())
                *error = one.error().message;
            continue;
        }
        rule.paths += one->paths;
    }
    // A rule without paths would ignore whole resources: only add it when it names fields.
    if (!rule.paths.isEmpty())
        options.ignoreRules.append(rule);
    return options;
}

bool AppController::exactFromSettings()
{
    return QSettings().value(QLatin1String(views::PreferencesDialog::kExactMode), false).toBool();
}

void AppController::applyPreferences()
{
    if (!m_engine)
        return;
    QString error;
    const drift::CompareOptions options = compareOptionsFromSettings(&error);
    if (!error.isEmpty())
        qCWarning(lcApp) << error;
    const bool exact = exactFromSettings();
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, options, exact] {
        const auto &current = engine->options();
        if (!(current.compare.ignoreRules == options.ignoreRules))
            engine->setCompareOptions(options);
        engine->setExact(exact);
    });
}

void AppController::attach(views::MainWindow *window)
{
    m_window = window;
    connect(window, &views::MainWindow::preferencesChanged, this, &AppController::applyPreferences);
    QPointer<engine::DriftEngine> engine = m_engine;
    window->setDiffProvider([engine](const drift::ResourceResult &r, const drift::SideBySideOptions &options) {
        drift::SideBySide out;
        if (!engine)
            return out;
        QMetaObject::invokeMethod(engine, [&out, engine, r, options] {
            if (auto s = engine->sideBySide(r.cluster, r.key, options))
                out = *s;
        }, Qt::BlockingQueuedConnection);
        return out;
    });
    window->setEventsProvider([engine](const drift::ResourceResult &r, views::MainWindow::EventsCallback done) {
        if (!engine)
            return;
        // Engine thread: find the client; network thread: read and parse; GUI thread: show.
        QMetaObject::invokeMethod(engine, [engine, cluster = r.cluster, key = r.key, done] {
            const auto client = engine->client(cluster);
            if (!client)
                return;
            kube::ApiRequest request;
            request.path = eventsPath(key);
            client->send(request, [client, done](kube::ApiResponse &&response) {
                const views::ObjectEvents events = parseEvents(*client, response);
                QMetaObject::invokeMethod(qApp, [done, events] { done(events); });
            });
        });
    });
    QPointer<OwnedObjectsService> owned = m_owned;
    window->model()->setOwnedProvider([owned](const models::ResourceId &id, bool watch) {
        if (!owned)
            return;
        QMetaObject::invokeMethod(owned, [owned, id, watch] {
            if (watch)
                owned->watch(id);
            else
                owned->unwatch(id);
        });
    });
    for (const QString &c : std::as_const(m_clusterNames)) {
        kube::ClusterStatus connecting;
        window->setClusterStatus(toModel(c, connecting));
    }
    window->setAvailableClusters(availableClusters(), m_clusterNames);
    connect(window, &views::MainWindow::clusterEnabledChanged, this, [this](const QString &cluster, bool enabled) {
        if (auto done = setClusterEnabled(cluster, enabled); !done && m_window) {
            m_window->clusterList()->setChecked(cluster, false);
            QMessageBox::warning(m_window, tr("Connect Cluster"), done.error().message);
        }
    });
    connect(window, &views::MainWindow::addRepositoryRequested, this, [this] { showAddRepository(m_window); });
}

QStringList AppController::availableClusters() const
{
    QStringList out;
    if (m_config) {
        for (const auto &c : m_config->contexts())
            out << c.name;
    }
    return out;
}

void AppController::connectOnEngine(const QString &cluster, const QList<engine::SourceSpec> &sources)
{
    auto resolved = m_config->resolve(cluster);
    const bool discover = sourcesFor(cluster).isEmpty();
    QPointer<AppController> self(this);
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, self, context = *resolved, cluster, sources, discover] {
        if (auto added = engine->addCluster(context); !added) {
            const Error error = added.error();
            QMetaObject::invokeMethod(qApp, [self, cluster, error] {
                if (!self)
                    return;
                kube::ClusterStatus failed;
                failed.state = kube::ClusterStatus::State::Unreachable;
                failed.since = QDateTime::currentDateTimeUtc();
                failed.message = error.fullText();
                self->onClusterStatus(cluster, failed);
            });
            return;
        }
        for (const auto &s : sources)
            engine->addSource(s);
        if (discover) {
            auto notes = engine->discoverSources(cluster);
            if (!notes)
                qCWarning(lcApp) << "source discovery failed for" << cluster << notes.error().fullText();
        }
        engine->connectClusters();
    });
}

Result<void> AppController::setClusterEnabled(const QString &cluster, bool enabled)
{
    if (!m_engine || !m_config)
        return Error(tr("Driftdeck is not connected to a kubeconfig."));
    if (enabled) {
        if (m_clusterNames.contains(cluster))
            return success();
        auto resolved = m_config->resolve(cluster);
        if (!resolved)
            return resolved.error();
        m_clusterNames << cluster;
        m_views.insert(cluster, ClusterView{});
        if (m_window) {
            m_window->setClusterStatus(toModel(cluster, kube::ClusterStatus{}));
            m_window->clusterList()->setChecked(cluster, true);
        }
        QList<engine::SourceSpec> sources = sourcesFor(cluster);
        for (const auto &added : std::as_const(m_addedSources)) {
            if (added.cluster == cluster)
                sources << added;
        }
        connectOnEngine(cluster, sources);
    } else {
        if (m_clusterNames.removeAll(cluster) == 0)
            return success();
        m_views.remove(cluster);
        QMetaObject::invokeMethod(m_engine, [engine = m_engine, owned = m_owned, cluster] {
            owned->forgetCluster(cluster);
            engine->removeCluster(cluster);
        });
        if (m_window)
            m_window->removeCluster(cluster);
        if (m_wall)
            m_wall->removeCluster(cluster);
    }
    rememberClusters();
    return success();
}

void AppController::rememberClusters() const
{
    if (remembers())
        QSettings().setValue(kClustersKey, m_clusterNames);
}

void AppController::rememberSources() const
{
    if (!remembers())
        return;
    QSettings settings;
    settings.beginWriteArray(kSourcesKey, int(m_addedSources.size()));
    for (int i = 0; i < m_addedSources.size(); ++i) {
        const engine::SourceSpec &s = m_addedSources[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), s.id);
        settings.setValue(QStringLiteral("cluster"), s.cluster);
        settings.setValue(QStringLiteral("repo"), s.repo);
        settings.setValue(QStringLiteral("revision"), s.revision);
        settings.setValue(QStringLiteral("path"), s.path);
        settings.setValue(QStringLiteral("renderer"), int(s.renderer));
        settings.setValue(QStringLiteral("tokenEnv"), s.tokenEnv);
        settings.setValue(QStringLiteral("caFile"), s.caFile);
        settings.setValue(QStringLiteral("sshKey"), s.sshKey);
        settings.setValue(QStringLiteral("sshPassphraseEnv"), s.sshPassphraseEnv);
        settings.setValue(QStringLiteral("knownHostsFile"), s.knownHostsFile);
    }
    settings.endArray();
}

Result<void> AppController::addSource(const engine::SourceSpec &spec)
{
    if (!m_engine)
        return Error(tr("Driftdeck is not connected to a kubeconfig."));
    if (!m_clusterNames.contains(spec.cluster))
        return Error(tr("The cluster %1 is not connected; check it in the cluster list first.").arg(spec.cluster));
    bool replaced = false;
    for (auto &s : m_addedSources) {
        if (s.cluster == spec.cluster && s.id == spec.id) {
            s = spec;
            replaced = true;
        }
    }
    if (!replaced)
        m_addedSources.append(spec);
    rememberSources();
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, spec] { engine->addSource(spec); });
    return success();
}

void AppController::showAddRepository(QWidget *parent)
{
    auto dialog = new views::AddRepositoryDialog(m_clusterNames, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, parent] {
        QStringList taken;
        const QString cluster = dialog->input().cluster;
        for (const auto &s : std::as_const(m_addedSources)) {
            if (s.cluster == cluster)
                taken << s.id;
        }
        for (const auto &s : sourcesFor(cluster))
            taken << s.id;
        if (auto added = addSource(dialog->sourceSpec(taken)); !added)
            QMessageBox::warning(parent, tr("Add Repository"), added.error().message);
    });
    dialog->open();
}

void AppController::attach(views::WallWindow *wall)
{
    m_wall = wall;
    refreshWall();
}

void AppController::onResults(const QString &cluster, const QList<drift::ResourceResult> &upserts,
                              const QList<ResourceKey> &removed)
{
    if (!m_clusterNames.contains(cluster))
        return; // unchecked while the engine was still sending
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
    if (!m_clusterNames.contains(cluster))
        return;
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
    if (!m_clusterNames.contains(cluster))
        return;
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
    else if (std::any_of(m_addedSources.cbegin(), m_addedSources.cend(),
                         [&](const auto &a) { return a.cluster == cluster && a.id == state.spec.id; }))
        s.origin = QCoreApplication::translate("AppController", "added repository");
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
