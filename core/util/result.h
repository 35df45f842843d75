// Result<T>: a value or an Error (a stable code and a message for people).
// Errors a caller must handle come back as values, never as exceptions.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace camie {

struct Error {
  QString code;    // stable, machine-readable: "storage_full", "bad_pin", ...
  QString message; // for the teller or technician, in words

  bool operator==(const Error&) const = default;
};

template <typename T>
class [[nodiscard]] Result {
public:
  Result(T value) : state_(std::move(value)) {}     // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {} // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &std::get<T>(state_); }
  T* operator->() { return &std::get<T>(state_); }

  const Error& error() const { return std::get<Error>(state_); }
  T value_or(T fallback) const& { return ok() ? value() : std::move(fallback); }

private:
  std::variant<T, Error> state_;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
  Result() = default;
  Result(Error error) : error_(std::move(error)) {} // NOLINT(google-explicit-constructor)

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *error_; }

private:
  std::optional<Error> error_;
};

inline Error makeError(QString code, QString message) {
  return Error{std::move(code), std::move(message)};
}

} // namespace camie
