// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/git/gitmirror.h"

#include "core/common/logging.h"
#include "core/git/credentialhelper.h"
#include "core/git/knownhosts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace driftdeck::git {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GitMirror", text);
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

bool isScpLike(const QString &url)
{
    // git@host:path (no scheme, a colon before the first slash)
    const auto colon = url.indexOf(u':');
    const auto slash = url.indexOf(u'/');
    return !url.contains(QStringLiteral("://")) && colon > 0 && (slash < 0 || colon < slash) && !QFileInfo::exists(url);
}

// A local folder given as a path is handed to libgit2 as an absolute path.
QString remoteUrl(const QString &url)
{
    if (url.contains(QStringLiteral("://")) || isScpLike(url))
        return url;
    return QFileInfo(url).absoluteFilePath();
}

} // namespace

// State shared with libgit2's C callbacks during one fetch.
struct RemoteCallbacks
{
    GitMirror *mirror = nullptr;
    int userpassAttempts = 0;
    int sshAttempts = 0;
    bool authFailed = false;
    std::optional<QString> certificateError;
    std::optional<CredentialHelper::Credential> helperCredential;
    QElapsedTimer sinceEmit;
    GitProgress progress;

    static int credentials(git_credential **out, const char *url, const char *usernameFromUrl, unsigned int allowed, void *payload)
    {
        auto *self = static_cast<RemoteCallbacks *>(payload);
        const GitCredentials &c = self->mirror->m_options.credentials;
        const QByteArray user = usernameFromUrl && *usernameFromUrl ? QByteArray(usernameFromUrl)
                                                                   : utf8(c.username.isEmpty() ? QStringLiteral("git") : c.username);
        if (allowed & GIT_CREDENTIAL_USERNAME)
            return git_credential_username_new(out, user.constData());
        if (allowed & GIT_CREDENTIAL_SSH_KEY) {
            // One try per method: libgit2 calls again after a refusal.
            const int attempt = self->sshAttempts++;
            if (!c.sshPrivateKey.isEmpty() && attempt == 0)
                return git_credential_ssh_key_new(out, user.constData(),
                                                  c.sshPublicKey.isEmpty() ? nullptr : utf8(c.sshPublicKey).constData(),
                                                  utf8(c.sshPrivateKey).constData(),
                                                  c.sshPassphrase.isEmpty() ? nullptr : utf8(c.sshPassphrase).constData());
            if (c.sshPrivateKey.isEmpty() && c.useSshAgent && attempt == 0)
                return git_credential_ssh_key_from_agent(out, user.constData());
            self->authFailed = true;
            return GIT_EAUTH;
        }
        if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
            const int attempt = self->userpassAttempts++;
            if (attempt == 0 && !c.token.isEmpty()) {
                const QByteArray name = utf8(c.username.isEmpty() ? QStringLiteral("git") : c.username);
                return git_credential_userpass_plaintext_new(out, name.constData(), utf8(c.token).constData());
            }
            if (attempt == 0 && c.useCredentialHelper) {
                auto filled = CredentialHelper::fill(QUrl(QString::fromUtf8(url)));
                if (filled.ok()) {
                    self->helperCredential = *filled;
                    return git_credential_userpass_plaintext_new(out, utf8(filled->username).constData(),
                                                                 utf8(filled->password).constData());
                }
                qCInfo(lcGit) << "no credential from the helpers:" << filled.error().fullText();
            }
            self->authFailed = true;
            return GIT_EAUTH;
        }
        self->authFailed = true;
        return GIT_EAUTH;
    }

    static int certificateCheck(git_cert *cert, int valid, const char *host, void *payload)
    {
        auto *self = static_cast<RemoteCallbacks *>(payload);
        const CertificatePolicy &policy = self->mirror->m_options.certificates;
        const QString hostName = QString::fromUtf8(host ? host : "");
        if (cert->cert_type == GIT_CERT_HOSTKEY_LIBSSH2) {
            if (policy.knownHostsFile.isEmpty())
                return GIT_PASSTHROUGH; // libgit2 checks ~/.ssh/known_hosts itself
            const auto *key = reinterpret_cast<const git_cert_hostkey *>(cert);
            if (!(key->type & GIT_CERT_SSH_SHA256)) {
                self->certificateError = tr("The SSH server's host key cannot be checked (no SHA-256 fingerprint)");
                return GIT_ECERTIFICATE;
            }
            QFile f(policy.knownHostsFile);
            const QByteArray content = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            const QUrl url(self->mirror->m_options.url);
            const int port = url.scheme() == u"ssh" ? url.port(22) : 22;
            const QByteArray sha(reinterpret_cast<const char *>(key->hash_sha256), sizeof(key->hash_sha256));
            switch (KnownHosts::check(content, hostName, port, sha)) {
            case KnownHosts::Verdict::Trusted:
                return 0;
            case KnownHosts::Verdict::Mismatch:
                self->certificateError = tr("The SSH host key of %1 does not match known_hosts").arg(hostName);
                return GIT_ECERTIFICATE;
            case KnownHosts::Verdict::Revoked:
                self->certificateError = tr("The SSH host key of %1 is revoked").arg(hostName);
                return GIT_ECERTIFICATE;
            case KnownHosts::Verdict::Unknown:
                self->certificateError = tr("%1 is not in known_hosts").arg(hostName);
                return GIT_ECERTIFICATE;
            }
        }
        if (valid)
            return 0;
        if (policy.insecureSkipTlsVerify) {
            qCWarning(lcGit) << "accepting an untrusted TLS certificate for" << hostName << "(insecureSkipTlsVerify)";
            return 0;
        }
        self->certificateError = tr("The certificate of %1 is not trusted").arg(hostName);
        return GIT_ECERTIFICATE;
    }

    static int transferProgress(const git_indexer_progress *stats, void *payload)
    {
        auto *self = static_cast<RemoteCallbacks *>(payload);
        GitProgress &p = self->progress;
        p.totalObjects = stats->total_objects;
        p.receivedObjects = stats->received_objects;
        p.indexedObjects = stats->indexed_objects;
        p.totalDeltas = stats->total_deltas;
        p.indexedDeltas = stats->indexed_deltas;
        p.receivedBytes = stats->received_bytes;
        const bool complete = stats->total_objects > 0 && stats->indexed_objects == stats->total_objects
            && stats->indexed_deltas == stats->total_deltas;
        if (complete || !self->sinceEmit.isValid() || self->sinceEmit.elapsed() >= 100) {
            self->sinceEmit.start();
            Q_EMIT self->mirror->progress(p);
        }
        return self->mirror->m_cancel ? GIT_EUSER : 0;
    }

    static int sideband(const char *text, int len, void *payload)
    {
        auto *self = static_cast<RemoteCallbacks *>(payload);
        self->progress.serverMessage = QString::fromUtf8(text, len).trimmed();
        return self->mirror->m_cancel ? GIT_EUSER : 0;
    }
};

GitMirror::GitMirror(MirrorOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<GitProgress>();
    if (m_options.cacheRoot.isEmpty())
        m_options.cacheRoot = defaultCacheRoot();
    m_path = mirrorPathFor(m_options.cacheRoot, m_options.url);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        auto r = sync();
        Q_EMIT synced(r.ok(), r.ok() ? QString() : r.error().fullText());
    });
}

GitMirror::~GitMirror() = default;

QString GitMirror::defaultCacheRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/mirrors");
}

QString GitMirror::displayUrl(const QString &url)
{
    if (!url.contains(QStringLiteral("://")))
        return url;
    QUrl u(url);
    u.setPassword(QString());
    u.setUserName(QString());
    return u.toString();
}

QString GitMirror::mirrorPathFor(const QString &cacheRoot, const QString &url)
{
    const QString clean = displayUrl(url);
    QString readable = clean.section(u'/', -1);
    if (readable.endsWith(QStringLiteral(".git")))
        readable.chop(4);
    readable.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (readable.isEmpty())
        readable = QStringLiteral("repo");
    const QByteArray hash = QCryptographicHash::hash(utf8(clean), QCryptographicHash::Sha256).toHex().left(12);
    return QDir(cacheRoot).filePath(readable + u'-' + QString::fromLatin1(hash) + QStringLiteral(".git"));
}

bool GitMirror::exists() const
{
    return QFileInfo::exists(m_path + QStringLiteral("/HEAD"));
}

Error GitMirror::gitError(const QString &what, int code) const
{
    return Error(what, QString::fromStdString(gitLastError(code)));
}

Result<void> GitMirror::open() const
{
    if (m_repo)
        return success();
    if (!exists())
        return Error(tr("The repository has not been fetched yet"), displayUrl(m_options.url));
    if (int rc = git_repository_open_bare(out(m_repo), utf8(m_path).constData()); rc != 0)
        return gitError(tr("Cannot open the repository mirror"), rc);
    return success();
}

Result<void> GitMirror::sync()
{
    QMutexLocker lock(&m_mutex);
    m_cancel = false;
    if (!exists())
        return clone();
    return fetch();
}

void GitMirror::startPeriodicSync(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    QMetaObject::invokeMethod(&m_timer, "timeout", Qt::QueuedConnection);
}

void GitMirror::stopPeriodicSync()
{
    m_timer.stop();
}

Result<void> GitMirror::clone()
{
    // Fetch into a side folder and move it in place only when complete, so an interrupted
    // clone never looks like a mirror.
    const QString partial = m_path + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial))
        return Error(tr("Cannot create the cache folder"), partial);
    {
        GitRepository repo;
        if (int rc = git_repository_init(out(repo), utf8(partial).constData(), 1); rc != 0)
            return gitError(tr("Cannot create the repository mirror"), rc);
        GitRemote remote;
        if (int rc = git_remote_create_with_fetchspec(out(remote), repo.get(), "origin", utf8(remoteUrl(m_options.url)).constData(),
                                                      "+refs/heads/*:refs/remotes/origin/*");
            rc != 0)
            return gitError(tr("Cannot set up the remote"), rc);
        if (int rc = git_remote_add_fetch(repo.get(), "origin", "+refs/tags/*:refs/tags/*"); rc != 0)
            return gitError(tr("Cannot set up the remote"), rc);
    }
    m_repo.reset();
    if (int rc = git_repository_open_bare(out(m_repo), utf8(partial).constData()); rc != 0)
        return gitError(tr("Cannot open the repository mirror"), rc);
    auto fetched = fetch();
    m_repo.reset();
    if (!fetched.ok()) {
        QDir(partial).removeRecursively();
        return fetched;
    }
    QDir(m_path).removeRecursively();
    if (!QDir().rename(partial, m_path))
        return Error(tr("Cannot move the new mirror in place"), m_path);
    qCInfo(lcGit) << "cloned" << displayUrl(m_options.url) << "into" << m_path;
    return open();
}

Result<void> GitMirror::fetch()
{
    if (auto o = open(); !o.ok())
        return o;
    GitRemote remote;
    if (int rc = git_remote_lookup(out(remote), m_repo.get(), "origin"); rc != 0)
        return gitError(tr("The mirror has no remote"), rc);
    const QByteArray url = utf8(remoteUrl(m_options.url));
    if (QByteArray(git_remote_url(remote.get())) != url) {
        git_remote_set_url(m_repo.get(), "origin", url.constData());
        if (int rc = git_remote_lookup(out(remote), m_repo.get(), "origin"); rc != 0)
            return gitError(tr("The mirror has no remote"), rc);
    }

    RemoteCallbacks state;
    state.mirror = this;
    git_fetch_options opts = GIT_FETCH_OPTIONS_INIT;
    opts.callbacks.credentials = &RemoteCallbacks::credentials;
    opts.callbacks.certificate_check = &RemoteCallbacks::certificateCheck;
    opts.callbacks.transfer_progress = &RemoteCallbacks::transferProgress;
    opts.callbacks.sideband_progress = &RemoteCallbacks::sideband;
    opts.callbacks.payload = &state;
    opts.prune = GIT_FETCH_PRUNE;
    opts.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
    opts.proxy_opts.type = GIT_PROXY_AUTO;

    const int rc = git_remote_fetch(remote.get(), nullptr, &opts, "driftdeck fetch");
    const QString where = displayUrl(m_options.url);
    if (rc != 0) {
        if (state.helperCredential && state.authFailed)
            CredentialHelper::report(QUrl(m_options.url), *state.helperCredential, false);
        if (m_cancel)
            return Error(tr("Fetching %1 was cancelled").arg(where));
        if (state.certificateError)
            return Error(*state.certificateError, QString::fromStdString(gitLastError(rc)));
        if (state.authFailed || rc == GIT_EAUTH)
            return Error(tr("Authentication to %1 failed").arg(where), QString::fromStdString(gitLastError(rc)));
        return gitError(tr("Cannot fetch %1").arg(where), rc);
    }
    if (state.helperCredential)
        CredentialHelper::report(QUrl(m_options.url), *state.helperCredential, true);

    // Remember the remote's default branch as refs/remotes/origin/HEAD (the ref list stays
    // readable after the fetch disconnected).
    GitBuf head;
    if (git_remote_default_branch(head.get(), remote.get()) == 0) {
        const QString branch = QString::fromStdString(head.str()).section(u'/', 2);
        const QByteArray target = "refs/remotes/origin/" + utf8(branch);
        GitReference ref;
        git_reference_symbolic_create(out(ref), m_repo.get(), "refs/remotes/origin/HEAD", target.constData(), 1,
                                      "driftdeck: remote HEAD");
    }
    state.progress.done = true;
    Q_EMIT progress(state.progress);
    qCDebug(lcGit) << "fetched" << where;
    return success();
}

Result<GitCommit> GitMirror::lookupCommit(const QString &revision) const
{
    if (auto o = open(); !o.ok())
        return o.error();
    QStringList candidates;
    if (revision.isEmpty() || revision == u"HEAD")
        candidates << QStringLiteral("refs/remotes/origin/HEAD") << QStringLiteral("HEAD");
    else if (revision.startsWith(QStringLiteral("refs/")))
        candidates << revision << QStringLiteral("refs/remotes/origin/") + revision.mid(11);
    else
        candidates << QStringLiteral("refs/remotes/origin/") + revision << QStringLiteral("refs/tags/") + revision
                   << QStringLiteral("refs/heads/") + revision << revision;
    for (const QString &c : std::as_const(candidates)) {
        GitObject obj;
        if (git_revparse_single(out(obj), m_repo.get(), utf8(c).constData()) != 0)
            continue;
        GitObject peeled;
        if (git_object_peel(out(peeled), obj.get(), GIT_OBJECT_COMMIT) != 0)
            continue;
        GitCommit commit;
        if (git_commit_lookup(out(commit), m_repo.get(), git_object_id(peeled.get())) == 0)
            return commit;
    }
    return Error(tr("No branch, tag or commit named %1").arg(revision), displayUrl(m_options.url));
}

Result<QString> GitMirror::resolve(const QString &revision) const
{
    QMutexLocker lock(&m_mutex);
    auto c = lookupCommit(revision);
    if (!c.ok())
        return c.error();
    return QString::fromLatin1(git_oid_tostr_s(git_commit_id(c->get())));
}

Result<CommitInfo> GitMirror::commitInfo(const QString &revision) const
{
    QMutexLocker lock(&m_mutex);
    auto c = lookupCommit(revision);
    if (!c.ok())
        return c.error();
    CommitInfo info;
    info.sha = QString::fromLatin1(git_oid_tostr_s(git_commit_id(c->get())));
    info.summary = QString::fromUtf8(git_commit_summary(c->get()));
    const git_signature *author = git_commit_author(c->get());
    info.author = QString::fromUtf8(author->name);
    info.time = QDateTime::fromSecsSinceEpoch(author->when.time, QTimeZone(author->when.offset * 60));
    return info;
}

Result<QStringList> GitMirror::branches() const
{
    QMutexLocker lock(&m_mutex);
    if (auto o = open(); !o.ok())
        return o.error();
    git_strarray refs {};
    if (int rc = git_reference_list(&refs, m_repo.get()); rc != 0)
        return gitError(tr("Cannot list branches"), rc);
    QStringList names;
    for (size_t i = 0; i < refs.count; ++i) {
        const QString r = QString::fromUtf8(refs.strings[i]);
        if (r.startsWith(QStringLiteral("refs/remotes/origin/")) && r != u"refs/remotes/origin/HEAD")
            names.append(r.mid(20));
    }
    git_strarray_dispose(&refs);
    names.sort();
    return names;
}

Result<QByteArray> GitMirror::readFile(const QString &commit, const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    auto c = lookupCommit(commit);
    if (!c.ok())
        return c.error();
    GitTree tree;
    if (int rc = git_commit_tree(out(tree), c->get()); rc != 0)
        return gitError(tr("Cannot read the commit's tree"), rc);
    GitTreeEntry entry;
    if (git_tree_entry_bypath(out(entry), tree.get(), utf8(path).constData()) != 0)
        return Error(tr("%1 does not exist at this commit").arg(path), commit);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return Error(tr("%1 is not a file").arg(path), commit);
    GitBlob blob;
    if (int rc = git_blob_lookup(out(blob), m_repo.get(), git_tree_entry_id(entry.get())); rc != 0)
        return gitError(tr("Cannot read %1").arg(path), rc);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())), static_cast<qsizetype>(git_blob_rawsize(blob.get())));
}

Result<QMap<QString, QByteArray>> GitMirror::readTree(const QString &commit, const QString &folderIn) const
{
    QMutexLocker lock(&m_mutex);
    auto c = lookupCommit(commit);
    if (!c.ok())
        return c.error();
    GitTree tree;
    if (int rc = git_commit_tree(out(tree), c->get()); rc != 0)
        return gitError(tr("Cannot read the commit's tree"), rc);
    QString folder = QDir::cleanPath(folderIn);
    if (folder == u"." || folder == u"/")
        folder.clear();
    while (folder.startsWith(u'/') || folder.startsWith(QStringLiteral("./")))
        folder.remove(0, folder.startsWith(u'/') ? 1 : 2);
    GitTree sub;
    if (!folder.isEmpty()) {
        GitTreeEntry entry;
        // Two statements: out() hands the entry over at the end of the full expression.
        const int found = git_tree_entry_bypath(out(entry), tree.get(), utf8(folder).constData());
        if (found != 0 || git_tree_entry_type(entry.get()) != GIT_OBJECT_TREE)
            return Error(tr("The folder %1 does not exist at this commit").arg(folder), commit);
        if (int rc = git_tree_lookup(out(sub), m_repo.get(), git_tree_entry_id(entry.get())); rc != 0)
            return gitError(tr("Cannot read %1").arg(folder), rc);
    }
    struct Walk
    {
        git_repository *repo;
        QString prefix;
        QMap<QString, QByteArray> files;
        int error = 0;
    } walk{m_repo.get(), folder.isEmpty() ? QString() : folder + u'/', {}, 0};
    auto cb = [](const char *root, const git_tree_entry *entry, void *payload) -> int {
        auto *w = static_cast<Walk *>(payload);
        if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB || git_tree_entry_filemode(entry) == GIT_FILEMODE_LINK)
            return 0;
        GitBlob blob;
        if (int rc = git_blob_lookup(out(blob), w->repo, git_tree_entry_id(entry)); rc != 0) {
            w->error = rc;
            return -1;
        }
        const QString path = w->prefix + QString::fromUtf8(root) + QString::fromUtf8(git_tree_entry_name(entry));
        w->files.insert(path, QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                                         static_cast<qsizetype>(git_blob_rawsize(blob.get()))));
        return 0;
    };
    if (int rc = git_tree_walk(sub ? sub.get() : tree.get(), GIT_TREEWALK_PRE, cb, &walk); rc != 0)
        return gitError(tr("Cannot read the tree"), walk.error ? walk.error : rc);
    return std::move(walk.files);
}

} // namespace driftdeck::git
