// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/resultcache.h"

namespace driftdeck::drift {

QString ResultCache::id(const QString &cluster, const QString &source, const ResourceKey &key)
{
    return cluster + u'\x1f' + source + u'\x1f' + key.toString();
}

bool ResultCache::update(const ResourceResult &result)
{
    const QString k = id(result.cluster, result.source, result.key);
    const auto it = m_results.find(k);
    if (it != m_results.end() && *it == result)
        return false;
    m_results.insert(k, result);
    return true;
}

bool ResultCache::remove(const QString &cluster, const QString &source, const ResourceKey &key)
{
    return m_results.remove(id(cluster, source, key)) > 0;
}

QList<ResourceResult> ResultCache::changed(const QList<ResourceResult> &batch)
{
    QList<ResourceResult> out;
    for (const ResourceResult &r : batch) {
        if (update(r))
            out.append(r);
    }
    return out;
}

const ResourceResult *ResultCache::find(const QString &cluster, const QString &source, const ResourceKey &key) const
{
    const auto it = m_results.constFind(id(cluster, source, key));
    return it == m_results.constEnd() ? nullptr : &*it;
}

} // namespace driftdeck::drift
