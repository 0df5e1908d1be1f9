// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/namespacescope.h"

#include <QCoreApplication>

namespace driftdeck::drift {

namespace {

QString scopeKey(const QString &group, const QString &kind)
{
    return group + u'/' + kind;
}

QString str(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

void NamespaceScope::setNamespaced(const QString &group, const QString &kind, bool namespaced)
{
    m_scope.insert(scopeKey(group, kind), namespaced);
}

void NamespaceScope::addDiscovery(const nlohmann::json &list)
{
    if (!list.is_object())
        return;
    const QString group = groupOfApiVersion(str(list, "groupVersion"));
    const auto resources = list.find("resources");
    if (resources == list.end() || !resources->is_array())
        return;
    for (const nlohmann::json &r : *resources) {
        if (!r.is_object() || str(r, "name").contains(u'/'))
            continue;
        const auto ns = r.find("namespaced");
        if (ns == r.end() || !ns->is_boolean())
            continue;
        setNamespaced(group, str(r, "kind"), ns->get<bool>());
    }
}

std::optional<bool> NamespaceScope::isNamespaced(const QString &group, const QString &kind) const
{
    const auto it = m_scope.constFind(scopeKey(group, kind));
    if (it == m_scope.constEnd())
        return std::nullopt;
    return *it;
}

Result<ResourceKey> NamespaceScope::keyOf(const nlohmann::json &object, const QString &targetNamespace,
                                          bool overrideNamespace) const
{
    if (!object.is_object())
        return Error(QCoreApplication::translate("driftdeck::drift::NamespaceScope", "The manifest is not an object."));
    ResourceKey key;
    key.group = groupOfApiVersion(str(object, "apiVersion"));
    key.kind = str(object, "kind");
    const auto meta = object.find("metadata");
    if (meta != object.end() && meta->is_object()) {
        key.name = str(*meta, "name");
        key.ns = str(*meta, "namespace");
    }
    if (key.kind.isEmpty() || key.name.isEmpty())
        return Error(QCoreApplication::translate("driftdeck::drift::NamespaceScope",
                                                 "The manifest has no kind or no metadata.name."));
    const std::optional<bool> namespaced = isNamespaced(key.group, key.kind);
    if (!namespaced)
        return Error(QCoreApplication::translate("driftdeck::drift::NamespaceScope",
                                                 "The cluster does not serve the kind %1.")
                         .arg(key.group.isEmpty() ? key.kind : key.kind + u'.' + key.group),
                     u"not found in discovery: "_qs + key.group + u'/' + key.kind);
    if (!*namespaced) {
        key.ns.clear();
    } else if (overrideNamespace && !targetNamespace.isEmpty()) {
        key.ns = targetNamespace;
    } else if (key.ns.isEmpty()) {
        key.ns = targetNamespace.isEmpty() ? QStringLiteral("default") : targetNamespace;
    }
    return key;
}

} // namespace driftdeck::drift
