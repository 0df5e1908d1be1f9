// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/kube/apiresource.h"
#include "core/kube/kubeclient.h"

#include <functional>
#include <memory>
#include <vector>

namespace driftdeck::kube {

struct DiscoveryResult
{
    QString serverVersion;               // gitVersion from /version
    std::vector<ApiResource> resources;  // preferred version of every group, core first
    QStringList failedGroupVersions;     // e.g. an aggregated API answering 503
};

// Legacy discovery (/version, /api, /apis, then one document per preferred group-version),
// tolerant of single group-versions failing. Any client-visible kind, CRDs included.
class Discovery
{
public:
    using DoneFn = std::function<void(Result<DiscoveryResult>)>;
    // Asynchronous; `done` runs on the network thread.
    static void run(const std::shared_ptr<KubeClient> &client, DoneFn done);
    // Blocking (not on the network thread).
    static Result<DiscoveryResult> runBlocking(const std::shared_ptr<KubeClient> &client);
    // Parses one APIResourceList document.
    static std::vector<ApiResource> parseResourceList(const nlohmann::json &doc, const QString &group, const QString &version);
};

} // namespace driftdeck::kube
