#include "tools/camdx-sim/batch_processor.h"

#include "core/domain/registration_validator.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace camie::sim {
namespace {

QJsonObject fieldError(const QString& field, const QString& code, const QString& message) {
  return {{QStringLiteral("field"), field},
          {QStringLiteral("code"), code},
          {QStringLiteral("message"), message}};
}

} // namespace

BatchProcessor::BatchProcessor(RegistryStore& store, const RegistryKeyring& keyring,
                               const domain::FormSchema& form, const domain::Gazetteer& gazetteer,
                               const Clock& clock, QHash<QString, qint64> seeded)
    : store_(store), opener_(keyring), form_(form), gazetteer_(gazetteer), clock_(clock),
      seeded_(std::move(seeded)) {}

QString BatchProcessor::personKey(const QJsonObject& answers) {
  const QString who = answers.value(QStringLiteral("id_type")).toString() + QChar(0x1f) +
                      answers.value(QStringLiteral("id_number")).toString();
  return QString::fromLatin1(
      QCryptographicHash::hash(who.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QJsonArray> BatchProcessor::process(const QJsonArray& records,
                                           const std::function<bool(const QString&)>& retry) {
  const domain::RegistrationValidator validator(form_, &gazetteer_, clock_.now().date());
  store::Transaction tx(store_.db());
  if (!tx.began())
    return tx.began().error();
  QJsonArray results;
  for (const QJsonValue& value : records) {
    const QJsonObject envelope = value.toObject();
    if (retry && retry(envelope.value(QStringLiteral("id")).toString())) {
      results.append(QJsonObject{{QStringLiteral("id"), envelope.value(QStringLiteral("id"))},
                                 {QStringLiteral("status"), QStringLiteral("retry")}});
      continue;
    }
    auto outcome = decide(envelope, validator);
    if (!outcome)
      return outcome.error();
    results.append(outcome->toResult());
  }
  auto committed = tx.commit();
  if (!committed)
    return committed.error();
  return results;
}

Result<QJsonArray> BatchProcessor::lookUp(const QStringList& ids) {
  QJsonArray results;
  for (const QString& id : ids) {
    auto found = store_.find(id);
    if (!found)
      return found.error();
    results.append(*found ? (*found)->toResult()
                          : QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("status"), QStringLiteral("unknown")}});
  }
  return results;
}

Result<RecordOutcome> BatchProcessor::decide(const QJsonObject& envelope,
                                             const domain::RegistrationValidator& validator) {
  const QString id = envelope.value(QStringLiteral("id")).toString();
  const int revision = envelope.value(QStringLiteral("revision")).toInt(0);
  auto existing = store_.find(id);
  if (!existing)
    return existing.error();
  if (*existing) {
    const RecordOutcome& known = **existing;
    // Accepted and duplicate are final; a rejection stands until a newer revision comes.
    if (known.status != u"rejected" || known.revision >= revision) {
      auto noted = store_.noteResend(id);
      if (!noted)
        return noted.error();
      return known;
    }
  }

  auto record = opener_.open(envelope);
  if (!record)
    return reject(id, revision,
                  {fieldError(QString(), QStringLiteral("unreadable"), record.error().message)});
  if (record->formId != form_.id())
    return reject(
        id, revision,
        {fieldError(
            QStringLiteral("formId"), QStringLiteral("unknown_form"),
            QStringLiteral("The registry does not know the form \"%1\".").arg(record->formId))});
  const domain::ValidationResult validation = validator.validate(record->answers);
  if (!validation.ok()) {
    QJsonArray errors;
    for (const domain::FieldError& e : validation.errors)
      errors.append(fieldError(e.field, e.code, e.message));
    return reject(id, revision, errors);
  }

  RegistryStore::Entry entry;
  entry.outcome.id = id;
  entry.outcome.revision = revision;
  entry.personKey = personKey(validation.normalized);
  auto original = store_.acceptedNumberOf(entry.personKey);
  if (!original)
    return original.error();
  if (*original) {
    entry.outcome.status = QStringLiteral("duplicate");
    entry.outcome.number = **original;
  } else {
    entry.province = validation.normalized.value(QStringLiteral("village_code")).toString().left(2);
    auto number = store_.issueNumber(entry.province, seeded_.value(entry.province));
    if (!number)
      return number.error();
    entry.outcome.status = QStringLiteral("accepted");
    entry.outcome.number = *number;
    entry.answers = QJsonDocument(validation.normalized).toJson(QJsonDocument::Compact);
  }
  auto saved = store_.save(entry, clock_.nowMs());
  if (!saved)
    return saved.error();
  return entry.outcome;
}

Result<RecordOutcome> BatchProcessor::reject(const QString& id, int revision, QJsonArray errors) {
  RegistryStore::Entry entry;
  entry.outcome.id = id;
  entry.outcome.revision = std::max(revision, 1);
  entry.outcome.status = QStringLiteral("rejected");
  entry.outcome.errors = std::move(errors);
  auto saved = store_.save(entry, clock_.nowMs());
  if (!saved)
    return saved.error();
  return entry.outcome;
}

} // namespace camie::sim
