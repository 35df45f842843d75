#include "core/domain/receipt_code.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <catch2/catch.hpp>

using camie::domain::ReceiptCode;

namespace {
const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
const QString kId = QStringLiteral("0193a4f2-6c1e-7b3d-9f00-5a1c2e3d4b5f");
} // namespace

TEST_CASE("a record id gives one short grouped Crockford code, always the same", "[domain]") {
  const QString code = ReceiptCode::forRecordId(kId);
  CHECK(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$"))
            .match(code)
            .hasMatch());
  CHECK(ReceiptCode::forRecordId(kId) == code);
  CHECK(ReceiptCode::forRecordId(QStringLiteral("0193a4f2-6c1e-7b3d-9f00-5a1c2e3d4b60")) != code);
  CHECK(ReceiptCode::normalize(code) == code);
}

TEST_CASE("ten thousand record ids give ten thousand different codes", "[domain]") {
  QSet<QString> codes;
  for (int i = 0; i < 10000; ++i)
    codes.insert(ReceiptCode::forRecordId(QUuid::createUuid().toString(QUuid::WithoutBraces)));
  CHECK(codes.size() == 10000);
}

TEST_CASE("a code read out carelessly is still found", "[domain]") {
  const QString code = ReceiptCode::forRecordId(kId);
  QString careless = code.toLower();
  careless.remove(u'-');
  careless.insert(3, u' ');
  CHECK(ReceiptCode::normalize(careless) == code);

  // Crockford's look-alikes: O for 0, I and L for 1.
  QString lookAlike = code;
  lookAlike.replace(u'0', u'O').replace(u'1', u'l');
  CHECK(ReceiptCode::normalize(lookAlike) == code);

  // Khmer digits typed on the Khmer layout.
  QString khmer;
  for (const QChar c : code)
    khmer += c.isDigit() ? QChar(0x17E0 + c.digitValue()) : c;
  CHECK(ReceiptCode::normalize(khmer) == code);
}

TEST_CASE("every single wrong symbol is caught by the check symbol", "[domain]") {
  for (int n = 0; n < 50; ++n) {
    const QString code =
        ReceiptCode::forRecordId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    for (int pos = 0; pos < code.size(); ++pos) {
      if (code[pos] == u'-')
        continue;
      for (const QChar c : kAlphabet) {
        if (c == code[pos])
          continue;
        QString wrong = code;
        wrong[pos] = c;
        INFO(wrong.toStdString());
        CHECK_FALSE(ReceiptCode::normalize(wrong).has_value());
      }
    }
  }
}

TEST_CASE("most swapped neighbours are caught by the check symbol", "[domain]") {
  int swaps = 0;
  int caught = 0;
  for (int n = 0; n < 200; ++n) {
    QString code = ReceiptCode::forRecordId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    code.remove(u'-');
    for (int pos = 0; pos + 1 < code.size(); ++pos) {
      if (code[pos] == code[pos + 1])
        continue;
      QString swapped = code;
      std::swap(swapped[pos], swapped[pos + 1]);
      ++swaps;
      caught += ReceiptCode::normalize(swapped).has_value() ? 0 : 1;
    }
  }
  // Luhn mod 32 misses only a swapped 0 and Z (values 0 and 31).
  CHECK(caught >= swaps * 97 / 100);
}

TEST_CASE("what is not a code is refused, and search knows a code's start", "[domain]") {
  CHECK_FALSE(ReceiptCode::normalize(u"").has_value());
  CHECK_FALSE(ReceiptCode::normalize(u"ABCDE-FGHJ").has_value());   // nine symbols
  CHECK_FALSE(ReceiptCode::normalize(u"ABCDE-FGHJKM").has_value()); // eleven
  CHECK_FALSE(ReceiptCode::normalize(u"ABCDE-FGHJU").has_value());  // U is no symbol
  CHECK_FALSE(ReceiptCode::normalize(u"ABCDE+FGHJK").has_value());
  CHECK(ReceiptCode::looksLikeCode(u"7k3q"));
  CHECK(ReceiptCode::looksLikeCode(u"7K3Q9-M2"));
  CHECK_FALSE(ReceiptCode::looksLikeCode(u"7K3"));
  CHECK_FALSE(ReceiptCode::looksLikeCode(u"SOK U"));
  CHECK_FALSE(ReceiptCode::looksLikeCode(u"សុខ"));
}
