// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/sourcediscovery.h"

#include "core/common/resourcekey.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

namespace driftdeck::workspace {

namespace {

using nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("SourceDiscovery", text);
}

QString str(const json &obj, std::initializer_list<const char *> path)
{
    const json *cur = &obj;
    for (const char *p : path) {
        if (!cur->is_object())
            return {};
        auto it = cur->find(p);
        if (it == cur->end())
            return {};
        cur = &*it;
    }
    return cur->is_string() ? QString::fromStdString(cur->get<std::string>()) : QString();
}

const json *child(const json &obj, std::initializer_list<const char *> path)
{
    const json *cur = &obj;
    for (const char *p : path) {
        if (!cur->is_object())
            return nullptr;
        auto it = cur->find(p);
        if (it == cur->end())
            return nullptr;
        cur = &*it;
    }
    return cur;
}

QString groupOf(const json &o)
{
    return groupOfApiVersion(str(o, {"apiVersion"}));
}

QString kindOf(const json &o)
{
    return str(o, {"kind"});
}

QString nsName(const QString &ns, const QString &name)
{
    return ns + u'/' + name;
}

QString cleanPath(const QString &p)
{
    QString c = QDir::cleanPath(p.isEmpty() ? QStringLiteral(".") : p);
    if (c == u"." || c == u"/")
        return QString();
    while (c.startsWith(QStringLiteral("./")))
        c.remove(0, 2);
    if (c.startsWith(u'/'))
        c.remove(0, 1);
    return c;
}

struct GitRepo
{
    QString url;
    QString branch;
    QString revision;
    QString artifactRevision;
};

GitRepo gitRepoOf(const json &o)
{
    GitRepo g;
    g.url = str(o, {"spec", "url"});
    // spec.ref: commit > name > semver > tag > branch (Flux precedence)
    if (QString c = str(o, {"spec", "ref", "commit"}); !c.isEmpty())
        g.revision = c;
    else if (QString n = str(o, {"spec", "ref", "name"}); !n.isEmpty())
        g.revision = n;
    else if (QString s = str(o, {"spec", "ref", "semver"}); !s.isEmpty())
        g.revision = s;
    else if (QString t = str(o, {"spec", "ref", "tag"}); !t.isEmpty())
        g.revision = t;
    else
        g.branch = str(o, {"spec", "ref", "branch"});
    if (g.branch.isEmpty() && g.revision.isEmpty())
        g.branch = QStringLiteral("master"); // Flux's default when spec.ref is absent
    g.artifactRevision = str(o, {"status", "artifact", "revision"});
    return g;
}

// One copy operation of an ArtifactGenerator: "@alias/<from>/**" -> "@artifact/<to>/".
struct Copy
{
    QString alias;
    QString fromPrefix;
    QString toPrefix;
};

struct Artifact
{
    QString generator; // ns/name
    QHash<QString, QString> aliasToSource; // alias -> "Kind/ns/name"
    QList<Copy> copies;
};

QString globPrefix(QString pattern)
{
    const auto glob = pattern.indexOf(QRegularExpression(QStringLiteral("[*?\\[]")));
    if (glob >= 0)
        pattern = pattern.left(glob);
    return pattern;
}

} // namespace

SourceDiscovery::Result SourceDiscovery::discover(const std::vector<json> &objects)
{
    Result result;
    QHash<QString, GitRepo> gitRepos;      // ns/name
    QHash<QString, QString> otherSources;  // "Kind/ns/name" -> kind, for messages
    QHash<QString, Artifact> artifacts;    // ns/artifact name
    for (const json &o : objects) {
        if (!o.is_object())
            continue;
        const QString group = groupOf(o), kind = kindOf(o);
        const QString ns = str(o, {"metadata", "namespace"}), name = str(o, {"metadata", "name"});
        if (group == u"source.toolkit.fluxcd.io") {
            if (kind == u"GitRepository")
                gitRepos.insert(nsName(ns, name), gitRepoOf(o));
            else
                otherSources.insert(kind + u'/' + nsName(ns, name), kind);
        } else if (group == u"source.extensions.fluxcd.io" && kind == u"ArtifactGenerator") {
            QHash<QString, QString> aliases;
            if (const json *srcs = child(o, {"spec", "sources"}); srcs && srcs->is_array())
                for (const json &s : *srcs) {
                    const QString sns = str(s, {"namespace"}).isEmpty() ? ns : str(s, {"namespace"});
                    aliases.insert(str(s, {"alias"}), str(s, {"kind"}) + u'/' + nsName(sns, str(s, {"name"})));
                }
            if (const json *arts = child(o, {"spec", "artifacts"}); arts && arts->is_array())
                for (const json &a : *arts) {
                    Artifact art;
                    art.generator = nsName(ns, name);
                    art.aliasToSource = aliases;
                    if (const json *copies = child(a, {"copy"}); copies && copies->is_array())
                        for (const json &c : *copies) {
                            const QString from = str(c, {"from"}), to = str(c, {"to"});
                            if (!from.startsWith(u'@') || !to.startsWith(QStringLiteral("@artifact/")))
                                continue;
                            Copy cp;
                            cp.alias = from.mid(1).section(u'/', 0, 0);
                            cp.fromPrefix = cleanPath(globPrefix(from.section(u'/', 1)));
                            cp.toPrefix = cleanPath(to.mid(10));
                            art.copies.append(cp);
                        }
                    artifacts.insert(nsName(ns, str(a, {"name"})), art);
                }
        }
    }

    auto fromGitRepo = [&](SourceSpec &spec, const QString &repoKey) -> bool {
        auto it = gitRepos.constFind(repoKey);
        if (it == gitRepos.cend())
            return false;
        spec.repository = it->url;
        spec.branch = it->branch;
        spec.revision = it->revision;
        return true;
    };

    for (const json &o : objects) {
        if (!o.is_object())
            continue;
        const QString group = groupOf(o), kind = kindOf(o);
        const QString ns = str(o, {"metadata", "namespace"}), name = str(o, {"metadata", "name"});
        const QString id = kind + u'/' + nsName(ns, name);

        if (group == u"kustomize.toolkit.fluxcd.io" && kind == u"Kustomization") {
            SourceSpec spec;
            spec.name = QStringLiteral("flux:") + nsName(ns, name);
            spec.discoveredFrom = id;
            spec.tracking = Tracking::Flux;
            spec.trackingId = nsName(ns, name);
            spec.renderer = manifest::RendererKind::Auto; // kustomize-controller builds every path
            spec.targetNamespace = str(o, {"spec", "targetNamespace"});
            spec.appliedRevision = commitOfRevision(str(o, {"status", "lastAppliedRevision"}));
            if (const json *s = child(o, {"spec", "suspend"}); s && s->is_boolean())
                spec.suspended = s->get<bool>();
            const QString refKind = str(o, {"spec", "sourceRef", "kind"});
            const QString refNs = str(o, {"spec", "sourceRef", "namespace"}).isEmpty() ? ns : str(o, {"spec", "sourceRef", "namespace"});
            const QString refName = str(o, {"spec", "sourceRef", "name"});
            const QString path = cleanPath(str(o, {"spec", "path"}));
            if (refKind == u"GitRepository") {
                spec.path = path;
                if (!fromGitRepo(spec, nsName(refNs, refName)))
                    spec.problems.append(tr("GitRepository %1 was not found").arg(nsName(refNs, refName)));
            } else if (refKind == u"ExternalArtifact") {
                auto art = artifacts.constFind(nsName(refNs, refName));
                if (art == artifacts.cend()) {
                    spec.problems.append(tr("No ArtifactGenerator produces the artifact %1").arg(nsName(refNs, refName)));
                } else {
                    // The longest copy target that holds the path says where it comes from.
                    const Copy *best = nullptr;
                    for (const Copy &c : art->copies)
                        if ((c.toPrefix.isEmpty() || path == c.toPrefix || path.startsWith(c.toPrefix + u'/'))
                            && (!best || c.toPrefix.size() > best->toPrefix.size()))
                            best = &c;
                    if (!best) {
                        spec.problems.append(tr("The artifact %1 has no copy for the path %2").arg(refName, path));
                    } else {
                        const QString rest = path.mid(best->toPrefix.size()).section(u'/', 0, -1, QString::SectionSkipEmpty);
                        spec.path = cleanPath(best->fromPrefix + u'/' + rest);
                        const QString source = art->aliasToSource.value(best->alias);
                        if (source.startsWith(QStringLiteral("GitRepository/"))) {
                            if (!fromGitRepo(spec, source.mid(14)))
                                spec.problems.append(tr("GitRepository %1 was not found").arg(source.mid(14)));
                        } else {
                            spec.problems.append(tr("The artifact's source %1 is not a Git repository").arg(source));
                        }
                    }
                }
            } else {
                result.unsupported.append(tr("%1: source %2 %3 is not a Git repository").arg(id, refKind, nsName(refNs, refName)));
                continue;
            }
            result.sources.append(spec);
        } else if (group == u"helm.toolkit.fluxcd.io" && kind == u"HelmRelease") {
            const QString refKind = str(o, {"spec", "chart", "spec", "sourceRef", "kind"});
            if (refKind != u"GitRepository")
                continue; // charts from Helm or OCI repositories are not in Git
            SourceSpec spec;
            spec.name = QStringLiteral("flux-helm:") + nsName(ns, name);
            spec.discoveredFrom = id;
            spec.renderer = manifest::RendererKind::Helm;
            spec.tracking = Tracking::Labels;
            spec.labelSelector = QStringLiteral("helm.toolkit.fluxcd.io/name=%1,helm.toolkit.fluxcd.io/namespace=%2").arg(name, ns);
            spec.path = cleanPath(str(o, {"spec", "chart", "spec", "chart"}));
            spec.targetNamespace = str(o, {"spec", "targetNamespace"}).isEmpty() ? ns : str(o, {"spec", "targetNamespace"});
            spec.appliedRevision = commitOfRevision(str(o, {"status", "lastAttemptedRevision"}));
            const QString refNs = str(o, {"spec", "chart", "spec", "sourceRef", "namespace"}).isEmpty()
                ? ns : str(o, {"spec", "chart", "spec", "sourceRef", "namespace"});
            if (!fromGitRepo(spec, nsName(refNs, str(o, {"spec", "chart", "spec", "sourceRef", "name"}))))
                spec.problems.append(tr("GitRepository %1 was not found").arg(nsName(refNs, str(o, {"spec", "chart", "spec", "sourceRef", "name"}))));
            result.sources.append(spec);
        } else if (group == u"argoproj.io" && kind == u"Application") {
            std::vector<const json *> sources;
            if (const json *s = child(o, {"spec", "source"}); s && s->is_object())
                sources.push_back(s);
            if (const json *many = child(o, {"spec", "sources"}); many && many->is_array())
                for (const json &s : *many)
                    sources.push_back(&s);
            const json *revisions = child(o, {"status", "sync", "revisions"});
            for (size_t i = 0; i < sources.size(); ++i) {
                const json &src = *sources[i];
                SourceSpec spec;
                spec.name = QStringLiteral("argocd:") + nsName(ns, name) + (sources.size() > 1 ? QStringLiteral("#%1").arg(i) : QString());
                spec.discoveredFrom = id;
                spec.tracking = Tracking::ArgoCd;
                spec.trackingId = name;
                spec.repository = str(src, {"repoURL"});
                const QString target = str(src, {"targetRevision"});
                // Argo CD follows HEAD when targetRevision is empty or "HEAD"; a name is a branch or tag.
                spec.branch = (target.isEmpty() || target == u"HEAD") ? QString() : target;
                if (QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(target).hasMatch()) {
                    spec.revision = target;
                    spec.branch.clear();
                }
                spec.path = cleanPath(str(src, {"path"}));
                spec.targetNamespace = str(o, {"spec", "destination", "namespace"});
                spec.appliedRevision = sources.size() > 1 && revisions && revisions->is_array() && i < revisions->size()
                    && (*revisions)[i].is_string()
                    ? commitOfRevision(QString::fromStdString((*revisions)[i].get<std::string>()))
                    : commitOfRevision(str(o, {"status", "sync", "revision"}));
                if (!str(src, {"chart"}).isEmpty()) {
                    result.unsupported.append(tr("%1: chart %2 comes from a Helm repository, not Git").arg(id, str(src, {"chart"})));
                    continue;
                }
                if (const json *plugin = child(src, {"plugin"})) {
                    spec.renderer = manifest::RendererKind::Unsupported;
                    const QString pname = str(*plugin, {"name"});
                    spec.unsupportedRenderer = pname.isEmpty() ? QStringLiteral("plugin") : QStringLiteral("plugin ") + pname;
                } else if (child(src, {"helm"})) {
                    spec.renderer = manifest::RendererKind::Helm;
                } else if (child(src, {"kustomize"})) {
                    spec.renderer = manifest::RendererKind::Kustomize;
                } else if (const json *dir = child(src, {"directory"})) {
                    spec.renderer = child(*dir, {"jsonnet"}) ? manifest::RendererKind::Auto : manifest::RendererKind::Plain;
                    if (const json *rec = child(*dir, {"recurse"}); rec && rec->is_boolean())
                        spec.recurse = rec->get<bool>();
                    else
                        spec.recurse = false;
                } else {
                    spec.recurse = false; // Argo CD reads only the folder itself unless directory.recurse
                }
                result.sources.append(spec);
            }
        }
    }
    std::sort(result.sources.begin(), result.sources.end(), [](const SourceSpec &a, const SourceSpec &b) { return a.name < b.name; });
    return result;
}

} // namespace driftdeck::workspace
