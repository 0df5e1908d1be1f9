// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace driftdeck::models {

// What the window knows about one cluster's connection, fed by the app from core/kube.
struct ClusterStatus
{
    enum class State : quint8 { Connecting, Listing, Live, Degraded, Unreachable };

    QString name;          // kubeconfig context
    State state = State::Connecting;
    int progress = -1;     // 0..100 while Listing, -1 when unknown
    QString message;       // the reason for Degraded/Unreachable, in words an operator understands
    QDateTime since;       // when the cluster entered this state

    bool operator==(const ClusterStatus &) const = default;
};

// One file of a source that failed to render; listed under the source, never hidden.
struct RenderError
{
    QString file;
    int line = 0;
    QString message;

    bool operator==(const RenderError &) const = default;
};

// A source (Flux Kustomization, Argo CD Application, workspace path) of one cluster.
struct SourceStatus
{
    QString cluster;
    QString source;        // the same id as drift::ResourceResult::source
    QString origin;        // "Flux Kustomization", "Argo CD Application", "workspace" (shown as given)
    QString repo;          // remote URL or local path
    QString branch;
    QString appliedRevision; // the revision the cluster reports as applied
    QString headRevision;    // the branch head Driftdeck compared against
    QList<RenderError> errors;

    bool operator==(const SourceStatus &) const = default;
};

} // namespace driftdeck::models

Q_DECLARE_METATYPE(driftdeck::models::ClusterStatus)
Q_DECLARE_METATYPE(driftdeck::models::SourceStatus)
