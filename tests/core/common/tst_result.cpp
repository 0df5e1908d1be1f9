// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/result.h"
#include "core/common/syncstate.h"

#include <QTest>

using namespace driftdeck;

class TestResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueAndError()
    {
        Result<int> good = 42;
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        QCOMPARE(good.valueOr(7), 42);

        Result<int> bad = Error(QStringLiteral("Cannot reach the cluster"), QStringLiteral("ECONNREFUSED"));
        QVERIFY(!bad.ok());
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, QStringLiteral("Cannot reach the cluster"));
        QCOMPARE(bad.error().cause, QStringLiteral("ECONNREFUSED"));
        QCOMPARE(bad.valueOr(7), 7);
        QCOMPARE(bad.error().fullText(), QStringLiteral("Cannot reach the cluster (ECONNREFUSED)"));
    }

    void fullTextWithoutCause()
    {
        QCOMPARE(Error(QStringLiteral("x")).fullText(), QStringLiteral("x"));
        QCOMPARE(Error(QStringLiteral("x"), QStringLiteral("x")).fullText(), QStringLiteral("x"));
    }

    void mapPassesErrorsThrough()
    {
        Result<int> good = 3;
        auto doubled = good.map([](int v) { return QString::number(v * 2); });
        QVERIFY(doubled.ok());
        QCOMPARE(*doubled, QStringLiteral("6"));

        Result<int> bad = Error(QStringLiteral("nope"));
        auto mapped = bad.map([](int v) { return v + 1; });
        QVERIFY(!mapped.ok());
        QCOMPARE(mapped.error().message, QStringLiteral("nope"));
    }

    void moveOnlyValues()
    {
        Result<std::unique_ptr<int>> r = std::make_unique<int>(5);
        QVERIFY(r.ok());
        std::unique_ptr<int> taken = std::move(r).value();
        QCOMPARE(*taken, 5);
    }

    void voidResult()
    {
        Result<void> ok = success();
        QVERIFY(ok.ok());
        Result<void> failed = Error(QStringLiteral("push rejected"), QStringLiteral("non-fast-forward"));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().cause, QStringLiteral("non-fast-forward"));
    }

    void syncStateNamesRoundTrip()
    {
        for (SyncState s : kAllSyncStates)
            QCOMPARE(syncStateFromName(syncStateName(s)), std::optional<SyncState>(s));
        QCOMPARE(syncStateFromName(u"drifted"), std::optional<SyncState>(SyncState::Drifted));
        QVERIFY(!syncStateFromName(u"OutOfSync").has_value());
        QVERIFY(syncSeverity(SyncState::Drifted) > syncSeverity(SyncState::Synced));
        QCOMPARE(healthStateFromName(u"Degraded"), std::optional<HealthState>(HealthState::Degraded));
    }
};

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
