// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace driftdeck::forge {

enum class ForgeKind : quint8 { GitHub, GitLab, Gitea };

QString forgeKindName(ForgeKind kind);                        // "github" | "gitlab" | "gitea"
std::optional<ForgeKind> forgeKindFromName(const QString &name); // also "forgejo", "codeberg", "ghe"

} // namespace driftdeck::forge
