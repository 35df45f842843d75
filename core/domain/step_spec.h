// StepSpec: one screen of a form — its id, its title and the fields it asks, in order.
#pragma once

#include "core/domain/localized_text.h"

#include <QString>
#include <QStringList>

namespace camie::domain {

struct StepSpec {
  QString id;
  LocalizedText label;
  QStringList fieldIds;
};

} // namespace camie::domain
