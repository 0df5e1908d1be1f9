// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"
#include "models/clusterstatus.h"

#include <QTextBrowser>
#include <QUrl>

namespace driftdeck::views {

// What a selected resource is and where it comes from: state and health, the source file and
// line at the commit (linked to the forge when the remote is a known one), the applied
// revision against the branch head, and the owner chain.
class DetailPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    void showResult(const drift::ResourceResult &result, const models::SourceStatus *source);
    void showCluster(const models::ClusterStatus &cluster);
    void showSource(const models::SourceStatus &source);
    void showNothing();

    static QString resultHtml(const drift::ResourceResult &result, const models::SourceStatus *source);
    // https://github.com/o/r(.git) -> https://github.com/o/r/blob/REV/PATH#LLINE; GitLab uses /-/blob/;
    // Gitea and Forgejo /src/commit/. Empty for a local path or an unknown host.
    static QUrl forgeFileUrl(const QString &repo, const QString &revision, const QString &path, int line);
};

} // namespace driftdeck::views
