// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/comparer.h"
#include "core/drift/sidebyside.h"

#include <nlohmann/json.hpp>

#include <QString>

namespace driftdeck::drift {

// Builds the diff view's material: normalised YAML of Git (left) and live (right) with the same
// key order and Secret values masked; by default the live side shows the fields Git sets (in
// Git's spelling where they are equal after normalisation) plus every reported change, so only
// real differences stand out. Rows come from libgit2's git_diff_buffers.
class SideBySideBuilder
{
public:
    static SideBySide build(const nlohmann::json &desired, const nlohmann::json &live, const CompareResult &compared,
                            const SideBySideOptions &options = {});
    // The aligned rows of a line diff: runs of removed lines followed by added lines pair up as
    // Changed rows; the rest are Removed/Added; untouched lines are Same.
    static QList<DiffRow> diffLines(const QString &left, const QString &right,
                                    SideBySideOptions::Algorithm algorithm = SideBySideOptions::Algorithm::Patience);
};

} // namespace driftdeck::drift
