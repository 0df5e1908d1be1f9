// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/resourcekey.h"

namespace driftdeck {

QString ResourceKey::toString() const
{
    return group + u'/' + kind + u'/' + ns + u'/' + name;
}

QString ResourceKey::displayName() const
{
    if (ns.isEmpty())
        return kind + u'/' + name;
    return kind + u'/' + ns + u'/' + name;
}

QString groupOfApiVersion(const QString &apiVersion)
{
    const auto slash = apiVersion.indexOf(u'/');
    return slash < 0 ? QString() : apiVersion.left(slash);
}

QString versionOfApiVersion(const QString &apiVersion)
{
    const auto slash = apiVersion.indexOf(u'/');
    return slash < 0 ? apiVersion : apiVersion.mid(slash + 1);
}

} // namespace driftdeck
