// Shared fixtures of the core/domain tests: the default form, the real
// gazetteer (loaded once) and a small gazetteer written in the test.
#pragma once

#include "core/domain/form_schema.h"
#include "core/domain/gazetteer.h"

#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

#include <string>

namespace camie::domain::test {

inline QByteArray readFile(const QString& path) {
  QFile file(path);
  REQUIRE(file.open(QIODevice::ReadOnly));
  return file.readAll();
}

inline QByteArray defaultFormJson() {
  return readFile(QStringLiteral(CAMIE_SOURCE_DIR "/resources/forms/ie-registration.json"));
}

inline const FormSchema& defaultForm() {
  static const FormSchema form = [] {
    auto loaded = FormSchema::fromJson(defaultFormJson());
    INFO((loaded.ok() ? std::string() : loaded.error().message.toStdString()));
    REQUIRE(loaded.ok());
    return *loaded;
  }();
  return form;
}

inline const Gazetteer& realGazetteer() {
  static const Gazetteer gazetteer = [] {
    auto loaded = Gazetteer::fromJson(
        readFile(QStringLiteral(CAMIE_SHARED_DIR "/data/gazetteer-kh-2022.json")));
    INFO((loaded.ok() ? std::string() : loaded.error().message.toStdString()));
    REQUIRE(loaded.ok());
    return *loaded;
  }();
  return gazetteer;
}

// Battambang province, one district, one commune, two villages.
inline Gazetteer smallGazetteer() {
  auto loaded = Gazetteer::fromJson(R"({"version": "test-1", "units": [
    {"code": "02", "km": "ខេត្តបាត់ដំបង", "en": "Battambang Province"},
    {"code": "0201", "km": "ស្រុកបាណន់", "en": "Banan District"},
    {"code": "020101", "km": "ឃុំកន្ទឺ ១", "en": "Kantueu Muoy Commune"},
    {"code": "02010102", "km": "ភូមិទី ២", "en": "Village Two"},
    {"code": "02010101", "km": "ភូមិទី ១", "en": "Village One"}]})");
  REQUIRE(loaded.ok());
  return *loaded;
}

inline std::string str(const QString& s) {
  return s.toStdString();
}

} // namespace camie::domain::test
