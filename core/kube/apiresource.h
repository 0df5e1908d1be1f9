// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kube/liveobject.h"

#include <QString>
#include <QStringList>

#include <string>

namespace driftdeck::kube {

// One listable kind as discovery reports it (APIResourceList entry, subresources excluded).
struct ApiResource
{
    QString group;
    QString version;
    QString kind;
    QString plural;
    bool namespaced = false;
    QStringList verbs;

    GroupKind groupKind() const { return {group, kind}; }
    QString apiVersion() const { return group.isEmpty() ? version : QString(group + QLatin1Char('/') + version); }
    bool canListAndWatch() const { return verbs.contains(QLatin1String("list")) && verbs.contains(QLatin1String("watch")); }
    // "/api/v1/pods", "/apis/apps/v1/deployments" (all namespaces)
    std::string collectionPath() const
    {
        const QString prefix = group.isEmpty() ? QString(QStringLiteral("/api/") + version)
                                               : QString(QStringLiteral("/apis/") + group + QLatin1Char('/') + version);
        return QString(prefix + QLatin1Char('/') + plural).toStdString();
    }
    bool operator==(const ApiResource &) const = default;
};

} // namespace driftdeck::kube
