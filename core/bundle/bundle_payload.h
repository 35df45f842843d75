// BundlePayload: the signed part of a bundle file — the JSON {bundleId,
// deviceId, createdAt, records: [...]}, each record a wire::SealedRecord.
// The reader parses the header first, to check it against the signer, and
// the records only after that.
#pragma once

#include "core/bundle/record_bundle.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace camie::bundle {

class BundlePayload {
public:
  // Compact JSON.
  static QByteArray write(const RecordBundle& bundle);
  // bundleId, deviceId and createdAt, no records. Errors: "bundle_format".
  [[nodiscard]] static Result<RecordBundle> readHeader(const QJsonObject& payload);
  // The header and every record (at most kMaxRecords, each read strictly,
  // no id twice). Errors: "bundle_format", "bundle_record" (naming the record
  // and its field).
  [[nodiscard]] static Result<RecordBundle> read(const QJsonObject& payload);
};

} // namespace camie::bundle
