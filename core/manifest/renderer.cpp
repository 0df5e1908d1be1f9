// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/renderer.h"

#include "core/common/logging.h"
#include "core/manifest/manifestparser.h"
#include "core/manifest/sourceignore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace driftdeck::manifest {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Renderer", text);
}

const QStringList &kustomizationNames()
{
    static const QStringList names = {QStringLiteral("kustomization.yaml"), QStringLiteral("kustomization.yml"),
                                      QStringLiteral("Kustomization")};
    return names;
}

QString normalisedFolder(const QString &path)
{
    QString p = QDir::cleanPath(path);
    if (p == u"." || p == u"/")
        return QString();
    while (p.startsWith(QStringLiteral("./")))
        p.remove(0, 2);
    if (p.startsWith(u'/'))
        p.remove(0, 1);
    return p;
}

QString joinPath(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : folder + u'/' + name;
}

// The kustomization file of `folder` in the tree ("apps/kustomization.yaml"), or empty.
QString kustomizationFile(const FileMap &files, const QString &folder)
{
    for (const auto &n : kustomizationNames())
        if (files.contains(joinPath(folder, n)))
            return joinPath(folder, n);
    return QString();
}

bool hasKustomization(const FileMap &files, const QString &folder)
{
    return !kustomizationFile(files, folder).isEmpty();
}

bool isManifestFile(const QString &path)
{
    return path.endsWith(QStringLiteral(".yaml"), Qt::CaseInsensitive) || path.endsWith(QStringLiteral(".yml"), Qt::CaseInsensitive)
        || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
}

ManifestError sourceError(const QString &path, const QString &message, const QString &detail = {})
{
    ManifestError e;
    e.filePath = path;
    e.message = message;
    e.detail = detail;
    return e;
}

RenderResult failed(RendererKind kind, const QString &path, const QString &message, const QString &detail = {})
{
    RenderResult r;
    r.renderer = kind;
    r.failure = Error(message, detail);
    r.manifests.errors.append(sourceError(path, message, detail));
    return r;
}

struct ToolRun
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ToolRun runTool(const QString &program, const QStringList &args, const QString &workDir, int timeoutMs)
{
    ToolRun run;
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(program, args, QIODevice::ReadOnly);
    if (!p.waitForStarted(10000))
        return run;
    run.started = true;
    if (!p.waitForFinished(timeoutMs)) {
        run.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

// Objects a tool printed carry no byte range of a source file: the text is the tool's output.
void markRendered(ManifestSet &set, const QString &sourceFile)
{
    for (auto &o : set.objects) {
        o.origin.filePath = sourceFile;
        o.byteStart = o.byteEnd = 0;
        o.lineStart = o.lineEnd = 0;
    }
    for (auto &e : set.errors)
        e.filePath = sourceFile;
}

// Kustomize can say where each object it printed came from: `buildMetadata: [originAnnotations]`
// in the kustomization adds `config.kubernetes.io/origin` ("path: ../base/web.yaml", or
// "configuredIn: kustomization.yaml" for generated objects). The renderer asks for it in its
// temporary copy when the kustomization does not set buildMetadata itself, then takes the
// annotation off again so it is never part of the desired state.
const char kOriginAnnotation[] = "config.kubernetes.io/origin";

// Writes `original` with the buildMetadata request appended to the materialised copy; false
// (and nothing changed) when the kustomization sets buildMetadata itself.
bool requestOrigins(const QByteArray &original, const QString &materialised)
{
    if (original.startsWith("buildMetadata:") || original.contains("\nbuildMetadata:") || original.trimmed().startsWith('{'))
        return false;
    QByteArray text = original;
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    text += "buildMetadata: [originAnnotations]\n";
    QFile f(materialised);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(text) == text.size();
}

// "path: x" or "configuredIn: y" from the annotation's small YAML.
QString originField(const std::string &annotation, const char *field)
{
    const QString text = QString::fromStdString(annotation);
    const QString key = QLatin1StringView(field) + u':';
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.startsWith(key))
            return t.mid(key.size()).trimmed();
    }
    return QString();
}

// Points a rendered object at the document that declares it in the repository: file, document,
// byte and line range and raw text. Generated objects point at the kustomization that
// configures them, without a range. Objects from outside the repository keep the overlay.
void traceOrigin(ManifestObject &o, const QString &folder, const RenderRequest &req, QHash<QString, ManifestSet> &parsed)
{
    nlohmann::json object = *o.object;
    auto meta = object.find("metadata");
    if (meta == object.end() || !meta->is_object())
        return;
    auto annotations = meta->find("annotations");
    if (annotations == meta->end() || !annotations->is_object())
        return;
    auto origin = annotations->find(kOriginAnnotation);
    if (origin == annotations->end())
        return;
    const std::string text = origin->is_string() ? origin->get<std::string>() : std::string();
    annotations->erase(origin);
    if (annotations->empty())
        meta->erase(annotations);
    o.object = std::make_shared<const nlohmann::json>(std::move(object));

    const QString path = originField(text, "path");
    const QString relative = path.isEmpty() ? originField(text, "configuredIn") : path;
    if (relative.isEmpty() || relative.contains(QStringLiteral("://")))
        return;
    const QString file = QDir::cleanPath(joinPath(folder, relative));
    if (file.startsWith(QStringLiteral("../")) || file == u".." || !req.files.contains(file))
        return;
    o.origin.filePath = file;
    if (path.isEmpty()) // generated: the kustomization that configures it, no document
        return;
    auto cached = parsed.find(file);
    if (cached == parsed.end()) {
        SourceOrigin fileOrigin = req.origin;
        fileOrigin.filePath = file;
        cached = parsed.insert(file, ManifestParser::parse(req.files.value(file), fileOrigin));
    }
    // The declaring document: same group and kind; among several, the one whose name the
    // rendered name contains (namePrefix and nameSuffix only add to it), the longest first.
    const ManifestObject *best = nullptr;
    for (const ManifestObject &candidate : cached->objects) {
        if (candidate.key.group != o.key.group || candidate.key.kind != o.key.kind)
            continue;
        if (!o.key.name.contains(candidate.key.name))
            continue;
        if (!best || candidate.key.name.size() > best->key.name.size())
            best = &candidate;
    }
    if (!best)
        return;
    o.documentIndex = best->documentIndex;
    o.itemIndex = best->itemIndex;
    o.byteStart = best->byteStart;
    o.byteEnd = best->byteEnd;
    o.lineStart = best->lineStart;
    o.lineEnd = best->lineEnd;
    o.rawText = best->rawText;
}

RenderResult renderWithTool(const RenderRequest &req, RendererKind kind, const QString &program,
                            const QString &toolName, QStringList args, const QString &folder, const QString &sourceFile)
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return failed(kind, sourceFile, tr("Cannot create a temporary folder for rendering"), tmp.errorString());
    if (auto m = Renderer::materialise(req.files, tmp.path()); !m.ok())
        return failed(kind, sourceFile, m.error().message, m.error().cause);
    const QString dir = folder.isEmpty() ? tmp.path() : tmp.filePath(folder);
    args.replaceInStrings(QStringLiteral("%DIR%"), dir);
    qCDebug(lcManifest) << "rendering" << sourceFile << "with" << toolName;
    const QString kustomization = kind == RendererKind::Kustomize ? kustomizationFile(req.files, folder) : QString();
    const QByteArray untouched = req.files.value(kustomization);
    bool origins = !kustomization.isEmpty() && requestOrigins(untouched, tmp.filePath(kustomization));
    ToolRun run = runTool(program, args, tmp.path(), req.timeoutMs);
    if (origins && run.started && !run.timedOut && run.exitCode != 0) {
        // An older kustomize without originAnnotations: render the kustomization as written.
        QFile restore(tmp.filePath(kustomization));
        if (restore.open(QIODevice::WriteOnly | QIODevice::Truncate))
            restore.write(untouched);
        restore.close();
        origins = false;
        run = runTool(program, args, tmp.path(), req.timeoutMs);
    }
    if (!run.started)
        return failed(kind, sourceFile, tr("renderer unavailable: %1 could not be started").arg(toolName), program);
    if (run.timedOut)
        return failed(kind, sourceFile, tr("%1 did not finish within %2 seconds").arg(toolName).arg(req.timeoutMs / 1000.0),
                      program);
    if (run.exitCode != 0) {
        // The tool's own words, with the temporary folder replaced by the repository path.
        QString detail = QString::fromUtf8(run.err).trimmed();
        detail.replace(tmp.path() + u'/', QString());
        detail.replace(tmp.path(), QStringLiteral("."));
        return failed(kind, sourceFile, tr("%1 failed (exit code %2)").arg(toolName).arg(run.exitCode), detail);
    }
    RenderResult r;
    r.renderer = kind;
    r.tool = toolName;
    SourceOrigin origin = req.origin;
    origin.filePath = sourceFile;
    r.manifests = ManifestParser::parse(run.out, origin, ManifestParser::Format::Yaml);
    markRendered(r.manifests, sourceFile);
    if (origins) {
        QHash<QString, ManifestSet> parsed;
        for (auto &o : r.manifests.objects)
            traceOrigin(o, folder, req, parsed);
    }
    return r;
}

QString findProgram(const QString &configured, const QString &name)
{
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::findExecutable(name);
}

RenderResult renderKustomize(const RenderRequest &req, const QString &folder)
{
    const QString sourceFile = joinPath(folder, QStringLiteral("kustomization.yaml"));
    if (const QString kustomize = findProgram(req.kustomizeProgram, QStringLiteral("kustomize")); !kustomize.isEmpty())
        return renderWithTool(req, RendererKind::Kustomize, kustomize, QStringLiteral("kustomize"),
                              {QStringLiteral("build"), QStringLiteral("%DIR%")}, folder, sourceFile);
    if (const QString kubectl = findProgram(req.kubectlProgram, QStringLiteral("kubectl")); !kubectl.isEmpty())
        return renderWithTool(req, RendererKind::Kustomize, kubectl, QStringLiteral("kubectl kustomize"),
                              {QStringLiteral("kustomize"), QStringLiteral("%DIR%")}, folder, sourceFile);
    return failed(RendererKind::Kustomize, sourceFile, tr("renderer unavailable: neither kustomize nor kubectl found"));
}

RenderResult renderHelm(const RenderRequest &req, const QString &folder)
{
    const QString sourceFile = joinPath(folder, QStringLiteral("Chart.yaml"));
    const QString helm = findProgram(req.helmProgram, QStringLiteral("helm"));
    if (helm.isEmpty())
        return failed(RendererKind::Helm, sourceFile, tr("renderer unavailable: helm not found"));
    QString release = req.releaseName;
    if (release.isEmpty())
        release = folder.isEmpty() ? QStringLiteral("release") : folder.section(u'/', -1);
    QStringList args{QStringLiteral("template"), release, QStringLiteral("%DIR%")};
    if (!req.helmNamespace.isEmpty())
        args << QStringLiteral("--namespace") << req.helmNamespace;
    return renderWithTool(req, RendererKind::Helm, helm, QStringLiteral("helm"), args, folder, sourceFile);
}

RenderResult renderPlain(const RenderRequest &req, const QString &folder)
{
    RenderResult r;
    r.renderer = RendererKind::Plain;
    SourceIgnore ignore;
    for (auto it = req.files.cbegin(); it != req.files.cend(); ++it) {
        if (it.key() == u".sourceignore" || it.key().endsWith(QStringLiteral("/.sourceignore")))
            ignore.addRules(it.key().section(u'/', 0, -2), it.value());
    }
    const QString prefix = folder.isEmpty() ? QString() : folder + u'/';
    // Sub-folders with their own kustomization.yaml are built with Kustomize, as Flux does.
    QStringList kustomizeFolders;
    for (auto it = req.files.cbegin(); it != req.files.cend(); ++it) {
        const QString &path = it.key();
        if (!path.startsWith(prefix) || ignore.isIgnored(path))
            continue;
        const QString name = path.section(u'/', -1);
        const QString dir = path.section(u'/', 0, -2);
        if (kustomizationNames().contains(name) && dir != folder && !kustomizeFolders.contains(dir))
            kustomizeFolders.append(dir);
    }
    auto insideKustomizeFolder = [&](const QString &path) {
        for (const auto &k : kustomizeFolders)
            if (path.startsWith(k + u'/'))
                return true;
        return false;
    };
    std::vector<ManifestParser::File> manifests;
    for (auto it = req.files.cbegin(); it != req.files.cend(); ++it) {
        const QString &path = it.key();
        if (!path.startsWith(prefix) || !isManifestFile(path) || ignore.isIgnored(path) || insideKustomizeFolder(path))
            continue;
        if (!req.recurse && path.mid(prefix.size()).contains(u'/'))
            continue;
        manifests.push_back({path, it.value()});
    }
    r.manifests = ManifestParser::parseFiles(manifests, req.origin);
    if (!req.recurse)
        kustomizeFolders.clear();
    std::sort(kustomizeFolders.begin(), kustomizeFolders.end());
    for (const auto &k : kustomizeFolders) {
        bool nested = false;
        for (const auto &other : kustomizeFolders)
            if (k.startsWith(other + u'/'))
                nested = true;
        if (nested)
            continue;
        RenderResult sub = renderKustomize(req, k);
        r.manifests.append(std::move(sub.manifests));
        if (sub.failure && !r.failure)
            r.failure = sub.failure;
    }
    return r;
}

} // namespace

QString rendererName(RendererKind kind)
{
    switch (kind) {
    case RendererKind::Auto:
        return QStringLiteral("auto");
    case RendererKind::Plain:
        return QStringLiteral("plain");
    case RendererKind::Kustomize:
        return QStringLiteral("kustomize");
    case RendererKind::Helm:
        return QStringLiteral("helm");
    case RendererKind::Unsupported:
        return QStringLiteral("unsupported");
    }
    return {};
}

RendererKind rendererFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n.isEmpty() || n == u"auto")
        return RendererKind::Auto;
    if (n == u"plain" || n == u"directory")
        return RendererKind::Plain;
    if (n == u"kustomize")
        return RendererKind::Kustomize;
    if (n == u"helm")
        return RendererKind::Helm;
    return RendererKind::Unsupported;
}

RendererKind Renderer::detect(const FileMap &files, const QString &path)
{
    const QString folder = normalisedFolder(path);
    if (hasKustomization(files, folder))
        return RendererKind::Kustomize;
    if (files.contains(joinPath(folder, QStringLiteral("Chart.yaml"))))
        return RendererKind::Helm;
    const QString prefix = folder.isEmpty() ? QString() : folder + u'/';
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (it.key().startsWith(prefix)
            && (it.key().endsWith(QStringLiteral(".jsonnet")) || it.key().endsWith(QStringLiteral(".libsonnet"))))
            return RendererKind::Unsupported;
    return RendererKind::Plain;
}

RenderResult Renderer::render(const RenderRequest &request)
{
    const QString folder = normalisedFolder(request.path);
    if (folder.startsWith(QStringLiteral("../")) || folder == u"..")
        return failed(RendererKind::Plain, request.path, tr("The path leaves the repository"), request.path);
    RendererKind kind = request.kind == RendererKind::Auto ? detect(request.files, folder) : request.kind;
    bool exists = folder.isEmpty();
    for (auto it = request.files.cbegin(); !exists && it != request.files.cend(); ++it)
        exists = it.key().startsWith(folder + u'/');
    if (!exists)
        return failed(kind, folder, tr("The path does not exist in the repository"), folder);
    switch (kind) {
    case RendererKind::Kustomize:
        return renderKustomize(request, folder);
    case RendererKind::Helm:
        return renderHelm(request, folder);
    case RendererKind::Unsupported: {
        QString what = request.unsupportedName;
        if (what.isEmpty())
            what = QStringLiteral("jsonnet");
        return failed(RendererKind::Unsupported, folder, tr("unsupported renderer: %1").arg(what));
    }
    case RendererKind::Plain:
    case RendererKind::Auto:
        break;
    }
    return renderPlain(request, folder);
}

Result<FileMap> Renderer::loadDirectory(const QString &root)
{
    QDir rootDir(root);
    if (!rootDir.exists())
        return Error(tr("The folder does not exist"), root);
    FileMap files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString abs = it.next();
        const QString rel = rootDir.relativeFilePath(abs);
        if (rel.startsWith(QStringLiteral(".git/")))
            continue;
        QFile f(abs);
        if (!f.open(QIODevice::ReadOnly))
            return Error(tr("Cannot read a file"), abs + u": " + f.errorString());
        files.insert(rel, f.readAll());
    }
    return files;
}

Result<void> Renderer::materialise(const FileMap &files, const QString &dir)
{
    QDir base(dir);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString target = base.filePath(it.key());
        if (!QDir().mkpath(QFileInfo(target).path()))
            return Error(tr("Cannot write the temporary tree"), target);
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
            return Error(tr("Cannot write the temporary tree"), target + u": " + f.errorString());
    }
    return success();
}

} // namespace driftdeck::manifest
