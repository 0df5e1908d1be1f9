// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/resourcekey.h"
#include "core/common/result.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QString>

#include <optional>

namespace driftdeck::drift {

// Answers "is group/kind namespaced", as discovery (APIResourceList.namespaced) says; the
// caller feeds it from core/kube. Identity of objects from Git and the cluster is derived here.
class NamespaceScope
{
public:
    void setNamespaced(const QString &group, const QString &kind, bool namespaced);
    // Reads one APIResourceList document (GET /api/v1, /apis/{g}/{v}); subresources are skipped.
    void addDiscovery(const nlohmann::json &apiResourceList);
    std::optional<bool> isNamespaced(const QString &group, const QString &kind) const;
    qsizetype size() const { return m_scope.size(); }

    // The key of a Git object: the namespace comes from the object, else the source's target
    // namespace, else "default"; cluster-scoped kinds get none (whatever Git wrote). With
    // `overrideNamespace` the target namespace replaces the object's own (Flux targetNamespace).
    // An error when discovery does not know the kind (the object cannot be compared).
    Result<ResourceKey> keyOf(const nlohmann::json &object, const QString &targetNamespace = {},
                              bool overrideNamespace = false) const;

private:
    QHash<QString, bool> m_scope; // "group/kind" -> namespaced
};

} // namespace driftdeck::drift
