// The PINs of the test kiosks' operators, in one place: the first technician
// tech1 (as `kioskctl init` is given it), and the supervisor sup1 and teller
// teller1 that tests add.
#pragma once

#include <QByteArray>
#include <QString>

namespace camie::test {

inline const QString kTechPin = QStringLiteral("4809135726");
inline const QString kSupervisorPin = QStringLiteral("6204175839");
inline const QString kTellerPin = QStringLiteral("730284");

// A PIN as typed to camie-kioskctl on its standard input: one line.
inline QByteArray pinLine(const QString& pin) {
  return pin.toLatin1() + '\n';
}

} // namespace camie::test
