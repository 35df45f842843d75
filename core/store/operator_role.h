// OperatorRole: what an operator may do. Tellers register; supervisors also
// reopen rejected records; technicians also manage operators and settings.
#pragma once

#include <QString>

#include <optional>

namespace camie::store {

enum class OperatorRole { Teller, Supervisor, Technician };

inline QString toString(OperatorRole role) {
  switch (role) {
  case OperatorRole::Teller:
    return QStringLiteral("teller");
  case OperatorRole::Supervisor:
    return QStringLiteral("supervisor");
  case OperatorRole::Technician:
    return QStringLiteral("technician");
  }
  return {};
}

inline std::optional<OperatorRole> operatorRoleFromString(QStringView text) {
  for (auto r : {OperatorRole::Teller, OperatorRole::Supervisor, OperatorRole::Technician}) {
    if (text == toString(r))
      return r;
  }
  return std::nullopt;
}

} // namespace camie::store
