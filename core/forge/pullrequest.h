// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace driftdeck::forge {

// What to open: `repo` is owner/name (GitLab: group/subgroup/project), `head` the pushed
// branch, `base` the branch it should merge into.
struct PullRequestRequest
{
    QString repo;
    QString head;
    QString base;
    QString title;
    QString body;
    bool draft = false;
    QStringList labels;
};

// A pull request (GitLab: merge request) as the forge reports it.
struct PullRequest
{
    int number = 0;     // GitHub/Gitea number, GitLab iid (!N)
    QString url;        // html_url / web_url, for people
    QString state;      // "open" / "opened"
    QString title;
    QString head;
    QString base;
    bool draft = false;
    QStringList labels;
    bool existing = false; // found, not created by this call
    QString warning;       // something that did not work but left the PR usable (labels)

    bool operator==(const PullRequest &) const = default;
};

} // namespace driftdeck::forge
