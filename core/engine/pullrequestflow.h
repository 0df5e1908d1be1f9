// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/drift/driftresult.h"
#include "core/forge/forgekind.h"
#include "core/forge/pullrequest.h"
#include "core/resolve/fileedit.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace driftdeck::engine {

class DriftEngine;

// What one click would change in Git: the edits that make Git match the cluster for the
// selected drift, what was refused and why, and the pull request's suggested text.
struct PullRequestPlan
{
    QString cluster;
    QString sourceId;
    QString repo;         // remote URL or local path of the source
    QString baseBranch;   // the branch the source follows
    QString repositoryPath; // where the branch is built (the source's mirror or local repository)
    QList<drift::ResourceResult> results; // included in the edit
    QList<resolve::FileEdit> edits;
    QStringList refusals; // "Secret/shop/db: Driftdeck never writes Secret values …"
    QString title;
    QString body;

    bool isEmpty() const { return edits.isEmpty(); }
    QString unifiedDiff() const { return resolve::FileEdit::unifiedDiff(edits); }
};

// Where the pull request goes. Everything empty is detected from the source's remote URL, the
// token from the keychain or GITHUB_TOKEN / GITLAB_TOKEN / GITEA_TOKEN.
struct PullRequestTarget
{
    std::optional<forge::ForgeKind> kind;
    QString apiUrl;
    QString remoteUrl; // where to push (and the forge's repository); default: the source's repository
    QString token;
    QString baseBranch; // default: the source's branch, else "main"
    bool draft = false;
    QStringList labels{QStringLiteral("driftdeck")};
};

struct PullRequestOutcome
{
    forge::PullRequest pullRequest;
    QString branch;
    QString commit;
    bool reusedBranch = false;
};

// Builds the plan for results of one cluster and one source (drifted fields, Extra objects to
// keep, Missing objects whose removal is accepted). Runs on the engine's thread.
Result<PullRequestPlan> planPullRequest(const DriftEngine &engine, const QString &cluster,
                                        const QList<drift::ResourceResult> &results, const QString &cacheRoot = {});

// Branch, commit, push, and open (or find) the pull request. Blocking; run it on a worker.
enum class PullRequestStep : quint8 { Connecting, Fetching, Committing, Pushing, OpeningPullRequest };
Result<PullRequestOutcome> openPullRequest(const PullRequestPlan &plan, const PullRequestTarget &target,
                                           const std::function<void(PullRequestStep)> &progress = {});

} // namespace driftdeck::engine

Q_DECLARE_METATYPE(driftdeck::engine::PullRequestPlan)
Q_DECLARE_METATYPE(driftdeck::engine::PullRequestTarget)
