// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <random>

namespace driftdeck::kube {

// Exponential back-off with jitter, as client-go's reflector (800 ms initial, doubling to a
// 30 s cap, 1.0 jitter factor: each delay is uniformly in [d, 2d) capped at 2*max); reset()
// after a healthy period.
class Backoff
{
public:
    explicit Backoff(std::chrono::milliseconds initial = std::chrono::milliseconds(800),
                     std::chrono::milliseconds max = std::chrono::seconds(30), double jitter = 1.0,
                     unsigned seed = std::random_device{}());

    std::chrono::milliseconds next();
    void reset() { m_current = m_initial; m_attempts = 0; }
    int attempts() const { return m_attempts; }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_max;
    double m_jitter;
    std::chrono::milliseconds m_current;
    int m_attempts = 0;
    std::mt19937 m_random;
};

} // namespace driftdeck::kube
