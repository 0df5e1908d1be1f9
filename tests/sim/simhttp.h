// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kubesim.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

// A small HTTPS client for kube-sim tests: trusts the sim's CA, sends a bearer token or a
// client certificate, and can follow a watch stream on a background thread.
class SimHttp
{
public:
    struct Response {
        int status = -1; // -1: no answer (timeout, connection error)
        std::string body;
        httplib::Headers headers;
        nlohmann::json json() const { return nlohmann::json::parse(body, nullptr, false); }
        std::string header(const std::string &name) const
        {
            const auto it = headers.find(name);
            return it == headers.end() ? std::string() : it->second;
        }
    };

    SimHttp(const kubesim::Server &server, std::string bearer, const std::string &certPem = {},
            const std::string &keyPem = {}, int readTimeoutSeconds = 10);
    ~SimHttp();

    Response get(const std::string &path, const httplib::Headers &extra = {});
    Response post(const std::string &path, const std::string &body, const std::string &contentType = "application/json");
    Response put(const std::string &path, const std::string &body);
    Response patch(const std::string &path, const std::string &body, const std::string &contentType);
    Response del(const std::string &path);

private:
    std::unique_ptr<httplib::ClientImpl> makeClient(int readTimeoutSeconds) const;
    Response convert(const httplib::Result &r) const;
    httplib::Headers headers(const httplib::Headers &extra = {}) const;

    const kubesim::Server &m_server;
    std::string m_bearer;
    std::string m_certPem;
    std::string m_keyPem;
    std::unique_ptr<httplib::ClientImpl> m_client;
    friend class WatchStream;
};

// Reads a watch on its own thread and keeps each complete line parsed.
class WatchStream
{
public:
    WatchStream(SimHttp &http, const std::string &path);
    ~WatchStream();
    std::vector<nlohmann::json> events() const;
    size_t count() const;
    bool finished() const { return m_finished; }
    int status() const { return m_status; }
    void stop();

private:
    std::unique_ptr<httplib::ClientImpl> m_client;
    mutable std::mutex m_mutex;
    std::vector<nlohmann::json> m_events;
    std::string m_buffer;
    std::atomic<bool> m_finished{false};
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_status{0};
    std::thread m_thread;
};
