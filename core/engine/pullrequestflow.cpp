// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/pullrequestflow.h"

#include "core/engine/driftengine.h"
#include "core/forge/pullrequestbody.h"
#include "core/forge/pullrequestopener.h"
#include "core/git/gitmirror.h"
#include "core/resolve/resolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace driftdeck::engine {

namespace {


bool isSecret(const ResourceKey &key)
{
    return key.group.isEmpty() && key.kind == u"Secret";
}

// Keeps the first `before` and the last `after` per file, so several resources edited in one
// file become one edit.
void mergeEdit(QList<resolve::FileEdit> &edits, const resolve::FileEdit &edit)
{
    for (resolve::FileEdit &e : edits) {
        if (e.path != edit.path)
            continue;
        e.after = edit.after;
        e.summary += edit.summary;
        if (edit.kind == resolve::FileEdit::Kind::Delete)
            e.kind = e.kind == resolve::FileEdit::Kind::Create ? e.kind : resolve::FileEdit::Kind::Delete;
        return;
    }
    edits.append(edit);
}

} // namespace

Result<PullRequestPlan> planPullRequest(const DriftEngine &engine, const QString &cluster,
                                        const QList<drift::ResourceResult> &results, const QString &cacheRoot)
{
    if (results.isEmpty())
        return Error(QCoreApplication::translate("PullRequestFlow", "Select at least one drifted, missing or extra resource."));
    const QString sourceId = results.first().source;
    for (const auto &r : results) {
        if (r.source != sourceId)
            return Error(QCoreApplication::translate("PullRequestFlow", "The selection spans several sources; open one pull request per source."));
    }
    const auto spec = engine.sourceSpec(cluster, sourceId);
    if (!spec)
        return Error(QCoreApplication::translate("PullRequestFlow", "The source %1 of cluster %2 is not loaded.").arg(sourceId, cluster));

    PullRequestPlan plan;
    plan.cluster = cluster;
    plan.sourceId = sourceId;
    plan.repo = spec->repo;
    plan.baseBranch = spec->revision.isEmpty() ? QStringLiteral("main") : spec->revision;
    const QFileInfo local(spec->repo);
    if (local.isDir())
        plan.repositoryPath = local.absoluteFilePath();
    else
        plan.repositoryPath = git::GitMirror::mirrorPathFor(cacheRoot.isEmpty() ? git::GitMirror::defaultCacheRoot() : cacheRoot, spec->repo);

    manifest::FileMap files = engine.sourceFiles(cluster, sourceId);
    resolve::ResolveOptions options;
    options.renderer = spec->renderer == manifest::RendererKind::Auto ? manifest::Renderer::detect(files, spec->path) : spec->renderer;
    options.sourcePath = spec->path;

    // Field edits first, then new files, then removals (they shift document indexes last).
    QList<drift::ResourceResult> ordered = results;
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        auto rank = [](SyncState s) { return s == SyncState::Drifted ? 0 : s == SyncState::Extra ? 1 : 2; };
        return rank(a.state) < rank(b.state);
    });
    for (const drift::ResourceResult &r : ordered) {
        const QString who = r.key.displayName();
        if (isSecret(r.key)) {
            plan.refusals << who + u": " + resolve::Resolver::secretRefusal();
            continue;
        }
        options.files = files;
        Result<QList<resolve::FileEdit>> edits = Error(QString());
        const auto desired = engine.desiredObject(cluster, r.key);
        const auto live = engine.liveObject(cluster, r.key);
        switch (r.state) {
        case SyncState::Drifted:
            if (!desired || !live) {
                plan.refusals << who + u": " + QCoreApplication::translate("PullRequestFlow", "the object is no longer both in Git and in the cluster");
                continue;
            }
            edits = resolve::Resolver::resolveInSource(*desired, *live, r.changes, options);
            break;
        case SyncState::Extra:
            if (!live) {
                plan.refusals << who + u": " + QCoreApplication::translate("PullRequestFlow", "the object is no longer in the cluster");
                continue;
            }
            edits = resolve::Resolver::keepExtra(*live, spec->path, files);
            break;
        case SyncState::Missing:
            if (!desired) {
                plan.refusals << who + u": " + QCoreApplication::translate("PullRequestFlow", "the object is no longer in Git");
                continue;
            }
            edits = resolve::Resolver::removeObject(*desired, files.value(desired->origin.filePath), files);
            break;
        default:
            continue; // nothing to change for Synced, Ignored or Unknown
        }
        if (!edits) {
            plan.refusals << who + u": " + edits.error().message;
            continue;
        }
        plan.results << r;
        for (const resolve::FileEdit &e : *edits) {
            mergeEdit(plan.edits, e);
            if (e.kind == resolve::FileEdit::Kind::Delete)
                files.remove(e.path);
            else
                files.insert(e.path, e.after);
        }
    }
    if (!plan.results.isEmpty()) {
        plan.title = forge::PullRequestBody::title(plan.results);
        plan.body = forge::PullRequestBody::build(plan.results);
    }
    return plan;
}

Result<PullRequestOutcome> openPullRequest(const PullRequestPlan &plan, const PullRequestTarget &target,
                                           const std::function<void(PullRequestStep)> &progress)
{
    if (plan.isEmpty())
        return Error(QCoreApplication::translate("PullRequestFlow", "There is nothing to change in Git for this selection."));
    forge::PullRequestOpener::Input input;
    input.repositoryPath = plan.repositoryPath;
    input.remoteUrl = target.remoteUrl.isEmpty() ? plan.repo : target.remoteUrl;
    input.forgeKind = target.kind;
    input.forgeApiUrl = target.apiUrl;
    input.baseBranch = target.baseBranch.isEmpty() ? plan.baseBranch : target.baseBranch;
    input.results = plan.results;
    for (const resolve::FileEdit &e : plan.edits) {
        publish::FileEdit f;
        f.path = e.path;
        f.content = e.after;
        f.remove = e.kind == resolve::FileEdit::Kind::Delete;
        if (e.kind == resolve::FileEdit::Kind::Create)
            f.before = std::optional<QByteArray>();
        else
            f.before = std::optional<QByteArray>(e.before);
        input.files << f;
    }
    input.title = plan.title;
    input.body = plan.body;
    input.draft = target.draft;
    input.labels = target.labels;
    input.token = target.token;

    forge::PullRequestOpener opener;
    opener.setProgressHandler([&](publish::Publisher::Step s) {
        if (!progress)
            return;
        switch (s) {
        case publish::Publisher::Step::Connecting: progress(PullRequestStep::Connecting); break;
        case publish::Publisher::Step::Fetching: progress(PullRequestStep::Fetching); break;
        case publish::Publisher::Step::Committing: progress(PullRequestStep::Committing); break;
        case publish::Publisher::Step::Pushing: progress(PullRequestStep::Pushing); break;
        }
    });
    auto opened = opener.open(input);
    if (!opened)
        return opened.error();
    PullRequestOutcome out;
    out.pullRequest = opened->pullRequest;
    out.branch = opened->published.branch;
    out.commit = opened->published.commit;
    out.reusedBranch = opened->published.reused;
    return out;
}

} // namespace driftdeck::engine
