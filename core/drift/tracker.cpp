// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/tracker.h"

#include "core/drift/comparer.h"

#include <QCoreApplication>

namespace driftdeck::drift {

namespace {

using Json = nlohmann::json;

constexpr const char *kFluxName = "kustomize.toolkit.fluxcd.io/name";
constexpr const char *kFluxNamespace = "kustomize.toolkit.fluxcd.io/namespace";
constexpr const char *kHelmName = "helm.toolkit.fluxcd.io/name";
constexpr const char *kHelmNamespace = "helm.toolkit.fluxcd.io/namespace";
constexpr const char *kArgoTracking = "argocd.argoproj.io/tracking-id";
constexpr const char *kArgoInstance = "app.kubernetes.io/instance";

QString tr(const char *text)
{
    return QCoreApplication::translate("driftdeck::drift::Tracker", text);
}

const Json *metaMap(const Json &object, const char *which)
{
    const auto meta = object.find("metadata");
    if (meta == object.end() || !meta->is_object())
        return nullptr;
    const auto m = meta->find(which);
    return m == meta->end() || !m->is_object() ? nullptr : &*m;
}

QString metaValue(const Json &object, const char *which, const char *key)
{
    const Json *m = metaMap(object, which);
    if (!m)
        return {};
    const auto v = m->find(key);
    return v != m->end() && v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString();
}

bool controlled(const Json &live)
{
    const auto meta = live.find("metadata");
    if (meta == live.end() || !meta->is_object())
        return false;
    const auto refs = meta->find("ownerReferences");
    if (refs == meta->end() || !refs->is_array())
        return false;
    for (const Json &r : *refs) {
        const auto c = r.find("controller");
        if (c != r.end() && c->is_boolean() && c->get<bool>())
            return true;
    }
    return false;
}

bool builtInLeftover(const ResourceKey &k)
{
    if (k.group.isEmpty() && k.kind == u"ServiceAccount" && k.name == u"default")
        return true;
    if (k.group.isEmpty() && k.kind == u"Service" && k.ns == u"default" && k.name == u"kubernetes")
        return true;
    return k.group.isEmpty() && k.kind == u"ConfigMap" && k.name == u"kube-root-ca.crt";
}

// "<app>:<group>/<kind>:<ns>/<name>" must name the object itself (Argo CD ignores copies).
bool trackingIdNames(const QString &id, const QString &app, const ResourceKey &k)
{
    return id == app + u':' + k.group + u'/' + k.kind + u':' + k.ns + u'/' + k.name;
}

} // namespace

Tracker Tracker::fluxKustomization(const QString &name, const QString &ns)
{
    Tracker t;
    t.m_method = Method::FluxKustomization;
    t.m_name = name;
    t.m_namespace = ns;
    return t;
}

Tracker Tracker::fluxHelmRelease(const QString &name, const QString &ns)
{
    Tracker t = fluxKustomization(name, ns);
    t.m_method = Method::FluxHelmRelease;
    return t;
}

Tracker Tracker::fluxInventory(const Json &kustomization)
{
    Tracker t;
    t.m_method = Method::FluxInventory;
    const ResourceKey owner = Comparer::keyOf(kustomization);
    t.m_name = owner.name;
    t.m_namespace = owner.ns;
    const auto status = kustomization.find("status");
    if (status == kustomization.end() || !status->is_object())
        return t;
    const auto inv = status->find("inventory");
    if (inv == status->end() || !inv->is_object() || !inv->contains("entries") || !(*inv)["entries"].is_array())
        return t;
    for (const Json &e : (*inv)["entries"]) {
        const auto id = e.find("id");
        if (id == e.end() || !id->is_string())
            continue;
        const QStringList parts = QString::fromStdString(id->get<std::string>()).split(u'_');
        if (parts.size() != 4)
            continue;
        t.m_inventory.insert(ResourceKey{parts[2], parts[3], parts[0], parts[1]});
    }
    return t;
}

Tracker Tracker::argoCdAnnotation(const QString &application)
{
    Tracker t;
    t.m_method = Method::ArgoCdAnnotation;
    t.m_name = application;
    return t;
}

Tracker Tracker::argoCdLabel(const QString &application, const QString &labelKey)
{
    Tracker t;
    t.m_method = Method::ArgoCdLabel;
    t.m_name = application;
    t.m_labelKey = labelKey;
    return t;
}

Result<Tracker> Tracker::labelSelector(const QString &selector)
{
    auto parsed = LabelSelector::parse(selector);
    if (!parsed)
        return parsed.error();
    Tracker t;
    t.m_method = Method::Selector;
    t.m_selector = std::move(parsed).value();
    return t;
}

Tracker Tracker::infer(const std::vector<const Json *> &live)
{
    Tracker none;
    none.m_inferred = true;
    if (live.empty()) {
        none.m_whyNone = tr("None of the desired objects exists in the cluster yet, so objects removed from Git "
                            "cannot be detected.");
        return none;
    }
    const auto shared = [&live](const char *which, const char *key) -> QString {
        QString value;
        for (const Json *o : live) {
            const QString v = metaValue(*o, which, key);
            if (v.isEmpty() || (!value.isEmpty() && v != value))
                return {};
            value = v;
        }
        return value;
    };
    if (const QString n = shared("labels", kFluxName); !n.isEmpty()) {
        if (const QString ns = shared("labels", kFluxNamespace); !ns.isEmpty()) {
            Tracker t = fluxKustomization(n, ns);
            t.m_inferred = true;
            return t;
        }
    }
    if (const QString n = shared("labels", kHelmName); !n.isEmpty()) {
        if (const QString ns = shared("labels", kHelmNamespace); !ns.isEmpty()) {
            Tracker t = fluxHelmRelease(n, ns);
            t.m_inferred = true;
            return t;
        }
    }
    // Argo CD tracking ids: one application prefix for all.
    QString app;
    bool allTracked = true;
    for (const Json *o : live) {
        const QString id = metaValue(*o, "annotations", kArgoTracking);
        const QString prefix = id.section(u':', 0, 0);
        if (id.isEmpty() || prefix.isEmpty() || (!app.isEmpty() && prefix != app)) {
            allTracked = false;
            break;
        }
        app = prefix;
    }
    if (allTracked && !app.isEmpty()) {
        Tracker t = argoCdAnnotation(app);
        t.m_inferred = true;
        return t;
    }
    if (const QString n = shared("labels", kArgoInstance); !n.isEmpty()) {
        Tracker t = argoCdLabel(n);
        t.m_inferred = true;
        return t;
    }
    none.m_whyNone = tr("The live objects of this source share no Flux, Argo CD or instance marks, so objects "
                        "removed from Git cannot be detected; set a label selector to find them.");
    return none;
}

QString Tracker::description() const
{
    QString text;
    switch (m_method) {
    case Method::None:
        return m_whyNone.isEmpty() ? tr("No ownership tracking is configured: objects removed from Git cannot be detected.")
                                   : m_whyNone;
    case Method::FluxKustomization:
        text = tr("Objects labelled %1=%2 and %3=%4 belong to this source.")
                   .arg(QString::fromUtf8(kFluxName), m_name, QString::fromUtf8(kFluxNamespace), m_namespace);
        break;
    case Method::FluxHelmRelease:
        text = tr("Objects labelled %1=%2 and %3=%4 belong to this source.")
                   .arg(QString::fromUtf8(kHelmName), m_name, QString::fromUtf8(kHelmNamespace), m_namespace);
        break;
    case Method::FluxInventory:
        text = tr("Objects listed in the inventory of the Flux Kustomization %1/%2 belong to this source.")
                   .arg(m_namespace, m_name);
        break;
    case Method::ArgoCdAnnotation:
        text = tr("Objects whose annotation %1 names the application %2 belong to this source.")
                   .arg(QString::fromUtf8(kArgoTracking), m_name);
        break;
    case Method::ArgoCdLabel:
        text = tr("Objects labelled %1=%2 belong to this source.").arg(m_labelKey, m_name);
        break;
    case Method::Selector:
        text = tr("Objects matching the label selector %1 belong to this source.").arg(m_selector.toString());
        break;
    }
    if (m_inferred)
        return tr("Inferred from the live objects: %1").arg(text);
    return text;
}

bool Tracker::tracks(const Json &live) const
{
    if (!live.is_object() || m_method == Method::None)
        return false;
    const ResourceKey key = Comparer::keyOf(live);
    if (builtInLeftover(key) || controlled(live))
        return false;
    switch (m_method) {
    case Method::None:
        return false;
    case Method::FluxKustomization:
        return metaValue(live, "labels", kFluxName) == m_name && metaValue(live, "labels", kFluxNamespace) == m_namespace;
    case Method::FluxHelmRelease:
        return metaValue(live, "labels", kHelmName) == m_name && metaValue(live, "labels", kHelmNamespace) == m_namespace;
    case Method::FluxInventory:
        return m_inventory.contains(key);
    case Method::ArgoCdAnnotation:
        return trackingIdNames(metaValue(live, "annotations", kArgoTracking), m_name, key);
    case Method::ArgoCdLabel:
        return metaValue(live, "labels", m_labelKey.toUtf8().constData()) == m_name;
    case Method::Selector: {
        const Json *labels = metaMap(live, "labels");
        return m_selector.matches(labels ? *labels : Json());
    }
    }
    return false;
}

QList<ResourceKey> Tracker::extras(const QSet<ResourceKey> &desired, const std::vector<const Json *> &live) const
{
    QList<ResourceKey> out;
    for (const Json *o : live) {
        if (!o || !tracks(*o))
            continue;
        const ResourceKey key = Comparer::keyOf(*o);
        if (!desired.contains(key))
            out.append(key);
    }
    return out;
}

} // namespace driftdeck::drift
