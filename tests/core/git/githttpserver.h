// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

// Git smart HTTP for tests: `git http-backend` as CGI behind cpp-httplib on 127.0.0.1, with
// HTTP Basic authentication where the password must equal the token.
class GitHttpServer
{
public:
    // With certFile/keyFile (PEM) the server speaks HTTPS.
    GitHttpServer(QString projectRoot, QString token, const QString &certFile = {}, const QString &keyFile = {})
        : m_root(std::move(projectRoot)), m_token(std::move(token)), m_tls(!certFile.isEmpty())
    {
        if (m_tls)
            m_server = std::make_unique<httplib::SSLServer>(certFile.toUtf8().constData(), keyFile.toUtf8().constData());
        else
            m_server = std::make_unique<httplib::Server>();
        auto handler = [this](const httplib::Request &req, httplib::Response &res) { serve(req, res); };
        m_server->Get(R"(/.*)", handler);
        m_server->Post(R"(/.*)", handler);
        m_port = m_server->bind_to_any_port("127.0.0.1");
        if (m_port > 0)
            m_thread = std::thread([this] { m_server->listen_after_bind(); });
    }
    ~GitHttpServer()
    {
        m_server->stop();
        if (m_thread.joinable())
            m_thread.join();
    }
    int port() const { return m_port; }
    QString url(const QString &repo) const
    {
        return QStringLiteral("%1://127.0.0.1:%2/%3").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port).arg(repo);
    }
    int requests() const { return m_requests; }
    int unauthorized() const { return m_unauthorized; }

private:
    void serve(const httplib::Request &req, httplib::Response &res)
    {
        ++m_requests;
        const std::string expected = "Basic " + QByteArray("git:" + m_token.toUtf8()).toBase64().toStdString();
        const std::string helperExpected = "Basic " + QByteArray("alice:" + m_token.toUtf8()).toBase64().toStdString();
        const auto auth = req.get_header_value("Authorization");
        if (auth != expected && auth != helperExpected) {
            ++m_unauthorized;
            res.status = 401;
            res.set_header("WWW-Authenticate", "Basic realm=\"test\"");
            return;
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("GIT_PROJECT_ROOT"), m_root);
        env.insert(QStringLiteral("GIT_HTTP_EXPORT_ALL"), QStringLiteral("1"));
        env.insert(QStringLiteral("PATH_INFO"), QString::fromStdString(req.path));
        env.insert(QStringLiteral("REQUEST_METHOD"), QString::fromStdString(req.method));
        std::string query;
        for (const auto &[k, v] : req.params)
            query += (query.empty() ? "" : "&") + k + "=" + v;
        env.insert(QStringLiteral("QUERY_STRING"), QString::fromStdString(query));
        env.insert(QStringLiteral("CONTENT_TYPE"), QString::fromStdString(req.get_header_value("Content-Type")));
        env.insert(QStringLiteral("CONTENT_LENGTH"), QString::number(req.body.size()));
        env.insert(QStringLiteral("REMOTE_USER"), QStringLiteral("git"));
        env.insert(QStringLiteral("REMOTE_ADDR"), QStringLiteral("127.0.0.1"));
        if (req.has_header("Content-Encoding"))
            env.insert(QStringLiteral("HTTP_CONTENT_ENCODING"), QString::fromStdString(req.get_header_value("Content-Encoding")));
        if (req.has_header("Git-Protocol"))
            env.insert(QStringLiteral("GIT_PROTOCOL"), QString::fromStdString(req.get_header_value("Git-Protocol")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStandardPaths::findExecutable(QStringLiteral("git")), {QStringLiteral("http-backend")});
        if (!p.waitForStarted(10000)) {
            res.status = 500;
            return;
        }
        p.write(req.body.data(), static_cast<qint64>(req.body.size()));
        p.closeWriteChannel();
        p.waitForFinished(30000);
        const QByteArray out = p.readAllStandardOutput();
        const auto split = out.indexOf("\r\n\r\n");
        const auto headerEnd = split >= 0 ? split : out.indexOf("\n\n");
        const int sepLen = split >= 0 ? 4 : 2;
        if (headerEnd < 0) {
            res.status = 500;
            return;
        }
        res.status = 200;
        std::string contentType = "application/octet-stream";
        for (QByteArray line : out.left(headerEnd).split('\n')) {
            line = line.trimmed();
            const auto colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "status")
                res.status = value.left(3).toInt();
            else if (name == "content-type")
                contentType = value.toStdString();
            else
                res.set_header(name.toStdString(), value.toStdString());
        }
        const QByteArray body = out.mid(headerEnd + sepLen);
        res.set_content(body.constData(), static_cast<size_t>(body.size()), contentType);
    }

    QString m_root;
    QString m_token;
    bool m_tls = false;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = -1;
    std::atomic<int> m_requests = 0;
    std::atomic<int> m_unauthorized = 0;
};
