// CardPerson: the made-up holder of a generated Khmer ID card — what the card
// says and what a reader should therefore propose. Test data only.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace camie::cardgen {

struct CardPerson {
  QString surnameKm;    // សុខ
  QString givenKm;      // ដារ៉ា
  QString surnameLatin; // SOK
  QString givenLatin;   // DARA
  char sex = 'M';       // 'M' or 'F'
  QDate birthDate;
  QDate issueDate;
  QDate expiryDate;
  QString documentNumber;        // nine digits
  QString placeOfBirthKm;        // commune, district, province from the gazetteer
  QString addressKm;             // village, commune, district, province from the gazetteer
  bool khmerDigits = true;       // dates on the front in Khmer digits
  bool noCompositeCheck = false; // `<` where the composite check digit stands

  QString nameKm() const { return surnameKm + u' ' + givenKm; }
  QString nameLatin() const { return surnameLatin + u' ' + givenLatin; }
};

} // namespace camie::cardgen
