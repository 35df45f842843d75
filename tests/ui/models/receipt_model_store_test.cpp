// The receipt's model against a real store service (a real SQLite file, the
// store on its thread) and a real sync service: it belongs to the screen that
// shows the receipt, so the person's name goes with that screen and sync
// ticks after it closed decrypt nothing.
#include "core/domain/receipt_code.h"
#include "support/filled_queue.h"
#include "support/sim_sync.h"
#include "support/test_pins.h"
#include "support/test_registry.h"
#include "support/view_model_fixture.h"
#include "ui/models/receipt_model.h"
#include "ui/models/records_model.h"

#include <catch2/catch.hpp>

#include <QPointer>

using namespace camie;
using test::ViewModelFixture;

namespace {

// One record queued on a kiosk whose technician is signed in, with a sync
// service that cannot reach the registry: every cycle ends in a status
// (offline), as a kiosk's does when the network is down. Counts what the
// services say: each receipt the store answers was read and its local copy
// decrypted; each sync status is a tick the receipt follows.
struct OfflineKiosk {
  test::TempKiosk k;
  test::TestRegistry registry;
  const QString id = test::fillQueue(k, registry, 1).first();
  ViewModelFixture f{k};
  sync::SyncService* sync = nullptr;
  QObject context;
  int receipts = 0;
  int ticks = 0;
  int counts = 0;

  OfflineKiosk() {
    f.signIn(QStringLiteral("tech1"), test::kTechPin);
    sync = &f.startSync(test::simSyncConfig(k, QStringLiteral("http://127.0.0.1:9"), {},
                                            QStringLiteral("kiosk-test")));
    store::RecordQueryService& records = f.store().records();
    QObject::connect(&records, &store::RecordQueryService::receiptReady, &context,
                     [this] { ++receipts; });
    QObject::connect(&records, &store::RecordQueryService::receiptFailed, &context,
                     [this] { ++receipts; });
    QObject::connect(&records, &store::RecordQueryService::countsChanged, &context,
                     [this] { ++counts; });
    QObject::connect(sync, &sync::SyncService::statusChanged, &context, [this] { ++ticks; });
  }

  // How many receipts the store read over two sync cycles, counted from
  // once every store call asked before had been answered (a receipt asked
  // on a tick just before a screen closed, say) to once every call asked
  // during the cycles has been: the store answers in the order it was
  // asked, so once the counts asked last are back, any receipt asked before
  // them is back too. (A cycle may say more than one status: the ticks can
  // go on a little after.)
  int receiptsOverTwoTicks() {
    answered();
    const int before = receipts;
    const int ticksBefore = ticks;
    sync->syncNow();
    REQUIRE(ViewModelFixture::waitFor([&] { return ticks > ticksBefore; }));
    sync->syncNow();
    REQUIRE(ViewModelFixture::waitFor([&] { return ticks > ticksBefore + 1; }));
    answered();
    return receipts - before;
  }

private:
  // Every store call asked so far answered.
  void answered() {
    const int countsBefore = counts;
    f.store().records().refreshCounts();
    REQUIRE(ViewModelFixture::waitFor([&] { return counts > countsBefore; }));
  }
};

} // namespace

TEST_CASE("the receipt screen's model goes with the screen, and sync ticks after it decrypt "
          "nothing",
          "[ui][receipt][lifetime]") {
  OfflineKiosk kiosk;
  const QString& id = kiosk.id;

  auto screen = kiosk.f.make(QStringLiteral("ReceiptScreen"), {{QStringLiteral("recordId"), id}});
  QPointer<ui::ReceiptModel> model = screen->findChild<ui::ReceiptModel*>();
  REQUIRE(model);
  CHECK(model->receiptCode() == domain::ReceiptCode::forRecordId(id));
  // The store decrypted the local copy for the name the PDF carries.
  REQUIRE(ViewModelFixture::waitFor([&] { return !model->content().nameEn.isEmpty(); }));
  // Queued, or being tried by the sync (which cannot reach the registry).
  CHECK((model->status() == QStringLiteral("sealed") ||
         model->status() == QStringLiteral("sending")));

  // While the screen is open, every sync tick reads the record again: its
  // state may have changed.
  CHECK(kiosk.receiptsOverTwoTicks() >= 2);

  // The stack destroys the screen when the teller leaves it: the model and
  // the name it held go with it, and the ticks after ask for nothing.
  screen.reset();
  CHECK(model.isNull());
  CHECK(kiosk.receiptsOverTwoTicks() == 0);
}

TEST_CASE("a record closed in the Records screen leaves no name in its receipt's model, and sync "
          "ticks after it decrypt nothing",
          "[ui][receipt][lifetime]") {
  OfflineKiosk kiosk;
  const QString& id = kiosk.id;

  auto screen = kiosk.f.make(QStringLiteral("RecordsScreen"));
  auto* records = screen->findChild<ui::RecordsModel*>();
  REQUIRE(records);
  records->open(id); // as a tap on its row does
  REQUIRE(ViewModelFixture::waitFor([&] { return records->recordOpen(); }));
  QPointer<ui::ReceiptModel> receipt = screen->findChild<ui::ReceiptModel*>();
  REQUIRE(receipt);
  REQUIRE(ViewModelFixture::waitFor([&] { return !receipt->content().nameEn.isEmpty(); }));
  CHECK(receipt->recordId() == id);
  CHECK(kiosk.receiptsOverTwoTicks() >= 2);

  // Back to the list: the receipt's model lets the record go.
  records->closeRecord();
  REQUIRE(ViewModelFixture::waitFor([&] { return receipt->recordId().isEmpty(); }));
  CHECK(receipt->content().nameEn.isEmpty());
  CHECK(receipt->content().nameKm.isEmpty());
  CHECK(kiosk.receiptsOverTwoTicks() == 0);

  screen.reset();
  CHECK(receipt.isNull());
}

TEST_CASE("a reopen the store refuses is said on the record's view, not lost",
          "[ui][records][reopen]") {
  OfflineKiosk kiosk;
  bool corrected = false; // outlives the screen and its model
  auto screen = kiosk.f.make(QStringLiteral("RecordsScreen"));
  auto* records = screen->findChild<ui::RecordsModel*>();
  REQUIRE(records);
  records->open(kiosk.id);
  REQUIRE(ViewModelFixture::waitFor([&] { return records->recordOpen(); }));
  CHECK(records->openProblem().isEmpty());
  QObject::connect(records, &ui::RecordsModel::correctionReady, &kiosk.context,
                   [&] { corrected = true; });
  // The record is queued, not rejected: the store refuses to reopen it.
  records->reopen(kiosk.id);
  REQUIRE(ViewModelFixture::waitFor([&] { return !records->openProblem().isEmpty(); }));
  CHECK_FALSE(corrected);
  CHECK(records->recordOpen());
}
