// How the wire's JSON writes times and bytes, and reads its fields strictly:
// RFC 3339 times in UTC with milliseconds, base64 that must decode cleanly,
// short non-empty strings. Shared by the sealed record, the upload batch and
// the USB bundle's payload and envelope.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace camie::wire {

// "2026-03-01T09:30:00.000Z".
QString rfc3339(qint64 ms);
// Unix ms of an RFC 3339 string with a zone (Z or an offset); nullopt for
// anything else, a time without a zone included.
std::optional<qint64> timeField(const QJsonValue& value);
// The bytes of a base64 string; nullopt if it is not a string or not base64.
std::optional<QByteArray> base64Field(const QJsonValue& value);
// A non-empty string of at most `max` characters.
bool shortTextField(const QJsonValue& value, int max = 128);

} // namespace camie::wire
