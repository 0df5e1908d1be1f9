// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/livestore.h"

#include <QSignalSpy>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::kube;

namespace {

const GroupKind kDeploy{QStringLiteral("apps"), QStringLiteral("Deployment")};
const GroupKind kCm{QString(), QStringLiteral("ConfigMap")};

nlohmann::json obj(const std::string &ns, const std::string &name, const std::string &rv, int replicas = 1)
{
    return {{"apiVersion", "apps/v1"},
            {"kind", "Deployment"},
            {"metadata", {{"namespace", ns}, {"name", name}, {"resourceVersion", rv}}},
            {"spec", {{"replicas", replicas}}}};
}

QStringList names(const std::vector<LiveObject> &objects)
{
    QStringList out;
    for (const auto &o : objects)
        out << o.key.ns + QLatin1Char('/') + o.key.name + QLatin1Char('@') + QString::fromStdString(o.resourceVersion);
    out.sort();
    return out;
}

ChangeBatch batchAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<ChangeBatch>();
}

} // namespace

class TestLiveStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upsertEmitsAddedThenModifiedOnlyOnNewVersion()
    {
        LiveStore store(QStringLiteral("prod"));
        QSignalSpy spy(&store, &LiveStore::changed);
        store.upsert(kDeploy, {obj("shop", "web", "1"), obj("shop", "api", "2")});
        QCOMPARE(spy.count(), 1);
        auto b = batchAt(spy, 0);
        QCOMPARE(b.cluster, QStringLiteral("prod"));
        QCOMPARE(b.sequence, 1u);
        QCOMPARE(names(b.added), (QStringList{QStringLiteral("shop/api@2"), QStringLiteral("shop/web@1")}));
        QVERIFY(b.modified.empty() && b.deleted.empty());
        QCOMPARE(b.added.front().key.group, QStringLiteral("apps"));
        QCOMPARE(b.added.front().key.kind, QStringLiteral("Deployment"));

        // same resourceVersion again (a relist): nothing to say
        store.upsert(kDeploy, {obj("shop", "web", "1")});
        QCOMPARE(spy.count(), 1);
        store.upsert(kDeploy, {obj("shop", "web", "5", 3)});
        QCOMPARE(spy.count(), 2);
        b = batchAt(spy, 1);
        QCOMPARE(b.sequence, 2u);
        QCOMPARE(names(b.modified), QStringList{QStringLiteral("shop/web@5")});
        QCOMPARE((*b.modified.front().object)["spec"]["replicas"].get<int>(), 3);
        auto stored = store.object(ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("web")});
        QVERIFY(stored.has_value());
        QCOMPARE(stored->resourceVersion, std::string("5"));
        QCOMPARE(store.size(), std::size_t(2));
    }

    void batchCarriesNetChange_data()
    {
        QTest::addColumn<QStringList>("ops"); // "+name@rv" upsert, "-name" delete, applied in one batch
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("modified");
        QTest::addColumn<QStringList>("deleted");
        // the store starts with a@1
        QTest::newRow("add then delete new: nothing") << QStringList{QStringLiteral("+b@2"), QStringLiteral("-b")} << QStringList()
                                                      << QStringList() << QStringList();
        QTest::newRow("add then modify: added latest") << QStringList{QStringLiteral("+b@2"), QStringLiteral("+b@3")}
                                                       << QStringList{QStringLiteral("ns/b@3")} << QStringList() << QStringList();
        QTest::newRow("modify then delete: deleted with old state") << QStringList{QStringLiteral("+a@2"), QStringLiteral("-a")} << QStringList()
                                                                    << QStringList() << QStringList{QStringLiteral("ns/a@1")};
        QTest::newRow("delete then recreate: modified") << QStringList{QStringLiteral("-a"), QStringLiteral("+a@9")} << QStringList()
                                                        << QStringList{QStringLiteral("ns/a@9")} << QStringList();
        QTest::newRow("delete unknown: nothing") << QStringList{QStringLiteral("-zz")} << QStringList() << QStringList() << QStringList();
        QTest::newRow("mixed") << QStringList{QStringLiteral("+c@4"), QStringLiteral("+a@5"), QStringLiteral("+d@6"), QStringLiteral("-d")}
                               << QStringList{QStringLiteral("ns/c@4")} << QStringList{QStringLiteral("ns/a@5")} << QStringList();
    }
    void batchCarriesNetChange()
    {
        QFETCH(QStringList, ops);
        QFETCH(QStringList, added);
        QFETCH(QStringList, modified);
        QFETCH(QStringList, deleted);
        LiveStore store(QStringLiteral("c"));
        store.upsert(kDeploy, {obj("ns", "a", "1")});
        QSignalSpy spy(&store, &LiveStore::changed);
        std::vector<LiveStore::Change> changes;
        for (const QString &op : ops) {
            const QString body = op.mid(1);
            const QString name = body.section(QLatin1Char('@'), 0, 0);
            const QString rv = body.section(QLatin1Char('@'), 1);
            changes.push_back({op.startsWith(QLatin1Char('-')), obj("ns", name.toStdString(), rv.toStdString())});
        }
        store.apply(kDeploy, std::move(changes));
        const bool expectBatch = !(added.isEmpty() && modified.isEmpty() && deleted.isEmpty());
        QCOMPARE(spy.count(), expectBatch ? 1 : 0);
        if (expectBatch) {
            auto b = batchAt(spy, 0);
            QCOMPARE(names(b.added), added);
            QCOMPARE(names(b.modified), modified);
            QCOMPARE(names(b.deleted), deleted);
        }
    }

    void relistEmitsTheDifference()
    {
        LiveStore store(QStringLiteral("c"));
        store.upsert(kDeploy, {obj("ns", "keep", "1"), obj("ns", "change", "2"), obj("ns", "gone", "3")});
        store.upsert(kCm, {nlohmann::json{{"metadata", {{"namespace", "ns"}, {"name", "gone"}, {"resourceVersion", "4"}}}}});
        QSignalSpy spy(&store, &LiveStore::changed);
        // a relist in two pages, then retainOnly with the names seen
        store.upsert(kDeploy, {obj("ns", "keep", "1"), obj("ns", "change", "7")});
        store.upsert(kDeploy, {obj("ns", "new", "8")});
        store.retainOnly(kDeploy, {"ns/keep", "ns/change", "ns/new"});
        QCOMPARE(spy.count(), 3);
        QCOMPARE(names(batchAt(spy, 0).modified), QStringList{QStringLiteral("ns/change@7")});
        QVERIFY(batchAt(spy, 0).added.empty());
        QCOMPARE(names(batchAt(spy, 1).added), QStringList{QStringLiteral("ns/new@8")});
        QCOMPARE(names(batchAt(spy, 2).deleted), QStringList{QStringLiteral("ns/gone@3")});
        QCOMPARE(batchAt(spy, 2).deleted.front().key.kind, QStringLiteral("Deployment"));
        // the other kind with the same name is untouched
        QCOMPARE(store.size(kCm), std::size_t(1));
        QCOMPARE(store.size(kDeploy), std::size_t(3));
        QCOMPARE(store.size(), std::size_t(4));
        // an identical relist says nothing
        store.upsert(kDeploy, {obj("ns", "keep", "1"), obj("ns", "change", "7"), obj("ns", "new", "8")});
        store.retainOnly(kDeploy, {"ns/keep", "ns/change", "ns/new"});
        QCOMPARE(spy.count(), 3);
        store.removeKind(kCm);
        QCOMPARE(spy.count(), 4);
        QCOMPARE(store.size(), std::size_t(3));
        QCOMPARE(store.kinds().size(), std::size_t(1));
    }

    void replayingBatchesReproducesTheStore()
    {
        // a subscriber that applies batches in order ends with the store's content
        LiveStore store(QStringLiteral("c"));
        std::map<QString, std::string> mirror;
        QObject::connect(&store, &LiveStore::changed, &store, [&](const ChangeBatch &b) {
            for (const auto &o : b.added) {
                QVERIFY(!mirror.count(o.key.toString()));
                mirror[o.key.toString()] = o.resourceVersion;
            }
            for (const auto &o : b.modified) {
                QVERIFY(mirror.count(o.key.toString()));
                mirror[o.key.toString()] = o.resourceVersion;
            }
            for (const auto &o : b.deleted)
                QCOMPARE(mirror.erase(o.key.toString()), std::size_t(1));
        });
        int rv = 1;
        for (int round = 0; round < 50; ++round) {
            std::vector<LiveStore::Change> changes;
            for (int i = 0; i < 20; ++i) {
                const int n = (round * 7 + i * 13) % 37;
                changes.push_back({(round + i) % 5 == 0, obj("ns", "o" + std::to_string(n), std::to_string(++rv))});
            }
            store.apply(kDeploy, std::move(changes));
        }
        std::map<QString, std::string> actual;
        for (const auto &o : store.allObjects())
            actual[o.key.toString()] = o.resourceVersion;
        QVERIFY(actual == mirror);
        QVERIFY(!actual.empty());
    }

    void ingestHookRunsBeforeStoring()
    {
        LiveStore store(QStringLiteral("c"));
        struct Kept : LiveExtra
        {
            std::size_t managers = 0;
        };
        store.setIngestHook([](nlohmann::json &o) -> std::shared_ptr<const LiveExtra> {
            auto kept = std::make_shared<Kept>();
            kept->managers = o["metadata"]["managedFields"].size();
            o["metadata"].erase("managedFields");
            return kept;
        });
        auto o = obj("ns", "a", "1");
        o["metadata"]["managedFields"] = nlohmann::json::array({{{"manager", "kubectl"}}});
        store.upsert(kDeploy, {o});
        auto stored = store.objects(kDeploy);
        QCOMPARE(stored.size(), std::size_t(1));
        QVERIFY(!stored.front().object->at("metadata").contains("managedFields"));
        // What the hook returned is stored beside the object and travels with it.
        const auto kept = std::dynamic_pointer_cast<const Kept>(stored.front().extra);
        QVERIFY(kept);
        QCOMPARE(kept->managers, std::size_t(1));
        QVERIFY(store.object(stored.front().key)->extra == stored.front().extra);
        QVERIFY(LiveStore::estimateHeapBytes(o) > LiveStore::estimateHeapBytes(*stored.front().object));
    }
};

QTEST_GUILESS_MAIN(TestLiveStore)
#include "tst_livestore.moc"
