#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace bg {

/// The outcome of an operation that can fail with a message for a person: a value or an error.
/// I/O results are values; no exceptions cross module boundaries or signals.
template <class T>
class Result {
public:
    static Result ok(T value) { return Result(std::move(value), {}); }
    static Result fail(QString error) { return Result(std::nullopt, std::move(error)); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const QString& error() const { return m_error; }

private:
    Result(std::optional<T> v, QString e) : m_value(std::move(v)), m_error(std::move(e)) {}
    std::optional<T> m_value;
    QString m_error;
};

/// A Result without a value.
class Status {
public:
    static Status ok() { return Status({}); }
    static Status fail(QString error) { return Status(std::move(error)); }
    bool isOk() const { return m_error.isEmpty(); }
    explicit operator bool() const { return isOk(); }
    const QString& error() const { return m_error; }

private:
    explicit Status(QString e) : m_error(std::move(e)) {}
    QString m_error;
};

}  // namespace bg

/// Assert in debug, recover in release: evaluates `cond`; when false, asserts in debug builds and
/// logs a warning in release builds, then runs the statement that follows (`else` branch).
///   VERIFY_OR_DEBUG_ASSERT(ptr) { return; }
#define VERIFY_OR_DEBUG_ASSERT(cond)                                                               \
    if (Q_LIKELY(cond)) {                                                                          \
    } else if ((Q_ASSERT_X(false, Q_FUNC_INFO, #cond),                                             \
                qWarning("VERIFY_OR_DEBUG_ASSERT failed: %s at %s:%d", #cond, __FILE__, __LINE__), \
                true))
