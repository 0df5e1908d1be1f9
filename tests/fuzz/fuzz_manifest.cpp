// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML/JSON manifest reader: multi-document streams, kind: List, anchors, byte positions.
#include "core/manifest/manifestparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace driftdeck::manifest;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto format : {ManifestParser::Format::Yaml, ManifestParser::Format::Json}) {
        const SourceOrigin origin{{}, {}, QStringLiteral("fuzz.yaml")};
        const ManifestSet set = ManifestParser::parse(bytes, origin, format);
        for (const ManifestObject &o : set.objects) {
            // Every object's range lies inside the input and its raw text is that range.
            if (o.byteStart < 0 || o.byteEnd < o.byteStart || o.byteEnd > bytes.size())
                std::abort();
            if (o.rawText != bytes.sliced(o.byteStart, o.byteEnd - o.byteStart))
                std::abort();
            if (o.lineStart < 1 || o.lineEnd < o.lineStart || !o.object || !o.object->is_object())
                std::abort();
        }
        for (const ManifestError &e : set.errors) {
            if (e.message.isEmpty())
                std::abort();
        }
    }
    (void)ManifestParser::parseDocuments(bytes, QStringLiteral("fuzz.yaml"));
    return 0;
}
