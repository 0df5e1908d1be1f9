// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/comparer.h"
#include "core/drift/driftresult.h"
#include "core/drift/tracker.h"

#include <nlohmann/json.hpp>

namespace driftdeck::drift {

// Turns one (desired, live) pair into the ResourceResult models, history and the CLI consume:
// Synced/Drifted/Ignored/Unknown from the Comparer, Missing when only Git has it, Extra when
// only the cluster has it and the source's Tracker claims it, health from the live object and
// the live object's owners. Pure and const: the engine calls it for the objects an event or a
// commit touches, on any thread.
class ResourceEvaluator
{
public:
    explicit ResourceEvaluator(CompareOptions options = {});

    // desired or live may be null. `key` is the matched identity (NamespaceScope::keyOf).
    // A live object without a desired one is Extra only when `tracker` claims it (callers
    // normally pass only Tracker::extras() here); otherwise, as with neither object, the
    // result is Unknown with the reason. `dryRun`, when given, is the API server's answer to a
    // server-side apply dry-run of `desired` (exact mode): the comparison then uses
    // Comparer::compareExact.
    ResourceResult evaluate(const ResourceKey &key, const nlohmann::json *desired, const nlohmann::json *live,
                            const Tracker *tracker = nullptr, const OwnershipIndex *ownership = nullptr,
                            const nlohmann::json *dryRun = nullptr) const;

    const Comparer &comparer() const { return m_comparer; }

private:
    bool ignoredByRule(const ResourceKey &key, QString *reason) const;
    Comparer m_comparer;
};

} // namespace driftdeck::drift
