#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"
#include "core/crypto/tpm_context.h"
#include "core/store/record_reader.h"

namespace camie::app {
namespace {

// Whether the operators' key slots need this kiosk's TPM (docs/security.md):
// "bound", "unprotected" (no TPM configured: a copied database can be guessed
// at offline, at scrypt's cost), "partly bound" (slots written before the TPM
// was configured, bound at their next sign-in) or "tpm unreachable".
Result<QJsonObject> keyProtection(const CtlKiosk& kiosk, QString* text) {
  auto binding = kiosk.vault().slotBinding();
  if (!binding)
    return binding.error();
  const QString tcti = kiosk.config.tpmTcti;
  QJsonObject json{{QStringLiteral("operatorSlots"), binding->operatorSlots},
                   {QStringLiteral("tpmBoundSlots"), binding->tpmBound},
                   {QStringLiteral("tpm"), tcti.isEmpty() ? QJsonValue() : QJsonValue(tcti)}};
  const QString slotCount =
      QStringLiteral("%1 of %2 operator slots").arg(binding->tpmBound).arg(binding->operatorSlots);
  if (tcti.isEmpty()) {
    json.insert(QStringLiteral("protection"), QStringLiteral("unprotected"));
    *text = binding->tpmBound > 0
                ? QStringLiteral("key slots: %1 need a TPM, but none is configured "
                                 "([device] tpm): they cannot open here")
                      .arg(slotCount)
                : QStringLiteral("key slots: NOT protected by hardware (no TPM configured): a "
                                 "copied database can be guessed at offline, at scrypt's cost");
    return json;
  }
  auto tpm = crypto::TpmContext::open(tcti);
  auto lockout = tpm ? tpm->lockout() : Result<crypto::TpmLockout>(tpm.error());
  if (!lockout) {
    json.insert(QStringLiteral("protection"), QStringLiteral("tpm unreachable"));
    *text = QStringLiteral("key slots: the TPM %1 does not answer: %2")
                .arg(tcti, lockout.error().message);
    return json;
  }
  json.insert(QStringLiteral("lockout"),
              QJsonObject{{QStringLiteral("failures"), qint64(lockout->failures)},
                          {QStringLiteral("maxTries"), qint64(lockout->maxTries)},
                          {QStringLiteral("recoverySeconds"), qint64(lockout->recoverySeconds)}});
  const bool all = binding->tpmBound == binding->operatorSlots;
  json.insert(QStringLiteral("protection"),
              all ? QStringLiteral("bound") : QStringLiteral("partly bound"));
  *text = QStringLiteral("key slots: bound to this kiosk's TPM (%1), %2%3; the TPM locks out "
                         "after %4 wrong PINs and forgives one every %5 s (%6 now)")
              .arg(tcti, slotCount,
                   all ? QString() : QStringLiteral(" (the rest at their next sign-in)"))
              .arg(lockout->maxTries)
              .arg(lockout->recoverySeconds)
              .arg(lockout->failures);
  return json;
}

} // namespace

// `status`: records per status, how long the oldest queued one has waited,
// and whether the operators' key slots are bound to the kiosk's TPM.
int runStatusCommand(Cli& cli) {
  if (!cli.parse(QStringLiteral("status")))
    return 2;
  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
  if (!kiosk)
    return cli.printError(kiosk.error());
  store::RecordReader reader(*kiosk->db);
  auto counts = reader.countByStatus();
  if (!counts)
    return cli.printError(counts.error());
  auto oldest = reader.oldestQueuedCapturedAt();
  if (!oldest)
    return cli.printError(oldest.error());

  QJsonObject byStatus;
  QString text;
  using S = store::RecordStatus;
  for (S s :
       {S::Draft, S::Sealed, S::Sending, S::Exported, S::Accepted, S::Duplicate, S::Rejected}) {
    byStatus.insert(store::toString(s), counts->value(s));
    text += QStringLiteral("%1: %2\n").arg(store::toString(s), -10).arg(counts->value(s));
  }
  QJsonObject json{{QStringLiteral("deviceId"), kiosk->deviceId},
                   {QStringLiteral("counts"), byStatus}};
  if (*oldest) {
    const qint64 ageSeconds = (kiosk->clock->nowMs() - **oldest) / 1000;
    json.insert(QStringLiteral("oldestQueuedAgeSeconds"), ageSeconds);
    text += QStringLiteral("oldest queued: %1 s ago").arg(ageSeconds);
  } else {
    json.insert(QStringLiteral("oldestQueuedAgeSeconds"), QJsonValue::Null);
    text += QStringLiteral("nothing queued");
  }
  QString protectionText;
  auto protection = keyProtection(*kiosk, &protectionText);
  if (!protection)
    return cli.printError(protection.error());
  json.insert(QStringLiteral("keySlots"), *protection);
  text += u'\n' + protectionText;
  return cli.printResult(json, text);
}

} // namespace camie::app
