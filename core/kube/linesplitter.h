// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace driftdeck::kube {

// Splits a watch stream into lines: complete lines are handed out as they arrive, the
// unterminated remainder waits for the next chunk (events span chunks; a chunk holds several).
class LineSplitter
{
public:
    using LineFn = std::function<void(std::string_view line)>;

    // Calls `onLine` for every complete, non-empty line (without "\n" or "\r\n").
    void feed(std::string_view chunk, const LineFn &onLine);
    // The bytes kept for the next chunk.
    std::size_t pending() const { return m_buffer.size(); }
    // Forgets the pending bytes and an overflow (a new stream).
    void clear()
    {
        m_buffer.clear();
        m_overflowed = false;
    }

    // A line longer than this is a protocol error (a single object of 64 MiB): the pending
    // bytes are dropped, overflowed() is set and nothing more is handed out until clear().
    static constexpr std::size_t kMaxLine = std::size_t(64) << 20;
    bool overflowed() const { return m_overflowed; }

private:
    std::string m_buffer;
    bool m_overflowed = false;
};

} // namespace driftdeck::kube
