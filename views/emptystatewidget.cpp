// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/emptystatewidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace driftdeck::views {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto logo = new QSvgWidget(QStringLiteral(":/icons/driftdeck.svg"), this);
    logo->setFixedSize(96, 96);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);

    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("emptyStateBody"));
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setMaximumWidth(560);
    m_body->setTextFormat(Qt::RichText);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("emptyStateHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMaximumWidth(560);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();

    m_connect = new QPushButton(this);
    m_connect->setObjectName(QStringLiteral("connectClusterButton"));
    m_connect->setDefault(true);
    m_addRepo = new QPushButton(this);
    m_addRepo->setObjectName(QStringLiteral("addRepositoryButton"));
    m_demo = new QPushButton(this);
    m_demo->setObjectName(QStringLiteral("tryDemoButton"));
    m_demo->hide();
    connect(m_connect, &QPushButton::clicked, this, &EmptyStateWidget::connectClusterRequested);
    connect(m_addRepo, &QPushButton::clicked, this, &EmptyStateWidget::addRepositoryRequested);
    connect(m_demo, &QPushButton::clicked, this, &EmptyStateWidget::demoRequested);

    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_connect);
    buttons->addWidget(m_addRepo);
    buttons->addWidget(m_demo);
    buttons->addStretch();

    auto layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(logo, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_body, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(m_hint, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    retranslate();
}

void EmptyStateWidget::setKubeconfigHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void EmptyStateWidget::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

void EmptyStateWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EmptyStateWidget::retranslate()
{
    m_title->setText(tr("No cluster connected yet"));
    m_body->setText(tr("Driftdeck compares what your Git repositories declare with what runs in your "
                       "Kubernetes clusters, shows every drifted field and who changed it, and opens "
                       "pull requests that resolve it.<br><br>"
                       "<b>1.</b> Connect a cluster from your kubeconfig.<br>"
                       "<b>2.</b> Add the Git repository that declares it, or let Driftdeck find it "
                       "from the cluster's Flux or Argo CD objects."));
    m_connect->setText(tr("Connect a cluster…"));
    m_addRepo->setText(tr("Add repository…"));
    m_demo->setText(tr("Try the demo"));
}

} // namespace driftdeck::views
