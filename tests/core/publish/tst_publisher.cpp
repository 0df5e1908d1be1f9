// SPDX-License-Identifier: GPL-3.0-or-later
// core/publish against forge-sim's Git smart HTTP (git http-backend): branch, in-memory commit,
// push, reuse, refusal of foreign commits, rejected and non-fast-forward pushes.
#include "core/common/githandle.h"
#include "core/publish/change.h"
#include "core/publish/publisher.h"
#include "server.h"
#include "tests/core/publish/gitfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace driftdeck;
using namespace driftdeck::publish;

namespace {

const QByteArray kDeployment = "# web front end\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                               "  namespace: shop\nspec:\n  replicas: 3 # scaled by hand\n";
const QByteArray kEdited = "# web front end\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                           "  namespace: shop\nspec:\n  replicas: 5 # scaled by hand\n";

} // namespace

class TestPublisher : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QString name;   // acme/<unique>
        QString bare;   // the server's repository
        QString local;  // the local mirror
        QString remote; // http URL
        QString baseSha;
    };

    Fixture makeRepository(bool bareLocal = true)
    {
        Fixture f;
        const QString unique = QStringLiteral("shop%1").arg(++m_counter);
        f.name = u"acme/" + unique;
        f.bare = m_dir->filePath(unique + u".git");
        f.local = m_dir->filePath(unique + u"-local");
        gitfixture::initBare(f.bare);
        f.baseSha = gitfixture::commit(f.bare, QStringLiteral("main"),
                                       {{QStringLiteral("apps/web/deployment.yaml"), kDeployment},
                                        {QStringLiteral("README.md"), QByteArray("shop\n")}},
                                       QStringLiteral("initial"));
        gitfixture::clone(f.bare, f.local, bareLocal);
        m_sim->addRepository(forgesim::Kind::GitHub, f.name.toStdString(), f.bare.toStdString());
        f.remote = QString::fromStdString(m_sim->url()) + u'/' + f.name + u".git";
        return f;
    }

    static Change change(const QByteArray &content = kEdited)
    {
        Change c;
        c.cluster = QStringLiteral("prod-eu");
        c.resources = {ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("web")}};
        c.files = {FileEdit{QStringLiteral("apps/web/deployment.yaml"), content}};
        return c;
    }

    static PublishRequest request(const Fixture &f, const QString &token = QStringLiteral("tok-write"))
    {
        PublishRequest r;
        r.repositoryPath = f.local;
        r.remoteUrl = f.remote;
        r.baseBranch = QStringLiteral("main");
        r.change = change();
        r.title = QStringLiteral("Make Git match Deployment/shop/web in prod-eu");
        r.description = QStringLiteral("spec.replicas: 3 -> 5");
        r.credentials = Credentials::fromToken(token);
        return r;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<forgesim::Server> m_sim;
    std::unique_ptr<GitLibrary> m_git;
    int m_counter = 0;

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // No global Git identity: the fallback must be tested, and the user's config never read.
        const QByteArray home = m_dir->filePath(QStringLiteral("home")).toUtf8();
        QVERIFY(QDir().mkpath(QString::fromUtf8(home)));
        qputenv("HOME", home);
        qputenv("XDG_CONFIG_HOME", home);
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        m_git = std::make_unique<GitLibrary>();
        m_sim = std::make_unique<forgesim::Server>();
        QVERIFY(m_sim->start(0));
        m_sim->addToken("tok-write", forgesim::Access::Write);
        m_sim->addToken("tok-read", forgesim::Access::Read);
    }

    void cleanupTestCase()
    {
        m_sim->stop();
    }

    void branchName_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("namespaced") << QStringLiteral("prod-eu") << QStringLiteral("shop")
                                    << QStringLiteral("driftdeck/prod-eu/deployment-shop-web-");
        QTest::newRow("cluster-scoped") << QStringLiteral("prod") << QString() << QStringLiteral("driftdeck/prod/deployment-web-");
        QTest::newRow("eks arn") << QStringLiteral("arn:aws:eks:eu-west-1:123:cluster/Prod")
                                 << QStringLiteral("shop")
                                 << QStringLiteral("driftdeck/arn-aws-eks-eu-west-1-123-cluster-prod/deployment-shop-web-");
        QTest::newRow("dots and spaces") << QStringLiteral("..my cluster..lock") << QStringLiteral("a b")
                                         << QStringLiteral("driftdeck/my-cluster/deployment-a-b-web-");
    }

    void branchName()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, ns);
        QFETCH(QString, prefix);
        Change c = change();
        c.cluster = cluster;
        c.resources.front().ns = ns;
        const QString name = ChangeId::branchName(c);
        QVERIFY2(name.startsWith(prefix), qPrintable(name));
        QCOMPARE(name.size(), prefix.size() + 10);
        QCOMPARE(name.right(10), ChangeId::of(c).left(10));
        QVERIFY2(git_reference_is_valid_name(QByteArray("refs/heads/" + name.toUtf8()).constData()), qPrintable(name));
        QCOMPARE(ChangeId::branchName(c), name); // deterministic
    }

    void changeIdDependsOnContentOnly()
    {
        const Change a = change();
        Change reordered = a;
        reordered.files.append(FileEdit{QStringLiteral("b.yaml"), "b"});
        Change other = reordered;
        std::reverse(other.files.begin(), other.files.end());
        QCOMPARE(ChangeId::of(other), ChangeId::of(reordered));
        QVERIFY(ChangeId::of(a) != ChangeId::of(reordered));
        QVERIFY(ChangeId::of(change(kEdited + "#")) != ChangeId::of(a));
        Change otherCluster = a;
        otherCluster.cluster = QStringLiteral("prod-us");
        QVERIFY(ChangeId::of(otherCluster) != ChangeId::of(a));
        QCOMPARE(ChangeId::trailer(a), u"Driftdeck-Change: " + ChangeId::of(a));
    }

    void publishPushesExactContent()
    {
        const Fixture f = makeRepository();
        Publisher publisher;
        const Result<PublishResult> result = publisher.publish(request(f));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().fullText()));
        QCOMPARE(result->branch, ChangeId::branchName(change()));
        QCOMPARE(result->baseCommit, f.baseSha);
        QVERIFY(!result->reused);
        const QString ref = u"refs/heads/" + result->branch;
        QCOMPARE(gitfixture::refTarget(f.bare, ref), result->commit);
        QCOMPARE(gitfixture::readFile(f.bare, ref, QStringLiteral("apps/web/deployment.yaml")).value_or("<missing>"), kEdited);
        QCOMPARE(gitfixture::readFile(f.bare, ref, QStringLiteral("README.md")).value_or("<missing>"), QByteArray("shop\n"));
        // main untouched on the server, branch also created locally.
        QCOMPARE(gitfixture::refTarget(f.bare, QStringLiteral("refs/heads/main")), f.baseSha);
        QCOMPARE(gitfixture::refTarget(f.local, ref), result->commit);
        const auto info = gitfixture::commitInfo(f.bare, result->commit);
        QVERIFY(info);
        QCOMPARE(info->parents, QStringList{f.baseSha});
        QVERIFY(info->message.startsWith(QStringLiteral("Make Git match Deployment/shop/web in prod-eu\n\nspec.replicas: 3 -> 5\n\n")));
        QVERIFY(info->message.contains(ChangeId::trailer(change())));
        // No identity configured anywhere: the fallback.
        QCOMPARE(info->authorName, QStringLiteral("Driftdeck"));
    }

    void usesConfiguredIdentityAndLeavesWorkingTreeAlone()
    {
        const Fixture f = makeRepository(false);
        QVERIFY(gitfixture::setConfig(f.local, "user.name", QStringLiteral("Ada Operator")));
        QVERIFY(gitfixture::setConfig(f.local, "user.email", QStringLiteral("ada@example.invalid")));
        Publisher publisher;
        const Result<PublishResult> result = publisher.publish(request(f));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().fullText()));
        const auto info = gitfixture::commitInfo(f.bare, result->commit);
        QVERIFY(info);
        QCOMPARE(info->authorName, QStringLiteral("Ada Operator"));
        QCOMPARE(info->authorEmail, QStringLiteral("ada@example.invalid"));
        QFile file(f.local + u"/apps/web/deployment.yaml");
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), kDeployment);
        GitRepository repo;
        QCOMPARE(git_repository_open(out(repo), f.local.toUtf8().constData()), 0);
        GitReference head;
        QCOMPARE(git_repository_head(out(head), repo.get()), 0);
        QCOMPARE(QString::fromUtf8(git_reference_name(head.get())), QStringLiteral("refs/heads/main"));
    }

    void secondPublishReusesBranch()
    {
        const Fixture f = makeRepository();
        Publisher publisher;
        const Result<PublishResult> first = publisher.publish(request(f));
        QVERIFY(first.ok());
        const int before = m_sim->requestCount();
        const Result<PublishResult> second = publisher.publish(request(f));
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().fullText()));
        QVERIFY(second->reused);
        QCOMPARE(second->commit, first->commit);
        QCOMPARE(second->branch, first->branch);
        QCOMPARE(gitfixture::refTarget(f.bare, u"refs/heads/" + first->branch), first->commit);
        // No receive-pack call: only look-up and fetch requests.
        QVERIFY(m_sim->requestCount() > before);
    }

    void reportsProgress()
    {
        const Fixture f = makeRepository();
        Publisher publisher;
        QList<Publisher::Step> steps;
        publisher.setProgressHandler([&steps](Publisher::Step step) { steps.append(step); });
        QVERIFY(publisher.publish(request(f)).ok());
        QCOMPARE(steps, (QList<Publisher::Step>{Publisher::Step::Connecting, Publisher::Step::Fetching,
                                                Publisher::Step::Committing, Publisher::Step::Pushing}));
        steps.clear();
        const Result<PublishResult> again = publisher.publish(request(f));
        QVERIFY(again.ok() && again->reused);
        // Reusing the branch builds and pushes nothing.
        QCOMPARE(steps, (QList<Publisher::Step>{Publisher::Step::Connecting, Publisher::Step::Fetching}));
    }

    void staleBaseIsRegenerated()
    {
        const Fixture f = makeRepository();
        Publisher publisher;
        const Result<PublishResult> first = publisher.publish(request(f));
        QVERIFY(first.ok());
        const QString newMain = gitfixture::commit(f.bare, QStringLiteral("main"), {{QStringLiteral("README.md"), "shop v2\n"}},
                                                   QStringLiteral("docs"));
        const Result<PublishResult> second = publisher.publish(request(f));
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().fullText()));
        QVERIFY(!second->reused);
        QCOMPARE(second->baseCommit, newMain);
        const QString ref = u"refs/heads/" + second->branch;
        QCOMPARE(gitfixture::refTarget(f.bare, ref), second->commit);
        QCOMPARE(gitfixture::commitInfo(f.bare, second->commit)->parents, QStringList{newMain});
        QCOMPARE(gitfixture::readFile(f.bare, ref, QStringLiteral("README.md")).value_or(""), QByteArray("shop v2\n"));
        QCOMPARE(gitfixture::readFile(f.bare, ref, QStringLiteral("apps/web/deployment.yaml")).value_or(""), kEdited);
    }

    void foreignCommitIsNeverOverwritten()
    {
        const Fixture f = makeRepository();
        Publisher publisher;
        const Result<PublishResult> first = publisher.publish(request(f));
        QVERIFY(first.ok());
        const QString foreign = gitfixture::commit(f.bare, first->branch, {{QStringLiteral("apps/web/deployment.yaml"), "replicas: 7\n"}},
                                                   QStringLiteral("reviewer tweak"));
        QVERIFY(!foreign.isEmpty());
        const Result<PublishResult> second = publisher.publish(request(f));
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(QStringLiteral("left untouched")), qPrintable(second.error().message));
        QVERIFY(second.error().message.contains(first->branch));
        QCOMPARE(gitfixture::refTarget(f.bare, u"refs/heads/" + first->branch), foreign);
    }

    void foreignCommitArrivingDuringPublishIsNotOverwritten()
    {
        const Fixture f = makeRepository();
        Publisher publisher;
        const Result<PublishResult> first = publisher.publish(request(f));
        QVERIFY(first.ok());
        gitfixture::commit(f.bare, QStringLiteral("main"), {{QStringLiteral("README.md"), "v2\n"}}, QStringLiteral("move main"));
        // Our branch is stale, so it will be regenerated and force-pushed; someone pushes to it
        // after we looked but before we push.
        QString foreign;
        publisher.setProgressHandler([&](Publisher::Step step) {
            if (step == Publisher::Step::Committing)
                foreign = gitfixture::commit(f.bare, first->branch, {{QStringLiteral("NOTES.md"), "mine\n"}}, QStringLiteral("late"));
        });
        const Result<PublishResult> second = publisher.publish(request(f));
        QVERIFY(!foreign.isEmpty());
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(QStringLiteral("changed on")), qPrintable(second.error().fullText()));
        QCOMPARE(gitfixture::refTarget(f.bare, u"refs/heads/" + first->branch), foreign);
    }

    void foreignBranchWithSameNameIsRefused()
    {
        const Fixture f = makeRepository();
        const QString branch = ChangeId::branchName(change());
        // Same content, but not made by Driftdeck for this change (no trailer).
        const QString theirs = gitfixture::commit(f.bare, QStringLiteral("main"), {}, QStringLiteral("noop"));
        QVERIFY(!theirs.isEmpty());
        GitRepository repo;
        QCOMPARE(git_repository_open(out(repo), f.bare.toUtf8().constData()), 0);
        git_oid id;
        git_oid_fromstr(&id, theirs.toLatin1().constData());
        GitReference ref;
        QCOMPARE(git_reference_create(out(ref), repo.get(), QByteArray("refs/heads/" + branch.toUtf8()).constData(), &id, 0, nullptr), 0);
        Publisher publisher;
        const Result<PublishResult> result = publisher.publish(request(f));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("did not make for this change")));
        QCOMPARE(gitfixture::refTarget(f.bare, u"refs/heads/" + branch), theirs);
    }

    void credentialsProblems_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad token") << QStringLiteral("not-a-token") << QStringLiteral("Authentication failed");
        QTest::newRow("no token") << QString() << QStringLiteral("Authentication failed");
        QTest::newRow("read-only token") << QStringLiteral("tok-read") << QStringLiteral("Permission denied");
    }

    void credentialsProblems()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        const Fixture f = makeRepository();
        PublishRequest r = request(f, token);
        if (token.isEmpty())
            r.credentials = Credentials();
        Publisher publisher;
        const Result<PublishResult> result = publisher.publish(r);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.startsWith(expected), qPrintable(result.error().fullText()));
        QVERIFY(!result.error().fullText().contains(QStringLiteral("not-a-token")));
        QVERIFY(gitfixture::refTarget(f.bare, u"refs/heads/" + ChangeId::branchName(change())).isEmpty());
    }

    void protectedBranchIsReportedWithReason()
    {
        const Fixture f = makeRepository();
        m_sim->protectBranch(f.name.toStdString(), "driftdeck/*", "GH006: Protected branch update failed for driftdeck branches.");
        Publisher publisher;
        const Result<PublishResult> result = publisher.publish(request(f));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("protected")), qPrintable(result.error().fullText()));
        QVERIFY2(result.error().message.contains(QStringLiteral("GH006: Protected branch update failed")), qPrintable(result.error().message));
        QCOMPARE(result.error().cause, QStringLiteral("hook declined"));
        QVERIFY(gitfixture::refTarget(f.bare, u"refs/heads/" + ChangeId::branchName(change())).isEmpty());
    }

    void nonFastForwardIsReported()
    {
        const Fixture f = makeRepository();
        Publisher publisher;
        QVERIFY(publisher.publish(request(f)).ok());
        gitfixture::commit(f.bare, QStringLiteral("main"), {{QStringLiteral("README.md"), "moved on\n"}}, QStringLiteral("move"));
        // The server refuses forced updates: regenerating on the new base cannot land.
        QVERIFY(gitfixture::setConfig(f.bare, "receive.denyNonFastForwards", QStringLiteral("true")));
        const Result<PublishResult> result = publisher.publish(request(f));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("non-fast-forward")), qPrintable(result.error().fullText()));
    }

    void networkUnreachable()
    {
        Fixture f = makeRepository();
        int closedPort = 0;
        {
            forgesim::Server probe;
            QVERIFY(probe.start(0));
            closedPort = probe.port();
        }
        f.remote = QStringLiteral("http://127.0.0.1:%1/%2.git").arg(closedPort).arg(f.name);
        Publisher publisher;
        const Result<PublishResult> result = publisher.publish(request(f));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.startsWith(QStringLiteral("Network unreachable")), qPrintable(result.error().fullText()));
    }

    void refusesEmptyAndInvalidEdits()
    {
        const Fixture f = makeRepository();
        Publisher publisher;
        PublishRequest same = request(f);
        same.change = change(kDeployment);
        Result<PublishResult> result = publisher.publish(same);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("changes nothing")), qPrintable(result.error().message));

        PublishRequest escape = request(f);
        escape.change.files = {FileEdit{QStringLiteral("../outside.yaml"), "x"}};
        result = publisher.publish(escape);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("../outside.yaml")));

        PublishRequest noBase = request(f);
        noBase.baseBranch = QStringLiteral("release");
        result = publisher.publish(noBase);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("release")));
    }

    void editMadeAgainstAnOlderFileIsRefused()
    {
        const Fixture f = makeRepository();
        PublishRequest r = request(f);
        r.change.files.front().before = std::optional<QByteArray>(kDeployment);
        // Someone changed the same file on main after the edit was computed.
        gitfixture::commit(f.bare, QStringLiteral("main"), {{QStringLiteral("apps/web/deployment.yaml"), kDeployment + "# tuned\n"}},
                           QStringLiteral("tune"));
        Publisher publisher;
        Result<PublishResult> result = publisher.publish(r);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("apps/web/deployment.yaml changed on main")), qPrintable(result.error().message));
        QVERIFY(gitfixture::refTarget(f.bare, u"refs/heads/" + ChangeId::branchName(r.change)).isEmpty());

        // A new file that appeared meanwhile is not overwritten either.
        PublishRequest create = request(f);
        create.change.files = {FileEdit{QStringLiteral("README.md"), "new readme\n", false, std::optional<QByteArray>()}};
        result = publisher.publish(create);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().cause, QStringLiteral("content differs"));

        // Against the current content it goes through.
        PublishRequest current = request(f);
        current.change.files = {FileEdit{QStringLiteral("apps/web/deployment.yaml"), kEdited, false,
                                         std::optional<QByteArray>(kDeployment + "# tuned\n")}};
        result = publisher.publish(current);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().fullText()));
    }

    void removesAndAddsFiles()
    {
        const Fixture f = makeRepository();
        PublishRequest r = request(f);
        r.change.files = {FileEdit{QStringLiteral("README.md"), {}, true},
                          FileEdit{QStringLiteral("apps/web/configmap.yaml"), "kind: ConfigMap\n"}};
        Publisher publisher;
        const Result<PublishResult> result = publisher.publish(r);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().fullText()));
        const QString ref = u"refs/heads/" + result->branch;
        QVERIFY(!gitfixture::readFile(f.bare, ref, QStringLiteral("README.md")));
        QCOMPARE(gitfixture::readFile(f.bare, ref, QStringLiteral("apps/web/configmap.yaml")).value_or(""), QByteArray("kind: ConfigMap\n"));
        QCOMPARE(gitfixture::readFile(f.bare, ref, QStringLiteral("apps/web/deployment.yaml")).value_or(""), kDeployment);
    }
};

QTEST_GUILESS_MAIN(TestPublisher)
#include "tst_publisher.moc"
