// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/engine/pullrequestflow.h"
#include "core/engine/sourcespec.h"

#include <QList>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace driftdeck::app {

// `driftdeck --demo`: the whole product without a cluster. Starts one kube-sim per cluster
// (dev, staging, prod) as child processes on free loopback ports, creates a local Git
// repository from the sample platform embedded at :/demo, seeds each cluster from it as Flux
// would, applies a different drift to each, and lets kube-sim's churn make new drift every few
// seconds. Children are stopped when the app exits, and die with it when it is killed.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        double churnPerSecond = 0.2; // new drift every ~5 s per cluster
        QStringList clusters{QStringLiteral("dev"), QStringLiteral("staging"), QStringLiteral("prod")};
        int startTimeoutMs = 30000;
    };

    explicit DemoEnvironment(Options options, QObject *parent = nullptr);
    explicit DemoEnvironment(QObject *parent = nullptr) : DemoEnvironment(Options{}, parent) {}
    ~DemoEnvironment() override;

    // Blocks until every cluster answers (seconds). An error says what could not start.
    Result<void> start();
    void stop();

    QString workDir() const { return m_dir.path(); }
    QString repositoryPath() const { return m_repo; }
    QString headCommit() const { return m_head; }
    QStringList contexts() const { return m_options.clusters; }
    // The kubeconfig files of the clusters, for KUBECONFIG (one context each).
    QStringList kubeconfigFiles() const;
    QList<engine::SourceSpec> sources() const;
    QList<qint64> childPids() const;
    // Pull requests of the demo go to forge-sim, which serves a copy of the repository.
    engine::PullRequestTarget pullRequestTarget() const { return m_forgeTarget; }
    QString forgeUrl() const { return m_forgeUrl; }

    // Where kube-sim and forge-sim are: beside the program, the build tree, or the install.
    static QString findHelper(const QString &name);

private:
    Result<void> extractPlatform();
    Result<void> createRepository();
    Result<void> startCluster(const QString &name, int index);
    Result<void> applyDrift(const QString &name);
    Result<void> startForge();

    Options m_options;
    QTemporaryDir m_dir;
    QString m_repo;
    QString m_head;
    struct Cluster
    {
        QString name;
        QString kubeconfig;
        QProcess *process = nullptr;
    };
    QList<Cluster> m_clusters;
    QProcess *m_forge = nullptr;
    QString m_forgeUrl;
    engine::PullRequestTarget m_forgeTarget;
};

} // namespace driftdeck::app
