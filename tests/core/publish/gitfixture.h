// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: bare repositories with commits made through libgit2, read back by path.
#pragma once

#include "core/common/githandle.h"

#include <git2.h>

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace gitfixture {

using namespace driftdeck;

inline QString oidHex(const git_oid &oid)
{
    char buf[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(buf, sizeof buf, &oid);
    return QString::fromLatin1(buf);
}

inline bool initBare(const QString &path)
{
    GitRepository repo;
    if (git_repository_init(out(repo), path.toUtf8().constData(), 1) < 0)
        return false;
    return git_repository_set_head(repo.get(), "refs/heads/main") == 0;
}

// Commits `files` (path -> content) on top of `branch` (or as a root commit when the branch
// does not exist) and moves the branch. Returns the commit id, empty on failure.
inline QString commit(const QString &repoPath, const QString &branch, const QMap<QString, QByteArray> &files,
                      const QString &message, const QString &author = QStringLiteral("Someone Else"))
{
    GitRepository repo;
    if (git_repository_open(out(repo), repoPath.toUtf8().constData()) < 0)
        return {};
    const QByteArray ref = "refs/heads/" + branch.toUtf8();
    GitCommit parent;
    GitTree baseTree;
    git_oid parentId;
    const bool hasParent = git_reference_name_to_id(&parentId, repo.get(), ref.constData()) == 0;
    if (hasParent) {
        git_commit_lookup(out(parent), repo.get(), &parentId);
        git_commit_tree(out(baseTree), parent.get());
    } else {
        GitTreeBuilder builder;
        git_oid empty;
        git_treebuilder_new(out(builder), repo.get(), nullptr);
        git_treebuilder_write(&empty, builder.get());
        git_tree_lookup(out(baseTree), repo.get(), &empty);
    }
    std::vector<QByteArray> paths;
    paths.reserve(size_t(files.size()));
    std::vector<git_tree_update> updates;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        paths.push_back(it.key().toUtf8());
        git_tree_update u = {};
        u.action = GIT_TREE_UPDATE_UPSERT;
        u.filemode = GIT_FILEMODE_BLOB;
        u.path = paths.back().constData();
        if (git_blob_create_from_buffer(&u.id, repo.get(), it.value().constData(), size_t(it.value().size())) < 0)
            return {};
        updates.push_back(u);
    }
    git_oid treeId;
    if (git_tree_create_updated(&treeId, repo.get(), baseTree.get(), updates.size(), updates.data()) < 0)
        return {};
    GitTree tree;
    git_tree_lookup(out(tree), repo.get(), &treeId);
    GitSignature sig;
    git_signature_now(out(sig), author.toUtf8().constData(), "someone@example.invalid");
    git_oid commitId;
    const git_commit *parents[] = {parent.get()};
    if (git_commit_create(&commitId, repo.get(), ref.constData(), sig.get(), sig.get(), nullptr, message.toUtf8().constData(),
                          tree.get(), hasParent ? 1 : 0, parents)
        < 0)
        return {};
    return oidHex(commitId);
}

inline QString refTarget(const QString &repoPath, const QString &ref)
{
    GitRepository repo;
    git_oid id;
    if (git_repository_open(out(repo), repoPath.toUtf8().constData()) < 0)
        return {};
    if (git_reference_name_to_id(&id, repo.get(), ref.toUtf8().constData()) < 0)
        return {};
    return oidHex(id);
}

// The content of `path` at the commit `ref` points to; nullopt when missing.
inline std::optional<QByteArray> readFile(const QString &repoPath, const QString &ref, const QString &path)
{
    GitRepository repo;
    git_oid id;
    GitCommit c;
    GitTree tree;
    GitTreeEntry entry;
    GitBlob blob;
    // out() hands a handle over at the end of the full expression: one call per statement.
    if (git_repository_open(out(repo), repoPath.toUtf8().constData()) < 0)
        return std::nullopt;
    if (git_reference_name_to_id(&id, repo.get(), ref.toUtf8().constData()) < 0)
        return std::nullopt;
    if (git_commit_lookup(out(c), repo.get(), &id) < 0)
        return std::nullopt;
    if (git_commit_tree(out(tree), c.get()) < 0)
        return std::nullopt;
    if (git_tree_entry_bypath(out(entry), tree.get(), path.toUtf8().constData()) < 0)
        return std::nullopt;
    if (git_blob_lookup(out(blob), repo.get(), git_tree_entry_id(entry.get())) < 0)
        return std::nullopt;
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())), qsizetype(git_blob_rawsize(blob.get())));
}

struct CommitInfo
{
    QString message;
    QString authorName;
    QString authorEmail;
    QStringList parents;
};

inline std::optional<CommitInfo> commitInfo(const QString &repoPath, const QString &sha)
{
    GitRepository repo;
    git_oid id;
    GitCommit c;
    if (git_repository_open(out(repo), repoPath.toUtf8().constData()) < 0)
        return std::nullopt;
    if (git_oid_fromstr(&id, sha.toLatin1().constData()) < 0)
        return std::nullopt;
    if (git_commit_lookup(out(c), repo.get(), &id) < 0)
        return std::nullopt;
    CommitInfo info;
    info.message = QString::fromUtf8(git_commit_message(c.get()));
    info.authorName = QString::fromUtf8(git_commit_author(c.get())->name);
    info.authorEmail = QString::fromUtf8(git_commit_author(c.get())->email);
    for (unsigned i = 0; i < git_commit_parentcount(c.get()); ++i)
        info.parents << oidHex(*git_commit_parent_id(c.get(), i));
    return info;
}

inline bool setConfig(const QString &repoPath, const char *key, const QString &value)
{
    GitRepository repo;
    GitConfig config;
    if (git_repository_open(out(repo), repoPath.toUtf8().constData()) < 0)
        return false;
    if (git_repository_config(out(config), repo.get()) < 0)
        return false;
    return git_config_set_string(config.get(), key, value.toUtf8().constData()) == 0;
}

// A clone of `source` (bare or with a working tree).
inline bool clone(const QString &source, const QString &target, bool bare)
{
    git_clone_options options;
    git_clone_options_init(&options, GIT_CLONE_OPTIONS_VERSION);
    options.bare = bare ? 1 : 0;
    GitRepository repo;
    return git_clone(out(repo), source.toUtf8().constData(), target.toUtf8().constData(), &options) == 0;
}

} // namespace gitfixture
