// SPDX-License-Identifier: GPL-3.0-or-later
// kubeconfig loading: YAML into clusters, users and contexts, then resolving every context.
#include "core/kube/kubeconfig.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace driftdeck;
using namespace driftdeck::kube;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Kubeconfig> config = Kubeconfig::fromYaml(yaml, QStringLiteral("/nonexistent/kube"));
    if (!config) {
        if (config.error().message.isEmpty())
            std::abort();
        return 0;
    }
    (void)config->resolve();
    for (const ContextInfo &c : config->contexts()) {
        (void)config->serverOf(c);
        const auto resolved = config->resolve(c.name);
        if (!resolved && resolved.error().message.isEmpty())
            std::abort();
    }
    return 0;
}
