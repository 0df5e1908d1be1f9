// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/driftreport.h"
#include "models/fieldchangemodel.h"
#include "scenario.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::models;

class TestDriftReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void json()
    {
        const auto mixed = testscenario::mixed();
        const QDateTime when(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        const QJsonDocument doc = QJsonDocument::fromJson(DriftReport::toJson({mixed[0], mixed[2]}, when));
        QCOMPARE(doc.object().value(QStringLiteral("generated")).toString(), QStringLiteral("2026-11-27T10:00:00Z"));
        const QJsonArray resources = doc.object().value(QStringLiteral("resources")).toArray();
        QCOMPARE(resources.size(), 2);
        const QJsonObject web = resources[0].toObject();
        QCOMPARE(web.value(QStringLiteral("cluster")).toString(), QStringLiteral("prod"));
        QCOMPARE(web.value(QStringLiteral("state")).toString(), QStringLiteral("Drifted"));
        const QJsonObject change = web.value(QStringLiteral("changes")).toArray().at(0).toObject();
        QCOMPARE(change.value(QStringLiteral("field")).toString(), QStringLiteral("spec.replicas"));
        QCOMPARE(change.value(QStringLiteral("live")).toString(), QStringLiteral("5"));
        QCOMPARE(change.value(QStringLiteral("manager")).toString(), QStringLiteral("kubectl-scale"));
        QCOMPARE(resources[1].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("Missing"));
    }

    void htmlEscapesAndListsFields()
    {
        auto web = testscenario::mixed()[0];
        web.changes[0].liveValue = QStringLiteral("<script>");
        const QString html = DriftReport::toHtml({web}, QDateTime::currentDateTimeUtc());
        QVERIFY(html.contains(QStringLiteral("<h2>Deployment/shop/web</h2>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("<code>spec.replicas</code>")));
        QVERIFY(html.contains(QStringLiteral("kubectl-scale")));
    }

    void patch()
    {
        using K = drift::DiffRow::Kind;
        drift::SideBySide d;
        d.leftText = QStringLiteral("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n");
        d.rightText = QStringLiteral("a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\n");
        for (int i = 0; i < 10; ++i)
            d.rows << drift::DiffRow{i, i, i == 3 ? K::Changed : K::Same};
        d.rows << drift::DiffRow{-1, 10, K::Added};
        const QString expected = QStringLiteral("--- a/apps/x.yaml\n+++ b/apps/x.yaml\n"
                                                "@@ -1,10 +1,11 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n h\n i\n j\n+k\n");
        QCOMPARE(DriftReport::toPatch(d, QStringLiteral("apps/x.yaml")), expected);
        // Far apart changes make two hunks.
        d.rows.removeLast();
        d.rows[9].kind = K::Changed;
        d.rightText = QStringLiteral("a\nb\nc\nD\ne\nf\ng\nh\ni\nJ\n");
        d.rows.prepend(drift::DiffRow{});
        d.rows.removeFirst();
        const QString two = DriftReport::toPatch(d, QStringLiteral("x"), 1);
        QCOMPARE(two, QStringLiteral("--- a/x\n+++ b/x\n@@ -3,3 +3,3 @@\n c\n-d\n+D\n e\n@@ -9,2 +9,2 @@\n i\n-j\n+J\n"));
    }

    void fieldListModel()
    {
        FieldChangeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto web = testscenario::mixed()[0];
        drift::FieldChange added;
        added.field = QStringLiteral("metadata.labels.debug");
        added.op = drift::FieldChange::Op::Add;
        added.liveValue = QStringLiteral("true");
        web.changes << added;
        model.setChanges(web.changes);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FieldChangeModel::FieldColumn).data().toString(), QStringLiteral("spec.replicas"));
        QCOMPARE(model.index(0, FieldChangeModel::GitColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(0, FieldChangeModel::LiveColumn).data().toString(), QStringLiteral("5"));
        QCOMPARE(model.index(0, FieldChangeModel::ManagerColumn).data().toString(), QStringLiteral("kubectl-scale"));
        // Short in the cell (rules in tst_mainwindow), the full local timestamp in the tooltip.
        const QDateTime local = web.changes[0].time.toLocalTime();
        const QString when = model.index(0, FieldChangeModel::TimeColumn).data().toString();
        QVERIFY2(when == local.toString(QStringLiteral("HH:mm")) || when == QLocale().toString(local.date(), QStringLiteral("MMM d"))
                     || when == local.toString(QStringLiteral("yyyy-MM-dd")),
                 qPrintable(when));
        QVERIFY(model.index(0, FieldChangeModel::TimeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        QCOMPARE(model.index(1, FieldChangeModel::GitColumn).data().toString(), QStringLiteral("(not set)"));
        model.setChanges({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDriftReport)
#include "tst_driftreport.moc"
