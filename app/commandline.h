// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/pullrequestflow.h"
#include "core/engine/sourcespec.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace driftdeck::app {

// Options of the GUI invocation (`driftdeck [options]`). Subcommands (check, resolve) parse
// their own options with their own QCommandLineParser.
struct GuiOptions
{
    QString screenshotFile;
    QSize size;
    QString language;
    QString kubeconfig;
    QStringList contexts;
    QString workspace;       // --workspace FILE
    QString source;          // --source URL|PATH
    QString sourcePath;      // --path
    QString revision;        // --revision
    QString targetNamespace; // --target-namespace
    QString selector;        // --selector
    bool demo = false;
    bool noDemo = false;
    QList<engine::SourceSpec> sources; // set by the demo
    std::optional<engine::PullRequestTarget> pullRequestTarget; // the demo's forge
    bool wall = false;
};

// Parses argv for the GUI; prints help/version/errors itself and returns the exit code to use
// when the program must stop (help, version, bad option).
struct GuiParse
{
    GuiOptions options;
    std::optional<int> exitCode;
};
GuiParse parseGuiCommandLine(const QStringList &arguments);

// "1280x800" -> QSize; invalid for anything else.
QSize parseSize(const QString &text);

} // namespace driftdeck::app
