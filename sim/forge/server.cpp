// SPDX-License-Identifier: GPL-3.0-or-later
#include "server.h"

#include "process.h"

#include <algorithm>
#include <chrono>
#include <cctype>
#include <fstream>
#include <regex>
#include <sstream>

#include <sys/stat.h>

#include <httplib.h>
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace forgesim {

namespace {

const char *const kGitHubDocs = "https://docs.github.com/rest/pulls/pulls#create-a-pull-request";

void sendJson(httplib::Response &res, int status, const json &body)
{
    res.status = status;
    res.set_content(body.dump(), "application/json; charset=utf-8");
}

std::string percentDecode(const std::string &s)
{
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1]))
            && std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += char(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string base64Decode(const std::string &in)
{
    static const std::string chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    int val = 0;
    int bits = -8;
    for (const char c : in) {
        const auto pos = chars.find(c);
        if (pos == std::string::npos)
            break;
        val = (val << 6) + int(pos);
        bits += 6;
        if (bits >= 0) {
            out += char((val >> bits) & 0xFF);
            bits -= 8;
        }
    }
    return out;
}

std::string htmlEscape(const std::string &s)
{
    std::string out;
    for (const char c : s) {
        switch (c) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

bool startsWithNoCase(const std::string &s, const std::string &prefix)
{
    if (s.size() < prefix.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    }
    return true;
}

// "Bearer x" / "token x" -> x
std::string schemeToken(const std::string &header)
{
    for (const char *scheme : {"Bearer ", "token "}) {
        if (startsWithNoCase(header, scheme))
            return header.substr(std::string(scheme).size());
    }
    return {};
}

bool validBranch(const std::string &b)
{
    if (b.empty() || b.front() == '-' || b.find("..") != std::string::npos)
        return false;
    return std::all_of(b.begin(), b.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '-' || c == '_' || c == '.';
    });
}

json readBody(const httplib::Request &req, bool *ok)
{
    *ok = true;
    if (req.get_header_value("Content-Type").find("json") != std::string::npos || (!req.body.empty() && req.body.front() == '{')) {
        json body = json::parse(req.body, nullptr, false);
        if (body.is_discarded() || !body.is_object()) {
            *ok = false;
            return json::object();
        }
        return body;
    }
    json body = json::object();
    for (const auto &[k, v] : req.params)
        body[k] = v;
    return body;
}

std::string stringField(const json &body, const char *key)
{
    const auto it = body.find(key);
    return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// git-http-backend lives in git's exec path (/usr/lib/git-core on Debian).
std::string httpBackendPath()
{
    static const std::string path = [] {
        const ProcessResult r = runProcess({"git", "--exec-path"}, {}, {});
        std::string dir = r.exitCode == 0 ? r.out : std::string();
        while (!dir.empty() && std::isspace(static_cast<unsigned char>(dir.back())))
            dir.pop_back();
        return (dir.empty() ? std::string("/usr/lib/git-core") : dir) + "/git-http-backend";
    }();
    return path;
}

} // namespace

Server::Server() = default;

Server::~Server()
{
    stop();
}

bool Server::start(int port)
{
    if (m_http)
        return true;
    m_http = std::make_unique<httplib::Server>();
    auto handler = [this](const httplib::Request &req, httplib::Response &res) { handle(req, res); };
    m_http->Get("/.*", handler);
    m_http->Post("/.*", handler);
    m_http->Put("/.*", handler);
    m_http->Delete("/.*", handler);
    m_http->Patch("/.*", handler);
    // Idle keep-alive connections hold a worker until this expires, and stop() waits for them.
    m_http->set_keep_alive_timeout(1);
    if (port == 0) {
        m_port = m_http->bind_to_any_port("127.0.0.1");
    } else {
        m_port = m_http->bind_to_port("127.0.0.1", port) ? port : -1;
    }
    if (m_port <= 0) {
        m_http.reset();
        m_port = 0;
        return false;
    }
    // The socket already listens, so connections queue; but httplib's stop() only works once
    // the accept loop runs, so wait for it (bounded).
    m_thread = std::thread([this] { m_http->listen_after_bind(); });
    for (int i = 0; i < 5000 && !m_http->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return m_http->is_running();
}

void Server::stop()
{
    if (!m_http)
        return;
    m_http->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_http.reset();
}

std::string Server::url() const
{
    return "http://127.0.0.1:" + std::to_string(m_port);
}

int Server::addRepository(Kind kind, const std::string &fullName, const std::string &barePath)
{
    std::lock_guard lock(m_mutex);
    Repo &repo = m_repos[fullName];
    repo.kind = kind;
    repo.fullName = fullName;
    repo.path = barePath;
    if (repo.projectId == 0)
        repo.projectId = m_nextProjectId++;
    return repo.projectId;
}

void Server::addToken(const std::string &token, Access access, std::vector<std::string> repositories,
                      const std::string &user)
{
    std::lock_guard lock(m_mutex);
    m_tokens[token] = Token{access, {repositories.begin(), repositories.end()}, user};
}

void Server::protectBranch(const std::string &fullName, const std::string &pattern, const std::string &reason)
{
    std::lock_guard lock(m_mutex);
    auto it = m_repos.find(fullName);
    if (it == m_repos.end())
        return;
    it->second.protectedPatterns.emplace_back(pattern, reason);
    writeHook(it->second);
}

void Server::writeHook(const Repo &repo) const
{
    std::ostringstream script;
    script << "#!/bin/sh\n# forge-sim: protected branches\ncase \"$1\" in\n";
    for (const auto &[pattern, reason] : repo.protectedPatterns) {
        std::string safePattern;
        for (const char c : pattern) {
            if (std::isalnum(static_cast<unsigned char>(c)) || std::string("/_.*-").find(c) != std::string::npos)
                safePattern += c;
        }
        std::string quoted;
        for (const char c : reason)
            quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
        script << "  refs/heads/" << safePattern << ") printf '%s\\n' '" << quoted << "' >&2; exit 1 ;;\n";
    }
    script << "esac\nexit 0\n";
    const std::string hookDir = repo.path + "/hooks";
    ::mkdir(hookDir.c_str(), 0755);
    const std::string hook = hookDir + "/update";
    {
        std::ofstream out(hook, std::ios::trunc);
        out << script.str();
    }
    ::chmod(hook.c_str(), 0755);
}

int Server::addLabel(const std::string &fullName, const std::string &name)
{
    std::lock_guard lock(m_mutex);
    auto it = m_repos.find(fullName);
    if (it == m_repos.end())
        return 0;
    const int id = m_nextGlobalId++;
    it->second.labels.emplace_back(id, name);
    return id;
}

std::vector<PullRequest> Server::pulls(const std::string &fullName) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_repos.find(fullName);
    return it == m_repos.end() ? std::vector<PullRequest>{} : it->second.pulls;
}

bool Server::closePull(const std::string &fullName, int number)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_repos.find(fullName);
    if (it == m_repos.end())
        return false;
    for (auto &pr : it->second.pulls) {
        if (pr.number == number) {
            pr.state = "closed";
            return true;
        }
    }
    return false;
}

int Server::requestCount() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

Server::Repo *Server::findRepo(const std::string &fullName, Kind kind)
{
    const auto it = m_repos.find(fullName);
    return it != m_repos.end() && it->second.kind == kind ? &it->second : nullptr;
}

Server::Repo *Server::findRepoByGitLabId(const std::string &id)
{
    if (!id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        const int n = std::stoi(id);
        for (auto &[name, repo] : m_repos) {
            if (repo.kind == Kind::GitLab && repo.projectId == n)
                return &repo;
        }
        return nullptr;
    }
    return findRepo(percentDecode(id), Kind::GitLab);
}

Server::Auth Server::authorize(const std::string &token, const Repo &repo, bool write, std::string *user) const
{
    const auto it = m_tokens.find(token);
    if (token.empty() || it == m_tokens.end())
        return Auth::Unauthenticated;
    if (user)
        *user = it->second.user;
    if (!it->second.repositories.empty() && !it->second.repositories.count(repo.fullName))
        return Auth::NoAccess;
    if (write && it->second.access != Access::Write)
        return Auth::ReadOnly;
    return Auth::Ok;
}

std::string Server::branchSha(const Repo &repo, const std::string &branch) const
{
    if (!validBranch(branch))
        return {};
    const ProcessResult r = runProcess({"git", "--git-dir=" + repo.path, "rev-parse", "--verify", "-q",
                                        "refs/heads/" + branch + "^{commit}"},
                                       {}, {});
    if (r.exitCode != 0)
        return {};
    std::string sha = r.out;
    while (!sha.empty() && std::isspace(static_cast<unsigned char>(sha.back())))
        sha.pop_back();
    return sha;
}

void Server::handle(const httplib::Request &req, httplib::Response &res)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_requests;
    }
    std::string path = req.path;
    // cpp-httplib may or may not have decoded %2F in the path; GitLab ids decode below.
    if (path.rfind("/api/v3/", 0) == 0) {
        handleGitHub(path.substr(7), req, res);
        return;
    }
    if (path.rfind("/repos/", 0) == 0) {
        handleGitHub(path, req, res);
        return;
    }
    if (path.rfind("/api/v4/", 0) == 0) {
        handleGitLab(path.substr(7), req, res);
        return;
    }
    if (path.rfind("/api/v1/", 0) == 0) {
        handleGitea(path.substr(7), req, res);
        return;
    }
    if (handleGit(path, req, res))
        return;
    if (req.method == "GET" && handlePage(path, res))
        return;
    res.status = 404;
    res.set_content("Not Found\n", "text/plain");
}

// ---------------------------------------------------------------- GitHub

namespace {

json gitHubPull(const PullRequest &pr, const std::string &owner, const std::string &apiBase, const std::string &fullName)
{
    json labels = json::array();
    for (const auto &l : pr.labels)
        labels.push_back({{"name", l}});
    return {{"id", pr.id},
            {"number", pr.number},
            {"state", pr.state},
            {"title", pr.title},
            {"body", pr.body},
            {"draft", pr.draft},
            {"html_url", pr.url},
            {"url", apiBase + "/repos/" + fullName + "/pulls/" + std::to_string(pr.number)},
            {"user", {{"login", pr.author}}},
            {"labels", labels},
            {"head", {{"ref", pr.head}, {"sha", pr.headSha}, {"label", owner + ":" + pr.head}, {"repo", {{"full_name", fullName}}}}},
            {"base", {{"ref", pr.base}, {"label", owner + ":" + pr.base}, {"repo", {{"full_name", fullName}}}}}};
}

json gitHubValidation(json error)
{
    return {{"message", "Validation Failed"}, {"errors", json::array({std::move(error)})}, {"documentation_url", kGitHubDocs}};
}

} // namespace

void Server::handleGitHub(const std::string &rest, const httplib::Request &req, httplib::Response &res)
{
    if (req.get_header_value("User-Agent").empty()) {
        res.status = 403;
        res.set_content("Request forbidden by administrative rules. Please make sure your request has a User-Agent header "
                        "(https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). "
                        "Check https://developer.github.com for other possible causes.\n",
                        "text/plain");
        return;
    }
    static const std::regex pullsRe(R"(^/repos/([^/]+)/([^/]+)/pulls$)");
    static const std::regex pullRe(R"(^/repos/([^/]+)/([^/]+)/pulls/(\d+)$)");
    static const std::regex labelsRe(R"(^/repos/([^/]+)/([^/]+)/issues/(\d+)/labels$)");
    std::smatch m;
    const bool isPulls = std::regex_match(rest, m, pullsRe);
    const bool isPull = !isPulls && std::regex_match(rest, m, pullRe);
    const bool isLabels = !isPulls && !isPull && std::regex_match(rest, m, labelsRe);
    if (!isPulls && !isPull && !isLabels) {
        sendJson(res, 404, {{"message", "Not Found"}, {"documentation_url", "https://docs.github.com/rest"}});
        return;
    }
    const std::string owner = m[1];
    const std::string fullName = owner + "/" + std::string(m[2]);
    const bool write = req.method != "GET";
    const std::string apiBase = url() + (req.path.rfind("/api/v3/", 0) == 0 ? "/api/v3" : "");

    std::lock_guard lock(m_mutex);
    Repo *repo = findRepo(fullName, Kind::GitHub);
    const std::string token = schemeToken(req.get_header_value("Authorization"));
    std::string user;
    const Auth auth = repo ? authorize(token, *repo, write, &user) : (m_tokens.count(token) ? Auth::NoAccess : Auth::Unauthenticated);
    if (auth == Auth::Unauthenticated) {
        sendJson(res, 401, {{"message", "Bad credentials"}, {"documentation_url", "https://docs.github.com/rest"}});
        return;
    }
    if (!repo || auth == Auth::NoAccess) {
        sendJson(res, 404, {{"message", "Not Found"}, {"documentation_url", "https://docs.github.com/rest"}});
        return;
    }
    if (auth == Auth::ReadOnly) {
        sendJson(res, 403, {{"message", "Resource not accessible by personal access token"},
                            {"documentation_url", kGitHubDocs}});
        return;
    }

    if (isPulls && req.method == "GET") {
        const std::string state = req.has_param("state") ? req.get_param_value("state") : "open";
        std::string headFilter = req.get_param_value("head");
        const std::string baseFilter = req.get_param_value("base");
        // GitHub filters on head only in the user:ref-name form.
        std::string headOwner;
        std::string headBranch;
        if (const auto colon = headFilter.find(':'); colon != std::string::npos) {
            headOwner = headFilter.substr(0, colon);
            headBranch = headFilter.substr(colon + 1);
        }
        json list = json::array();
        for (const auto &pr : repo->pulls) {
            if (state != "all" && pr.state != state)
                continue;
            if (!headBranch.empty() && (pr.head != headBranch || headOwner != owner))
                continue;
            if (!baseFilter.empty() && pr.base != baseFilter)
                continue;
            list.push_back(gitHubPull(pr, owner, apiBase, fullName));
        }
        sendJson(res, 200, list);
        return;
    }
    if (isPull && req.method == "GET") {
        const int number = std::stoi(m[3]);
        for (const auto &pr : repo->pulls) {
            if (pr.number == number) {
                sendJson(res, 200, gitHubPull(pr, owner, apiBase, fullName));
                return;
            }
        }
        sendJson(res, 404, {{"message", "Not Found"}});
        return;
    }
    if (isLabels && req.method == "POST") {
        const int number = std::stoi(m[3]);
        bool ok = false;
        const json body = readBody(req, &ok);
        for (auto &pr : repo->pulls) {
            if (pr.number != number)
                continue;
            json result = json::array();
            if (ok && body.contains("labels") && body["labels"].is_array()) {
                for (const auto &l : body["labels"]) {
                    if (l.is_string() && std::find(pr.labels.begin(), pr.labels.end(), l.get<std::string>()) == pr.labels.end())
                        pr.labels.push_back(l.get<std::string>());
                }
            }
            for (const auto &l : pr.labels)
                result.push_back({{"name", l}});
            sendJson(res, 200, result);
            return;
        }
        sendJson(res, 404, {{"message", "Not Found"}});
        return;
    }
    if (!isPulls || req.method != "POST") {
        sendJson(res, 404, {{"message", "Not Found"}});
        return;
    }

    bool ok = false;
    const json body = readBody(req, &ok);
    if (!ok) {
        sendJson(res, 400, {{"message", "Problems parsing JSON"}});
        return;
    }
    const std::string title = stringField(body, "title");
    std::string head = stringField(body, "head");
    const std::string base = stringField(body, "base");
    if (title.empty() || head.empty() || base.empty()) {
        const char *missing = title.empty() ? "title" : head.empty() ? "head" : "base";
        sendJson(res, 422, gitHubValidation({{"resource", "PullRequest"}, {"field", missing}, {"code", "missing_field"}}));
        return;
    }
    if (const auto colon = head.find(':'); colon != std::string::npos) {
        if (head.substr(0, colon) != owner) {
            sendJson(res, 422, gitHubValidation({{"resource", "PullRequest"}, {"field", "head"}, {"code", "invalid"}}));
            return;
        }
        head = head.substr(colon + 1);
    }
    const std::string headSha = branchSha(*repo, head);
    if (headSha.empty()) {
        sendJson(res, 422, gitHubValidation({{"resource", "PullRequest"}, {"field", "head"}, {"code", "invalid"}}));
        return;
    }
    if (branchSha(*repo, base).empty()) {
        sendJson(res, 422, gitHubValidation({{"resource", "PullRequest"}, {"field", "base"}, {"code", "invalid"}}));
        return;
    }
    for (const auto &pr : repo->pulls) {
        if (pr.state == "open" && pr.head == head && pr.base == base) {
            sendJson(res, 422, gitHubValidation({{"resource", "PullRequest"}, {"code", "custom"},
                                                 {"message", "A pull request already exists for " + owner + ":" + head + "."}}));
            return;
        }
    }
    PullRequest pr;
    pr.number = int(repo->pulls.size()) + 1;
    pr.id = m_nextGlobalId++;
    pr.title = title;
    pr.body = stringField(body, "body");
    pr.head = head;
    pr.headSha = headSha;
    pr.base = base;
    pr.draft = body.value("draft", false);
    pr.state = "open";
    pr.author = user;
    pr.url = url() + "/" + fullName + "/pull/" + std::to_string(pr.number);
    repo->pulls.push_back(pr);
    res.set_header("Location", apiBase + "/repos/" + fullName + "/pulls/" + std::to_string(pr.number));
    sendJson(res, 201, gitHubPull(pr, owner, apiBase, fullName));
}

// ---------------------------------------------------------------- GitLab

namespace {

json gitLabMerge(const PullRequest &pr, int projectId)
{
    return {{"id", pr.id},
            {"iid", pr.number},
            {"project_id", projectId},
            {"title", pr.title},
            {"description", pr.body},
            {"state", pr.state},
            {"source_branch", pr.head},
            {"target_branch", pr.base},
            {"draft", pr.draft},
            {"work_in_progress", pr.draft},
            {"labels", pr.labels},
            {"sha", pr.headSha},
            {"web_url", pr.url},
            {"author", {{"username", pr.author}}}};
}

bool gitLabDraftTitle(const std::string &title)
{
    return startsWithNoCase(title, "Draft:") || startsWithNoCase(title, "[Draft]") || startsWithNoCase(title, "(Draft)");
}

} // namespace

void Server::handleGitLab(const std::string &rest, const httplib::Request &req, httplib::Response &res)
{
    static const std::regex mrsRe(R"(^/projects/(.+)/merge_requests$)");
    static const std::regex mrRe(R"(^/projects/(.+)/merge_requests/(\d+)$)");
    std::smatch m;
    const bool isList = std::regex_match(rest, m, mrsRe);
    const bool isOne = !isList && std::regex_match(rest, m, mrRe);
    if (!isList && !isOne) {
        sendJson(res, 404, {{"error", "404 Not Found"}});
        return;
    }
    std::string token = req.get_header_value("PRIVATE-TOKEN");
    if (token.empty())
        token = schemeToken(req.get_header_value("Authorization"));
    const bool write = req.method != "GET";

    std::lock_guard lock(m_mutex);
    Repo *repo = findRepoByGitLabId(m[1]);
    std::string user;
    const Auth auth = repo ? authorize(token, *repo, write, &user) : (m_tokens.count(token) ? Auth::NoAccess : Auth::Unauthenticated);
    if (auth == Auth::Unauthenticated) {
        sendJson(res, 401, {{"message", "401 Unauthorized"}});
        return;
    }
    if (!repo || auth == Auth::NoAccess) {
        sendJson(res, 404, {{"message", "404 Project Not Found"}});
        return;
    }
    if (auth == Auth::ReadOnly) {
        sendJson(res, 403, {{"message", "403 Forbidden"}});
        return;
    }

    if (isOne) {
        const int iid = std::stoi(m[2]);
        for (const auto &pr : repo->pulls) {
            if (pr.number == iid) {
                sendJson(res, 200, gitLabMerge(pr, repo->projectId));
                return;
            }
        }
        sendJson(res, 404, {{"message", "404 Not found"}});
        return;
    }
    if (req.method == "GET") {
        const std::string state = req.has_param("state") ? req.get_param_value("state") : "all";
        const std::string source = req.get_param_value("source_branch");
        const std::string target = req.get_param_value("target_branch");
        json list = json::array();
        for (const auto &pr : repo->pulls) {
            if (state != "all" && pr.state != state)
                continue;
            if (!source.empty() && pr.head != source)
                continue;
            if (!target.empty() && pr.base != target)
                continue;
            list.push_back(gitLabMerge(pr, repo->projectId));
        }
        sendJson(res, 200, list);
        return;
    }
    if (req.method != "POST") {
        sendJson(res, 405, {{"message", "405 Method Not Allowed"}});
        return;
    }
    bool ok = false;
    const json body = readBody(req, &ok);
    if (!ok) {
        sendJson(res, 400, {{"error", "400 Bad request - body is not valid JSON"}});
        return;
    }
    const std::string source = stringField(body, "source_branch");
    const std::string target = stringField(body, "target_branch");
    const std::string title = stringField(body, "title");
    for (const auto &[key, value] : {std::pair{"source_branch", source}, std::pair{"target_branch", target}, std::pair{"title", title}}) {
        if (value.empty()) {
            sendJson(res, 400, {{"error", std::string(key) + " is missing"}});
            return;
        }
    }
    const std::string headSha = branchSha(*repo, source);
    if (headSha.empty()) {
        sendJson(res, 422, {{"message", json::array({"Source branch \"" + source + "\" does not exist"})}});
        return;
    }
    if (branchSha(*repo, target).empty()) {
        sendJson(res, 422, {{"message", json::array({"Target branch \"" + target + "\" does not exist"})}});
        return;
    }
    for (const auto &pr : repo->pulls) {
        if (pr.state == "opened" && pr.head == source && pr.base == target) {
            sendJson(res, 409, {{"message", json::array({"Another open merge request already exists for this source branch: !"
                                                         + std::to_string(pr.number)})}});
            return;
        }
    }
    PullRequest pr;
    pr.number = int(repo->pulls.size()) + 1;
    pr.id = m_nextGlobalId++;
    pr.title = title;
    pr.body = stringField(body, "description");
    pr.head = source;
    pr.headSha = headSha;
    pr.base = target;
    pr.draft = gitLabDraftTitle(title);
    pr.state = "opened";
    pr.author = user;
    if (const auto it = body.find("labels"); it != body.end()) {
        std::vector<std::string> labels;
        if (it->is_array()) {
            for (const auto &l : *it) {
                if (l.is_string())
                    labels.push_back(l.get<std::string>());
            }
        } else if (it->is_string()) {
            std::stringstream ss(it->get<std::string>());
            std::string part;
            while (std::getline(ss, part, ',')) {
                if (!part.empty())
                    labels.push_back(part);
            }
        }
        pr.labels = labels;
    }
    pr.url = url() + "/" + repo->fullName + "/-/merge_requests/" + std::to_string(pr.number);
    repo->pulls.push_back(pr);
    sendJson(res, 201, gitLabMerge(pr, repo->projectId));
}

// ---------------------------------------------------------------- Gitea

namespace {

json giteaPull(const PullRequest &pr, const std::string &owner, const std::string &fullName)
{
    json labels = json::array();
    for (const auto &l : pr.labels)
        labels.push_back({{"name", l}});
    return {{"id", pr.id},
            {"number", pr.number},
            {"state", pr.state},
            {"title", pr.title},
            {"body", pr.body},
            {"draft", pr.draft},
            {"html_url", pr.url},
            {"labels", labels},
            {"user", {{"login", pr.author}}},
            {"head", {{"ref", pr.head}, {"sha", pr.headSha}, {"label", pr.head}, {"repo", {{"full_name", fullName}}}}},
            {"base", {{"ref", pr.base}, {"label", pr.base}, {"repo", {{"full_name", fullName}, {"owner", {{"login", owner}}}}}}}};
}

} // namespace

void Server::handleGitea(const std::string &rest, const httplib::Request &req, httplib::Response &res)
{
    static const std::regex pullsRe(R"(^/repos/([^/]+)/([^/]+)/pulls$)");
    static const std::regex pullRe(R"(^/repos/([^/]+)/([^/]+)/pulls/(\d+)$)");
    static const std::regex labelsRe(R"(^/repos/([^/]+)/([^/]+)/labels$)");
    std::smatch m;
    const bool isList = std::regex_match(rest, m, pullsRe);
    const bool isOne = !isList && std::regex_match(rest, m, pullRe);
    const bool isLabels = !isList && !isOne && std::regex_match(rest, m, labelsRe) && req.method == "GET";
    if (!isList && !isOne && !isLabels) {
        sendJson(res, 404, {{"message", "The target couldn't be found."}, {"errors", json::array()}});
        return;
    }
    const std::string owner = m[1];
    const std::string fullName = owner + "/" + std::string(m[2]);
    std::string token = schemeToken(req.get_header_value("Authorization"));
    if (token.empty())
        token = req.get_param_value("access_token");
    const bool write = req.method != "GET";

    std::lock_guard lock(m_mutex);
    Repo *repo = findRepo(fullName, Kind::Gitea);
    std::string user;
    const Auth auth = repo ? authorize(token, *repo, write, &user) : (m_tokens.count(token) ? Auth::NoAccess : Auth::Unauthenticated);
    if (auth == Auth::Unauthenticated) {
        sendJson(res, 401, {{"message", "user does not exist [uid: 0, name: ]"}, {"url", url() + "/api/swagger"}});
        return;
    }
    if (!repo || auth == Auth::NoAccess) {
        sendJson(res, 404, {{"message", "The target couldn't be found."}, {"errors", json::array()}, {"url", url() + "/api/swagger"}});
        return;
    }
    if (auth == Auth::ReadOnly) {
        sendJson(res, 403, {{"message", "user should have a permission to write to a repo"}, {"url", url() + "/api/swagger"}});
        return;
    }
    if (isLabels) {
        const int limit = std::clamp(req.has_param("limit") ? std::atoi(req.get_param_value("limit").c_str()) : 30, 1, 50);
        const int page = std::max(1, req.has_param("page") ? std::atoi(req.get_param_value("page").c_str()) : 1);
        json list = json::array();
        for (size_t i = size_t((page - 1) * limit); i < repo->labels.size() && i < size_t(page * limit); ++i)
            list.push_back({{"id", repo->labels[i].first}, {"name", repo->labels[i].second}, {"color", "e11d21"}});
        res.set_header("X-Total-Count", std::to_string(repo->labels.size()));
        sendJson(res, 200, list);
        return;
    }
    if (isOne) {
        const int number = std::stoi(m[3]);
        for (const auto &pr : repo->pulls) {
            if (pr.number == number) {
                sendJson(res, 200, giteaPull(pr, owner, fullName));
                return;
            }
        }
        sendJson(res, 404, {{"message", "The target couldn't be found."}});
        return;
    }
    if (req.method == "GET") {
        const std::string state = req.has_param("state") ? req.get_param_value("state") : "open";
        const int limit = std::clamp(req.has_param("limit") ? std::atoi(req.get_param_value("limit").c_str()) : 30, 1, 50);
        const int page = std::max(1, req.has_param("page") ? std::atoi(req.get_param_value("page").c_str()) : 1);
        std::vector<const PullRequest *> matching;
        // Newest first, as Gitea lists them.
        for (auto it = repo->pulls.rbegin(); it != repo->pulls.rend(); ++it) {
            if (state == "all" || it->state == state)
                matching.push_back(&*it);
        }
        json list = json::array();
        for (size_t i = size_t((page - 1) * limit); i < matching.size() && i < size_t(page * limit); ++i)
            list.push_back(giteaPull(*matching[i], owner, fullName));
        res.set_header("X-Total-Count", std::to_string(matching.size()));
        sendJson(res, 200, list);
        return;
    }
    if (req.method != "POST") {
        sendJson(res, 405, {{"message", "Method Not Allowed"}});
        return;
    }
    bool ok = false;
    const json body = readBody(req, &ok);
    if (!ok) {
        sendJson(res, 422, {{"message", "[]: invalid character"}});
        return;
    }
    std::string head = stringField(body, "head");
    const std::string base = stringField(body, "base");
    const std::string title = stringField(body, "title");
    if (head.empty() || base.empty() || title.empty()) {
        sendJson(res, 422, {{"message", "[Head Base Title]: Required"}});
        return;
    }
    if (const auto colon = head.find(':'); colon != std::string::npos)
        head = head.substr(colon + 1);
    const std::string headSha = branchSha(*repo, head);
    if (headSha.empty() || branchSha(*repo, base).empty()) {
        sendJson(res, 404, {{"message", "The target couldn't be found."}, {"errors", json::array()}});
        return;
    }
    for (const auto &pr : repo->pulls) {
        if (pr.state == "open" && pr.head == head && pr.base == base) {
            sendJson(res, 409, {{"message", "pull request already exists for these targets [id: " + std::to_string(pr.id)
                                                + ", issue_id: " + std::to_string(pr.id + 1) + ", head_repo_id: "
                                                + std::to_string(repo->projectId) + ", base_repo_id: "
                                                + std::to_string(repo->projectId) + ", head_branch: " + head
                                                + ", base_branch: " + base + "]"},
                                {"url", url() + "/api/swagger"}});
            return;
        }
    }
    PullRequest pr;
    pr.number = int(repo->pulls.size()) + 1;
    pr.id = m_nextGlobalId++;
    pr.title = title;
    pr.body = stringField(body, "body");
    pr.head = head;
    pr.headSha = headSha;
    pr.base = base;
    pr.draft = startsWithNoCase(title, "WIP:") || startsWithNoCase(title, "[WIP]");
    if (const auto it = body.find("labels"); it != body.end() && it->is_array()) {
        for (const auto &id : *it) {
            if (!id.is_number_integer()) {
                sendJson(res, 422, {{"message", "labels: expected label ids"}});
                return;
            }
            const auto label = std::find_if(repo->labels.begin(), repo->labels.end(),
                                            [&](const auto &l) { return l.first == id.get<int>(); });
            if (label == repo->labels.end()) {
                sendJson(res, 422, {{"message", "label does not exist [id: " + std::to_string(id.get<int>()) + "]"}});
                return;
            }
            pr.labels.push_back(label->second);
        }
    }
    pr.state = "open";
    pr.author = user;
    pr.url = url() + "/" + fullName + "/pulls/" + std::to_string(pr.number);
    repo->pulls.push_back(pr);
    sendJson(res, 201, giteaPull(pr, owner, fullName));
}

// ---------------------------------------------------------------- Git smart HTTP

bool Server::handleGit(const std::string &path, const httplib::Request &req, httplib::Response &res)
{
    static const std::regex gitRe(R"(^/(.+?)(\.git)?/(info/refs|git-upload-pack|git-receive-pack)$)");
    std::smatch m;
    if (!std::regex_match(path, m, gitRe))
        return false;
    const std::string fullName = m[1];
    const std::string service = m[3];
    const bool write = service == "git-receive-pack"
        || (service == "info/refs" && req.get_param_value("service") == "git-receive-pack");

    std::string token;
    std::string basicUser;
    const std::string authHeader = req.get_header_value("Authorization");
    if (startsWithNoCase(authHeader, "Basic ")) {
        const std::string decoded = base64Decode(authHeader.substr(6));
        const auto colon = decoded.find(':');
        if (colon != std::string::npos) {
            basicUser = decoded.substr(0, colon);
            token = decoded.substr(colon + 1);
        }
    }
    std::string repoPath;
    std::string user;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_repos.find(fullName);
        const Auth auth = it != m_repos.end() ? authorize(token, it->second, write, &user)
                                              : (m_tokens.count(token) ? Auth::NoAccess : Auth::Unauthenticated);
        if (auth == Auth::Unauthenticated) {
            res.status = 401;
            res.set_header("WWW-Authenticate", "Basic realm=\"forge-sim\"");
            res.set_content("Authentication failed: use the token as the password\n", "text/plain");
            return true;
        }
        if (it == m_repos.end() || auth == Auth::NoAccess) {
            res.status = 404;
            res.set_content("Repository not found.\n", "text/plain");
            return true;
        }
        if (auth == Auth::ReadOnly) {
            res.status = 403;
            res.set_content("Permission to " + fullName + ".git denied to " + user + ".\n", "text/plain");
            return true;
        }
        repoPath = it->second.path;
    }
    while (repoPath.size() > 1 && repoPath.back() == '/')
        repoPath.pop_back();
    const auto slash = repoPath.rfind('/');
    const std::string root = slash == 0 ? "/" : repoPath.substr(0, slash);
    const std::string dir = repoPath.substr(slash + 1);

    std::vector<std::string> env = {
        "GATEWAY_INTERFACE=CGI/1.1",
        "SERVER_PROTOCOL=HTTP/1.1",
        "REQUEST_METHOD=" + req.method,
        "GIT_PROJECT_ROOT=" + root,
        "GIT_HTTP_EXPORT_ALL=1",
        "PATH_INFO=/" + dir + "/" + service,
        "QUERY_STRING=" + (service == "info/refs" ? "service=" + req.get_param_value("service") : std::string()),
        "CONTENT_TYPE=" + req.get_header_value("Content-Type"),
        "CONTENT_LENGTH=" + std::to_string(req.body.size()),
        "REMOTE_USER=" + user,
        "REMOTE_ADDR=127.0.0.1",
    };
    if (req.has_header("Content-Encoding"))
        env.push_back("HTTP_CONTENT_ENCODING=" + req.get_header_value("Content-Encoding"));
    if (req.has_header("Git-Protocol"))
        env.push_back("GIT_PROTOCOL=" + req.get_header_value("Git-Protocol"));
    const ProcessResult cgi = runProcess({httpBackendPath()}, env, req.body);
    if (!cgi.started) {
        res.status = 500;
        res.set_content("git http-backend could not be started\n", "text/plain");
        return true;
    }
    auto headerEnd = cgi.out.find("\r\n\r\n");
    size_t bodyStart = headerEnd == std::string::npos ? std::string::npos : headerEnd + 4;
    if (headerEnd == std::string::npos) {
        headerEnd = cgi.out.find("\n\n");
        bodyStart = headerEnd == std::string::npos ? std::string::npos : headerEnd + 2;
    }
    if (headerEnd == std::string::npos) {
        res.status = 500;
        res.set_content("git http-backend: " + cgi.err, "text/plain");
        return true;
    }
    std::istringstream headers(cgi.out.substr(0, headerEnd));
    std::string line;
    std::string contentType = "application/octet-stream";
    res.status = 200;
    while (std::getline(headers, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        const std::string name = line.substr(0, colon);
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        if (name == "Status")
            res.status = std::atoi(value.c_str());
        else if (name == "Content-Type")
            contentType = value;
        else
            res.set_header(name.c_str(), value);
    }
    res.set_content(cgi.out.substr(bodyStart), contentType.c_str());
    return true;
}

// ---------------------------------------------------------------- HTML pages

bool Server::handlePage(const std::string &path, httplib::Response &res)
{
    std::lock_guard lock(m_mutex);
    for (const auto &[name, repo] : m_repos) {
        for (const auto &pr : repo.pulls) {
            if (pr.url != url() + path)
                continue;
            std::ostringstream html;
            html << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" << htmlEscape(pr.title)
                 << "</title></head><body>\n<h1>" << htmlEscape(pr.title) << " #" << pr.number << "</h1>\n"
                 << "<p class=\"state\">" << htmlEscape(pr.state) << (pr.draft ? " (draft)" : "") << "</p>\n"
                 << "<p class=\"branches\">" << htmlEscape(pr.head) << " &rarr; " << htmlEscape(pr.base) << " at "
                 << htmlEscape(pr.headSha) << "</p>\n<pre class=\"body\">" << htmlEscape(pr.body) << "</pre>\n</body></html>\n";
            res.status = 200;
            res.set_content(html.str(), "text/html; charset=utf-8");
            return true;
        }
    }
    return false;
}

} // namespace forgesim
