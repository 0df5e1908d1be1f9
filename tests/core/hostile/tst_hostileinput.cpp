// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile inputs end in a clear error, bounded by the limits core enforces
// (docs/security.md "Limits on hostile input"): never a hang or an out-of-memory kill.
#include "core/kube/informer.h"
#include "core/kube/kubeclient.h"
#include "core/kube/kubeconfig.h"
#include "core/kube/linesplitter.h"
#include "core/kube/livestore.h"
#include "core/kube/watchevent.h"
#include "core/kube/yamljson.h"
#include "core/manifest/manifestparser.h"

#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::manifest;

namespace {

const SourceOrigin kOrigin{{}, {}, QStringLiteral("deploy/hostile.yaml")};

QByteArray configMap(int i)
{
    return "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-" + QByteArray::number(i)
        + "\n  namespace: default\ndata:\n  key: \"" + QByteArray(40, 'v') + "\"\n";
}

// A billion-laughs bomb: `levels` anchors, each a list of ten aliases of the previous one.
QByteArray yamlBomb(int levels)
{
    QByteArray y = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  a0: &a0 \"lol\"\n";
    for (int i = 1; i <= levels; ++i) {
        y += "  a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int k = 0; k < 10; ++k)
            y += (k ? ", *a" : "*a") + QByteArray::number(i - 1);
        y += "]\n";
    }
    return y;
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + "1" + QByteArray(depth, ']');
}

// A minimal API server on loopback: a list answers with no items; a watch answers 200 and
// then streams `watchBytes` bytes of one line that never ends.
class HostileApiServer : public QObject
{
public:
    qint64 watchBytes = 0;
    bool silent = false; // accept and never answer
    qint64 streamed = 0;
    int watches = 0;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    HostileApiServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                if (silent)
                    continue;
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRequest(s); });
            }
        });
    }

private:
    void onRequest(QTcpSocket *s)
    {
        QByteArray &buf = m_requests[s];
        buf += s->readAll();
        if (!buf.contains("\r\n\r\n"))
            return;
        const QByteArray line = buf.left(buf.indexOf("\r\n"));
        buf.clear();
        if (!line.contains("watch=1")) {
            const QByteArray body = R"({"kind":"ConfigMapList","apiVersion":"v1","metadata":{"resourceVersion":"7"},"items":[]})";
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                     + "\r\n\r\n" + body);
            return;
        }
        ++watches;
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
        // One line that never ends, written as the client reads it (never all in memory here).
        auto sent = std::make_shared<qint64>(0);
        auto pump = [this, s, sent] {
            const QByteArray chunk(1 << 20, 'x');
            while (*sent < watchBytes && s->bytesToWrite() < (4 << 20)) {
                s->write(chunk);
                *sent += chunk.size();
                streamed += chunk.size();
            }
            if (*sent >= watchBytes)
                s->disconnectFromHost();
        };
        connect(s, &QTcpSocket::bytesWritten, this, pump);
        pump();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_requests;
};

kube::ResolvedContext contextFor(const QString &server)
{
    kube::ResolvedContext ctx;
    ctx.context.name = QStringLiteral("hostile");
    ctx.context.cluster = QStringLiteral("hostile");
    ctx.cluster.name = QStringLiteral("hostile");
    ctx.cluster.server = server;
    ctx.user.token = QStringLiteral("t0ken");
    return ctx;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fiftyMegabyteYamlIsRefusedBeforeParsing()
    {
        QByteArray yaml;
        yaml.reserve(51 << 20);
        for (int i = 0; yaml.size() < 50 * 1000 * 1000; ++i)
            yaml += configMap(i);
        QVERIFY(yaml.size() > ManifestParser::kMaxFileBytes);

        const ManifestSet set = ManifestParser::parse(yaml, kOrigin);
        QVERIFY(set.objects.isEmpty());
        QCOMPARE(set.errors.size(), 1);
        QVERIFY2(set.errors.front().message.contains(u"too large"), qPrintable(set.errors.front().toString()));
        QVERIFY(set.errors.front().message.contains(u"32 MiB"));
        QCOMPARE(set.errors.front().filePath, kOrigin.filePath);

        const auto docs = ManifestParser::parseDocuments(yaml, QStringLiteral("driftdeck.yaml"));
        QVERIFY(!docs.ok());
        QVERIFY(docs.error().message.contains(u"too large"));

        // Just under the limit still reads, every object of it.
        QByteArray fits;
        int count = 0;
        while (fits.size() + 200 < 4 << 20)
            fits += configMap(count++);
        const ManifestSet ok = ManifestParser::parse(fits, kOrigin);
        QVERIFY(ok.errors.isEmpty());
        QCOMPARE(ok.objects.size(), count);
    }

    void tenThousandLevelsOfNestingAreRefused()
    {
        // A deep flow value in one document: that document is marked, the next one loads.
        const QByteArray yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n  x: " + nested(10000)
            + "\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n";
        const ManifestSet set = ManifestParser::parse(yaml, kOrigin);
        QCOMPARE(set.errors.size(), 1);
        QVERIFY2(set.errors.front().message.contains(u"nested too deeply"), qPrintable(set.errors.front().toString()));
        QCOMPARE(set.errors.front().documentIndex, 0);
        QCOMPARE(set.errors.front().line, 6); // where the first level past the limit starts
        QCOMPARE(set.objects.size(), 1);
        QCOMPARE(set.objects.front().key.name, QStringLiteral("fine"));

        // Block mappings and JSON count the same way.
        QByteArray block = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n";
        QByteArray json = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"deep"},"x":)";
        for (int i = 0; i < 10000; ++i) {
            json += "{\"a\":";
            if (i < 400) // block YAML indents: 400 levels already hold 80,000 spaces
                block += QByteArray(2 * i + 2, ' ') + "a:\n";
        }
        json += "1" + QByteArray(10000, '}') + "}";
        block += QByteArray(802, ' ') + "b: 1\n";
        for (const auto &[bytes, format] : {std::pair{block, ManifestParser::Format::Yaml}, std::pair{json, ManifestParser::Format::Json}}) {
            const ManifestSet deep = ManifestParser::parse(bytes, kOrigin, format);
            QVERIFY(deep.objects.isEmpty());
            QCOMPARE(deep.errors.size(), 1);
            QVERIFY2(deep.errors.front().message.contains(u"nested too deeply"), qPrintable(deep.errors.front().toString()));
        }

        // The limit itself still reads.
        const QByteArray atLimit = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\ndata:\n  x: "
            + nested(ManifestParser::kMaxDepth - 2) + "\n";
        const ManifestSet ok = ManifestParser::parse(atLimit, kOrigin);
        QVERIFY2(ok.errors.isEmpty(), ok.errors.isEmpty() ? "" : qPrintable(ok.errors.front().toString()));
        QCOMPARE(ok.objects.size(), 1);

        // kubeconfig: libfyaml's document builder stops at 64 levels on its own (kMaxYamlDepth
        // guards the walk after it should that change).
        const QByteArray kubeconfig = "apiVersion: v1\nkind: Config\nclusters: " + nested(10000) + "\n";
        const auto config = kube::Kubeconfig::fromYaml(kubeconfig, QStringLiteral("/tmp"));
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(u"not valid YAML"), qPrintable(config.error().fullText()));
        QVERIFY(kube::Kubeconfig::fromYaml("apiVersion: v1\nkind: Config\nclusters: " + nested(60) + "\n", QStringLiteral("/tmp")).ok());
    }

    void billionLaughsStopsAtTheAliasBudget()
    {
        // Nine levels: 10^9 strings once expanded; the budget stops it after about a million.
        const QByteArray bomb = yamlBomb(9);
        const ManifestSet set = ManifestParser::parse(QByteArray(bomb + configMap(1)), kOrigin);
        QCOMPARE(set.errors.size(), 1);
        QVERIFY2(set.errors.front().message.contains(u"YAML bomb"), qPrintable(set.errors.front().toString()));
        QCOMPARE(set.errors.front().documentIndex, 0);
        QCOMPARE(set.objects.size(), 1); // the file's next document still loads
        QCOMPARE(set.objects.front().key.name, QStringLiteral("cm-1"));

        const auto docs = ManifestParser::parseDocuments(bomb, QStringLiteral("driftdeck.yaml"));
        QVERIFY(!docs.ok());
        QVERIFY(docs.error().message.contains(u"YAML bomb"));

        // Ordinary anchors, aliases and merge keys are far below the budget.
        const QByteArray ordinary = yamlBomb(3) + "  <<: {merged: *a0}\n";
        const ManifestSet fine = ManifestParser::parse(ordinary, kOrigin);
        QVERIFY2(fine.errors.isEmpty(), fine.errors.isEmpty() ? "" : qPrintable(fine.errors.front().toString()));
        QCOMPARE(fine.objects.front().object->at("data").at("a3").size(), std::size_t(10));
        QVERIFY(fine.objects.front().object->at("data").at("merged") == nlohmann::json("lol"));

        // The kubeconfig reader counts what resolving the anchors would build before building it.
        QByteArray kubeBomb = "apiVersion: v1\nkind: Config\npreferences:\n" + yamlBomb(9).mid(yamlBomb(9).indexOf("  a0:"));
        const auto config = kube::Kubeconfig::fromYaml(kubeBomb, QStringLiteral("/tmp"));
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(u"YAML bomb"), qPrintable(config.error().fullText()));
        const auto small = kube::yamlToJson("a: &x [1, 2]\nb: *x\nm: &m {k: v}\nc: {<<: *m, j: w}\n");
        QVERIFY(small.ok());
        QVERIFY(small->at("b") == nlohmann::json::array({1, 2}));
        QVERIFY(small->at("c") == nlohmann::json({{"k", "v"}, {"j", "w"}}));
    }

    void watchLineOfOneHundredMegabytesIsDropped()
    {
        // The splitter alone: 100 MB without a newline never holds more than its limit.
        kube::LineSplitter splitter;
        const std::string chunk(1 << 20, 'x');
        std::size_t lines = 0;
        std::size_t maxPending = 0;
        for (int i = 0; i < 100; ++i) {
            splitter.feed(chunk, [&](std::string_view) { ++lines; });
            maxPending = std::max(maxPending, splitter.pending());
        }
        QVERIFY(splitter.overflowed());
        QCOMPARE(lines, std::size_t(0));
        QVERIFY(maxPending <= kube::LineSplitter::kMaxLine);
        QCOMPARE(splitter.pending(), std::size_t(0));
        splitter.feed("\n{\"type\":\"ADDED\"}\n", [&](std::string_view) { ++lines; });
        QCOMPARE(lines, std::size_t(0)); // nothing after an overflow until the stream restarts
        splitter.clear();
        QVERIFY(!splitter.overflowed());
        splitter.feed("{\"type\":\"ADDED\"}\n", [&](std::string_view) { ++lines; });
        QCOMPARE(lines, std::size_t(1));

        // A line within the limit but nested ten million levels deep is refused before parsing.
        const std::string deep = R"({"type":"ADDED","object":)" + std::string(10'000'000, '[') + std::string(10'000'000, ']') + "}";
        const kube::WatchEvent ev = kube::WatchEvent::decode(deep);
        QCOMPARE(ev.type, kube::WatchEvent::Type::Invalid);
        QCOMPARE(ev.parseError, std::string("watch event nested deeper than 256 levels"));
        QVERIFY(kube::parseApiJson(deep).is_discarded());
        const std::string inString = "{\"a\":\"[[[[[[[[\\\"[[[\"}"; // {"a":"[[[[[[[[\"[[["}
        QVERIFY(kube::jsonNestingWithin(inString, 1)); // brackets in strings do not count
        QVERIFY(!kube::jsonNestingWithin("[[[]]]", 2));
        const std::string small = "{\"a\":[1]}";
        QVERIFY(kube::parseApiJson(small)["a"][0] == nlohmann::json(1));

        // An informer against a server sending it: the watch is dropped with a clear error.
        HostileApiServer server;
        server.watchBytes = qint64(100) << 20;
        QVERIFY(server.listen());
        kube::KubeClient::Options options;
        options.requestTimeoutMs = 20000;
        options.connectTimeoutMs = 5000;
        auto client = kube::KubeClient::create(contextFor(server.url()), options);
        QVERIFY2(client.ok(), client.ok() ? "" : qPrintable(client.error().fullText()));
        kube::LiveStore store(QStringLiteral("hostile"));
        kube::ApiResource resource{{}, QStringLiteral("v1"), QStringLiteral("ConfigMap"), QStringLiteral("configmaps"), true,
                                   {QStringLiteral("list"), QStringLiteral("watch")}};
        kube::Informer::Options informerOptions;
        informerOptions.backoffInitial = std::chrono::seconds(30); // one watch is enough here
        informerOptions.backoffMax = std::chrono::seconds(30);
        auto informer = std::make_shared<kube::Informer>(*client, resource, &store, informerOptions);
        informer->start();
        QTRY_VERIFY_WITH_TIMEOUT(!informer->status().error.message.isEmpty(), 60000);
        const kube::Informer::Status status = informer->status();
        informer->stop();
        QVERIFY2(status.error.message.contains(u"cannot read"), qPrintable(status.error.fullText()));
        QVERIFY2(status.error.cause.contains(u"watch line over 67108864 bytes"), qPrintable(status.error.fullText()));
        QVERIFY(status.synced);
        QCOMPARE(server.watches, 1);
        // The client stopped reading soon after the limit: the server never got to send it all.
        QVERIFY(server.streamed < server.watchBytes);
    }

    void certificateAuthorityAtDevZeroIsRefused()
    {
        kube::ResolvedContext ctx = contextFor(QStringLiteral("https://127.0.0.1:6443"));
        ctx.cluster.certificateAuthority = QStringLiteral("/dev/zero");
        const auto client = kube::KubeClient::create(ctx);
        QVERIFY(!client.ok());
        QVERIFY2(client.error().message.contains(u"/dev/zero"), qPrintable(client.error().fullText()));
        QVERIFY(client.error().message.contains(u"larger than 4 MiB"));
        QVERIFY(client.error().message.contains(u"hostile"));

        // The same through a kubeconfig file, and for a token file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral("config")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Config\ncurrent-context: c\nclusters:\n- name: c\n  cluster:\n"
                "    server: https://127.0.0.1:6443\n    certificate-authority: /dev/zero\n"
                "contexts:\n- name: c\n  context: {cluster: c, user: u}\nusers:\n- name: u\n  user: {tokenFile: /dev/zero}\n");
        f.close();
        const auto config = kube::Kubeconfig::load({f.fileName()}, true);
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().fullText()));
        const auto resolved = config->resolve();
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->cluster.certificateAuthority, QStringLiteral("/dev/zero"));
        QVERIFY(!kube::KubeClient::create(*resolved).ok());
        const auto token = kube::readReferencedFile(resolved->user.tokenFile);
        QVERIFY(!token.ok());
        QVERIFY(token.error().message.contains(u"larger than 4 MiB"));

        // KUBECONFIG=/dev/zero: read up to the YAML limit, then refused.
        const auto zero = kube::Kubeconfig::load({QStringLiteral("/dev/zero")}, true);
        QVERIFY(!zero.ok());
        QVERIFY2(zero.error().message.contains(u"too large"), qPrintable(zero.error().fullText()));
    }

    void silentApiServerTimesOut()
    {
        HostileApiServer server;
        server.silent = true;
        QVERIFY(server.listen());
        kube::KubeClient::Options options;
        options.requestTimeoutMs = 1500; // the default is 60 s; the path is the same
        options.connectTimeoutMs = 1500;
        auto client = kube::KubeClient::create(contextFor(server.url()), options);
        QVERIFY(client.ok());
        const kube::ApiResponse r = (*client)->request({.path = "/api/v1/namespaces"});
        QCOMPARE(r.failure, kube::FailureKind::Timeout);
        QCOMPARE(r.status, 0L);
        QVERIFY(!r.error.message.isEmpty());
        const Error described = (*client)->describe(r);
        QVERIFY2(!described.message.isEmpty(), qPrintable(described.fullText()));
        QCOMPARE(kube::KubeClient::Options{}.requestTimeoutMs, 60000L);

        // A watch has no overall timeout, but one silent for watchIdleSeconds is dropped.
        kube::ApiRequest watch;
        watch.path = "/api/v1/configmaps?watch=1";
        watch.stream = true;
        watch.lowSpeedSeconds = 2;
        const kube::ApiResponse w = (*client)->request(watch);
        QCOMPARE(w.failure, kube::FailureKind::Timeout);
        QVERIFY(!w.error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
