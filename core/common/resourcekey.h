// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

#include <tuple>

namespace driftdeck {

// The identity of a Kubernetes object across Git and the cluster (drift-semantics.md
// "Matching identities"): API group (empty for core), kind, namespace (empty when
// cluster-scoped) and name. The version is deliberately not part of it.
struct ResourceKey
{
    QString group;
    QString kind;
    QString ns;
    QString name;

    bool operator==(const ResourceKey &) const = default;
    bool operator<(const ResourceKey &o) const
    {
        return std::tie(group, kind, ns, name) < std::tie(o.group, o.kind, o.ns, o.name);
    }

    // "apps/Deployment/shop/web", "/Namespace//shop"
    QString toString() const;
    // "Deployment/shop/web" as kubectl users write it (group omitted).
    QString displayName() const;
};

// "apps/v1" -> "apps", "v1" -> "".
QString groupOfApiVersion(const QString &apiVersion);
// "apps/v1" -> "v1", "v1" -> "v1".
QString versionOfApiVersion(const QString &apiVersion);

inline size_t qHash(const ResourceKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.group, k.kind, k.ns, k.name);
}

} // namespace driftdeck

template<>
struct std::hash<driftdeck::ResourceKey>
{
    size_t operator()(const driftdeck::ResourceKey &k) const noexcept { return driftdeck::qHash(k); }
};
