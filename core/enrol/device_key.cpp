#include "core/enrol/device_key.h"

#include "core/crypto/openssl_error.h"
#include "core/enrol/x509_text.h"

#include <QCryptographicHash>
#include <QFile>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/pem.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace camie::enrol {
namespace {

constexpr size_t kRsaBits = 3072;

// Never asks for a passphrase (OpenSSL's default would prompt on the terminal).
int noPassphrase(char*, int, int, void*) {
  return 0;
}

Result<void> writeAll(int fd, const QByteArray& bytes) {
  qsizetype done = 0;
  while (done < bytes.size()) {
    const ssize_t n =
        ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return makeError(QStringLiteral("enrol_unwritable"),
                       QString::fromLocal8Bit(std::strerror(errno)));
    done += n;
  }
  if (::fsync(fd) != 0)
    return makeError(QStringLiteral("enrol_unwritable"),
                     QString::fromLocal8Bit(std::strerror(errno)));
  return {};
}

} // namespace

Result<DeviceKey> DeviceKey::generate(KeyType type) {
  crypto::EvpPkeyPtr key(type == KeyType::Rsa ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", kRsaBits)
                                              : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
  if (!key)
    return crypto::opensslError(QStringLiteral("crypto_failure"),
                                QStringLiteral("making the kiosk's key pair"));
  return DeviceKey(std::move(key));
}

Result<DeviceKey> DeviceKey::readFile(const QString& path) {
  QFile file(path);
  if (!file.exists())
    return makeError(QStringLiteral("key_missing"),
                     QStringLiteral("There is no kiosk key at %1 (run `camie-kioskctl enrol "
                                    "request` first).")
                         .arg(path));
  if (!file.open(QIODevice::ReadOnly))
    return makeError(QStringLiteral("key_unreadable"),
                     QStringLiteral("Cannot read the kiosk key %1.").arg(path));
  QByteArray pem = file.readAll();
  const BioPtr bio = readBio(pem);
  crypto::EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
  OPENSSL_cleanse(pem.data(), static_cast<size_t>(pem.size()));
  if (!key) {
    crypto::clearOpensslErrors();
    return makeError(QStringLiteral("key_unreadable"),
                     QStringLiteral("%1 is not an unencrypted private key in PEM.").arg(path));
  }
  return DeviceKey(std::move(key));
}

Result<void> DeviceKey::writeNewFile(const QString& path) const {
  QByteArray pem = toPem(
      [this](BIO* b) {
        return PEM_write_bio_PrivateKey(b, key_.get(), nullptr, nullptr, 0, nullptr, nullptr);
      },
      true);
  if (pem.isEmpty())
    return crypto::opensslError(QStringLiteral("crypto_failure"),
                                QStringLiteral("writing the kiosk's key as PEM"));
  // The mode is given at creation: the key is never readable by others, not
  // even for the moment between creating and chmod-ing a file.
  const int fd = ::open(QFile::encodeName(path).constData(),
                        O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) {
    OPENSSL_cleanse(pem.data(), static_cast<size_t>(pem.size()));
    if (errno == EEXIST)
      return makeError(QStringLiteral("key_exists"),
                       QStringLiteral("%1 already exists; a kiosk key is never overwritten "
                                      "(--replace keeps the old one aside and makes a new one).")
                           .arg(path));
    return makeError(QStringLiteral("enrol_unwritable"),
                     QStringLiteral("Cannot create %1: %2.")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
  }
  ::fchmod(fd, S_IRUSR | S_IWUSR); // exactly 0600, whatever the umask took away
  auto written = writeAll(fd, pem);
  ::close(fd);
  OPENSSL_cleanse(pem.data(), static_cast<size_t>(pem.size()));
  if (!written) {
    QFile::remove(path);
    return makeError(written.error().code,
                     QStringLiteral("Cannot write %1: %2.").arg(path, written.error().message));
  }
  return {};
}

QString DeviceKey::description() const {
  if (EVP_PKEY_is_a(key_.get(), "RSA"))
    return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key_.get()));
  if (EVP_PKEY_is_a(key_.get(), "EC")) {
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key_.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &length) == 1) {
      const QString name = QString::fromLatin1(group, static_cast<qsizetype>(length));
      return QStringLiteral("EC %1").arg(name == u"prime256v1" ? QStringLiteral("P-256") : name);
    }
    return QStringLiteral("EC");
  }
  return QString::fromLatin1(EVP_PKEY_get0_type_name(key_.get()));
}

QString DeviceKey::publicKeyPin() const {
  unsigned char* der = nullptr;
  const int size = i2d_PUBKEY(key_.get(), &der);
  if (size <= 0)
    return {};
  const QByteArray spki(reinterpret_cast<const char*>(der), size);
  OPENSSL_free(der);
  return QStringLiteral("sha256//") +
         QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

bool DeviceKey::matches(const EVP_PKEY* publicKey) const {
  const bool same = publicKey && EVP_PKEY_eq(key_.get(), publicKey) == 1;
  crypto::clearOpensslErrors(); // a key of another type leaves an error behind
  return same;
}

} // namespace camie::enrol
