// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/drift/driftresult.h"
#include "core/forge/forgedetector.h"
#include "core/forge/forgekind.h"
#include "core/forge/pullrequest.h"
#include "core/publish/change.h"
#include "core/publish/publisher.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace driftdeck::forge {

// Everything "Create" in the pull-request dialog and `driftdeck resolve` need once the edited
// files are known: detect the forge, find the token, publish the branch, open (or find) the
// pull request. Synchronous: run it on a worker thread.
class PullRequestOpener
{
    Q_DECLARE_TR_FUNCTIONS(PullRequestOpener)

public:
    struct Input
    {
        QString repositoryPath;               // local mirror or clone
        QString remoteUrl;                    // the repository's remote (push and forge detection)
        std::optional<ForgeKind> forgeKind;   // configured kind; detected from the URL otherwise
        QString forgeApiUrl;                  // configured API URL; derived otherwise
        QString baseBranch;
        QList<drift::ResourceResult> results; // what the pull request resolves (cluster, fields)
        QList<publish::FileEdit> files;       // the edit
        QString title;                        // empty: PullRequestBody::title()
        QString body;                         // empty: PullRequestBody::build()
        bool draft = false;
        QStringList labels;
        QString token;                        // empty: TokenStore (keychain, then environment)
        bool useKeychain = true;
    };

    struct Output
    {
        ForgeTarget target;
        publish::PublishResult published;
        PullRequest pullRequest;
        QString tokenSource;     // "keychain", "environment" or "given"
        QString keychainProblem; // set when no keychain service could be used
    };

    Result<Output> open(const Input &input);

    // Forwarded to the Publisher: connecting, fetching, committing, pushing.
    void setProgressHandler(publish::Publisher::ProgressHandler handler) { m_progress = std::move(handler); }

private:
    publish::Publisher::ProgressHandler m_progress;
};

} // namespace driftdeck::forge
