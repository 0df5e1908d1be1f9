// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace driftdeck::drift {

// A Kubernetes resource.Quantity reduced to an exact number of nano-units, so that spellings
// the API server treats alike compare equal: 1000m == 1, 1Gi == 1024Mi, 0.5Gi == 512Mi,
// 1e3 == 1k. Values finer than a nano-unit are rounded up, as the API server does.
class Quantity
{
public:
    __extension__ typedef __int128 Nanos;

    static std::optional<Quantity> parse(std::string_view text);

    Nanos nanos() const { return m_nanos; }
    bool operator==(const Quantity &) const = default;

private:
    explicit Quantity(Nanos nanos) : m_nanos(nanos) {}
    Nanos m_nanos = 0;
};

} // namespace driftdeck::drift
