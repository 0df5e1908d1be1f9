// SPDX-License-Identifier: GPL-3.0-or-later
// End to end against forge-sim for GitHub, GitLab and Gitea: detect the forge from the remote,
// find the token, publish the edit (branch, commit, push over git http-backend) and open the
// pull request; a second click returns the same one; bad token, protected branch and a foreign
// commit on the branch fail in plain words.
#include "core/common/curlhandle.h"
#include "core/common/githandle.h"
#include "core/forge/forgeclient.h"
#include "core/forge/forgedetector.h"
#include "core/forge/pullrequestbody.h"
#include "core/forge/pullrequestopener.h"
#include "core/forge/tokenstore.h"
#include "core/publish/change.h"
#include "core/publish/publisher.h"
#include "server.h"
#include "tests/core/publish/gitfixture.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace driftdeck;
using namespace driftdeck::forge;
using namespace driftdeck::publish;

Q_DECLARE_METATYPE(driftdeck::forge::ForgeKind)

namespace {

const QByteArray kOriginal = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n"
                             "spec:\n  replicas: 3 # keep in sync with HPA\n  template:\n    spec:\n      containers:\n"
                             "        - name: web\n          image: shop/web:1.4\n";
const QByteArray kEdited = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n"
                           "spec:\n  replicas: 5 # keep in sync with HPA\n  template:\n    spec:\n      containers:\n"
                           "        - name: web\n          image: shop/web:1.5\n";

drift::ResourceResult driftedDeployment()
{
    drift::ResourceResult r;
    r.cluster = QStringLiteral("prod-eu");
    r.key = ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("web")};
    r.state = SyncState::Drifted;
    r.sourceRef.path = QStringLiteral("apps/web/deployment.yaml");
    drift::FieldChange replicas;
    replicas.field = QStringLiteral("spec.replicas");
    replicas.gitValue = QStringLiteral("3");
    replicas.liveValue = QStringLiteral("5");
    replicas.manager = QStringLiteral("kubectl-scale");
    replicas.operation = QStringLiteral("Update");
    replicas.time = QDateTime(QDate(2026, 11, 26), QTime(17, 0), QTimeZone::utc());
    drift::FieldChange image;
    image.field = QStringLiteral("spec.template.spec.containers[name=web].image");
    image.gitValue = QStringLiteral("shop/web:1.4");
    image.liveValue = QStringLiteral("shop/web:1.5");
    image.manager = QStringLiteral("kubectl-set");
    r.changes = {replicas, image};
    return r;
}

} // namespace

class TestPullRequestFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<forgesim::Server> m_sim;
    std::unique_ptr<GitLibrary> m_git;
    std::unique_ptr<CurlGlobal> m_curl;
    int m_counter = 0;

    struct Repo
    {
        QString name;
        QString bare;
        QString local;
        QString remote;
    };

    Repo makeRepository(ForgeKind kind)
    {
        Repo repo;
        const QString unique = QStringLiteral("fleet%1").arg(++m_counter);
        repo.name = kind == ForgeKind::GitLab ? QString(u"platform/gitops/" + unique) : QString(u"acme/" + unique);
        repo.bare = m_dir->filePath(unique + u".git");
        repo.local = m_dir->filePath(unique + u"-mirror");
        gitfixture::initBare(repo.bare);
        gitfixture::commit(repo.bare, QStringLiteral("main"), {{QStringLiteral("apps/web/deployment.yaml"), kOriginal}},
                           QStringLiteral("initial"));
        gitfixture::clone(repo.bare, repo.local, true);
        const forgesim::Kind simKind = kind == ForgeKind::GitHub ? forgesim::Kind::GitHub
            : kind == ForgeKind::GitLab                          ? forgesim::Kind::GitLab
                                                                 : forgesim::Kind::Gitea;
        m_sim->addRepository(simKind, repo.name.toStdString(), repo.bare.toStdString());
        repo.remote = QString::fromStdString(m_sim->url()) + u'/' + repo.name + u".git";
        return repo;
    }

    // What "Create" in the dialog and `driftdeck resolve` do once the edited content is known.
    static Result<PullRequestOpener::Output> resolve(ForgeKind kind, const Repo &repo, QList<Publisher::Step> *steps = nullptr)
    {
        PullRequestOpener opener;
        if (steps)
            opener.setProgressHandler([steps](Publisher::Step step) { steps->append(step); });
        PullRequestOpener::Input input;
        input.repositoryPath = repo.local;
        input.remoteUrl = repo.remote;
        input.forgeKind = kind;
        input.baseBranch = QStringLiteral("main");
        input.results = {driftedDeployment()};
        input.files = {FileEdit{QStringLiteral("apps/web/deployment.yaml"), kEdited, false, std::optional<QByteArray>(kOriginal)}};
        input.useKeychain = false;
        return opener.open(input);
    }

    static void setToken(ForgeKind kind, const QByteArray &token)
    {
        qputenv(TokenStore::environmentVariable(kind).toLatin1().constData(), token);
    }

    static void addKinds()
    {
        QTest::addColumn<ForgeKind>("kind");
        QTest::newRow("github") << ForgeKind::GitHub;
        QTest::newRow("gitlab") << ForgeKind::GitLab;
        QTest::newRow("gitea") << ForgeKind::Gitea;
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QByteArray home = m_dir->filePath(QStringLiteral("home")).toUtf8();
        QVERIFY(QDir().mkpath(QString::fromUtf8(home)));
        qputenv("HOME", home);
        qputenv("XDG_CONFIG_HOME", home);
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        m_curl = std::make_unique<CurlGlobal>();
        m_git = std::make_unique<GitLibrary>();
        m_sim = std::make_unique<forgesim::Server>();
        QVERIFY(m_sim->start(0));
        m_sim->addToken("flow-token", forgesim::Access::Write, {}, "ada");
    }

    void init()
    {
        for (const ForgeKind kind : {ForgeKind::GitHub, ForgeKind::GitLab, ForgeKind::Gitea})
            setToken(kind, "flow-token");
    }

    void cleanupTestCase()
    {
        m_sim->stop();
    }

    void pullRequestWithExactContent_data() { addKinds(); }
    void pullRequestWithExactContent()
    {
        QFETCH(ForgeKind, kind);
        const Repo repo = makeRepository(kind);
        QList<Publisher::Step> steps;
        const Result<PullRequestOpener::Output> first = resolve(kind, repo, &steps);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().fullText()));
        QCOMPARE(first->tokenSource, QStringLiteral("environment"));
        QCOMPARE(first->target.kind, kind);
        QCOMPARE(steps.size(), 4);
        const PullRequest pr = first->pullRequest;
        QVERIFY(!pr.existing);

        // The branch on the forge holds exactly the edited bytes.
        const QString branch = first->published.branch;
        QVERIFY(branch.startsWith(QStringLiteral("driftdeck/prod-eu/deployment-shop-web-")));
        QCOMPARE(gitfixture::readFile(repo.bare, u"refs/heads/" + branch, QStringLiteral("apps/web/deployment.yaml")).value_or("<missing>"),
                 kEdited);
        QCOMPARE(gitfixture::readFile(repo.bare, QStringLiteral("refs/heads/main"), QStringLiteral("apps/web/deployment.yaml")).value_or(""),
                 kOriginal);

        const auto pulls = m_sim->pulls(repo.name.toStdString());
        QCOMPARE(pulls.size(), size_t(1));
        QCOMPARE(QString::fromStdString(pulls[0].head), branch);
        QCOMPARE(QString::fromStdString(pulls[0].base), QStringLiteral("main"));
        QCOMPARE(QString::fromStdString(pulls[0].headSha), first->published.commit);
        QCOMPARE(QString::fromStdString(pulls[0].author), QStringLiteral("ada"));
        QCOMPARE(QString::fromStdString(pulls[0].title), QStringLiteral("Make Git match Deployment/shop/web in prod-eu"));
        const QString body = QString::fromStdString(pulls[0].body);
        QVERIFY2(body.contains(QStringLiteral("| `spec.replicas` | `3` | `5` | `kubectl-scale` (Update) | 2026-11-26 17:00:00 UTC |")),
                 qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("`shop/web:1.4` | `shop/web:1.5` | `kubectl-set`")));
        QVERIFY(!body.contains(QStringLiteral("flow-token")));
        QCOMPARE(QString::fromStdString(pulls[0].url), pr.url);

        // The second click: same branch, no new commit, the same pull request.
        const Result<PullRequestOpener::Output> second = resolve(kind, repo);
        QVERIFY(second.ok());
        QVERIFY(second->published.reused);
        QCOMPARE(second->published.commit, first->published.commit);
        QVERIFY(second->pullRequest.existing);
        QCOMPARE(second->pullRequest.number, pr.number);
        QCOMPARE(second->pullRequest.url, pr.url);
        QCOMPARE(m_sim->pulls(repo.name.toStdString()).size(), size_t(1));
    }

    void missingToken_data() { addKinds(); }
    void missingToken()
    {
        QFETCH(ForgeKind, kind);
        const Repo repo = makeRepository(kind);
        qunsetenv(TokenStore::environmentVariable(kind).toLatin1().constData());
        const Result<PullRequestOpener::Output> outcome = resolve(kind, repo);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(TokenStore::environmentVariable(kind)), qPrintable(outcome.error().message));
        QVERIFY(outcome.error().message.startsWith(QStringLiteral("No token for 127.0.0.1")));
        QCOMPARE(m_sim->pulls(repo.name.toStdString()).size(), size_t(0));
    }

    void badToken_data() { addKinds(); }
    void badToken()
    {
        QFETCH(ForgeKind, kind);
        const Repo repo = makeRepository(kind);
        setToken(kind, "revoked-token");
        const Result<PullRequestOpener::Output> outcome = resolve(kind, repo);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.startsWith(QStringLiteral("Authentication failed")), qPrintable(outcome.error().fullText()));
        QVERIFY(!outcome.error().fullText().contains(QStringLiteral("revoked-token")));
        QCOMPARE(m_sim->pulls(repo.name.toStdString()).size(), size_t(0));
    }

    void protectedBranch_data() { addKinds(); }
    void protectedBranch()
    {
        QFETCH(ForgeKind, kind);
        const Repo repo = makeRepository(kind);
        m_sim->protectBranch(repo.name.toStdString(), "driftdeck/*", "pushes to driftdeck/* are blocked by a branch rule");
        const Result<PullRequestOpener::Output> outcome = resolve(kind, repo);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(QStringLiteral("pushes to driftdeck/* are blocked by a branch rule")),
                 qPrintable(outcome.error().fullText()));
        QVERIFY(outcome.error().message.contains(QStringLiteral("protected")));
        QCOMPARE(m_sim->pulls(repo.name.toStdString()).size(), size_t(0));
    }

    void foreignCommitOnBranch_data() { addKinds(); }
    void foreignCommitOnBranch()
    {
        QFETCH(ForgeKind, kind);
        const Repo repo = makeRepository(kind);
        const Result<PullRequestOpener::Output> first = resolve(kind, repo);
        QVERIFY(first.ok());
        const QString branch = first->published.branch;
        const QString foreign = gitfixture::commit(repo.bare, branch, {{QStringLiteral("NOTES.md"), "reviewed\n"}},
                                                   QStringLiteral("reviewer's note"));
        const Result<PullRequestOpener::Output> second = resolve(kind, repo);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(QStringLiteral("left untouched")), qPrintable(second.error().message));
        QCOMPARE(gitfixture::refTarget(repo.bare, u"refs/heads/" + branch), foreign);
        QCOMPARE(m_sim->pulls(repo.name.toStdString()).size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPullRequestFlow)
#include "tst_pullrequestflow.moc"
