#include "core/enrol/x509_text.h"

#include <QCryptographicHash>

#include <openssl/asn1.h>

#include <ctime>

namespace camie::enrol {

QString sha256Fingerprint(const QByteArray& der) {
  return QString::fromLatin1(
      QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString nameText(const X509_NAME* name) {
  const BioPtr bio(BIO_new(BIO_s_mem()));
  if (!bio || !name)
    return {};
  // RFC 2253 escaping, but UTF-8 kept as it is and the fields in written order.
  const unsigned long flags = (ASN1_STRFLGS_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) |
                              XN_FLAG_SEP_CPLUS_SPC | XN_FLAG_FN_SN | XN_FLAG_DUMP_UNKNOWN_FIELDS;
  if (X509_NAME_print_ex(bio.get(), name, 0, flags) < 0)
    return {};
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return QString::fromUtf8(data, size);
}

QString nameEntry(const X509_NAME* name, int nid) {
  const int index = X509_NAME_get_index_by_NID(name, nid, -1);
  if (index < 0)
    return {};
  const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
  unsigned char* utf8 = nullptr;
  const int size = ASN1_STRING_to_UTF8(&utf8, value);
  if (size < 0)
    return {};
  const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), size);
  OPENSSL_free(utf8);
  return text;
}

qint64 unixMs(const ASN1_TIME* time) {
  std::tm tm{};
  if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
    return 0;
  return static_cast<qint64>(timegm(&tm)) * 1000;
}

QByteArray toPem(const std::function<int(BIO*)>& write, bool secret) {
  const BioPtr bio(BIO_new(secret ? BIO_s_secmem() : BIO_s_mem()));
  if (!bio || write(bio.get()) != 1)
    return {};
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return QByteArray(data, size);
}

BioPtr readBio(const QByteArray& bytes) {
  return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

} // namespace camie::enrol
