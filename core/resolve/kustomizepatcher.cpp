// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resolve/kustomizepatcher.h"

#include "core/manifest/manifestparser.h"
#include "core/resolve/yamleditor.h"
#include "core/resolve/yamlwriter.h"

#include <QCoreApplication>
#include <QSet>

namespace driftdeck::resolve {

namespace {

using Json = nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("driftdeck::resolve::KustomizePatcher", text);
}

struct Kustomization
{
    QStringList entries; // resources and bases
    QString namePrefix;
    QString nameSuffix;
};

std::optional<Kustomization> readKustomization(const manifest::FileMap &files, const QString &folder)
{
    const QString file = KustomizePatcher::kustomizationFile(files, folder);
    if (file.isEmpty())
        return std::nullopt;
    auto docs = manifest::ManifestParser::parseDocuments(files.value(file), file);
    if (!docs || docs->empty() || !docs->front().is_object())
        return std::nullopt;
    const Json &k = docs->front();
    Kustomization out;
    for (const char *list : {"resources", "bases", "components"}) {
        const auto it = k.find(list);
        if (it == k.end() || !it->is_array())
            continue;
        for (const Json &e : *it) {
            if (e.is_string())
                out.entries.append(QString::fromStdString(e.get<std::string>()));
        }
    }
    if (k.contains("namePrefix") && k["namePrefix"].is_string())
        out.namePrefix = QString::fromStdString(k["namePrefix"].get<std::string>());
    if (k.contains("nameSuffix") && k["nameSuffix"].is_string())
        out.nameSuffix = QString::fromStdString(k["nameSuffix"].get<std::string>());
    return out;
}

bool isFolder(const manifest::FileMap &files, const QString &path)
{
    const QString prefix = path.isEmpty() ? QString() : path + u'/';
    const auto it = files.lowerBound(prefix);
    return it != files.end() && it.key().startsWith(prefix);
}

bool reaches(const manifest::FileMap &files, const QString &from, const QString &target, QSet<QString> &seen)
{
    if (from == target)
        return true;
    if (seen.contains(from))
        return false;
    seen.insert(from);
    const auto k = readKustomization(files, from);
    if (!k)
        return false;
    for (const QString &e : k->entries) {
        const QString p = KustomizePatcher::joinPath(from, e);
        if (isFolder(files, p) && reaches(files, p, target, seen))
            return true;
    }
    return false;
}

Result<bool> search(const manifest::FileMap &files, const QString &folder, const ResourceKey &key, const QString &prefix,
                    const QString &suffix, QStringList chain, QSet<QString> &seen, KustomizeSource &out)
{
    if (seen.contains(folder))
        return false;
    seen.insert(folder);
    const auto k = readKustomization(files, folder);
    if (!k)
        return false;
    chain.append(folder);
    const QString p2 = prefix + k->namePrefix;
    const QString s2 = k->nameSuffix + suffix;
    for (const QString &e : k->entries) {
        if (e.contains(u"://"))
            continue;
        const QString p = KustomizePatcher::joinPath(folder, e);
        if (files.contains(p)) {
            const manifest::ManifestSet set = manifest::ManifestParser::parse(files.value(p), manifest::SourceOrigin{{}, {}, p});
            for (const manifest::ManifestObject &o : set.objects) {
                if (o.key.kind == key.kind && o.key.group == key.group && p2 + o.key.name + s2 == key.name) {
                    out.object = o;
                    out.chain = chain;
                    return true;
                }
            }
        } else if (isFolder(files, p)) {
            auto r = search(files, p, key, p2, s2, chain, seen, out);
            if (!r || *r)
                return r;
        }
    }
    return false;
}

} // namespace

QString KustomizePatcher::joinPath(const QString &folder, const QString &relative)
{
    QStringList parts;
    const QString all = folder.isEmpty() || folder == u"." ? relative : folder + u'/' + relative;
    for (const QString &p : all.split(u'/', Qt::SkipEmptyParts)) {
        if (p == u".")
            continue;
        if (p == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(p);
    }
    return parts.join(u'/');
}

QString KustomizePatcher::kustomizationFile(const manifest::FileMap &files, const QString &folder)
{
    for (const QString &name : {QStringLiteral("kustomization.yaml"), QStringLiteral("kustomization.yml"),
                                QStringLiteral("Kustomization")}) {
        const QString p = joinPath(folder, name);
        if (files.contains(p))
            return p;
    }
    return {};
}

Result<KustomizeSource> KustomizePatcher::findSource(const manifest::FileMap &files, const QString &overlay,
                                                     const ResourceKey &key)
{
    KustomizeSource out;
    QSet<QString> seen;
    auto r = search(files, joinPath(overlay, QString()), key, QString(), QString(), {}, seen, out);
    if (!r)
        return r.error();
    if (!*r)
        return Error(tr("The file that declares %1 was not found below %2").arg(key.displayName(), overlay));
    return out;
}

bool KustomizePatcher::isShared(const manifest::FileMap &files, const QString &folder, const QStringList &chain)
{
    const QString overlay = chain.isEmpty() ? QString() : chain.front();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString name = it.key().section(u'/', -1);
        if (name != u"kustomization.yaml" && name != u"kustomization.yml" && name != u"Kustomization")
            continue;
        const QString dir = it.key().contains(u'/') ? it.key().section(u'/', 0, -2) : QString();
        if (chain.contains(dir))
            continue;
        QSet<QString> seen1, seen2;
        if (reaches(files, dir, folder, seen1) && !reaches(files, dir, overlay, seen2))
            return true;
    }
    return false;
}

Result<QList<FileEdit>> KustomizePatcher::writePatch(const manifest::FileMap &files, const QString &overlay,
                                                     const KustomizeSource &source, const Json &live,
                                                     const QList<drift::FieldChange> &accepted)
{
    const manifest::ManifestObject &o = source.object;
    const QString fileName = QStringLiteral("driftdeck-patch-%1-%2.yaml").arg(o.key.kind.toLower(), o.key.name);
    const QString patchPath = joinPath(overlay, fileName);
    const bool exists = files.contains(patchPath);
    QByteArray bytes = files.value(patchPath);
    if (!exists) {
        Json header = Json::object();
        header["apiVersion"] = o.apiVersion.toStdString();
        header["kind"] = o.key.kind.toStdString();
        header["metadata"]["name"] = o.key.name.toStdString();
        if (!o.key.ns.isEmpty())
            header["metadata"]["namespace"] = o.key.ns.toStdString();
        bytes = QByteArray::fromStdString(YamlWriter().block(header, 0));
    }
    YamlEditor editor(bytes);
    FileEdit patch;
    patch.path = patchPath;
    patch.kind = exists ? FileEdit::Kind::Modify : FileEdit::Kind::Create;
    patch.before = exists ? bytes : QByteArray();
    for (const drift::FieldChange &c : accepted) {
        auto fp = drift::FieldPath::parse(c.field);
        if (!fp)
            return fp.error();
        Path path = fp->segments();
        Json value;
        if (c.op == drift::FieldChange::Op::Remove) {
            if (path.back().kind == drift::PathSegment::Kind::Key) {
                value = Json::object();
                value["$patch"] = "delete";
            }
        } else {
            try {
                value = live.at(Json::json_pointer(c.pointer.toStdString()));
            } catch (const Json::exception &e) {
                return Error(tr("The live value of %1 was not found").arg(c.field), QString::fromUtf8(e.what()));
            }
        }
        if (auto r = editor.setValue(0, path, value); !r)
            return r.error();
        patch.summary.append(c.field);
    }
    patch.after = editor.bytes();

    QList<FileEdit> edits{patch};
    const QString kustFile = kustomizationFile(files, overlay);
    if (kustFile.isEmpty())
        return Error(tr("The overlay %1 has no kustomization.yaml").arg(overlay));
    YamlEditor kust(files.value(kustFile));
    drift::PathSegment patches;
    patches.name = "patches";
    if (auto r = kust.appendToList(0, Path{patches}, Json{{"path", fileName.toStdString()}}); !r)
        return r.error();
    if (kust.bytes() != files.value(kustFile)) {
        FileEdit k;
        k.path = kustFile;
        k.before = files.value(kustFile);
        k.after = kust.bytes();
        k.summary.append(tr("patches: added %1").arg(fileName));
        edits.append(k);
    }
    return edits;
}

} // namespace driftdeck::resolve
