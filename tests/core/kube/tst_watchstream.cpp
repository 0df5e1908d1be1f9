// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/linesplitter.h"
#include "core/kube/watchevent.h"

#include <QTest>

#include <string>
#include <vector>

using namespace driftdeck::kube;

class TestWatchStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsAcrossChunks_data()
    {
        QTest::addColumn<int>("chunkSize");
        for (int size : {1, 2, 3, 7, 16, 63, 1000})
            QTest::addRow("chunk %d", size) << size;
    }
    void splitsAcrossChunks()
    {
        QFETCH(int, chunkSize);
        const std::string stream = "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"a\",\"resourceVersion\":\"1\"}}}\n"
                                   "{\"type\":\"MODIFIED\",\"object\":{\"metadata\":{\"name\":\"a\",\"resourceVersion\":\"2\"}}}\r\n"
                                   "\n"
                                   "{\"type\":\"DELETED\",\"object\":{\"metadata\":{\"name\":\"a\",\"resourceVersion\":\"3\"}}}\n"
                                   "{\"type\":\"BOOKMARK\",\"object\":{\"metadata\":{\"resourceVersion\":\"4\"}}}\n"
                                   "{\"type\":\"ADDED\",\"obj";
        LineSplitter splitter;
        std::vector<std::string> lines;
        for (std::size_t i = 0; i < stream.size(); i += std::size_t(chunkSize))
            splitter.feed(std::string_view(stream).substr(i, std::size_t(chunkSize)), [&](std::string_view l) { lines.emplace_back(l); });
        QCOMPARE(lines.size(), std::size_t(4));
        QCOMPARE(splitter.pending(), std::string("{\"type\":\"ADDED\",\"obj").size());
        std::vector<std::string> rvs;
        std::vector<WatchEvent::Type> types;
        for (const auto &l : lines) {
            auto ev = WatchEvent::decode(l);
            types.push_back(ev.type);
            rvs.push_back(ev.resourceVersion());
        }
        QVERIFY((types == std::vector{WatchEvent::Type::Added, WatchEvent::Type::Modified, WatchEvent::Type::Deleted, WatchEvent::Type::Bookmark}));
        QVERIFY((rvs == std::vector<std::string>{"1", "2", "3", "4"}));
        // the rest of the partial line completes with the next chunk
        splitter.feed("ect\":{\"metadata\":{\"name\":\"b\"}}}\n", [&](std::string_view l) { lines.emplace_back(l); });
        QCOMPARE(lines.size(), std::size_t(5));
        QCOMPARE(WatchEvent::decode(lines.back()).object["metadata"]["name"].get<std::string>(), std::string("b"));
        QCOMPARE(splitter.pending(), std::size_t(0));
    }

    void decodesErrorStatus()
    {
        auto ev = WatchEvent::decode(R"x({"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: 5 (90)","reason":"Expired","code":410}})x");
        QCOMPARE(ev.type, WatchEvent::Type::Error);
        QCOMPARE(ev.statusCode(), 410);
        QCOMPARE(ev.statusMessage(), std::string("too old resource version: 5 (90)"));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("not json") << QByteArray("{\"type\":");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no object") << QByteArray(R"({"type":"ADDED"})");
        QTest::newRow("unknown type") << QByteArray(R"({"type":"RENAMED","object":{}})");
        QTest::newRow("object not a map") << QByteArray(R"({"type":"ADDED","object":3})");
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, line);
        auto ev = WatchEvent::decode(std::string_view(line.constData(), std::size_t(line.size())));
        QCOMPARE(ev.type, WatchEvent::Type::Invalid);
        QVERIFY(!ev.parseError.empty());
    }
};

QTEST_APPLESS_MAIN(TestWatchStream)
#include "tst_watchstream.moc"
