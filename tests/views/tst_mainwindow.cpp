// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/statestyle.h"
#include "views/emptystatewidget.h"
#include "views/mainwindow.h"
#include "views/translations.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::views;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DriftdeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        installTranslations(QStringLiteral("en"));
    }

    void opensWithEmptyState()
    {
        MainWindow window;
        QSignalSpy ready(&window, &MainWindow::contentReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isContentReady());
        QCOMPARE(ready.count(), 1);

        auto empty = window.findChild<EmptyStateWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No cluster connected yet"));
        auto body = window.findChild<QLabel *>(QStringLiteral("emptyStateBody"));
        QVERIFY(body->text().contains(QStringLiteral("Connect a cluster")));
        auto connectButton = window.findChild<QPushButton *>(QStringLiteral("connectClusterButton"));
        QVERIFY(connectButton && connectButton->isVisible());
        auto repoButton = window.findChild<QPushButton *>(QStringLiteral("addRepositoryButton"));
        QVERIFY(repoButton && repoButton->isVisible());
        auto status = window.findChild<QLabel *>(QStringLiteral("statusText"));
        QCOMPARE(status->text(), QStringLiteral("No clusters connected"));
    }

    void buttonsEmitRequests()
    {
        MainWindow window;
        window.show();
        QSignalSpy connectSpy(&window, &MainWindow::connectClusterRequested);
        QSignalSpy repoSpy(&window, &MainWindow::addRepositoryRequested);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("connectClusterButton")), Qt::LeftButton);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("addRepositoryButton")), Qt::LeftButton);
        QCOMPARE(connectSpy.count(), 1);
        QCOMPARE(repoSpy.count(), 1);
    }

    void kubeconfigHintShown()
    {
        MainWindow window;
        window.show();
        auto hint = window.findChild<QLabel *>(QStringLiteral("emptyStateHint"));
        QVERIFY(!hint->isVisible());
        window.setKubeconfigHint(QStringLiteral("No kubeconfig found"));
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("No kubeconfig found"));
    }

    void germanTranslationChangesVisibleText()
    {
        MainWindow window;
        window.show();
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        // LanguageChange reaches the window through the event loop.
        QTRY_COMPARE(window.emptyState()->title(), QStringLiteral("Noch kein Cluster verbunden"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusText"))->text(),
                 QStringLiteral("Keine Cluster verbunden"));
        QCOMPARE(models::StateStyle::label(SyncState::Drifted), QStringLiteral("Abgewichen"));
        QCOMPARE(installTranslations(QStringLiteral("ja")), QStringLiteral("ja"));
        QTRY_COMPARE(window.emptyState()->title(), QStringLiteral("まだクラスターが接続されていません"));
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(window.emptyState()->title(), QStringLiteral("No cluster connected yet"));
    }

    void stateIconsExistForEveryState()
    {
        for (SyncState s : kAllSyncStates) {
            const QIcon icon = models::StateStyle::icon(s);
            QVERIFY2(!icon.isNull(), qPrintable(models::StateStyle::iconPath(s)));
            QVERIFY(!icon.pixmap(16, 16).isNull());
        }
        // Each state has its own shape, not only its own colour.
        QSet<QString> paths;
        for (SyncState s : kAllSyncStates)
            paths.insert(models::StateStyle::iconPath(s));
        QCOMPARE(paths.size(), int(kAllSyncStates.size()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
