// SimCounters: what camdx-sim has seen since it started, for GET /_sim/summary
// (the registrations themselves are counted from sim.db and survive restarts).
#pragma once

#include <QtGlobal>

namespace camie::sim {

struct SimCounters {
  qint64 requests = 0;      // every request, admin ones excepted
  qint64 batchRequests = 0; // POST batches that reached the registry
  qint64 statusRequests = 0;
  qint64 referenceRequests = 0;
  qint64 notModified = 0; // 304 answers
  qint64 statsRequests = 0;
  qint64 recordsReceived = 0; // records in the batches that reached the registry
  qint64 rateLimited = 0;     // 429 from --max-rps
  qint64 tooLarge = 0;        // 413 from --max-batch
  qint64 xroadErrors = 0;     // X-Road errors raised by the gateway checks
};

} // namespace camie::sim
