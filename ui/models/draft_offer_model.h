// DraftOfferModel: the signed-in operator's unfinished registration, looked
// for after every sign-in and offered by the DraftOffer dialog — whose it is
// and when it was last kept. Continuing it hands the draft to a new
// registration screen's form (FormModel::resumeDraft) and forgets it here;
// deleting it deletes it in the store. Forgotten at sign-out. Exposed to
// QML as `DraftOfferModel`, one in the kiosk window's draft dialog.
#pragma once

#include "core/store/saved_draft.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QVariant>

namespace camie::ui {

class DraftOfferModel : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool offered READ offered NOTIFY changed)
  Q_PROPERTY(QString operatorId READ operatorId NOTIFY changed)
  Q_PROPERTY(QDateTime savedAt READ savedAt NOTIFY changed)
  // Why the draft could not be looked for or opened, in words.
  Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
  explicit DraftOfferModel(QObject* parent = nullptr);

  bool offered() const { return !offer_.isEmpty(); }
  QString operatorId() const { return offer_.operatorId; }
  QDateTime savedAt() const;
  QString problem() const { return problem_; }

  // The offered draft (a store::SavedDraft) for the form to continue; no
  // longer offered after.
  Q_INVOKABLE QVariant take();
  // Deletes the offered draft.
  Q_INVOKABLE void discard();
  Q_INVOKABLE void dismissProblem();

signals:
  void changed();

private:
  void clear();

  store::SavedDraft offer_;
  bool finding_ = false;
  QString problem_;
};

} // namespace camie::ui
