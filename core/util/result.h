// Result<T>: a value or an Error (a stable code, its kind for callers that
// tell failures apart, and a message for people).
// Errors a caller must handle come back as values, never as exceptions.
// The one result family of the kiosk: a module whose failures say more than
// an Error names its own failure type E (sync::Outcome<T> is
// Result<T, sync::SyncFailure>, with the Error inside it).
#pragma once

#include "core/util/error_kind.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace camie {

struct Error {
  QString code;    // stable, machine-readable: "storage_full", "bad_pin", ...
  QString message; // for the teller or technician, in words
  // What callers compare (never `code`): set from the code by makeError.
  ErrorKind kind = ErrorKind::Other;

  bool operator==(const Error&) const = default;
};

template <typename T, typename E = Error>
class [[nodiscard]] Result {
public:
  Result(T value) : state_(std::move(value)) {} // NOLINT(google-explicit-constructor)
  Result(E error) : state_(std::move(error)) {} // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &std::get<T>(state_); }
  T* operator->() { return &std::get<T>(state_); }

  const E& error() const { return std::get<E>(state_); }
  T value_or(T fallback) const& { return ok() ? value() : std::move(fallback); }

private:
  std::variant<T, E> state_;
};

// Result<void>: success or an error.
template <typename E>
class [[nodiscard]] Result<void, E> {
public:
  Result() = default;
  Result(E error) : error_(std::move(error)) {} // NOLINT(google-explicit-constructor)

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const E& error() const { return *error_; }

private:
  std::optional<E> error_;
};

inline Error makeError(QString code, QString message) {
  const ErrorKind kind = errorKindOf(code);
  return Error{std::move(code), std::move(message), kind};
}

// An error of a kind with one code (not Other, Storage or Tls).
inline Error makeError(ErrorKind kind, QString message) {
  return Error{codeOf(kind), std::move(message), kind};
}

} // namespace camie
