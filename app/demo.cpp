// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo.h"

#include "core/common/githandle.h"
#include "core/common/logging.h"
#include "core/kube/kubeclient.h"
#include "core/kube/kubeconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

namespace driftdeck::app {

namespace {

// What each demo cluster gets wrong, as an operator would have done it by hand.
struct DriftStep
{
    const char *method;
    const char *path;
    const char *manager;
    const char *body;
};

const QList<DriftStep> &driftFor(const QString &cluster)
{
    static const QList<DriftStep> dev = {
        {"PATCH", "/apis/apps/v1/namespaces/shop/deployments/storefront", "kubectl-edit",
         R"({"spec":{"template":{"spec":{"containers":[{"name":"storefront","image":"registry.demo.invalid/shop/storefront:1.5.0-rc.3"}]}}}})"},
        {"PATCH", "/apis/apps/v1/namespaces/identity/deployments/auth", "kubectl-set",
         R"({"spec":{"template":{"spec":{"containers":[{"name":"auth","env":[{"name":"LOG_LEVEL","value":"trace"},{"name":"ENVIRONMENT","value":"dev"}]}]}}}})"},
        {"DELETE", "/api/v1/namespaces/shop/configmaps/storefront-config", "", ""},
        {"POST", "/api/v1/namespaces/shop/configmaps", "kustomize-controller",
         R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"legacy-banner","namespace":"shop","labels":{"kustomize.toolkit.fluxcd.io/name":"apps","kustomize.toolkit.fluxcd.io/namespace":"flux-system"}},"data":{"TEXT":"Spring sale"}})"},
    };
    static const QList<DriftStep> staging = {
        {"PATCH", "/apis/apps/v1/namespaces/platform/deployments/notifications", "kubectl-scale", R"({"spec":{"replicas":4}})"},
        {"PATCH", "/apis/apps/v1/namespaces/data/deployments/feature-store", "kubectl-annotate",
         R"({"metadata":{"annotations":{"debug.demo.invalid/trace":"on"}}})"},
    };
    static const QList<DriftStep> prod = {
        {"PATCH", "/apis/apps/v1/namespaces/shop/deployments/checkout", "kubectl-edit",
         R"({"spec":{"template":{"spec":{"containers":[{"name":"checkout","resources":{"limits":{"memory":"512Mi"}}}]}}}})"},
        {"PATCH", "/apis/apps/v1/namespaces/platform/deployments/rate-limiter", "kubectl-scale", R"({"spec":{"replicas":6}})"},
        {"PATCH", "/api/v1/namespaces/shop/configmaps/checkout-config", "kubectl-edit", R"({"data":{"TIMEOUT_SECONDS":"90"}})"},
        {"DELETE", "/api/v1/namespaces/platform/services/status-page", "", ""},
    };
    static const QList<DriftStep> none;
    if (cluster == u"dev")
        return dev;
    if (cluster == u"staging")
        return staging;
    if (cluster == u"prod")
        return prod;
    return none;
}

// Children die with the program even when it is killed (SIGKILL leaves no chance to clean up).
void dieWithParent()
{
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
}

} // namespace

DemoEnvironment::DemoEnvironment(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_dir(QDir::tempPath() + QStringLiteral("/driftdeck-demo-XXXXXX"))
{
}

DemoEnvironment::~DemoEnvironment()
{
    stop();
}

QString DemoEnvironment::findHelper(const QString &name)
{
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList dirs;
    if (const QString env = qEnvironmentVariable("DRIFTDECK_SIM_DIR"); !env.isEmpty())
        dirs << env;
    dirs << appDir << appDir + u"/../lib/driftdeck" << appDir + u"/../sim/kube" << appDir + u"/../sim/forge"
         << appDir + u"/../../sim/kube" << appDir + u"/../../sim/forge";
    for (const QString &d : dirs) {
        const QFileInfo f(QDir(d).filePath(name));
        if (f.isExecutable())
            return f.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

QStringList DemoEnvironment::kubeconfigFiles() const
{
    QStringList out;
    for (const Cluster &c : m_clusters)
        out << c.kubeconfig;
    return out;
}

QList<qint64> DemoEnvironment::childPids() const
{
    QList<qint64> out;
    if (m_forge && m_forge->state() != QProcess::NotRunning)
        out << m_forge->processId();
    for (const Cluster &c : m_clusters) {
        if (c.process && c.process->state() != QProcess::NotRunning)
            out << c.process->processId();
    }
    return out;
}

QList<engine::SourceSpec> DemoEnvironment::sources() const
{
    QList<engine::SourceSpec> out;
    for (const QString &cluster : m_options.clusters) {
        const struct
        {
            const char *id;
            const char *folder;
        } parts[] = {{"flux-system/apps", "apps"}, {"flux-system/flux-system", "flux-system"}, {"argocd/monitoring", "monitoring"}};
        for (const auto &p : parts) {
            engine::SourceSpec s;
            s.id = QString::fromLatin1(p.id);
            s.cluster = cluster;
            s.repo = m_repo;
            s.revision = QStringLiteral("main");
            s.path = u"clusters/" + cluster + u'/' + QString::fromLatin1(p.folder);
            s.renderer = manifest::RendererKind::Plain;
            s.appliedRevision = m_head;
            out << s;
        }
    }
    return out;
}

Result<void> DemoEnvironment::start()
{
    if (!m_dir.isValid())
        return Error(tr("The demo could not create its temporary folder."), m_dir.errorString());
    if (auto r = extractPlatform(); !r)
        return r;
    if (auto r = createRepository(); !r)
        return r;
    for (int i = 0; i < m_options.clusters.size(); ++i) {
        if (auto r = startCluster(m_options.clusters[i], i); !r) {
            stop();
            return r;
        }
    }
    if (auto r = startForge(); !r) {
        stop();
        return r;
    }
    for (const QString &c : std::as_const(m_options.clusters)) {
        if (auto r = applyDrift(c); !r) {
            stop();
            return r;
        }
    }
    return success();
}

void DemoEnvironment::stop()
{
    auto finish = [](QProcess *&p) {
        if (!p)
            return;
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(2000);
            }
        }
        delete p;
        p = nullptr;
    };
    for (Cluster &c : m_clusters)
        finish(c.process);
    finish(m_forge);
}

Result<void> DemoEnvironment::extractPlatform()
{
    m_repo = m_dir.filePath(QStringLiteral("platform"));
    QDirIterator it(QStringLiteral(":/demo/platform"), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString from = it.next();
        const QString rel = from.mid(QStringLiteral(":/demo/platform/").size());
        const QString to = QDir(m_repo).filePath(rel);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile in(from);
        QFile out(to);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return Error(tr("The demo could not write its sample repository."), out.errorString());
        out.write(in.readAll());
        ++files;
    }
    if (files == 0)
        return Error(tr("The demo's sample platform is missing from this build."));
    return success();
}

Result<void> DemoEnvironment::createRepository()
{
    GitLibrary lib;
    GitRepository repo;
    git_repository_init_options init = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    init.flags = GIT_REPOSITORY_INIT_MKPATH;
    init.initial_head = "main";
    const QByteArray path = m_repo.toUtf8();
    if (int rc = git_repository_init_ext(out(repo), path.constData(), &init); rc < 0)
        return Error(tr("The demo could not create its Git repository."), QString::fromStdString(gitLastError(rc)));
    GitIndex index;
    if (int rc = git_repository_index(out(index), repo.get()); rc < 0)
        return Error(tr("The demo could not create its Git repository."), QString::fromStdString(gitLastError(rc)));
    git_strarray all{};
    char star[] = "*";
    char *patterns[] = {star};
    all.strings = patterns;
    all.count = 1;
    git_oid treeId;
    git_oid commitId;
    GitTree tree;
    GitSignature sig;
    int rc = git_index_add_all(index.get(), &all, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr);
    if (rc >= 0)
        rc = git_index_write(index.get());
    if (rc >= 0)
        rc = git_index_write_tree(&treeId, index.get());
    if (rc >= 0)
        rc = git_tree_lookup(out(tree), repo.get(), &treeId);
    if (rc >= 0)
        rc = git_signature_now(out(sig), "Driftdeck demo", "demo@driftdeck.invalid");
    if (rc >= 0)
        rc = git_commit_create(&commitId, repo.get(), "HEAD", sig.get(), sig.get(), nullptr,
                               "Demo platform: dev, staging and prod\n", tree.get(), 0, nullptr);
    if (rc < 0)
        return Error(tr("The demo could not commit its sample platform."), QString::fromStdString(gitLastError(rc)));
    char sha[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(sha, sizeof sha, &commitId);
    m_head = QString::fromLatin1(sha);
    return success();
}

Result<void> DemoEnvironment::startCluster(const QString &name, int index)
{
    const QString exe = findHelper(QStringLiteral("kube-sim"));
    if (exe.isEmpty())
        return Error(tr("The demo needs kube-sim, which was not found beside driftdeck."),
                     QCoreApplication::applicationDirPath());
    Cluster c;
    c.name = name;
    c.kubeconfig = m_dir.filePath(u"kubeconfig-" + name);
    c.process = new QProcess(this);
    c.process->setChildProcessModifier(&dieWithParent);
    c.process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args{QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--write-kubeconfig"), c.kubeconfig,
                     QStringLiteral("--context-name"), name,
                     QStringLiteral("--seed"), QDir(m_repo).filePath(u"clusters/" + name),
                     QStringLiteral("--seed-manager"), QStringLiteral("kustomize-controller"),
                     QStringLiteral("--seed-labels"),
                     QStringLiteral("kustomize.toolkit.fluxcd.io/name=apps,kustomize.toolkit.fluxcd.io/namespace=flux-system"),
                     QStringLiteral("--controllers")};
    if (m_options.churnPerSecond > 0)
        args << QStringLiteral("--churn") << QString::number(m_options.churnPerSecond) << QStringLiteral("--churn-seed")
             << QString::number(index + 7);
    c.process->start(exe, args);
    m_clusters.append(c);
    if (!c.process->waitForStarted(5000))
        return Error(tr("kube-sim for the %1 cluster did not start.").arg(name), c.process->errorString());
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (!out.contains("listening on")) {
        if (timer.elapsed() > m_options.startTimeoutMs || c.process->state() == QProcess::NotRunning)
            return Error(tr("kube-sim for the %1 cluster did not come up.").arg(name),
                         QString::fromUtf8(c.process->readAllStandardError()).trimmed());
        c.process->waitForReadyRead(200);
        out += c.process->readAllStandardOutput();
    }
    qCInfo(lcApp) << "demo cluster" << name << "is" << out.trimmed();
    return success();
}

Result<void> DemoEnvironment::startForge()
{
    const QString exe = findHelper(QStringLiteral("forge-sim"));
    if (exe.isEmpty())
        return Error(tr("The demo needs forge-sim, which was not found beside driftdeck."), QCoreApplication::applicationDirPath());
    // The forge serves a bare copy of the platform; pull requests push their branch there.
    const QString bare = m_dir.filePath(QStringLiteral("forge/demo/platform.git"));
    {
        GitLibrary lib;
        GitRepository cloned;
        git_clone_options options = GIT_CLONE_OPTIONS_INIT;
        options.bare = 1;
        const QByteArray from = m_repo.toUtf8();
        const QByteArray to = bare.toUtf8();
        if (int rc = git_clone(out(cloned), from.constData(), to.constData(), &options); rc < 0)
            return Error(tr("The demo could not prepare its forge."), QString::fromStdString(gitLastError(rc)));
    }
    const QString token = QStringLiteral("demo-token");
    m_forge = new QProcess(this);
    m_forge->setChildProcessModifier(&dieWithParent);
    m_forge->start(exe, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--repo"), u"github:demo/platform=" + bare,
                         QStringLiteral("--token"), token});
    if (!m_forge->waitForStarted(5000))
        return Error(tr("forge-sim did not start."), m_forge->errorString());
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (!out.contains("listening on")) {
        if (timer.elapsed() > m_options.startTimeoutMs || m_forge->state() == QProcess::NotRunning)
            return Error(tr("forge-sim did not come up."), QString::fromUtf8(m_forge->readAllStandardError()).trimmed());
        m_forge->waitForReadyRead(200);
        out += m_forge->readAllStandardOutput();
    }
    const QString line = QString::fromUtf8(out).trimmed();
    m_forgeUrl = line.mid(line.indexOf(QStringLiteral("http://"))).section(u'\n', 0, 0).trimmed();
    m_forgeTarget.kind = forge::ForgeKind::GitHub;
    m_forgeTarget.apiUrl = m_forgeUrl + u"/api/v3";
    m_forgeTarget.remoteUrl = m_forgeUrl + u"/demo/platform.git";
    m_forgeTarget.token = token;
    m_forgeTarget.baseBranch = QStringLiteral("main");
    return success();
}

Result<void> DemoEnvironment::applyDrift(const QString &name)
{
    const auto it = std::find_if(m_clusters.cbegin(), m_clusters.cend(), [&](const Cluster &c) { return c.name == name; });
    if (it == m_clusters.cend())
        return success();
    auto config = kube::Kubeconfig::load({it->kubeconfig}, true);
    if (!config)
        return config.error();
    auto resolved = config->resolve(name);
    if (!resolved)
        return resolved.error();
    auto client = kube::KubeClient::create(*resolved);
    if (!client)
        return client.error();
    for (const DriftStep &step : driftFor(name)) {
        std::string path = step.path;
        if (*step.manager)
            path += std::string("?fieldManager=") + step.manager;
        // Strategic merge, as kubectl edit/set/scale send it: containers merge by name.
        const std::string contentType = std::string(step.method) == "PATCH" ? "application/strategic-merge-patch+json" : "application/json";
        auto r = (*client)->requestJson(step.method, path, step.body, contentType);
        if (!r)
            return Error(tr("The demo could not prepare the %1 cluster.").arg(name), r.error().fullText());
    }
    return success();
}

} // namespace driftdeck::app
