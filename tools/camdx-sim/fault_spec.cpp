#include "tools/camdx-sim/fault_spec.h"

#include <QStringList>

#include <array>
#include <utility>

namespace camie::sim {
namespace {

constexpr std::array<std::pair<FaultKind, const char*>, 16> kKinds = {{
    {FaultKind::Latency, "latency"},
    {FaultKind::ResetBeforeCommit, "reset_before_commit"},
    {FaultKind::ResetAfterCommit, "reset_after_commit"},
    {FaultKind::TooManyRequests, "too_many_requests"},
    {FaultKind::Unavailable, "unavailable"},
    {FaultKind::Truncate, "truncate"},
    {FaultKind::XRoadError, "xroad_error"},
    {FaultKind::Trickle, "trickle"},
    {FaultKind::WrongContentType, "wrong_content_type"},
    {FaultKind::RetryRecords, "retry_records"},
    {FaultKind::RegressedAnchor, "regressed_anchor"},
    {FaultKind::UnsignedKeys, "unsigned_keys"},
    {FaultKind::UnknownRootKeys, "unknown_root_keys"},
    {FaultKind::RolledBackKeys, "rolled_back_keys"},
    {FaultKind::MissingReceipt, "missing_receipt"},
    {FaultKind::ForgedReceipt, "forged_receipt"},
}};

Error bad(const QString& why) {
  return makeError(QStringLiteral("bad_scenario"), QStringLiteral("Fault: %1.").arg(why));
}

QRegularExpression globToRegex(const QString& glob) {
  QString pattern;
  for (const QChar c : glob) {
    if (c == u'*')
      pattern += QStringLiteral(".*");
    else if (c == u'?')
      pattern += u'.';
    else
      pattern += QRegularExpression::escape(QString(c));
  }
  return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

} // namespace

QString FaultSpec::kindName(FaultKind kind) {
  for (const auto& [k, name] : kKinds) {
    if (k == kind)
      return QString::fromLatin1(name);
  }
  return {};
}

Result<FaultSpec> FaultSpec::fromJson(const QJsonObject& o, quint64 seed) {
  static const QStringList known = {
      QStringLiteral("kind"),        QStringLiteral("path"),
      QStringLiteral("method"),      QStringLiteral("probability"),
      QStringLiteral("count"),       QStringLiteral("after"),
      QStringLiteral("seed"),        QStringLiteral("ms"),
      QStringLiteral("retry_after"), QStringLiteral("retry_after_format"),
      QStringLiteral("keep"),        QStringLiteral("chunk_bytes"),
      QStringLiteral("interval_ms"), QStringLiteral("type"),
      QStringLiteral("message"),     QStringLiteral("record_probability"),
      QStringLiteral("record")};
  for (const QString& key : o.keys()) {
    if (!known.contains(key))
      return bad(QStringLiteral("unknown key \"%1\"").arg(key));
  }
  FaultSpec f;
  const QString kind = o.value(QStringLiteral("kind")).toString();
  bool found = false;
  for (const auto& [k, name] : kKinds) {
    if (kind == QLatin1String(name)) {
      f.kind = k;
      found = true;
    }
  }
  if (!found)
    return bad(QStringLiteral("unknown kind \"%1\"").arg(kind));

  const auto number = [&](const char* key, double fallback, double min, double max,
                          bool& ok) -> double {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
      return fallback;
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
      ok = false;
      return fallback;
    }
    return v.toDouble();
  };
  bool ok = true;
  f.pathPattern = o.value(QStringLiteral("path")).toString(QStringLiteral("*"));
  f.path = globToRegex(f.pathPattern);
  f.method = o.value(QStringLiteral("method")).toString().toUpper();
  if (o.contains(QStringLiteral("probability")))
    f.probability = number("probability", 1, 0, 1, ok);
  if (o.contains(QStringLiteral("count")))
    f.count = static_cast<qint64>(number("count", 0, 0, 1e15, ok));
  f.after = static_cast<qint64>(number("after", 0, 0, 1e15, ok));
  const auto ownSeed = static_cast<quint64>(number("seed", 0, 0, 9e15, ok));
  f.ms = static_cast<int>(number("ms", 0, 0, 3.6e6, ok));
  f.retryAfterSeconds = static_cast<int>(number("retry_after", 1, 0, 86400 * 30, ok));
  const QString format = o.value(QStringLiteral("retry_after_format")).toString();
  if (!format.isEmpty() && format != u"seconds" && format != u"date")
    return bad(QStringLiteral("retry_after_format is \"seconds\" or \"date\""));
  f.retryAfterDate = format == u"date";
  f.keep = number("keep", 0.5, 0, 1, ok);
  f.chunkBytes = static_cast<int>(number("chunk_bytes", 16, 1, 1 << 20, ok));
  f.intervalMs = static_cast<int>(number("interval_ms", 20, 1, 60000, ok));
  f.xroadType = o.value(QStringLiteral("type")).toString(f.xroadType);
  f.message = o.value(QStringLiteral("message")).toString();
  f.recordProbability = number("record_probability", 1, 0, 1, ok);
  const QJsonValue record = o.value(QStringLiteral("record"));
  if (!record.isUndefined() && (!record.isString() || record.toString().isEmpty()))
    return bad(QStringLiteral("record is a record id"));
  f.record = record.toString();
  if (!ok)
    return bad(
        QStringLiteral("a value of the %1 fault is out of range or of the wrong type").arg(kind));
  if (f.xroadType.count(u'.') < 1)
    return bad(QStringLiteral("type \"%1\" is not an X-Road error code").arg(f.xroadType));
  f.random.seed(o.contains(QStringLiteral("seed")) ? ownSeed : seed);
  return f;
}

Result<FaultSpec> FaultSpec::fromFlag(const QString& spec, quint64 seed) {
  const qsizetype colon = spec.indexOf(u':');
  QJsonObject o{{QStringLiteral("kind"), spec.left(colon)}};
  if (colon >= 0) {
    for (const QString& pair : spec.mid(colon + 1).split(u',', Qt::SkipEmptyParts)) {
      const qsizetype eq = pair.indexOf(u'=');
      if (eq <= 0)
        return bad(QStringLiteral("\"%1\" is not key=value").arg(pair));
      const QString key = pair.left(eq).trimmed();
      const QString text = pair.mid(eq + 1).trimmed();
      bool isNumber = false;
      const double n = text.toDouble(&isNumber);
      if (isNumber)
        o.insert(key, n);
      else if (text == u"true" || text == u"false")
        o.insert(key, text == u"true");
      else
        o.insert(key, text);
    }
  }
  return fromJson(o, seed);
}

bool FaultSpec::matches(QStringView requestMethod, const QString& requestPath) const {
  return (method.isEmpty() || requestMethod == method) && path.match(requestPath).hasMatch();
}

bool FaultSpec::roll(bool evaluate) {
  ++seen;
  if (!evaluate || seen <= after || (count && fired >= *count))
    return false;
  if (probability && !std::bernoulli_distribution(*probability)(random))
    return false;
  ++fired;
  return true;
}

} // namespace camie::sim
