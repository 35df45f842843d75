// The cost of one offline guess at an operator's PIN or passphrase, for someone
// holding a copy of the kiosk database: scrypt alone (a kiosk without a TPM,
// ScryptParams::defaults()) and scrypt + the TPM's HMAC (a kiosk with one,
// ScryptParams::tpmBound(), against swtpm started here as the tests start it:
// tests/support/swtpm_daemon.h). Each goes through
// SlotKek, the derivation sign-in uses. JSON lines; the figures for
// docs/security.md are worked out from them (a 6-digit PIN, 10 digits, 10
// characters from [a-z0-9]).
//
//   build/release/bench/camie_offline_guess_bench [--rounds N]
#include "bench_util.h"
#include "core/crypto/tpm_context.h"
#include "core/store/slot_kek.h"
#include "support/swtpm_daemon.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <utility>

using namespace camie;

namespace {

constexpr double kPin6 = 1e6;
const double kDigits10 = 1e10;
const double kChars10 = std::pow(36.0, 10); // lower-case letters and digits

double loadAverage() {
  double load[1] = {0};
  return getloadavg(load, 1) == 1 ? load[0] : -1;
}

// Median wall and CPU ms of `rounds` derivations of `kdf` from `secret` (CPU
// time: what a guess costs a core, whatever else the machine is doing);
// {-1, -1} if one fails.
std::pair<double, double> medianDerive(const store::SlotKek& kek, const store::SlotKdf& kdf,
                                       QByteArrayView secret, int rounds) {
  std::vector<double> wall;
  std::vector<double> cpu;
  for (int i = 0; i < rounds; ++i) {
    QElapsedTimer t;
    t.start();
    const double cpu0 = bench::threadCpuMs();
    auto key = kek.derive(secret, kdf);
    if (!key || !*key)
      return {-1, -1};
    cpu.push_back(bench::threadCpuMs() - cpu0);
    wall.push_back(bench::msSince(t));
  }
  return {bench::percentile(wall, 50), bench::percentile(cpu, 50)};
}

QJsonObject costs(double secondsPerGuess) {
  return {{QStringLiteral("pin6_core_hours"), kPin6 * secondsPerGuess / 3600},
          {QStringLiteral("digits10_core_years"), kDigits10 * secondsPerGuess / 86400 / 365},
          {QStringLiteral("chars10_core_years"), kChars10 * secondsPerGuess / 86400 / 365}};
}

} // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const int rounds =
      app.arguments().contains(QStringLiteral("--rounds"))
          ? app.arguments().value(app.arguments().indexOf(QStringLiteral("--rounds")) + 1).toInt()
          : 10;
  const QByteArray pin = "480913";

  // A kiosk without a TPM: scrypt alone, at the raised cost.
  {
    const store::SlotKek kek{QString()};
    auto made = kek.create(pin, crypto::ScryptParams::defaults());
    if (!made)
      return 1;
    const auto [ms, cpuMs] = medianDerive(kek, made->first, pin, rounds);
    const crypto::ScryptParams& p = made->first.scrypt;
    QJsonObject line{{QStringLiteral("bench"), QStringLiteral("offline_guess")},
                     {QStringLiteral("case"), QStringLiteral("scrypt_only")},
                     {QStringLiteral("n"), qint64(p.n)},
                     {QStringLiteral("r"), qint64(p.r)},
                     {QStringLiteral("p"), qint64(p.p)},
                     {QStringLiteral("median_ms"), ms},
                     {QStringLiteral("median_cpu_ms"), cpuMs},
                     {QStringLiteral("load_average"), loadAverage()},
                     {QStringLiteral("budget_ms"), 400}};
    const QJsonObject c = costs(cpuMs / 1000);
    for (auto it = c.begin(); it != c.end(); ++it)
      line.insert(it.key(), it.value());
    bench::printLine(line);
  }

  // A kiosk with a TPM (swtpm here): scrypt at the TPM-bound cost, then the
  // TPM's HMAC; guesses then go at the pace of the TPM's lockout.
  const QString swtpm = QStandardPaths::findExecutable(QStringLiteral("swtpm"));
  if (swtpm.isEmpty()) {
    bench::printLine({{QStringLiteral("bench"), QStringLiteral("offline_guess")},
                      {QStringLiteral("case"), QStringLiteral("scrypt_tpm")},
                      {QStringLiteral("skipped"), QStringLiteral("swtpm not installed")}});
    return 0;
  }
  QTemporaryDir state;
  test::SwtpmDaemon tpmDaemon(state.path());
  if (const Result<void> started = tpmDaemon.start(); !started) {
    std::fprintf(stderr, "offline_guess_bench: %s\n", qUtf8Printable(started.error().message));
    return 1;
  }
  const QString tcti = tpmDaemon.tcti(); // it listens once started
  const Result<crypto::TpmLockout> lockout = [&tcti]() -> Result<crypto::TpmLockout> {
    auto tpm = crypto::TpmContext::open(tcti); // closed again before the guesses
    if (!tpm)
      return tpm.error();
    return tpm->lockout();
  }();
  if (!lockout)
    return 1;
  const store::SlotKek kek{tcti};
  auto made = kek.create(pin, crypto::ScryptParams::tpmBound());
  if (!made)
    return 1;
  const auto [total, totalCpu] = medianDerive(kek, made->first, pin, rounds);
  const auto [scryptMs, scryptCpu] = medianDerive(
      store::SlotKek{QString()}, store::SlotKdf{made->first.scrypt, std::nullopt}, pin, rounds);
  tpmDaemon.stop();

  const double perDay = 86400.0 / std::max<quint32>(lockout->recoverySeconds, 1);
  QJsonObject line{
      {QStringLiteral("bench"), QStringLiteral("offline_guess")},
      {QStringLiteral("case"), QStringLiteral("scrypt_tpm")},
      {QStringLiteral("n"), qint64(made->first.scrypt.n)},
      {QStringLiteral("median_ms"), total},
      {QStringLiteral("scrypt_ms"), scryptMs},
      {QStringLiteral("scrypt_cpu_ms"), scryptCpu},
      {QStringLiteral("tpm_ms"), total - scryptMs},
      {QStringLiteral("load_average"), loadAverage()},
      // If the lockout were bypassed, the TPM alone still serialises guesses:
      {QStringLiteral("pin6_hours_at_tpm_speed"), kPin6 * (total - scryptMs) / 1000 / 3600},
      {QStringLiteral("tpm"), QStringLiteral("swtpm")},
      {QStringLiteral("da_max_tries"), qint64(lockout->maxTries)},
      {QStringLiteral("da_recovery_s"), qint64(lockout->recoverySeconds)},
      {QStringLiteral("guesses_per_day_in_lockout"), perDay},
      {QStringLiteral("pin6_days"), kPin6 / perDay},
      {QStringLiteral("digits10_years"), kDigits10 / perDay / 365},
      {QStringLiteral("chars10_years"), kChars10 / perDay / 365}};
  bench::printLine(line);
  return 0;
}
