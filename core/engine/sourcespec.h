// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/manifest/renderer.h"

#include <QString>

namespace driftdeck::engine {

// One place in Git that declares (part of) one cluster: from a workspace file, the command
// line, or discovered from the cluster's Flux/Argo CD objects.
struct SourceSpec
{
    QString id;          // unique per cluster: "flux-system/apps", "workspace:platform"
    QString cluster;     // kubeconfig context
    QString repo;        // remote URL or local path
    QString revision;    // branch, tag or commit; empty = the repository's HEAD
    QString path;        // folder inside the repository
    manifest::RendererKind renderer = manifest::RendererKind::Auto;
    QString targetNamespace; // namespace for namespaced objects that name none
    QString selector;    // label selector marking the objects this source owns (for Extra)
    // How objects of this source are recognised when no selector is given: "flux" (trackingId
    // "<namespace>/<name>" of the Kustomization), "argocd" (trackingId = application name), or
    // empty to infer it from the live counterparts of the desired objects.
    QString tracking;
    QString trackingId;
    // Credentials are referenced, never stored: the environment variable holding an HTTPS token
    // (default DRIFTDECK_GIT_TOKEN), else Git's credential helpers or the SSH agent.
    QString tokenEnv;
    QString sshKey;
    QString sshPassphraseEnv; // environment variable holding the key file's passphrase
    // Server identity (docs/git.md): extra CA file for HTTPS, known_hosts file for SSH.
    QString caFile;
    QString knownHostsFile;
    QString origin;      // "Flux Kustomization flux-system/apps", "workspace", "command line"
    QStringList problems; // why the source cannot be read as is (shown, never hidden)
    QString appliedRevision; // what the cluster says it runs (Flux/Argo status), if known

    bool operator==(const SourceSpec &) const = default;
};

} // namespace driftdeck::engine
