// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resolve/resolver.h"

#include "core/drift/normalizer.h"
#include "core/drift/yamlemitter.h"
#include "core/manifest/manifestparser.h"
#include "core/resolve/kustomizepatcher.h"
#include "core/resolve/manifestcleaner.h"
#include "core/resolve/yamleditor.h"
#include "core/resolve/yamlwriter.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <algorithm>
#include <functional>

namespace driftdeck::resolve {

namespace {

using Json = nlohmann::json;
using Kind = drift::PathSegment::Kind;
using Op = drift::FieldChange::Op;

QString tr(const char *text)
{
    return QCoreApplication::translate("driftdeck::resolve::Resolver", text);
}

const Json &objectOf(const manifest::ManifestObject &o)
{
    static const Json kNull;
    return o.object ? *o.object : kNull;
}

bool selectorEquals(const Json &want, const Json &have)
{
    if (want == have)
        return true;
    if (want.is_string() && have.is_number_integer())
        return want.get<std::string>() == have.dump();
    if (want.is_number_integer() && have.is_string())
        return want.dump() == have.get<std::string>();
    return false;
}

Json *findElement(Json &list, const drift::PathSegment &seg)
{
    if (!list.is_array())
        return nullptr;
    if (seg.kind == Kind::Index)
        return seg.index >= 0 && size_t(seg.index) < list.size() ? &list[size_t(seg.index)] : nullptr;
    for (Json &e : list) {
        if (!e.is_object())
            continue;
        bool all = true;
        for (const auto &[k, v] : seg.keys) {
            const auto it = e.find(k);
            if (it == e.end())
                all = all && k == "protocol" && v == "TCP";
            else
                all = all && selectorEquals(v, *it);
        }
        if (all)
            return &e;
    }
    return nullptr;
}

// The expected object: the accepted change applied to plain JSON.
void applyJson(Json &node, const Path &path, size_t i, bool remove, const Json &value)
{
    const auto &seg = path[i];
    const bool last = i + 1 == path.size();
    if (seg.kind == Kind::Field) {
        if (!node.is_object()) {
            if (remove)
                return;
            node = Json::object();
        }
        if (last) {
            if (remove)
                node.erase(seg.name);
            else
                node[seg.name] = value;
            return;
        }
        if (!node.contains(seg.name) || node[seg.name].is_null()) {
            if (remove)
                return;
            node[seg.name] = Json::object();
        }
        applyJson(node[seg.name], path, i + 1, remove, value);
        return;
    }
    if (!node.is_array()) {
        if (remove)
            return;
        node = Json::array();
    }
    Json *e = findElement(node, seg);
    if (last) {
        if (remove) {
            if (e)
                node.erase(node.begin() + (e - &node[0]));
        } else if (e) {
            *e = value;
        } else {
            node.push_back(value);
        }
        return;
    }
    if (!e) {
        if (remove)
            return;
        Json fresh = Json::object();
        for (const auto &[k, v] : seg.keys)
            fresh[k] = v;
        node.push_back(fresh);
        e = &node.back();
    }
    applyJson(*e, path, i + 1, remove, value);
}

const manifest::ManifestObject *findObject(const manifest::ManifestSet &set, int documentIndex, int itemIndex)
{
    for (const auto &o : set.objects) {
        if (o.documentIndex == documentIndex && o.itemIndex == itemIndex)
            return &o;
    }
    return nullptr;
}

bool isSecretValue(const Json &object, const Path &path)
{
    return drift::Normalizer::isSecret(object) && !path.empty() && path.front().kind == Kind::Field
        && (path.front().name == "data" || path.front().name == "stringData");
}

QString changeLine(const drift::FieldChange &c)
{
    switch (c.op) {
    case Op::Add:
        return tr("%1: set to %2 (as live)").arg(c.field, c.liveValue);
    case Op::Remove:
        return tr("%1: removed (not set live)").arg(c.field);
    case Op::Replace:
        break;
    }
    return tr("%1: %2 \u2192 %3").arg(c.field, c.gitValue, c.liveValue);
}

// The values.yaml entry a Helm-rendered value most likely comes from ("image.tag").
QString guessHelmValue(const ResolveOptions &options, const drift::FieldChange &change)
{
    const QString valuesPath = KustomizePatcher::joinPath(options.sourcePath, QStringLiteral("values.yaml"));
    if (!options.files.contains(valuesPath) || change.gitValue.isEmpty())
        return {};
    auto docs = manifest::ManifestParser::parseDocuments(options.files.value(valuesPath), valuesPath);
    if (!docs || docs->empty())
        return {};
    QString exact, partial;
    std::function<void(const Json &, const QString &)> walk = [&](const Json &v, const QString &path) {
        if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it)
                walk(*it, path.isEmpty() ? QString::fromStdString(it.key()) : path + u'.' + QString::fromStdString(it.key()));
            return;
        }
        if (v.is_array() || v.is_null())
            return;
        const QString text = v.is_string() ? QString::fromStdString(v.get<std::string>()) : drift::YamlEmitter::displayValue(v);
        if (text == change.gitValue && exact.isEmpty())
            exact = path;
        else if (partial.isEmpty() && text.size() >= 2 && change.gitValue.endsWith(u':' + text))
            partial = path;
    };
    walk(docs->front(), QString());
    return exact.isEmpty() ? partial : exact;
}

Result<void> helmRefusal(const ResolveOptions &options, const QList<drift::FieldChange> &accepted)
{
    for (const auto &c : accepted) {
        const QString value = guessHelmValue(options, c);
        if (!value.isEmpty())
            return Error(tr("%1 comes from a Helm chart; change the chart's values instead (probably %2 in values.yaml)")
                             .arg(c.field, value));
    }
    return Error(tr("This field comes from a Helm chart; change the chart's values instead"));
}

Result<Json> liveValueOf(const Json &live, const drift::FieldChange &c)
{
    try {
        return live.at(Json::json_pointer(c.pointer.toStdString()));
    } catch (const Json::exception &e) {
        return Error(tr("The live value of %1 was not found").arg(c.field), QString::fromUtf8(e.what()));
    }
}

QStringList collectIssues(const manifest::ManifestSet &set)
{
    QStringList out;
    for (const auto &e : set.errors)
        out.append(e.toString());
    return out;
}

bool renderToolAvailable(const ResolveOptions &options)
{
    if (!options.kubectlProgram.isEmpty())
        return true;
    return !QStandardPaths::findExecutable(QStringLiteral("kustomize")).isEmpty()
        || !QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty();
}

// Renders the overlay with the edits applied and checks the object now has the live values.
Result<void> checkRendered(const ResolveOptions &options, const QList<FileEdit> &edits, const ResourceKey &key,
                           const Json &live, const QList<drift::FieldChange> &accepted)
{
    manifest::RenderRequest req;
    req.files = options.files;
    for (const FileEdit &e : edits) {
        if (e.kind == FileEdit::Kind::Delete)
            req.files.remove(e.path);
        else
            req.files.insert(e.path, e.after);
    }
    req.path = options.sourcePath;
    req.kind = manifest::RendererKind::Kustomize;
    req.kubectlProgram = options.kubectlProgram;
    const manifest::RenderResult r = manifest::Renderer::render(req);
    if (r.failure)
        return Error(tr("The overlay no longer renders with the edit: %1").arg(r.failure->message), r.failure->cause);
    for (const auto &o : r.manifests.objects) {
        if (o.key.kind != key.kind || o.key.group != key.group || o.key.name != key.name)
            continue;
        for (const auto &c : accepted) {
            auto fp = drift::FieldPath::parse(c.field);
            if (!fp)
                return fp.error();
            Json expected = objectOf(o);
            Json value;
            if (c.op != Op::Remove) {
                auto v = liveValueOf(live, c);
                if (!v)
                    return v.error();
                value = *v;
            }
            applyJson(expected, fp->segments(), 0, c.op == Op::Remove, value);
            if (expected != objectOf(o))
                return Error(tr("After the edit the overlay still does not render the live value of %1").arg(c.field));
        }
        return success();
    }
    return Error(tr("After the edit the overlay no longer renders %1").arg(key.displayName()));
}

} // namespace

QString Resolver::secretRefusal()
{
    return tr("Driftdeck never writes Secret values to Git; encrypt them with SOPS or Sealed Secrets instead");
}

Result<FileEdit> Resolver::resolve(const QByteArray &fileBytes, const manifest::ManifestObject &desired, const Json &live,
                                   const QList<drift::FieldChange> &accepted, const ResolveOptions &options)
{
    if (options.renderer == manifest::RendererKind::Helm) {
        auto r = helmRefusal(options, accepted);
        return r.error();
    }
    const manifest::ManifestSet before = manifest::ManifestParser::parse(fileBytes, desired.origin);
    const manifest::ManifestObject *original = findObject(before, desired.documentIndex, desired.itemIndex);
    if (!original || original->key.kind != desired.key.kind || original->key.name != desired.key.name)
        return Error(tr("%1 was not found in %2 (document %3)")
                         .arg(desired.key.displayName(), desired.origin.filePath)
                         .arg(desired.documentIndex + 1));

    // Sorted by path so the same selection gives the same bytes whatever its order.
    QList<drift::FieldChange> changes = accepted;
    std::stable_sort(changes.begin(), changes.end(),
                     [](const drift::FieldChange &a, const drift::FieldChange &b) { return a.field < b.field; });

    Path prefix;
    if (desired.itemIndex >= 0) {
        drift::PathSegment items;
        items.name = "items";
        drift::PathSegment index;
        index.kind = Kind::Index;
        index.index = desired.itemIndex;
        prefix = {items, index};
    }
    YamlEditor editor(fileBytes);
    Json expected = objectOf(*original);
    FileEdit edit;
    edit.path = desired.origin.filePath;
    edit.before = fileBytes;
    for (const drift::FieldChange &c : changes) {
        auto fp = drift::FieldPath::parse(c.field);
        if (!fp)
            return fp.error();
        const Path &rel = fp->segments();
        if (isSecretValue(objectOf(*original), rel))
            return Error(secretRefusal(), c.field);
        Path path = prefix;
        path.insert(path.end(), rel.begin(), rel.end());
        const bool remove = c.op == Op::Remove;
        Json value;
        if (!remove) {
            auto v = liveValueOf(live, c);
            if (!v)
                return v.error();
            value = *v;
        }
        auto r = remove ? editor.remove(desired.documentIndex, path) : editor.setValue(desired.documentIndex, path, value);
        if (!r)
            return Error(tr("%1 cannot be edited: %2").arg(c.field, r.error().message), r.error().cause);
        applyJson(expected, rel, 0, remove, value);
        edit.summary.append(changeLine(c));
    }
    edit.after = editor.bytes();

    // Read the result back: the object must now hold the live values and nothing else changed.
    const manifest::ManifestSet after = manifest::ManifestParser::parse(edit.after, desired.origin);
    if (collectIssues(after) != collectIssues(before) || after.objects.size() != before.objects.size())
        return Error(tr("The edited file does not read back cleanly; nothing was changed"),
                     collectIssues(after).join(u'\n'));
    const manifest::ManifestObject *edited = findObject(after, desired.documentIndex, desired.itemIndex);
    if (!edited || objectOf(*edited) != expected)
        return Error(tr("The edit would change more than the selected fields (anchors, aliases or merge keys share them); nothing was changed"),
                     edited ? QString::fromStdString(objectOf(*edited).dump()) : QString());
    for (qsizetype i = 0; i < before.objects.size(); ++i) {
        const auto &a = before.objects[i];
        const auto &b = after.objects[i];
        if (&b == edited)
            continue;
        if (a.key != b.key || objectOf(a) != objectOf(b) || a.documentIndex != b.documentIndex)
            return Error(tr("The edit would change another object in the file; nothing was changed"), b.key.toString());
    }
    return edit;
}

Result<QList<FileEdit>> Resolver::resolveInSource(const manifest::ManifestObject &desired, const Json &live,
                                                  const QList<drift::FieldChange> &accepted, const ResolveOptions &options)
{
    manifest::RendererKind kind = options.renderer;
    if (kind == manifest::RendererKind::Auto)
        kind = manifest::Renderer::detect(options.files, options.sourcePath);
    if (kind == manifest::RendererKind::Helm) {
        auto r = helmRefusal(options, accepted);
        return r.error();
    }
    if (kind == manifest::RendererKind::Unsupported)
        return Error(tr("This source is rendered by a tool Driftdeck cannot edit for"));
    for (const auto &c : accepted) {
        auto fp = drift::FieldPath::parse(c.field);
        if (fp && isSecretValue(objectOf(desired), fp->segments()))
            return Error(secretRefusal(), c.field);
    }
    if (kind == manifest::RendererKind::Plain) {
        if (!options.files.contains(desired.origin.filePath))
            return Error(tr("The file %1 is not in the repository").arg(desired.origin.filePath));
        auto edit = resolve(options.files.value(desired.origin.filePath), desired, live, accepted, options);
        if (!edit)
            return edit.error();
        return QList<FileEdit>{*edit};
    }
    // Kustomize: find where the object is declared.
    auto source = KustomizePatcher::findSource(options.files, options.sourcePath, desired.key);
    if (!source)
        return source.error();
    const QString file = source->object.origin.filePath;
    const QString folder = file.contains(u'/') ? file.section(u'/', 0, -2) : QString();
    QList<FileEdit> edits;
    QString note;
    if (source->chain.size() > 1 && KustomizePatcher::isShared(options.files, folder, source->chain)) {
        auto patch = KustomizePatcher::writePatch(options.files, KustomizePatcher::joinPath(options.sourcePath, QString()),
                                                  *source, live, accepted);
        if (!patch)
            return patch.error();
        edits = *patch;
        note = tr("%1 is shared with other overlays: the change is a patch in this overlay").arg(folder);
    } else {
        ResolveOptions plain = options;
        plain.renderer = manifest::RendererKind::Plain;
        auto edit = resolve(options.files.value(file), source->object, live, accepted, plain);
        if (!edit)
            return edit.error();
        edits.append(*edit);
    }
    if (!note.isEmpty() && !edits.isEmpty())
        edits.front().summary.prepend(note);
    if (options.renderCheck && renderToolAvailable(options)) {
        if (auto r = checkRendered(options, edits, desired.key, live, accepted); !r)
            return r.error();
    }
    return edits;
}

Result<QList<FileEdit>> Resolver::keepExtra(const Json &live, const QString &folder, const manifest::FileMap &files)
{
    if (drift::Normalizer::isSecret(live))
        return Error(secretRefusal());
    const Json clean = ManifestCleaner::clean(live);
    const ResourceKey key = [&] {
        ResourceKey k;
        k.kind = QString::fromStdString(drift::Normalizer::kindOf(clean));
        if (clean.contains("metadata") && clean["metadata"].is_object()) {
            const Json &m = clean["metadata"];
            if (m.contains("name") && m["name"].is_string())
                k.name = QString::fromStdString(m["name"].get<std::string>());
            if (m.contains("namespace") && m["namespace"].is_string())
                k.ns = QString::fromStdString(m["namespace"].get<std::string>());
        }
        return k;
    }();
    if (key.kind.isEmpty() || key.name.isEmpty())
        return Error(tr("The live object has no kind or name"));
    const QString dir = KustomizePatcher::joinPath(folder, QString());
    QString base = key.kind.toLower() + u'-' + key.name;
    QString path = KustomizePatcher::joinPath(dir, base + u".yaml");
    if (files.contains(path) && !key.ns.isEmpty())
        path = KustomizePatcher::joinPath(dir, base + u'-' + key.ns + u".yaml");
    for (int n = 2; files.contains(path); ++n)
        path = KustomizePatcher::joinPath(dir, base + u'-' + QString::number(n) + u".yaml");

    FileEdit created;
    created.path = path;
    created.kind = FileEdit::Kind::Create;
    created.after = QByteArray::fromStdString(YamlWriter().block(clean, 0));
    created.summary.append(tr("%1: new manifest written from the live object").arg(key.displayName()));
    // The new file must read back as the clean object.
    const manifest::ManifestSet check = manifest::ManifestParser::parse(created.after, manifest::SourceOrigin{{}, {}, path});
    if (!check.errors.isEmpty() || check.objects.size() != 1 || objectOf(check.objects.front()) != clean)
        return Error(tr("The new manifest does not read back as the live object"), collectIssues(check).join(u'\n'));
    QList<FileEdit> edits{created};

    const QString kust = KustomizePatcher::kustomizationFile(files, dir);
    if (!kust.isEmpty()) {
        YamlEditor editor(files.value(kust));
        drift::PathSegment resources;
        resources.name = "resources";
        const QString relative = path.section(u'/', -1);
        if (auto r = editor.appendToList(0, Path{resources}, Json(relative.toStdString())); !r)
            return r.error();
        if (editor.bytes() != files.value(kust)) {
            FileEdit k;
            k.path = kust;
            k.before = files.value(kust);
            k.after = editor.bytes();
            k.summary.append(tr("resources: added %1").arg(relative));
            edits.append(k);
        }
    }
    return edits;
}

Result<QList<FileEdit>> Resolver::removeObject(const manifest::ManifestObject &desired, const QByteArray &fileBytes,
                                               const manifest::FileMap &files)
{
    const manifest::ManifestSet before = manifest::ManifestParser::parse(fileBytes, desired.origin);
    const manifest::ManifestObject *original = findObject(before, desired.documentIndex, desired.itemIndex);
    if (!original || original->key.kind != desired.key.kind || original->key.name != desired.key.name)
        return Error(tr("%1 was not found in %2 (document %3)")
                         .arg(desired.key.displayName(), desired.origin.filePath)
                         .arg(desired.documentIndex + 1));
    YamlEditor editor(fileBytes);
    if (desired.itemIndex >= 0) {
        drift::PathSegment items;
        items.name = "items";
        drift::PathSegment index;
        index.kind = Kind::Index;
        index.index = desired.itemIndex;
        if (auto r = editor.remove(desired.documentIndex, Path{items, index}); !r)
            return r.error();
    } else if (auto r = editor.removeDocument(desired.documentIndex); !r) {
        return Error(tr("%1 cannot be removed from %2: %3").arg(desired.key.displayName(), desired.origin.filePath,
                                                                 r.error().message));
    }
    FileEdit edit;
    edit.path = desired.origin.filePath;
    edit.before = fileBytes;
    edit.after = editor.bytes();
    edit.summary.append(tr("%1: removed from Git").arg(desired.key.displayName()));
    const manifest::ManifestSet after = manifest::ManifestParser::parse(edit.after, desired.origin);
    // Every other object must stay exactly as it was.
    QList<manifest::ManifestObject> expected;
    for (const auto &o : before.objects) {
        if (&o != original)
            expected.append(o);
    }
    bool same = after.errors.isEmpty() == before.errors.isEmpty() && after.objects.size() == expected.size();
    for (qsizetype i = 0; same && i < expected.size(); ++i)
        same = after.objects[i].key == expected[i].key && objectOf(after.objects[i]) == objectOf(expected[i]);
    if (!same)
        return Error(tr("Removing %1 would change other objects in %2; nothing was changed")
                         .arg(desired.key.displayName(), desired.origin.filePath));
    QList<FileEdit> edits;
    if (after.objects.isEmpty() && after.errors.isEmpty()) {
        edit.kind = FileEdit::Kind::Delete;
        edit.after.clear();
        const QString dir = edit.path.contains(u'/') ? edit.path.section(u'/', 0, -2) : QString();
        const QString kust = KustomizePatcher::kustomizationFile(files, dir);
        if (!kust.isEmpty()) {
            YamlEditor k(files.value(kust));
            drift::PathSegment resources;
            resources.name = "resources";
            const QString relative = edit.path.section(u'/', -1);
            if (auto r = k.removeFromList(0, Path{resources}, Json(relative.toStdString())); !r)
                return r.error();
            if (k.bytes() != files.value(kust)) {
                FileEdit ke;
                ke.path = kust;
                ke.before = files.value(kust);
                ke.after = k.bytes();
                ke.summary.append(tr("resources: removed %1").arg(relative));
                edits.append(ke);
            }
        }
    }
    edits.prepend(edit);
    return edits;
}

} // namespace driftdeck::resolve
