// SPDX-License-Identifier: GPL-3.0-or-later
#include "process.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace forgesim {

namespace {

class Fd
{
public:
    Fd() = default;
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd() { reset(); }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd = -1;
};

// The input goes through an unlinked temporary file so a large request body can never
// dead-lock against a child that writes before it has read everything.
int inputFile(const std::string &input)
{
    char name[] = "/tmp/forge-sim-stdin-XXXXXX";
    const int fd = ::mkstemp(name);
    if (fd < 0)
        return -1;
    ::unlink(name);
    size_t done = 0;
    while (done < input.size()) {
        const ssize_t n = ::write(fd, input.data() + done, input.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            return -1;
        }
        done += size_t(n);
    }
    ::lseek(fd, 0, SEEK_SET);
    return fd;
}

} // namespace

ProcessResult runProcess(const std::vector<std::string> &argv, const std::vector<std::string> &env,
                         const std::string &input)
{
    ProcessResult result;
    if (argv.empty())
        return result;

    // Everything the child needs is built before fork: only async-signal-safe calls after it.
    std::map<std::string, std::string> vars;
    for (char **e = environ; e && *e; ++e) {
        const std::string kv = *e;
        const auto eq = kv.find('=');
        if (eq != std::string::npos)
            vars[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    for (const char *drop : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY"})
        vars.erase(drop);
    for (const auto &kv : env) {
        const auto eq = kv.find('=');
        if (eq != std::string::npos)
            vars[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    std::vector<std::string> envStrings;
    envStrings.reserve(vars.size());
    for (const auto &[k, v] : vars)
        envStrings.push_back(k + '=' + v);
    std::vector<char *> envp;
    for (auto &s : envStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    std::vector<std::string> args = argv;
    std::vector<char *> argp;
    for (auto &s : args)
        argp.push_back(s.data());
    argp.push_back(nullptr);
    std::string path = vars.count("PATH") ? vars["PATH"] : std::string("/usr/bin:/bin");

    std::vector<std::string> candidates;
    if (args[0].find('/') != std::string::npos) {
        candidates.push_back(args[0]);
    } else {
        size_t start = 0;
        while (start <= path.size()) {
            const size_t colon = path.find(':', start);
            const std::string dir = path.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
            if (!dir.empty())
                candidates.push_back(dir + '/' + args[0]);
            if (colon == std::string::npos)
                break;
            start = colon + 1;
        }
    }

    Fd in(inputFile(input));
    int outPipe[2];
    int errPipe[2];
    if (in.get() < 0 || ::pipe2(outPipe, O_CLOEXEC) != 0)
        return result;
    Fd outRead(outPipe[0]);
    Fd outWrite(outPipe[1]);
    if (::pipe2(errPipe, O_CLOEXEC) != 0)
        return result;
    Fd errRead(errPipe[0]);
    Fd errWrite(errPipe[1]);

    const pid_t pid = ::fork();
    if (pid < 0)
        return result;
    if (pid == 0) {
        ::dup2(in.get(), 0);
        ::dup2(outWrite.get(), 1);
        ::dup2(errWrite.get(), 2);
        for (int fd = 3; fd < 1024; ++fd)
            ::close(fd);
        for (const auto &c : candidates)
            ::execve(c.c_str(), argp.data(), envp.data());
        ::_exit(127);
    }
    result.started = true;
    outWrite.reset();
    errWrite.reset();
    in.reset();

    pollfd fds[2] = {{outRead.get(), POLLIN, 0}, {errRead.get(), POLLIN, 0}};
    std::string *sinks[2] = {&result.out, &result.err};
    int open = 2;
    char buf[65536];
    while (open > 0) {
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
            if (n > 0) {
                sinks[i]->append(buf, size_t(n));
            } else if (n == 0 || errno != EINTR) {
                fds[i].fd = -1;
                --open;
            }
        }
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (result.exitCode == 127 && result.out.empty())
        result.started = false;
    return result;
}

} // namespace forgesim
