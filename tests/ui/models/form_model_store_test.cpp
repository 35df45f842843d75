// The registration's view-models against a real store service (a real
// SQLite file, the store on its thread), with the screens made by a QML
// engine as the kiosk's stack makes them: the form and the scanner belong
// to their registration screen and go with it; signing out keeps the
// answers as the operator's draft first; a draft offered after sign-in is
// continued by a new screen's own form; the review works on the registration
// screen's form, with a duplicate check of its own.
#include "core/store/key_vault.h"
#include "support/disk_bytes.h"
#include "support/operators.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"
#include "support/view_model_fixture.h"
#include "ui/models/draft_offer_model.h"
#include "ui/models/duplicate_check_model.h"
#include "ui/models/form_model.h"
#include "ui/models/scan_model.h"

#include <catch2/catch.hpp>

#include <QPointer>

#include <atomic>

using namespace camie;
using test::ViewModelFixture;

namespace {

// The back of a Khmer ID card, as a scanner reads its zone.
const QString kCardZone = QStringLiteral("IDKHM0123456784<<<<<<<<<<<<<<<\n"
                                         "9001158M3001145KHM<<<<<<<<<<<0\n"
                                         "SOK<<DARA<<<<<<<<<<<<<<<<<<<<<");

qint64 drafts(test::TempKiosk& k) {
  return test::countWhere(*k.db, "SELECT count(*) FROM records WHERE status = 'draft'");
}

ui::FormModel* formOf(QQuickItem* screen) {
  auto* form = screen->property("registration").value<ui::FormModel*>();
  REQUIRE(form);
  return form;
}

// The first step answered (a seasonal worker), on to the identity step; the
// form keeps a draft at each Next, and says when once the store answered.
void answerFirstStep(test::TempKiosk& k, ui::FormModel& form) {
  REQUIRE(ViewModelFixture::waitFor([&] { return form.ready(); }));
  form.setValue(QStringLiteral("category"), QStringLiteral("seasonal_worker"));
  REQUIRE(form.next());
  REQUIRE(ViewModelFixture::waitFor([&] { return form.draftSavedAt().isValid(); }));
  CHECK(drafts(k) == 1);
}

// The kiosk `k` with its technician, before the store starts on it.
test::TempKiosk& withTechnician(test::TempKiosk& k) {
  test::firstTechnician(k);
  return k;
}

// A kiosk's view-models over a real store, its technician signed in
// through `Session`.
struct SignedIn {
  test::TempKiosk k;
  ViewModelFixture f{withTechnician(k)};

  SignedIn() { signInTechnician(); }

  void signInTechnician() { f.signIn(QStringLiteral("tech1"), test::kTechPin); }

  // A registration screen as the kiosk's stack makes it, its first step
  // answered (answerFirstStep).
  std::unique_ptr<QQuickItem> registrationPastFirstStep() {
    auto screen = f.make(QStringLiteral("RegistrationScreen"));
    answerFirstStep(k, *formOf(screen.get()));
    return screen;
  }
};

} // namespace

TEST_CASE("the registration screen's form and scanner go with the screen; signing out keeps the "
          "answers as a draft first",
          "[ui][registration][lifetime]") {
  SignedIn kiosk;
  auto screen = kiosk.registrationPastFirstStep();
  QPointer<ui::FormModel> form = formOf(screen.get());
  QPointer<ui::ScanModel> scanner = screen->findChild<ui::ScanModel*>();
  REQUIRE(scanner);

  // The screen's scanner proposes the card's values to the screen's form.
  scanner->scanText(kCardZone, form->answersMap());
  CHECK(scanner->verdict() == QStringLiteral("valid"));
  CHECK(form->answers().value(QStringLiteral("name_en")).toString() == QStringLiteral("SOK DARA"));
  CHECK(form->pendingPrefills() > 0);
  const QString typed = QStringLiteral("Sok Sreymom");
  form->setValue(QStringLiteral("name_en"), typed); // the teller's own answer, kept in drafts

  // Signing out (the button, or the idle lock) keeps the answers first.
  int saved = 0;
  int signedOut = 0;
  QObject watching;
  QObject::connect(&kiosk.f.store().registration(), &store::RegistrationService::draftSaved,
                   &watching, [&] { ++saved; });
  QObject::connect(&kiosk.f.store().session(), &store::SessionService::signedOut, &watching,
                   [&] { ++signedOut; });
  kiosk.f.session().signOut();
  REQUIRE(ViewModelFixture::waitFor([&] { return signedOut == 1; }));
  CHECK(saved == 1); // asked before the sign-out, so answered before it
  CHECK(drafts(kiosk.k) == 1);
  CHECK_FALSE(test::databaseFileBytes(kiosk.k.path()).contains(typed.toUtf8()));

  // The kiosk then drops every screen: the answers and the scan go with them.
  screen.reset();
  CHECK(form.isNull());
  CHECK(scanner.isNull());
}

TEST_CASE("a draft offered after sign-in is continued by a new registration screen's own form",
          "[ui][registration][drafts]") {
  SignedIn kiosk;
  kiosk.registrationPastFirstStep(); // the screen gone at once (a power cut): the draft stays
  kiosk.f.session().signOut();

  ui::DraftOfferModel offer; // the draft dialog's
  kiosk.signInTechnician();
  REQUIRE(ViewModelFixture::waitFor([&] { return offer.offered(); }));
  CHECK(offer.operatorId() == QStringLiteral("tech1"));
  CHECK(offer.savedAt().isValid());

  const QVariant draft = offer.take();
  CHECK_FALSE(offer.offered()); // handed over: no longer held here
  auto screen =
      kiosk.f.make(QStringLiteral("RegistrationScreen"), {{QStringLiteral("draft"), draft}});
  ui::FormModel* form = formOf(screen.get());
  CHECK(form->answers().value(QStringLiteral("category")).toString() ==
        QStringLiteral("seasonal_worker"));
  CHECK(form->currentStep() == 1); // the first step with an answer missing
  CHECK(form->draftSavedAt().isValid());

  // Cancelled: the form forgets it and the draft is deleted.
  form->discard();
  REQUIRE(ViewModelFixture::waitFor([&] { return drafts(kiosk.k) == 0; }));
}

TEST_CASE("the review works on the registration screen's form and has a duplicate check of its "
          "own; both go when the stack drops the two screens",
          "[ui][registration][duplicates][lifetime]") {
  SignedIn kiosk;
  auto registration = kiosk.registrationPastFirstStep();
  QPointer<ui::FormModel> form = formOf(registration.get());
  auto review = kiosk.f.make(QStringLiteral("ReviewScreen"),
                             {{QStringLiteral("registration"), QVariant::fromValue(form.data())}});
  CHECK(review->property("registration").value<ui::FormModel*>() == form);
  QPointer<ui::DuplicateCheckModel> duplicates = review->findChild<ui::DuplicateCheckModel*>();
  REQUIRE(duplicates);
  // Asked when the review opened; nothing of this kiosk is the same person.
  REQUIRE(ViewModelFixture::waitFor([&] { return !duplicates->busy(); }));
  CHECK_FALSE(duplicates->blocked());

  // Done: the stack drops the registration screen (and its form) and the
  // review, in either order; the review says nothing about a form gone.
  static std::atomic<int> warnings{0};
  warnings = 0;
  const QtMessageHandler previous =
      qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString&) {
        if (type != QtDebugMsg && type != QtInfoMsg)
          ++warnings;
      });
  registration.reset();
  QCoreApplication::processEvents();
  CHECK(form.isNull());
  CHECK(review->property("registration").value<ui::FormModel*>() == nullptr);
  review.reset();
  qInstallMessageHandler(previous);
  CHECK(warnings == 0);
  CHECK(duplicates.isNull());
}
