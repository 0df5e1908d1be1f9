// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/workspace.h"

#include "core/manifest/manifestparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <nlohmann/json.hpp>

namespace driftdeck::workspace {

namespace {

using nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("Workspace", text);
}

QString str(const json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

struct Reader
{
    QString fileName;
    QStringList problems;

    // A string field; numbers and booleans are refused because YAML already changed their text.
    QString string(const json &obj, const char *key, const QString &where, bool required = false)
    {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) {
            if (required)
                problems.append(tr("%1: %2 is required").arg(where, QString::fromLatin1(key)));
            return {};
        }
        if (!it->is_string()) {
            problems.append(tr("%1: %2 must be text (put it in quotes)").arg(where, QString::fromLatin1(key)));
            return {};
        }
        return str(*it);
    }
};

QString expandPath(const QString &path, const QString &baseDir)
{
    if (path.isEmpty())
        return path;
    if (path == u"~" || path.startsWith(QStringLiteral("~/")))
        return QDir::homePath() + path.mid(1);
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QDir(baseDir).filePath(path));
}

bool looksLikeUrl(const QString &s)
{
    if (s.contains(QStringLiteral("://")))
        return true;
    const auto colon = s.indexOf(u':');
    const auto slash = s.indexOf(u'/');
    return colon > 0 && (slash < 0 || colon < slash); // git@host:org/repo.git
}

// YAML text for a scalar: quoted unless it is plainly safe.
std::string yamlString(const QString &s)
{
    return json(s.toStdString()).dump();
}

} // namespace

const SourceSpec *Workspace::source(const QString &name) const
{
    for (const auto &s : sources)
        if (s.name == name)
            return &s;
    return nullptr;
}

const ClusterSpec *Workspace::cluster(const QString &name) const
{
    for (const auto &c : clusters)
        if (c.name == name)
            return &c;
    return nullptr;
}

QList<SourceSpec> Workspace::sourcesFor(const QString &clusterName) const
{
    QList<SourceSpec> out;
    if (const ClusterSpec *c = cluster(clusterName))
        for (const auto &n : c->sources)
            if (const SourceSpec *s = source(n))
                out.append(*s);
    return out;
}

Result<Workspace> Workspace::parse(const QByteArray &yaml, const QString &fileName, const QString &baseDir)
{
    auto docs = manifest::ManifestParser::parseDocuments(yaml, fileName);
    if (!docs.ok())
        return Error(tr("The workspace file is not valid YAML"), docs.error().cause);
    if (docs->size() != 1 || !docs->front().is_object())
        return Error(tr("The workspace file must hold one mapping"), fileName);
    const json &root = docs->front();
    Reader r{fileName, {}};
    Workspace ws;

    if (auto kind = root.find("kind"); kind != root.end() && (!kind->is_string() || kind->get<std::string>() != "Workspace"))
        r.problems.append(tr("kind must be Workspace"));

    const json sources = root.value("sources", json::array());
    if (!sources.is_array())
        r.problems.append(tr("sources must be a list"));
    QSet<QString> names;
    for (size_t i = 0; sources.is_array() && i < sources.size(); ++i) {
        const json &s = sources[i];
        const QString where = QStringLiteral("sources[%1]").arg(i);
        if (!s.is_object()) {
            r.problems.append(tr("%1 must be a mapping").arg(where));
            continue;
        }
        SourceSpec spec;
        spec.name = r.string(s, "name", where, true);
        if (!spec.name.isEmpty() && names.contains(spec.name))
            r.problems.append(tr("%1: the name %2 is used twice").arg(where, spec.name));
        names.insert(spec.name);
        const QString repo = r.string(s, "repository", where);
        const QString local = r.string(s, "localPath", where);
        if (repo.isEmpty() == local.isEmpty())
            r.problems.append(tr("%1: give either repository (a URL) or localPath").arg(where));
        spec.repository = !repo.isEmpty() ? (looksLikeUrl(repo) ? repo : expandPath(repo, baseDir)) : expandPath(local, baseDir);
        spec.branch = r.string(s, "branch", where);
        spec.revision = r.string(s, "revision", where);
        if (!spec.branch.isEmpty() && !spec.revision.isEmpty())
            r.problems.append(tr("%1: give branch or revision, not both").arg(where));
        spec.path = r.string(s, "path", where);
        const QString renderer = r.string(s, "renderer", where);
        spec.renderer = manifest::rendererFromName(renderer);
        if (spec.renderer == manifest::RendererKind::Unsupported)
            spec.unsupportedRenderer = renderer;
        if (auto rec = s.find("recurse"); rec != s.end()) {
            if (rec->is_boolean())
                spec.recurse = rec->get<bool>();
            else
                r.problems.append(tr("%1: recurse must be true or false").arg(where));
        }
        spec.targetNamespace = r.string(s, "targetNamespace", where);
        if (auto t = s.find("tracking"); t != s.end()) {
            if (t->is_string()) {
                bool ok = false;
                spec.tracking = trackingFromName(str(*t), &ok);
                if (!ok)
                    r.problems.append(tr("%1: tracking must be none, flux, argocd or labels").arg(where));
            } else if (t->is_object()) {
                bool ok = false;
                spec.tracking = trackingFromName(r.string(*t, "type", where + QStringLiteral(".tracking"), true), &ok);
                if (!ok)
                    r.problems.append(tr("%1: tracking must be none, flux, argocd or labels").arg(where));
                spec.trackingId = r.string(*t, "id", where + QStringLiteral(".tracking"));
                spec.labelSelector = r.string(*t, "selector", where + QStringLiteral(".tracking"));
            }
        }
        if (spec.tracking == Tracking::Labels && spec.labelSelector.isEmpty())
            r.problems.append(tr("%1: label tracking needs a selector").arg(where));
        if (auto iv = s.find("intervalSeconds"); iv != s.end()) {
            if (iv->is_number_integer() && iv->get<int64_t>() > 0)
                spec.intervalSeconds = static_cast<int>(iv->get<int64_t>());
            else
                r.problems.append(tr("%1: intervalSeconds must be a positive number").arg(where));
        }
        if (auto c = s.find("credentials"); c != s.end() && c->is_object()) {
            spec.tokenEnv = r.string(*c, "tokenEnv", where + QStringLiteral(".credentials"));
            spec.sshKey = expandPath(r.string(*c, "sshKey", where + QStringLiteral(".credentials")), baseDir);
            spec.sshPassphraseEnv = r.string(*c, "sshPassphraseEnv", where + QStringLiteral(".credentials"));
            spec.caFile = expandPath(r.string(*c, "caFile", where + QStringLiteral(".credentials")), baseDir);
            spec.knownHostsFile = expandPath(r.string(*c, "knownHostsFile", where + QStringLiteral(".credentials")), baseDir);
            if (auto h = c->find("credentialHelper"); h != c->end() && h->is_boolean())
                spec.credentialHelper = h->get<bool>();
            if (c->contains("sshPassphrase"))
                r.problems.append(tr("%1: do not write the SSH key's passphrase into the workspace file; use sshPassphraseEnv").arg(where));
            if (c->contains("token") || c->contains("password"))
                r.problems.append(tr("%1: do not write tokens into the workspace file; use tokenEnv").arg(where));
        }
        ws.sources.append(spec);
    }

    const json clusters = root.value("clusters", json::array());
    if (!clusters.is_array())
        r.problems.append(tr("clusters must be a list"));
    for (size_t i = 0; clusters.is_array() && i < clusters.size(); ++i) {
        const json &c = clusters[i];
        const QString where = QStringLiteral("clusters[%1]").arg(i);
        if (!c.is_object()) {
            r.problems.append(tr("%1 must be a mapping").arg(where));
            continue;
        }
        ClusterSpec cs;
        cs.context = r.string(c, "context", where, true);
        cs.name = r.string(c, "name", where);
        if (cs.name.isEmpty())
            cs.name = cs.context;
        cs.kubeconfig = expandPath(r.string(c, "kubeconfig", where), baseDir);
        if (auto list = c.find("sources"); list != c.end()) {
            if (!list->is_array()) {
                r.problems.append(tr("%1: sources must be a list of source names").arg(where));
            } else {
                for (const auto &n : *list) {
                    if (!n.is_string()) {
                        r.problems.append(tr("%1: sources must be a list of source names").arg(where));
                        continue;
                    }
                    if (!names.contains(str(n)))
                        r.problems.append(tr("%1: unknown source %2").arg(where, str(n)));
                    cs.sources.append(str(n));
                }
            }
        }
        ws.clusters.append(cs);
    }
    if (!r.problems.isEmpty())
        return Error(tr("The workspace file has problems"), fileName + QStringLiteral(": ") + r.problems.join(QStringLiteral("; ")));
    return ws;
}

Result<Workspace> Workspace::load(const QString &filePath)
{
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly))
        return Error(tr("Cannot open the workspace file"), filePath + QStringLiteral(": ") + f.errorString());
    return parse(f.readAll(), filePath, QFileInfo(filePath).absolutePath());
}

QByteArray Workspace::toYaml() const
{
    std::string y = "apiVersion: driftdeck.io/v1alpha1\nkind: Workspace\nclusters:\n";
    if (clusters.isEmpty())
        y = "apiVersion: driftdeck.io/v1alpha1\nkind: Workspace\nclusters: []\n";
    for (const auto &c : clusters) {
        y += "  - name: " + yamlString(c.name) + "\n    context: " + yamlString(c.context) + "\n";
        if (!c.kubeconfig.isEmpty())
            y += "    kubeconfig: " + yamlString(c.kubeconfig) + "\n";
        if (!c.sources.isEmpty()) {
            y += "    sources:\n";
            for (const auto &s : c.sources)
                y += "      - " + yamlString(s) + "\n";
        }
    }
    y += sources.isEmpty() ? "sources: []\n" : "sources:\n";
    for (const auto &s : sources) {
        y += "  - name: " + yamlString(s.name) + "\n";
        y += std::string(s.isLocalPath() ? "    localPath: " : "    repository: ") + yamlString(s.repository) + "\n";
        if (!s.branch.isEmpty())
            y += "    branch: " + yamlString(s.branch) + "\n";
        if (!s.revision.isEmpty())
            y += "    revision: " + yamlString(s.revision) + "\n";
        if (!s.path.isEmpty())
            y += "    path: " + yamlString(s.path) + "\n";
        const QString renderer = s.renderer == manifest::RendererKind::Unsupported ? s.unsupportedRenderer : manifest::rendererName(s.renderer);
        y += "    renderer: " + yamlString(renderer) + "\n";
        if (!s.recurse)
            y += "    recurse: false\n";
        if (!s.targetNamespace.isEmpty())
            y += "    targetNamespace: " + yamlString(s.targetNamespace) + "\n";
        y += "    tracking:\n      type: " + yamlString(trackingName(s.tracking)) + "\n";
        if (!s.trackingId.isEmpty())
            y += "      id: " + yamlString(s.trackingId) + "\n";
        if (!s.labelSelector.isEmpty())
            y += "      selector: " + yamlString(s.labelSelector) + "\n";
        y += "    intervalSeconds: " + std::to_string(s.intervalSeconds) + "\n";
        y += "    credentials:\n      credentialHelper: " + std::string(s.credentialHelper ? "true" : "false") + "\n";
        if (!s.tokenEnv.isEmpty())
            y += "      tokenEnv: " + yamlString(s.tokenEnv) + "\n";
        if (!s.sshKey.isEmpty())
            y += "      sshKey: " + yamlString(s.sshKey) + "\n";
        if (!s.sshPassphraseEnv.isEmpty())
            y += "      sshPassphraseEnv: " + yamlString(s.sshPassphraseEnv) + "\n";
        if (!s.caFile.isEmpty())
            y += "      caFile: " + yamlString(s.caFile) + "\n";
        if (!s.knownHostsFile.isEmpty())
            y += "      knownHostsFile: " + yamlString(s.knownHostsFile) + "\n";
    }
    return QByteArray::fromStdString(y);
}

Result<void> Workspace::save(const QString &filePath) const
{
    QSaveFile f(filePath);
    if (!f.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write the workspace file"), filePath + QStringLiteral(": ") + f.errorString());
    f.write(toYaml());
    if (!f.commit())
        return Error(tr("Cannot write the workspace file"), filePath + QStringLiteral(": ") + f.errorString());
    return success();
}

} // namespace driftdeck::workspace
