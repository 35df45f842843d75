// DemoRegistrations: valid, synthetic registrations for the demo, the
// benchmarks and the tests (`camie-kioskctl demo-fill`). Every person gets
// unique markers — a Latin and a Khmer name part, an ID number and a phone
// number — so tests can prove that none of them reaches the disk in clear.
#pragma once

#include "core/domain/gazetteer.h"

#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <random>

namespace camie::domain {

struct DemoPerson {
  QJsonObject answers; // valid for the default form
  QStringList markers; // strings unique to this person, as they would be stored
};

class DemoRegistrations {
public:
  DemoRegistrations(const Gazetteer& gazetteer, QDate today, quint64 seed);

  DemoPerson next();

private:
  QString uniqueDigits(int count, QChar first);
  QString latinMarker();
  QString khmerMarker();

  QStringList villages_;
  QDate today_;
  std::mt19937_64 random_;
  QSet<QString> used_;
};

} // namespace camie::domain
