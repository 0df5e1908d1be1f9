// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forge/forgedetector.h"

#include <QTest>

using namespace driftdeck::forge;

Q_DECLARE_METATYPE(driftdeck::forge::ForgeKind)

class TestForgeDetector : public QObject
{
    Q_OBJECT

private slots:
    void detect_data()
    {
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("configuredKind");
        QTest::addColumn<QString>("configuredApi");
        QTest::addColumn<ForgeKind>("kind");
        QTest::addColumn<QString>("apiUrl");
        QTest::addColumn<QString>("repo");

        QTest::newRow("github https") << QStringLiteral("https://github.com/acme/shop.git") << QString() << QString()
                                      << ForgeKind::GitHub << QStringLiteral("https://api.github.com") << QStringLiteral("acme/shop");
        QTest::newRow("github scp") << QStringLiteral("git@github.com:acme/shop.git") << QString() << QString()
                                    << ForgeKind::GitHub << QStringLiteral("https://api.github.com") << QStringLiteral("acme/shop");
        QTest::newRow("github ssh url, no .git") << QStringLiteral("ssh://git@github.com/acme/shop") << QString() << QString()
                                                 << ForgeKind::GitHub << QStringLiteral("https://api.github.com") << QStringLiteral("acme/shop");
        QTest::newRow("github token in url") << QStringLiteral("https://x-access-token:abc@github.com/acme/shop.git/") << QString()
                                             << QString() << ForgeKind::GitHub << QStringLiteral("https://api.github.com")
                                             << QStringLiteral("acme/shop");
        QTest::newRow("github enterprise by name") << QStringLiteral("https://github.corp.example/team/infra.git") << QString()
                                                   << QString() << ForgeKind::GitHub
                                                   << QStringLiteral("https://github.corp.example/api/v3") << QStringLiteral("team/infra");
        QTest::newRow("gitlab subgroups") << QStringLiteral("https://gitlab.com/platform/apps/shop.git") << QString() << QString()
                                          << ForgeKind::GitLab << QStringLiteral("https://gitlab.com/api/v4")
                                          << QStringLiteral("platform/apps/shop");
        QTest::newRow("gitlab scp self-hosted") << QStringLiteral("git@gitlab.example.org:ops/fleet.git") << QString() << QString()
                                                << ForgeKind::GitLab << QStringLiteral("https://gitlab.example.org/api/v4")
                                                << QStringLiteral("ops/fleet");
        QTest::newRow("codeberg") << QStringLiteral("https://codeberg.org/acme/shop.git") << QString() << QString() << ForgeKind::Gitea
                                  << QStringLiteral("https://codeberg.org/api/v1") << QStringLiteral("acme/shop");
        QTest::newRow("gitea host") << QStringLiteral("https://gitea.example.org/acme/shop") << QString() << QString() << ForgeKind::Gitea
                                    << QStringLiteral("https://gitea.example.org/api/v1") << QStringLiteral("acme/shop");
        QTest::newRow("forgejo host") << QStringLiteral("ssh://git@forgejo.example.org:2222/acme/shop.git") << QString() << QString()
                                      << ForgeKind::Gitea << QStringLiteral("https://forgejo.example.org/api/v1")
                                      << QStringLiteral("acme/shop");
        QTest::newRow("configured gitea, http with port") << QStringLiteral("http://127.0.0.1:3000/acme/shop.git")
                                                          << QStringLiteral("gitea") << QString() << ForgeKind::Gitea
                                                          << QStringLiteral("http://127.0.0.1:3000/api/v1") << QStringLiteral("acme/shop");
        QTest::newRow("configured github, explicit api") << QStringLiteral("git@git.corp:team/infra.git") << QStringLiteral("github")
                                                         << QStringLiteral("https://ghe.corp/api/v3/") << ForgeKind::GitHub
                                                         << QStringLiteral("https://ghe.corp/api/v3") << QStringLiteral("team/infra");
        QTest::newRow("configured kind wins over host") << QStringLiteral("https://github.com/acme/shop.git") << QStringLiteral("forgejo")
                                                        << QString() << ForgeKind::Gitea << QStringLiteral("https://github.com/api/v1")
                                                        << QStringLiteral("acme/shop");
    }

    void detect()
    {
        QFETCH(QString, remote);
        QFETCH(QString, configuredKind);
        QFETCH(QString, configuredApi);
        QFETCH(ForgeKind, kind);
        QFETCH(QString, apiUrl);
        QFETCH(QString, repo);
        const auto configured = configuredKind.isEmpty() ? std::nullopt : forgeKindFromName(configuredKind);
        const auto target = ForgeDetector::detect(remote, configured, configuredApi);
        QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
        QCOMPARE(target->kind, kind);
        QCOMPARE(target->apiUrl, apiUrl);
        QCOMPARE(target->repo, repo);
        QVERIFY(!target->apiUrl.contains(QStringLiteral("abc"))); // never the token from the URL
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown host") << QStringLiteral("https://git.example.org/acme/shop.git")
                                      << QStringLiteral("Driftdeck cannot tell which forge hosts git.example.org");
        QTest::newRow("not a url") << QStringLiteral("just words") << QStringLiteral("is not a remote URL");
        QTest::newRow("github without owner") << QStringLiteral("https://github.com/shop.git") << QStringLiteral("owner/name");
        QTest::newRow("gitlab without group") << QStringLiteral("https://gitlab.com/shop.git") << QStringLiteral("group/project");
    }

    void refuses()
    {
        QFETCH(QString, remote);
        QFETCH(QString, expected);
        const auto target = ForgeDetector::detect(remote);
        QVERIFY(!target.ok());
        QVERIFY2(target.error().message.contains(expected), qPrintable(target.error().message));
    }

    void kindNames()
    {
        for (const ForgeKind kind : {ForgeKind::GitHub, ForgeKind::GitLab, ForgeKind::Gitea})
            QCOMPARE(forgeKindFromName(forgeKindName(kind)), std::optional<ForgeKind>(kind));
        QCOMPARE(forgeKindFromName(QStringLiteral("Forgejo")), std::optional<ForgeKind>(ForgeKind::Gitea));
        QCOMPARE(forgeKindFromName(QStringLiteral("bitbucket")), std::nullopt);
    }
};

QTEST_APPLESS_MAIN(TestForgeDetector)
#include "tst_forgedetector.moc"
