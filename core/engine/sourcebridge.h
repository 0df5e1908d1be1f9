// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/engine/sourcespec.h"
#include "core/workspace/sourcespec.h"

#include <QStringList>

namespace driftdeck::kube {
class KubeClient;
}

namespace driftdeck::engine {

// A workspace (or discovered) source as the engine reads it for one cluster.
SourceSpec fromWorkspace(const workspace::SourceSpec &source, const QString &cluster);

struct DiscoveredSources
{
    QList<SourceSpec> sources;
    QStringList notes; // unsupported source kinds, kinds the user may not list, ...
};

// Reads the cluster's Flux GitRepository/Kustomization and Argo CD Application objects
// (whichever are served and readable) and maps them to sources. Blocking; never call it on
// the network thread.
Result<DiscoveredSources> discoverSources(kube::KubeClient &client, const QString &cluster);

} // namespace driftdeck::engine
