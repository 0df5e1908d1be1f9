// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/desiredstore.h"

#include <QCoreApplication>

namespace driftdeck::manifest {

DesiredStore::DesiredStore(QObject *parent)
    : QObject(parent), m_clusterScoped(&DesiredStore::isBuiltinClusterScoped)
{
    qRegisterMetaType<DesiredChangeBatch>();
}

void DesiredStore::setClusterScoped(ClusterScopedFn fn)
{
    m_clusterScoped = fn ? std::move(fn) : ClusterScopedFn(&DesiredStore::isBuiltinClusterScoped);
}

bool DesiredStore::isBuiltinClusterScoped(const QString &group, const QString &kind)
{
    static const QSet<QString> core = {QStringLiteral("Namespace"), QStringLiteral("Node"),
                                       QStringLiteral("PersistentVolume"), QStringLiteral("ComponentStatus")};
    static const QHash<QString, QSet<QString>> groups = {
        {QStringLiteral("rbac.authorization.k8s.io"), {QStringLiteral("ClusterRole"), QStringLiteral("ClusterRoleBinding")}},
        {QStringLiteral("apiextensions.k8s.io"), {QStringLiteral("CustomResourceDefinition")}},
        {QStringLiteral("storage.k8s.io"), {QStringLiteral("StorageClass"), QStringLiteral("CSIDriver"), QStringLiteral("CSINode"),
                                            QStringLiteral("VolumeAttachment")}},
        {QStringLiteral("admissionregistration.k8s.io"), {QStringLiteral("MutatingWebhookConfiguration"),
                                                          QStringLiteral("ValidatingWebhookConfiguration"),
                                                          QStringLiteral("ValidatingAdmissionPolicy"),
                                                          QStringLiteral("ValidatingAdmissionPolicyBinding")}},
        {QStringLiteral("apiregistration.k8s.io"), {QStringLiteral("APIService")}},
        {QStringLiteral("scheduling.k8s.io"), {QStringLiteral("PriorityClass")}},
        {QStringLiteral("node.k8s.io"), {QStringLiteral("RuntimeClass")}},
        {QStringLiteral("networking.k8s.io"), {QStringLiteral("IngressClass")}},
        {QStringLiteral("gateway.networking.k8s.io"), {QStringLiteral("GatewayClass")}},
        {QStringLiteral("cert-manager.io"), {QStringLiteral("ClusterIssuer")}},
        {QStringLiteral("policy"), {QStringLiteral("PodSecurityPolicy")}},
    };
    if (group.isEmpty())
        return core.contains(kind);
    auto it = groups.find(group);
    return it != groups.end() && it->contains(kind);
}

ResourceKey DesiredStore::normalisedKey(const ManifestObject &o, const QString &defaultNamespace) const
{
    ResourceKey key = o.key;
    if (m_clusterScoped(key.group, key.kind))
        key.ns.clear();
    else if (key.ns.isEmpty())
        key.ns = defaultNamespace.isEmpty() ? QStringLiteral("default") : defaultNamespace;
    return key;
}

DesiredChangeBatch DesiredStore::update(const QString &sourceId, const QString &commit, const ManifestSet &set,
                                        const QString &defaultNamespace)
{
    DesiredChangeBatch batch;
    batch.sourceId = sourceId;
    batch.commit = commit;
    batch.errors = set.errors;

    QHash<ResourceKey, ManifestObject> next;
    next.reserve(set.objects.size());
    for (const ManifestObject &in : set.objects) {
        ManifestObject o = in;
        o.key = normalisedKey(in, defaultNamespace);
        const QString owner = m_owner.value(o.key);
        if (next.contains(o.key) || (!owner.isEmpty() && owner != sourceId)) {
            ManifestError e;
            e.filePath = o.origin.filePath;
            e.line = o.lineStart;
            e.column = o.lineStart > 0 ? 1 : 0;
            e.documentIndex = o.documentIndex;
            e.message = next.contains(o.key)
                ? QCoreApplication::translate("DesiredStore", "The object is declared more than once")
                : QCoreApplication::translate("DesiredStore", "The object is already declared by another source");
            e.detail = o.key.displayName() + (owner.isEmpty() || owner == sourceId ? QString() : u" (" + owner + u')');
            batch.errors.append(e);
            continue;
        }
        next.insert(o.key, std::move(o));
    }

    Source &src = m_sources[sourceId];
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        auto old = src.objects.constFind(it.key());
        if (old == src.objects.cend())
            batch.added.append(it.value());
        else if (old->apiVersion != it->apiVersion || (old->object != it->object && *old->object != *it->object))
            batch.modified.append(it.value());
    }
    for (auto it = src.objects.cbegin(); it != src.objects.cend(); ++it)
        if (!next.contains(it.key()))
            batch.removed.append(it.key());

    for (const auto &k : std::as_const(batch.removed))
        m_owner.remove(k);
    for (auto it = next.cbegin(); it != next.cend(); ++it)
        m_owner.insert(it.key(), sourceId);
    const bool errorsChanged = src.errors != batch.errors || src.commit.isEmpty();
    src.objects = std::move(next);
    src.errors = batch.errors;
    src.commit = commit;

    std::sort(batch.added.begin(), batch.added.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    std::sort(batch.modified.begin(), batch.modified.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    std::sort(batch.removed.begin(), batch.removed.end());
    if (!batch.isEmpty() || errorsChanged)
        Q_EMIT changed(batch);
    return batch;
}

DesiredChangeBatch DesiredStore::removeSource(const QString &sourceId)
{
    DesiredChangeBatch batch;
    batch.sourceId = sourceId;
    auto it = m_sources.find(sourceId);
    if (it == m_sources.end())
        return batch;
    for (auto o = it->objects.cbegin(); o != it->objects.cend(); ++o) {
        batch.removed.append(o.key());
        m_owner.remove(o.key());
    }
    m_sources.erase(it);
    std::sort(batch.removed.begin(), batch.removed.end());
    if (!batch.isEmpty())
        Q_EMIT changed(batch);
    return batch;
}

std::optional<ManifestObject> DesiredStore::object(const ResourceKey &key) const
{
    const QString owner = m_owner.value(key);
    if (owner.isEmpty())
        return std::nullopt;
    return m_sources.value(owner).objects.value(key);
}

QString DesiredStore::sourceOf(const ResourceKey &key) const
{
    return m_owner.value(key);
}

QList<ResourceKey> DesiredStore::keys() const
{
    QList<ResourceKey> k = m_owner.keys();
    std::sort(k.begin(), k.end());
    return k;
}

QList<ResourceKey> DesiredStore::keys(const QString &sourceId) const
{
    QList<ResourceKey> k = m_sources.value(sourceId).objects.keys();
    std::sort(k.begin(), k.end());
    return k;
}

QString DesiredStore::commit(const QString &sourceId) const
{
    return m_sources.value(sourceId).commit;
}

QList<ManifestError> DesiredStore::errors(const QString &sourceId) const
{
    return m_sources.value(sourceId).errors;
}

qsizetype DesiredStore::size() const
{
    return m_owner.size();
}

} // namespace driftdeck::manifest
