// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/sourcereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace driftdeck::workspace {

SourceReader::SourceReader(QString cacheRoot) : m_cacheRoot(std::move(cacheRoot))
{
    if (m_cacheRoot.isEmpty())
        m_cacheRoot = git::GitMirror::defaultCacheRoot();
}

bool SourceReader::isPlainFolder(const SourceSpec &spec)
{
    if (spec.repository.contains(QStringLiteral("://")) || !QFileInfo(spec.repository).isDir())
        return false;
    const QDir dir(spec.repository);
    return !dir.exists(QStringLiteral(".git")) && !dir.exists(QStringLiteral("HEAD"));
}

git::MirrorOptions SourceReader::mirrorOptions(const SourceSpec &spec, const QString &cacheRoot)
{
    git::MirrorOptions o;
    o.url = spec.repository;
    o.cacheRoot = cacheRoot;
    if (!spec.tokenEnv.isEmpty())
        o.credentials.token = qEnvironmentVariable(spec.tokenEnv.toUtf8().constData());
    o.credentials.useCredentialHelper = spec.credentialHelper;
    o.credentials.sshPrivateKey = spec.sshKey;
    if (!spec.sshPassphraseEnv.isEmpty())
        o.credentials.sshPassphrase = qEnvironmentVariable(spec.sshPassphraseEnv.toUtf8().constData());
    o.certificates.caFile = spec.caFile;
    o.certificates.knownHostsFile = spec.knownHostsFile;
    return o;
}

git::GitMirror *SourceReader::mirror(const SourceSpec &spec)
{
    if (isPlainFolder(spec))
        return nullptr;
    auto &slot = m_mirrors[spec.repository];
    if (!slot)
        slot = std::make_unique<git::GitMirror>(mirrorOptions(spec, m_cacheRoot));
    return slot.get();
}

Result<SourceSnapshot> SourceReader::read(const SourceSpec &spec, bool fetch)
{
    SourceSnapshot snap;
    snap.sourceName = spec.name;
    manifest::RenderRequest req;
    req.path = spec.path;
    req.kind = spec.renderer;
    req.unsupportedName = spec.unsupportedRenderer;
    req.recurse = spec.recurse;
    req.helmNamespace = spec.targetNamespace;
    req.origin.repository = spec.repository;

    if (isPlainFolder(spec)) {
        auto files = manifest::Renderer::loadDirectory(spec.repository);
        if (!files.ok())
            return files.error();
        req.files = std::move(*files);
    } else {
        git::GitMirror *m = mirror(spec);
        if (fetch || !m->exists()) {
            if (auto s = m->sync(); !s.ok())
                return s.error();
        }
        auto commit = m->resolve(spec.wantedRevision().isEmpty() ? QStringLiteral("HEAD") : spec.wantedRevision());
        if (!commit.ok())
            return commit.error();
        auto files = m->readTree(*commit);
        if (!files.ok())
            return files.error();
        snap.commit = *commit;
        req.origin.commit = *commit;
        req.files = std::move(*files);
    }
    snap.rendered = manifest::Renderer::render(req);
    return snap;
}

} // namespace driftdeck::workspace
