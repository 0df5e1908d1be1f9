// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/engine/sourcespec.h"
#include "core/manifest/renderer.h"

namespace driftdeck::engine {

// The files of a source at a revision, and the commit they were read at.
struct LoadedSource
{
    manifest::FileMap files;
    QString commit;    // full SHA, or empty for a plain folder that is not a Git repository
    QString branchHead; // tip of the tracked branch when known
};

// Reads a source's files: a local folder as it is on disk, or a Git repository (local or
// remote) at the requested revision straight from its object database.
class SourceLoader
{
public:
    virtual ~SourceLoader() = default;
    virtual Result<LoadedSource> load(const SourceSpec &spec) = 0;
};

// Loads plain local folders (no Git).
class FolderSourceLoader : public SourceLoader
{
public:
    Result<LoadedSource> load(const SourceSpec &spec) override;
};

// Loads from Git: a remote URL or a local repository is mirrored into the cache (clone, then
// incremental fetch) and read at the revision straight from the object database; a local
// folder that is not a Git repository is read as it is on disk.
class GitSourceLoader : public SourceLoader
{
public:
    explicit GitSourceLoader(QString cacheRoot = {});
    Result<LoadedSource> load(const SourceSpec &spec) override;

private:
    QString m_cacheRoot;
};

// Renders a loaded source with its renderer; errors per file are in the ManifestSet, a failure of
// the whole source (renderer unavailable, kustomize error) in RenderResult::failure.
manifest::RenderResult renderSource(const SourceSpec &spec, const LoadedSource &loaded);

} // namespace driftdeck::engine
