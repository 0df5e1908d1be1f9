// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/walllayout.h"
#include "views/walltile.h"
#include "views/wallwindow.h"
#include "views/translations.h"

#include <QSignalSpy>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::views;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

WallClusterSummary cluster(const QString &name, int synced, int drifted, int missing)
{
    WallClusterSummary s;
    s.name = name;
    s.connection = WallClusterSummary::Connection::Live;
    s.lastGoodData = kNow.addSecs(-5);
    s.lastChange = kNow.addSecs(-600);
    s.counts[size_t(SyncState::Synced)] = synced;
    s.counts[size_t(SyncState::Drifted)] = drifted;
    s.counts[size_t(SyncState::Missing)] = missing;
    s.appliedRevision = QStringLiteral("abc1234def");
    s.branchHead = drifted ? QStringLiteral("def5678abc") : QStringLiteral("abc1234def");
    for (int h = 24; h >= 0; --h)
        s.trend.append(QPointF(kNow.addSecs(-h * 3600).toMSecsSinceEpoch(), (h * 7 + drifted) % 9));
    if (drifted) {
        s.topDrift.append({QStringLiteral("Deployment/shop/web"), QStringLiteral("spec.replicas"), QStringLiteral("kubectl-scale"),
                           kNow.addSecs(-300)});
    }
    return s;
}

QList<WallClusterSummary> scenario(int n)
{
    QList<WallClusterSummary> out;
    for (int i = 0; i < n; ++i) {
        auto c = cluster(QStringLiteral("cluster-%1").arg(i, 2, 10, QLatin1Char('0')), 40 + i, i % 3 == 0 ? i % 5 + 1 : 0, i % 4 == 1 ? 1 : 0);
        if (i == 7) {
            c.connection = WallClusterSummary::Connection::Unreachable;
            c.reason = QStringLiteral("connection refused");
            c.lastGoodData = kNow.addSecs(-1500);
        }
        out.append(c);
    }
    return out;
}

} // namespace

class TestWall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void layoutFits_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QSize>("screen");
        for (QSize screen : {QSize(1920, 1080), QSize(3840, 2160)}) {
            for (int n : {1, 4, 12, 64})
                QTest::addRow("%d@%dx%d", n, screen.width(), screen.height()) << n << screen;
        }
    }

    void layoutFits()
    {
        QFETCH(int, count);
        QFETCH(QSize, screen);
        const qreal scale = screen.height() / 1080.0;
        const QRect area(10, int(56 * scale), screen.width() - 20, screen.height() - int(56 * scale) - 10);
        const WallLayoutResult layout = layoutWall(count, area, 10);
        QCOMPARE(layout.tiles.size(), count);
        QVERIFY(layout.columns * layout.rows >= count);
        for (int i = 0; i < count; ++i) {
            const QRect &t = layout.tiles[i];
            QVERIFY2(area.contains(t), qPrintable(QStringLiteral("tile %1 outside").arg(i)));
            QVERIFY2(t.width() >= kWallMinTile1080.width() * scale && t.height() >= kWallMinTile1080.height() * scale,
                     qPrintable(QStringLiteral("tile %1 too small: %2x%3").arg(i).arg(t.width()).arg(t.height())));
            for (int j = i + 1; j < count; ++j)
                QVERIFY2(!t.intersects(layout.tiles[j]), qPrintable(QStringLiteral("tiles %1 and %2 overlap").arg(i).arg(j)));
        }
        // A few clusters get the full tile with charts; 64 get compact ones.
        if (count <= 4)
            QCOMPARE(layout.detail, WallDetail::Full);
        if (count == 64)
            QCOMPARE(layout.detail, WallDetail::Compact);
    }

    void verdicts()
    {
        QCOMPARE(wallVerdict(cluster(QStringLiteral("a"), 10, 0, 0), kNow).text, QStringLiteral("In sync"));
        const auto drifted = wallVerdict(cluster(QStringLiteral("b"), 10, 3, 2), kNow);
        QCOMPARE(drifted.text, QStringLiteral("3 drifted"));
        QCOMPARE(drifted.state, SyncState::Drifted);
        QCOMPARE(wallVerdict(cluster(QStringLiteral("c"), 10, 0, 1), kNow).text, QStringLiteral("1 missing"));
        // Resources not compared yet never make a cluster look in sync.
        auto listing = cluster(QStringLiteral("e"), 10, 0, 0);
        listing.counts[size_t(SyncState::Unknown)] = 3;
        const auto unknown = wallVerdict(listing, kNow);
        QCOMPARE(unknown.text, QStringLiteral("3 unknown"));
        QCOMPARE(unknown.state, SyncState::Unknown);
        auto old = cluster(QStringLiteral("d"), 10, 0, 0);
        old.lastGoodData = kNow.addSecs(-kWallStaleAfterSecs - 1);
        const auto stale = wallVerdict(old, kNow);
        QVERIFY(stale.stale);
        QCOMPARE(stale.text, QStringLiteral("In sync"));
    }

    void windowShowsEveryCluster()
    {
        WallWindow wall;
        wall.setNow(kNow);
        wall.resize(1920, 1080);
        QSignalSpy ready(&wall, &WallWindow::dataReady);
        wall.setClusters(scenario(12));
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(wall.tiles().size(), 12);

        WallTile *t2 = wall.tile(QStringLiteral("cluster-02"));
        QVERIFY(t2);
        QCOMPARE(t2->verdictText(), QStringLiteral("In sync"));
        QCOMPARE(wall.tile(QStringLiteral("cluster-01"))->verdictText(), QStringLiteral("1 missing"));
        WallTile *t3 = wall.tile(QStringLiteral("cluster-03"));
        QCOMPARE(t3->verdictText(), QStringLiteral("4 drifted"));
        QCOMPARE(t3->statusLine(), QStringLiteral("Changed 10 min ago"));
        QVERIFY(t3->accessibleName().contains(QStringLiteral("4 drifted")));

        WallTile *down = wall.tile(QStringLiteral("cluster-07"));
        QVERIFY(down->isUnreachable());
        QCOMPARE(down->verdictText(), QStringLiteral("Unreachable"));
        QCOMPARE(down->statusLine(), QStringLiteral("Unreachable for 25 min: connection refused"));

        // Tiles never overlap in the real window either.
        const auto tiles = wall.tiles();
        for (int i = 0; i < tiles.size(); ++i)
            for (int j = i + 1; j < tiles.size(); ++j)
                QVERIFY(!tiles[i]->geometry().intersects(tiles[j]->geometry()));

        if (const QByteArray dir = qgetenv("DRIFTDECK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            wall.setCycling(true, 60000);
            QVERIFY(wall.grab().save(QString::fromUtf8(dir) + u"/wall-12-clusters.png"));
        }
    }

    void staleDataNeverLooksFresh()
    {
        WallWindow wall;
        wall.setNow(kNow);
        wall.updateCluster(cluster(QStringLiteral("prod"), 5, 0, 0));
        WallTile *t = wall.tile(QStringLiteral("prod"));
        QVERIFY(!t->isStale());
        // Time passes without new data: the tile turns stale by itself.
        wall.setNow(kNow.addSecs(600));
        QVERIFY(t->isStale());
        QCOMPARE(t->statusLine(), QStringLiteral("Stale: last data 10 min ago"));
        // Fresh data arrives (the cluster reconnected on its own): no click needed.
        auto fresh = cluster(QStringLiteral("prod"), 5, 1, 0);
        fresh.lastGoodData = kNow.addSecs(598);
        wall.updateCluster(fresh);
        QVERIFY(!t->isStale());
        QCOMPARE(t->verdictText(), QStringLiteral("1 drifted"));
    }

    void spotlightCyclesThroughDriftedClusters()
    {
        WallWindow wall;
        wall.setNow(kNow);
        wall.setClusters({cluster(QStringLiteral("a"), 5, 2, 0), cluster(QStringLiteral("b"), 5, 0, 0), cluster(QStringLiteral("c"), 5, 1, 0)});
        wall.setCycling(true, 50);
        QVERIFY2(wall.spotlightText().startsWith(QStringLiteral("<b>a</b>")), qPrintable(wall.spotlightText()));
        QVERIFY(wall.spotlightText().contains(QStringLiteral("kubectl-scale")));
        QTRY_VERIFY(wall.spotlightText().startsWith(QStringLiteral("<b>c</b>")));
        QTRY_VERIFY(wall.spotlightText().startsWith(QStringLiteral("<b>a</b>")));
        wall.setCycling(false);
        QVERIFY(!wall.isCycling());
    }

    void removingClustersRelayouts()
    {
        WallWindow wall;
        wall.resize(1920, 1080);
        wall.setClusters(scenario(12));
        const QRect before = wall.tiles().first()->geometry();
        wall.setClusters(scenario(2));
        QTRY_COMPARE(wall.tiles().size(), 2);
        QVERIFY(wall.tiles().first()->geometry().width() > before.width());
    }
};

QTEST_MAIN(TestWall)
#include "tst_wall.moc"
