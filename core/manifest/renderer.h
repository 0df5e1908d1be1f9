// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/manifest/manifestobject.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace driftdeck::manifest {

// A repository tree at one commit: '/' separated paths relative to the root -> file bytes.
// core/git's GitMirror::readTree() returns exactly this type.
using FileMap = QMap<QString, QByteArray>;

enum class RendererKind {
    Auto,      // decide from the folder: kustomization.yaml -> Kustomize, Chart.yaml -> Helm, else Plain
    Plain,     // every .yaml/.yml/.json below the folder, honouring .sourceignore
    Kustomize, // `kustomize build`, else `kubectl kustomize`
    Helm,      // `helm template`
    Unsupported, // jsonnet, Argo CD config management plugins: reported by name, never skipped
};

QString rendererName(RendererKind kind);
RendererKind rendererFromName(const QString &name); // "plain", "kustomize", "helm", "" / "auto"

struct RenderRequest
{
    FileMap files;         // the whole tree (Kustomize may reach outside `path`)
    QString path;          // folder to render, relative to the root ("" or "." for the root)
    RendererKind kind = RendererKind::Auto;
    QString unsupportedName; // with Unsupported: what it is ("jsonnet", "plugin argocd-vault-plugin")
    bool recurse = true;     // Plain: include sub-folders (Flux does; Argo CD only with directory.recurse)
    SourceOrigin origin;   // repository and commit; filePath is set per object
    QString releaseName;   // Helm release name (defaults to the folder's name)
    QString helmNamespace; // Helm --namespace
    int timeoutMs = 120000;
    // Programs to run instead of searching PATH (tests, settings). Empty: search PATH.
    QString kustomizeProgram;
    QString kubectlProgram;
    QString helmProgram;
};

struct RenderResult
{
    RendererKind renderer = RendererKind::Plain;
    QString tool;       // program that rendered ("kustomize", "kubectl kustomize", "helm"); empty for plain
    ManifestSet manifests;
    // Set when the source as a whole could not be rendered (tool missing, failed, timed out,
    // unsupported); the same problem is also in manifests.errors for display beside files.
    std::optional<Error> failure;
};

// Turns a folder of a repository into the objects the GitOps operator would apply.
// Blocking (runs subprocesses): call it from the Git/render worker, never the GUI thread.
class Renderer
{
public:
    static RenderResult render(const RenderRequest &request);

    static RendererKind detect(const FileMap &files, const QString &path);

    // Reads a folder from disk into a FileMap (local paths given in the workspace file).
    static Result<FileMap> loadDirectory(const QString &root);

    // Writes a FileMap below `dir` (for tools that need files on disk).
    static Result<void> materialise(const FileMap &files, const QString &dir);
};

} // namespace driftdeck::manifest
