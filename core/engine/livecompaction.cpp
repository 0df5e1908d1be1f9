// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/livecompaction.h"

namespace driftdeck::engine {

namespace {
constexpr const char *kLastApplied = "kubectl.kubernetes.io/last-applied-configuration";
}

kube::LiveStore::IngestHook compactionHook(const QStringList &gitOpsManagers)
{
    return [gitOpsManagers](nlohmann::json &object) -> std::shared_ptr<const kube::LiveExtra> {
        const auto meta = object.find("metadata");
        if (meta == object.end() || !meta->is_object())
            return nullptr;
        auto kept = std::make_shared<CompactLive>();
        const auto managed = meta->find("managedFields");
        if (managed != meta->end()) {
            kept->ownership = drift::OwnershipIndex::interned(*managed);
            meta->erase(managed);
        }
        const auto annotations = meta->find("annotations");
        if (annotations != meta->end() && annotations->is_object() && annotations->contains(kLastApplied)) {
            const drift::OwnershipIndex::Mask gitOps = kept->ownership.maskOf(gitOpsManagers);
            bool appliedServerSide = false;
            for (qsizetype i = 0; i < kept->ownership.managers().size(); ++i) {
                if ((gitOps & (drift::OwnershipIndex::Mask(1) << i)) && kept->ownership.managers()[i].operation == u"Apply")
                    appliedServerSide = true;
            }
            if (appliedServerSide)
                annotations->erase(kLastApplied);
        }
        return kept;
    };
}

const drift::OwnershipIndex *ownershipOf(const kube::LiveObject &object)
{
    const auto *kept = dynamic_cast<const CompactLive *>(object.extra.get());
    return kept ? &kept->ownership : nullptr;
}

} // namespace driftdeck::engine
