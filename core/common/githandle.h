// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/uniquehandle.h"

#include <git2.h>

#include <string>

namespace driftdeck {

using GitRepository = UniqueHandle<git_repository, git_repository_free>;
using GitObject = UniqueHandle<git_object, git_object_free>;
using GitCommit = UniqueHandle<git_commit, git_commit_free>;
using GitTree = UniqueHandle<git_tree, git_tree_free>;
using GitTreeEntry = UniqueHandle<git_tree_entry, git_tree_entry_free>;
using GitBlob = UniqueHandle<git_blob, git_blob_free>;
using GitReference = UniqueHandle<git_reference, git_reference_free>;
using GitRemote = UniqueHandle<git_remote, git_remote_free>;
using GitSignature = UniqueHandle<git_signature, git_signature_free>;
using GitIndex = UniqueHandle<git_index, git_index_free>;
using GitConfig = UniqueHandle<git_config, git_config_free>;
using GitRevwalk = UniqueHandle<git_revwalk, git_revwalk_free>;
using GitTreeBuilder = UniqueHandle<git_treebuilder, git_treebuilder_free>;
using GitDiff = UniqueHandle<git_diff, git_diff_free>;

// git_buf is a value struct with its own dispose function.
class GitBuf
{
public:
    GitBuf() = default;
    ~GitBuf() { git_buf_dispose(&m_buf); }
    GitBuf(const GitBuf &) = delete;
    GitBuf &operator=(const GitBuf &) = delete;
    git_buf *get() { return &m_buf; }
    std::string str() const { return m_buf.ptr ? std::string(m_buf.ptr, m_buf.size) : std::string(); }

private:
    git_buf m_buf = GIT_BUF_INIT;
};

// git_libgit2_init/shutdown are reference counted; hold one for as long as libgit2 is used.
class GitLibrary
{
public:
    GitLibrary();
    ~GitLibrary();
    GitLibrary(const GitLibrary &) = delete;
    GitLibrary &operator=(const GitLibrary &) = delete;
};

// The message of the last libgit2 error on this thread, or a fallback.
std::string gitLastError(int code);

} // namespace driftdeck
