// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resolve/fileedit.h"

#include "core/common/githandle.h"

#include <git2.h>

namespace driftdeck::resolve {

namespace {

using GitPatch = UniqueHandle<git_patch, git_patch_free>;

} // namespace

QString FileEdit::unifiedDiff(int contextLines) const
{
    if (before == after)
        return {};
    static GitLibrary library;
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    opts.context_lines = quint32(std::max(0, contextLines));
    const QByteArray oldPath = kind == Kind::Create ? QByteArray() : path.toUtf8();
    const QByteArray newPath = kind == Kind::Delete ? QByteArray() : path.toUtf8();
    GitPatch patch;
    if (git_patch_from_buffers(out(patch), before.isEmpty() ? nullptr : before.constData(), size_t(before.size()),
                               oldPath.isEmpty() ? nullptr : oldPath.constData(),
                               after.isEmpty() ? nullptr : after.constData(), size_t(after.size()),
                               newPath.isEmpty() ? nullptr : newPath.constData(), &opts)
        != 0)
        return {};
    GitBuf buf;
    if (git_patch_to_buf(buf.get(), patch.get()) != 0)
        return {};
    return QString::fromUtf8(buf.get()->ptr, qsizetype(buf.get()->size));
}

QString FileEdit::unifiedDiff(const QList<FileEdit> &edits, int contextLines)
{
    QString out;
    for (const FileEdit &e : edits)
        out += e.unifiedDiff(contextLines);
    return out;
}

} // namespace driftdeck::resolve
