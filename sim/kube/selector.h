// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kubesim {

// A label selector (=, ==, !=, in, notin, exists, !exists) or a field selector
// (metadata.name, metadata.namespace with =, ==, !=).
class Selector
{
public:
    static Selector parseLabels(const std::string &text, std::string *error);
    static Selector parseFields(const std::string &text, std::string *error);

    bool empty() const { return m_requirements.empty(); }
    bool matches(const nlohmann::json &object) const;

private:
    enum class Op { Equals, NotEquals, In, NotIn, Exists, NotExists };
    struct Requirement {
        std::string key;
        Op op = Op::Equals;
        std::vector<std::string> values;
    };
    bool m_fields = false;
    std::vector<Requirement> m_requirements;
};

} // namespace kubesim
