// SealedCopy: a record sealed to the registry's HPKE key — the key and suite
// it is sealed under, the encapsulated key and the ciphertext. The kiosk
// keeps it as it goes on the wire and cannot open it.
#pragma once

#include <QByteArray>
#include <QString>

namespace camie::wire {

struct SealedCopy {
  QString keyId;
  QString suite; // one of suite_names.h
  QByteArray enc;
  QByteArray ciphertext;
};

} // namespace camie::wire
