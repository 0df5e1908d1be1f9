// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/pullrequestdialog.h"
#include "views/translations.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace driftdeck;

namespace {

engine::PullRequestPlan plan()
{
    engine::PullRequestPlan p;
    p.cluster = QStringLiteral("prod");
    p.sourceId = QStringLiteral("flux-system/apps");
    p.repo = QStringLiteral("https://git.example/acme/platform.git");
    p.baseBranch = QStringLiteral("main");
    drift::ResourceResult r;
    r.cluster = p.cluster;
    r.key = ResourceKey{QStringLiteral("apps"), QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("web")};
    r.state = SyncState::Drifted;
    p.results = {r};
    resolve::FileEdit e;
    e.path = QStringLiteral("apps/web.yaml");
    e.before = "spec:\n  replicas: 2 # HPA off\n";
    e.after = "spec:\n  replicas: 5 # HPA off\n";
    p.edits = {e};
    p.refusals = {QStringLiteral("Secret/shop/db: Driftdeck never writes Secret values to Git")};
    p.title = QStringLiteral("Resolve drift in prod: Deployment/shop/web");
    p.body = QStringLiteral("spec.replicas: 2 -> 5, changed by kubectl-scale");
    return p;
}

} // namespace

class TestPullRequestDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { views::installTranslations(QStringLiteral("en")); }

    void showsTheExactEditAndRefusals()
    {
        views::PullRequestDialog dialog(plan());
        dialog.show();
        QVERIFY(dialog.diffText().contains(QStringLiteral("-  replicas: 2 # HPA off")));
        QVERIFY(dialog.diffText().contains(QStringLiteral("+  replicas: 5 # HPA off")));
        QVERIFY(dialog.diffText().contains(QStringLiteral("apps/web.yaml")));
        auto refusals = dialog.findChild<QLabel *>(QStringLiteral("refusals"));
        QVERIFY(refusals->isVisible());
        QVERIFY(refusals->text().contains(QStringLiteral("Secret/shop/db")));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("prTitle"))->text(), plan().title);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("prBase"))->text(), QStringLiteral("main"));
    }

    void createEmitsTheEditedRequestAndShowsTheLink()
    {
        views::PullRequestDialog dialog(plan());
        dialog.show();
        QSignalSpy spy(&dialog, &views::PullRequestDialog::createRequested);
        dialog.findChild<QLineEdit *>(QStringLiteral("prTitle"))->setText(QStringLiteral("Keep five replicas"));
        dialog.findChild<QLineEdit *>(QStringLiteral("prBase"))->setText(QStringLiteral("release"));
        dialog.findChild<QCheckBox *>(QStringLiteral("prDraft"))->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("prCreate")), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const auto sentPlan = spy.at(0).at(0).value<engine::PullRequestPlan>();
        const auto target = spy.at(0).at(1).value<engine::PullRequestTarget>();
        QCOMPARE(sentPlan.title, QStringLiteral("Keep five replicas"));
        QCOMPARE(target.baseBranch, QStringLiteral("release"));
        QVERIFY(target.draft);
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("prCreate"))->isEnabled());

        dialog.setStep(engine::PullRequestStep::Pushing);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("prStep"))->text(), QStringLiteral("Pushing the branch…"));
        forge::PullRequest pr;
        pr.url = QStringLiteral("https://git.example/acme/platform/pull/7");
        pr.number = 7;
        dialog.setResult(pr);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.resultText().contains(QStringLiteral("href=\"https://git.example/acme/platform/pull/7\"")));
        QVERIFY(dialog.resultText().startsWith(QStringLiteral("Pull request opened")));
        if (const QByteArray dir = qgetenv("DRIFTDECK_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(QString::fromUtf8(dir) + u"/pull-request-dialog.png"));
    }

    void existingPullRequestAndErrorsInPlainWords()
    {
        views::PullRequestDialog dialog(plan());
        dialog.show();
        forge::PullRequest pr;
        pr.url = QStringLiteral("https://git.example/acme/platform/pull/3");
        pr.existing = true;
        dialog.setResult(pr);
        QVERIFY(dialog.resultText().startsWith(QStringLiteral("This drift already has an open pull request")));

        views::PullRequestDialog failing(plan());
        failing.show();
        failing.setError(QStringLiteral("Authentication failed: the forge refused the token."), QStringLiteral("HTTP 401"));
        QCOMPARE(failing.errorText(), QStringLiteral("Authentication failed: the forge refused the token."));
        QVERIFY(failing.findChild<QPushButton *>(QStringLiteral("prCreate"))->isEnabled()); // can retry

        failing.findChild<QLineEdit *>(QStringLiteral("prTitle"))->clear();
        QSignalSpy spy(&failing, &views::PullRequestDialog::createRequested);
        QTest::mouseClick(failing.findChild<QPushButton *>(QStringLiteral("prCreate")), Qt::LeftButton);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(failing.errorText(), QStringLiteral("The pull request needs a title."));
    }

    void emptyPlanCannotBeCreated()
    {
        engine::PullRequestPlan p = plan();
        p.edits.clear();
        views::PullRequestDialog dialog(p);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("prCreate"))->isEnabled());
        QCOMPARE(dialog.diffText(), QStringLiteral("Nothing in this selection can be changed in Git."));
    }
};

QTEST_MAIN(TestPullRequestDialog)
#include "tst_pullrequestdialog.moc"
