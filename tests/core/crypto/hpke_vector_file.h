// Reads RFC 9180 test vectors in the text layout of the RFC's appendix (the shared
// vectors/rfc9180-*.txt files): the first setup section, its encryptions and exports.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace camie::crypto::test {

struct HpkeVectorFile {
  struct Encryption {
    quint64 sequence = 0;
    QByteArray pt, aad, nonce, ct;
  };
  struct Export {
    QByteArray context;
    qsizetype length = 0;
    QByteArray value;
  };

  QHash<QString, QString> setup; // field -> text as written (hex or decimal)
  QList<Encryption> encryptions;
  QList<Export> exports;

  QByteArray hex(const QString& field) const {
    return QByteArray::fromHex(setup.value(field).toLatin1());
  }
  int number(const QString& field) const { return setup.value(field).toInt(); }

  // Only the first "### ... Setup Information" section is read; values may wrap
  // over several lines. Returns nullopt and sets *error for a file it cannot read.
  static std::optional<HpkeVectorFile> parse(const QByteArray& text, QString* error);
  static std::optional<HpkeVectorFile> read(const QString& path, QString* error);
};

} // namespace camie::crypto::test
