// FaultSpec: one scripted fault (docs/camdx-sim.md) — its kind, the requests it
// applies to, how often, its parameters and its own seeded random source.
#pragma once

#include "core/util/result.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

#include <optional>
#include <random>

namespace camie::sim {

enum class FaultKind {
  // Whether a batch is stored is said per kind: "not stored" faults answer
  // before the registry sees the request, "stored" ones after.
  Latency,           // the request is handled `ms` later (stored even if the client left)
  ResetBeforeCommit, // TCP reset; not stored
  ResetAfterCommit,  // stored, then TCP reset: the acknowledgement is lost
  TooManyRequests,   // 429 with Retry-After; not stored
  Unavailable,       // 503 with Retry-After; not stored
  Truncate,          // stored; Content-Length larger than what is sent, then close
  XRoadError,        // an X-Road error (500 Server.* / 400 Client.*); not stored
  Trickle,           // stored; the answer sent a few bytes at a time
  WrongContentType,  // a text/html page instead of JSON (a proxy's page); not stored
  RetryRecords,      // records of a batch answered "retry" (not stored), the others stored
  RegressedAnchor,   // 409 audit_regressed, as if the kiosk's audit log went back; not stored
  // TRUST.md: the registry's signatures gone wrong (stored as usual).
  UnsignedKeys,    // GET reference/keys answers the old, unsigned document
  UnknownRootKeys, // ... a keys document signed by a root no kiosk trusts
  RolledBackKeys,  // ... a validly signed document with a lower serial
  MissingReceipt,  // accepted/duplicate results (batches, status) without a receipt
  ForgedReceipt,   // ... with a receipt signed by another key
};

struct FaultSpec {
  FaultKind kind = FaultKind::Latency;
  QString pathPattern = QStringLiteral("*"); // glob over the whole path; '*' also matches '/'
  QRegularExpression path;
  QString method;                    // empty: any
  std::optional<double> probability; // of applying to an eligible request (default 1)
  std::optional<qint64> count;       // applies at most this many times
  qint64 after = 0;                  // skips the first `after` matching requests

  int ms = 0;                  // latency
  int retryAfterSeconds = 1;   // 429, 503
  bool retryAfterDate = false; // Retry-After as an HTTP date instead of seconds
  double keep = 0.5;           // truncate: the fraction of the body sent
  int chunkBytes = 16;         // trickle
  int intervalMs = 20;         // trickle
  QString xroadType = QStringLiteral("Server.ServerProxy.NetworkError");
  QString message;                // xroad_error
  double recordProbability = 1.0; // retry_records: per record
  QString record;                 // retry_records: only this record id (empty: any)

  std::mt19937_64 random;
  qint64 seen = 0;  // matching requests so far
  qint64 fired = 0; // times applied

  // {"kind": "reset_after_commit", "path": "*/batches", "probability": 0.2, ...};
  // `seed` is used unless the object has its own "seed". Errors: "bad_scenario".
  [[nodiscard]] static Result<FaultSpec> fromJson(const QJsonObject& o, quint64 seed);
  // The --fault form: "KIND[:key=value,key=value...]", the keys as in JSON.
  [[nodiscard]] static Result<FaultSpec> fromFlag(const QString& spec, quint64 seed);

  static QString kindName(FaultKind kind);
  QString name() const { return kindName(kind); }
  bool matches(QStringView requestMethod, const QString& requestPath) const;
  // Counts a matching request and decides whether the fault applies to it.
  bool roll(bool evaluate);
  // retry_records: whether the record `id` is answered "retry".
  bool rollRecord(const QString& id) {
    if (!record.isEmpty() && id != record)
      return false;
    return std::bernoulli_distribution(recordProbability)(random);
  }
};

} // namespace camie::sim
