#include "core/store/registration_service.h"

#include "core/crypto/hpke.h"
#include "core/domain/receipt_code.h"
#include "core/logging/log_categories.h"
#include "core/store/record_reader.h"
#include "core/store/store_state.h"

#include <QCoreApplication>

#include <optional>

namespace camie::store {
namespace {

// A supervisor's word asked at the teller's seat: checked as a sign-in is
// (failures counted, lockout), then forgotten, so the teller stays signed
// in. `refusal` says what a teller cannot do.
Result<OperatorSession> supervisorApproval(StoreState& s, const QString& supervisorId,
                                           const QString& secret, const QString& refusal) {
  if (!s.isOpen() || !s.session)
    return makeError(QStringLiteral("signed_out"), StoreState::signInAgain());
  auto supervisor = s.vault().signIn(supervisorId, secret);
  if (!supervisor)
    return supervisor.error();
  if (supervisor->role == OperatorRole::Teller)
    return makeError(ErrorKind::NotAllowed, refusal);
  return supervisor;
}

// A refusal or failure: a stable code and words for the screen.
struct Refusal {
  QString code;
  QString message;
};

DuplicateReport duplicateReport(StoreState& s, const QJsonObject& answers) {
  DuplicateReport report;
  if (!s.isOpen() || !s.session || !s.reference) {
    report.problem = StoreState::signInAgain();
    return report;
  }
  const auto& reference = *s.reference;
  const domain::RegistrationValidator validator(
      reference.form, reference.gazetteer ? &*reference.gazetteer : nullptr,
      s.clock().now().date());
  const QJsonObject normalized = validator.validate(answers).normalized;
  auto digests = DuplicateIndex::digestsOf(s.session->dataKey, reference.form, normalized);
  auto found =
      digests ? DuplicateIndex(s.db()).find(*digests) : Result<DuplicateFindings>(digests.error());
  if (!found) {
    qCWarning(lcStore) << "duplicate check failed:" << found.error().code;
    report.problem = RegistrationService::tr(
        "The kiosk could not look for an earlier registration of this person; finishing "
        "looks again.");
    return report;
  }
  if (found->sameId) {
    report.sameIdRecordId = found->sameId->recordId;
    report.sameIdReceiptCode = domain::ReceiptCode::forRecordId(report.sameIdRecordId);
    report.sameIdCapturedAt = found->sameId->capturedAt;
    if (s.allowedDuplicate && s.allowedDuplicate->existingRecordId == report.sameIdRecordId)
      report.allowedBy = s.allowedDuplicate->supervisorId;
  }
  if (found->sameNameAndBirth) {
    report.similarRecordId = found->sameNameAndBirth->recordId;
    report.similarReceiptCode = domain::ReceiptCode::forRecordId(report.similarRecordId);
    report.similarCapturedAt = found->sameNameAndBirth->capturedAt;
  }
  return report;
}

// Drafts need a database and someone signed in.
std::optional<Refusal> draftRefusal(const StoreState& s) {
  if (s.isOpen() && s.session)
    return std::nullopt;
  return Refusal{QStringLiteral("signed_out"),
                 RegistrationService::tr("Sign in again to keep this registration.")};
}

} // namespace

RegistrationService::RegistrationService(StoreState* state, QObject* parent)
    : QObject(parent), state_(state) {
  qRegisterMetaType<SavedDraft>();
  qRegisterMetaType<DuplicateReport>();
}

void RegistrationService::finalise(const QJsonObject& answers, qint64 consentAtMs,
                                   const QString& draftId,
                                   const std::optional<domain::CardCheck>& card) {
  struct Answer {
    QString recordId; // set when finalised
    Refusal refusal;
    QList<domain::FieldError> fieldErrors;
    std::optional<DuplicateReport> duplicates; // when refused for the same ID
  };
  askStore(
      state_, this,
      [answers, consentAtMs, draftId, card](StoreState& s) {
        if (!s.isOpen() || !s.session)
          return Answer{{}, {QStringLiteral("signed_out"), StoreState::signInAgain()}, {}, {}};
        if (!s.reference)
          return Answer{
              {}, {QStringLiteral("no_reference"), QStringLiteral("No form is loaded.")}, {}, {}};
        // Answers that differ from the ID card read need a supervisor's
        // confirmation of exactly those fields.
        std::optional<domain::CardCheck> checked = card;
        if (checked && !checked->differing.isEmpty()) {
          if (!s.confirmedCard || s.confirmedCard->differing != checked->differing ||
              s.confirmedCardDraft != draftId)
            return Answer{{},
                          {QStringLiteral("card_differs"),
                           RegistrationService::tr(
                               "Some answers differ from the ID card. A supervisor must confirm "
                               "them before the registration is finished.")},
                          {},
                          {}};
          checked->confirmedBy = s.confirmedCard->confirmedBy;
        } else if (checked) {
          checked->confirmedBy.clear();
        }
        auto outcome =
            s.queue().finalise(*s.session, *s.reference, answers,
                               consentAtMs > 0 ? std::optional<qint64>(consentAtMs) : std::nullopt,
                               draftId, s.allowedDuplicate, checked);
        if (!outcome) {
          Answer refused{{}, {outcome.error().code, outcome.error().message}, {}, {}};
          if (outcome.error().kind ==
              ErrorKind::DuplicateId) // the review screen shows which record
            refused.duplicates = duplicateReport(s, answers);
          return refused;
        }
        if (!outcome->ok())
          return Answer{{}, {QStringLiteral("invalid"), {}}, outcome->errors, {}};
        s.allowedDuplicate.reset();
        s.confirmedCard.reset();
        return Answer{outcome->recordId, {}, {}, {}};
      },
      [this](const Answer& answer) {
        if (!answer.recordId.isEmpty()) {
          emit finalised(answer.recordId);
          return;
        }
        emit finaliseRefused(answer.refusal.code, answer.refusal.message, answer.fieldErrors);
        if (answer.duplicates)
          emit duplicatesChecked(*answer.duplicates);
      });
}

void RegistrationService::reopen(const QString& recordId) {
  struct Reopened {
    QJsonObject answers;
    QList<RegistryFieldError> errors;
  };
  askStore(
      state_, this,
      [recordId](StoreState& s) -> Result<Reopened> {
        if (!s.isOpen() || !s.session)
          return makeError(QStringLiteral("signed_out"), StoreState::signInAgain());
        auto meta = RecordReader(s.db()).find(recordId);
        const QString errors = meta && *meta ? (*meta)->serverErrors : QString();
        auto queue = s.queue();
        if (auto done = queue.reopen(*s.session, recordId); !done)
          return done.error();
        auto record = queue.openLocalCopy(*s.session, recordId);
        if (!record)
          return record.error();
        return Reopened{record->answers, RegistryFieldError::listFromJson(errors)};
      },
      [this, recordId](const Result<Reopened>& answer) {
        if (answer)
          emit reopened(recordId, answer->answers, answer->errors);
        else
          emit reopenFailed(answer.error().message);
      });
}

void RegistrationService::saveDraft(const QJsonObject& answers, const QString& draftId) {
  struct Saved {
    QString draftId;
    qint64 atMs = 0;
  };
  askStore(
      state_, this,
      [answers, draftId](StoreState& s) -> Result<Saved> {
        if (auto refused = draftRefusal(s))
          return makeError(refused->code, refused->message);
        if (!s.reference)
          return makeError(QStringLiteral("no_reference"),
                           RegistrationService::tr("No form is loaded."));
        const qint64 keepFor = qint64{s.config().draftExpiryHours} * 60 * 60 * 1000;
        auto saved = s.queue().saveDraft(*s.session, s.reference->form, answers, draftId, keepFor);
        if (!saved) {
          qCWarning(lcStore) << "draft not saved:" << saved.error().code;
          return makeError(saved.error().code,
                           RegistrationService::tr("The answers could not be kept as a draft (%1).")
                               .arg(saved.error().message));
        }
        // The teller goes on typing: make the finalise's ephemeral key now.
        if (auto spare = crypto::Hpke::makeSpareEphemeral(); !spare)
          qCWarning(lcStore) << "no ephemeral key made ahead:" << spare.error().code;
        return Saved{*saved, s.clock().nowMs()};
      },
      [this](const Result<Saved>& answer) {
        if (answer)
          emit draftSaved(answer->draftId, answer->atMs);
        else
          emit draftFailed(answer.error().code, answer.error().message);
      });
}

void RegistrationService::findDraft() {
  askStore(
      state_, this,
      [](StoreState& s) -> Result<SavedDraft> {
        if (auto refused = draftRefusal(s))
          return makeError(refused->code, refused->message);
        auto draft = s.queue().latestDraft(*s.session);
        if (!draft) {
          qCWarning(lcStore) << "draft not opened:" << draft.error().code;
          return makeError(
              draft.error().code,
              RegistrationService::tr("An unfinished registration could not be opened (%1).")
                  .arg(draft.error().message));
        }
        return draft;
      },
      [this](const Result<SavedDraft>& answer) {
        if (answer)
          emit draftFound(*answer);
        else
          emit draftFailed(answer.error().code, answer.error().message);
      });
}

void RegistrationService::discardDraft(const QString& draftId) {
  askStore(
      state_, this,
      [draftId](StoreState& s) -> Result<void> {
        if (auto refused = draftRefusal(s))
          return makeError(refused->code, refused->message);
        if (auto done = s.queue().discardDraft(*s.session, draftId); !done)
          return makeError(done.error().code,
                           RegistrationService::tr("The draft could not be deleted (%1).")
                               .arg(done.error().message));
        qCDebug(lcStore) << "draft discarded" << draftId;
        return {};
      },
      [this, draftId](const Result<void>& answer) {
        if (answer)
          emit draftDiscarded(draftId);
        else
          emit draftFailed(answer.error().code, answer.error().message);
      });
}

void RegistrationService::checkDuplicates(const QJsonObject& answers) {
  askStore(
      state_, this, [answers](StoreState& s) { return duplicateReport(s, answers); },
      [this](const DuplicateReport& report) { emit duplicatesChecked(report); });
}

void RegistrationService::allowDuplicate(const QString& supervisorId, const QString& secret,
                                         const QString& existingRecordId) {
  askStore(
      state_, this,
      [supervisorId, secret, existingRecordId](StoreState& s) -> Result<QString> {
        auto supervisor = supervisorApproval(
            s, supervisorId, secret,
            RegistrationService::tr(
                "Only a supervisor can allow a second registration with the same ID."));
        if (!supervisor)
          return supervisor.error();
        s.allowedDuplicate = DuplicateOverride{supervisor->operatorId, existingRecordId};
        qCInfo(lcStore) << "a second registration beside record" << existingRecordId
                        << "allowed by a supervisor";
        return supervisor->operatorId;
      },
      [this, existingRecordId](const Result<QString>& answer) {
        if (answer)
          emit duplicateAllowed(*answer, existingRecordId);
        else
          emit duplicateRefused(answer.error().message);
      });
}

void RegistrationService::confirmCardCheck(const QString& supervisorId, const QString& secret,
                                           const QString& draftId, const QStringList& differing) {
  askStore(
      state_, this,
      [supervisorId, secret, draftId, differing](StoreState& s) -> Result<QString> {
        auto supervisor = supervisorApproval(
            s, supervisorId, secret,
            RegistrationService::tr(
                "Only a supervisor can confirm answers that differ from the ID card."));
        if (!supervisor)
          return supervisor.error();
        s.confirmedCard = domain::CardCheck{differing, supervisor->operatorId};
        s.confirmedCardDraft = draftId;
        qCInfo(lcStore) << differing.size()
                        << "answers unlike the ID card confirmed by a supervisor";
        return supervisor->operatorId;
      },
      [this, differing](const Result<QString>& answer) {
        if (answer)
          emit cardCheckConfirmed(*answer, differing);
        else
          emit cardCheckRefused(answer.error().message);
      });
}

} // namespace camie::store
