// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forge/tokenstore.h"

#include <QTest>

using namespace driftdeck::forge;

Q_DECLARE_METATYPE(driftdeck::forge::ForgeKind)

class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // No keychain service can be reached: a session bus address that leads nowhere.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/driftdeck-test-bus");
        for (const char *v : {"GITHUB_TOKEN", "GITLAB_TOKEN", "GITEA_TOKEN"})
            qunsetenv(v);
    }

    void environmentFallback_data()
    {
        QTest::addColumn<ForgeKind>("kind");
        QTest::addColumn<QString>("variable");
        QTest::newRow("github") << ForgeKind::GitHub << QStringLiteral("GITHUB_TOKEN");
        QTest::newRow("gitlab") << ForgeKind::GitLab << QStringLiteral("GITLAB_TOKEN");
        QTest::newRow("gitea") << ForgeKind::Gitea << QStringLiteral("GITEA_TOKEN");
    }

    void environmentFallback()
    {
        QFETCH(ForgeKind, kind);
        QFETCH(QString, variable);
        QCOMPARE(TokenStore::environmentVariable(kind), variable);
        TokenStore store;
        store.setKeychainEnabled(false);
        TokenLookup none = store.lookup(kind, QStringLiteral("example.org"));
        QVERIFY(none.token.isEmpty());
        QVERIFY(none.source.isEmpty());
        QCOMPARE(none.variable, variable);

        qputenv(variable.toLatin1().constData(), "  secret-" + variable.toLatin1() + "\n");
        const TokenLookup found = store.lookup(kind, QStringLiteral("example.org"));
        qunsetenv(variable.toLatin1().constData());
        QCOMPARE(found.token, u"secret-" + variable);
        QCOMPARE(found.source, QStringLiteral("environment"));
        QVERIFY(!found.keychainAvailable);
        QVERIFY(!found.keychainProblem.isEmpty());
    }

    void otherForgesVariableIsNotUsed()
    {
        TokenStore store;
        store.setKeychainEnabled(false);
        qputenv("GITLAB_TOKEN", "gitlab-only");
        const TokenLookup lookup = store.lookup(ForgeKind::GitHub, QStringLiteral("github.com"));
        qunsetenv("GITLAB_TOKEN");
        QVERIFY(lookup.token.isEmpty());
    }

    void saysWhenNoKeychainIsRunning()
    {
        if (!TokenStore::keychainCompiledIn())
            QSKIP("built without QtKeychain");
        TokenStore store(QStringLiteral("driftdeck-test"));
        store.setTimeout(5000);
        qputenv("GITEA_TOKEN", "from-env");
        const TokenLookup lookup = store.lookup(ForgeKind::Gitea, QStringLiteral("codeberg.org"));
        qunsetenv("GITEA_TOKEN");
        QVERIFY(!lookup.keychainAvailable);
        QVERIFY2(lookup.keychainProblem.startsWith(QStringLiteral("No keychain service is running")), qPrintable(lookup.keychainProblem));
        QCOMPARE(lookup.token, QStringLiteral("from-env"));
        QCOMPARE(lookup.source, QStringLiteral("environment"));

        const auto stored = store.store(ForgeKind::Gitea, QStringLiteral("codeberg.org"), QStringLiteral("tok"));
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().message.contains(QStringLiteral("GITEA_TOKEN")), qPrintable(stored.error().message));
        QVERIFY(!stored.error().fullText().contains(QStringLiteral("tok\"")));
    }

    void keychainKeys()
    {
        QCOMPARE(TokenStore::keychainKey(ForgeKind::GitHub, QStringLiteral("GitHub.com")), QStringLiteral("github:github.com"));
        QCOMPARE(TokenStore::keychainKey(ForgeKind::GitLab, QStringLiteral("gitlab.example.org")),
                 QStringLiteral("gitlab:gitlab.example.org"));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
