// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/backoff.h"
#include "core/kube/ratelimiter.h"

#include <QTest>

using namespace driftdeck::kube;
using namespace std::chrono_literals;

class TestFlowControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstThenQps()
    {
        RateLimiter limiter(10.0, 3);
        const auto t0 = RateLimiter::Clock::now();
        QCOMPARE(limiter.reserve(t0), 0ms);
        QCOMPARE(limiter.reserve(t0), 0ms);
        QCOMPARE(limiter.reserve(t0), 0ms);
        QCOMPARE(limiter.reserve(t0), 100ms); // fourth waits one token at 10/s
        QCOMPARE(limiter.reserve(t0), 200ms);
        // after a second the bucket refilled (tokens were -2, +10 capped at 3)
        QCOMPARE(limiter.reserve(t0 + 1s), 0ms);
        QCOMPARE(limiter.reserve(t0 + 1s), 0ms);
    }

    void retryAfterPausesEveryone()
    {
        RateLimiter limiter(100.0, 100);
        const auto t0 = RateLimiter::Clock::now();
        limiter.pauseUntil(t0 + 3s);
        QCOMPARE(limiter.reserve(t0), 3000ms);
        QCOMPARE(limiter.reserve(t0 + 1s), 2000ms);
        QCOMPARE(limiter.reserve(t0 + 4s), 0ms);
    }

    void unthrottledRequestsOnlyWaitForRetryAfter()
    {
        RateLimiter limiter(10.0, 1);
        const auto t0 = RateLimiter::Clock::now();
        QCOMPARE(limiter.reserve(t0), 0ms);
        // The bucket is empty, yet a request that takes no token does not wait for it...
        QCOMPARE(limiter.pauseLeft(t0), 0ms);
        QCOMPARE(limiter.reserve(t0), 100ms);
        // ...but a Retry-After pause holds it like every other request.
        limiter.pauseUntil(t0 + 2s);
        QCOMPARE(limiter.pauseLeft(t0), 2000ms);
        QCOMPARE(limiter.pauseLeft(t0 + 1500ms), 500ms);
        QCOMPARE(limiter.pauseLeft(t0 + 3s), 0ms);
    }

    void backoffGrowsWithJitterAndCaps()
    {
        Backoff backoff(100ms, 1000ms, 1.0, 42);
        const std::chrono::milliseconds bases[] = {100ms, 200ms, 400ms, 800ms, 1000ms, 1000ms};
        bool sawJitter = false;
        for (auto base : bases) {
            const auto d = backoff.next();
            QVERIFY2(d >= base && d <= base * 2, qPrintable(QString::number(d.count())));
            sawJitter = sawJitter || d != base;
        }
        QVERIFY(sawJitter);
        QCOMPARE(backoff.attempts(), 6);
        backoff.reset();
        const auto d = backoff.next();
        QVERIFY(d >= 100ms && d <= 200ms);
        // no jitter: exact doubling
        Backoff exact(50ms, 400ms, 0.0);
        QCOMPARE(exact.next(), 50ms);
        QCOMPARE(exact.next(), 100ms);
        QCOMPARE(exact.next(), 200ms);
        QCOMPARE(exact.next(), 400ms);
        QCOMPARE(exact.next(), 400ms);
    }
};

QTEST_APPLESS_MAIN(TestFlowControl)
#include "tst_flowcontrol.moc"
