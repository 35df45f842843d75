#include "core/wire/seal_info.h"

namespace camie::wire {

QByteArray sealInfo(const QString& id, int revision, const QString& keyId) {
  return QStringLiteral("camie/v1 %1 %2 %3").arg(id).arg(revision).arg(keyId).toUtf8();
}

} // namespace camie::wire
