// SimFixture: a running camdx-sim, a client for it and a sealer of records to
// its published keys — what most camdx-sim tests start from.
#pragma once

#include "core/trust/signed_keys.h"
#include "tests/support/camdx_sim_process.h"
#include "tests/tools/camdx_sim/sealed_records.h"
#include "tests/tools/camdx_sim/sim_client.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

namespace camie::test {

struct SimFixture {
  CamdxSimProcess sim;
  SimClient client;
  SealedRecords records;

  explicit SimFixture(const QStringList& args = {}, const SimClient::Tls& tls = {})
      : sim(args), client(withTls(sim.url(), tls)), records(keys()) {}

  // The simulator's keys document, after its signature verified under the
  // simulator's root (as a kiosk takes it).
  QJsonObject keys() const {
    auto roots = trust::RegistryRoots::load({sim.rootsFile()});
    REQUIRE(roots.ok());
    auto verified = trust::SignedKeys::verify(client.get(QStringLiteral("v1/reference/keys")).body,
                                              *roots, 0, QStringLiteral("camdx-sim"));
    INFO((verified.ok() ? QString() : verified.error().message).toStdString());
    REQUIRE(verified.ok());
    return QJsonDocument::fromJson(verified->document).object();
  }

  // Posts one batch of these sealed records and REQUIREs a 200; the results.
  QJsonArray send(const QJsonArray& sealed, bool gzip = false) const {
    const SimResponse r = client.postBatch(SealedRecords::batch(sealed), gzip);
    INFO(r.curlError.toStdString() << " " << r.body.toStdString());
    REQUIRE(r.ok());
    REQUIRE(r.status == 200);
    const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
    REQUIRE(results.size() == sealed.size());
    return results;
  }
  QJsonObject sendOne(const QJsonObject& sealed) const {
    return send(QJsonArray{sealed}).first().toObject();
  }
  // POST status for these ids; the results.
  QJsonArray status(const QStringList& ids) const {
    const SimResponse r = client.post(
        QStringLiteral("v1/status"),
        QJsonDocument(QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}})
            .toJson());
    REQUIRE(r.status == 200);
    return r.json().value(QStringLiteral("results")).toArray();
  }

private:
  static SimClient withTls(const QString& url, const SimClient::Tls& tls) {
    SimClient c(url);
    c.setTls(tls);
    return c;
  }
};

} // namespace camie::test
