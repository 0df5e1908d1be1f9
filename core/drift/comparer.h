// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/resourcekey.h"
#include "core/common/syncstate.h"
#include "core/drift/driftresult.h"
#include "core/drift/ignorerule.h"
#include "core/drift/ownershipindex.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>
#include <QStringList>

namespace driftdeck::drift {

struct CompareOptions
{
    // Field managers that apply Git. Their server-side-apply (operation Apply) ownership of a
    // field Git no longer sets means "removed in Git"; attribution prefers other managers.
    QStringList gitOpsManagers{QStringLiteral("kustomize-controller"), QStringLiteral("helm-controller"),
                               QStringLiteral("argocd-controller"), QStringLiteral("flux-client-side-apply")};
    QList<IgnoreRule> ignoreRules;
    // Also use kubectl.kubernetes.io/last-applied-configuration for "removed in Git" when no
    // GitOps manager applied the object server-side.
    bool useLastApplied = true;
    bool compareStatus = false;
    // More label/annotation keys (globs) that tools add and Git never sets.
    QStringList systemMetadataKeys;
};

struct CompareResult
{
    SyncState state = SyncState::Unknown; // Synced, Drifted, Ignored or Unknown
    QString reason;
    QList<FieldChange> changes;

    bool operator==(const CompareResult &) const = default;
};

// The read-only comparison (drift-semantics.md): the Git object must be contained in the live
// one after normalisation; lists of maps are matched by merge key; extra entries in free-form
// maps (labels, annotations, data, ...) and extra keyed list elements (containers, env, ports)
// are drift; other fields Git does not set are drift only when the GitOps manager (or the
// last-applied annotation) shows Git used to set them ("removed in Git"). Every change is
// attributed to the managedFields entry owning the live value. Thread-safe: compare() is const.
class Comparer
{
public:
    explicit Comparer(CompareOptions options = {});

    // `ownership` is the live object's decoded managedFields when the caller keeps them
    // compactly; without it they are read from `live`.
    CompareResult compare(const nlohmann::json &desired, const nlohmann::json &live,
                          const OwnershipIndex *ownership = nullptr) const;

    // Exact mode, for users with patch rights: `dryRun` is the API server's answer to a
    // server-side apply dry-run of the Git object as the GitOps manager (what Argo CD's
    // server-side diff and `flux diff` use). Only the fields the GitOps manager owns in that
    // answer are compared, so server defaults and admission webhook mutations never show.
    CompareResult compareExact(const nlohmann::json &dryRun, const nlohmann::json &live,
                               const OwnershipIndex *ownership = nullptr) const;
    // The part of an object owned by the given managers (identity fields always kept).
    static nlohmann::json ownedBy(const nlohmann::json &object, const OwnershipIndex &index, OwnershipIndex::Mask mask);

    const CompareOptions &options() const { return m_options; }

    // The identity an object states itself (group from apiVersion, kind, namespace, name).
    static ResourceKey keyOf(const nlohmann::json &object);
    // Flux's kustomize.toolkit.fluxcd.io/reconcile: disabled on the object.
    static bool reconcileDisabled(const nlohmann::json &object);

private:
    CompareOptions m_options;
};

} // namespace driftdeck::drift
