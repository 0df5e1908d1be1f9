// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspace/sourcespec.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QStringList>

#include <vector>

namespace driftdeck::workspace {

// Maps the GitOps objects of one cluster to the sources they apply, as a pure function over
// the objects as the API returns them (no cluster access here; core/kube lists them):
//  - Flux: Kustomization (kustomize.toolkit.fluxcd.io) with a sourceRef to a GitRepository
//    (source.toolkit.fluxcd.io), or to an ExternalArtifact produced by an ArtifactGenerator
//    (source.extensions.fluxcd.io) that copies folders of a GitRepository; the artifact path
//    is mapped back to the repository path. HelmReleases whose chart comes from a
//    GitRepository become Helm sources.
//  - Argo CD: Application (argoproj.io) spec.source or each of spec.sources.
// Each source carries the revision the cluster last applied (Flux lastAppliedRevision, Argo
// status.sync.revision) beside the branch it follows.
class SourceDiscovery
{
public:
    struct Result
    {
        QList<SourceSpec> sources;
        // Objects that declare sources Driftdeck cannot read (OCI, Bucket, Helm repositories):
        // "Kustomization/flux-system/apps: source OCIRepository/… is not a Git repository".
        QStringList unsupported;
    };

    static Result discover(const std::vector<nlohmann::json> &objects);
};

} // namespace driftdeck::workspace
