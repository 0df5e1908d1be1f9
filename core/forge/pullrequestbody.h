// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace driftdeck::forge {

// The title and Markdown body of a pull request that makes Git match the live state: cluster,
// each resource and its source, and a table of every field with Git value, live value, who
// changed it and when. Values are used as the drift engine produced them (Secret values are
// masked there); nothing else (no token, no credential) goes in.
class PullRequestBody
{
    Q_DECLARE_TR_FUNCTIONS(PullRequestBody)

public:
    static QString title(const QList<drift::ResourceResult> &results);
    static QString build(const QList<drift::ResourceResult> &results);

    // A value as one Markdown table cell: code span, single line, '|' escaped, bounded length.
    static QString cell(const QString &value);
};

} // namespace driftdeck::forge
