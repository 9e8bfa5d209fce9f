#pragma once

// The error contract of habeas_core: every fallible operation returns a
// Result<T>, which holds either a value or an Error. Core never throws across
// its API; the UI and the CLI turn an Error into a message box or a line on
// stderr. Error::message is written for the person at the desk (translated);
// Error::detail carries the technical cause (SQLite code and text, errno) for
// logs and support, and never holds personal data.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace habeas {

enum class ErrorCode {
    InvalidArgument,
    NotFound,          // no such request, processing, deliberation, condition or document
    IllegalTransition, // the workflow does not allow that move from the current state
    Conflict,          // someone else changed the record since it was read
    TooLate,           // a time limit has passed (an extension after the first deadline)
    UnsupportedFormat, // a file of a kind Habeas does not take
    DamagedInput,      // a file that is truncated or cannot be decoded
    TooLarge,          // a file or image over the limits
    WrongPassword,
    UnknownAccount,
    AccountDisabled,
    Throttled,
    PermissionDenied,
    PasswordRejected,
    DatabaseMissing,
    KeyFileMissing,
    KeyFileCorrupt,
    DatabaseCorrupt,
    NewerVersion,
    Locked,
    ReadOnlyLocation,
    DiskFull,
    AlreadyExists,
    CipherInactive,
    Io,
    Sql,
    NotOpen,
    Internal,
};

struct Error final {
    ErrorCode code = ErrorCode::Internal;
    QString message; // for the user, already translated
    QString detail;  // technical cause; never personal data
    QString field;   // the input it is about ("rights", "agent.mandate"), for forms; may be empty
};

template <typename T>
class [[nodiscard]] Result final {
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

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> final {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail), {}};
}

// A value the person must correct: InvalidArgument about one input field.
inline Error invalidInput(QString field, QString message)
{
    return Error{ErrorCode::InvalidArgument, std::move(message), {}, std::move(field)};
}

} // namespace habeas
