// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/backoff.h"

#include <algorithm>

namespace driftdeck::kube {

Backoff::Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds max, double jitter, unsigned seed)
    : m_initial(initial), m_max(max), m_jitter(jitter), m_current(initial), m_random(seed)
{
}

std::chrono::milliseconds Backoff::next()
{
    const auto base = m_current;
    ++m_attempts;
    m_current = std::min(m_max, m_current * 2);
    std::uniform_real_distribution<double> dist(0.0, m_jitter);
    const double factor = 1.0 + dist(m_random);
    return std::chrono::milliseconds(static_cast<long long>(static_cast<double>(base.count()) * factor));
}

} // namespace driftdeck::kube
