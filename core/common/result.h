// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace driftdeck {

// An error that crosses a layer: `message` is for the person in front of the screen (already
// translated where it is shown), `cause` is the technical detail for logs and "Details…".
struct Error
{
    QString message;
    QString cause;

    Error() = default;
    Error(QString userMessage, QString technicalCause = {})
        : message(std::move(userMessage)), cause(std::move(technicalCause)) {}

    // "message (cause)" or just the message when there is no separate cause.
    QString fullText() const;
    bool operator==(const Error &) const = default;
};

// A value or an Error; the small std::expected we need until C++23.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

    template<typename U>
    T valueOr(U &&fallback) const &
    {
        return ok() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

    // Applies f to the value, passing an error through unchanged.
    template<typename F>
    auto map(F &&f) const & -> Result<decltype(f(std::declval<const T &>()))>
    {
        if (ok())
            return f(value());
        return error();
    }

private:
    std::variant<T, Error> m_data;
};

// Success without a value.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Result<void> success()
{
    return {};
}

} // namespace driftdeck
