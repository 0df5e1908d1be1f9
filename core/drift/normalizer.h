// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace driftdeck::drift {

// The normalisation rules shared by the comparison and the side-by-side view: which spellings
// the API server treats alike, which lists are merged by key, which maps are free-form and
// which metadata the server, the GitOps tools and controllers add on their own.
class Normalizer
{
public:
    // Equal after normalisation: quantities in quantity fields (1000m == 1, 1Gi == 1024Mi),
    // int-or-string (8080 == "8080"), integer vs float spellings of one number.
    static bool scalarEquals(const nlohmann::json &git, const nlohmann::json &live, std::string_view field,
                             std::string_view parent);
    // Whether a field holds a resource.Quantity (resources.limits.cpu, emptyDir.sizeLimit, ...).
    static bool isQuantityField(std::string_view field, std::string_view parent);
    // Values Kubernetes does not keep apart from "absent": null, false, 0, "", {}, [] and maps of
    // only such values (omitempty).
    static bool isZero(const nlohmann::json &value);

    // The strategic-merge keys of a list field, or empty when the list is atomic. `sample` is
    // an element, used to tell container ports (containerPort, protocol) from Service ports
    // (port, protocol).
    static std::vector<std::string> mergeKeys(std::string_view field, const nlohmann::json &sample);
    // Whether cluster-only elements of this keyed list are drift even when Git sets no such list
    // (an env list `kubectl set env` created): every keyed list but status conditions.
    static bool addedElementsAreDrift(std::string_view field, const nlohmann::json &sample);
    // An element's merge key values; false when a key is missing (protocol defaults to TCP).
    static bool mergeKeyValues(const nlohmann::json &element, const std::vector<std::string> &keys,
                               std::vector<std::pair<std::string, nlohmann::json>> &out);
    // The same without copies: pointers into the element (or to a static "TCP").
    static bool mergeKeyRefs(const nlohmann::json &element, const std::vector<std::string> &keys,
                             std::vector<const nlohmann::json *> &out);

    // Maps whose entries are data, not a schema: extra live entries are drift
    // (labels, annotations, nodeSelector, matchLabels, ConfigMap/Secret data, Service selector).
    static bool isFreeFormMap(std::string_view field, std::string_view parent, int depth, std::string_view kind);
    // Labels and annotations the API server, controllers and GitOps tools add themselves
    // (last-applied-configuration, deployment revision, Flux and Argo CD tracking marks, ...).
    static bool isSystemMetadataKey(std::string_view key, const QStringList &extraGlobs = {});
    // Server-assigned metadata that never counts: uid, resourceVersion, generation,
    // creationTimestamp, managedFields, selfLink, deletionTimestamp, deletionGracePeriodSeconds.
    static bool isServerMetadataField(std::string_view field);
    // Extra live list elements the API server adds itself (kube-api-access-* volumes of Pods).
    static bool isServerAddedElement(std::string_view field, const nlohmann::json &element);

    // A copy of a Git object as the comparison reads it: nulls dropped, Secret stringData
    // folded into base64 data, creationTimestamp and (unless kept) status removed.
    static nlohmann::json normalizedDesired(const nlohmann::json &desired, bool keepStatus = false);
    // A copy of a live object without server metadata and (unless kept) status/managedFields.
    static nlohmann::json normalizedLive(const nlohmann::json &live, bool keepStatus = false,
                                         bool keepManagedFields = false);
    // Folds Secret stringData into data in place (stringData wins, as the API server does).
    static void foldSecretStringData(nlohmann::json &secret);

    static bool isSecret(const nlohmann::json &object);
    static std::string kindOf(const nlohmann::json &object);
    static bool globMatch(QStringView pattern, QStringView text);
};

} // namespace driftdeck::drift
