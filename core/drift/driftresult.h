// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/resourcekey.h"
#include "core/common/syncstate.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace driftdeck::drift {

// One drifted field of one resource. Values are display strings: scalars as YAML would show
// them, maps and lists as compact JSON; Secret values are already masked (never plain text).
struct FieldChange
{
    enum class Op : quint8 { Add, Remove, Replace };

    QString field;      // people's path: spec.template.spec.containers[name=web].image
    QString pointer;    // RFC 6901 pointer into the live object: /spec/template/spec/containers/0/image
    Op op = Op::Replace; // Add: live has it, Git does not; Remove: Git has it, live does not
    QString gitValue;
    QString liveValue;
    bool removedInGit = false; // Git stopped setting it but the GitOps manager still owns it
    // Attribution: the managedFields entry owning the live value (empty when unknown).
    QString manager;
    QString operation;  // "Apply" or "Update"
    QDateTime time;

    bool operator==(const FieldChange &) const = default;
};

// Where the desired object comes from.
struct SourceRef
{
    QString repo;     // remote URL or local path
    QString revision; // commit SHA
    QString path;     // file path inside the repository
    int line = 0;     // 1-based line of the document start, 0 when unknown

    bool operator==(const SourceRef &) const = default;
};

// The comparison result for one resource in one cluster: what models, history and the CLI see.
struct ResourceResult
{
    QString cluster;  // kubeconfig context name
    QString source;   // source id: Flux Kustomization ns/name, Argo CD app, or workspace source name
    ResourceKey key;
    QString version;  // API version of the compared object ("v1")
    SyncState state = SyncState::Unknown;
    QString reason;   // why Unknown/Ignored/Extra, or a one-line summary
    HealthState health = HealthState::Unknown;
    QString healthMessage;
    SourceRef sourceRef;
    QList<FieldChange> changes;
    QList<ResourceKey> owners; // ownerReferences of the live object (for the ownership tree)

    bool operator==(const ResourceResult &) const = default;
};

QString fieldOpName(FieldChange::Op op); // "add" | "remove" | "replace"

// The JSON shape documented in docs/cli.md (one element of "resources").
nlohmann::json toJson(const ResourceResult &result);
nlohmann::json toJson(const FieldChange &change);

} // namespace driftdeck::drift

Q_DECLARE_METATYPE(driftdeck::drift::ResourceResult)
