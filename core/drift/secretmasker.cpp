// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/secretmasker.h"

#include "core/drift/normalizer.h"

namespace driftdeck::drift {

namespace {
constexpr size_t kFirstMaskLength = 8;
constexpr const char *kLastApplied = "kubectl.kubernetes.io/last-applied-configuration";
} // namespace

void SecretMasker::collect(const nlohmann::json &secret)
{
    const auto data = secret.find("data");
    if (data == secret.end() || !data->is_object())
        return;
    for (auto it = data->begin(); it != data->end(); ++it) {
        auto &values = m_masks[it.key()];
        const std::string value = it->is_string() ? it->get<std::string>() : it->dump();
        if (values.find(value) == values.end())
            values.emplace(value, std::string(kFirstMaskLength + values.size(), '+'));
    }
}

std::string SecretMasker::maskFor(const std::string &key, const std::string &value) const
{
    const auto k = m_masks.find(key);
    if (k != m_masks.end()) {
        const auto v = k->second.find(value);
        if (v != k->second.end())
            return v->second;
    }
    return std::string(kFirstMaskLength, '+');
}

void SecretMasker::apply(nlohmann::json &secret) const
{
    if (!secret.is_object())
        return;
    secret.erase("stringData");
    const auto data = secret.find("data");
    if (data != secret.end() && data->is_object()) {
        for (auto it = data->begin(); it != data->end(); ++it) {
            const std::string value = it->is_string() ? it->get<std::string>() : it->dump();
            *it = maskFor(it.key(), value);
        }
    }
    const auto meta = secret.find("metadata");
    if (meta != secret.end() && meta->is_object()) {
        const auto ann = meta->find("annotations");
        if (ann != meta->end() && ann->is_object() && ann->contains(kLastApplied))
            (*ann)[kLastApplied] = std::string(kFirstMaskLength, '+');
    }
}

void SecretMasker::maskPair(nlohmann::json &desired, nlohmann::json &live, nlohmann::json *lastApplied)
{
    Normalizer::foldSecretStringData(desired);
    Normalizer::foldSecretStringData(live);
    if (lastApplied)
        Normalizer::foldSecretStringData(*lastApplied);
    SecretMasker masker;
    masker.collect(desired);
    masker.collect(live);
    if (lastApplied)
        masker.collect(*lastApplied);
    masker.apply(desired);
    masker.apply(live);
    if (lastApplied)
        masker.apply(*lastApplied);
}

} // namespace driftdeck::drift
