// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publish/change.h"

#include <algorithm>

#include <QCryptographicHash>

namespace driftdeck::publish {

namespace {

void addField(QCryptographicHash &hash, const QByteArray &bytes)
{
    // Length-prefixed so that ("ab","c") and ("a","bc") differ.
    hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
    hash.addData(bytes);
}

} // namespace

QString ChangeId::of(const Change &change)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, "driftdeck-change-v1");
    addField(hash, change.cluster.toUtf8());
    QList<ResourceKey> resources = change.resources;
    std::sort(resources.begin(), resources.end());
    for (const ResourceKey &key : resources)
        addField(hash, key.toString().toUtf8());
    QList<FileEdit> files = change.files;
    std::sort(files.begin(), files.end(), [](const FileEdit &a, const FileEdit &b) { return a.path < b.path; });
    for (const FileEdit &file : files) {
        addField(hash, file.path.toUtf8());
        addField(hash, file.remove ? QByteArray("remove") : QByteArray("write"));
        addField(hash, file.remove ? QByteArray() : file.content);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString ChangeId::refComponent(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_' || c == u'.';
        if (ok)
            out += c.toLower();
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.contains(u".."))
        out.replace(QStringLiteral(".."), QStringLiteral("."));
    // No leading dot or dash, no trailing dot, dash or ".lock"; bounded length.
    while (!out.isEmpty() && (out.front() == u'.' || out.front() == u'-'))
        out.remove(0, 1);
    out.truncate(60);
    while (!out.isEmpty() && (out.back() == u'.' || out.back() == u'-'))
        out.chop(1);
    if (out.endsWith(u".lock"))
        out.chop(5);
    return out.isEmpty() ? QStringLiteral("x") : out;
}

QString ChangeId::branchName(const Change &change)
{
    QString resource;
    if (change.resources.size() == 1) {
        const ResourceKey &key = change.resources.front();
        resource = key.ns.isEmpty() ? QString(key.kind + u'-' + key.name) : QString(key.kind + u'-' + key.ns + u'-' + key.name);
    } else {
        resource = QString::number(change.resources.size()) + u"-resources";
    }
    const QString id = of(change).left(10);
    return u"driftdeck/" + refComponent(change.cluster) + u'/' + refComponent(resource) + u'-' + id;
}

QString ChangeId::trailer(const Change &change)
{
    return u"Driftdeck-Change: " + of(change);
}

} // namespace driftdeck::publish
