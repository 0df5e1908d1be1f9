// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

// kube-sim: a Kubernetes API server emulator on loopback for tests, benchmarks and the demo.
namespace kubesim {

struct Options {
    int port = 0;                                       // 0 picks a free port
    bool http = false;                                  // plain HTTP instead of HTTPS
    std::string token;                                  // full access; empty = random
    std::vector<std::string> readonlyTokens;            // 403 on every write
    std::map<std::string, std::set<std::string>> deny;  // token -> plurals it may not get/list/watch
    std::string adminToken;                             // /_sim endpoints (and full access); empty = random
    std::string seedDir;                                // manifests applied at start
    std::string seedManager = "kustomize-controller";   // field manager of the seeded objects
    std::map<std::string, std::string> seedLabels;      // labels added to every seeded object
    bool controllers = false;                           // Deployment -> ReplicaSet -> Pod chain
    double churnRate = 0;                               // background edits per second
    uint64_t churnSeed = 1;
    bool churnSteady = false; // deletes only what churn created, synthetic objects pre-touched: level count and sizes
    size_t watchWindow = 10000;                         // events kept for resuming watches
    int syntheticConfigMaps = 0;                        // ConfigMaps made at start (namespace "synthetic")
    int bookmarkIntervalMs = 1000;                      // BOOKMARK cadence on watches that allow them
    int threads = 256;                                  // every open watch holds one
};

class Server
{
public:
    explicit Server(Options options);
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    bool start(std::string *error);
    void stop();

    int port() const;
    std::string url() const;
    bool writeKubeconfig(const std::string &path, const std::string &contextName = "kube-sim") const;
    std::string caPem() const;
    std::pair<std::string, std::string> issueClientCert(const std::string &user,
                                                        const std::vector<std::string> &groups = {}) const;
    std::string token() const;
    std::string adminToken() const;

    // Direct store access: bypasses HTTP but bumps resourceVersions, records managedFields and
    // emits watch events. apply() is a server-side apply as manager (forced); it creates missing
    // namespaces. Returns the stored object, or a Status object on failure.
    nlohmann::json apply(const nlohmann::json &obj, const std::string &manager);
    // A DELETE as the API would do it (finalizers, garbage collection); returns the Status.
    nlohmann::json remove(const std::string &apiVersion, const std::string &kind, const std::string &ns,
                          const std::string &name);
    nlohmann::json objects() const;

    class Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace kubesim
