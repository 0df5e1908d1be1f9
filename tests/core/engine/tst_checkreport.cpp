// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/checkreport.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace driftdeck;
using namespace driftdeck::engine;

namespace {

drift::ResourceResult resource(const QString &kind, const QString &name, SyncState state)
{
    drift::ResourceResult r;
    r.cluster = QStringLiteral("prod");
    r.key = ResourceKey{kind == u"Deployment" ? QStringLiteral("apps") : QString(), kind, QStringLiteral("shop"), name};
    r.version = QStringLiteral("v1");
    r.state = state;
    r.health = HealthState::Healthy;
    r.sourceRef = {QStringLiteral("https://example.invalid/platform.git"), QStringLiteral("0123abcd"), QStringLiteral("apps/web.yaml"), 3};
    return r;
}

QList<ClusterReport> scenario()
{
    ClusterReport prod;
    prod.context = QStringLiteral("prod");
    auto web = resource(QStringLiteral("Deployment"), QStringLiteral("web"), SyncState::Drifted);
    drift::FieldChange c;
    c.field = QStringLiteral("spec.template.spec.containers[name=web].image");
    c.pointer = QStringLiteral("/spec/template/spec/containers/0/image");
    c.op = drift::FieldChange::Op::Replace;
    c.gitValue = QStringLiteral("web:1.0");
    c.liveValue = QStringLiteral("web:1.1");
    c.manager = QStringLiteral("kubectl-edit");
    c.operation = QStringLiteral("Update");
    c.time = QDateTime(QDate(2026, 11, 27), QTime(10, 42), Qt::UTC);
    web.changes = {c};
    prod.resources = {web, resource(QStringLiteral("ConfigMap"), QStringLiteral("settings"), SyncState::Synced),
                      resource(QStringLiteral("Service"), QStringLiteral("api"), SyncState::Missing)};
    auto extra = resource(QStringLiteral("ConfigMap"), QStringLiteral("old"), SyncState::Extra);
    extra.reason = QStringLiteral("tracked by Flux Kustomization flux-system/apps but not in Git");
    prod.resources.append(extra);
    ClusterReport dev;
    dev.context = QStringLiteral("dev");
    dev.reachable = false;
    dev.message = QStringLiteral("connection refused (127.0.0.1:1)");
    return {prod, dev};
}

} // namespace

class TestCheckReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonHasTheDocumentedShape()
    {
        const auto doc = nlohmann::json::parse(formatJson(scenario()).toStdString());
        QCOMPARE(doc["clusters"].size(), size_t(2));
        const auto &prod = doc["clusters"][0];
        QCOMPARE(prod["context"].get<std::string>(), std::string("prod"));
        QCOMPARE(prod["status"].get<std::string>(), std::string("live"));
        QCOMPARE(doc["clusters"][1]["status"].get<std::string>(), std::string("unreachable"));
        const auto &web = prod["resources"][0];
        for (const char *key : {"group", "version", "kind", "namespace", "name", "state", "reason", "health", "source", "changes"})
            QVERIFY2(web.contains(key), key);
        QCOMPARE(web["group"].get<std::string>(), std::string("apps"));
        QCOMPARE(web["state"].get<std::string>(), std::string("Drifted"));
        QCOMPARE(web["health"].get<std::string>(), std::string("Healthy"));
        QCOMPARE(web["source"]["path"].get<std::string>(), std::string("apps/web.yaml"));
        QCOMPARE(web["source"]["line"].get<int>(), 3);
        const auto &ch = web["changes"][0];
        QCOMPARE(ch["field"].get<std::string>(), std::string("spec.template.spec.containers[name=web].image"));
        QCOMPARE(ch["pointer"].get<std::string>(), std::string("/spec/template/spec/containers/0/image"));
        QCOMPARE(ch["op"].get<std::string>(), std::string("replace"));
        QCOMPARE(ch["git"].get<std::string>(), std::string("web:1.0"));
        QCOMPARE(ch["live"].get<std::string>(), std::string("web:1.1"));
        QCOMPARE(ch["manager"].get<std::string>(), std::string("kubectl-edit"));
        QCOMPARE(ch["operation"].get<std::string>(), std::string("Update"));
        QCOMPARE(ch["time"].get<std::string>(), std::string("2026-11-27T10:42:00Z"));
        QCOMPARE(prod["resources"][2]["state"].get<std::string>(), std::string("Missing"));
    }

    void exitCodesFollowFailOn()
    {
        FailOn f;
        QString error;
        QVERIFY(FailOn::parse(QStringLiteral("drift,missing"), &f, &error));
        QCOMPARE(checkExitCode(scenario(), f), 1);
        QVERIFY(FailOn::parse(QStringLiteral("extra"), &f, &error));
        QCOMPARE(checkExitCode(scenario(), f), 1);
        QVERIFY(FailOn::parse(QStringLiteral("unknown"), &f, &error));
        QCOMPARE(checkExitCode(scenario(), f), 0);
        QVERIFY(!FailOn::parse(QStringLiteral("drift,bogus"), &f, &error));
        QVERIFY(error.contains(QStringLiteral("bogus")));
        auto synced = scenario();
        synced[0].resources = {resource(QStringLiteral("ConfigMap"), QStringLiteral("a"), SyncState::Synced)};
        QVERIFY(FailOn::parse(QStringLiteral("drift,missing,extra"), &f, &error));
        QCOMPARE(checkExitCode(synced, f), 0);
    }

    void textReadsLikeFluxDiff()
    {
        const QString text = formatText(scenario());
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines[0], QStringLiteral("● prod: 4 resources, 1 drifted, 1 missing, 1 extra, 0 unknown"));
        QCOMPARE(lines[1], QStringLiteral("► Deployment/shop/web drifted"));
        QCOMPARE(lines[2], QStringLiteral("    spec.template.spec.containers[name=web].image: web:1.0 -> web:1.1 changed by kubectl-edit at 2026-11-27T10:42:00Z"));
        QCOMPARE(lines[3], QStringLiteral("► Service/shop/api missing from the cluster"));
        QCOMPARE(lines[4], QStringLiteral("► ConfigMap/shop/old extra (not in Git): tracked by Flux Kustomization flux-system/apps but not in Git"));
        QCOMPARE(lines[5], QStringLiteral("✗ dev: unreachable: connection refused (127.0.0.1:1)"));
        QVERIFY(!text.contains(QStringLiteral("settings"))); // synced resources stay quiet
        QVERIFY(formatText(scenario(), true).contains(QStringLiteral("ConfigMap/shop/settings in sync")));
    }

    void junitCountsFailures()
    {
        FailOn f;
        QString error;
        QVERIFY(FailOn::parse(QStringLiteral("drift,missing"), &f, &error));
        const QByteArray xml = formatJunit(scenario(), f);
        QXmlStreamReader r(xml);
        int suites = 0, cases = 0, failures = 0, errors = 0;
        QString prodFailures;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            if (r.name() == u"testsuite") {
                ++suites;
                if (r.attributes().value(QStringLiteral("name")) == u"prod")
                    prodFailures = r.attributes().value(QStringLiteral("failures")).toString();
            } else if (r.name() == u"testcase") {
                ++cases;
            } else if (r.name() == u"failure") {
                ++failures;
            } else if (r.name() == u"error") {
                ++errors;
            }
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(suites, 2);
        QCOMPARE(cases, 5); // four resources and the failed connection
        QCOMPARE(failures, 2); // drifted + missing; extra is not in --fail-on here
        QCOMPARE(errors, 1);
        QCOMPARE(prodFailures, QStringLiteral("2"));
    }

    void watchLineIsOneJsonObject()
    {
        const QByteArray line = formatWatchLine(scenario()[0].resources[0]);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const auto j = nlohmann::json::parse(line.toStdString());
        QCOMPARE(j["cluster"].get<std::string>(), std::string("prod"));
        QCOMPARE(j["name"].get<std::string>(), std::string("web"));
    }

    void removedWatchLineNamesTheResource()
    {
        const QByteArray line = formatWatchRemovedLine(
            QStringLiteral("prod"), ResourceKey{QString(), QStringLiteral("ConfigMap"), QStringLiteral("shop"), QStringLiteral("leftover")});
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const auto j = nlohmann::json::parse(line.toStdString());
        QCOMPARE(j["cluster"].get<std::string>(), std::string("prod"));
        QCOMPARE(j["group"].get<std::string>(), std::string());
        QCOMPARE(j["kind"].get<std::string>(), std::string("ConfigMap"));
        QCOMPARE(j["namespace"].get<std::string>(), std::string("shop"));
        QCOMPARE(j["name"].get<std::string>(), std::string("leftover"));
        QCOMPARE(j["removed"].get<bool>(), true);
        QVERIFY(!j.contains("state"));
    }
};

QTEST_APPLESS_MAIN(TestCheckReport)
#include "tst_checkreport.moc"
