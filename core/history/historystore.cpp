// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/historystore.h"

#include "core/common/logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace driftdeck::history {

namespace {

// A null QString binds as SQL NULL: the core API group ("") would then break NOT NULL columns
// and never match in WHERE clauses. Text columns always get a non-null string.
QVariant bindText(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QAtomicInteger<int> s_connectionCounter;

constexpr const char *kStateColumns[] = {"synced", "ignored", "unknown", "extra", "missing", "drifted"};
static_assert(std::size(kStateColumns) == 6, "one column per SyncState, in enum order");

qint64 toEpoch(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toSecsSinceEpoch() : 0;
}

QDateTime fromEpoch(const QVariant &v)
{
    if (v.isNull() || v.toLongLong() == 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error(QCoreApplication::translate("HistoryStore", "The drift history could not be saved (%1).").arg(what),
                 e.text());
}

// Runs a statement that must succeed during schema creation and checks.
bool execOk(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

HistoryStore::HistoryStore()
    : m_connection(QStringLiteral("driftdeck-history-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

HistoryStore::~HistoryStore()
{
    close();
}

void HistoryStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

Result<void> HistoryStore::open(const QString &path)
{
    m_path = path;
    m_warning.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto first = openDatabase(path);
    if (first.ok())
        return first;

    // Damaged or held by someone else: keep the old file for inspection and start afresh.
    close();
    const QString aside = path + u".broken-" + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    bool moved = QFile::rename(path, aside);
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = path + QLatin1StringView(suffix);
        if (QFile::exists(side))
            QFile::rename(side, aside + QLatin1StringView(suffix));
    }
    if (!moved && QFile::exists(path))
        return Error(QCoreApplication::translate("HistoryStore", "The drift history database %1 is damaged and could not be moved aside.").arg(path),
                     first.error().cause);
    m_warning = QCoreApplication::translate("HistoryStore", "The drift history database was damaged or locked (%1); it was moved to %2 and a new one was started.")
                    .arg(first.error().cause, aside);
    qCWarning(lcHistory) << "history database moved aside:" << first.error().cause;
    auto second = openDatabase(path);
    return second;
}

Result<void> HistoryStore::openDatabase(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1500"));
    if (!db.open())
        return Error(QCoreApplication::translate("HistoryStore", "The drift history database could not be opened."), db.lastError().text());
    QString error;
    // A file that is not SQLite fails here; a damaged one fails the integrity check.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() || check.value(0).toString() != u"ok") {
        const QString cause = check.lastError().isValid() ? check.lastError().text() : check.value(0).toString();
        return Error(QCoreApplication::translate("HistoryStore", "The drift history database is damaged."), cause);
    }
    check.finish();
    // Someone else holding a write lock for longer than the busy timeout counts as locked.
    if (!execOk(db, QStringLiteral("BEGIN IMMEDIATE"), &error))
        return Error(QCoreApplication::translate("HistoryStore", "The drift history database is locked by another program."), error);
    execOk(db, QStringLiteral("COMMIT"), &error);
    execOk(db, QStringLiteral("PRAGMA journal_mode=WAL"), &error);
    execOk(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &error);
    return createSchema();
}

Result<void> HistoryStore::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString error;
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS samples ("
                       " cluster TEXT NOT NULL, ts INTEGER NOT NULL,"
                       " synced INTEGER NOT NULL, ignored INTEGER NOT NULL, unknown INTEGER NOT NULL,"
                       " extra INTEGER NOT NULL, missing INTEGER NOT NULL, drifted INTEGER NOT NULL,"
                       " PRIMARY KEY (cluster, ts))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS events ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " cluster TEXT NOT NULL, grp TEXT NOT NULL, kind TEXT NOT NULL, ns TEXT NOT NULL, name TEXT NOT NULL,"
                       " field TEXT NOT NULL, manager TEXT, operation TEXT, git_value TEXT, live_value TEXT,"
                       " first_seen INTEGER NOT NULL, changed_at INTEGER, resolved_at INTEGER)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS events_resource ON events (cluster, grp, kind, ns, name)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS events_open ON events (cluster) WHERE resolved_at IS NULL"),
        QStringLiteral("PRAGMA user_version=1"),
    };
    for (const QString &sql : statements) {
        if (!execOk(db, sql, &error))
            return Error(QCoreApplication::translate("HistoryStore", "The drift history database could not be prepared."), error);
    }
    return success();
}

Result<void> HistoryStore::recordSample(const QString &cluster, const StateCounts &counts, const QDateTime &time)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO samples (cluster, ts, synced, ignored, unknown, extra, missing, drifted)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(bindText(cluster));
    q.addBindValue(toEpoch(time) / 60 * 60);
    for (int c : counts)
        q.addBindValue(c);
    if (!q.exec())
        return sqlError(QStringLiteral("sample"), q.lastError());
    return success();
}

Result<void> HistoryStore::recordResult(const drift::ResourceResult &result, const QDateTime &now)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // IMMEDIATE takes the write lock first, waiting up to the busy timeout for another writer
    // (the window's reader prunes, a second Driftdeck records). A deferred transaction would
    // read first and then fail at once with "database is locked" when its snapshot went stale
    // before its first write: SQLite cannot wait in that case.
    if (QSqlQuery begin(db); !begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(QStringLiteral("begin"), begin.lastError());
    // Open events of this resource, by field.
    QHash<QString, qint64> open;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, field, live_value FROM events WHERE cluster=? AND grp=? AND kind=? AND ns=? AND name=?"
                                 " AND resolved_at IS NULL"));
        for (const QString &v : {result.cluster, result.key.group, result.key.kind, result.key.ns, result.key.name})
            q.addBindValue(bindText(v));
        if (!q.exec()) {
            db.rollback();
            return sqlError(QStringLiteral("events"), q.lastError());
        }
        while (q.next())
            open.insert(q.value(1).toString() + u'\x1f' + q.value(2).toString(), q.value(0).toLongLong());
    }

    QSet<qint64> stillOpen;
    if (result.state == SyncState::Drifted) {
        for (const drift::FieldChange &c : result.changes) {
            // A changed live value is a new event: the old one is resolved below.
            const QString id = c.field + u'\x1f' + c.liveValue;
            if (auto it = open.constFind(id); it != open.constEnd()) {
                stillOpen.insert(*it);
                continue;
            }
            QSqlQuery ins(db);
            ins.prepare(QStringLiteral("INSERT INTO events (cluster, grp, kind, ns, name, field, manager, operation, git_value,"
                                       " live_value, first_seen, changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
            for (const QString &v : {result.cluster, result.key.group, result.key.kind, result.key.ns, result.key.name, c.field,
                                     c.manager, c.operation, c.gitValue, c.liveValue})
                ins.addBindValue(bindText(v));
            ins.addBindValue(toEpoch(now));
            ins.addBindValue(c.time.isValid() ? QVariant(toEpoch(c.time)) : QVariant());
            if (!ins.exec()) {
                db.rollback();
                return sqlError(QStringLiteral("insert"), ins.lastError());
            }
        }
    }
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        if (stillOpen.contains(it.value()))
            continue;
        QSqlQuery upd(db);
        upd.prepare(QStringLiteral("UPDATE events SET resolved_at=? WHERE id=?"));
        upd.addBindValue(toEpoch(now));
        upd.addBindValue(it.value());
        if (!upd.exec()) {
            db.rollback();
            return sqlError(QStringLiteral("resolve"), upd.lastError());
        }
    }
    if (!db.commit())
        return sqlError(QStringLiteral("commit"), db.lastError());
    return success();
}

Result<void> HistoryStore::resolveResource(const QString &cluster, const ResourceKey &key, const QDateTime &now)
{
    drift::ResourceResult gone;
    gone.cluster = cluster;
    gone.key = key;
    gone.state = SyncState::Synced;
    return recordResult(gone, now);
}

QList<Sample> HistoryStore::samples(const QString &cluster, const QDateTime &from, const QDateTime &to) const
{
    QList<Sample> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT ts, synced, ignored, unknown, extra, missing, drifted FROM samples"
                             " WHERE cluster=? AND ts>=? AND ts<=? ORDER BY ts"));
    q.addBindValue(bindText(cluster));
    q.addBindValue(toEpoch(from));
    q.addBindValue(toEpoch(to));
    if (!q.exec())
        return out;
    while (q.next()) {
        Sample s;
        s.cluster = cluster;
        s.time = fromEpoch(q.value(0));
        for (size_t i = 0; i < s.counts.size(); ++i)
            s.counts[i] = q.value(int(i) + 1).toInt();
        out.append(s);
    }
    return out;
}

namespace {
QList<DriftEvent> readEvents(QSqlQuery &q)
{
    QList<DriftEvent> out;
    while (q.next()) {
        DriftEvent e;
        e.id = q.value(0).toLongLong();
        e.cluster = q.value(1).toString();
        e.key = ResourceKey{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        e.field = q.value(6).toString();
        e.manager = q.value(7).toString();
        e.operation = q.value(8).toString();
        e.gitValue = q.value(9).toString();
        e.liveValue = q.value(10).toString();
        e.firstSeen = fromEpoch(q.value(11));
        e.changedAt = fromEpoch(q.value(12));
        e.resolvedAt = fromEpoch(q.value(13));
        out.append(e);
    }
    return out;
}
constexpr auto kEventColumns = "SELECT id, cluster, grp, kind, ns, name, field, manager, operation, git_value, live_value,"
                               " first_seen, changed_at, resolved_at FROM events ";
} // namespace

QList<DriftEvent> HistoryStore::events(const QString &cluster, const ResourceKey &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QLatin1StringView(kEventColumns)
              + u"WHERE cluster=? AND grp=? AND kind=? AND ns=? AND name=? ORDER BY first_seen, id");
    for (const QString &v : {cluster, key.group, key.kind, key.ns, key.name})
        q.addBindValue(bindText(v));
    if (!q.exec())
        return {};
    return readEvents(q);
}

QList<DriftEvent> HistoryStore::openEvents(const QString &cluster) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QLatin1StringView(kEventColumns) + u"WHERE cluster=? AND resolved_at IS NULL ORDER BY first_seen DESC, id");
    q.addBindValue(bindText(cluster));
    if (!q.exec())
        return {};
    return readEvents(q);
}

QStringList HistoryStore::clusters() const
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT cluster FROM samples UNION SELECT cluster FROM events ORDER BY 1"))) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

Result<int> HistoryStore::prune(int retentionDays, const QDateTime &now)
{
    const qint64 cutoff = toEpoch(now) - qint64(retentionDays) * 86400;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    int removed = 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM samples WHERE ts < ?"));
    q.addBindValue(cutoff);
    if (!q.exec())
        return sqlError(QStringLiteral("prune"), q.lastError());
    removed += q.numRowsAffected();
    QSqlQuery e(db);
    e.prepare(QStringLiteral("DELETE FROM events WHERE resolved_at IS NOT NULL AND resolved_at < ?"));
    e.addBindValue(cutoff);
    if (!e.exec())
        return sqlError(QStringLiteral("prune"), e.lastError());
    removed += e.numRowsAffected();
    return removed;
}

} // namespace driftdeck::history
