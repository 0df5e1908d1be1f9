// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace driftdeck::resolve {

// One file changed by a resolution: its repository path, the bytes before and after, and a
// human summary (one line per change) for the pull request and the command line.
struct FileEdit
{
    enum class Kind : quint8 { Modify, Create, Delete };

    QString path; // '/' separated, relative to the repository root
    Kind kind = Kind::Modify;
    QByteArray before; // empty for Create
    QByteArray after;  // empty for Delete
    QStringList summary;

    bool operator==(const FileEdit &) const = default;

    // A unified text patch ("--- a/path", "+++ b/path", @@ hunks) made with libgit2; empty
    // when nothing changed.
    QString unifiedDiff(int contextLines = 3) const;
    static QString unifiedDiff(const QList<FileEdit> &edits, int contextLines = 3);
};

} // namespace driftdeck::resolve
