// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace forgesim {

struct ProcessResult
{
    bool started = false;
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs argv[0] (looked up on PATH) with `env` added to this process's environment, feeds
// `input` on stdin and collects stdout and stderr. Used for git http-backend (CGI) and git.
ProcessResult runProcess(const std::vector<std::string> &argv, const std::vector<std::string> &env,
                         const std::string &input);

} // namespace forgesim
