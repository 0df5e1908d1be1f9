// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace driftdeck::app {

// `driftdeck check …`: compares headless and exits 0 (nothing listed in --fail-on), 1 (found),
// 2 (error). Runs with a QCoreApplication; needs no display.
int runCheck(const QStringList &arguments);

} // namespace driftdeck::app
