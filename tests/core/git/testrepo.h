// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/githandle.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

// A bare "origin" repository written with libgit2, for mirror tests.
class TestRepo
{
public:
    explicit TestRepo(const QString &path) : m_path(path)
    {
        git_repository_init(driftdeck::out(m_repo), path.toUtf8().constData(), 1);
        git_repository_set_head(m_repo.get(), "refs/heads/main");
    }
    bool isValid() const { return m_repo != nullptr; }
    QString path() const { return m_path; }

    // Commits on `branch`: files to add or change (bytes) or remove (nullopt); returns the SHA.
    QString commit(const QMap<QString, std::optional<QByteArray>> &changes, const QString &message,
                   const QString &branch = QStringLiteral("main"))
    {
        using namespace driftdeck;
        const QByteArray ref = "refs/heads/" + branch.toUtf8();
        GitCommit parent;
        git_oid parentId;
        const bool hasParent = git_reference_name_to_id(&parentId, m_repo.get(), ref.constData()) == 0;
        GitTree base;
        if (hasParent) {
            git_commit_lookup(out(parent), m_repo.get(), &parentId);
            git_commit_tree(out(base), parent.get());
        } else {
            GitTreeBuilder tb;
            git_treebuilder_new(out(tb), m_repo.get(), nullptr);
            git_oid empty;
            git_treebuilder_write(&empty, tb.get());
            git_tree_lookup(out(base), m_repo.get(), &empty);
        }
        std::vector<git_tree_update> updates;
        std::vector<QByteArray> paths;
        paths.reserve(static_cast<size_t>(changes.size()));
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            paths.push_back(it.key().toUtf8());
            git_tree_update u {};
            u.path = paths.back().constData();
            if (it.value()) {
                git_blob_create_from_buffer(&u.id, m_repo.get(), it.value()->constData(), static_cast<size_t>(it.value()->size()));
                u.action = GIT_TREE_UPDATE_UPSERT;
                u.filemode = GIT_FILEMODE_BLOB;
            } else {
                u.action = GIT_TREE_UPDATE_REMOVE;
            }
            updates.push_back(u);
        }
        git_oid treeId;
        if (git_tree_create_updated(&treeId, m_repo.get(), base.get(), updates.size(), updates.data()) != 0)
            return {};
        GitTree tree;
        git_tree_lookup(out(tree), m_repo.get(), &treeId);
        GitSignature sig;
        git_signature_new(out(sig), "Test", "test@example.invalid", 1700000000 + m_counter++, 0);
        const git_commit *parents[] = {parent.get()};
        git_oid id;
        if (git_commit_create(&id, m_repo.get(), ref.constData(), sig.get(), sig.get(), nullptr, message.toUtf8().constData(),
                              tree.get(), hasParent ? 1 : 0, parents)
            != 0)
            return {};
        return QString::fromLatin1(git_oid_tostr_s(&id));
    }

    bool tag(const QString &name, const QString &sha)
    {
        git_oid id;
        git_oid_fromstr(&id, sha.toLatin1().constData());
        driftdeck::GitObject target;
        git_object_lookup(driftdeck::out(target), m_repo.get(), &id, GIT_OBJECT_COMMIT);
        git_oid tagId;
        return git_tag_create_lightweight(&tagId, m_repo.get(), name.toUtf8().constData(), target.get(), 0) == 0;
    }

private:
    driftdeck::GitLibrary m_library;
    QString m_path;
    driftdeck::GitRepository m_repo;
    int m_counter = 0;
};
