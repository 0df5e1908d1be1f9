// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/historystore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace driftdeck;
using namespace driftdeck::history;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 30), Qt::UTC);

drift::ResourceResult drifted(const QString &cluster, const QString &name, QList<drift::FieldChange> changes)
{
    drift::ResourceResult r;
    r.cluster = cluster;
    r.key = ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), name};
    r.state = SyncState::Drifted;
    r.changes = std::move(changes);
    return r;
}

drift::FieldChange change(const QString &field, const QString &git, const QString &live, const QString &manager)
{
    drift::FieldChange c;
    c.field = field;
    c.gitValue = git;
    c.liveValue = live;
    c.manager = manager;
    c.operation = QStringLiteral("Update");
    c.time = kT0.addSecs(-120);
    return c;
}

StateCounts counts(int synced, int drifted, int missing)
{
    StateCounts c{};
    countOf(c, SyncState::Synced) = synced;
    countOf(c, SyncState::Drifted) = drifted;
    countOf(c, SyncState::Missing) = missing;
    return c;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samplesWrittenAndQueried()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("history.sqlite"))).ok());
        QVERIFY(store.warning().isEmpty());
        QVERIFY(store.recordSample(QStringLiteral("prod"), counts(10, 2, 1), kT0).ok());
        // Same minute: replaces.
        QVERIFY(store.recordSample(QStringLiteral("prod"), counts(9, 3, 1), kT0.addSecs(20)).ok());
        QVERIFY(store.recordSample(QStringLiteral("prod"), counts(12, 0, 0), kT0.addSecs(60)).ok());
        QVERIFY(store.recordSample(QStringLiteral("dev"), counts(1, 0, 0), kT0).ok());

        const auto prod = store.samples(QStringLiteral("prod"), kT0.addSecs(-3600), kT0.addSecs(3600));
        QCOMPARE(prod.size(), 2);
        QCOMPARE(countOf(prod[0].counts, SyncState::Drifted), 3);
        QCOMPARE(countOf(prod[0].counts, SyncState::Synced), 9);
        QCOMPARE(prod[0].time, QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
        QCOMPARE(countOf(prod[1].counts, SyncState::Synced), 12);
        QCOMPARE(store.samples(QStringLiteral("prod"), kT0.addSecs(3600), kT0.addSecs(7200)).size(), 0);
        QCOMPARE(store.clusters(), QStringList({QStringLiteral("dev"), QStringLiteral("prod")}));
    }

    void eventsOpenAndResolve()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))).ok());
        const QString replicas = QStringLiteral("spec.replicas");
        const QString image = QStringLiteral("spec.template.spec.containers[name=web].image");

        QVERIFY(store.recordResult(drifted(QStringLiteral("prod"), QStringLiteral("web"),
                                           {change(replicas, QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("kubectl-scale"))}),
                                   kT0)
                    .ok());
        // Seen again unchanged: no new event.
        QVERIFY(store.recordResult(drifted(QStringLiteral("prod"), QStringLiteral("web"),
                                           {change(replicas, QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("kubectl-scale")),
                                            change(image, QStringLiteral("web:1"), QStringLiteral("web:2"), QStringLiteral("kubectl-edit"))}),
                                   kT0.addSecs(60))
                    .ok());
        const ResourceKey key{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("web")};
        auto events = store.events(QStringLiteral("prod"), key);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].field, replicas);
        QCOMPARE(events[0].manager, QStringLiteral("kubectl-scale"));
        QCOMPARE(events[0].firstSeen, kT0);
        QCOMPARE(events[0].changedAt, kT0.addSecs(-120));
        QVERIFY(!events[0].resolvedAt.isValid());
        QCOMPARE(events[1].field, image);
        QCOMPARE(store.openEvents(QStringLiteral("prod")).size(), 2);

        // Replicas fixed; image still drifted.
        QVERIFY(store.recordResult(drifted(QStringLiteral("prod"), QStringLiteral("web"),
                                           {change(image, QStringLiteral("web:1"), QStringLiteral("web:2"), QStringLiteral("kubectl-edit"))}),
                                   kT0.addSecs(120))
                    .ok());
        events = store.events(QStringLiteral("prod"), key);
        QCOMPARE(events[0].resolvedAt, kT0.addSecs(120));
        QVERIFY(!events[1].resolvedAt.isValid());

        // The resource is synced again: everything resolves.
        drift::ResourceResult synced = drifted(QStringLiteral("prod"), QStringLiteral("web"), {});
        synced.state = SyncState::Synced;
        QVERIFY(store.recordResult(synced, kT0.addSecs(180)).ok());
        QCOMPARE(store.openEvents(QStringLiteral("prod")).size(), 0);
        QCOMPARE(store.events(QStringLiteral("prod"), key)[1].resolvedAt, kT0.addSecs(180));
    }

    void coreGroupResourcesAreRecorded()
    {
        // The core API group is an empty (null) QString: it must be stored and found like any other.
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))).ok());
        drift::ResourceResult r = drifted(QStringLiteral("prod"), QStringLiteral("settings"),
                                          {change(QStringLiteral("data.mode"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("kubectl-edit"))});
        r.key = ResourceKey{QString(), QStringLiteral("ConfigMap"), QStringLiteral("shop"), QStringLiteral("settings")};
        QVERIFY(r.key.group.isNull());
        const auto recorded = store.recordResult(r, kT0);
        QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.error().fullText()));
        const auto events = store.events(QStringLiteral("prod"), r.key);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].field, QStringLiteral("data.mode"));
        QCOMPARE(store.openEvents(QStringLiteral("prod")).size(), 1);
        QVERIFY(store.resolveResource(QStringLiteral("prod"), r.key, kT0.addSecs(60)).ok());
        QCOMPARE(store.openEvents(QStringLiteral("prod")).size(), 0);
    }

    void concurrentWritersWait()
    {
        // Two connections (the recorder and a second Driftdeck, or the window's pruning reader)
        // writing at once: each waits for the other instead of losing records to "database is
        // locked".
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        constexpr int kPerWriter = 150;
        std::atomic<int> failures{0};
        QString firstFailure;
        std::mutex failureMutex;
        const auto writer = [&](const QString &cluster) {
            HistoryStore store;
            if (!store.open(path).ok()) {
                ++failures;
                return;
            }
            for (int i = 0; i < kPerWriter; ++i) {
                const QString name = QStringLiteral("web-%1").arg(i);
                auto r = store.recordResult(drifted(cluster, name,
                                                    {change(QStringLiteral("spec.replicas"), QStringLiteral("2"), QString::number(i),
                                                            QStringLiteral("kubectl-scale"))}),
                                            kT0.addSecs(i));
                if (!r.ok()) {
                    std::lock_guard lock(failureMutex);
                    if (failures++ == 0)
                        firstFailure = r.error().fullText();
                }
            }
        };
        {
            HistoryStore create; // schema once, before the race
            QVERIFY(create.open(path).ok());
        }
        std::thread a(writer, QStringLiteral("a"));
        std::thread b(writer, QStringLiteral("b"));
        a.join();
        b.join();
        QVERIFY2(failures == 0, qPrintable(firstFailure));
        HistoryStore check;
        QVERIFY(check.open(path).ok());
        QCOMPARE(check.openEvents(QStringLiteral("a")).size(), kPerWriter);
        QCOMPARE(check.openEvents(QStringLiteral("b")).size(), kPerWriter);
    }

    void survivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            HistoryStore store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.recordSample(QStringLiteral("staging"), counts(4, 1, 0), kT0).ok());
            QVERIFY(store.recordResult(drifted(QStringLiteral("staging"), QStringLiteral("api"),
                                               {change(QStringLiteral("spec.replicas"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("hpa"))}),
                                       kT0)
                        .ok());
        }
        HistoryStore again;
        QVERIFY(again.open(path).ok());
        QVERIFY(again.warning().isEmpty());
        QCOMPARE(again.samples(QStringLiteral("staging"), kT0.addDays(-1), kT0.addDays(1)).size(), 1);
        QCOMPARE(again.openEvents(QStringLiteral("staging")).size(), 1);
    }

    void pruneRemovesOldRows()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))).ok());
        QVERIFY(store.recordSample(QStringLiteral("prod"), counts(1, 0, 0), kT0.addDays(-40)).ok());
        QVERIFY(store.recordSample(QStringLiteral("prod"), counts(2, 0, 0), kT0.addDays(-10)).ok());
        // A resolved old event goes; an open old event stays (it still describes live drift).
        QVERIFY(store.recordResult(drifted(QStringLiteral("prod"), QStringLiteral("old"),
                                           {change(QStringLiteral("spec.replicas"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("x"))}),
                                   kT0.addDays(-50))
                    .ok());
        QVERIFY(store.resolveResource(QStringLiteral("prod"),
                                      ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("old")},
                                      kT0.addDays(-45))
                    .ok());
        QVERIFY(store.recordResult(drifted(QStringLiteral("prod"), QStringLiteral("open"),
                                           {change(QStringLiteral("spec.replicas"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("x"))}),
                                   kT0.addDays(-50))
                    .ok());
        auto removed = store.prune(HistoryStore::kDefaultRetentionDays, kT0);
        QVERIFY(removed.ok());
        QCOMPARE(*removed, 2);
        const auto left = store.samples(QStringLiteral("prod"), kT0.addDays(-100), kT0);
        QCOMPARE(left.size(), 1);
        QCOMPARE(countOf(left[0].counts, SyncState::Synced), 2);
        QCOMPARE(store.openEvents(QStringLiteral("prod")).size(), 1);
    }

    void corruptFileIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x')); // not a database
        }
        HistoryStore store;
        QVERIFY(store.open(path).ok());
        QVERIFY(store.warning().contains(QStringLiteral("moved to")));
        QVERIFY(store.recordSample(QStringLiteral("prod"), counts(1, 0, 0), kT0).ok());
        QCOMPARE(store.samples(QStringLiteral("prod"), kT0.addDays(-1), kT0.addDays(1)).size(), 1);
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("h.sqlite.broken-*")});
        QCOMPARE(aside.size(), 1);
        QFile old(dir.filePath(aside.first()));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray(8192, 'x')); // the damaged file is kept, untouched
    }

    void lockedFileIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            HistoryStore first;
            QVERIFY(first.open(path).ok());
        }
        // Another program holds an exclusive lock and never lets go.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("CREATE TABLE hold (x)")));

        HistoryStore store;
        QVERIFY(store.open(path).ok());
        QVERIFY(!store.warning().isEmpty());
        QVERIFY(store.recordSample(QStringLiteral("prod"), counts(3, 0, 0), kT0).ok());
        QCOMPARE(store.samples(QStringLiteral("prod"), kT0.addDays(-1), kT0.addDays(1)).size(), 1);

        lock.exec(QStringLiteral("ROLLBACK"));
        lock.finish();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
