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

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <QHostAddress>

#include <memory>
#include <optional>

namespace driftdeck::git {

namespace {

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

// The SSH port of a remote URL: ssh://host:port/..., else 22 (scp-like git@host:path).
int sshPort(const QString &url)
{
    if (!url.contains(QStringLiteral("://")))
        return 22;
    return QUrl(url).port(22);
}

QString sshKeyType(const git_cert_hostkey *key)
{
    if (!(key->type & GIT_CERT_SSH_RAW))
        return {};
    switch (key->raw_type) {
    case GIT_CERT_SSH_RAW_TYPE_RSA:
        return QStringLiteral("ssh-rsa");
    case GIT_CERT_SSH_RAW_TYPE_DSS:
        return QStringLiteral("ssh-dss");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_256:
        return QStringLiteral("ecdsa-sha2-nistp256");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_384:
        return QStringLiteral("ecdsa-sha2-nistp384");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_521:
        return QStringLiteral("ecdsa-sha2-nistp521");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ED25519:
        return QStringLiteral("ssh-ed25519");
    case GIT_CERT_SSH_RAW_TYPE_UNKNOWN:
        break;
    }
    return {};
}

// Checks a server certificate (DER, as libgit2 hands it over: the leaf only) against the CAs
// in caFile, including the host name or IP address. Empty on success, else why not.
std::optional<QString> verifyWithCaFile(const git_cert_x509 *cert, const QString &host, const QString &caFile)
{
    const auto *der = static_cast<const unsigned char *>(cert->data);
    std::unique_ptr<X509, decltype(&X509_free)> leaf(d2i_X509(nullptr, &der, static_cast<long>(cert->len)), &X509_free);
    if (!leaf)
        return GitMirror::tr("the server's certificate cannot be read");
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), &X509_STORE_free);
    if (!store || X509_STORE_load_file(store.get(), QFile::encodeName(caFile).constData()) != 1)
        return GitMirror::tr("the CA file %1 cannot be read or holds no PEM certificate").arg(caFile);
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(), &X509_STORE_CTX_free);
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), nullptr) != 1)
        return GitMirror::tr("the certificate check could not start");
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
    const QByteArray name = host.toUtf8();
    if (!QHostAddress(host).isNull())
        X509_VERIFY_PARAM_set1_ip_asc(param, name.constData());
    else
        X509_VERIFY_PARAM_set1_host(param, name.constData(), static_cast<size_t>(name.size()));
    if (X509_verify_cert(ctx.get()) == 1)
        return std::nullopt;
    return QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
}

} // namespace

// State shared with libgit2's C callbacks during one fetch.
struct RemoteCallbacks
{
    GitMirror *mirror = nullptr;
    int userpassAttempts = 0;
    int sshAttempts = 0;
    bool sshKeyOffered = false; // a key (file or agent) was handed to libssh2
    bool authFailed = false;
    std::optional<Error> credentialError;
    QString authDetail; // why our side gave up authenticating (no secrets in it)
    std::optional<Error> certificateError;
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
            if (!c.sshPrivateKey.isEmpty() && attempt == 0 && !QFileInfo(c.sshPrivateKey).isReadable()) {
                self->credentialError = Error(GitMirror::tr("The SSH key file %1 does not exist or cannot be read").arg(c.sshPrivateKey));
                return GIT_EAUTH;
            }
            self->sshKeyOffered = attempt == 0 && (!c.sshPrivateKey.isEmpty() || c.useSshAgent);
            if (!c.sshPrivateKey.isEmpty() && attempt == 0)
                return git_credential_ssh_key_new(out, user.constData(),
                                                  c.sshPublicKey.isEmpty() ? nullptr : utf8(c.sshPublicKey).constData(),
                                                  utf8(c.sshPrivateKey).constData(),
                                                  c.sshPassphrase.isEmpty() ? nullptr : utf8(c.sshPassphrase).constData());
            if (c.sshPrivateKey.isEmpty() && c.useSshAgent && attempt == 0) {
                if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
                    self->authDetail = refusedKeyDetail(c, QString::fromUtf8(user));
                return git_credential_ssh_key_from_agent(out, user.constData());
            }
            self->authFailed = true;
            self->authDetail = refusedKeyDetail(c, QString::fromUtf8(user));
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

    // Why SSH authentication failed after the configured key or agent was tried.
    static QString refusedKeyDetail(const GitCredentials &c, const QString &user)
    {
        if (!c.sshPrivateKey.isEmpty()) {
            QString detail = GitMirror::tr("The server refused the key %1 for the user %2").arg(c.sshPrivateKey, user);
            const QString publicKey = c.sshPublicKey.isEmpty() ? c.sshPrivateKey + QStringLiteral(".pub") : c.sshPublicKey;
            QFile pub(publicKey);
            if (pub.open(QIODevice::ReadOnly) && pub.read(8) == "ssh-rsa ")
                detail += u' '
                    + GitMirror::tr("RSA keys are signed with SHA-1 here (libssh2 1.10), which OpenSSH 8.8 and later refuse; "
                                    "use an ed25519 or ECDSA key");
            return detail;
        }
        if (c.useSshAgent) {
            const QString socket = qEnvironmentVariable("SSH_AUTH_SOCK");
            if (socket.isEmpty())
                return GitMirror::tr("No SSH key file is set and SSH_AUTH_SOCK names no SSH agent");
            return GitMirror::tr("The server refused every key of the SSH agent at %1 for the user %2").arg(socket, user);
        }
        return GitMirror::tr("No SSH key file is set and the SSH agent is not used");
    }

    static int certificateCheck(git_cert *cert, int valid, const char *host, void *payload)
    {
        auto *self = static_cast<RemoteCallbacks *>(payload);
        const CertificatePolicy &policy = self->mirror->m_options.certificates;
        const QString hostName = QString::fromUtf8(host ? host : "");
        if (cert->cert_type == GIT_CERT_HOSTKEY_LIBSSH2)
            return self->checkHostKey(reinterpret_cast<const git_cert_hostkey *>(cert), hostName);
        if (valid)
            return 0;
        QString reason;
        if (!policy.caFile.isEmpty() && cert->cert_type == GIT_CERT_X509) {
            const auto failure = verifyWithCaFile(reinterpret_cast<const git_cert_x509 *>(cert), hostName, policy.caFile);
            if (!failure)
                return 0;
            reason = *failure;
        }
        if (policy.insecureSkipTlsVerify) {
            qCWarning(lcGit) << "accepting an untrusted TLS certificate for" << hostName << "(insecureSkipTlsVerify)";
            return 0;
        }
        if (policy.caFile.isEmpty())
            self->certificateError = Error(GitMirror::tr("The certificate of %1 is not trusted").arg(hostName));
        else
            self->certificateError = Error(GitMirror::tr("The certificate of %1 is not trusted by the system or by %2").arg(hostName, policy.caFile),
                                           reason);
        return GIT_ECERTIFICATE;
    }

    // Host keys are always checked here, against knownHostsFile or ~/.ssh/known_hosts. (libgit2
    // 1.5.1 would check ~/.ssh/known_hosts on GIT_PASSTHROUGH, but only that file and with a
    // message that names neither the host's fingerprint nor what to do.)
    int checkHostKey(const git_cert_hostkey *key, const QString &hostName)
    {
        const CertificatePolicy &policy = mirror->m_options.certificates;
        const QString file = policy.knownHostsFile.isEmpty() ? KnownHosts::defaultPath() : policy.knownHostsFile;
        if (!(key->type & GIT_CERT_SSH_SHA256)) {
            certificateError = Error(GitMirror::tr("The SSH host key of %1 cannot be checked (no SHA-256 fingerprint)").arg(hostName));
            return GIT_ECERTIFICATE;
        }
        QFile f(file);
        const QByteArray content = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        const int port = sshPort(mirror->m_options.url);
        const QString name = KnownHosts::hostPattern(hostName, port);
        const QByteArray sha(reinterpret_cast<const char *>(key->hash_sha256), sizeof(key->hash_sha256));
        const QString fingerprint = KnownHosts::fingerprint(sha);
        const QString type = sshKeyType(key);
        const QString presented = type.isEmpty() ? fingerprint : type + u' ' + fingerprint;
        switch (KnownHosts::check(content, hostName, port, sha)) {
        case KnownHosts::Verdict::Trusted:
            return 0;
        case KnownHosts::Verdict::Mismatch:
            certificateError = Error(GitMirror::tr("The SSH host key of %1 does not match %2: the server presented %3")
                                         .arg(name, file, presented),
                                     GitMirror::tr("Someone may be impersonating the server. If its key was changed on purpose, "
                                        "replace the line for %1 in %2.")
                                         .arg(name, file));
            return GIT_ECERTIFICATE;
        case KnownHosts::Verdict::Revoked:
            certificateError = Error(GitMirror::tr("The SSH host key of %1 is revoked in %2: %3").arg(name, file, presented));
            return GIT_ECERTIFICATE;
        case KnownHosts::Verdict::Unknown:
            certificateError = Error(GitMirror::tr("The SSH host %1 is not in %2; it presented %3").arg(name, file, presented),
                                     GitMirror::tr("Check this fingerprint with the server's administrator, then add the host "
                                        "(ssh-keyscan -p %1 %2 >> %3) and try again.")
                                         .arg(QString::number(port), hostName, file));
            return GIT_ECERTIFICATE;
        }
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
            return *state.certificateError;
        if (state.credentialError)
            return *state.credentialError;
        // libssh2 reports a key it cannot load (wrong passphrase, unknown format) or an agent
        // it cannot reach as an SSH error of the authentication step, not as GIT_EAUTH.
        const git_error *last = git_error_last();
        const bool sshAuthStep = state.sshKeyOffered && state.progress.totalObjects == 0 && last && last->klass == GIT_ERROR_SSH;
        if (state.authFailed || rc == GIT_EAUTH || sshAuthStep)
            return Error(tr("Authentication to %1 failed").arg(where),
                         state.authDetail.isEmpty() ? QString::fromStdString(gitLastError(rc)) : state.authDetail);
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
