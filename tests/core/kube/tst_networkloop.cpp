// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/networkloop.h"

#include <QTcpServer>
#include <QTest>

#include <atomic>
#include <mutex>
#include <vector>

using namespace driftdeck::kube;
using namespace std::chrono_literals;

class TestNetworkLoop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timersRunInDueOrderAndCancelWorks()
    {
        NetworkLoop loop;
        std::mutex mutex;
        std::vector<int> order;
        auto record = [&](int v) {
            return [&, v] {
                std::lock_guard lock(mutex);
                order.push_back(loop.isLoopThread() ? v : -v); // negative: ran on a wrong thread
            };
        };
        loop.schedule(60ms, record(60));
        loop.schedule(10ms, record(10));
        const auto cancelled = loop.schedule(20ms, record(20));
        loop.schedule(40ms, record(40));
        loop.cancelTimer(cancelled);
        QTRY_COMPARE_WITH_TIMEOUT([&] { std::lock_guard lock(mutex); return order.size(); }(), std::size_t(3), 5000);
        std::lock_guard lock(mutex);
        QCOMPARE(order, (std::vector<int>{10, 40, 60}));
    }

    void postedTasksRunInOrderBeforeRunAndWait()
    {
        NetworkLoop loop;
        std::vector<int> order; // touched only on the loop thread until runAndWait returns
        for (int i = 0; i < 100; ++i)
            loop.post([&order, i] { order.push_back(i); });
        loop.runAndWait([&order] { order.push_back(-1); });
        QCOMPARE(order.size(), std::size_t(101));
        QCOMPARE(order.back(), -1);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(order[std::size_t(i)], i);
    }

    void refusedConnectionCompletesWithCurlError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more
        NetworkLoop loop;
        std::atomic<int> code{-1};
        HttpRequest req;
        req.url = "http://127.0.0.1:" + std::to_string(port) + "/";
        loop.start(req, {{}, [&](HttpResponse &&r) { code = r.curlCode; }});
        QTRY_COMPARE_WITH_TIMEOUT(code.load(), int(CURLE_COULDNT_CONNECT), 10000);
        QTRY_COMPARE(loop.activeTransfers(), 0);
    }

    void cancelledTransferNeverCompletes()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        NetworkLoop loop;
        std::atomic<bool> done{false};
        HttpRequest req;
        req.url = "http://127.0.0.1:" + std::to_string(silent.serverPort()) + "/watch";
        req.stream = true;
        const auto id = loop.start(req, {[](std::string_view) {}, [&](HttpResponse &&) { done = true; }});
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections() || silent.waitForNewConnection(10), 10000);
        QCOMPARE(loop.activeTransfers(), 1);
        loop.cancel(id);
        QTRY_COMPARE_WITH_TIMEOUT(loop.activeTransfers(), 0, 5000);
        loop.runAndWait([] {}); // anything the cancel could have triggered has run by now
        QVERIFY(!done.load());
    }
};

QTEST_GUILESS_MAIN(TestNetworkLoop)
#include "tst_networkloop.moc"
