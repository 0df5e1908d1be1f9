// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
}

// forge-sim: GitHub, GitLab and Gitea pull-request APIs plus Git smart HTTP (git http-backend)
// on loopback, for tests and the demo. See docs/forge-sim.md.
namespace forgesim {

enum class Kind { GitHub, GitLab, Gitea };

enum class Access { Read, Write };

struct PullRequest
{
    int number = 0;       // GitHub/Gitea number, GitLab iid
    int id = 0;           // global id (GitLab `id`)
    std::string title;    // as sent (GitLab/Gitea keep a Draft:/WIP: prefix in the title)
    std::string body;     // GitHub/Gitea body, GitLab description
    std::string head;     // source branch name (no owner: prefix)
    std::string headSha;
    std::string base;     // target branch
    bool draft = false;
    std::vector<std::string> labels;
    std::string state;    // "open" (GitLab: "opened")
    std::string url;      // html_url / web_url
    std::string author;   // the token's user name
};

class Server
{
public:
    Server();
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    // Binds 127.0.0.1:port (0 picks a free port) and serves on a background thread.
    bool start(int port = 0);
    void stop();
    int port() const { return m_port; }
    std::string url() const; // http://127.0.0.1:PORT

    // `fullName` is owner/name (GitLab: group/subgroup/project); `barePath` a bare repository.
    // Served at URL/<fullName>.git for Git and under the API of `kind`. Returns the GitLab
    // project id (also assigned for other kinds).
    int addRepository(Kind kind, const std::string &fullName, const std::string &barePath);
    // A token, its user name and its rights; `repositories` empty means every repository,
    // otherwise the token cannot see the others (404 as real forges answer).
    void addToken(const std::string &token, Access access, std::vector<std::string> repositories = {},
                  const std::string &user = "driftdeck-bot");
    // Rejects pushes to branches matching the shell pattern (an `update` hook in the bare
    // repository), with `reason` shown to the pusher as remote output.
    void protectBranch(const std::string &fullName, const std::string &pattern,
                       const std::string &reason = "protected branch");

    // Gitea labels are addressed by id: defines one and returns its id.
    int addLabel(const std::string &fullName, const std::string &name);

    std::vector<PullRequest> pulls(const std::string &fullName) const;
    // Closes a pull request (tests: a closed PR is no longer returned for its branch).
    bool closePull(const std::string &fullName, int number);
    int requestCount() const;

private:
    struct Repo
    {
        Kind kind = Kind::GitHub;
        std::string fullName;
        std::string path;
        int projectId = 0;
        std::vector<PullRequest> pulls;
        std::vector<std::pair<std::string, std::string>> protectedPatterns;
        std::vector<std::pair<int, std::string>> labels; // Gitea: id, name
    };
    struct Token
    {
        Access access = Access::Read;
        std::set<std::string> repositories;
        std::string user;
    };
    enum class Auth { Ok, Unauthenticated, NoAccess, ReadOnly };

    void handle(const httplib::Request &req, httplib::Response &res);
    void handleGitHub(const std::string &rest, const httplib::Request &req, httplib::Response &res);
    void handleGitLab(const std::string &rest, const httplib::Request &req, httplib::Response &res);
    void handleGitea(const std::string &rest, const httplib::Request &req, httplib::Response &res);
    bool handleGit(const std::string &path, const httplib::Request &req, httplib::Response &res);
    bool handlePage(const std::string &path, httplib::Response &res);

    Repo *findRepo(const std::string &fullName, Kind kind);
    Repo *findRepoByGitLabId(const std::string &id);
    Auth authorize(const std::string &token, const Repo &repo, bool write, std::string *user) const;
    std::string branchSha(const Repo &repo, const std::string &branch) const;
    void writeHook(const Repo &repo) const;

    std::unique_ptr<httplib::Server> m_http;
    std::thread m_thread;
    int m_port = 0;
    mutable std::mutex m_mutex;
    std::map<std::string, Repo> m_repos;
    std::map<std::string, Token> m_tokens;
    int m_nextProjectId = 1;
    int m_nextGlobalId = 1000;
    int m_requests = 0;
};

} // namespace forgesim
