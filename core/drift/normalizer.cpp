// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/normalizer.h"

#include "core/drift/quantity.h"

#include <QByteArray>

#include <algorithm>
#include <array>

namespace driftdeck::drift {

namespace {

constexpr std::array<std::string_view, 12> kQuantityParents{
    "limits", "requests", "capacity", "allocatable", "hard", "used", "overhead",
    "default", "defaultRequest", "max", "min", "maxLimitRequestRatio"};

constexpr std::array<std::string_view, 8> kServerMetadata{
    "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "selfLink",
    "deletionTimestamp", "deletionGracePeriodSeconds"};

// Exact keys and prefixes (ending in '/') of labels and annotations nobody writes in Git.
constexpr std::array<std::string_view, 23> kSystemMetadata{
    "kubectl.kubernetes.io/last-applied-configuration",
    "deployment.kubernetes.io/",
    "kubernetes.io/metadata.name",
    "kustomize.toolkit.fluxcd.io/",
    "helm.toolkit.fluxcd.io/",
    "argocd.argoproj.io/tracking-id",
    "argocd.argoproj.io/instance",
    "app.kubernetes.io/instance", // Argo CD label tracking adds it; compared when Git sets it
    "meta.helm.sh/",
    "pv.kubernetes.io/",
    "volume.beta.kubernetes.io/",
    "volume.kubernetes.io/",
    "control-plane.alpha.kubernetes.io/",
    "endpoints.kubernetes.io/",
    "kubernetes.io/service-account.",
    "autoscaling.alpha.kubernetes.io/",
    "batch.kubernetes.io/",
    "controller-uid",
    "job-name",
    "pod-template-hash",
    "controller-revision-hash",
    "deprecated.daemonset.template.generation",
    "statefulset.kubernetes.io/pod-name"};

std::string numberText(const nlohmann::json &v)
{
    return v.is_string() ? v.get<std::string>() : v.dump();
}

void dropNulls(nlohmann::json &v)
{
    if (v.is_object()) {
        for (auto it = v.begin(); it != v.end();) {
            if (it->is_null()) {
                it = v.erase(it);
            } else {
                dropNulls(*it);
                ++it;
            }
        }
    } else if (v.is_array()) {
        for (auto &e : v)
            dropNulls(e);
    }
}

} // namespace

bool Normalizer::isQuantityField(std::string_view field, std::string_view parent)
{
    if (field == "sizeLimit" || field == "averageValue" || field == "storage")
        return true;
    if (field == "value" && parent == "target")
        return true;
    return std::find(kQuantityParents.begin(), kQuantityParents.end(), parent) != kQuantityParents.end();
}

bool Normalizer::scalarEquals(const nlohmann::json &git, const nlohmann::json &live, std::string_view field,
                              std::string_view parent)
{
    if (git == live)
        return true;
    const bool gitText = git.is_string() || git.is_number();
    const bool liveText = live.is_string() || live.is_number();
    if (!gitText || !liveText)
        return false;
    if (isQuantityField(field, parent)) {
        const auto a = Quantity::parse(numberText(git));
        const auto b = Quantity::parse(numberText(live));
        if (a && b)
            return *a == *b;
    }
    // int-or-string: 8080 and "8080" are one value.
    if (git.is_string() != live.is_string()) {
        const nlohmann::json &num = git.is_string() ? live : git;
        const nlohmann::json &str = git.is_string() ? git : live;
        return num.is_number_integer() && num.dump() == str.get_ref<const std::string &>();
    }
    return false;
}

bool Normalizer::isZero(const nlohmann::json &v)
{
    switch (v.type()) {
    case nlohmann::json::value_t::null: return true;
    case nlohmann::json::value_t::boolean: return !v.get<bool>();
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return v == 0;
    case nlohmann::json::value_t::string: return v.get_ref<const std::string &>().empty();
    case nlohmann::json::value_t::array: return v.empty();
    case nlohmann::json::value_t::object:
        return std::all_of(v.begin(), v.end(), [](const nlohmann::json &c) { return isZero(c); });
    default: return false;
    }
}

std::vector<std::string> Normalizer::mergeKeys(std::string_view field, const nlohmann::json &sample)
{
    if (field == "containers" || field == "initContainers" || field == "ephemeralContainers" || field == "env"
        || field == "volumes" || field == "imagePullSecrets" || field == "resourceClaims")
        return {"name"};
    if (field == "volumeMounts")
        return {"mountPath"};
    if (field == "volumeDevices")
        return {"devicePath"};
    if (field == "hostAliases")
        return {"ip"};
    if (field == "topologySpreadConstraints")
        return {"topologyKey", "whenUnsatisfiable"};
    if (field == "conditions")
        return {"type"};
    if (field == "ports" && sample.is_object()) {
        if (sample.contains("containerPort"))
            return {"containerPort", "protocol"};
        if (sample.contains("port"))
            return {"port", "protocol"};
    }
    return {};
}

bool Normalizer::addedElementsAreDrift(std::string_view field, const nlohmann::json &sample)
{
    // Status conditions are the only keyed list the server itself fills.
    return field != "conditions" && !mergeKeys(field, sample).empty();
}

bool Normalizer::mergeKeyValues(const nlohmann::json &element, const std::vector<std::string> &keys,
                                std::vector<std::pair<std::string, nlohmann::json>> &out)
{
    out.clear();
    if (!element.is_object())
        return false;
    for (const std::string &k : keys) {
        const auto it = element.find(k);
        if (it == element.end() || it->is_null()) {
            if (k == "protocol") {
                out.emplace_back(k, "TCP");
                continue;
            }
            return false;
        }
        out.emplace_back(k, *it);
    }
    return true;
}

bool Normalizer::mergeKeyRefs(const nlohmann::json &element, const std::vector<std::string> &keys,
                              std::vector<const nlohmann::json *> &out)
{
    static const nlohmann::json kTcp = "TCP";
    out.clear();
    if (!element.is_object())
        return false;
    for (const std::string &k : keys) {
        const auto it = element.find(k);
        if (it == element.end() || it->is_null()) {
            if (k == "protocol") {
                out.push_back(&kTcp);
                continue;
            }
            return false;
        }
        out.push_back(&*it);
    }
    return true;
}

bool Normalizer::isFreeFormMap(std::string_view field, std::string_view parent, int depth, std::string_view kind)
{
    if ((field == "labels" || field == "annotations") && parent == "metadata")
        return true;
    if (field == "nodeSelector" || field == "matchLabels")
        return true;
    if (depth == 0 && (field == "data" || field == "binaryData") && (kind == "ConfigMap" || kind == "Secret"))
        return true;
    return depth == 1 && field == "selector" && parent == "spec" && kind == "Service";
}

bool Normalizer::isSystemMetadataKey(std::string_view key, const QStringList &extraGlobs)
{
    for (const std::string_view s : kSystemMetadata) {
        if (s.back() == '/' || s.back() == '.') {
            if (key.substr(0, s.size()) == s)
                return true;
        } else if (key == s) {
            return true;
        }
    }
    if (!extraGlobs.isEmpty()) {
        const QString k = QString::fromUtf8(key.data(), qsizetype(key.size()));
        for (const QString &g : extraGlobs) {
            if (globMatch(g, k))
                return true;
        }
    }
    return false;
}

bool Normalizer::isServerMetadataField(std::string_view field)
{
    return std::find(kServerMetadata.begin(), kServerMetadata.end(), field) != kServerMetadata.end();
}

bool Normalizer::isServerAddedElement(std::string_view field, const nlohmann::json &element)
{
    if (field != "volumes" && field != "volumeMounts")
        return false;
    const auto name = element.find("name");
    return name != element.end() && name->is_string()
        && name->get_ref<const std::string &>().rfind("kube-api-access-", 0) == 0;
}

bool Normalizer::isSecret(const nlohmann::json &object)
{
    const auto kind = object.find("kind");
    const auto api = object.find("apiVersion");
    return kind != object.end() && *kind == "Secret" && (api == object.end() || *api == "v1");
}

std::string Normalizer::kindOf(const nlohmann::json &object)
{
    const auto kind = object.find("kind");
    return kind != object.end() && kind->is_string() ? kind->get<std::string>() : std::string();
}

void Normalizer::foldSecretStringData(nlohmann::json &secret)
{
    const auto sd = secret.find("stringData");
    if (sd == secret.end())
        return;
    if (sd->is_object()) {
        nlohmann::json &data = secret["data"];
        if (!data.is_object())
            data = nlohmann::json::object();
        for (auto it = sd->begin(); it != sd->end(); ++it) {
            if (!it->is_string())
                continue;
            const std::string &plain = it->get_ref<const std::string &>();
            const QByteArray encoded = QByteArray(plain.data(), qsizetype(plain.size())).toBase64();
            data[it.key()] = encoded.toStdString();
        }
    }
    secret.erase("stringData");
}

nlohmann::json Normalizer::normalizedDesired(const nlohmann::json &desired, bool keepStatus)
{
    nlohmann::json d = desired;
    if (!d.is_object())
        return d;
    dropNulls(d);
    if (isSecret(d))
        foldSecretStringData(d);
    if (!keepStatus)
        d.erase("status");
    const auto meta = d.find("metadata");
    if (meta != d.end() && meta->is_object()) {
        for (const std::string_view f : kServerMetadata)
            meta->erase(std::string(f));
    }
    return d;
}

nlohmann::json Normalizer::normalizedLive(const nlohmann::json &live, bool keepStatus, bool keepManagedFields)
{
    nlohmann::json l = live;
    if (!l.is_object())
        return l;
    dropNulls(l);
    if (!keepStatus)
        l.erase("status");
    const auto meta = l.find("metadata");
    if (meta != l.end() && meta->is_object()) {
        for (const std::string_view f : kServerMetadata) {
            if (keepManagedFields && f == "managedFields")
                continue;
            meta->erase(std::string(f));
        }
    }
    return l;
}

bool Normalizer::globMatch(QStringView pattern, QStringView text)
{
    if (pattern.isEmpty() || pattern == u"*")
        return true;
    if (!pattern.contains(u'*') && !pattern.contains(u'?'))
        return pattern == text;
    // Iterative glob with backtracking over the last '*'.
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace driftdeck::drift
