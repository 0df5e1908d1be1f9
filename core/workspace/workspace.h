// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/workspace/sourcespec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace driftdeck::workspace {

// A cluster as the workspace names it: a kubeconfig context and the sources it runs.
struct ClusterSpec
{
    QString name;
    QString context;    // kubeconfig context
    QString kubeconfig; // optional file; empty: the usual KUBECONFIG / ~/.kube/config
    QStringList sources; // source names; empty: discover sources from the cluster
    bool operator==(const ClusterSpec &) const = default;
};

// Which cluster goes with which sources. Read from and written to the workspace file
// (docs/workspace.md); without a file, sources come from SourceDiscovery.
struct Workspace
{
    QList<ClusterSpec> clusters;
    QList<SourceSpec> sources;

    const SourceSpec *source(const QString &name) const;
    const ClusterSpec *cluster(const QString &name) const;
    // The sources a cluster lists (in its order); empty when the cluster relies on discovery.
    QList<SourceSpec> sourcesFor(const QString &clusterName) const;

    // Reads a workspace file. Relative local repository paths and kubeconfig paths resolve
    // against baseDir (the file's folder); "~/" against the home folder. Every problem is
    // reported with the file name and, where known, the line.
    static Result<Workspace> parse(const QByteArray &yaml, const QString &fileName, const QString &baseDir);
    static Result<Workspace> load(const QString &filePath);
    // The file text for this workspace (round-trips through parse()).
    QByteArray toYaml() const;
    Result<void> save(const QString &filePath) const;
};

} // namespace driftdeck::workspace
