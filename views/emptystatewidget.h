// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace driftdeck::views {

// What the window shows before any cluster or repository is connected: what Driftdeck does,
// where it looked for a kubeconfig, and the next steps as buttons.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    // Where the kubeconfig was looked for, shown so "nothing found" is explained.
    void setKubeconfigHint(const QString &hint);
    void setDemoAvailable(bool available);

    QString title() const;

Q_SIGNALS:
    void connectClusterRequested();
    void addRepositoryRequested();
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_addRepo = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace driftdeck::views
