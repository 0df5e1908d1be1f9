// SPDX-License-Identifier: GPL-3.0-or-later
// The watch stream: chunks split into lines (chunk sizes taken from the input), each line
// decoded as a watch event.
#include "core/kube/linesplitter.h"
#include "core/kube/watchevent.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

using namespace driftdeck::kube;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses the chunking, so lines spanning chunks are exercised.
    const size_t chunk = size_t(data[0]) + 1;
    const std::string_view stream(reinterpret_cast<const char *>(data + 1), size - 1);
    LineSplitter splitter;
    std::string joined;
    size_t lines = 0;
    for (size_t at = 0; at < stream.size(); at += chunk) {
        splitter.feed(stream.substr(at, chunk), [&](std::string_view line) {
            if (line.empty() || line.find('\n') != std::string_view::npos)
                std::abort();
            ++lines;
            joined.append(line);
            const WatchEvent ev = WatchEvent::decode(line);
            if (ev.type == WatchEvent::Type::Invalid) {
                if (ev.parseError.empty())
                    std::abort();
            } else if (!ev.object.is_object()) {
                std::abort();
            }
            (void)ev.resourceVersion();
            (void)ev.statusCode();
            (void)ev.statusMessage();
        });
    }
    if (splitter.pending() > stream.size())
        std::abort();
    // The same stream in one chunk yields the same lines.
    LineSplitter whole;
    std::string again;
    size_t linesAgain = 0;
    whole.feed(stream, [&](std::string_view line) {
        ++linesAgain;
        again.append(line);
    });
    if (again != joined || linesAgain != lines || whole.pending() != splitter.pending())
        std::abort();
    return 0;
}
