// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace driftdeck::app {

// `driftdeck resolve …`: turns drift into a Git edit and opens (or finds) the pull request,
// headless. --dry-run prints the edit as a unified diff and changes nothing. Exit 0 done (or
// nothing to do), 1 some resources refused, 2 error.
int runResolve(const QStringList &arguments);

} // namespace driftdeck::app
