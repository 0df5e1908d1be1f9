// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/kubeconfig.h"

#include "core/common/logging.h"
#include "core/kube/yamljson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace driftdeck::kube {

namespace {

QString str(const nlohmann::json &obj, const char *key)
{
    if (!obj.is_object())
        return {};
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    return QString::fromStdString(it->dump());
}

bool flag(const nlohmann::json &obj, const char *key)
{
    if (!obj.is_object())
        return false;
    auto it = obj.find(key);
    if (it == obj.end())
        return false;
    if (it->is_boolean())
        return it->get<bool>();
    if (it->is_string())
        return it->get<std::string>() == "true";
    return false;
}

QStringList strList(const nlohmann::json &obj, const char *key)
{
    QStringList out;
    if (!obj.is_object())
        return out;
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_array())
        return out;
    for (const auto &v : *it)
        out << (v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString::fromStdString(v.dump()));
    return out;
}

QString resolvePath(const QString &path, const QString &baseDir)
{
    if (path.isEmpty())
        return path;
    QString p = path;
    if (p.startsWith(QLatin1String("~/")))
        p = QDir::homePath() + p.mid(1);
    if (QDir::isAbsolutePath(p) || baseDir.isEmpty())
        return p;
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(p));
}

QByteArray base64Field(const nlohmann::json &obj, const char *key)
{
    const QString v = str(obj, key);
    return v.isEmpty() ? QByteArray() : QByteArray::fromBase64(v.toLatin1());
}

const nlohmann::json &section(const nlohmann::json &entry, const char *key)
{
    static const nlohmann::json empty = nlohmann::json::object();
    if (!entry.is_object())
        return empty;
    auto it = entry.find(key);
    return (it != entry.end() && it->is_object()) ? *it : empty;
}

} // namespace

QStringList Kubeconfig::filesToLoad(const QString &explicitPath, const QString &kubeconfigEnv, const QString &homeDir)
{
    if (!explicitPath.isEmpty())
        return {explicitPath};
    QStringList files;
    if (!kubeconfigEnv.isEmpty()) {
        const QStringList parts = kubeconfigEnv.split(QDir::listSeparator(), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!files.contains(part))
                files << part;
        }
        if (!files.isEmpty())
            return files;
    }
    return {QDir(homeDir).filePath(QStringLiteral(".kube/config"))};
}

QStringList Kubeconfig::defaultFiles(const QString &explicitPath)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    return filesToLoad(explicitPath, env.value(QStringLiteral("KUBECONFIG")), QDir::homePath());
}

Result<Kubeconfig> Kubeconfig::fromYaml(const QByteArray &yaml, const QString &baseDir)
{
    auto parsed = yamlToJson(yaml);
    if (!parsed)
        return parsed.error();
    const nlohmann::json &doc = *parsed;
    Kubeconfig config;
    if (doc.is_null())
        return config; // an empty file is a valid, empty kubeconfig
    if (!doc.is_object())
        return Error(QCoreApplication::translate("driftdeck::kube", "The kubeconfig is not a mapping of clusters, users and contexts."),
                     QStringLiteral("top-level YAML node is not a mapping"));
    config.m_currentContext = str(doc, "current-context");

    if (auto it = doc.find("clusters"); it != doc.end() && it->is_array()) {
        for (const auto &entry : *it) {
            const auto &c = section(entry, "cluster");
            ClusterInfo info;
            info.name = str(entry, "name");
            info.server = str(c, "server");
            info.certificateAuthority = resolvePath(str(c, "certificate-authority"), baseDir);
            info.certificateAuthorityData = base64Field(c, "certificate-authority-data");
            info.insecureSkipTlsVerify = flag(c, "insecure-skip-tls-verify");
            info.tlsServerName = str(c, "tls-server-name");
            info.proxyUrl = str(c, "proxy-url");
            info.disableCompression = flag(c, "disable-compression");
            if (!info.name.isEmpty())
                config.m_clusters << info;
        }
    }
    if (auto it = doc.find("users"); it != doc.end() && it->is_array()) {
        for (const auto &entry : *it) {
            const auto &u = section(entry, "user");
            AuthInfo info;
            info.name = str(entry, "name");
            info.token = str(u, "token");
            info.tokenFile = resolvePath(str(u, "tokenFile"), baseDir);
            info.clientCertificate = resolvePath(str(u, "client-certificate"), baseDir);
            info.clientCertificateData = base64Field(u, "client-certificate-data");
            info.clientKey = resolvePath(str(u, "client-key"), baseDir);
            info.clientKeyData = base64Field(u, "client-key-data");
            info.username = str(u, "username");
            info.password = str(u, "password");
            info.impersonate = str(u, "as");
            info.impersonateGroups = strList(u, "as-groups");
            if (u.contains("auth-provider"))
                info.authProvider = str(section(u, "auth-provider"), "name");
            if (u.contains("exec") && u["exec"].is_object()) {
                const auto &e = u["exec"];
                ExecConfig exec;
                exec.command = str(e, "command");
                // client-go resolves a command relative to the kubeconfig only when it names a path
                if (exec.command.contains(QLatin1Char('/')))
                    exec.command = resolvePath(exec.command, baseDir);
                exec.args = strList(e, "args");
                if (auto env = e.find("env"); env != e.end() && env->is_array()) {
                    for (const auto &kv : *env)
                        exec.env.append({str(kv, "name"), str(kv, "value")});
                }
                exec.apiVersion = str(e, "apiVersion");
                exec.installHint = str(e, "installHint");
                exec.provideClusterInfo = flag(e, "provideClusterInfo");
                exec.interactiveMode = str(e, "interactiveMode");
                info.exec = exec;
            }
            if (!info.name.isEmpty())
                config.m_users << info;
        }
    }
    if (auto it = doc.find("contexts"); it != doc.end() && it->is_array()) {
        for (const auto &entry : *it) {
            const auto &c = section(entry, "context");
            ContextInfo info;
            info.name = str(entry, "name");
            info.cluster = str(c, "cluster");
            info.user = str(c, "user");
            info.ns = str(c, "namespace");
            if (!info.name.isEmpty())
                config.m_contexts << info;
        }
    }
    return config;
}

void Kubeconfig::mergeFrom(const Kubeconfig &later)
{
    if (m_currentContext.isEmpty())
        m_currentContext = later.m_currentContext;
    for (const auto &c : later.m_contexts) {
        if (!context(c.name))
            m_contexts << c;
    }
    for (const auto &c : later.m_clusters) {
        if (!cluster(c.name))
            m_clusters << c;
    }
    for (const auto &u : later.m_users) {
        if (!user(u.name))
            m_users << u;
    }
}

Result<Kubeconfig> Kubeconfig::load(const QStringList &files, bool explicitFile)
{
    Kubeconfig merged;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.exists()) {
            if (explicitFile)
                return Error(QCoreApplication::translate("driftdeck::kube", "The kubeconfig file %1 does not exist.").arg(file),
                             QStringLiteral("stat %1: no such file").arg(file));
            qCDebug(lcKube) << "kubeconfig" << file << "does not exist; skipped";
            continue;
        }
        if (!f.open(QIODevice::ReadOnly))
            return Error(QCoreApplication::translate("driftdeck::kube", "Cannot read the kubeconfig file %1.").arg(file), f.errorString());
        // Read at most one byte over the limit: KUBECONFIG=/dev/zero ends here, not in the allocator.
        auto one = fromYaml(f.read(kMaxYamlBytes + 1), QFileInfo(file).absolutePath());
        if (!one)
            return Error(QCoreApplication::translate("driftdeck::kube", "The kubeconfig file %1 is not valid: %2").arg(file, one.error().message),
                         one.error().cause);
        merged.mergeFrom(*one);
        merged.m_files << file;
    }
    return merged;
}

Result<QByteArray> readReferencedFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error(QCoreApplication::translate("driftdeck::kube", "The file %1 named in the kubeconfig does not exist.").arg(path),
                     QStringLiteral("stat %1: no such file").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("driftdeck::kube", "Cannot read the file %1 named in the kubeconfig.").arg(path),
                     f.errorString());
    QByteArray content = f.read(kMaxReferencedFileBytes + 1);
    if (content.size() > kMaxReferencedFileBytes)
        return Error(QCoreApplication::translate("driftdeck::kube", "The file %1 named in the kubeconfig is larger than %2 MiB; it cannot be a certificate, key or token.")
                         .arg(path)
                         .arg(kMaxReferencedFileBytes >> 20),
                     QStringLiteral("%1: over %2 bytes").arg(path).arg(kMaxReferencedFileBytes));
    return content;
}

std::optional<ContextInfo> Kubeconfig::context(const QString &name) const
{
    for (const auto &c : m_contexts) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

std::optional<ClusterInfo> Kubeconfig::cluster(const QString &name) const
{
    for (const auto &c : m_clusters) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

std::optional<AuthInfo> Kubeconfig::user(const QString &name) const
{
    for (const auto &u : m_users) {
        if (u.name == name)
            return u;
    }
    return std::nullopt;
}

QString Kubeconfig::serverOf(const ContextInfo &ctx) const
{
    auto c = cluster(ctx.cluster);
    return c ? c->server : QString();
}

Result<ResolvedContext> Kubeconfig::resolve(const QString &contextName) const
{
    const QString name = contextName.isEmpty() ? m_currentContext : contextName;
    if (name.isEmpty())
        return Error(QCoreApplication::translate("driftdeck::kube", "The kubeconfig sets no current context; choose a context."),
                     QStringLiteral("current-context is empty"));
    auto ctx = context(name);
    if (!ctx)
        return Error(QCoreApplication::translate("driftdeck::kube", "The context %1 is not in the kubeconfig.").arg(name),
                     QStringLiteral("context %1 not found in %2").arg(name, m_files.join(QLatin1Char(':'))));
    auto cl = cluster(ctx->cluster);
    if (!cl)
        return Error(QCoreApplication::translate("driftdeck::kube", "The context %1 refers to the cluster %2, which is not in the kubeconfig.")
                         .arg(name, ctx->cluster),
                     QStringLiteral("cluster %1 not found").arg(ctx->cluster));
    if (cl->server.isEmpty())
        return Error(QCoreApplication::translate("driftdeck::kube", "The cluster %1 has no server address.").arg(cl->name),
                     QStringLiteral("cluster.server is empty"));
    ResolvedContext out;
    out.context = *ctx;
    out.cluster = *cl;
    if (!ctx->user.isEmpty()) {
        auto u = user(ctx->user);
        if (!u)
            return Error(QCoreApplication::translate("driftdeck::kube", "The context %1 refers to the user %2, which is not in the kubeconfig.")
                             .arg(name, ctx->user),
                         QStringLiteral("user %1 not found").arg(ctx->user));
        out.user = *u;
    }
    return out;
}

} // namespace driftdeck::kube
