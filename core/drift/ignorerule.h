// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/resourcekey.h"
#include "core/common/result.h"
#include "core/drift/fieldpath.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace driftdeck::drift {

// One ignore rule. The resource part (group, kind, namespace, name globs; empty means any)
// selects resources; then
// - without paths and managers the whole resource is Ignored,
// - paths drop the differences at or below them (list selectors allowed:
//   spec.template.spec.containers[name=istio-proxy]),
// - managers drop differences in fields those field managers own (e.g. the HPA's replicas).
struct IgnoreRule
{
    QString group;
    QString kind;
    QString ns;
    QString name;
    QList<FieldPath> paths;
    QStringList managers;

    bool appliesTo(const ResourceKey &key) const;
    bool ignoresWholeResource() const { return paths.isEmpty() && managers.isEmpty(); }
    // "apps/Deployment/shop/web-*" style description for reasons.
    QString describe() const;

    // Convenience: a rule from path strings; fails on the first unparsable path.
    static Result<IgnoreRule> withPaths(const QString &group, const QString &kind, const QStringList &paths);
    // The preferences' "Ignore fields" list (QSettings engine/ignoreRules): one field a line,
    // as people write it (spec.replicas, spec.template.spec.containers[name=istio-proxy]) or
    // as an RFC 6901 JSON Pointer (/metadata/annotations/a~1b, numbers are list indexes), for
    // every resource. Blank lines are skipped; the first bad line is an error naming it.
    static Result<IgnoreRule> fromFieldList(const QStringList &lines);

    bool operator==(const IgnoreRule &) const = default;
};

} // namespace driftdeck::drift
