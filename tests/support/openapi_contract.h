// OpenApiContract: docs/api/registry.yaml (read with libyaml) and a small JSON-Schema
// checker, so tests can prove that the kiosk and camdx-sim speak the contract.
#pragma once

#include "core/util/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace camie::test {

// The schema subset: type, nullable, required, properties, additionalProperties:
// false, items, enum, pattern, minimum/maximum, format (date-time, uuid, byte;
// loosely) and local $ref. Unknown keywords are ignored.
class OpenApiContract {
public:
  // An `example` (or one of `examples`) found anywhere in the document, with
  // the schema it must satisfy.
  struct Example {
    QString pointer; // JSON pointer of the object holding it, e.g. "/paths/~1v1~1batches/post/..."
    QString method;  // "POST" for examples under /paths, else ""
    QString path;    // the spec's path template, "/v1/batches", else ""
    int status = 0;  // the response status; 0 for a request body or a parameter
    QString name;    // the key within `examples`; "" for `example`
    QJsonValue value;
    QJsonValue schema;
  };

  // Errors: "io_error", "bad_yaml" (with the line), "bad_openapi".
  [[nodiscard]] static Result<OpenApiContract> load(const QString& path);
  // YAML 1.2 core-schema scalars; anchors and aliases resolved. Errors: "bad_yaml".
  [[nodiscard]] static Result<QJsonValue> parseYaml(QByteArrayView yaml);

  // `path` is an r1 path ("/r1/CAMBODIA/GOV/MISTI/IE-REGISTRY/ie-registration/v1/batches")
  // or relative to the service ("/v1/batches"). Errors: "no_operation" (no such
  // path and method), "undocumented_status", "schema_mismatch" (the message
  // names the JSON pointer at fault and why). A response whose status the spec
  // lists without content is not checked.
  [[nodiscard]] Result<void> validateRequest(const QString& method, const QString& path,
                                             const QJsonValue& body) const;
  [[nodiscard]] Result<void> validateResponse(const QString& method, const QString& path,
                                              int status, const QJsonValue& body) const;
  // `value` against a schema of this document (its $refs resolved here).
  [[nodiscard]] Result<void> validate(const QJsonValue& value, const QJsonValue& schema) const;

  QList<Example> examples() const;
  const QJsonObject& document() const { return doc_; }
  // The spec's path template for `path`, e.g. "/v1/reference/{name}".
  std::optional<QString> pathTemplate(const QString& path) const;

private:
  explicit OpenApiContract(QJsonObject doc) : doc_(std::move(doc)) {}
  Result<QJsonObject> operation(const QString& method, const QString& path) const;
  QJsonValue resolve(const QJsonValue& value) const; // follows a local $ref, if any
  Result<void> check(const QJsonValue& value, const QJsonValue& schema, const QString& at,
                     int depth) const;
  void collect(const QJsonValue& node, const QStringList& pointer, QList<Example>& out) const;

  QJsonObject doc_;
};

} // namespace camie::test
