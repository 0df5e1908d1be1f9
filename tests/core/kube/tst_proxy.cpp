// SPDX-License-Identifier: GPL-3.0-or-later
// A kubeconfig's proxy-url (issue 4): the client reaches the API server through an HTTP CONNECT
// proxy, with TLS verified end to end through the tunnel; a proxy that refuses the tunnel is
// reported as such. The proxy is a tiny loopback CONNECT tunnel written here.
#include "simfixture.h"

#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace simfixture;

namespace {

// Accepts CONNECT host:port, answers 200 (or 403 when refusing) and pipes bytes both ways.
class ConnectProxy
{
public:
    explicit ConnectProxy(bool refuse = false)
        : m_refuse(refuse)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listen, 16);
        socklen_t len = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }
    ~ConnectProxy()
    {
        m_stop = true;
        ::shutdown(m_listen, SHUT_RDWR);
        ::close(m_listen);
        m_acceptor.join();
        for (auto &t : m_tunnels)
            t.join();
    }
    int port() const { return m_port; }
    std::vector<std::string> requests() const
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            const int c = ::accept(m_listen, nullptr, nullptr);
            if (c < 0)
                return;
            std::lock_guard lock(m_mutex);
            m_tunnels.emplace_back([this, c] { tunnel(c); });
        }
    }

    void tunnel(int client)
    {
        std::string head;
        char ch;
        while (head.find("\r\n\r\n") == std::string::npos && head.size() < 8192 && ::read(client, &ch, 1) == 1)
            head += ch;
        const std::string line = head.substr(0, head.find("\r\n"));
        {
            std::lock_guard lock(m_mutex);
            m_requests.push_back(line);
        }
        // "CONNECT 127.0.0.1:PORT HTTP/1.1"
        const auto colon = line.rfind(':');
        const auto space = line.rfind(' ');
        if (m_refuse || line.rfind("CONNECT ", 0) != 0 || colon == std::string::npos || space <= colon) {
            const char reply[] = "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n";
            (void)!::write(client, reply, sizeof reply - 1);
            ::close(client);
            return;
        }
        const int port = std::stoi(line.substr(colon + 1, space - colon - 1));
        const int upstream = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // loopback only, whatever was asked
        a.sin_port = htons(uint16_t(port));
        if (::connect(upstream, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
            const char reply[] = "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n";
            (void)!::write(client, reply, sizeof reply - 1);
            ::close(client);
            ::close(upstream);
            return;
        }
        const char ok[] = "HTTP/1.1 200 Connection established\r\n\r\n";
        (void)!::write(client, ok, sizeof ok - 1);
        pollfd fds[2] = {{client, POLLIN, 0}, {upstream, POLLIN, 0}};
        char buf[16384];
        while (!m_stop) {
            if (::poll(fds, 2, 200) < 0)
                break;
            bool closed = false;
            for (int i = 0; i < 2; ++i) {
                if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                const ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
                if (n <= 0 || ::write(fds[1 - i].fd, buf, size_t(n)) != n)
                    closed = true;
            }
            if (closed)
                break;
        }
        ::close(client);
        ::close(upstream);
    }

    bool m_refuse;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_acceptor;
    mutable std::mutex m_mutex;
    std::vector<std::thread> m_tunnels;
    std::vector<std::string> m_requests;
};

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<kubesim::Server> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<kubesim::Server>(kubesim::Options{});
        std::string error;
        QVERIFY2(m_server->start(&error), error.c_str());
    }

    void cleanupTestCase() { m_server->stop(); }

    void requestsGoThroughTheProxy()
    {
        ConnectProxy proxy;
        ResolvedContext ctx = resolveSim(*m_server, m_dir);
        ctx.cluster.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        auto client = clientFor(ctx);
        auto ns = client->getJson("/api/v1/namespaces");
        QVERIFY2(ns.ok(), ns.ok() ? "" : qPrintable(ns.error().fullText()));
        QVERIFY(ns->at("items").size() >= 4); // default, kube-system, kube-public, kube-node-lease
        const auto seen = proxy.requests();
        QVERIFY(!seen.empty());
        const std::string expected = "CONNECT 127.0.0.1:" + std::to_string(m_server->port()) + " HTTP/1.1";
        QCOMPARE(QString::fromStdString(seen.front()), QString::fromStdString(expected));
    }

    void refusedTunnelIsAClearError()
    {
        ConnectProxy proxy(true);
        ResolvedContext ctx = resolveSim(*m_server, m_dir);
        ctx.cluster.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        auto client = clientFor(ctx);
        auto ns = client->getJson("/api/v1/namespaces");
        QVERIFY(!ns.ok());
        const QString text = ns.error().fullText();
        QVERIFY2(text.contains(QStringLiteral("proxy"), Qt::CaseInsensitive) || text.contains(QStringLiteral("CONNECT")),
                 qPrintable(text));
        QCOMPARE(proxy.requests().size(), std::size_t(1)); // asked once, not retried into a loop
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
