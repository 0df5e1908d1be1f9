// SPDX-License-Identifier: GPL-3.0-or-later
// The minimal-edit splicer: an input file and a change list, both from the fuzz bytes.
// Input layout: <manifest file> NUL <live object as JSON> [NUL <extra change lines>]; the
// change list is the comparer's answer for the file's first object against the live object,
// plus one Replace/Add/Remove per extra line ("R /json/pointer value").
#include "core/drift/comparer.h"
#include "core/manifest/manifestparser.h"
#include "core/resolve/resolver.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace driftdeck;
using Json = nlohmann::json;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const size_t firstNul = input.find('\0');
    const std::string_view file = input.substr(0, firstNul);
    std::string_view liveText, extra;
    if (firstNul != std::string_view::npos) {
        const std::string_view rest = input.substr(firstNul + 1);
        const size_t secondNul = rest.find('\0');
        liveText = rest.substr(0, secondNul);
        if (secondNul != std::string_view::npos)
            extra = rest.substr(secondNul + 1);
    }
    const QByteArray fileBytes(file.data(), qsizetype(file.size()));
    const manifest::SourceOrigin origin{{}, {}, QStringLiteral("deploy/app.yaml")};
    const manifest::ManifestSet set = manifest::ManifestParser::parse(fileBytes, origin);
    if (set.objects.isEmpty())
        return 0;
    const manifest::ManifestObject &desired = set.objects.front();
    Json live = Json::parse(liveText.begin(), liveText.end(), nullptr, false);
    if (live.is_discarded() || !live.is_object())
        live = *desired.object;

    const drift::Comparer comparer;
    QList<drift::FieldChange> changes = comparer.compare(*desired.object, live).changes;
    for (const QByteArray &line : QByteArray(extra.data(), qsizetype(extra.size())).split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 2 || parts[0].isEmpty())
            continue;
        drift::FieldChange c;
        c.op = parts[0] == "A" ? drift::FieldChange::Op::Add
            : parts[0] == "D"  ? drift::FieldChange::Op::Remove
                               : drift::FieldChange::Op::Replace;
        c.pointer = QString::fromUtf8(parts[1]);
        c.field = c.pointer;
        if (parts.size() > 2)
            c.liveValue = QString::fromUtf8(parts[2]);
        changes.append(c);
    }
    const Result<resolve::FileEdit> edit = resolve::Resolver::resolve(fileBytes, desired, live, changes);
    if (!edit) {
        if (edit.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (edit->before != fileBytes)
        std::abort();
    // Whatever the resolver writes must read back as YAML.
    const manifest::ManifestSet after = manifest::ManifestParser::parse(edit->after, origin);
    (void)after;
    (void)resolve::Resolver::removeObject(desired, fileBytes);
    return 0;
}
