// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publish/publisher.h"

#include "core/common/githandle.h"
#include "core/common/logging.h"

#include <vector>

#include <git2.h>

#include <QMap>
#include <QRegularExpression>
#include <QUrl>

namespace driftdeck::publish {

namespace {

// What the libgit2 callbacks learn during one network operation.
struct RemoteSession
{
    const Credentials *credentials = nullptr;
    int attempts = 0;
    bool authFailed = false;
    QStringList messages;
    QMap<QString, QString> rejected; // refname -> server status
    // A lease for the push: the remote tip of `leaseRef` must still be `leaseTip` (zero: absent).
    QByteArray leaseRef;
    git_oid leaseTip = {};
    bool leaseBroken = false;

    void beginOperation()
    {
        attempts = 0;
        authFailed = false;
    }
};

int credentialsCallback(git_credential **out, const char *, const char *usernameFromUrl, unsigned int allowed, void *payload)
{
    auto *session = static_cast<RemoteSession *>(payload);
    // libgit2 calls again after the server refused what we gave: one try only, never a loop.
    if (++session->attempts > 1) {
        session->authFailed = true;
        git_error_set_str(GIT_ERROR_NET, "the remote rejected the credentials");
        return GIT_EAUTH;
    }
    const Credentials &creds = *session->credentials;
    const QByteArray urlUser = usernameFromUrl ? QByteArray(usernameFromUrl) : QByteArray();
    if (creds.kind == Credentials::Kind::Token && (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT)) {
        const QByteArray user = !creds.username.isEmpty() ? creds.username.toUtf8()
            : !urlUser.isEmpty()                          ? urlUser
                                                          : QByteArray("x-access-token");
        return git_credential_userpass_plaintext_new(out, user.constData(), creds.token.toUtf8().constData());
    }
    if (creds.kind == Credentials::Kind::SshAgent) {
        const QByteArray user = !creds.username.isEmpty() ? creds.username.toUtf8() : !urlUser.isEmpty() ? urlUser : QByteArray("git");
        if (allowed & GIT_CREDENTIAL_SSH_KEY)
            return git_credential_ssh_key_from_agent(out, user.constData());
        if (allowed & GIT_CREDENTIAL_USERNAME)
            return git_credential_username_new(out, user.constData());
    }
    session->authFailed = true;
    git_error_set_str(GIT_ERROR_NET, "no credentials of a kind the remote accepts");
    return GIT_EAUTH;
}

int sidebandCallback(const char *text, int length, void *payload)
{
    auto *session = static_cast<RemoteSession *>(payload);
    const QString chunk = QString::fromUtf8(text, length);
    for (QString line : chunk.split(QRegularExpression(QStringLiteral("[\r\n]")), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (!line.isEmpty() && !session->messages.contains(line))
            session->messages.append(line);
    }
    return 0;
}

int pushUpdateReferenceCallback(const char *refname, const char *status, void *payload)
{
    if (status)
        static_cast<RemoteSession *>(payload)->rejected.insert(QString::fromUtf8(refname), QString::fromUtf8(status));
    return 0;
}

// Right before the upload: has the branch moved on the remote since we looked? Then a forced
// update could destroy someone else's commit: stop.
int pushNegotiationCallback(const git_push_update **updates, size_t count, void *payload)
{
    auto *session = static_cast<RemoteSession *>(payload);
    for (size_t i = 0; i < count; ++i) {
        if (session->leaseRef == updates[i]->dst_refname && !git_oid_equal(&updates[i]->src, &session->leaseTip)) {
            session->leaseBroken = true;
            git_error_set_str(GIT_ERROR_REFERENCE, "the remote branch moved since it was inspected");
            return GIT_EUSER;
        }
    }
    return 0;
}

git_remote_callbacks callbacksFor(RemoteSession *session)
{
    git_remote_callbacks callbacks;
    git_remote_init_callbacks(&callbacks, GIT_REMOTE_CALLBACKS_VERSION);
    callbacks.credentials = credentialsCallback;
    callbacks.sideband_progress = sidebandCallback;
    callbacks.push_update_reference = pushUpdateReferenceCallback;
    callbacks.push_negotiation = pushNegotiationCallback;
    callbacks.payload = session;
    return callbacks;
}

// A URL fit for messages: never the user-info part (it may hold a token).
QString displayUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return url.contains(u'@') && url.contains(u"://") ? QStringLiteral("the remote") : url;
    return parsed.toDisplayString(QUrl::RemoveUserInfo);
}

QString lastGitError(int code)
{
    return QString::fromStdString(gitLastError(code));
}

QString oidString(const git_oid &oid)
{
    char buf[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(buf, sizeof buf, &oid);
    return QString::fromLatin1(buf);
}

bool validPath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.endsWith(u'/'))
        return false;
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty() || part == u"." || part == u".." || part == u".git")
            return false;
    }
    return true;
}

} // namespace

namespace {

// Applies the edits to `base` in the object database only; the working tree is never touched.
// Does `base` still hold what each edit was computed from?
Result<void> checkBefore(git_repository *repo, const git_tree *base, const QList<FileEdit> &files, const QString &baseName)
{
    for (const FileEdit &file : files) {
        if (!file.before)
            continue;
        std::optional<QByteArray> current;
        GitTreeEntry entry;
        const int found = git_tree_entry_bypath(out(entry), base, file.path.toUtf8().constData());
        if (found == 0) {
            GitBlob blob;
            const int code = git_blob_lookup(out(blob), repo, git_tree_entry_id(entry.get()));
            if (code < 0)
                return Error(Publisher::tr("%1 could not be read on %2.").arg(file.path, baseName), lastGitError(code));
            current = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())), qsizetype(git_blob_rawsize(blob.get())));
        }
        if (current != *file.before) {
            return Error(Publisher::tr("%1 changed on %2 after the edit was prepared; refresh and review the edit again.")
                             .arg(file.path, baseName),
                         current ? QStringLiteral("content differs") : QStringLiteral("file is gone"));
        }
    }
    return success();
}

Result<git_oid> buildTree(git_repository *repo, const git_tree *base, const QList<FileEdit> &files)
{
    std::vector<git_tree_update> updates;
    std::vector<QByteArray> paths;
    paths.reserve(size_t(files.size()));
    for (const FileEdit &file : files) {
        if (!validPath(file.path))
            return Error(Publisher::tr("The path %1 cannot be written in a repository.").arg(file.path));
        paths.push_back(file.path.toUtf8());
        git_tree_update update = {};
        update.path = paths.back().constData();
        if (file.remove) {
            update.action = GIT_TREE_UPDATE_REMOVE;
        } else {
            update.action = GIT_TREE_UPDATE_UPSERT;
            update.filemode = GIT_FILEMODE_BLOB;
            GitTreeEntry existing;
            // out() hands the handle over at the end of the full expression: separate statements.
            const int found = git_tree_entry_bypath(out(existing), base, update.path);
            if (found == 0 && git_tree_entry_filemode(existing.get()) == GIT_FILEMODE_BLOB_EXECUTABLE)
                update.filemode = GIT_FILEMODE_BLOB_EXECUTABLE;
            const int code = git_blob_create_from_buffer(&update.id, repo, file.content.constData(), size_t(file.content.size()));
            if (code < 0)
                return Error(Publisher::tr("The new content of %1 could not be stored.").arg(file.path), lastGitError(code));
        }
        updates.push_back(update);
    }
    git_oid tree;
    const int code = git_tree_create_updated(&tree, repo, const_cast<git_tree *>(base), updates.size(), updates.data());
    if (code < 0)
        return Error(Publisher::tr("The edit could not be applied to the repository tree."), lastGitError(code));
    return tree;
}

enum class Ownership { Foreign, OursCurrent, OursStale };

// Is the remote branch tip exactly one Driftdeck commit for this change on (an ancestor of)
// the base tip?
Ownership ownershipOf(git_repository *repo, const git_oid &tip, const git_oid &baseTip, const Change &change)
{
    GitCommit commit;
    if (git_commit_lookup(out(commit), repo, &tip) < 0)
        return Ownership::Foreign;
    if (git_commit_parentcount(commit.get()) != 1)
        return Ownership::Foreign;
    const QString message = QString::fromUtf8(git_commit_message(commit.get()));
    if (!message.split(u'\n').contains(ChangeId::trailer(change)))
        return Ownership::Foreign;
    GitCommit parent;
    GitTree parentTree;
    if (git_commit_parent(out(parent), commit.get(), 0) < 0)
        return Ownership::Foreign;
    if (git_commit_tree(out(parentTree), parent.get()) < 0)
        return Ownership::Foreign;
    const Result<git_oid> expected = buildTree(repo, parentTree.get(), change.files);
    if (!expected.ok() || !git_oid_equal(&expected.value(), git_commit_tree_id(commit.get())))
        return Ownership::Foreign;
    const git_oid *parentId = git_commit_id(parent.get());
    if (git_oid_equal(parentId, &baseTip))
        return Ownership::OursCurrent;
    if (git_graph_descendant_of(repo, &baseTip, parentId) == 1)
        return Ownership::OursStale;
    return Ownership::Foreign;
}

} // namespace

Result<PublishResult> Publisher::publish(const PublishRequest &request)
{
    GitLibrary library;
    m_remoteMessages.clear();
    if (request.change.files.isEmpty())
        return Error(tr("There is nothing to publish: the change edits no file."));
    if (request.baseBranch.isEmpty())
        return Error(tr("Choose the branch the pull request should target."));

    GitRepository repo;
    int code = git_repository_open(out(repo), request.repositoryPath.toUtf8().constData());
    if (code < 0)
        return Error(tr("The repository %1 could not be opened.").arg(request.repositoryPath), lastGitError(code));

    GitRemote remote;
    if (!request.remoteUrl.isEmpty())
        code = git_remote_create_anonymous(out(remote), repo.get(), request.remoteUrl.toUtf8().constData());
    else
        code = git_remote_lookup(out(remote), repo.get(), request.remoteName.toUtf8().constData());
    if (code < 0)
        return Error(tr("The remote of %1 could not be found.").arg(request.repositoryPath), lastGitError(code));
    const QString where = displayUrl(QString::fromUtf8(git_remote_url(remote.get())));

    RemoteSession session;
    session.credentials = &request.credentials;
    const git_remote_callbacks callbacks = callbacksFor(&session);

    auto remoteError = [&](int failure, const QString &cause) -> Error {
        const git_error *last = git_error_last();
        const int klass = last ? last->klass : GIT_ERROR_NONE;
        m_remoteMessages = session.messages;
        if (session.authFailed || failure == GIT_EAUTH || cause.contains(u"401")
            || cause.contains(u"authentication", Qt::CaseInsensitive))
            return Error(tr("Authentication failed: %1 did not accept the credentials.").arg(where), cause);
        if (cause.contains(u"403"))
            return Error(tr("Permission denied: these credentials may not push to %1.").arg(where), cause);
        if (cause.contains(u"404") || cause.contains(u"not found", Qt::CaseInsensitive))
            return Error(tr("Not found: %1 does not exist or these credentials cannot see it.").arg(where), cause);
        if (failure == GIT_ECERTIFICATE || cause.contains(u"certificate", Qt::CaseInsensitive))
            return Error(tr("The certificate of %1 could not be verified.").arg(where), cause);
        if (klass == GIT_ERROR_NET || klass == GIT_ERROR_OS || klass == GIT_ERROR_HTTP || klass == GIT_ERROR_SSL
            || cause.contains(u"connect", Qt::CaseInsensitive) || cause.contains(u"resolve", Qt::CaseInsensitive))
            return Error(tr("Network unreachable: could not connect to %1.").arg(where), cause);
        return Error(tr("Git could not talk to %1.").arg(where), cause);
    };

    // 1. What the remote has now: the base tip and, maybe, our branch from an earlier click.
    const QString branch = ChangeId::branchName(request.change);
    const QByteArray baseRef = "refs/heads/" + request.baseBranch.toUtf8();
    const QByteArray branchRef = "refs/heads/" + branch.toUtf8();
    report(Step::Connecting);
    session.beginOperation();
    code = git_remote_connect(remote.get(), GIT_DIRECTION_FETCH, &callbacks, nullptr, nullptr);
    if (code < 0)
        return remoteError(code, lastGitError(code));
    const git_remote_head **heads = nullptr;
    size_t headCount = 0;
    code = git_remote_ls(&heads, &headCount, remote.get());
    if (code < 0)
        return remoteError(code, lastGitError(code));
    std::optional<git_oid> baseTip;
    std::optional<git_oid> remoteBranchTip;
    for (size_t i = 0; i < headCount; ++i) {
        if (baseRef == heads[i]->name)
            baseTip = heads[i]->oid;
        else if (branchRef == heads[i]->name)
            remoteBranchTip = heads[i]->oid;
    }
    git_remote_disconnect(remote.get());
    if (!baseTip)
        return Error(tr("The branch %1 does not exist on %2.").arg(request.baseBranch, where));

    // 2. Bring the objects into the local repository; no reference is written.
    std::vector<QByteArray> wanted{baseRef};
    if (remoteBranchTip)
        wanted.push_back(branchRef);
    std::vector<char *> wantedPtrs;
    for (QByteArray &w : wanted)
        wantedPtrs.push_back(w.data());
    const git_strarray fetchSpecs{wantedPtrs.data(), wantedPtrs.size()};
    git_fetch_options fetchOptions;
    git_fetch_options_init(&fetchOptions, GIT_FETCH_OPTIONS_VERSION);
    fetchOptions.callbacks = callbacks;
    fetchOptions.update_fetchhead = 0;
    fetchOptions.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
    report(Step::Fetching);
    session.beginOperation();
    code = git_remote_fetch(remote.get(), &fetchSpecs, &fetchOptions, nullptr);
    if (code < 0)
        return remoteError(code, lastGitError(code));

    // 3. Never overwrite what is not ours; reuse what is exactly ours.
    bool force = false;
    if (remoteBranchTip) {
        const Ownership ownership = ownershipOf(repo.get(), *remoteBranchTip, *baseTip, request.change);
        if (ownership == Ownership::Foreign) {
            return Error(tr("The branch %1 on %2 carries commits that Driftdeck did not make for this change; "
                            "it was left untouched. Delete or rename that branch to publish this change.")
                             .arg(branch, where),
                         QStringLiteral("remote tip %1").arg(oidString(*remoteBranchTip)));
        }
        if (ownership == Ownership::OursCurrent) {
            GitCommit tip;
            GitReference local;
            if (git_commit_lookup(out(tip), repo.get(), &*remoteBranchTip) == 0)
                git_branch_create(out(local), repo.get(), branch.toUtf8().constData(), tip.get(), 1);
            qCInfo(lcGit) << "branch" << branch << "already holds this change; reusing it";
            return PublishResult{branch, oidString(*remoteBranchTip), oidString(*baseTip), true};
        }
        force = true; // ours, on an older base: regenerate on the current base
    }

    // 4. One commit built in memory on the base tip.
    report(Step::Committing);
    GitCommit baseCommit;
    GitTree baseTree;
    code = git_commit_lookup(out(baseCommit), repo.get(), &*baseTip);
    if (code == 0)
        code = git_commit_tree(out(baseTree), baseCommit.get());
    if (code < 0)
        return Error(tr("The tip of %1 could not be read.").arg(request.baseBranch), lastGitError(code));
    const Result<void> unchanged = checkBefore(repo.get(), baseTree.get(), request.change.files, request.baseBranch);
    if (!unchanged.ok())
        return unchanged.error();
    const Result<git_oid> tree = buildTree(repo.get(), baseTree.get(), request.change.files);
    if (!tree.ok())
        return tree.error();
    if (git_oid_equal(&tree.value(), git_tree_id(baseTree.get())))
        return Error(tr("The edit changes nothing: %1 already has this content.").arg(request.baseBranch));
    GitTree newTree;
    code = git_tree_lookup(out(newTree), repo.get(), &tree.value());
    if (code < 0)
        return Error(tr("The edited tree could not be read back."), lastGitError(code));

    GitSignature signature;
    if (git_signature_default(out(signature), repo.get()) < 0) {
        const QString name = request.fallbackName.isEmpty() ? QStringLiteral("Driftdeck") : request.fallbackName;
        const QString email = request.fallbackEmail.isEmpty() ? QStringLiteral("driftdeck@localhost") : request.fallbackEmail;
        code = git_signature_now(out(signature), name.toUtf8().constData(), email.toUtf8().constData());
        if (code < 0)
            return Error(tr("No Git identity is configured; set user.name and user.email."), lastGitError(code));
    }
    QString message = request.title.trimmed().isEmpty() ? branch : request.title.trimmed();
    message += u"\n\n";
    if (!request.description.trimmed().isEmpty())
        message += request.description.trimmed() + u"\n\n";
    message += ChangeId::trailer(request.change) + u'\n';
    git_oid commitId;
    const git_commit *parents[] = {baseCommit.get()};
    code = git_commit_create(&commitId, repo.get(), nullptr, signature.get(), signature.get(), "UTF-8",
                             message.toUtf8().constData(), newTree.get(), 1, parents);
    if (code < 0)
        return Error(tr("The commit could not be created."), lastGitError(code));
    GitCommit commit;
    GitReference localBranch;
    code = git_commit_lookup(out(commit), repo.get(), &commitId);
    if (code == 0)
        code = git_branch_create(out(localBranch), repo.get(), branch.toUtf8().constData(), commit.get(), 1);
    if (code < 0)
        return Error(tr("The branch %1 could not be created.").arg(branch), lastGitError(code));

    // 5. Push, and read the server's verdict per reference.
    QByteArray refspec = (force ? "+" : "") + branchRef + ':' + branchRef;
    char *refspecPtr = refspec.data();
    const git_strarray pushSpecs{&refspecPtr, 1};
    git_push_options pushOptions;
    git_push_options_init(&pushOptions, GIT_PUSH_OPTIONS_VERSION);
    pushOptions.callbacks = callbacks;
    report(Step::Pushing);
    session.beginOperation();
    session.messages.clear();
    session.leaseRef = branchRef;
    if (remoteBranchTip)
        session.leaseTip = *remoteBranchTip;
    code = git_remote_push(remote.get(), &pushSpecs, &pushOptions);
    const QString pushCause = code < 0 ? lastGitError(code) : QString();
    m_remoteMessages = session.messages;
    if (session.leaseBroken) {
        return Error(tr("The branch %1 changed on %2 while Driftdeck was preparing its commit; nothing was pushed. Try again.")
                         .arg(branch, where),
                     pushCause);
    }
    if (code == GIT_ENONFASTFORWARD || pushCause.contains(u"fastforward", Qt::CaseInsensitive)
        || pushCause.contains(u"not present locally")) {
        return Error(tr("The push of %1 was refused as a non-fast-forward update: the branch changed on %2 meanwhile.")
                         .arg(branch, where),
                     pushCause);
    }
    if (code < 0)
        return remoteError(code, pushCause);
    if (session.rejected.contains(QString::fromUtf8(branchRef))) {
        const QString status = session.rejected.value(QString::fromUtf8(branchRef));
        const QString remoteSaid = session.messages.join(u' ');
        if (status.contains(u"non-fast-forward") || status.contains(u"fetch first"))
            return Error(tr("The push of %1 was refused as a non-fast-forward update: %2").arg(branch, remoteSaid.isEmpty() ? status : remoteSaid),
                         status);
        return Error(tr("%1 refused the branch %2 (it may be protected): %3")
                         .arg(where, branch, remoteSaid.isEmpty() ? status : status + u" — " + remoteSaid),
                     status);
    }
    qCInfo(lcGit) << "pushed" << branch << "to" << where;
    return PublishResult{branch, oidString(commitId), oidString(*baseTip), false};
}

} // namespace driftdeck::publish
