// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/drift/driftresult.h"
#include "core/manifest/manifestobject.h"
#include "core/manifest/renderer.h"
#include "core/resolve/fileedit.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QStringList>

namespace driftdeck::resolve {

// Where a rendered Kustomize object is declared: the file, the object as written there, and
// the kustomization folders from the overlay down to the one that lists the file.
struct KustomizeSource
{
    manifest::ManifestObject object; // origin.filePath is the declaring file
    QStringList chain;               // overlay first
};

// Follows kustomization.yaml resources from an overlay to the file that declares an object,
// tells whether that file's folder is shared by other kustomizations, and writes a
// strategic-merge patch into the overlay (listed under `patches:`) instead of editing a
// shared base.
class KustomizePatcher
{
public:
    // `renderedName` includes the namePrefix/nameSuffix of every kustomization on the way.
    static Result<KustomizeSource> findSource(const manifest::FileMap &files, const QString &overlay,
                                              const ResourceKey &key);
    // Whether another kustomization, not on the chain and not including the overlay, reaches
    // `folder` through its resources.
    static bool isShared(const manifest::FileMap &files, const QString &folder, const QStringList &chain);
    // The patch file (created or extended) and the overlay's kustomization.yaml edit.
    static Result<QList<FileEdit>> writePatch(const manifest::FileMap &files, const QString &overlay,
                                              const KustomizeSource &source, const nlohmann::json &live,
                                              const QList<drift::FieldChange> &accepted);
    // The kustomization file of a folder ("kustomization.yaml", ".yml" or "Kustomization"), or empty.
    static QString kustomizationFile(const manifest::FileMap &files, const QString &folder);
    // "a/b/../c" -> "a/c"; "" for the root.
    static QString joinPath(const QString &folder, const QString &relative);
};

} // namespace driftdeck::resolve
