// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace driftdeck::drift {

// One aligned row of a side-by-side diff. Line numbers are 0-based indexes into the lines of
// leftText / rightText; -1 means "no line on this side" (a gap).
struct DiffRow
{
    enum class Kind : quint8 { Same, Changed, Added, Removed };
    int leftLine = -1;
    int rightLine = -1;
    Kind kind = Kind::Same;

    bool operator==(const DiffRow &) const = default;
};

// What the live side of the diff shows besides the fields Git sets and the reported changes
// (the diff view's toggles). Secret values stay masked whatever is shown.
struct SideBySideOptions
{
    enum class Algorithm : quint8 { Patience, Minimal };
    bool includeUnsetFields = false; // the whole live object, not only what Git sets and the changes
    bool includeStatus = false;
    bool includeManagedFields = false;
    Algorithm algorithm = Algorithm::Patience;

    bool operator==(const SideBySideOptions &) const = default;
};

// Material for the diff view: normalised YAML of Git (left) and live (right) with the same key
// order, Secret values masked, and the aligned rows from a line diff (libgit2 git_diff_buffers).
// Changed rows pair a left and a right line; the view highlights changed words within them.
struct SideBySide
{
    QString leftText;
    QString rightText;
    QList<DiffRow> rows;

    bool operator==(const SideBySide &) const = default;
};

} // namespace driftdeck::drift
