// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace driftdeck::drift {

// Masks Secret values Argo CD style: per key, every distinct value seen on any side (Git,
// live, last-applied) becomes a distinct run of '+' (8, 9, 10 ... characters), so a change
// stays visible and equal values stay equal without revealing anything.
class SecretMasker
{
public:
    // Registers the data values of one side (a Secret object; stringData must be folded).
    void collect(const nlohmann::json &secret);
    // Replaces data values with their masks and drops stringData and the last-applied
    // annotation (which holds the plain manifest).
    void apply(nlohmann::json &secret) const;
    std::string maskFor(const std::string &key, const std::string &value) const;

    // Folds stringData, masks both sides consistently (and the last-applied copy when given).
    static void maskPair(nlohmann::json &desired, nlohmann::json &live, nlohmann::json *lastApplied = nullptr);

private:
    std::map<std::string, std::map<std::string, std::string>> m_masks; // key -> value -> mask
};

} // namespace driftdeck::drift
