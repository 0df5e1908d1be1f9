// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forge/forgekind.h"

namespace driftdeck::forge {

QString forgeKindName(ForgeKind kind)
{
    switch (kind) {
    case ForgeKind::GitHub: return QStringLiteral("github");
    case ForgeKind::GitLab: return QStringLiteral("gitlab");
    case ForgeKind::Gitea: return QStringLiteral("gitea");
    }
    return {};
}

std::optional<ForgeKind> forgeKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"github" || n == u"ghe" || n == u"github-enterprise")
        return ForgeKind::GitHub;
    if (n == u"gitlab")
        return ForgeKind::GitLab;
    if (n == u"gitea" || n == u"forgejo" || n == u"codeberg")
        return ForgeKind::Gitea;
    return std::nullopt;
}

} // namespace driftdeck::forge
