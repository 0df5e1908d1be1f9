// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/ignorerule.h"

#include "core/drift/normalizer.h"

namespace driftdeck::drift {

bool IgnoreRule::appliesTo(const ResourceKey &key) const
{
    return Normalizer::globMatch(group, key.group) && Normalizer::globMatch(kind, key.kind)
        && Normalizer::globMatch(ns, key.ns) && Normalizer::globMatch(name, key.name);
}

QString IgnoreRule::describe() const
{
    const auto part = [](const QString &s) { return s.isEmpty() ? QStringLiteral("*") : s; };
    return part(group) + u'/' + part(kind) + u'/' + part(ns) + u'/' + part(name);
}

Result<IgnoreRule> IgnoreRule::withPaths(const QString &group, const QString &kind, const QStringList &paths)
{
    IgnoreRule rule;
    rule.group = group;
    rule.kind = kind;
    for (const QString &p : paths) {
        auto parsed = FieldPath::parse(p);
        if (!parsed)
            return parsed.error();
        rule.paths.append(std::move(parsed).value());
    }
    return rule;
}

} // namespace driftdeck::drift
