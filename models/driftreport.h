// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"
#include "core/drift/sidebyside.h"

#include <QCoreApplication>
#include <QDateTime>

namespace driftdeck::models {

// Exports of what the window shows: the drift report of a selection (HTML for people, JSON
// for tools) and a unified patch of one side-by-side diff (Git -> live).
class DriftReport
{
    Q_DECLARE_TR_FUNCTIONS(DriftReport)
public:
    static QByteArray toJson(const QList<drift::ResourceResult> &results, const QDateTime &generated);
    static QString toHtml(const QList<drift::ResourceResult> &results, const QDateTime &generated);
    // "--- a/path\n+++ b/path\n@@ -l,n +l,n @@" hunks with `context` lines around each change.
    static QString toPatch(const drift::SideBySide &diff, const QString &path, int context = 3);
};

} // namespace driftdeck::models
