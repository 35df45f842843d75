// TestPki: a throw-away PKI made at test time with OpenSSL 3 (no private key is
// committed), as PEM files in a temporary folder, for HTTPS and mutual TLS.
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace camie::test {

// Construct it inside a TEST_CASE: it REQUIREs success.
class TestPki {
public:
  struct Subject {
    QString organization = QStringLiteral("ACLEDA Bank Plc."); // O= of the client certificate
    QString memberCode = QStringLiteral("ACLEDA");             // CN= of the client certificate
    QString deviceId =
        {}; // serialNumber= (the kiosk's device id, as enrolment puts it), if not empty
  };
  struct Pair {
    QString cert; // PEM certificate
    QString key;  // PEM private key (PKCS #8, unencrypted)
  };

  // Makes every certificate below. EC P-256 keys, SHA-256 signatures.
  TestPki();
  explicit TestPki(const Subject& client);
  ~TestPki();
  TestPki(const TestPki&) = delete;
  TestPki& operator=(const TestPki&) = delete;

  QString dir() const { return dir_.path(); }

  // The CA that issued server(), client(), expiredServer() and wrongHostServer().
  QString caCert() const { return path(QStringLiteral("ca.pem")); }
  // Its private key (PKCS #8, unencrypted), for camdx-sim sign-csr.
  QString caKey() const { return path(QStringLiteral("ca.key")); }
  // CN=localhost, SAN DNS:localhost and IP:127.0.0.1, valid from yesterday for a year.
  Pair server() const { return pair(QStringLiteral("server")); }
  // C=KH, O=<organization>, CN=<memberCode>; extendedKeyUsage clientAuth.
  Pair client() const { return pair(QStringLiteral("client")); }
  // client().key again, encrypted (PKCS #8, AES-256-CBC) under passphrase().
  QString clientKeyEncrypted() const { return path(QStringLiteral("client-encrypted.key")); }
  static QString passphrase() { return QStringLiteral("test-passphrase"); }
  // Like server() but it expired yesterday (valid for the 30 days before).
  Pair expiredServer() const { return pair(QStringLiteral("expired-server")); }
  // Like server() but for CN=SAN=wrong-host.example only: a host-name mismatch on 127.0.0.1.
  Pair wrongHostServer() const { return pair(QStringLiteral("wrong-host-server")); }

  // Another CA, unknown to anyone trusting caCert(), with its own certificates.
  QString otherCaCert() const { return path(QStringLiteral("other-ca.pem")); }
  Pair otherServer() const { return pair(QStringLiteral("other-server")); } // localhost
  Pair otherClient() const {
    return pair(QStringLiteral("other-client"));
  } // same subject as client()

  // One more client certificate from caCert(), e.g. one not registered for a
  // client id; `name` names its files (<name>.pem, <name>.key).
  Pair issueClient(const QString& name, const Subject& subject);
  // A client certificate from caCert() for the key in `keyPath` (a private
  // key in PEM), valid from `notBeforeOffset` to `notAfterOffset` seconds from
  // now, with `country` as C= (none when empty); written to <name>.pem.
  QString issueClientForKey(const QString& name, const QString& keyPath, const Subject& subject,
                            long notBeforeOffset, long notAfterOffset,
                            const QString& country = QStringLiteral("KH"));

  // libcurl's CURLOPT_PINNEDPUBLICKEY form of a certificate's key:
  // "sha256//<base64 of the SHA-256 of its SubjectPublicKeyInfo>".
  static QString publicKeyPin(const QString& certPath);

private:
  struct Authority;
  QString path(const QString& name) const { return dir_.filePath(name); }
  Pair pair(const QString& name) const {
    return {path(name + QStringLiteral(".pem")), path(name + QStringLiteral(".key"))};
  }

  QTemporaryDir dir_;
  std::unique_ptr<Authority> ca_; // kept to issue more client certificates
};

} // namespace camie::test
