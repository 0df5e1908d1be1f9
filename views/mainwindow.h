// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace driftdeck::views {

class EmptyStateWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    EmptyStateWidget *emptyState() const { return m_emptyState; }
    void setKubeconfigHint(const QString &hint);

    // True once the window shows what it will show for now (the empty state, or later the
    // first full comparison); --screenshot waits for this.
    bool isContentReady() const { return m_contentReady; }

Q_SIGNALS:
    void contentReady();
    void connectClusterRequested();
    void addRepositoryRequested();
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void retranslate();
    void restoreLayout();
    void markContentReady();
    void showAbout();

    QStackedWidget *m_pages = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QLabel *m_statusText = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_addRepoAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    bool m_contentReady = false;
};

} // namespace driftdeck::views
