// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/sourcebridge.h"

#include "core/kube/kubeclient.h"
#include "core/workspace/sourcediscovery.h"

#include <QCoreApplication>

namespace driftdeck::engine {

SourceSpec fromWorkspace(const workspace::SourceSpec &w, const QString &cluster)
{
    SourceSpec s;
    s.id = w.name;
    s.cluster = cluster;
    s.repo = w.repository;
    s.revision = w.wantedRevision();
    s.path = w.path;
    s.renderer = w.renderer;
    s.targetNamespace = w.targetNamespace;
    s.appliedRevision = workspace::commitOfRevision(w.appliedRevision);
    s.problems = w.problems;
    s.tokenEnv = w.tokenEnv;
    s.sshKey = w.sshKey;
    s.sshPassphraseEnv = w.sshPassphraseEnv;
    s.caFile = w.caFile;
    s.knownHostsFile = w.knownHostsFile;
    switch (w.tracking) {
    case workspace::Tracking::Labels: s.selector = w.labelSelector; break;
    case workspace::Tracking::Flux: s.tracking = QStringLiteral("flux"); s.trackingId = w.trackingId; break;
    case workspace::Tracking::ArgoCd: s.tracking = QStringLiteral("argocd"); s.trackingId = w.trackingId; break;
    case workspace::Tracking::None: break;
    }
    s.origin = w.discoveredFrom.isEmpty() ? QCoreApplication::translate("Sources", "workspace") : w.discoveredFrom;
    return s;
}

Result<DiscoveredSources> discoverSources(kube::KubeClient &client, const QString &cluster)
{
    // The kinds that map a cluster to Git (kubernetes-api.md). A 404 means the CRD is not
    // installed; a 403 that we may not read them: both are notes, not failures.
    static const struct
    {
        const char *path;
        const char *what;
    } kinds[] = {
        {"/apis/source.toolkit.fluxcd.io/v1/gitrepositories", "GitRepository"},
        {"/apis/source.toolkit.fluxcd.io/v1beta2/ocirepositories", "OCIRepository"},
        {"/apis/kustomize.toolkit.fluxcd.io/v1/kustomizations", "Kustomization"},
        {"/apis/argoproj.io/v1alpha1/applications", "Application"},
    };
    std::vector<nlohmann::json> objects;
    DiscoveredSources out;
    bool anyReached = false;
    for (const auto &k : kinds) {
        kube::ApiResponse r = client.request(kube::ApiRequest{"GET", k.path, {}, {}, "application/json"});
        if (!r.reachedServer())
            return client.describe(r);
        anyReached = true;
        if (r.status == 404)
            continue;
        if (r.status == 403) {
            out.notes << QCoreApplication::translate("Sources", "no access to %1 objects: sources they declare are not discovered")
                             .arg(QString::fromLatin1(k.what));
            continue;
        }
        if (!r.ok())
            continue;
        const auto body = nlohmann::json::parse(r.body, nullptr, false);
        if (!body.is_object() || !body.contains("items"))
            continue;
        std::string apiVersion = k.path;
        apiVersion = apiVersion.substr(6, apiVersion.rfind('/') - 6); // "/apis/<g>/<v>/<plural>"
        for (auto item : body["items"]) {
            if (!item.contains("apiVersion"))
                item["apiVersion"] = apiVersion;
            if (!item.contains("kind"))
                item["kind"] = k.what;
            objects.push_back(std::move(item));
        }
    }
    Q_UNUSED(anyReached);
    const workspace::SourceDiscovery::Result discovered = workspace::SourceDiscovery::discover(objects);
    for (const auto &s : discovered.sources)
        out.sources << fromWorkspace(s, cluster);
    out.notes << discovered.unsupported;
    return out;
}

} // namespace driftdeck::engine
