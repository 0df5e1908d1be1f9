// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/linesplitter.h"

namespace driftdeck::kube {

namespace {

void emitLine(std::string_view line, const LineSplitter::LineFn &onLine)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    if (!line.empty())
        onLine(line);
}

} // namespace

void LineSplitter::feed(std::string_view chunk, const LineFn &onLine)
{
    while (!chunk.empty() && !m_overflowed) {
        const auto nl = chunk.find('\n');
        const std::size_t piece = nl == std::string_view::npos ? chunk.size() : nl;
        if (m_buffer.size() + piece > kMaxLine) {
            m_overflowed = true;
            m_buffer.clear();
            m_buffer.shrink_to_fit();
            return;
        }
        if (nl == std::string_view::npos) {
            m_buffer.append(chunk);
            return;
        }
        if (m_buffer.empty()) {
            emitLine(chunk.substr(0, nl), onLine); // common case: no copy
        } else {
            m_buffer.append(chunk.substr(0, nl));
            std::string line = std::move(m_buffer);
            m_buffer.clear();
            emitLine(line, onLine);
        }
        chunk.remove_prefix(nl + 1);
    }
}

} // namespace driftdeck::kube
