// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/engine/checkreport.h"

#include <QCommandLineOption>
#include <QStringList>

class QCommandLineParser;

namespace driftdeck::engine {
class DriftEngine;
}

namespace driftdeck::app {

// The cluster and source options that `check` and `resolve` share.
struct HeadlessOptions
{
    QString kubeconfig;
    QStringList contexts;
    QString workspace;
    QString source;
    QString path;
    QString revision;
    QString targetNamespace;
    QString selector;
    QString renderer;
    int timeoutSeconds = 60;
};

class HeadlessOptionSet
{
public:
    explicit HeadlessOptionSet(QCommandLineParser &parser);
    bool read(const QCommandLineParser &parser, HeadlessOptions *out, QString *error) const;

private:
    QCommandLineOption m_kubeconfig;
    QCommandLineOption m_context;
    QCommandLineOption m_workspace;
    QCommandLineOption m_source;
    QCommandLineOption m_path;
    QCommandLineOption m_revision;
    QCommandLineOption m_targetNamespace;
    QCommandLineOption m_selector;
    QCommandLineOption m_renderer;
    QCommandLineOption m_timeout;
};

// Loads the kubeconfig, adds the clusters and their sources (workspace file, --source, or
// discovery from the cluster), connects and waits for the first complete list. Returns notes
// for stderr; an error means exit status 2.
Result<QStringList> prepareEngine(engine::DriftEngine &engine, const HeadlessOptions &options);

// One report per cluster, after prepareEngine(); `unreachable` tells whether any cluster was.
QList<engine::ClusterReport> collectReports(const engine::DriftEngine &engine, bool *unreachable);

void printError(const char *command, const QString &text);
void writeStdout(const QByteArray &bytes);

} // namespace driftdeck::app
