// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forge/pullrequestbody.h"

#include <QTest>
#include <QTimeZone>

using namespace driftdeck;
using namespace driftdeck::forge;
using driftdeck::drift::FieldChange;
using driftdeck::drift::ResourceResult;

namespace {

ResourceResult deployment()
{
    ResourceResult r;
    r.cluster = QStringLiteral("prod-eu");
    r.key = ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("web")};
    r.state = SyncState::Drifted;
    r.sourceRef = {QStringLiteral("https://github.com/acme/shop.git"), QStringLiteral("0123456789abcdef0123"),
                   QStringLiteral("apps/web/deployment.yaml"), 3};
    FieldChange replicas;
    replicas.field = QStringLiteral("spec.replicas");
    replicas.gitValue = QStringLiteral("3");
    replicas.liveValue = QStringLiteral("5");
    replicas.manager = QStringLiteral("kubectl-edit");
    replicas.operation = QStringLiteral("Update");
    replicas.time = QDateTime(QDate(2026, 11, 27), QTime(9, 30, 5), QTimeZone(3600));
    FieldChange image;
    image.field = QStringLiteral("spec.template.spec.containers[name=web].image");
    image.gitValue = QStringLiteral("shop/web:1.4");
    image.liveValue = QStringLiteral("shop/web:1.5|hotfix");
    FieldChange added;
    added.op = FieldChange::Op::Add;
    added.field = QStringLiteral("metadata.labels.team");
    added.liveValue = QStringLiteral("payments");
    added.manager = QStringLiteral("helm");
    r.changes = {replicas, image, added};
    return r;
}

ResourceResult secret()
{
    ResourceResult r;
    r.cluster = QStringLiteral("prod-eu");
    r.key = ResourceKey{QString(), QStringLiteral("Secret"), QStringLiteral("shop"), QStringLiteral("db")};
    FieldChange password;
    password.field = QStringLiteral("data.password");
    password.gitValue = QStringLiteral("<masked: 12 bytes, sha256 1a2b3c>");
    password.liveValue = QStringLiteral("<masked: 16 bytes, sha256 9f8e7d>");
    password.manager = QStringLiteral("kubectl-client-side-apply");
    FieldChange removed;
    removed.op = FieldChange::Op::Remove;
    removed.field = QStringLiteral("data.legacy");
    removed.gitValue = QStringLiteral("<masked: 4 bytes, sha256 aaaaaa>");
    r.changes = {password, removed};
    return r;
}

} // namespace

class TestPullRequestBody : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryField()
    {
        const QString body = PullRequestBody::build({deployment()});
        QVERIFY(body.contains(QStringLiteral("`prod-eu`")));
        QVERIFY(body.contains(QStringLiteral("### Deployment/shop/web")));
        QVERIFY(body.contains(QStringLiteral("Source: `apps/web/deployment.yaml` line 3 at `0123456789ab`")));
        QVERIFY(body.contains(QStringLiteral("| Field | Git value | Live value | Changed by | When |")));
        // Time in UTC, manager with operation.
        QVERIFY2(body.contains(QStringLiteral("| `spec.replicas` | `3` | `5` | `kubectl-edit` (Update) | 2026-11-27 08:30:05 UTC |")),
                 qPrintable(body));
        // A '|' in a value cannot break the table; unknown attribution says so.
        QVERIFY2(body.contains(QStringLiteral("| `spec.template.spec.containers[name=web].image` | `shop/web:1.4` | `shop/web:1.5\\|hotfix` | unknown | unknown |")),
                 qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("| `metadata.labels.team` | (not set) | `payments` | `helm` | unknown |")));
        QCOMPARE(body.count(QStringLiteral("\n| `")), 3);
    }

    void maskedSecretsStayMasked()
    {
        qputenv("GITHUB_TOKEN", "ghp_doNotLeakThisToken");
        const QString body = PullRequestBody::build({deployment(), secret()});
        qunsetenv("GITHUB_TOKEN");
        QVERIFY(body.contains(QStringLiteral("### Secret/shop/db")));
        QVERIFY(body.contains(QStringLiteral("| `data.password` | `<masked: 12 bytes, sha256 1a2b3c>` | `<masked: 16 bytes, sha256 9f8e7d>` |")));
        QVERIFY(body.contains(QStringLiteral("| `data.legacy` | `<masked: 4 bytes, sha256 aaaaaa>` | (not set) |")));
        QVERIFY(!body.contains(QStringLiteral("ghp_doNotLeakThisToken")));
        // One cluster: named once at the top, not per resource.
        QCOMPARE(body.count(QStringLiteral("prod-eu")), 1);
    }

    void cellsAreSafe_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("nginx:1.25") << QStringLiteral("`nginx:1.25`");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("`a b`");
        QTest::newRow("backtick") << QStringLiteral("a`b") << QStringLiteral("`` a`b ``");
        QTest::newRow("pipe") << QStringLiteral("a|b") << QStringLiteral("`a\\|b`");
        QTest::newRow("long") << QString(300, u'x') << u'`' + QString(200, u'x') + u"…`";
    }

    void cellsAreSafe()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(PullRequestBody::cell(value), cell);
    }

    void titles()
    {
        QCOMPARE(PullRequestBody::title({deployment()}), QStringLiteral("Make Git match Deployment/shop/web in prod-eu"));
        QCOMPARE(PullRequestBody::title({deployment(), secret()}), QStringLiteral("Make Git match 2 resources in prod-eu"));
        ResourceResult other = secret();
        other.cluster = QStringLiteral("prod-us");
        QCOMPARE(PullRequestBody::title({deployment(), other}), QStringLiteral("Make Git match 2 resources"));
        const QString body = PullRequestBody::build({deployment(), other});
        QVERIFY(body.contains(QStringLiteral("Cluster: `prod-us`")));
    }
};

QTEST_GUILESS_MAIN(TestPullRequestBody)
#include "tst_pullrequestbody.moc"
