#include "core/sync/registry_client.h"
#include "core/sync/xroad_error.h"
#include "core/sync/xroad_identifier.h"
#include "core/trust/signed_keys.h"
#include "support/openapi_contract.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace camie::sync;

namespace {
QMap<QByteArray, QByteArray> headers(const QByteArray& type) {
  return {{"x-road-error", type}};
}
} // namespace

TEST_CASE("X-Road error codes in both styles and any case mean the same", "[sync]") {
  CHECK(XRoadError::canonical(QStringLiteral("Server.ServerProxy.AccessDenied")) ==
        XRoadError::canonical(QStringLiteral("server.serverproxy.access_denied")));
  CHECK(XRoadError::canonical(QStringLiteral("SERVER.CLIENTPROXY.SSL_AUTHENTICATION_FAILED")) ==
        XRoadError::canonical(QStringLiteral("Server.ClientProxy.SslAuthenticationFailed")));
}

TEST_CASE("an X-Road error says where it failed, in words", "[sync]") {
  const auto branch = XRoadError::fromResponse(
      headers("Server.ClientProxy.SslAuthenticationFailed"),
      R"({"type":"Server.ClientProxy.SslAuthenticationFailed","message":"Client (SUBSYSTEM:CAMBODIA/COM/ACLEDA/KIOSK) specifies HTTPS but did not supply TLS certificate","detail":"2c1b"})");
  REQUIRE(branch);
  CHECK(branch->origin == XRoadError::Origin::BranchServer);
  CHECK(branch->words().contains(QStringLiteral("refused this kiosk's certificate")));
  CHECK(branch->detail == QStringLiteral("2c1b"));

  const auto network = XRoadError::fromResponse(headers("server.serverproxy.network_error"),
                                                "<html>502 Bad Gateway</html>");
  REQUIRE(network);
  CHECK(network->origin == XRoadError::Origin::RegistryServer);
  CHECK(network->words().contains(QStringLiteral("cannot be reached")));
  CHECK(network->message.isEmpty()); // the body was not JSON: no crash, no message

  const auto denied = XRoadError::fromResponse(headers("Client.AccessDenied"), "{}");
  REQUIRE(denied);
  CHECK(denied->origin == XRoadError::Origin::Kiosk);
  CHECK(denied->words().contains(QStringLiteral("subsystem")));
}

TEST_CASE("an answer without X-Road-Error is the registry's own, not X-Road's", "[sync]") {
  CHECK_FALSE(XRoadError::fromResponse({}, R"({"type":"Server.X","message":"m"})"));
}

TEST_CASE("X-Road ids are split in parts and percent-encoded part by part", "[sync]") {
  auto service = XRoadIdentifier::parse(
      QStringLiteral("CAMBODIA/GOV/CAMDX-20201222/CAMDIGIKEY_KYC/ក្រសួង svc"), 5);
  REQUIRE(service.ok());
  CHECK(service->memberCode() == QStringLiteral("CAMDX-20201222"));
  CHECK(service->encodedPath() ==
        QStringLiteral("CAMBODIA/GOV/CAMDX-20201222/CAMDIGIKEY_KYC/"
                       "%E1%9E%80%E1%9F%92%E1%9E%9A%E1%9E%9F%E1%9E%BD%E1%9E%84%20svc"));
  CHECK_FALSE(XRoadIdentifier::parse(QStringLiteral("CAMBODIA/COM/ACLEDA"), 4).ok());
  CHECK_FALSE(XRoadIdentifier::parse(QStringLiteral("CAMBODIA//ACLEDA/KIOSK"), 4).ok());
  CHECK(XRoadIdentifier::parse(QStringLiteral("CAMBODIA/COM/ACLEDA/KIOSK"), 4).ok());
}

TEST_CASE("the kiosk reads the answers of the contract's examples", "[sync]") {
  auto contract = camie::test::OpenApiContract::load(
      QStringLiteral(CAMIE_SOURCE_DIR "/docs/api/registry.yaml"));
  REQUIRE(contract.ok());
  int read = 0;
  for (const auto& example : contract->examples()) {
    if (example.status != 200 || !example.value.isObject())
      continue;
    const QJsonValue results = example.value.toObject().value(QStringLiteral("results"));
    if (!results.isArray())
      continue;
    QStringList ids;
    for (const QJsonValue& r : results.toArray())
      ids << r[QStringLiteral("id")].toString();
    INFO(example.method.toStdString() << " " << example.path.toStdString());
    auto parsed = RegistryClient::parseResults(results, ids);
    REQUIRE(parsed.ok());
    CHECK(parsed->size() == ids.size());
    ++read;
  }
  CHECK(read >= 2); // the batch and the status answers
}

TEST_CASE("the contract's keys envelope and receipts verify under its example root", "[sync]") {
  auto contract = camie::test::OpenApiContract::load(
      QStringLiteral(CAMIE_SOURCE_DIR "/docs/api/registry.yaml"));
  REQUIRE(contract.ok());
  const QJsonObject schemas = contract->document()["components"]["schemas"].toObject();
  auto roots = camie::trust::RegistryRoots::fromJson(
      QJsonDocument(schemas["RegistryRoots"]["example"].toObject()).toJson(), "registry.yaml");
  REQUIRE(roots.ok());
  int receipts = 0;
  int envelopes = 0;
  for (const auto& example : contract->examples()) {
    if (example.name == u"keys") {
      auto keys = camie::trust::SignedKeys::verify(QJsonDocument(example.value.toObject()).toJson(),
                                                   *roots, 0, "registry.yaml");
      INFO((keys.ok() ? QString() : keys.error().message).toStdString());
      REQUIRE(keys.ok());
      CHECK(keys->serial == 7);
      CHECK(keys->keys.registryKey(u"reg-2026-01"));
      ++envelopes;
    }
    const QJsonValue results = example.value.toObject().value(QStringLiteral("results"));
    for (const QJsonValue& r : results.toArray()) {
      if (!r.toObject().contains(QStringLiteral("receipt")))
        continue;
      QStringList ids{r[QStringLiteral("id")].toString()};
      auto parsed = RegistryClient::parseResults(QJsonArray{r}, ids);
      REQUIRE(parsed.ok());
      const RecordResult& result = parsed->first();
      REQUIRE(result.receipt.has_value());
      REQUIRE(result.revision.has_value());
      CHECK(result.receipt
                ->verify(*roots, result.id, *result.revision, toString(result.status),
                         result.registrationNumber, 1770000000)
                .ok());
      ++receipts;
    }
  }
  CHECK(envelopes == 1);
  CHECK(receipts >= 2); // the batch and the status answers
}
