// SPDX-License-Identifier: GPL-3.0-or-later
// forge-sim's contracts as forges.md describes them, spoken to with a plain HTTP client and the
// git command line.
#include "server.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using nlohmann::json;

class TestForgeSim : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<forgesim::Server> m_sim;
    QProcessEnvironment m_gitEnv;

    // Runs git with a bounded wait; returns exit code, stderr in *err.
    int git(const QStringList &args, const QString &cwd = {}, QString *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(m_gitEnv);
        if (!cwd.isEmpty())
            p.setWorkingDirectory(cwd);
        p.start(QStringLiteral("git"), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            return -1;
        }
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // A bare repository with main and feature, registered as `name`.
    void makeRepository(forgesim::Kind kind, const QString &name)
    {
        const QString slug = QString(name).replace(u'/', u'_');
        const QString bare = m_dir->filePath(slug + u".git");
        const QString work = m_dir->filePath(slug + u"-work");
        QCOMPARE(git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"), QStringLiteral("main"), bare}), 0);
        QCOMPARE(git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), work}), 0);
        QFile file(work + u"/app.yaml");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("replicas: 3\n");
        file.close();
        QCOMPARE(git({QStringLiteral("add"), QStringLiteral("app.yaml")}, work), 0);
        QCOMPARE(git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("initial")}, work), 0);
        QCOMPARE(git({QStringLiteral("push"), QStringLiteral("-q"), bare, QStringLiteral("main"), QStringLiteral("main:feature")}, work), 0);
        m_sim->addRepository(kind, name.toStdString(), bare.toStdString());
    }

    httplib::Client client() const { return httplib::Client("127.0.0.1", m_sim->port()); }

    static json body(const httplib::Result &res) { return res ? json::parse(res->body, nullptr, false) : json(); }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_gitEnv = QProcessEnvironment::systemEnvironment();
        m_gitEnv.insert(QStringLiteral("HOME"), m_dir->path());
        m_gitEnv.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        m_gitEnv.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
        m_gitEnv.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
        m_gitEnv.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("test@example.invalid"));
        m_gitEnv.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
        m_gitEnv.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("test@example.invalid"));
        m_sim = std::make_unique<forgesim::Server>();
        QVERIFY(m_sim->start(0));
        QVERIFY(m_sim->port() > 0);
        QVERIFY(m_sim->url() == "http://127.0.0.1:" + std::to_string(m_sim->port()));
        m_sim->addToken("w", forgesim::Access::Write, {}, "writer");
        m_sim->addToken("r", forgesim::Access::Read);
        m_sim->addToken("only-other", forgesim::Access::Write, {"someone/else"});
        makeRepository(forgesim::Kind::GitHub, QStringLiteral("acme/shop"));
        makeRepository(forgesim::Kind::GitLab, QStringLiteral("platform/apps/shop"));
        makeRepository(forgesim::Kind::Gitea, QStringLiteral("acme/gshop"));
    }

    void cleanupTestCase()
    {
        m_sim->stop();
    }

    void gitHubAuthentication_data()
    {
        QTest::addColumn<QString>("authorization");
        QTest::addColumn<QString>("userAgent");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("no user agent") << QStringLiteral("Bearer w") << QString() << 403 << QString();
        QTest::newRow("no token") << QString() << QStringLiteral("t") << 401 << QStringLiteral("Bad credentials");
        QTest::newRow("bad token") << QStringLiteral("Bearer nope") << QStringLiteral("t") << 401 << QStringLiteral("Bad credentials");
        QTest::newRow("no access") << QStringLiteral("token only-other") << QStringLiteral("t") << 404 << QStringLiteral("Not Found");
        QTest::newRow("read-only") << QStringLiteral("Bearer r") << QStringLiteral("t") << 403
                                   << QStringLiteral("Resource not accessible by personal access token");
    }

    void gitHubAuthentication()
    {
        QFETCH(QString, authorization);
        QFETCH(QString, userAgent);
        QFETCH(int, status);
        QFETCH(QString, message);
        httplib::Headers headers{{"User-Agent", userAgent.toStdString()}};
        if (!authorization.isEmpty())
            headers.emplace("Authorization", authorization.toStdString());
        auto cli = client();
        const auto res = cli.Post("/repos/acme/shop/pulls", headers, R"({"title":"t","head":"feature","base":"main"})", "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, status);
        if (!message.isEmpty())
            QCOMPARE(QString::fromStdString(body(res).value("message", std::string())), message);
        QVERIFY(m_sim->pulls("acme/shop").empty());
    }

    void gitHubPullRequests()
    {
        auto cli = client();
        const httplib::Headers headers{{"User-Agent", "tst"}, {"Authorization", "Bearer w"}};
        auto res = cli.Post("/repos/acme/shop/pulls", headers, R"({"title":"t","head":"nope","base":"main"})", "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 422);
        QVERIFY(body(res)["errors"][0]["field"] == "head");
        QVERIFY(body(res)["errors"][0]["code"] == "invalid");

        res = cli.Post("/repos/acme/shop/pulls", headers, R"({"title":"Fix","head":"acme:feature","base":"main","body":"b","draft":true})",
                       "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 201);
        json pr = body(res);
        QVERIFY(pr["number"] == 1);
        QVERIFY(pr["state"] == "open");
        QVERIFY(pr["draft"] == true);
        QVERIFY(pr["head"]["ref"] == "feature");
        QCOMPARE(pr["head"]["sha"].get<std::string>().size(), size_t(40));
        QVERIFY(pr["html_url"] == m_sim->url() + "/acme/shop/pull/1");

        // The same again, through the Enterprise prefix: 422 "already exists".
        res = cli.Post("/api/v3/repos/acme/shop/pulls", headers, R"({"title":"Fix","head":"feature","base":"main"})", "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 422);
        QVERIFY(body(res)["message"] == "Validation Failed");
        QVERIFY(body(res)["errors"][0]["message"] == "A pull request already exists for acme:feature.");

        res = cli.Get("/repos/acme/shop/pulls?head=acme:feature&base=main&state=open", headers);
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        QCOMPARE(body(res).size(), size_t(1));
        res = cli.Get("/repos/acme/shop/pulls?head=acme:other&state=open", headers);
        QCOMPARE(body(res).size(), size_t(0));
        res = cli.Get("/repos/acme/shop/pulls?head=acme:feature&state=closed", headers);
        QCOMPARE(body(res).size(), size_t(0));

        res = cli.Post("/repos/acme/shop/issues/1/labels", headers, R"({"labels":["drift"]})", "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        QVERIFY(m_sim->pulls("acme/shop").at(0).labels == std::vector<std::string>{"drift"});

        // Its page.
        res = cli.Get("/acme/shop/pull/1");
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        QVERIFY(res->body.find("<h1>Fix #1</h1>") != std::string::npos);
    }

    void gitLabMergeRequests()
    {
        auto cli = client();
        const httplib::Headers privateToken{{"PRIVATE-TOKEN", "w"}};
        const httplib::Headers bearer{{"Authorization", "Bearer w"}};
        auto res = cli.Post("/api/v4/projects/platform%2Fapps%2Fshop/merge_requests", httplib::Headers{{"PRIVATE-TOKEN", "bad"}},
                            R"({"source_branch":"feature","target_branch":"main","title":"x"})", "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 401);
        QVERIFY(body(res)["message"] == "401 Unauthorized");

        res = cli.Post("/api/v4/projects/platform%2Fapps%2Fshop/merge_requests", privateToken,
                       R"({"source_branch":"feature","target_branch":"main","title":"Draft: Fix","description":"d","labels":"drift,ops"})",
                       "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 201);
        json mr = body(res);
        QVERIFY(mr["iid"] == 1);
        QVERIFY(mr["state"] == "opened");
        QVERIFY(mr["draft"] == true);
        QVERIFY(mr["labels"] == json::array({"drift", "ops"}));
        QVERIFY(mr["web_url"] == m_sim->url() + "/platform/apps/shop/-/merge_requests/1");
        const int projectId = mr["project_id"];

        // The numeric id is the same project: 409 for the second one.
        res = cli.Post("/api/v4/projects/" + std::to_string(projectId) + "/merge_requests", bearer,
                       R"({"source_branch":"feature","target_branch":"main","title":"Fix"})", "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 409);
        QVERIFY(body(res)["message"][0] == "Another open merge request already exists for this source branch: !1");

        res = cli.Get("/api/v4/projects/platform%2Fapps%2Fshop/merge_requests?source_branch=feature&state=opened", bearer);
        QVERIFY(res);
        QCOMPARE(body(res).size(), size_t(1));
        res = cli.Get("/api/v4/projects/platform%2Fapps%2Fshop/merge_requests?source_branch=other&state=opened", bearer);
        QCOMPARE(body(res).size(), size_t(0));
        res = cli.Get("/api/v4/projects/platform%2Fapps%2Fshop/merge_requests", httplib::Headers{{"PRIVATE-TOKEN", "only-other"}});
        QCOMPARE(res->status, 404);
        res = cli.Post("/api/v4/projects/platform%2Fapps%2Fshop/merge_requests", httplib::Headers{{"PRIVATE-TOKEN", "r"}},
                       R"({"source_branch":"feature","target_branch":"main","title":"x"})", "application/json");
        QCOMPARE(res->status, 403);
    }

    void giteaPullRequests()
    {
        auto cli = client();
        const httplib::Headers headers{{"Authorization", "token w"}};
        auto res = cli.Post("/api/v1/repos/acme/gshop/pulls", httplib::Headers{{"Authorization", "token bad"}},
                            R"({"head":"feature","base":"main","title":"x"})", "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 401);
        res = cli.Post("/api/v1/repos/acme/gshop/pulls", headers, R"({"head":"feature","base":"main","title":"WIP: Fix","body":"b"})",
                       "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 201);
        QVERIFY(body(res)["number"] == 1);
        QVERIFY(body(res)["draft"] == true);
        QVERIFY(body(res)["html_url"] == m_sim->url() + "/acme/gshop/pulls/1");
        res = cli.Post("/api/v1/repos/acme/gshop/pulls", headers, R"({"head":"feature","base":"main","title":"Fix"})", "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 409);
        QVERIFY(body(res)["message"].get<std::string>().rfind("pull request already exists for these targets [id: ", 0) == 0);
        res = cli.Get("/api/v1/repos/acme/gshop/pulls?state=open&limit=1&page=2", headers);
        QCOMPARE(body(res).size(), size_t(0));
        QVERIFY(res->get_header_value("X-Total-Count") == "1");
        // A GitHub path does not reach a Gitea repository.
        res = cli.Get("/repos/acme/gshop/pulls", httplib::Headers{{"Authorization", "Bearer w"}, {"User-Agent", "t"}});
        QCOMPARE(res->status, 404);
    }

    void gitSmartHttp()
    {
        const QString base = QString::fromStdString(m_sim->url()).replace(QStringLiteral("http://"), QString());
        const QString good = u"http://x:w@" + base + u"/acme/shop.git";
        const QString work = m_dir->filePath(QStringLiteral("clone"));
        QString err;
        QCOMPARE(git({QStringLiteral("clone"), QStringLiteral("-q"), good, work}, {}, &err), 0);
        QVERIFY(QFile::exists(work + u"/app.yaml"));

        QCOMPARE(git({QStringLiteral("ls-remote"), u"http://x:bad@" + base + u"/acme/shop.git"}, {}, &err) == 0, false);
        QVERIFY2(err.contains(QStringLiteral("Authentication failed")) || err.contains(QStringLiteral("401")), qPrintable(err));
        QCOMPARE(git({QStringLiteral("ls-remote"), u"http://x:only-other@" + base + u"/acme/shop.git"}, {}, &err) == 0, false);
        QVERIFY2(err.contains(QStringLiteral("not found")) || err.contains(QStringLiteral("404")), qPrintable(err));

        QCOMPARE(git({QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("topic")}, work), 0);
        QCOMPARE(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"), QStringLiteral("t")}, work), 0);
        QCOMPARE(git({QStringLiteral("push"), QStringLiteral("-q"), u"http://x:r@" + base + u"/acme/shop.git", QStringLiteral("topic")}, work, &err) == 0,
                 false);
        QVERIFY2(err.contains(QStringLiteral("403")), qPrintable(err));
        QCOMPARE(git({QStringLiteral("push"), QStringLiteral("-q"), good, QStringLiteral("topic")}, work, &err), 0);
        QCOMPARE(git({QStringLiteral("ls-remote"), QStringLiteral("--exit-code"), good, QStringLiteral("refs/heads/topic")}), 0);

        m_sim->protectBranch("acme/shop", "release/*", "release branches are protected");
        QCOMPARE(git({QStringLiteral("push"), good, QStringLiteral("topic:release/1")}, work, &err) == 0, false);
        QVERIFY2(err.contains(QStringLiteral("hook declined")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("release branches are protected")), qPrintable(err));
        QCOMPARE(git({QStringLiteral("ls-remote"), QStringLiteral("--exit-code"), good, QStringLiteral("refs/heads/release/1")}), 2);
        // Other branches still go through.
        QCOMPARE(git({QStringLiteral("push"), QStringLiteral("-q"), good, QStringLiteral("topic:topic2")}, work), 0);
    }

    void executablePrintsItsAddress()
    {
        QProcess sim;
        sim.start(QStringLiteral(FORGE_SIM_EXE), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"), QStringLiteral("t:read")});
        QVERIFY(sim.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
        const QString line = QString::fromUtf8(sim.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("forge-sim listening on http://127.0.0.1:")), qPrintable(line));
        const int port = line.section(u':', -1).toInt();
        QVERIFY(port > 0);
        httplib::Client cli("127.0.0.1", port);
        const auto res = cli.Get("/api/v4/projects/1/merge_requests", httplib::Headers{{"PRIVATE-TOKEN", "t"}});
        QVERIFY(res);
        QCOMPARE(res->status, 404); // known token, no such project
        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestForgeSim)
#include "tst_forgesim.moc"
