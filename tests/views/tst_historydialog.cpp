// SPDX-License-Identifier: GPL-3.0-or-later
// A resource's drift history as the main window shows it, read back from a real history database.
#include "core/history/historystore.h"
#include "views/historydialog.h"
#include "views/translations.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;

class TestHistoryDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { views::installTranslations(QStringLiteral("en")); }

    void showsEveryEventNewestFirst()
    {
        QTemporaryDir dir;
        history::HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))).ok());
        const QDateTime t0(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
        drift::ResourceResult r;
        r.cluster = QStringLiteral("prod");
        r.key = ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("web")};
        r.state = SyncState::Drifted;
        drift::FieldChange replicas;
        replicas.field = QStringLiteral("spec.replicas");
        replicas.gitValue = QStringLiteral("2");
        replicas.liveValue = QStringLiteral("5");
        replicas.manager = QStringLiteral("kubectl-scale");
        r.changes = {replicas};
        QVERIFY(store.recordResult(r, t0).ok());
        drift::FieldChange image;
        image.field = QStringLiteral("spec.template.spec.containers[name=web].image");
        image.gitValue = QStringLiteral("web:1");
        image.liveValue = QStringLiteral("web:2");
        r.changes = {image}; // replicas fixed, image drifted
        QVERIFY(store.recordResult(r, t0.addSecs(600)).ok());

        views::HistoryDialog dialog(r.key.displayName(), store.events(r.cluster, r.key));
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Drift History of Deployment/shop/web"));
        QCOMPARE(dialog.rowCount(), 2);
        QCOMPARE(dialog.cellText(0, 0), image.field); // newest first
        QCOMPARE(dialog.cellText(0, 3), QStringLiteral("unknown")); // no manager known
        QCOMPARE(dialog.cellText(0, 5), QStringLiteral("still drifted"));
        QCOMPARE(dialog.cellText(1, 0), QStringLiteral("spec.replicas"));
        QCOMPARE(dialog.cellText(1, 1), QStringLiteral("2"));
        QCOMPARE(dialog.cellText(1, 2), QStringLiteral("5"));
        QCOMPARE(dialog.cellText(1, 3), QStringLiteral("kubectl-scale"));
        QVERIFY(!dialog.cellText(1, 5).isEmpty());
        QVERIFY(dialog.cellText(1, 5) != QStringLiteral("still drifted")); // resolved at t0 + 10 min
    }

    void saysWhenNothingWasRecorded()
    {
        views::HistoryDialog dialog(QStringLiteral("ConfigMap/shop/settings"), {});
        dialog.show();
        QCOMPARE(dialog.rowCount(), 0);
        auto labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->isVisible() && l->text() == QStringLiteral("No drift has been recorded for this resource.");
        }));
    }
};

QTEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"
