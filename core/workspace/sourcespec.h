// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/manifest/renderer.h"

#include <QString>
#include <QStringList>

namespace driftdeck::workspace {

// How Driftdeck tells which live objects belong to a source (for Extra).
enum class Tracking {
    None,   // only objects present in Git are compared
    Flux,   // kustomize.toolkit.fluxcd.io/name+namespace labels and the Kustomization inventory
    ArgoCd, // argocd.argoproj.io/tracking-id annotation or app.kubernetes.io/instance label
    Labels, // a label selector (labelSelector)
};

QString trackingName(Tracking t);
Tracking trackingFromName(const QString &name, bool *ok = nullptr);

// One place in Git that declares objects for a cluster, from the workspace file or discovered
// from Flux/Argo CD objects.
struct SourceSpec
{
    QString name;       // unique in a workspace ("shop", "flux:flux-system/apps")
    QString repository; // URL, or a local path (absolute once loaded)
    QString branch;     // branch to follow; empty when revision pins a tag or commit
    QString revision;   // tag, commit SHA or other fixed revision; empty when following branch
    QString path;       // folder inside the repository, "" for the root
    manifest::RendererKind renderer = manifest::RendererKind::Auto;
    QString unsupportedRenderer; // with RendererKind::Unsupported: what it is, for the message
    bool recurse = true;         // plain folders: include sub-folders
    QString targetNamespace;     // namespace for namespaced objects that have none
    Tracking tracking = Tracking::None;
    QString trackingId;          // Flux: "<namespace>/<name>" of the Kustomization; Argo CD: application name
    QString labelSelector;       // Tracking::Labels
    int intervalSeconds = 300;   // fetch interval

    // Credentials are referenced, never stored: a token from an environment variable, an SSH
    // key file (its passphrase from an environment variable), or the Git credential helpers.
    QString tokenEnv;
    QString sshKey;
    QString sshPassphraseEnv;
    bool credentialHelper = true;
    // Server identity (docs/git.md): extra CA file for HTTPS, known_hosts file for SSH.
    QString caFile;
    QString knownHostsFile;

    // Discovered sources only.
    QString discoveredFrom;   // "Kustomization/flux-system/apps", "Application/argocd/shop"
    QString appliedRevision;  // the commit the cluster runs (Flux lastAppliedRevision, Argo status.sync.revision)
    bool suspended = false;   // Flux spec.suspend
    QStringList problems;     // why this source cannot be read as is (unknown source kind, ...)

    // The revision to read: revision when pinned, else the branch ("" means the remote's HEAD).
    QString wantedRevision() const { return revision.isEmpty() ? branch : revision; }
    bool isLocalPath() const { return !repository.contains(QStringLiteral("://")) && repository.startsWith(u'/'); }
    bool operator==(const SourceSpec &) const = default;
};

// "main@sha1:abc…" (Flux) or "abc…" (Argo CD) -> "abc…"; "" when there is no SHA.
QString commitOfRevision(const QString &revision);

} // namespace driftdeck::workspace
