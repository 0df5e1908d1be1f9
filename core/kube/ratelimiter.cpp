// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace driftdeck::kube {

RateLimiter::RateLimiter(double qps, int burst)
    : m_qps(qps > 0 ? qps : 1e9), m_burst(std::max(1, burst)), m_tokens(m_burst), m_last(Clock::now())
{
}

std::chrono::milliseconds RateLimiter::reserve(Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    if (now > m_last) {
        const double elapsed = std::chrono::duration<double>(now - m_last).count();
        m_tokens = std::min<double>(m_burst, m_tokens + elapsed * m_qps);
        m_last = now;
    }
    m_tokens -= 1.0;
    double waitSeconds = m_tokens >= 0 ? 0.0 : -m_tokens / m_qps;
    if (m_pausedUntil > now)
        waitSeconds = std::max(waitSeconds, std::chrono::duration<double>(m_pausedUntil - now).count());
    return std::chrono::milliseconds(static_cast<long long>(std::ceil(waitSeconds * 1000.0)));
}

std::chrono::milliseconds RateLimiter::pauseLeft(Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    if (m_pausedUntil <= now)
        return std::chrono::milliseconds(0);
    return std::chrono::ceil<std::chrono::milliseconds>(m_pausedUntil - now);
}

void RateLimiter::pauseUntil(Clock::time_point until)
{
    std::lock_guard lock(m_mutex);
    m_pausedUntil = std::max(m_pausedUntil, until);
}

} // namespace driftdeck::kube
