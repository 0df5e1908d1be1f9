// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/resourcekey.h"
#include "core/manifest/manifestobject.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace driftdeck::manifest {

// What changed in the desired state when a source was rendered at a new commit. Only objects
// whose content (apiVersion or the object itself) changed are listed; an object that only
// moved inside its file is updated in the store silently.
struct DesiredChangeBatch
{
    QString sourceId;
    QString commit;
    QList<ManifestObject> added;
    QList<ManifestObject> modified;
    QList<ResourceKey> removed;
    QList<ManifestError> errors; // the source's errors at this commit (all of them, not a delta)

    bool isEmpty() const { return added.isEmpty() && modified.isEmpty() && removed.isEmpty(); }
};

// The desired state: every object the sources declare, keyed by ResourceKey. Lives on the
// Git/render worker; batches cross to other threads by value through changed().
class DesiredStore : public QObject
{
    Q_OBJECT
public:
    // Decides whether a kind is cluster-scoped (no namespace). The default knows the built-in
    // cluster-scoped kinds; core/kube replaces it with discovery.
    using ClusterScopedFn = std::function<bool(const QString &group, const QString &kind)>;

    explicit DesiredStore(QObject *parent = nullptr);

    void setClusterScoped(ClusterScopedFn fn);
    static bool isBuiltinClusterScoped(const QString &group, const QString &kind);

    // Replaces what `sourceId` declares with `set` (rendered at `commit`). Namespaced objects
    // without a namespace get `defaultNamespace` (the source's target namespace, else
    // "default"); cluster-scoped objects lose any namespace. An object declared twice, or
    // already declared by another source, is reported as an error and the first one kept.
    // Emits changed() unless nothing changed and the errors are the same; returns the batch.
    DesiredChangeBatch update(const QString &sourceId, const QString &commit, const ManifestSet &set,
                              const QString &defaultNamespace = QStringLiteral("default"));
    // Forgets a source: its objects are reported as removed.
    DesiredChangeBatch removeSource(const QString &sourceId);

    std::optional<ManifestObject> object(const ResourceKey &key) const;
    QString sourceOf(const ResourceKey &key) const;
    QList<ResourceKey> keys() const;
    QList<ResourceKey> keys(const QString &sourceId) const;
    QString commit(const QString &sourceId) const;
    QList<ManifestError> errors(const QString &sourceId) const;
    qsizetype size() const;

Q_SIGNALS:
    void changed(const driftdeck::manifest::DesiredChangeBatch &batch);

private:
    struct Source
    {
        QString commit;
        QHash<ResourceKey, ManifestObject> objects;
        QList<ManifestError> errors;
    };
    ResourceKey normalisedKey(const ManifestObject &o, const QString &defaultNamespace) const;

    ClusterScopedFn m_clusterScoped;
    QHash<QString, Source> m_sources;
    QHash<ResourceKey, QString> m_owner; // key -> source id
};

} // namespace driftdeck::manifest

Q_DECLARE_METATYPE(driftdeck::manifest::DesiredChangeBatch)
