#pragma once

#include <QString>
#include <QtGlobal>

#include <type_traits>
#include <utility>
#include <variant>

namespace dojo {

// The error side of a Result: `return Unexpected(tr("..."));`.
template<typename E> class Unexpected
{
public:
    explicit Unexpected(E error)
        : m_error(std::move(error))
    {
    }
    const E &error() const & { return m_error; }
    E &&error() && { return std::move(m_error); }

private:
    E m_error;
};

template<typename E> Unexpected(E) -> Unexpected<E>;

namespace internal {
template<typename T> inline constexpr bool kIsUnexpected = false;
template<typename E> inline constexpr bool kIsUnexpected<Unexpected<E>> = true;

// What a Result<T> may be made from: a T, or anything a T is made from, but never a Result
// (that is its copy and move) or an Unexpected (that is its error).
template<typename U, typename T, typename Self>
concept ValueOf = std::is_constructible_v<T, U &&> && !std::is_same_v<
                      std::remove_cvref_t<U>, Self> && !kIsUnexpected<std::remove_cvref_t<U>>;

// An error G that a Result's error E can be made from.
template<typename G, typename E>
concept ErrorOf = std::is_constructible_v<E, G>;
} // namespace internal

// A value, or the reason there is none: the one way DojoPool reports failure (no exceptions,
// no out-parameters, no lastError()). Shaped like C++23's std::expected, which this compiler's
// library lacks, so that it can become an alias of it one day. The error is a sentence for a
// person (QString) unless a module says otherwise (the rules answer with a Refusal code).
template<typename T, typename E = QString> class [[nodiscard]] Result
{
public:
    using value_type = T;
    using error_type = E;

    // ValueOf excludes Result itself, so this never hides the copy and move constructors.
    template<internal::ValueOf<T, Result> U = T>
    explicit(!std::is_convertible_v<U &&, T>) Result(U &&value) // NOLINT(bugprone-forwarding-*)
        : m_state(std::in_place_index<0>, std::forward<U>(value))
    {
    }
    template<internal::ErrorOf<E> G>
    Result(const Unexpected<G> &error)
        : m_state(std::in_place_index<1>, error.error())
    {
    }
    template<internal::ErrorOf<E> G>
    Result(Unexpected<G> &&error)
        : m_state(std::in_place_index<1>, std::move(error).error())
    {
    }

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T &value() &
    {
        Q_ASSERT(has_value());
        return std::get<0>(m_state);
    }
    const T &value() const &
    {
        Q_ASSERT(has_value());
        return std::get<0>(m_state);
    }
    T &&value() &&
    {
        Q_ASSERT(has_value());
        return std::get<0>(std::move(m_state));
    }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    template<typename U> T value_or(U &&fallback) const &
    {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

    const E &error() const &
    {
        Q_ASSERT(!has_value());
        return std::get<1>(m_state);
    }
    E &&error() &&
    {
        Q_ASSERT(!has_value());
        return std::get<1>(std::move(m_state));
    }

private:
    std::variant<T, E> m_state;
};

// Success with nothing to hand back, or the reason it failed.
template<typename E> class [[nodiscard]] Result<void, E>
{
public:
    using value_type = void;
    using error_type = E;

    Result() = default;
    template<internal::ErrorOf<E> G>
    Result(const Unexpected<G> &error)
        : m_error(error.error())
        , m_failed(true)
    {
    }
    template<internal::ErrorOf<E> G>
    Result(Unexpected<G> &&error)
        : m_error(std::move(error).error())
        , m_failed(true)
    {
    }

    bool has_value() const { return !m_failed; }
    explicit operator bool() const { return has_value(); }

    const E &error() const &
    {
        Q_ASSERT(m_failed);
        return m_error;
    }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace dojo
