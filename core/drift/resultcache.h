// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"

#include <QHash>
#include <QList>
#include <QString>

namespace driftdeck::drift {

// The last result emitted per (cluster, source, key), so an incremental re-diff emits only
// what changed: a stream for models, history and `driftdeck check --watch` (one NDJSON line
// each time a resource's state or change list differs from what was last printed).
class ResultCache
{
public:
    // True (and remembered) when the result differs in state, reason, health or changes from
    // the last one stored for its resource.
    bool update(const ResourceResult &result);
    // Forgets a resource (deleted from Git and the cluster); true when it was known.
    bool remove(const QString &cluster, const QString &source, const ResourceKey &key);
    // The subset of `batch` that changed, in order.
    QList<ResourceResult> changed(const QList<ResourceResult> &batch);

    const ResourceResult *find(const QString &cluster, const QString &source, const ResourceKey &key) const;
    qsizetype size() const { return m_results.size(); }

private:
    static QString id(const QString &cluster, const QString &source, const ResourceKey &key);
    QHash<QString, ResourceResult> m_results;
};

} // namespace driftdeck::drift
