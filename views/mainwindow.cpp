// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/mainwindow.h"

#include "views/emptystatewidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace driftdeck::views {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/driftdeck.svg")));

    m_pages = new QStackedWidget(this);
    m_emptyState = new EmptyStateWidget(m_pages);
    m_pages->addWidget(m_emptyState);
    setCentralWidget(m_pages);

    connect(m_emptyState, &EmptyStateWidget::connectClusterRequested, this, &MainWindow::connectClusterRequested);
    connect(m_emptyState, &EmptyStateWidget::addRepositoryRequested, this, &MainWindow::addRepositoryRequested);
    connect(m_emptyState, &EmptyStateWidget::demoRequested, this, &MainWindow::demoRequested);

    m_statusText = new QLabel(this);
    m_statusText->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_statusText, 1);

    createActions();
    retranslate();
    resize(1280, 800);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::setKubeconfigHint(const QString &hint)
{
    m_emptyState->setKubeconfigHint(hint);
}

void MainWindow::createActions()
{
    m_connectAction = new QAction(this);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectClusterRequested);

    m_addRepoAction = new QAction(this);
    m_addRepoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_addRepoAction, &QAction::triggered, this, &MainWindow::addRepositoryRequested);

    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setEnabled(false);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_connectAction);
    m_fileMenu->addAction(m_addRepoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    auto toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_connectAction);
    toolbar->addAction(m_addRepoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Driftdeck"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_connectAction->setText(tr("&Connect Cluster…"));
    m_connectAction->setToolTip(tr("Connect a cluster from your kubeconfig"));
    m_addRepoAction->setText(tr("&Add Repository…"));
    m_addRepoAction->setToolTip(tr("Add the Git repository that declares a cluster"));
    m_refreshAction->setText(tr("&Refresh"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Driftdeck"));
    m_statusText->setText(tr("No clusters connected"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_contentReady) {
        // The empty state is complete as soon as the first layout pass ran.
        QTimer::singleShot(0, this, &MainWindow::markContentReady);
    }
}

void MainWindow::markContentReady()
{
    if (m_contentReady)
        return;
    m_contentReady = true;
    Q_EMIT contentReady();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Driftdeck"),
                       tr("<h3>Driftdeck %1</h3><p>Exact, attributed drift between Git and your "
                          "Kubernetes clusters, with pull requests that resolve it.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace driftdeck::views
