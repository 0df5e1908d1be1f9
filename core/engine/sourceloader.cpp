// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/sourceloader.h"

#include "core/git/gitmirror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace driftdeck::engine {

Result<LoadedSource> FolderSourceLoader::load(const SourceSpec &spec)
{
    const QFileInfo info(spec.repo);
    if (!info.isDir())
        return Error(QCoreApplication::translate("SourceLoader", "The source folder %1 does not exist.").arg(spec.repo));
    auto files = manifest::Renderer::loadDirectory(info.absoluteFilePath());
    if (!files)
        return files.error();
    LoadedSource out;
    out.files = std::move(*files);
    return out;
}

GitSourceLoader::GitSourceLoader(QString cacheRoot)
    : m_cacheRoot(std::move(cacheRoot))
{
}

Result<LoadedSource> GitSourceLoader::load(const SourceSpec &spec)
{
    const QFileInfo local(spec.repo);
    const bool isLocalDir = local.isDir();
    if (isLocalDir && !QFileInfo(QDir(spec.repo).filePath(QStringLiteral(".git"))).exists()
        && !QFileInfo(QDir(spec.repo).filePath(QStringLiteral("HEAD"))).exists()) {
        return FolderSourceLoader().load(spec);
    }
    git::MirrorOptions options;
    options.url = isLocalDir ? local.absoluteFilePath() : spec.repo;
    options.cacheRoot = m_cacheRoot;
    const QString tokenVariable = spec.tokenEnv.isEmpty() ? QStringLiteral("DRIFTDECK_GIT_TOKEN") : spec.tokenEnv;
    options.credentials.token = qEnvironmentVariable(tokenVariable.toUtf8().constData());
    options.credentials.sshPrivateKey = spec.sshKey;
    if (!spec.sshPassphraseEnv.isEmpty())
        options.credentials.sshPassphrase = qEnvironmentVariable(spec.sshPassphraseEnv.toUtf8().constData());
    options.certificates.caFile = spec.caFile;
    options.certificates.knownHostsFile = spec.knownHostsFile;
    git::GitMirror mirror(options);
    if (auto synced = mirror.sync(); !synced)
        return synced.error();
    const QString revision = spec.revision.isEmpty() ? QStringLiteral("HEAD") : spec.revision;
    auto commit = mirror.resolve(revision);
    if (!commit)
        return commit.error();
    auto files = mirror.readTree(*commit);
    if (!files)
        return files.error();
    LoadedSource out;
    out.files = std::move(*files);
    out.commit = *commit;
    out.branchHead = *commit;
    return out;
}

manifest::RenderResult renderSource(const SourceSpec &spec, const LoadedSource &loaded)
{
    manifest::RenderRequest request;
    request.files = loaded.files;
    request.path = spec.path;
    request.kind = spec.renderer;
    request.origin.repository = spec.repo;
    request.origin.commit = loaded.commit;
    request.helmNamespace = spec.targetNamespace;
    return manifest::Renderer::render(request);
}

} // namespace driftdeck::engine
