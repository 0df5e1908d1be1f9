// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <utility>

namespace driftdeck {

// Owns one C handle and frees it with a fixed function: one small alias per library
// (curlhandle.h, githandle.h, fyhandle.h) so business code never calls a free function.
template<auto FreeFn>
struct HandleDeleter
{
    template<typename T>
    void operator()(T *handle) const noexcept
    {
        if (handle)
            FreeFn(handle);
    }
};

template<typename T, auto FreeFn>
using UniqueHandle = std::unique_ptr<T, HandleDeleter<FreeFn>>;

// For C APIs that return the handle through an out-parameter: `git_x(out(handle), ...)`.
template<typename Ptr>
class OutParam
{
public:
    explicit OutParam(Ptr &owner) : m_owner(owner) {}
    ~OutParam() { m_owner.reset(m_raw); }
    OutParam(const OutParam &) = delete;
    OutParam &operator=(const OutParam &) = delete;
    operator typename Ptr::pointer *() noexcept { return &m_raw; }

private:
    Ptr &m_owner;
    typename Ptr::pointer m_raw = nullptr;
};

template<typename Ptr>
OutParam<Ptr> out(Ptr &owner)
{
    return OutParam<Ptr>(owner);
}

} // namespace driftdeck
