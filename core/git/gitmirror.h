// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/githandle.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <chrono>

namespace driftdeck::git {

// How to authenticate to a remote. Secrets stay in memory and are never logged.
struct GitCredentials
{
    // HTTPS: a token (or password). The user name defaults to "git" when empty (GitHub and
    // Gitea accept any; GitLab wants "oauth2" for OAuth tokens).
    QString username;
    QString token;
    // HTTPS without a token: ask `git credential fill` (the user's configured helpers).
    bool useCredentialHelper = true;
    // SSH: a key file (with optional public key and passphrase), else the agent.
    QString sshPrivateKey;
    QString sshPublicKey;
    QString sshPassphrase;
    bool useSshAgent = true;
};

// Server identity checks. By default HTTPS certificates must be valid for the system's CAs
// and SSH host keys must be in ~/.ssh/known_hosts (or knownHostsFile). There is no "trust on
// first use": an unknown SSH host is refused with its fingerprint, to be checked and added by
// the user (docs/workspace.md, "Server identity").
struct CertificatePolicy
{
    bool insecureSkipTlsVerify = false;
    // HTTPS: a PEM file of extra CA certificates (a private CA). A server certificate is
    // accepted when the system's CAs or this file vouch for it (chain and host name checked).
    QString caFile;
    QString knownHostsFile; // empty: ~/.ssh/known_hosts
};

struct MirrorOptions
{
    QString url;       // https://, ssh://, git@host:path, file:// or a local path
    QString cacheRoot; // empty: <user cache>/mirrors
    GitCredentials credentials;
    CertificatePolicy certificates;
};

// Transfer progress for the UI, throttled to about 10 per second.
struct GitProgress
{
    unsigned totalObjects = 0;
    unsigned receivedObjects = 0;
    unsigned indexedObjects = 0;
    unsigned totalDeltas = 0;
    unsigned indexedDeltas = 0;
    quint64 receivedBytes = 0;
    QString serverMessage; // the remote's sideband text ("Counting objects: ...")
    bool done = false;
};

struct CommitInfo
{
    QString sha;
    QString summary;
    QString author;
    QDateTime time;
};

// A bare mirror of one remote in the user's cache folder: the first sync() clones every
// branch and tag, later ones fetch incrementally (libgit2 1.5 has no shallow clone). Files
// and trees are read at any commit straight from the object database, with no working tree.
//
// The remote is "origin" with refspecs +refs/heads/*:refs/remotes/origin/* and tags, so a
// later branch/commit/push feature can create local branches and push them to origin.
//
// Blocking calls (sync, reads) belong on the Git worker thread; one mirror object must not
// sync from two threads at once (guarded by a mutex). cancel() may be called from any thread.
class GitMirror : public QObject
{
    Q_OBJECT
public:
    explicit GitMirror(MirrorOptions options, QObject *parent = nullptr);
    ~GitMirror() override;

    // Where the mirror for `url` lives below `cacheRoot` (stable across runs).
    static QString mirrorPathFor(const QString &cacheRoot, const QString &url);
    static QString defaultCacheRoot();
    // The URL without user name or password, safe for messages and logs.
    static QString displayUrl(const QString &url);

    const MirrorOptions &options() const { return m_options; }
    QString path() const { return m_path; }
    bool exists() const;

    // Clone when the mirror does not exist yet, else fetch (pruning deleted branches).
    Result<void> sync();
    void cancel() { m_cancel = true; }

    // Fetch on an interval (and at once); each result is reported through synced().
    void startPeriodicSync(std::chrono::milliseconds interval);
    void stopPeriodicSync();

    // A branch name ("main"), tag, full ref, abbreviated or full SHA-1, or "HEAD" -> full SHA-1.
    Result<QString> resolve(const QString &revision) const;
    Result<CommitInfo> commitInfo(const QString &revision) const;
    Result<QStringList> branches() const;

    // One file at a commit; path relative to the repository root.
    Result<QByteArray> readFile(const QString &commit, const QString &path) const;
    // Every file below `folder` ("" for the whole tree) at a commit: repository-relative path
    // -> bytes. Symbolic links and submodules are skipped.
    Result<QMap<QString, QByteArray>> readTree(const QString &commit, const QString &folder = {}) const;

    // Access for later features (branches, commits, push) that work on the same repository.
    git_repository *repository() const { return m_repo.get(); }

Q_SIGNALS:
    void progress(const driftdeck::git::GitProgress &progress);
    // After each periodic sync: ok, and the error's full text when not ok.
    void synced(bool ok, const QString &error);

private:
    friend struct RemoteCallbacks;
    Result<void> open() const;
    Result<void> clone();
    Result<void> fetch();
    Error gitError(const QString &what, int code) const;
    Result<GitCommit> lookupCommit(const QString &revision) const;

    MirrorOptions m_options;
    QString m_path;
    GitLibrary m_library;
    mutable GitRepository m_repo;
    mutable QMutex m_mutex;
    std::atomic<bool> m_cancel = false;
    QTimer m_timer;
};

} // namespace driftdeck::git

Q_DECLARE_METATYPE(driftdeck::git::GitProgress)
