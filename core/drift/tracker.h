// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/resourcekey.h"
#include "core/common/result.h"
#include "core/drift/labelselector.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace driftdeck::drift {

// Decides which live objects belong to a source, so that those no longer in Git are Extra:
// Flux labels or a Kustomization's inventory, Argo CD tracking-id annotations or instance
// labels, or a label selector. When none is configured, infer() reads the marks shared by the
// live counterparts of the desired objects and says in a sentence what it concluded.
class Tracker
{
public:
    enum class Method : quint8 { None, FluxKustomization, FluxHelmRelease, FluxInventory, ArgoCdAnnotation,
                                 ArgoCdLabel, Selector };

    Tracker() = default;
    static Tracker fluxKustomization(const QString &name, const QString &ns);
    static Tracker fluxHelmRelease(const QString &name, const QString &ns);
    // From a Flux Kustomization object: status.inventory.entries[].id = "<ns>_<name>_<group>_<kind>".
    static Tracker fluxInventory(const nlohmann::json &kustomization);
    static Tracker argoCdAnnotation(const QString &application);
    static Tracker argoCdLabel(const QString &application,
                               const QString &labelKey = QStringLiteral("app.kubernetes.io/instance"));
    static Result<Tracker> labelSelector(const QString &selector);
    // All counterparts must carry the same marks; otherwise Method::None (and a sentence why).
    static Tracker infer(const std::vector<const nlohmann::json *> &liveCounterparts);

    Method method() const { return m_method; }
    bool isInferred() const { return m_inferred; }
    // What decides membership, for people ("Inferred from the live objects: ...").
    QString description() const;

    // Whether the live object carries this source's marks (controller-owned children, the
    // default ServiceAccount, the kubernetes Service and kube-root-ca.crt never do).
    bool tracks(const nlohmann::json &live) const;
    // Tracked live objects whose key is not desired, in input order.
    QList<ResourceKey> extras(const QSet<ResourceKey> &desired, const std::vector<const nlohmann::json *> &live) const;

private:
    Method m_method = Method::None;
    bool m_inferred = false;
    QString m_name;      // Kustomization / HelmRelease / Application / label value
    QString m_namespace; // Flux object namespace
    QString m_labelKey;  // Argo CD instance label key
    QSet<ResourceKey> m_inventory;
    LabelSelector m_selector;
    QString m_whyNone;
};

} // namespace driftdeck::drift
