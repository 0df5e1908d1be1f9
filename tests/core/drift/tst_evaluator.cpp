// SPDX-License-Identifier: GPL-3.0-or-later
// ResourceResult for each state (Synced, Drifted, Missing, Extra, Ignored, Unknown) and the
// incremental result stream.
#include "core/drift/resourceevaluator.h"
#include "core/drift/resultcache.h"

#include "testutil.h"

#include <QTest>

using namespace driftdeck;
using namespace driftdeck::drift;
using nlohmann::json;

class TestEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void states_data();
    void states();
    void ownersAndJson();
    void resultCache();
};

void TestEvaluator::states_data()
{
    QTest::addColumn<bool>("hasGit");
    QTest::addColumn<bool>("hasLive");
    QTest::addColumn<bool>("tracked");
    QTest::addColumn<int>("liveReplicas");
    QTest::addColumn<QString>("ignoreName");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("health");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("changes");

    QTest::newRow("synced") << true << true << false << 3 << QString() << u"Synced"_qs << u"Healthy"_qs << QString() << 0;
    QTest::newRow("drifted") << true << true << false << 5 << QString() << u"Drifted"_qs << u"Progressing"_qs
                             << u"1 field(s) differ from Git."_qs << 1;
    QTest::newRow("missing") << true << false << false << 0 << QString() << u"Missing"_qs << u"Missing"_qs
                             << u"The object is in Git but not in the cluster."_qs << 0;
    QTest::newRow("extra") << false << true << true << 3 << QString() << u"Extra"_qs << u"Healthy"_qs
                           << u"The object is no longer in Git but still belongs to this source. Objects labelled "
                              "kustomize.toolkit.fluxcd.io/name=apps and kustomize.toolkit.fluxcd.io/namespace="
                              "flux-system belong to this source."_qs
                           << 0;
    QTest::newRow("untracked live only") << false << true << false << 3 << QString() << u"Unknown"_qs << u"Healthy"_qs
                                         << u"The object is not in Git and not tracked by this source."_qs << 0;
    QTest::newRow("ignored missing") << true << false << false << 0 << u"w*"_qs << u"Ignored"_qs << u"Missing"_qs
                                     << u"Ignored by the rule */*/*/w*."_qs << 0;
    QTest::newRow("ignored extra") << false << true << true << 3 << u"web"_qs << u"Ignored"_qs << u"Healthy"_qs
                                   << u"Ignored by the rule */*/*/web."_qs << 0;
    QTest::newRow("nothing") << false << false << false << 0 << QString() << u"Unknown"_qs << u"Unknown"_qs
                             << u"The object is neither in Git nor in the cluster."_qs << 0;
}

void TestEvaluator::states()
{
    QFETCH(bool, hasGit);
    QFETCH(bool, hasLive);
    QFETCH(bool, tracked);
    QFETCH(int, liveReplicas);
    QFETCH(QString, ignoreName);
    QFETCH(QString, state);
    QFETCH(QString, health);
    QFETCH(QString, reason);
    QFETCH(int, changes);

    const json git = loadJson("deployment-git.json");
    json live = loadJson("deployment-live.json");
    live["metadata"]["generation"] = 2;
    live["status"]["observedGeneration"] = 2;
    live["spec"]["replicas"] = liveReplicas;
    CompareOptions options;
    if (!ignoreName.isEmpty()) {
        IgnoreRule rule;
        rule.name = ignoreName;
        options.ignoreRules = {rule};
    }
    const Tracker tracker = tracked ? Tracker::fluxKustomization(u"apps"_qs, u"flux-system"_qs) : Tracker();
    const ResourceKey key{u"apps"_qs, u"Deployment"_qs, u"shop"_qs, u"web"_qs};
    const ResourceResult r = ResourceEvaluator(options).evaluate(key, hasGit ? &git : nullptr,
                                                                 hasLive ? &live : nullptr, &tracker);
    QCOMPARE(syncStateName(r.state), state);
    QCOMPARE(healthStateName(r.health), health);
    QCOMPARE(r.reason, reason);
    QCOMPARE(int(r.changes.size()), changes);
    QCOMPARE(r.key, key);
    QCOMPARE(r.version, (hasGit || hasLive) ? u"v1"_qs : QString());
}

void TestEvaluator::ownersAndJson()
{
    json rs = json::parse(R"({"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"web-6d4","namespace":"shop",
        "ownerReferences":[{"apiVersion":"apps/v1","kind":"Deployment","name":"web","uid":"u","controller":true}]},
        "spec":{"replicas":1},"status":{"availableReplicas":1}})");
    const ResourceKey key{u"apps"_qs, u"ReplicaSet"_qs, u"shop"_qs, u"web-6d4"_qs};
    ResourceResult r = ResourceEvaluator().evaluate(key, &rs, &rs);
    QCOMPARE(r.owners, (QList<ResourceKey>{ResourceKey{u"apps"_qs, u"Deployment"_qs, u"shop"_qs, u"web"_qs}}));
    r.cluster = u"prod"_qs;
    r.sourceRef = SourceRef{u"https://git.example.com/shop.git"_qs, u"0123abcd"_qs, u"apps/rs.yaml"_qs, 3};
    const json j = toJson(r);
    const QByteArray expected = R"({"changes":[],"group":"apps","health":"Healthy","kind":"ReplicaSet",)"
                                R"("name":"web-6d4","namespace":"shop","reason":"","source":{"line":3,)"
                                R"("path":"apps/rs.yaml","repo":"https://git.example.com/shop.git",)"
                                R"("revision":"0123abcd"},"state":"Synced","version":"v1"})";
    QCOMPARE(QByteArray::fromStdString(j.dump()), expected);
}

void TestEvaluator::resultCache()
{
    ResultCache cache;
    ResourceResult a;
    a.cluster = u"prod"_qs;
    a.key = ResourceKey{u"apps"_qs, u"Deployment"_qs, u"shop"_qs, u"web"_qs};
    a.state = SyncState::Synced;
    ResourceResult b = a;
    b.key.name = u"api"_qs;

    QCOMPARE(cache.changed({a, b}).size(), 2);
    QCOMPARE(cache.changed({a, b}).size(), 0); // nothing new: nothing emitted
    ResourceResult a2 = a;
    a2.state = SyncState::Drifted;
    a2.changes.append(FieldChange{u"spec.replicas"_qs, u"/spec/replicas"_qs, FieldChange::Op::Replace, u"3"_qs,
                                  u"5"_qs, false, u"kubectl-scale"_qs, u"Update"_qs, QDateTime()});
    const QList<ResourceResult> out = cache.changed({a2, b});
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].key.name, u"web"_qs);
    ResourceResult a3 = a2;
    a3.changes[0].liveValue = u"6"_qs; // same state, different change list
    QVERIFY(cache.update(a3));
    QVERIFY(!cache.update(a3));
    QCOMPARE(cache.find(u"prod"_qs, QString(), a.key)->changes[0].liveValue, u"6"_qs);
    ResourceResult other = a3;
    other.cluster = u"staging"_qs; // same key in another cluster is another resource
    QVERIFY(cache.update(other));
    QCOMPARE(cache.size(), 3);
    QVERIFY(cache.remove(u"prod"_qs, QString(), a.key));
    QVERIFY(!cache.remove(u"prod"_qs, QString(), a.key));
    QVERIFY(cache.update(a3)); // known again after removal
}

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
