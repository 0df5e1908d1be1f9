// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArrayView>
#include <QStringList>

namespace driftdeck::manifest {

// Where a node sits in a file's bytes: [start, end) and 1-based line/column of both ends.
// For a mapping value, keyStart/keyEnd delimit its key (-1 for list items and the root).
struct NodeRange
{
    qsizetype start = 0;
    qsizetype end = 0;
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    qsizetype keyStart = -1;
    qsizetype keyEnd = -1;
};

// Finds the byte range of a node in one document of a YAML stream, for minimal edits that
// keep comments and formatting (core/resolve). Uses the same libfyaml event stream and the
// same document numbering as ManifestParser (ManifestObject::documentIndex).
class NodeLocator
{
public:
    // path: mapping keys and list indices from the document root, e.g.
    // {"spec", "template", "spec", "containers", "0", "image"}; empty for the root.
    // Keys compare as kubectl reads them (a YAML key `8:` is "8", `on:` is "true").
    // Block scalars end after their last character (the final line break is excluded).
    static Result<NodeRange> locate(QByteArrayView bytes, int documentIndex, const QStringList &path);

    // "/spec/containers/0/image" -> {"spec","containers","0","image"} (RFC 6901 ~0 ~1).
    static QStringList splitPointer(const QString &pointer);
};

} // namespace driftdeck::manifest
