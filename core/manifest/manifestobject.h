// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/resourcekey.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace driftdeck::manifest {

// Where a manifest came from. repository and commit are empty for files read from disk.
struct SourceOrigin
{
    QString repository; // URL or local path as the workspace names it
    QString commit;     // full SHA-1 the file was read at
    QString filePath;   // path inside the repository (or the rendered source), '/' separated
};

// One Kubernetes object as Git declares it, with everything needed to point back at its text.
struct ManifestObject
{
    ResourceKey key;      // group, kind, namespace as written (may be empty), name
    QString apiVersion;   // "apps/v1"
    // The object typed as kubectl reads it. Immutable and shared: copies of a ManifestObject
    // (the store, change batches, other threads) share one tree; copy it to change it.
    std::shared_ptr<const nlohmann::json> object;
    SourceOrigin origin;
    int documentIndex = 0; // 0-based index of the YAML document in the file (every '---' counts)
    int itemIndex = -1;    // index inside `kind: List` items, -1 for a top-level object
    qsizetype byteStart = 0; // [byteStart, byteEnd) of the object's node in the file's bytes
    qsizetype byteEnd = 0;
    int lineStart = 0; // 1-based, inclusive
    int lineEnd = 0;
    QByteArray rawText; // the file's bytes in [byteStart, byteEnd)

    // Rendered objects (Kustomize, Helm) have no byte range in a source file.
    bool hasSourceRange() const { return byteEnd > byteStart; }
};

// A file (or a rendered source) that could not be read completely. line and column are
// 1-based; 0 when the problem has no position (a renderer that failed as a whole).
struct ManifestError
{
    QString filePath;
    int line = 0;
    int column = 0;
    int documentIndex = -1;
    QString message; // readable, translated
    QString detail;  // technical detail: libfyaml's or the renderer's own words

    // "path:line:column: message"
    QString toString() const;
    bool operator==(const ManifestError &) const = default;
};

// What reading one file (or rendering one source) produced: the objects that loaded and the
// errors that marked it. Both can be non-empty: a document without a kind is an error while
// the file's other documents still load.
struct ManifestSet
{
    QList<ManifestObject> objects;
    QList<ManifestError> errors;

    void append(ManifestSet other);
};

} // namespace driftdeck::manifest
