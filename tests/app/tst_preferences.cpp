// SPDX-License-Identifier: GPL-3.0-or-later
// The preferences the engine reads: ignored fields and exact mode, from the dialog through
// QSettings to the engine's comparison options.
#include "app/appcontroller.h"
#include "views/preferencesdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace driftdeck;

class TestPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DriftdeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    }

    void init() { QSettings().clear(); }

    void dialogRefusesUnreadableFieldsAndSavesGoodOnes()
    {
        views::PreferencesDialog dialog;
        auto *ignore = dialog.findChild<QPlainTextEdit *>(QStringLiteral("ignoreFields"));
        auto *exact = dialog.findChild<QCheckBox *>(QStringLiteral("exactMode"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("ignoreError"));
        QVERIFY(ignore && exact && error);
        QVERIFY(!exact->isChecked());
        dialog.show();

        ignore->setPlainText(QStringLiteral("spec.replicas\nspec.template.spec.containers[name=istio-proxy\n"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QVERIFY(dialog.isVisible());
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("istio-proxy")), qPrintable(error->text()));

        ignore->setPlainText(QStringLiteral("spec.replicas\n\n/metadata/annotations/example.com~1note\n"));
        exact->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        dialog.save();
        QCOMPARE(QSettings().value(QLatin1String(views::PreferencesDialog::kIgnoreRules)).toStringList(),
                 (QStringList{QStringLiteral("spec.replicas"), QStringLiteral("/metadata/annotations/example.com~1note")}));
        QCOMPARE(QSettings().value(QLatin1String(views::PreferencesDialog::kExactMode)).toBool(), true);
    }

    void settingsBecomeCompareOptions()
    {
        QString error;
        QVERIFY(app::AppController::compareOptionsFromSettings(&error).ignoreRules.isEmpty()); // nothing set: no rule at all
        QVERIFY(error.isEmpty());
        QVERIFY(!app::AppController::exactFromSettings());

        QSettings().setValue(QLatin1String(views::PreferencesDialog::kIgnoreRules),
                             QStringList{QStringLiteral("spec.replicas"), QStringLiteral("/metadata/annotations/example.com~1note"),
                                         QStringLiteral("spec.[")});
        QSettings().setValue(QLatin1String(views::PreferencesDialog::kExactMode), true);
        const drift::CompareOptions options = app::AppController::compareOptionsFromSettings(&error);
        QCOMPARE(options.ignoreRules.size(), 1);
        const drift::IgnoreRule &rule = options.ignoreRules.first();
        QVERIFY(!rule.ignoresWholeResource());
        QVERIFY(rule.appliesTo(ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("web")}));
        QCOMPARE(rule.paths.size(), 2); // the unreadable line is reported, the others apply
        QCOMPARE(rule.paths[0].toString(), QStringLiteral("spec.replicas"));
        QCOMPARE(rule.paths[1].toPointer(), QStringLiteral("/metadata/annotations/example.com~1note"));
        QVERIFY2(error.contains(QStringLiteral("spec.[")), qPrintable(error));
        QVERIFY(app::AppController::exactFromSettings());
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
