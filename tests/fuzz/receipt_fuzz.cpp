// Fuzzes the receipt of a registry result (core/trust/receipt.h): one result
// object as /v1/batches and /v1/status answer it, its receipt read and
// checked against the example root of docs/api/registry.yaml (private key
// bytes 0..31), so the seed corpus holds receipts that verify.
#include "core/trust/receipt.h"
#include "example_roots.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QJsonObject result = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data),
                                                                static_cast<qsizetype>(size)))
                                 .object();
  const auto receipt = camie::trust::Receipt::fromJson(result.value(QStringLiteral("receipt")));
  if (!receipt)
    return 0;
  if (receipt->kid.isEmpty() || receipt->signature.size() != 64)
    __builtin_trap(); // fromJson promised both
  auto verified =
      receipt->verify(camie::fuzz::exampleRoots(), result.value(QStringLiteral("id")).toString(),
                      result.value(QStringLiteral("revision")).toInt(),
                      result.value(QStringLiteral("status")).toString(),
                      result.value(QStringLiteral("registrationNumber")).toString(), 1770000000);
  if (!verified && (verified.error().code.isEmpty() || verified.error().message.isEmpty()))
    __builtin_trap();
  // What it signs round-trips.
  auto again = camie::trust::Receipt::fromJson(receipt->toJson());
  if (!again || again->signature != receipt->signature || again->kid != receipt->kid)
    __builtin_trap();
  return 0;
}
