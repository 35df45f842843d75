#include "core/store/session_service.h"

#include "core/store/store_state.h"

#include <QCoreApplication>

namespace camie::store {

struct SessionService::Answer {
  enum class Kind { SignedIn, ChangeRequired, Refused } kind = Kind::Refused;
  QString operatorId;
  OperatorRole role = OperatorRole::Teller;
  QString message;         // ChangeRequired
  SignInRefusal refusal{}; // Refused
};

namespace {

qint64 lockedUntil(KeyVault& vault, const QString& operatorId) {
  if (auto op = vault.findOperator(operatorId); op && *op && (*op)->lockedUntil)
    return *(*op)->lockedUntil;
  return 0;
}

} // namespace

SessionService::SessionService(StoreState* state, QObject* parent)
    : QObject(parent), state_(state) {
  qRegisterMetaType<SignInRefusal>();
}

void SessionService::signIn(const QString& operatorId, const QString& secret) {
  askStore(
      state_, this,
      [operatorId, secret](StoreState& s) {
        using Kind = Answer::Kind;
        if (!s.isOpen())
          return Answer{Kind::Refused,
                        {},
                        {},
                        {},
                        {SignInRefusal::Reason::StoreUnavailable, StoreState::noDatabase(), 0}};
        s.endSession();
        KeyVault vault = s.vault();
        auto session = vault.signIn(operatorId, secret);
        if (!session) {
          if (session.error().kind == ErrorKind::SecretChangeRequired)
            return Answer{
                Kind::ChangeRequired, operatorId.trimmed(), {}, session.error().message, {}};
          return Answer{Kind::Refused,
                        {},
                        {},
                        {},
                        SignInRefusal::fromError(session.error(), lockedUntil(vault, operatorId))};
        }
        const Answer answer{Kind::SignedIn, session->operatorId, session->role, {}, {}};
        s.startSession(std::move(*session));
        return answer;
      },
      [this](const Answer& answer) { take(answer, false); });
}

void SessionService::changeSecret(const QString& operatorId, const QString& oldSecret,
                                  const QString& newSecret) {
  askStore(
      state_, this,
      [operatorId, oldSecret, newSecret](StoreState& s) {
        using Kind = Answer::Kind;
        if (!s.isOpen() || (s.session && s.session->operatorId != operatorId.trimmed()))
          return Answer{Kind::Refused,
                        {},
                        {},
                        {},
                        {SignInRefusal::Reason::NotAllowed,
                         tr("Only the operator signed in can change "
                            "their own PIN."),
                         0}};
        KeyVault vault = s.vault();
        auto session = vault.changeSecret(operatorId, oldSecret, newSecret);
        if (!session)
          return Answer{Kind::Refused,
                        {},
                        {},
                        {},
                        SignInRefusal::fromError(session.error(), lockedUntil(vault, operatorId))};
        const Answer answer{Kind::SignedIn, session->operatorId, session->role, {}, {}};
        s.startSession(std::move(*session));
        return answer;
      },
      [this](const Answer& answer) { take(answer, true); });
}

void SessionService::take(const Answer& answer, bool changing) {
  switch (answer.kind) {
  case Answer::Kind::SignedIn:
    signedInOperator_ = answer.operatorId; // the store thread holds this operator's session now
    signedInRole_ = answer.role;
    if (changing)
      emit secretChanged(answer.operatorId, answer.role);
    else
      emit signedIn(answer.operatorId, answer.role);
    return;
  case Answer::Kind::ChangeRequired:
    emit secretChangeRequired(answer.operatorId, answer.message);
    return;
  case Answer::Kind::Refused:
    if (changing)
      emit secretChangeFailed(answer.refusal);
    else
      emit signInFailed(answer.refusal);
    return;
  }
}

void SessionService::signOut() {
  askStore(
      state_, this,
      [](StoreState& s) {
        s.endSession();
        return true;
      },
      [this](bool) {
        signedInOperator_.clear();
        signedInRole_.reset();
        emit signedOut();
      });
}

} // namespace camie::store
