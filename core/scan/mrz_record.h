// MrzRecord: what the machine-readable zone of an ID card (ICAO 9303 TD1) or a
// passport (TD3) says, once every check digit has been verified.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace camie::scan {

enum class MrzFormat { Td1, Td3 };

struct MrzRecord {
  MrzFormat format = MrzFormat::Td1;
  QString documentType;   // "I", "ID", "P", ... (fillers removed)
  QString issuer;         // ICAO code: "KHM", "UTO", "D" (fillers removed)
  QString documentNumber; // long TD1 numbers joined with their continuation
  QString surname;        // the primary identifier, fillers as spaces
  QString givenNames;     // the secondary identifier, fillers as spaces
  QString nationality;
  QDate birthDate;       // two-digit year resolved: never in the future
  QDate expiryDate;      // two-digit year resolved within 50 years of today
  QString sex;           // "F", "M", "X", or empty when unspecified
  QString optionalData;  // TD1 line 1 after the number; TD3: the personal number
  QString optionalData2; // TD1 line 2 (empty for TD3)
  QStringList corrected; // fields where OCR look-alikes were read as digits or letters
  // False when the zone holds `<` where the composite check digit stands (seen
  // on some Khmer cards): nothing was checked there, which is not a pass.
  bool compositeChecked = true;

  // The Khmer national ID card: TD1, issued by KHM, with a 9-digit number.
  bool isKhmerIdCard() const {
    return format == MrzFormat::Td1 && issuer == u"KHM" && documentNumber.size() == 9 &&
           std::all_of(documentNumber.begin(), documentNumber.end(),
                       [](QChar c) { return c.isDigit(); });
  }

  // The fields as `camie-kioskctl scan --json` prints them (dates YYYY-MM-DD).
  QJsonObject toJson() const {
    return {{QStringLiteral("document_type"), documentType},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("document_number"), documentNumber},
            {QStringLiteral("surname"), surname},
            {QStringLiteral("given_names"), givenNames},
            {QStringLiteral("nationality"), nationality},
            {QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate)},
            {QStringLiteral("expiry_date"), expiryDate.toString(Qt::ISODate)},
            {QStringLiteral("sex"), sex}};
  }
};

} // namespace camie::scan
