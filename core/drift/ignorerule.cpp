// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/ignorerule.h"

#include "core/drift/normalizer.h"

#include <QCoreApplication>

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

namespace {

Result<FieldPath> fromPointer(QStringView text)
{
    FieldPath path;
    const QStringList parts = text.mid(1).toString().split(u'/');
    for (QString part : parts) {
        if (part.isEmpty())
            return Error(QCoreApplication::translate("driftdeck::drift::Comparer", "“%1” has an empty step.").arg(text));
        part.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && index >= 0)
            path.appendIndex(index);
        else
            path.appendField(part.toStdString());
    }
    return path;
}

} // namespace

Result<IgnoreRule> IgnoreRule::fromFieldList(const QStringList &lines)
{
    IgnoreRule rule;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        auto parsed = line.startsWith(u'/') ? fromPointer(line) : FieldPath::parse(line);
        if (!parsed) {
            return Error(QCoreApplication::translate("driftdeck::drift::Comparer", "The ignored field “%1” cannot be read: %2")
                             .arg(line, parsed.error().message),
                         parsed.error().cause);
        }
        rule.paths.append(std::move(parsed).value());
    }
    return rule;
}

} // namespace driftdeck::drift
