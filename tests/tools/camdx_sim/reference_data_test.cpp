// camdx-sim's reference data: form, gazetteer, keys and occupations with
// strong ETags and If-None-Match.
#include "core/domain/form_schema.h"
#include "core/refdata/published_keys.h"
#include "tests/tools/camdx_sim/sim_fixture.h"

using camie::test::SimFixture;
using camie::test::SimResponse;

TEST_CASE("every reference document is served with a strong ETag and 304 when unchanged", "[sim]") {
  SimFixture f;
  for (const char* name : {"form", "gazetteer", "keys", "occupations"}) {
    INFO(name);
    const QString path = QStringLiteral("v1/reference/") + QLatin1String(name);
    const SimResponse full = f.client.get(path);
    REQUIRE(full.status == 200);
    CHECK(full.header("Content-Type").startsWith("application/json"));
    const QByteArray etag = full.header("ETag");
    CHECK(etag.size() > 2);
    CHECK(etag.startsWith('"'));
    CHECK(etag.endsWith('"'));
    CHECK_FALSE(full.json().isEmpty());

    const SimResponse same = f.client.get(path, {{"If-None-Match", etag}});
    CHECK(same.status == 304);
    CHECK(same.body.isEmpty());
    CHECK(same.header("ETag") == etag);
    CHECK(f.client.get(path, {{"If-None-Match", "W/" + etag}}).status == 304);
    CHECK(f.client.get(path, {{"If-None-Match", "\"other\", " + etag}}).status == 304);
    CHECK(f.client.get(path, {{"If-None-Match", "\"other\""}}).status == 200);
  }
  CHECK(f.sim.summary().value("notModified").toInt() == 12);
}

TEST_CASE("an unknown reference document is 404", "[sim]") {
  SimFixture f;
  const SimResponse r = f.client.get("v1/reference/recipes");
  CHECK(r.status == 404);
  CHECK(r.header("X-Road-Error").isEmpty()); // the registry's answer, not the security server's
}

TEST_CASE("the reference documents parse as the kiosk reads them", "[sim]") {
  SimFixture f;
  auto form = camie::domain::FormSchema::fromJson(f.client.get("v1/reference/form").body);
  REQUIRE(form.ok());
  CHECK(form->id() == "ie-registration");

  const QJsonObject gazetteer = f.client.get("v1/reference/gazetteer").json();
  CHECK(gazetteer.value("version").toString() == "kh-2022");
  CHECK(gazetteer.value("units").toArray().size() > 10000);

  auto keys = camie::refdata::PublishedKeys::fromJson(QJsonDocument(f.keys()).toJson());
  REQUIRE(keys.ok());
  CHECK(keys->serial() == 1); // one registry key so far
  CHECK(keys->issuedAt().has_value());
  CHECK(keys->registry().size() == 1);
  CHECK(keys->portal().size() == 1);

  const QJsonArray occupations =
      f.client.get("v1/reference/occupations").json().value("occupations").toArray();
  CHECK(occupations.size() >= 20);
  for (const QJsonValue& o : occupations) {
    CHECK_FALSE(o.toObject().value("km").toString().isEmpty());
    CHECK_FALSE(o.toObject().value("en").toString().isEmpty());
  }
}

TEST_CASE("the keys document changes its ETag when a key is added", "[sim]") {
  SimFixture f;
  const QByteArray before = f.client.get("v1/reference/keys").header("ETag");
  f.sim.rotateKey();
  const SimResponse after = f.client.get("v1/reference/keys", {{"If-None-Match", before}});
  CHECK(after.status == 200);
  CHECK(after.header("ETag") != before);
}
