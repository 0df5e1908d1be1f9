// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libfyaml.h>

namespace driftdeck::manifest {

// Owns one parser event: fy_parser_event_free needs the parser too, so this cannot be a
// UniqueHandle alias in core/common/fyhandle.h. Move-only.
class FyEvent
{
public:
    FyEvent() = default;
    FyEvent(fy_parser *parser, fy_event *event) : m_parser(parser), m_event(event) {}
    ~FyEvent() { reset(); }
    FyEvent(const FyEvent &) = delete;
    FyEvent &operator=(const FyEvent &) = delete;
    FyEvent(FyEvent &&o) noexcept : m_parser(o.m_parser), m_event(o.m_event) { o.m_event = nullptr; }
    FyEvent &operator=(FyEvent &&o) noexcept
    {
        if (this != &o) {
            reset();
            m_parser = o.m_parser;
            m_event = o.m_event;
            o.m_event = nullptr;
        }
        return *this;
    }

    // The next event of the parser; empty at the end of the stream or on an error.
    static FyEvent next(fy_parser *parser) { return FyEvent(parser, fy_parser_parse(parser)); }

    fy_event *get() const { return m_event; }
    fy_event *operator->() const { return m_event; }
    explicit operator bool() const { return m_event != nullptr; }

private:
    void reset()
    {
        if (m_event)
            fy_parser_event_free(m_parser, m_event);
        m_event = nullptr;
    }

    fy_parser *m_parser = nullptr;
    fy_event *m_event = nullptr;
};

} // namespace driftdeck::manifest
