// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/resourceevaluator.h"

#include "core/drift/health.h"

#include <QCoreApplication>

namespace driftdeck::drift {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("driftdeck::drift::ResourceEvaluator", text);
}

QString apiVersionOf(const nlohmann::json *object)
{
    if (!object || !object->is_object())
        return {};
    const auto it = object->find("apiVersion");
    return it != object->end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// A string field of an object from the API server, empty when absent or of another type
// (json::value() would throw on a wrong type and end the process).
QString textOf(const nlohmann::json &o, const char *key)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QList<ResourceKey> ownersOf(const nlohmann::json &live, const QString &ns)
{
    QList<ResourceKey> owners;
    const auto meta = live.find("metadata");
    if (meta == live.end() || !meta->is_object())
        return owners;
    const auto refs = meta->find("ownerReferences");
    if (refs == meta->end() || !refs->is_array())
        return owners;
    for (const nlohmann::json &r : *refs) {
        if (!r.is_object())
            continue;
        ResourceKey k;
        k.group = groupOfApiVersion(textOf(r, "apiVersion"));
        k.kind = textOf(r, "kind");
        k.name = textOf(r, "name");
        k.ns = ns; // owners of namespaced objects live in the same namespace (or are cluster-scoped)
        owners.append(k);
    }
    return owners;
}

} // namespace

ResourceEvaluator::ResourceEvaluator(CompareOptions options) : m_comparer(std::move(options)) {}

bool ResourceEvaluator::ignoredByRule(const ResourceKey &key, QString *reason) const
{
    for (const IgnoreRule &rule : m_comparer.options().ignoreRules) {
        if (rule.ignoresWholeResource() && rule.appliesTo(key)) {
            *reason = QCoreApplication::translate("driftdeck::drift::Comparer", "Ignored by the rule %1.")
                          .arg(rule.describe());
            return true;
        }
    }
    return false;
}

ResourceResult ResourceEvaluator::evaluate(const ResourceKey &key, const nlohmann::json *desired,
                                           const nlohmann::json *live, const Tracker *tracker,
                                           const OwnershipIndex *ownership, const nlohmann::json *dryRun) const
{
    ResourceResult r;
    r.key = key;
    r.version = versionOfApiVersion(apiVersionOf(live ? live : desired));
    if (live && live->is_object()) {
        const HealthResult h = Health::assess(*live);
        r.health = h.state;
        r.healthMessage = h.message;
        r.owners = ownersOf(*live, key.ns);
    } else {
        r.health = desired ? HealthState::Missing : HealthState::Unknown;
    }

    QString reason;
    if (ignoredByRule(key, &reason)) {
        r.state = SyncState::Ignored;
        r.reason = reason;
        return r;
    }
    if (desired && live) {
        CompareResult c = dryRun ? m_comparer.compareExact(*dryRun, *live, ownership)
                                 : m_comparer.compare(*desired, *live, ownership);
        r.state = c.state;
        r.reason = std::move(c.reason);
        r.changes = std::move(c.changes);
        return r;
    }
    if (desired) {
        if (Comparer::reconcileDisabled(*desired)) {
            r.state = SyncState::Ignored;
            r.reason = tr("Reconciliation is disabled for this object; it is not in the cluster.");
            return r;
        }
        r.state = SyncState::Missing;
        r.reason = tr("The object is in Git but not in the cluster.");
        return r;
    }
    if (live) {
        if (Comparer::reconcileDisabled(*live)) {
            r.state = SyncState::Ignored;
            r.reason = tr("Reconciliation is disabled for this object.");
            return r;
        }
        if (tracker && tracker->tracks(*live)) {
            r.state = SyncState::Extra;
            r.reason = tr("The object is no longer in Git but still belongs to this source. %1")
                           .arg(tracker->description());
            return r;
        }
        r.state = SyncState::Unknown;
        r.reason = tr("The object is not in Git and not tracked by this source.");
        return r;
    }
    r.state = SyncState::Unknown;
    r.reason = tr("The object is neither in Git nor in the cluster.");
    return r;
}

} // namespace driftdeck::drift
