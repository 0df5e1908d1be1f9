// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forge/forgedetector.h"

#include <QRegularExpression>
#include <QUrl>

namespace driftdeck::forge {

std::optional<RemoteUrl> RemoteUrl::parse(const QString &text)
{
    const QString url = text.trimmed();
    RemoteUrl remote;
    if (url.contains(u"://")) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return std::nullopt;
        remote.scheme = parsed.scheme().toLower();
        if (remote.scheme == u"git+ssh" || remote.scheme == u"ssh+git")
            remote.scheme = QStringLiteral("ssh");
        remote.host = parsed.host().toLower();
        remote.port = parsed.port();
        remote.path = parsed.path();
    } else {
        // scp-like: [user@]host:path
        static const QRegularExpression scp(QStringLiteral("^(?:[^@/]+@)?([^:/]+):(.+)$"));
        const QRegularExpressionMatch m = scp.match(url);
        if (!m.hasMatch())
            return std::nullopt;
        remote.scheme = QStringLiteral("ssh");
        remote.host = m.captured(1).toLower();
        remote.path = m.captured(2);
    }
    while (remote.path.startsWith(u'/'))
        remote.path.remove(0, 1);
    while (remote.path.endsWith(u'/'))
        remote.path.chop(1);
    if (remote.path.endsWith(u".git"))
        remote.path.chop(4);
    if (remote.path.isEmpty() || remote.host.isEmpty())
        return std::nullopt;
    return remote;
}

namespace {

QString webRoot(const RemoteUrl &remote)
{
    const bool http = remote.scheme == u"http";
    QString root = (http ? u"http://" : u"https://") + remote.host;
    if (remote.port > 0 && (remote.scheme == u"http" || remote.scheme == u"https"))
        root += u':' + QString::number(remote.port);
    return root;
}

QString defaultApiUrl(ForgeKind kind, const RemoteUrl &remote)
{
    switch (kind) {
    case ForgeKind::GitHub:
        return remote.host == u"github.com" ? QStringLiteral("https://api.github.com") : webRoot(remote) + u"/api/v3";
    case ForgeKind::GitLab: return webRoot(remote) + u"/api/v4";
    case ForgeKind::Gitea: return webRoot(remote) + u"/api/v1";
    }
    return {};
}

std::optional<ForgeKind> kindFromHost(const QString &host)
{
    if (host == u"github.com" || host == u"www.github.com" || host.contains(u"github"))
        return ForgeKind::GitHub;
    if (host == u"gitlab.com" || host.contains(u"gitlab"))
        return ForgeKind::GitLab;
    if (host == u"codeberg.org" || host.contains(u"gitea") || host.contains(u"forgejo"))
        return ForgeKind::Gitea;
    return std::nullopt;
}

} // namespace

Result<ForgeTarget> ForgeDetector::detect(const QString &remoteUrl, std::optional<ForgeKind> configuredKind,
                                          const QString &configuredApiUrl)
{
    const std::optional<RemoteUrl> remote = RemoteUrl::parse(remoteUrl);
    if (!remote)
        return Error(tr("%1 is not a remote URL Driftdeck understands.").arg(remoteUrl));
    ForgeTarget target;
    target.host = remote->host;
    target.repo = remote->path;
    const std::optional<ForgeKind> kind = configuredKind ? configuredKind : kindFromHost(remote->host);
    if (!kind) {
        return Error(tr("Driftdeck cannot tell which forge hosts %1; choose GitHub, GitLab or Gitea and give its API URL.")
                         .arg(remote->host));
    }
    target.kind = *kind;
    if (target.kind != ForgeKind::GitLab && target.repo.count(u'/') != 1)
        return Error(tr("%1 does not name a repository as owner/name.").arg(remoteUrl));
    if (target.kind == ForgeKind::GitLab && !target.repo.contains(u'/'))
        return Error(tr("%1 does not name a GitLab project as group/project.").arg(remoteUrl));
    target.apiUrl = configuredApiUrl.trimmed().isEmpty() ? defaultApiUrl(target.kind, *remote) : configuredApiUrl.trimmed();
    while (target.apiUrl.endsWith(u'/'))
        target.apiUrl.chop(1);
    return target;
}

} // namespace driftdeck::forge
