// SPDX-License-Identifier: GPL-3.0-or-later
// Fills the main window with a realistic scenario (three clusters, one listing and one
// unreachable, a source with a render error, a drifted Deployment selected) and saves it in
// the light and the dark theme, and optionally once more with the Deployment expanded to its
// ReplicaSets and Pods (ownership children, mid-rollout):
//   QT_QPA_PLATFORM=offscreen ui_screenshots docs/screenshots/main-window-light.png docs/screenshots/main-window-dark.png
//       docs/screenshots/main-window-owned.png   (on the same line)
#include "models/resourcefeeder.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetreemodel.h"
#include "views/mainwindow.h"
#include "views/translations.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTreeView>

#include <cstdio>
#include <vector>

using namespace driftdeck;
using namespace driftdeck::models;

namespace {

const QString kRepo = QStringLiteral("https://github.com/acme/platform.git");
const QString kRevision = QStringLiteral("4f2a9c1e0b7d55a1c3e8f9a2b6d4c0e1f7a8b9c0");

drift::ResourceResult resource(const QString &cluster, const QString &source, const QString &group, const QString &kind,
                               const QString &ns, const QString &name, SyncState state,
                               HealthState health = HealthState::Healthy)
{
    drift::ResourceResult r;
    r.cluster = cluster;
    r.source = source;
    r.key = {group, kind, ns, name};
    r.version = group.isEmpty() ? QStringLiteral("v1") : group + QStringLiteral("/v1");
    r.state = state;
    r.health = health;
    if (state != SyncState::Extra)
        r.sourceRef = {kRepo, kRevision, u"clusters/prod-eu/" + ns + u"/" + name + u".yaml", 1};
    if (state == SyncState::Extra)
        r.reason = QStringLiteral("not declared in Git");
    if (state == SyncState::Missing)
        r.reason = QStringLiteral("not found in the cluster");
    return r;
}

drift::FieldChange change(const QString &field, const QString &git, const QString &live, const QString &manager, int minutesAgo,
                          drift::FieldChange::Op op = drift::FieldChange::Op::Replace)
{
    drift::FieldChange c;
    c.field = field;
    c.op = op;
    c.gitValue = git;
    c.liveValue = live;
    c.manager = manager;
    c.operation = QStringLiteral("Update");
    c.time = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    return c;
}

const QString kWebGit = QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels:
    app.kubernetes.io/name: web
    app.kubernetes.io/part-of: shop
spec:
  replicas: 3
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      app.kubernetes.io/name: web
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  template:
    metadata:
      labels:
        app.kubernetes.io/name: web
    spec:
      serviceAccountName: web
      containers:
        - name: web
          image: ghcr.io/acme/shop-web:1.4.2
          ports:
            - name: http
              containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: info
            - name: CHECKOUT_URL
              value: http://checkout.shop.svc:8080
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 512Mi
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 10
          livenessProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 20)");

QString webLive()
{
    QString live = kWebGit;
    live.replace(QStringLiteral("  replicas: 3"), QStringLiteral("  replicas: 6"));
    live.replace(QStringLiteral("shop-web:1.4.2"), QStringLiteral("shop-web:1.4.3-hotfix"));
    live.replace(QStringLiteral("              value: info"), QStringLiteral("              value: debug"));
    live.replace(QStringLiteral("    app.kubernetes.io/part-of: shop\n"),
                 QStringLiteral("    app.kubernetes.io/part-of: shop\n    debug.acme.io/owner: oncall\n"));
    return live;
}

// A line diff by longest common subsequence; the engine uses libgit2, this is enough for a picture.
drift::SideBySide lineDiff(const QString &leftText, const QString &rightText)
{
    using K = drift::DiffRow::Kind;
    const QStringList a = leftText.split(u'\n');
    const QStringList b = rightText.split(u'\n');
    const int n = int(a.size()), m = int(b.size());
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                     : qMax(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    drift::SideBySide d{leftText, rightText, {}};
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            d.rows.append({i++, j++, K::Same});
        } else if (i < n && j < m && lcs[size_t(i + 1)][size_t(j + 1)] == lcs[size_t(i)][size_t(j)]) {
            d.rows.append({i++, j++, K::Changed});
        } else if (j < m && (i >= n || lcs[size_t(i)][size_t(j + 1)] >= lcs[size_t(i + 1)][size_t(j)])) {
            d.rows.append({-1, j++, K::Added});
        } else {
            d.rows.append({i++, -1, K::Removed});
        }
    }
    return d;
}

QString yamlOf(const drift::ResourceResult &r)
{
    return u"apiVersion: " + r.version + u"\nkind: " + r.key.kind + u"\nmetadata:\n  name: " + r.key.name
           + (r.key.ns.isEmpty() ? QString() : u"\n  namespace: " + r.key.ns);
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("DriftdeckScreenshots"));
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: ui_screenshots LIGHT.png DARK.png [OWNED.png]\n");
        return 2;
    }
    views::installTranslations(QStringLiteral("en"));

    views::MainWindow window;
    window.resize(1440, 900);
    window.setDiffProvider([](const drift::ResourceResult &r, const drift::SideBySideOptions &) {
        if (r.key.name == u"web" && r.key.kind == u"Deployment")
            return lineDiff(kWebGit, webLive());
        const QString y = yamlOf(r);
        if (r.state == SyncState::Missing)
            return lineDiff(y, QString());
        return lineDiff(y, y);
    });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString prod = QStringLiteral("prod-eu");
    window.setAvailableClusters({prod, QStringLiteral("staging"), QStringLiteral("edge-7"), QStringLiteral("dev-local")},
                                {prod, QStringLiteral("staging"), QStringLiteral("edge-7")});
    window.setClusterStatus({prod, ClusterStatus::State::Live, -1, {}, now.addSecs(-3600)});
    window.setClusterStatus({QStringLiteral("staging"), ClusterStatus::State::Listing, 62, {}, now});
    window.setClusterStatus({QStringLiteral("edge-7"), ClusterStatus::State::Unreachable, -1,
                             QStringLiteral("dial tcp 10.4.0.9:6443: i/o timeout"), now.addSecs(-47 * 60)});

    SourceStatus shopSource{prod, QStringLiteral("flux-system/shop"), QStringLiteral("Flux Kustomization"), kRepo,
                            QStringLiteral("main"), kRevision, QStringLiteral("9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e"), {}};
    window.setSourceStatus(shopSource);
    window.setSourceStatus({prod, QStringLiteral("flux-system/monitoring"), QStringLiteral("Flux Kustomization"), kRepo,
                            QStringLiteral("main"), kRevision, kRevision,
                            {{QStringLiteral("clusters/prod-eu/monitoring/kustomization.yaml"), 12,
                              QStringLiteral("accumulating resources: 'alerts.yaml' not found")}}});

    const QString shop = QStringLiteral("flux-system/shop");
    const QString mon = QStringLiteral("flux-system/monitoring");
    ResourceBatch batch;
    auto web = resource(prod, shop, QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("web"),
                        SyncState::Drifted, HealthState::Progressing);
    web.changes = {change(QStringLiteral("spec.replicas"), QStringLiteral("3"), QStringLiteral("6"), QStringLiteral("kubectl-scale"), 42),
                   change(QStringLiteral("spec.template.spec.containers[name=web].image"), QStringLiteral("ghcr.io/acme/shop-web:1.4.2"),
                          QStringLiteral("ghcr.io/acme/shop-web:1.4.3-hotfix"), QStringLiteral("kubectl-set"), 38),
                   change(QStringLiteral("spec.template.spec.containers[name=web].env[name=LOG_LEVEL].value"), QStringLiteral("info"),
                          QStringLiteral("debug"), QStringLiteral("kubectl-edit"), 35),
                   change(QStringLiteral("metadata.labels.debug.acme.io/owner"), QString(), QStringLiteral("oncall"),
                          QStringLiteral("kubectl-label"), 35, drift::FieldChange::Op::Add)};
    web.healthMessage = QStringLiteral("Waiting for rollout: 4 of 6 updated replicas are available");
    web.reason = QStringLiteral("4 fields differ");
    batch.upserts << web;
    const QStringList shopApps{QStringLiteral("api"), QStringLiteral("cart"), QStringLiteral("checkout"), QStringLiteral("worker")};
    for (const QString &n : shopApps) {
        batch.upserts << resource(prod, shop, QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), n, SyncState::Synced);
        batch.upserts << resource(prod, shop, QString(), QStringLiteral("Service"), QStringLiteral("shop"), n, SyncState::Synced);
        batch.upserts << resource(prod, shop, QString(), QStringLiteral("ServiceAccount"), QStringLiteral("shop"), n, SyncState::Synced);
    }
    batch.upserts << resource(prod, shop, QString(), QStringLiteral("Service"), QStringLiteral("shop"), QStringLiteral("web"), SyncState::Synced);
    batch.upserts << resource(prod, shop, QString(), QStringLiteral("ConfigMap"), QStringLiteral("shop"), QStringLiteral("web-config"), SyncState::Synced);
    batch.upserts << resource(prod, shop, QString(), QStringLiteral("ConfigMap"), QStringLiteral("shop"), QStringLiteral("debug-overrides"), SyncState::Extra);
    batch.upserts << resource(prod, shop, QString(), QStringLiteral("Secret"), QStringLiteral("shop"), QStringLiteral("web-credentials"), SyncState::Synced);
    auto db = resource(prod, shop, QStringLiteral("apps"), QStringLiteral("StatefulSet"), QStringLiteral("shop"), QStringLiteral("orders-db"),
                       SyncState::Missing, HealthState::Missing);
    batch.upserts << db;
    batch.upserts << resource(prod, shop, QStringLiteral("networking.k8s.io"), QStringLiteral("Ingress"), QStringLiteral("shop"), QStringLiteral("shop"), SyncState::Synced);
    batch.upserts << resource(prod, shop, QStringLiteral("autoscaling"), QStringLiteral("HorizontalPodAutoscaler"), QStringLiteral("shop"), QStringLiteral("web"), SyncState::Synced);
    auto unknown = resource(prod, shop, QString(), QStringLiteral("Secret"), QStringLiteral("payments"), QStringLiteral("stripe-keys"), SyncState::Unknown, HealthState::Unknown);
    unknown.reason = QStringLiteral("Forbidden: cannot list secrets in payments (Secrets shown as Unknown)");
    batch.upserts << unknown;
    batch.upserts << resource(prod, shop, QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("payments"), QStringLiteral("gateway"), SyncState::Synced);
    batch.upserts << resource(prod, shop, QString(), QStringLiteral("Namespace"), QString(), QStringLiteral("shop"), SyncState::Synced);
    batch.upserts << resource(prod, shop, QString(), QStringLiteral("Namespace"), QString(), QStringLiteral("payments"), SyncState::Synced);
    for (int i = 0; i < 6; ++i)
        batch.upserts << resource(prod, mon, QStringLiteral("monitoring.coreos.com"), QStringLiteral("PrometheusRule"),
                                  QStringLiteral("monitoring"), QStringLiteral("rules-%1").arg(i), SyncState::Synced);
    for (int i = 0; i < 40; ++i)
        batch.upserts << resource(QStringLiteral("staging"), QStringLiteral("flux-system/shop"), QString(), QStringLiteral("ConfigMap"),
                                  QStringLiteral("shop"), QStringLiteral("cm-%1").arg(i), SyncState::Synced);
    // What web owns in the cluster, mid-rollout: the new ReplicaSet (hotfix image) has four of
    // its six Pods ready, the old one still runs one.
    window.model()->setOwnedProvider([&window, webId = ResourceId::of(web)](const ResourceId &id, bool watch) {
        if (!watch || !(id == webId))
            return;
        auto owned = [](const QString &kind, const QString &name, const QString &uid, const QString &owner, HealthState health,
                        const QString &message = {}) {
            OwnedObject o;
            o.key = {kind == u"ReplicaSet" ? QStringLiteral("apps") : QString(), kind, QStringLiteral("shop"), name};
            o.uid = uid;
            o.ownerUid = owner;
            o.health = health;
            o.healthMessage = message;
            o.healthRead = true;
            return o;
        };
        QList<OwnedObject> objects{
            owned(QStringLiteral("ReplicaSet"), QStringLiteral("web-7c9d4f8b6"), QStringLiteral("rs-new"), QString(),
                  HealthState::Progressing, QStringLiteral("Waiting for rollout to finish: 4 of 6 replicas are available")),
            owned(QStringLiteral("ReplicaSet"), QStringLiteral("web-5f6b7c9d8"), QStringLiteral("rs-old"), QString(), HealthState::Healthy),
            owned(QStringLiteral("Pod"), QStringLiteral("web-5f6b7c9d8-q2vxl"), QStringLiteral("p-old"), QStringLiteral("rs-old"),
                  HealthState::Healthy)};
        const QStringList ready{QStringLiteral("b8kfz"), QStringLiteral("h4n2c"), QStringLiteral("m9wqt"), QStringLiteral("x7plr")};
        for (const QString &suffix : ready)
            objects << owned(QStringLiteral("Pod"), u"web-7c9d4f8b6-" + suffix, u"p-" + suffix, QStringLiteral("rs-new"), HealthState::Healthy);
        objects << owned(QStringLiteral("Pod"), QStringLiteral("web-7c9d4f8b6-t5jzd"), QStringLiteral("p-t5jzd"), QStringLiteral("rs-new"),
                         HealthState::Progressing, QStringLiteral("ContainerCreating"));
        objects << owned(QStringLiteral("Pod"), QStringLiteral("web-7c9d4f8b6-k3rmv"), QStringLiteral("p-k3rmv"), QStringLiteral("rs-new"),
                         HealthState::Degraded, QStringLiteral("Readiness probe failed: HTTP probe failed with statuscode: 503"));
        QMetaObject::invokeMethod(window.model(), [&window, id, objects] { window.model()->setOwned(id, objects); }, Qt::QueuedConnection);
    });
    window.feeder()->submit(batch);
    window.feeder()->flush();
    window.show();
    QCoreApplication::processEvents();

    // Collapse what an operator would not have open, then select the drifted Deployment.
    QTreeView *tree = window.treeView();
    tree->collapseAll();
    for (int c = 0; c < tree->model()->rowCount(); ++c)
        tree->expand(tree->model()->index(c, 0));
    window.selectResource(ResourceId::of(web));
    window.selectResource(ResourceId::of(web));

    int code = 0;
    for (int i = 0; i < 2; ++i) {
        window.setTheme(i == 0 ? views::MainWindow::Theme::Light : views::MainWindow::Theme::Dark);
        QCoreApplication::processEvents();
        const QString file = args[1 + i];
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (!window.grab().save(file, "PNG")) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            code = 1;
        }
    }
    if (args.size() > 3) {
        // The Deployment expanded: its ReplicaSets and Pods, one of them selected.
        window.setTheme(views::MainWindow::Theme::Light);
        const QModelIndex proxyWeb = window.filterModel()->mapFromSource(window.model()->indexOf(ResourceId::of(web)));
        tree->expand(proxyWeb);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        for (int r = 0; r < tree->model()->rowCount(proxyWeb); ++r)
            tree->expand(tree->model()->index(r, 0, proxyWeb));
        QCoreApplication::processEvents();
        const QString file = args[3];
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (!window.grab().save(file, "PNG")) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            code = 1;
        }
    }
    return code;
}
