// SPDX-License-Identifier: GPL-3.0-or-later
// kube-sim: run the Kubernetes API server emulator by hand, for the demo or for soak runs.
#include "kubesim.h"
#include "util.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

namespace {

void usage()
{
    std::cout << "Usage: kube-sim [options]\n"
                 "  --port N                  listen on 127.0.0.1:N (0 = a free port, default)\n"
                 "  --http                    plain HTTP instead of HTTPS\n"
                 "  --token T                 bearer token with full access (default: random)\n"
                 "  --readonly-token T        a token that gets 403 on writes (repeatable)\n"
                 "  --deny T=res1,res2        token T may not get/list/watch these plurals (repeatable)\n"
                 "  --admin-token T           token for /_sim/ fault endpoints (default: random)\n"
                 "  --write-kubeconfig FILE   write a kubeconfig for the full-access token\n"
                 "  --context-name NAME       context, cluster and user name in it (default kube-sim)\n"
                 "  --seed DIR                apply every manifest under DIR at start\n"
                 "  --seed-manager NAME       field manager of seeded objects (default kustomize-controller)\n"
                 "  --seed-labels k=v,...     labels added to every seeded object\n"
                 "  --controllers             run the Deployment -> ReplicaSet -> Pod controllers\n"
                 "  --churn RATE              background edits per second\n"
                 "  --churn-seed N            seed for the churn (default 1)\n"
                 "  --churn-steady            churn deletes only what it created and synthetic ConfigMaps start\n"
                 "                            with the label and annotation it edits: count and sizes stay level\n"
                 "  --watch-window N          events kept for resuming watches (default 10000)\n"
                 "  --synthetic-configmaps N  create N ConfigMaps in namespace synthetic\n"
                 "  --bookmark-interval MS    BOOKMARK cadence (default 1000)\n"
                 "  --print-tokens            print the tokens to stderr\n";
}

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

} // namespace

int main(int argc, char **argv)
{
    kubesim::Options options;
    std::string kubeconfig;
    std::string contextName = "kube-sim";
    bool printTokens = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "kube-sim: " << arg << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        try {
            if (arg == "--help" || arg == "-h") {
                usage();
                return 0;
            } else if (arg == "--port") {
                options.port = std::stoi(value());
            } else if (arg == "--http") {
                options.http = true;
            } else if (arg == "--token") {
                options.token = value();
            } else if (arg == "--readonly-token") {
                options.readonlyTokens.push_back(value());
            } else if (arg == "--deny") {
                const std::string v = value();
                const size_t eq = v.find('=');
                if (eq == std::string::npos) {
                    std::cerr << "kube-sim: --deny wants TOKEN=plural,plural\n";
                    return 2;
                }
                for (const auto &r : kubesim::split(v.substr(eq + 1), ','))
                    options.deny[v.substr(0, eq)].insert(kubesim::trim(r));
            } else if (arg == "--admin-token") {
                options.adminToken = value();
            } else if (arg == "--write-kubeconfig") {
                kubeconfig = value();
            } else if (arg == "--context-name") {
                contextName = value();
            } else if (arg == "--seed") {
                options.seedDir = value();
            } else if (arg == "--seed-manager") {
                options.seedManager = value();
            } else if (arg == "--seed-labels") {
                for (const auto &kv : kubesim::split(value(), ',')) {
                    const size_t eq = kv.find('=');
                    if (eq != std::string::npos)
                        options.seedLabels[kubesim::trim(kv.substr(0, eq))] = kubesim::trim(kv.substr(eq + 1));
                }
            } else if (arg == "--controllers") {
                options.controllers = true;
            } else if (arg == "--churn") {
                options.churnRate = std::stod(value());
            } else if (arg == "--churn-steady") {
                options.churnSteady = true;
            } else if (arg == "--churn-seed") {
                options.churnSeed = std::stoull(value());
            } else if (arg == "--watch-window") {
                options.watchWindow = std::stoul(value());
            } else if (arg == "--synthetic-configmaps") {
                options.syntheticConfigMaps = std::stoi(value());
            } else if (arg == "--bookmark-interval") {
                options.bookmarkIntervalMs = std::stoi(value());
            } else if (arg == "--print-tokens") {
                printTokens = true;
            } else {
                std::cerr << "kube-sim: unknown option " << arg << "\n";
                usage();
                return 2;
            }
        } catch (const std::exception &) {
            std::cerr << "kube-sim: bad value for " << arg << "\n";
            return 2;
        }
    }

    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN);

    kubesim::Server server(options);
    std::string error;
    if (!server.start(&error)) {
        std::cerr << "kube-sim: " << error << "\n";
        return 1;
    }
    if (!kubeconfig.empty() && !server.writeKubeconfig(kubeconfig, contextName)) {
        std::cerr << "kube-sim: cannot write " << kubeconfig << "\n";
        return 1;
    }
    if (printTokens)
        std::cerr << "token: " << server.token() << "\nadmin token: " << server.adminToken() << "\n";
    std::cout << "kube-sim listening on " << server.url() << std::endl;
    while (!g_stop) {
        struct timespec ts{0, 100 * 1000 * 1000};
        nanosleep(&ts, nullptr);
    }
    server.stop();
    return 0;
}
