// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/manifest/manifestobject.h"

#include <nlohmann/json.hpp>

#include <QByteArrayView>

#include <cstddef>
#include <vector>

namespace driftdeck::manifest {

// Reads manifest files (YAML streams, `kind: List`, JSON) into ManifestObjects with their
// source positions, typing scalars as kubectl does (ScalarResolver). One pass over libfyaml's
// event stream: no intermediate fy_document, so the rate stays close to the raw parser's.
//
// Per file:
//  - a YAML syntax error marks the file (line, column, libfyaml's message) and no object of it
//    loads, as kubectl refuses the whole file;
//  - a duplicate key, a complex or null key, a value JSON cannot carry (.inf, .nan), a
//    document that is not a mapping, or one without apiVersion, kind or metadata.name marks
//    that document; the file's other documents still load;
//  - empty documents (only comments, or `---` alone) are skipped as kubectl does.
// Merge keys (`<<`), anchors and aliases are expanded.
class ManifestParser
{
public:
    enum class Format {
        Auto, // JSON when the origin's file path ends in .json, else YAML
        Yaml,
        Json,
    };

    // Limits on hostile input (docs/security.md "Limits on hostile input"). A file over
    // kMaxFileBytes is refused as a whole before parsing; a document nested deeper than
    // kMaxDepth, or whose aliases expand to more than kMaxAliasExpansion values and string
    // bytes in all, is marked broken (a billion-laughs bomb stops there, not in the allocator).
    static constexpr qsizetype kMaxFileBytes = qsizetype(32) << 20;
    static constexpr int kMaxDepth = 256;
    static constexpr std::size_t kMaxAliasExpansion = 1'000'000;

    static ManifestSet parse(QByteArrayView bytes, const SourceOrigin &origin, Format format = Format::Auto);

    // parse() of many files (path, bytes; `origin` with each path as its file), on up to
    // `threads` threads (0: one per core, at most 4); the result is in the order of `files`,
    // exactly as one thread would give it. Files are independent, so a repository of
    // thousands of manifests loads in a fraction of the time on a multi-core machine.
    struct File
    {
        QString path;
        QByteArray bytes;
    };
    static ManifestSet parseFiles(const std::vector<File> &files, const SourceOrigin &origin, int threads = 0);

    // Every non-empty document of a YAML or JSON stream as plain JSON values, with no
    // Kubernetes rules applied (for the workspace file and other configuration). The first
    // problem is returned as an error with "file:line:column: message" as its cause.
    static Result<std::vector<nlohmann::json>> parseDocuments(QByteArrayView bytes, const QString &fileName);
};

} // namespace driftdeck::manifest
