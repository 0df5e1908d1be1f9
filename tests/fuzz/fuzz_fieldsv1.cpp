// SPDX-License-Identifier: GPL-3.0-or-later
// FieldsV1: metadata.managedFields decoded into the ownership trie, then walked the way the
// comparer walks it (fields, list elements by merge key or value, indexes).
#include "core/drift/ownershipindex.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

using namespace driftdeck::drift;
using Json = nlohmann::json;

namespace {

void walk(const OwnershipIndex &index, int node, const Json &live, int depth)
{
    if (node == OwnershipIndex::kNoNode || depth > 64)
        return;
    const OwnershipIndex::Mask own = index.ownersOf(node);
    const OwnershipIndex::Mask subtree = index.subtreeOwnersOf(node);
    if ((own & ~subtree) != 0) // a node's owners are part of its subtree's
        std::abort();
    const int picked = index.pick(subtree, 1);
    if (picked >= index.managers().size() || (subtree != 0 && picked < 0))
        std::abort();
    if (live.is_object()) {
        for (auto it = live.begin(); it != live.end(); ++it)
            walk(index, index.field(node, it.key()), it.value(), depth + 1);
    } else if (live.is_array()) {
        int i = 0;
        for (const auto &element : live)
            walk(index, index.element(node, element, i++), element, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The input is a live object (JSON); with a managedFields of its own it is used as is,
    // otherwise it is also tried as the managedFields list itself.
    const Json doc = Json::parse(data, data + size, nullptr, false);
    if (doc.is_discarded())
        return 0;
    const OwnershipIndex fromObject = OwnershipIndex::fromObject(doc);
    walk(fromObject, fromObject.root(), doc, 0);
    const OwnershipIndex fromList = OwnershipIndex::fromManagedFields(doc);
    walk(fromList, fromList.root(), doc, 0);
    (void)fromList.maskOf({QStringLiteral("kubectl"), QStringLiteral("argocd-controller")});
    return 0;
}
