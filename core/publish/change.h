// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/resourcekey.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace driftdeck::publish {

// The new content of one file in the repository (paths relative to its root, '/'-separated).
struct FileEdit
{
    QString path;
    QByteArray content;
    bool remove = false; // delete the file instead of writing `content`
    // When set, the base branch must still hold exactly `before` at `path` (nullopt inside:
    // the file must not exist), else the edit was made against an older file and is refused
    // instead of silently undoing someone's newer change. Not part of the change's identity.
    std::optional<std::optional<QByteArray>> before;

    bool operator==(const FileEdit &) const = default;
};

// What one pull request changes: the cluster and resources it resolves and the edited files.
struct Change
{
    QString cluster;
    QList<ResourceKey> resources;
    QList<FileEdit> files;

    bool operator==(const Change &) const = default;
};

// Identity of a change: the same drift resolved the same way always yields the same id and
// branch, so a second click finds the first pull request instead of opening another.
class ChangeId
{
public:
    // Hex SHA-256 over cluster, resources and the edited files (order-independent).
    static QString of(const Change &change);
    // driftdeck/<cluster>/<kind>-<namespace>-<name>-<first 10 hex of the id>; cluster-scoped
    // resources omit the namespace, several resources read "<n>-resources". Always a valid
    // Git reference name.
    static QString branchName(const Change &change);
    // The trailer line Driftdeck writes into its commits: "Driftdeck-Change: <id>".
    static QString trailer(const Change &change);
    // Makes a string safe as one component of a Git reference name.
    static QString refComponent(const QString &text);
};

} // namespace driftdeck::publish
