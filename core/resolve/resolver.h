// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/drift/driftresult.h"
#include "core/manifest/manifestobject.h"
#include "core/manifest/renderer.h"
#include "core/resolve/fileedit.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QList>

namespace driftdeck::resolve {

struct ResolveOptions
{
    manifest::RendererKind renderer = manifest::RendererKind::Plain;
    // The repository tree (Kustomize bases and overlays, Helm values, kustomization.yaml files).
    manifest::FileMap files;
    // The source folder: the Kustomize overlay or the Helm chart.
    QString sourcePath;
    // Kustomize: render the overlay with the edit applied and check the live values come out.
    bool renderCheck = true;
    QString kubectlProgram;
};

// Turns accepted drift into edits of Git that make Git match the live values (docs/resolve.md).
// Every edit is verified by reading the result back; anything that cannot be written safely
// is refused with a translated reason. Deterministic: the same inputs give the same bytes.
class Resolver
{
public:
    // Edits one source file so the desired object yields the live values of the accepted
    // fields and nothing else changes.
    static Result<FileEdit> resolve(const QByteArray &fileBytes, const manifest::ManifestObject &desired,
                                    const nlohmann::json &live, const QList<drift::FieldChange> &accepted,
                                    const ResolveOptions &options = {});

    // The same for a whole source: plain files are edited in place, Helm is refused with the
    // value to change, Kustomize edits the overlay's own file or a base used by this overlay
    // alone, and writes a strategic-merge patch into the overlay for a base shared by others.
    static Result<QList<FileEdit>> resolveInSource(const manifest::ManifestObject &desired, const nlohmann::json &live,
                                                   const QList<drift::FieldChange> &accepted,
                                                   const ResolveOptions &options);

    // An Extra object to keep: a clean new manifest in `folder`, listed in the folder's
    // kustomization.yaml resources when there is one.
    static Result<QList<FileEdit>> keepExtra(const nlohmann::json &live, const QString &folder,
                                             const manifest::FileMap &files);

    // A Missing object the operator agrees should go: its document (or `kind: List` item) is
    // removed, the file deleted when nothing else is left, and a kustomization.yaml entry for
    // a deleted file dropped.
    static Result<QList<FileEdit>> removeObject(const manifest::ManifestObject &desired, const QByteArray &fileBytes,
                                                const manifest::FileMap &files = {});

    // The refusal for Secret values (translated), shared with the views.
    static QString secretRefusal();
};

} // namespace driftdeck::resolve
