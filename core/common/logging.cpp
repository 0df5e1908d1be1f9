// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/logging.h"

Q_LOGGING_CATEGORY(lcKube, "driftdeck.kube", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGit, "driftdeck.git", QtInfoMsg)
Q_LOGGING_CATEGORY(lcManifest, "driftdeck.manifest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDrift, "driftdeck.drift", QtInfoMsg)
Q_LOGGING_CATEGORY(lcForge, "driftdeck.forge", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "driftdeck.history", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "driftdeck.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "driftdeck.app", QtInfoMsg)
