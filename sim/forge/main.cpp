// SPDX-License-Identifier: GPL-3.0-or-later
// forge-sim: a GitHub/GitLab/Gitea emulator with Git smart HTTP, for tests and the demo.
#include "server.h"

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <string>

#include <unistd.h>

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

int usage()
{
    std::cerr << "usage: forge-sim [--port N] [--repo KIND:OWNER/NAME=BARE_PATH]... [--token TOKEN[:read|write][:REPO,REPO...]]...\n"
                 "                 [--protect OWNER/NAME=PATTERN]...\n"
                 "KIND is github, gitlab or gitea. See docs/forge-sim.md.\n";
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    forgesim::Server server;
    int port = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            return usage();
        const std::string value = argv[++i];
        if (arg == "--port") {
            port = std::atoi(value.c_str());
        } else if (arg == "--repo") {
            const auto colon = value.find(':');
            const auto eq = value.find('=');
            if (colon == std::string::npos || eq == std::string::npos || eq < colon)
                return usage();
            const std::string kind = value.substr(0, colon);
            const forgesim::Kind k = kind == "gitlab" ? forgesim::Kind::GitLab
                : kind == "gitea"                     ? forgesim::Kind::Gitea
                                                      : forgesim::Kind::GitHub;
            if (kind != "github" && kind != "gitlab" && kind != "gitea")
                return usage();
            server.addRepository(k, value.substr(colon + 1, eq - colon - 1), value.substr(eq + 1));
        } else if (arg == "--token") {
            std::string token = value;
            forgesim::Access access = forgesim::Access::Write;
            std::vector<std::string> repos;
            if (const auto colon = value.find(':'); colon != std::string::npos) {
                token = value.substr(0, colon);
                std::string rest = value.substr(colon + 1);
                std::string rights = rest;
                if (const auto c2 = rest.find(':'); c2 != std::string::npos) {
                    rights = rest.substr(0, c2);
                    std::string list = rest.substr(c2 + 1);
                    size_t start = 0;
                    while (start < list.size()) {
                        const auto comma = list.find(',', start);
                        repos.push_back(list.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
                        if (comma == std::string::npos)
                            break;
                        start = comma + 1;
                    }
                }
                access = rights == "read" ? forgesim::Access::Read : forgesim::Access::Write;
            }
            server.addToken(token, access, repos);
        } else if (arg == "--protect") {
            const auto eq = value.find('=');
            if (eq == std::string::npos)
                return usage();
            server.protectBranch(value.substr(0, eq), value.substr(eq + 1));
        } else {
            return usage();
        }
    }
    if (!server.start(port)) {
        std::cerr << "forge-sim: cannot listen on 127.0.0.1:" << port << "\n";
        return 1;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::cout << "forge-sim listening on " << server.url() << std::endl;
    while (!g_stop)
        ::pause();
    server.stop();
    return 0;
}
