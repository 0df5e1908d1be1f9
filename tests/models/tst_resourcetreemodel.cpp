// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/resourcefeeder.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetreemodel.h"
#include "scenario.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace driftdeck;
using namespace driftdeck::models;
using testscenario::make;

namespace {

// "name [State] counts" per row, indented by depth; children in model order.
void dump(const QAbstractItemModel *m, const QModelIndex &parent, int depth, QStringList &out)
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        QString line = QString(depth * 2, u' ') + i.data().toString();
        const QString state = m->index(r, ResourceTreeModel::StateColumn, parent).data().toString();
        if (!state.isEmpty())
            line += u" [" + state + u']';
        const QString details = m->index(r, ResourceTreeModel::DetailsColumn, parent).data().toString();
        if (!details.isEmpty())
            line += u" (" + details + u')';
        out << line;
        dump(m, i, depth + 1, out);
    }
}

QString dump(const QAbstractItemModel *m)
{
    QStringList out;
    dump(m, {}, 0, out);
    return out.join(u'\n');
}

ResourceBatch upserts(const QList<drift::ResourceResult> &results)
{
    ResourceBatch b;
    b.upserts = results;
    return b;
}

} // namespace

class TestResourceTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mixedScenarioStatesAndCounts()
    {
        ResourceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyBatch(upserts(testscenario::mixed()));
        QCOMPARE(model.resourceCount(), 6);
        const QString expected = QStringLiteral(
            "prod [Drifted: 1, Missing: 1, Extra: 1, Unknown: 1, Synced: 2]\n"
            "  flux-system/apps [Drifted: 1, Missing: 1, Extra: 1, Unknown: 1, Synced: 2]\n"
            "    shop [Drifted: 1, Missing: 1, Extra: 1, Unknown: 1, Synced: 1]\n"
            "      Deployment [Drifted: 1, Synced: 1]\n"
            "        web [Drifted] (1 field differs)\n"
            "        api [Synced]\n"
            "      StatefulSet [Missing: 1]\n"
            "        db [Missing]\n"
            "      ConfigMap [Extra: 1]\n"
            "        cache [Extra] (not declared in Git)\n"
            "      Secret [Unknown: 1]\n"
            "        creds [Unknown] (Forbidden: cannot list secrets in shop)\n"
            "    (cluster-scoped) [Synced: 1]\n"
            "      Namespace [Synced: 1]\n"
            "        shop [Synced]");
        QCOMPARE(dump(&model), expected);
        // Parents take the worst state below them; counts are per state.
        const QModelIndex prod = model.index(0, 0);
        QCOMPARE(prod.data(ResourceTreeModel::SyncStateRole).toInt(), int(SyncState::Drifted));
        const QList<int> counts = prod.data(ResourceTreeModel::CountsRole).value<QList<int>>();
        QCOMPARE(counts.value(int(SyncState::Synced)), 2);
        QCOMPARE(counts.value(int(SyncState::Unknown)), 1);
        QVERIFY(prod.data(ResourceTreeModel::HasDriftRole).toBool());
        const QModelIndex web = model.indexOf(ResourceId::of(testscenario::mixed().at(0)));
        QCOMPARE(web.data().toString(), QStringLiteral("web"));
        QCOMPARE(model.result(web)->changes.size(), 1);
        QCOMPARE(web.data(Qt::DecorationRole).userType(), int(QMetaType::QIcon));
        QCOMPARE(model.totalCounts()[size_t(SyncState::Missing)], 1);
    }

    void updatesInPlaceWithRangeSignals()
    {
        ResourceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<drift::ResourceResult> many;
        for (int i = 0; i < 50; ++i)
            many << make(QStringLiteral("c"), QStringLiteral("s"), QString(), QStringLiteral("ConfigMap"),
                         QStringLiteral("ns"), u"cm" + QString::number(i), SyncState::Synced);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.applyBatch(upserts(many));
        // One new subtree: a single insertion at the root.
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        // 10 adjacent rows change state: one dataChanged for them, plus one per parent level.
        QList<drift::ResourceResult> changed;
        for (int i = 10; i < 20; ++i) {
            auto r = many[i];
            r.state = SyncState::Drifted;
            changed << r;
        }
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        inserted.clear();
        model.applyBatch(upserts(changed));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(dataChanged.count(), 1 + 4);
        const QModelIndex kind = model.index(0, 0, model.index(0, 0, model.index(0, 0, model.index(0, 0))));
        QCOMPARE(dataChanged.first().at(0).toModelIndex(), model.index(10, 0, kind));
        QCOMPARE(dataChanged.first().at(1).toModelIndex(), model.index(19, ResourceTreeModel::DetailsColumn, kind));
        QCOMPARE(kind.data(ResourceTreeModel::StateColumn).toString(), QString());
        QCOMPARE(model.index(0, ResourceTreeModel::StateColumn).data().toString(),
                 QStringLiteral("Drifted: 10, Synced: 40"));

        // New resources in an existing kind: one insertion range at its end.
        QList<drift::ResourceResult> more;
        for (int i = 50; i < 55; ++i)
            more << make(QStringLiteral("c"), QStringLiteral("s"), QString(), QStringLiteral("ConfigMap"),
                         QStringLiteral("ns"), u"cm" + QString::number(i), SyncState::Extra);
        model.applyBatch(upserts(more));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 50);
        QCOMPARE(inserted.first().at(2).toInt(), 54);
    }

    void removalsPruneEmptyParents()
    {
        ResourceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto mixed = testscenario::mixed();
        model.applyBatch(upserts(mixed));
        ResourceBatch removal;
        removal.removals = {ResourceId::of(mixed[2]), ResourceId::of(mixed[5]), ResourceId::of(mixed[0])};
        model.applyBatch(removal);
        QCOMPARE(model.resourceCount(), 3);
        QCOMPARE(dump(&model), QStringLiteral("prod [Extra: 1, Unknown: 1, Synced: 1]\n"
                                              "  flux-system/apps [Extra: 1, Unknown: 1, Synced: 1]\n"
                                              "    shop [Extra: 1, Unknown: 1, Synced: 1]\n"
                                              "      Deployment [Synced: 1]\n"
                                              "        api [Synced]\n"
                                              "      ConfigMap [Extra: 1]\n"
                                              "        cache [Extra] (not declared in Git)\n"
                                              "      Secret [Unknown: 1]\n"
                                              "        creds [Unknown] (Forbidden: cannot list secrets in shop)"));
        QVERIFY(!model.indexOf(ResourceId::of(mixed[0])).isValid());
    }

    void removeClusterDropsItsSubtreeAndCounts()
    {
        ResourceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto mixed = testscenario::mixed();
        QList<drift::ResourceResult> all = mixed;
        for (auto r : mixed) {
            r.cluster = QStringLiteral("staging");
            all.append(r);
        }
        model.applyBatch(upserts(all));
        model.setClusterStatus({QStringLiteral("staging"), ClusterStatus::State::Live, -1, {}, {}});
        QCOMPARE(model.resourceCount(), 12);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCounts()[size_t(SyncState::Drifted)], 2);
        QSignalSpy totals(&model, &ResourceTreeModel::totalsChanged);
        model.removeCluster(QStringLiteral("staging"));
        QCOMPARE(totals.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.resourceCount(), 6);
        QCOMPARE(model.totalCounts()[size_t(SyncState::Drifted)], 1);
        QCOMPARE(model.totalCounts()[size_t(SyncState::Synced)], 2);
        QVERIFY(!model.clusterStatus(QStringLiteral("staging")));
        auto staged = mixed[0];
        staged.cluster = QStringLiteral("staging");
        QVERIFY(!model.indexOf(ResourceId::of(staged)).isValid());
        QVERIFY(model.indexOf(ResourceId::of(mixed[0])).isValid());
        // The cluster can come back.
        model.applyBatch(upserts({staged}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCounts()[size_t(SyncState::Drifted)], 2);
        model.removeCluster(QStringLiteral("nowhere")); // unknown: nothing happens
        QCOMPARE(model.resourceCount(), 7);
    }

    void clusterAndSourceStatus()
    {
        ResourceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClusterStatus listing{QStringLiteral("staging"), ClusterStatus::State::Listing, 40, {}, {}};
        model.setClusterStatus(listing);
        QCOMPARE(model.index(0, ResourceTreeModel::DetailsColumn).data().toString(),
                 QStringLiteral("Listing resources… 40%"));
        QCOMPARE(model.index(0, 0).data(ResourceTreeModel::ProgressRole).toInt(), 40);
        const QDateTime since(QDate(2026, 11, 27), QTime(13, 2), Qt::UTC);
        model.setClusterStatus({QStringLiteral("staging"), ClusterStatus::State::Unreachable, -1,
                                QStringLiteral("dial tcp 10.0.0.1:6443: connection refused"), since});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ResourceTreeModel::DetailsColumn).data().toString(),
                 u"Unreachable since " + since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                     + u": dial tcp 10.0.0.1:6443: connection refused");
        QCOMPARE(model.clusterStatus(QStringLiteral("staging"))->state, ClusterStatus::State::Unreachable);

        SourceStatus src;
        src.cluster = QStringLiteral("staging");
        src.source = QStringLiteral("flux-system/apps");
        src.origin = QStringLiteral("Flux Kustomization");
        src.errors = {{QStringLiteral("apps/shop/kustomization.yaml"), 7, QStringLiteral("unknown field \"resourcez\"")},
                      {QStringLiteral("apps/shop/web.yaml"), 0, QStringLiteral("invalid YAML")}};
        model.setSourceStatus(src);
        QCOMPARE(dump(&model), u"staging (Unreachable since "
                                   + since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                   + u": dial tcp 10.0.0.1:6443: connection refused)\n"
                                     u"  flux-system/apps (2 files failed to render)\n"
                                     u"    apps/shop/kustomization.yaml:7 (unknown field \"resourcez\")\n"
                                     u"    apps/shop/web.yaml (invalid YAML)");
        // Fixing one file replaces the listed errors.
        src.errors.removeFirst();
        model.setSourceStatus(src);
        QCOMPARE(model.rowCount(model.index(0, 0, model.index(0, 0))), 1);
    }

    void liveUpdateKeepsSelection()
    {
        ResourceTreeModel model;
        ResourceFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto mixed = testscenario::mixed();
        model.applyBatch(upserts(mixed));
        QItemSelectionModel selection(&proxy);
        const QModelIndex web = proxy.mapFromSource(model.indexOf(ResourceId::of(mixed[0])));
        QVERIFY(web.isValid());
        selection.setCurrentIndex(web, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // Another resource appears before it in sort order, and web itself changes state.
        auto alpha = make(QStringLiteral("prod"), QStringLiteral("flux-system/apps"), QStringLiteral("apps"),
                          QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("aaa"), SyncState::Synced);
        mixed[0].state = SyncState::Synced;
        mixed[0].changes.clear();
        model.applyBatch(upserts({alpha, mixed[0]}));
        QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("web"));
        QCOMPARE(selection.currentIndex().row(), 2);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().siblingAtColumn(ResourceTreeModel::StateColumn).data().toString(),
                 QStringLiteral("Synced"));
    }

    void filters()
    {
        ResourceTreeModel model;
        ResourceFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClusterStatus({QStringLiteral("staging"), ClusterStatus::State::Live, -1, {}, {}});
        model.applyBatch(upserts(testscenario::mixed()));

        proxy.setOnlyDrift(true);
        QCOMPARE(dump(&proxy), QStringLiteral("prod [Drifted: 1, Missing: 1, Extra: 1, Unknown: 1, Synced: 2]\n"
                                              "  flux-system/apps [Drifted: 1, Missing: 1, Extra: 1, Unknown: 1, Synced: 2]\n"
                                              "    shop [Drifted: 1, Missing: 1, Extra: 1, Unknown: 1, Synced: 1]\n"
                                              "      ConfigMap [Extra: 1]\n"
                                              "        cache [Extra] (not declared in Git)\n"
                                              "      Deployment [Drifted: 1, Synced: 1]\n"
                                              "        web [Drifted] (1 field differs)\n"
                                              "      StatefulSet [Missing: 1]\n"
                                              "        db [Missing]\n"
                                              "staging (Live)"));
        // A resource that starts drifting shows up while the filter is on.
        auto api = testscenario::mixed()[1];
        api.state = SyncState::Drifted;
        model.applyBatch(upserts({api}));
        QVERIFY(dump(&proxy).contains(QStringLiteral("        api [Drifted]")));
        proxy.setOnlyDrift(false);

        proxy.setFilterText(QStringLiteral("  CRE "));
        QCOMPARE(dump(&proxy), QStringLiteral("prod [Drifted: 2, Missing: 1, Extra: 1, Unknown: 1, Synced: 1]\n"
                                              "  flux-system/apps [Drifted: 2, Missing: 1, Extra: 1, Unknown: 1, Synced: 1]\n"
                                              "    shop [Drifted: 2, Missing: 1, Extra: 1, Unknown: 1]\n"
                                              "      Secret [Unknown: 1]\n"
                                              "        creds [Unknown] (Forbidden: cannot list secrets in shop)\n"
                                              "staging (Live)"));
        proxy.setFilterText(QString());
        proxy.setKindFilter(QStringLiteral("Namespace"));
        QVERIFY(dump(&proxy).contains(QStringLiteral("(cluster-scoped) [Synced: 1]\n      Namespace [Synced: 1]\n        shop [Synced]")));
        QVERIFY(!dump(&proxy).contains(QStringLiteral("Deployment")));
        proxy.setKindFilter(QString());
        proxy.setNamespaceFilter(QStringLiteral("shop"));
        proxy.setStateFilter({SyncState::Missing, SyncState::Unknown});
        QStringList leaves;
        const QString d = dump(&proxy);
        for (const QString &line : d.split(u'\n')) {
            if (line.startsWith(QStringLiteral("        ")))
                leaves << line.trimmed();
        }
        QCOMPARE(leaves, QStringList({QStringLiteral("creds [Unknown] (Forbidden: cannot list secrets in shop)"),
                                      QStringLiteral("db [Missing]")}));
        QVERIFY(proxy.isFiltering());
    }

    void ownedChildrenOnDemand()
    {
        ResourceTreeModel model;
        const auto mixed = testscenario::mixed();
        model.applyBatch(upserts(mixed));
        const ResourceId webId = ResourceId::of(mixed[0]);
        const QPersistentModelIndex web = model.indexOf(webId);
        // Without a provider nothing can be fetched.
        QVERIFY(!model.hasChildren(web));
        QVERIFY(!model.canFetchMore(web));
        QList<QPair<ResourceId, bool>> calls;
        model.setOwnedProvider([&calls](const ResourceId &id, bool watch) { calls.append({id, watch}); });
        const QModelIndex db = model.indexOf(ResourceId::of(mixed[2]));    // StatefulSet, Missing
        const QModelIndex cache = model.indexOf(ResourceId::of(mixed[3])); // ConfigMap
        // A workload with a live object shows an expand arrow before anything is read.
        QVERIFY(model.hasChildren(web));
        QCOMPARE(model.rowCount(web), 0);
        QVERIFY(model.canFetchMore(web));
        QVERIFY(!(model.flags(web) & Qt::ItemNeverHasChildren));
        // A Missing workload owns nothing in the cluster; a ConfigMap owns no Pods.
        QVERIFY(!model.canFetchMore(db));
        QVERIFY(!model.hasChildren(db));
        QVERIFY(model.flags(db) & Qt::ItemNeverHasChildren);
        QVERIFY(!model.canFetchMore(cache));
        QVERIFY(calls.isEmpty());

        model.fetchMore(web);
        QCOMPARE(calls.size(), 1);
        QVERIFY(calls.first().first == webId);
        QVERIFY(calls.first().second);
        QVERIFY(!model.canFetchMore(web));
        QVERIFY(model.watchedOwners() == QList<ResourceId>{webId});
        // The tester walks the tree as a view would and fetches what can be fetched (api).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ResourceId apiId = ResourceId::of(mixed[1]);
        QCOMPARE(calls.size(), 2);
        QVERIFY(calls.last().first == apiId && calls.last().second);

        auto owned = [](const QString &kind, const QString &name, const QString &uid, const QString &owner, HealthState health,
                        bool read = true) {
            OwnedObject o;
            o.key = {kind == u"ReplicaSet" ? QStringLiteral("apps") : QString(), kind, QStringLiteral("shop"), name};
            o.uid = uid;
            o.ownerUid = owner;
            o.health = health;
            o.healthRead = read;
            return o;
        };
        const QString kindBefore = model.parent(web).data(ResourceTreeModel::StateColumn).toString();
        const QList<int> countsBefore = model.parent(web).data(ResourceTreeModel::CountsRole).value<QList<int>>();
        model.setOwned(webId, {owned(QStringLiteral("ReplicaSet"), QStringLiteral("web-7d9f"), QStringLiteral("rs1"), QString(),
                                     HealthState::Progressing),
                               owned(QStringLiteral("Pod"), QStringLiteral("web-7d9f-b2x4k"), QStringLiteral("p1"), QStringLiteral("rs1"),
                                     HealthState::Healthy),
                               owned(QStringLiteral("Pod"), QStringLiteral("web-7d9f-q8m2z"), QStringLiteral("p2"), QStringLiteral("rs1"),
                                     HealthState::Unknown, false)});
        QStringList lines;
        dump(&model, web, 0, lines);
        QCOMPARE(lines.join(u'\n'), QStringLiteral("web-7d9f [Owned] (ReplicaSet)\n"
                                                   "  web-7d9f-b2x4k [Owned] (Pod)\n"
                                                   "  web-7d9f-q8m2z [Owned] (Pod)"));
        const QModelIndex rs = model.index(0, 0, web);
        QCOMPARE(model.nodeType(rs), ResourceTreeModel::NodeType::Owned);
        QCOMPARE(model.owned(rs)->uid, QStringLiteral("rs1"));
        QVERIFY(!model.result(rs));
        QPersistentModelIndex p1 = model.index(0, 0, rs);
        const QModelIndex p2 = model.index(1, 0, rs);
        QCOMPARE(model.index(0, ResourceTreeModel::HealthColumn, rs).data().toString(), QStringLiteral("Healthy"));
        QCOMPARE(QModelIndex(p1).siblingAtColumn(ResourceTreeModel::HealthColumn).data().toString(), QStringLiteral("Healthy"));
        QCOMPARE(QModelIndex(p1).siblingAtColumn(ResourceTreeModel::HealthColumn).data(Qt::DecorationRole).userType(), int(QMetaType::QIcon));
        QCOMPARE(p2.siblingAtColumn(ResourceTreeModel::HealthColumn).data().toString(), QStringLiteral("Reading…"));
        QCOMPARE(rs.siblingAtColumn(ResourceTreeModel::HealthColumn).data(ResourceTreeModel::HealthStateRole).toInt(),
                 int(HealthState::Progressing));
        // Not drift results: no sync state, and the parents' counts did not move.
        QVERIFY(!rs.data(ResourceTreeModel::SyncStateRole).isValid());
        QVERIFY(!p1.data(ResourceTreeModel::SyncStateRole).isValid());
        QCOMPARE(model.parent(web).data(ResourceTreeModel::StateColumn).toString(), kindBefore);
        QCOMPARE(model.parent(web).data(ResourceTreeModel::CountsRole).value<QList<int>>(), countsBefore);
        QCOMPARE(model.resourceCount(), 6);
        QCOMPARE(model.resultsBelow(web).size(), 1);
        QCOMPARE(p1.data(ResourceTreeModel::NamespaceRole).toString(), QStringLiteral("shop"));
        QCOMPARE(p1.data(ResourceTreeModel::ClusterRole).toString(), QStringLiteral("prod"));

        // A live update: p2 is gone, p3 is new, p1 turned Degraded. p1 keeps its row identity.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        auto p1Degraded = owned(QStringLiteral("Pod"), QStringLiteral("web-7d9f-b2x4k"), QStringLiteral("p1"), QStringLiteral("rs1"),
                                HealthState::Degraded);
        p1Degraded.healthMessage = QStringLiteral("Back-off restarting failed container");
        model.setOwned(webId, {owned(QStringLiteral("ReplicaSet"), QStringLiteral("web-7d9f"), QStringLiteral("rs1"), QString(),
                                     HealthState::Healthy),
                               p1Degraded,
                               owned(QStringLiteral("Pod"), QStringLiteral("web-7d9f-zz9kk"), QStringLiteral("p3"), QStringLiteral("rs1"),
                                     HealthState::Healthy)});
        QCOMPARE(reset.count(), 0);
        QVERIFY(p1.isValid());
        QCOMPARE(p1.data().toString(), QStringLiteral("web-7d9f-b2x4k"));
        QCOMPARE(QModelIndex(p1).siblingAtColumn(ResourceTreeModel::HealthColumn).data().toString(), QStringLiteral("Degraded"));
        QCOMPARE(QModelIndex(p1).siblingAtColumn(ResourceTreeModel::DetailsColumn).data().toString(),
                 QStringLiteral("Pod · Back-off restarting failed container"));
        QCOMPARE(model.rowCount(rs), 2);
        QStringList pods;
        for (int r = 0; r < model.rowCount(rs); ++r)
            pods << model.index(r, 0, rs).data().toString();
        pods.sort();
        QCOMPARE(pods, (QStringList{QStringLiteral("web-7d9f-b2x4k"), QStringLiteral("web-7d9f-zz9kk")}));

        // A rollout: a second ReplicaSet with the Pods, the old one empty.
        model.setOwned(webId, {owned(QStringLiteral("ReplicaSet"), QStringLiteral("web-7d9f"), QStringLiteral("rs1"), QString(),
                                     HealthState::Healthy),
                               owned(QStringLiteral("ReplicaSet"), QStringLiteral("web-5c8b"), QStringLiteral("rs2"), QString(),
                                     HealthState::Healthy),
                               owned(QStringLiteral("Pod"), QStringLiteral("web-5c8b-aaaaa"), QStringLiteral("p4"), QStringLiteral("rs2"),
                                     HealthState::Healthy)});
        QVERIFY(!p1.isValid());
        lines.clear();
        dump(&model, web, 0, lines);
        QCOMPARE(lines.join(u'\n'), QStringLiteral("web-7d9f [Owned] (ReplicaSet)\n"
                                                   "web-5c8b [Owned] (ReplicaSet)\n"
                                                   "  web-5c8b-aaaaa [Owned] (Pod)"));

        // Filters: owned rows follow their resource.
        ResourceFilterModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setOnlyDrift(true);
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(web)), 2);
        proxy.setOnlyDrift(false);
        proxy.setFilterText(QStringLiteral("deployment/shop/web"));
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(web)), 2);
        proxy.setFilterText(QStringLiteral("web-5c8b")); // a Pod's name does not keep other rows
        QVERIFY(!proxy.mapFromSource(web).isValid());
        proxy.setFilterText(QString());

        // An answer for a row that never fetched is ignored; the row going away stops the watch.
        const ResourceId dbId = ResourceId::of(mixed[2]);
        model.setOwned(dbId, {owned(QStringLiteral("Pod"), QStringLiteral("db-0"), QStringLiteral("p9"), QString(), HealthState::Healthy)});
        QCOMPARE(model.rowCount(model.indexOf(dbId)), 0);
        ResourceBatch removal;
        removal.removals = {webId};
        model.applyBatch(removal);
        QCOMPARE(calls.size(), 3);
        QVERIFY(calls.last().first == webId);
        QVERIFY(!calls.last().second);
        QVERIFY(model.watchedOwners() == QList<ResourceId>{apiId});
        model.setOwned(webId, {}); // late answer: nothing to do
        QCOMPARE(model.resourceCount(), 5);

        // clear() stops every watch.
        QCOMPARE(calls.size(), 3);
        model.clear();
        QCOMPARE(calls.size(), 4);
        QVERIFY(calls.last().first == apiId);
        QVERIFY(!calls.last().second);
    }

    void feederCoalescesBatchesFromAnotherThread()
    {
        ResourceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ResourceFeeder feeder(&model);
        feeder.setInterval(200);
        QSignalSpy applied(&feeder, &ResourceFeeder::applied);
        const auto mixed = testscenario::mixed();
        // 60 batches from a worker thread, each re-sending web with a new replica count.
        QThread *worker = QThread::create([&] {
            for (int i = 0; i < 60; ++i) {
                ResourceBatch b;
                auto web = mixed[0];
                web.changes[0].liveValue = QString::number(i);
                b.upserts = {web, mixed[i % mixed.size()]};
                feeder.submit(b);
            }
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QTRY_COMPARE(model.resourceCount(), 6);
        QTRY_VERIFY(feeder.isIdle());
        // Far fewer applications than batches, and the last value wins.
        QVERIFY2(applied.count() <= 3, qPrintable(QString::number(applied.count())));
        QCOMPARE(model.result(model.indexOf(ResourceId::of(mixed[0])))->changes[0].liveValue, QStringLiteral("59"));

        // A removal cancels a pending upsert of the same resource, and is applied.
        ResourceBatch up;
        up.upserts = {mixed[3]};
        feeder.submit(up);
        ResourceBatch down;
        down.removals = {ResourceId::of(mixed[3])};
        feeder.submit(down);
        QVERIFY(applied.wait(2000));
        QTRY_VERIFY(feeder.isIdle());
        QCOMPARE(model.resourceCount(), 5);
        QVERIFY(!model.indexOf(ResourceId::of(mixed[3])).isValid());
    }
};

QTEST_GUILESS_MAIN(TestResourceTreeModel)
#include "tst_resourcetreemodel.moc"
