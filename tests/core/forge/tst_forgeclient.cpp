// SPDX-License-Identifier: GPL-3.0-or-later
// The three forge clients against forge-sim: create, find instead of duplicating, draft,
// labels, and errors in plain words.
#include "core/common/curlhandle.h"
#include "core/common/githandle.h"
#include "core/forge/forgeclient.h"
#include "core/forge/forgedetector.h"
#include "server.h"
#include "tests/core/publish/gitfixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace driftdeck;
using namespace driftdeck::forge;

Q_DECLARE_METATYPE(driftdeck::forge::ForgeKind)

class TestForgeClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<forgesim::Server> m_sim;
    std::unique_ptr<GitLibrary> m_git;
    std::unique_ptr<CurlGlobal> m_curl;
    int m_counter = 0;

    static forgesim::Kind simKind(ForgeKind kind)
    {
        switch (kind) {
        case ForgeKind::GitHub: return forgesim::Kind::GitHub;
        case ForgeKind::GitLab: return forgesim::Kind::GitLab;
        case ForgeKind::Gitea: return forgesim::Kind::Gitea;
        }
        return forgesim::Kind::GitHub;
    }

    // A repository with main and a pushed feature branch; returns its full name.
    QString makeRepository(ForgeKind kind)
    {
        const QString unique = QStringLiteral("shop%1").arg(++m_counter);
        const QString name = kind == ForgeKind::GitLab ? QString(u"platform/apps/" + unique) : QString(u"acme/" + unique);
        const QString bare = m_dir->filePath(unique + u".git");
        gitfixture::initBare(bare);
        gitfixture::commit(bare, QStringLiteral("main"), {{QStringLiteral("a.yaml"), "a: 1\n"}}, QStringLiteral("initial"));
        gitfixture::commit(bare, QStringLiteral("main"), {}, QStringLiteral("second"));
        GitRepository repo;
        git_repository_open(out(repo), bare.toUtf8().constData());
        GitReference main;
        git_reference_lookup(out(main), repo.get(), "refs/heads/main");
        GitReference feature;
        git_reference_create(out(feature), repo.get(), "refs/heads/feature", git_reference_target(main.get()), 0, nullptr);
        gitfixture::commit(bare, QStringLiteral("feature"), {{QStringLiteral("a.yaml"), "a: 2\n"}}, QStringLiteral("change"));
        m_sim->addRepository(simKind(kind), name.toStdString(), bare.toStdString());
        return name;
    }

    std::unique_ptr<ForgeClient> client(ForgeKind kind, const QString &repo, const QString &token,
                                        const QString &apiUrl = {})
    {
        const QString remote = QString::fromStdString(m_sim->url()) + u'/' + repo + u".git";
        const Result<ForgeTarget> target = ForgeDetector::detect(remote, kind, apiUrl);
        if (!target.ok())
            return nullptr;
        return ForgeClient::create(*target, token);
    }

    static PullRequestRequest request(const QString &repo)
    {
        PullRequestRequest r;
        r.repo = repo;
        r.head = QStringLiteral("feature");
        r.base = QStringLiteral("main");
        r.title = QStringLiteral("Make Git match Deployment/shop/web in prod");
        r.body = QStringLiteral("| Field | Git value | Live value |\n| `spec.replicas` | `3` | `5` |\n");
        return r;
    }

    static void addKindRows()
    {
        QTest::addColumn<ForgeKind>("kind");
        QTest::addColumn<bool>("rootApi");
        QTest::newRow("github enterprise /api/v3") << ForgeKind::GitHub << false;
        QTest::newRow("github root api") << ForgeKind::GitHub << true;
        QTest::newRow("gitlab") << ForgeKind::GitLab << false;
        QTest::newRow("gitea") << ForgeKind::Gitea << false;
    }

private slots:
    void initTestCase()
    {
        m_curl = std::make_unique<CurlGlobal>();
        m_git = std::make_unique<GitLibrary>();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = std::make_unique<forgesim::Server>();
        QVERIFY(m_sim->start(0));
        m_sim->addToken("write-token", forgesim::Access::Write);
        m_sim->addToken("read-token", forgesim::Access::Read);
        m_sim->addToken("elsewhere-token", forgesim::Access::Write, {"other/repo"});
    }

    void cleanupTestCase()
    {
        m_sim->stop();
    }

    void openCreatesThenReturnsExisting_data() { addKindRows(); }
    void openCreatesThenReturnsExisting()
    {
        QFETCH(ForgeKind, kind);
        QFETCH(bool, rootApi);
        const QString repo = makeRepository(kind);
        auto forge = client(kind, repo, QStringLiteral("write-token"), rootApi ? QString::fromStdString(m_sim->url()) : QString());
        QVERIFY(forge);
        QCOMPARE(forge->kind(), kind);
        const Result<PullRequest> first = forge->openPullRequest(request(repo));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().fullText()));
        QVERIFY(!first->existing);
        QCOMPARE(first->number, 1);
        QCOMPARE(first->head, QStringLiteral("feature"));
        QCOMPARE(first->base, QStringLiteral("main"));
        QVERIFY(!first->draft);
        QVERIFY2(first->url.startsWith(QString::fromStdString(m_sim->url()) + u'/' + repo + u'/'), qPrintable(first->url));

        const auto pulls = m_sim->pulls(repo.toStdString());
        QCOMPARE(pulls.size(), size_t(1));
        QCOMPARE(QString::fromStdString(pulls[0].body), request(repo).body);
        QCOMPARE(QString::fromStdString(pulls[0].title), request(repo).title);
        QCOMPARE(QString::fromStdString(pulls[0].url), first->url);

        // The link leads to a page about this pull request.
        HttpTransport http;
        const Result<HttpResponse> page = http.request("GET", first->url.toUtf8(), {});
        QVERIFY(page.ok());
        QCOMPARE(page->status, 200L);
        QVERIFY(page->body.contains("Make Git match Deployment/shop/web in prod"));

        const Result<PullRequest> second = forge->openPullRequest(request(repo));
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().fullText()));
        QVERIFY(second->existing);
        QCOMPARE(second->number, first->number);
        QCOMPARE(second->url, first->url);
        QCOMPARE(m_sim->pulls(repo.toStdString()).size(), size_t(1));
    }

    void createTwiceSaysAlreadyExists_data() { addKindRows(); }
    void createTwiceSaysAlreadyExists()
    {
        QFETCH(ForgeKind, kind);
        QFETCH(bool, rootApi);
        const QString repo = makeRepository(kind);
        auto forge = client(kind, repo, QStringLiteral("write-token"), rootApi ? QString::fromStdString(m_sim->url()) : QString());
        bool exists = true;
        QVERIFY(forge->createPullRequest(request(repo), &exists).ok());
        QVERIFY(!exists);
        const Result<PullRequest> again = forge->createPullRequest(request(repo), &exists);
        QVERIFY(!again.ok());
        QVERIFY(exists); // 422 "already exists" (GitHub) or 409 (GitLab, Gitea)
        const Result<std::optional<PullRequest>> found = forge->findOpenPullRequest(repo, QStringLiteral("feature"), QStringLiteral("main"));
        QVERIFY(found.ok());
        QVERIFY(found.value().has_value());
        QCOMPARE(found.value()->number, 1);
        const Result<std::optional<PullRequest>> otherBase = forge->findOpenPullRequest(repo, QStringLiteral("feature"), QStringLiteral("release"));
        QVERIFY(otherBase.ok());
        QVERIFY(!otherBase.value().has_value());
    }

    void closedPullRequestIsNotReused_data() { addKindRows(); }
    void closedPullRequestIsNotReused()
    {
        QFETCH(ForgeKind, kind);
        QFETCH(bool, rootApi);
        const QString repo = makeRepository(kind);
        auto forge = client(kind, repo, QStringLiteral("write-token"), rootApi ? QString::fromStdString(m_sim->url()) : QString());
        const Result<PullRequest> first = forge->openPullRequest(request(repo));
        QVERIFY(first.ok());
        QVERIFY(m_sim->closePull(repo.toStdString(), first->number));
        const Result<PullRequest> second = forge->openPullRequest(request(repo));
        QVERIFY(second.ok());
        QVERIFY(!second->existing);
        QCOMPARE(second->number, 2);
    }

    void draftAndLabels_data()
    {
        QTest::addColumn<ForgeKind>("kind");
        QTest::addColumn<QString>("expectedTitle");
        QTest::newRow("github") << ForgeKind::GitHub << QStringLiteral("Fix drift");
        QTest::newRow("gitlab") << ForgeKind::GitLab << QStringLiteral("Draft: Fix drift");
        QTest::newRow("gitea") << ForgeKind::Gitea << QStringLiteral("WIP: Fix drift");
    }

    void draftAndLabels()
    {
        QFETCH(ForgeKind, kind);
        QFETCH(QString, expectedTitle);
        const QString repo = makeRepository(kind);
        if (kind == ForgeKind::Gitea) {
            // Gitea takes ids: the client must look these up.
            m_sim->addLabel(repo.toStdString(), "ops");
            m_sim->addLabel(repo.toStdString(), "driftdeck");
            m_sim->addLabel(repo.toStdString(), "drift");
        }
        auto forge = client(kind, repo, QStringLiteral("write-token"));
        PullRequestRequest r = request(repo);
        r.title = QStringLiteral("Fix drift");
        r.draft = true;
        r.labels = {QStringLiteral("drift"), QStringLiteral("driftdeck")};
        const Result<PullRequest> pr = forge->openPullRequest(r);
        QVERIFY2(pr.ok(), qPrintable(pr.ok() ? QString() : pr.error().fullText()));
        QVERIFY(pr->draft);
        QVERIFY2(pr->warning.isEmpty(), qPrintable(pr->warning));
        const auto pulls = m_sim->pulls(repo.toStdString());
        QCOMPARE(pulls.size(), size_t(1));
        QVERIFY(pulls[0].draft);
        QCOMPARE(QString::fromStdString(pulls[0].title), expectedTitle);
        QVERIFY(pulls[0].labels == (std::vector<std::string>{"drift", "driftdeck"}));
    }

    void giteaReportsUnknownLabels()
    {
        const QString repo = makeRepository(ForgeKind::Gitea);
        m_sim->addLabel(repo.toStdString(), "drift");
        auto forge = client(ForgeKind::Gitea, repo, QStringLiteral("write-token"));
        PullRequestRequest r = request(repo);
        r.labels = {QStringLiteral("drift"), QStringLiteral("no-such-label")};
        const Result<PullRequest> pr = forge->openPullRequest(r);
        QVERIFY(pr.ok());
        QVERIFY2(pr->warning.contains(QStringLiteral("no-such-label")), qPrintable(pr->warning));
        QVERIFY(m_sim->pulls(repo.toStdString()).at(0).labels == std::vector<std::string>{"drift"});
    }

    void errorsInPlainWords_data()
    {
        QTest::addColumn<ForgeKind>("kind");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("expected");
        const QList<QPair<const char *, ForgeKind>> kinds = {{"github", ForgeKind::GitHub}, {"gitlab", ForgeKind::GitLab}, {"gitea", ForgeKind::Gitea}};
        for (const auto &[name, kind] : kinds) {
            QTest::addRow("%s bad token", name) << kind << QStringLiteral("wrong-token") << QStringLiteral("feature")
                                                << QStringLiteral("Authentication failed");
            QTest::addRow("%s empty token", name) << kind << QString() << QStringLiteral("feature") << QStringLiteral("Authentication failed");
            QTest::addRow("%s no access", name) << kind << QStringLiteral("elsewhere-token") << QStringLiteral("feature")
                                                << QStringLiteral("Not found");
        }
        QTest::newRow("github read-only") << ForgeKind::GitHub << QStringLiteral("read-token") << QStringLiteral("feature")
                                          << QStringLiteral("Permission denied");
        QTest::newRow("gitlab read-only") << ForgeKind::GitLab << QStringLiteral("read-token") << QStringLiteral("feature")
                                          << QStringLiteral("Permission denied");
        QTest::newRow("gitea read-only") << ForgeKind::Gitea << QStringLiteral("read-token") << QStringLiteral("feature")
                                         << QStringLiteral("Permission denied");
        QTest::newRow("github missing branch") << ForgeKind::GitHub << QStringLiteral("write-token") << QStringLiteral("nope")
                                               << QStringLiteral("The branch nope does not exist");
        QTest::newRow("gitlab missing branch") << ForgeKind::GitLab << QStringLiteral("write-token") << QStringLiteral("nope")
                                               << QStringLiteral("127.0.0.1 refused the pull request: Source branch");
    }

    void errorsInPlainWords()
    {
        QFETCH(ForgeKind, kind);
        QFETCH(QString, token);
        QFETCH(QString, head);
        QFETCH(QString, expected);
        const QString repo = makeRepository(kind);
        auto forge = client(kind, repo, token);
        PullRequestRequest r = request(repo);
        r.head = head;
        const Result<PullRequest> pr = forge->openPullRequest(r);
        QVERIFY(!pr.ok());
        QVERIFY2(pr.error().message.startsWith(expected), qPrintable(pr.error().fullText()));
        QVERIFY2(pr.error().cause.startsWith(QStringLiteral("HTTP ")), qPrintable(pr.error().cause));
        if (!token.isEmpty())
            QVERIFY(!pr.error().fullText().contains(token));
        QCOMPARE(m_sim->pulls(repo.toStdString()).size(), size_t(0));
    }

    void gitHubNeedsUserAgentAndGetsOne()
    {
        // The client always sends one; without it GitHub answers 403.
        const QString repo = makeRepository(ForgeKind::GitHub);
        HttpTransport http;
        const QByteArray url = QByteArray::fromStdString(m_sim->url()) + "/repos/" + repo.toUtf8() + "/pulls";
        const Result<HttpResponse> withoutAgent = http.request("GET", url, {{"Authorization", "Bearer write-token"}, {"User-Agent", ""}});
        QVERIFY(withoutAgent.ok());
        QCOMPARE(withoutAgent->status, 403L);
        const Result<HttpResponse> withAgent = http.request("GET", url, {{"Authorization", "Bearer write-token"}});
        QVERIFY(withAgent.ok());
        QCOMPARE(withAgent->status, 200L);
    }

    void networkUnreachable()
    {
        int closedPort = 0;
        {
            forgesim::Server probe;
            QVERIFY(probe.start(0));
            closedPort = probe.port();
        }
        ForgeTarget target{ForgeKind::GitHub, QStringLiteral("http://127.0.0.1:%1/api/v3").arg(closedPort), QStringLiteral("acme/shop"),
                           QStringLiteral("127.0.0.1")};
        auto forge = ForgeClient::create(target, QStringLiteral("write-token"));
        forge->transport().setTimeouts(5, 10);
        const Result<PullRequest> pr = forge->openPullRequest(request(QStringLiteral("acme/shop")));
        QVERIFY(!pr.ok());
        QVERIFY2(pr.error().message.startsWith(QStringLiteral("Network unreachable")), qPrintable(pr.error().fullText()));
    }
};

QTEST_GUILESS_MAIN(TestForgeClient)
#include "tst_forgeclient.moc"
