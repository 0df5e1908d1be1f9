// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"

#include <QList>
#include <QSet>
#include <QString>

namespace driftdeck::engine {

// What `driftdeck check` found in one cluster.
struct ClusterReport
{
    QString context;
    bool reachable = true;
    QString message; // why unreachable, or notes ("inferred ownership from Flux labels ...")
    QList<drift::ResourceResult> resources;
};

enum class ReportFormat : quint8 { Text, Json, Junit };

// The states `--fail-on` can name: drift, missing, extra (and unknown).
struct FailOn
{
    bool drift = true;
    bool missing = true;
    bool extra = false;
    bool unknown = false;

    // Parses "drift,missing,extra"; returns nullopt-like invalid flag for an unknown word.
    static bool parse(const QString &text, FailOn *out, QString *error);
};

// Exit code of `check`: 0 when nothing listed in --fail-on is found, 1 when something is.
// (2, for errors such as an unreachable cluster, is decided by the caller.)
int checkExitCode(const QList<ClusterReport> &reports, const FailOn &failOn);

// `flux diff`-like text: one line per resource that is not Synced, then its field changes.
QString formatText(const QList<ClusterReport> &reports, bool includeSynced = false);
// The stable JSON documented in docs/cli.md.
QByteArray formatJson(const QList<ClusterReport> &reports);
// JUnit XML: one test suite per cluster, one test case per resource; a failure for every
// resource whose state is in --fail-on.
QByteArray formatJunit(const QList<ClusterReport> &reports, const FailOn &failOn);

// One NDJSON line for --watch: the resource shape of formatJson plus "cluster".
QByteArray formatWatchLine(const drift::ResourceResult &result);
// The line `check --watch` prints when a resource's result goes away (deleted from the cluster
// and no longer in Git, or no longer tracked): its cluster and key, and "removed": true.
QByteArray formatWatchRemovedLine(const QString &cluster, const ResourceKey &key);

} // namespace driftdeck::engine
