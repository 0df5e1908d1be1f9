// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/publish/change.h"
#include "core/publish/credentials.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace driftdeck::publish {

struct PublishRequest
{
    QString repositoryPath;   // local mirror or clone (bare or not); gets the branch and objects
    QString remoteUrl;        // where to fetch the base from and push to; empty: remote `remoteName`
    QString remoteName = QStringLiteral("origin");
    QString baseBranch;       // the tracked branch on the remote, e.g. "main"
    Change change;
    QString title;            // first line of the commit message
    QString description;      // commit message body (the trailer is appended)
    Credentials credentials;
    QString fallbackName;     // identity when Git has no user.name/user.email configured
    QString fallbackEmail;
};

struct PublishResult
{
    QString branch;       // e.g. driftdeck/prod/deployment-shop-web-0123456789
    QString commit;       // the tip of the branch on the remote
    QString baseCommit;   // the base branch tip it was built on
    bool reused = false;  // the remote branch already held exactly this change: nothing pushed
};

// The write side of Git for pull requests: the deterministic branch, one commit built in memory
// from the base tip (no working tree touched), and a push that never overwrites commits that
// are not Driftdeck's own for this very change. Synchronous: run it on a worker thread.
class Publisher
{
    Q_DECLARE_TR_FUNCTIONS(Publisher)

public:
    // What publish() is doing, for a progress line in the dialog or the CLI.
    enum class Step : quint8 { Connecting, Fetching, Committing, Pushing };
    using ProgressHandler = std::function<void(Step)>;

    // Called on the publishing thread: hand it to the GUI thread with a queued call.
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }

    Result<PublishResult> publish(const PublishRequest &request);

    // The remote messages ("remote: ...") of the last publish, for "Details…".
    QStringList remoteMessages() const { return m_remoteMessages; }

private:
    void report(Step step) const
    {
        if (m_progress)
            m_progress(step);
    }

    QStringList m_remoteMessages;
    ProgressHandler m_progress;
};

} // namespace driftdeck::publish
