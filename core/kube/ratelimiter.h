// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <mutex>

namespace driftdeck::kube {

// client-go's token bucket (flowcontrol.NewTokenBucketRateLimiter): `burst` requests at once,
// then `qps` per second. reserve() takes a token and says how long to wait before using it.
class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    RateLimiter(double qps, int burst);

    std::chrono::milliseconds reserve(Clock::time_point now = Clock::now());
    // Delays every request until `until` (a 429's Retry-After applies to the whole cluster).
    void pauseUntil(Clock::time_point until);
    // How long a request that takes no token (its caller bounds its own concurrency) waits:
    // only a Retry-After pause.
    std::chrono::milliseconds pauseLeft(Clock::time_point now = Clock::now());

    double qps() const { return m_qps; }
    int burst() const { return m_burst; }

private:
    const double m_qps;
    const int m_burst;
    std::mutex m_mutex;
    double m_tokens;
    Clock::time_point m_last;
    Clock::time_point m_pausedUntil{};
};

} // namespace driftdeck::kube
