// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/git/gitmirror.h"
#include "core/manifest/renderer.h"
#include "core/workspace/sourcespec.h"

#include <QString>

#include <map>
#include <memory>

namespace driftdeck::workspace {

// What one source declares at one commit.
struct SourceSnapshot
{
    QString sourceName;
    QString commit; // the commit read; empty for a plain folder on disk
    manifest::RenderResult rendered; // objects, per-file errors, renderer failure
};

// Reads sources end to end: one GitMirror per repository (clone, then incremental fetch),
// the source's branch or revision resolved, its path rendered. Feed the result to
// DesiredStore::update(spec.name, snapshot.commit, snapshot.rendered.manifests,
// spec.targetNamespace). Blocking: use it on the Git/render worker thread.
class SourceReader
{
public:
    explicit SourceReader(QString cacheRoot = {});

    // fetch: sync the mirror first (false reads what was fetched last).
    Result<SourceSnapshot> read(const SourceSpec &spec, bool fetch = true);

    // The mirror for a source's repository (created on first use; credentials from the spec:
    // tokenEnv, sshKey, credentialHelper). nullptr for a plain folder on disk.
    git::GitMirror *mirror(const SourceSpec &spec);

    static git::MirrorOptions mirrorOptions(const SourceSpec &spec, const QString &cacheRoot);
    // A folder on disk that is not a Git repository is read as it is.
    static bool isPlainFolder(const SourceSpec &spec);

private:
    QString m_cacheRoot;
    std::map<QString, std::unique_ptr<git::GitMirror>> m_mirrors;
};

} // namespace driftdeck::workspace
