// How backup and restore print a kiosk database's contents: records per
// status, operators, audit entries and the newest entry's time.
#pragma once

#include "core/store/database_check.h"

#include <QJsonObject>

namespace camie::app {

QJsonObject summaryJson(const store::DatabaseSummary& summary);
QString summaryText(const store::DatabaseSummary& summary);

} // namespace camie::app
