// SavedDraft: an unfinished registration the store kept for its operator —
// which record, whose, when it was last saved and when it expires, and the
// answers (decrypted on the store thread, for the form only; never logged).
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace camie::store {

struct SavedDraft {
  Q_GADGET
  Q_PROPERTY(QString id MEMBER id)
  Q_PROPERTY(QString operatorId MEMBER operatorId)
  Q_PROPERTY(qint64 savedAtMs MEMBER savedAtMs)
  Q_PROPERTY(qint64 expiresAtMs MEMBER expiresAtMs)

public:
  QString id; // empty: there is no draft
  QString operatorId;
  qint64 savedAtMs = 0;
  qint64 expiresAtMs = 0;
  QJsonObject answers;

  bool isEmpty() const { return id.isEmpty(); }
};

} // namespace camie::store

Q_DECLARE_METATYPE(camie::store::SavedDraft)
