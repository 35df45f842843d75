#include "core/enrol/device_enrolment.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace camie::enrol {
namespace {

Result<QByteArray> readAll(const QString& path, const char* code) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(QString::fromLatin1(code), QStringLiteral("Cannot read %1.").arg(path));
  return file.readAll();
}

bool exists(const QString& path) {
  return QFileInfo::exists(path) || QFileInfo(path).isSymLink();
}

} // namespace

Result<RequestOutcome> DeviceEnrolment::request(const DeviceSubject& subject, KeyType type,
                                                bool replace, const QString& requestPath,
                                                const QString& stamp) const {
  if (auto valid = subject.validate(); !valid)
    return valid.error();
  const bool hadKey = exists(files_.key);
  if (hadKey && !replace)
    return makeError(QStringLiteral("key_exists"),
                     QStringLiteral("This kiosk already has a key (%1); it is never overwritten. "
                                    "Add --replace to make a new one (the old key is kept as "
                                    "%2.old-<time>).")
                         .arg(files_.key, QFileInfo(files_.key).fileName()));
  if (auto made = files_.makeDir(); !made)
    return made.error();
  auto key = DeviceKey::generate(type);
  if (!key)
    return key.error();
  auto csr = CertificateRequest::create(*key, subject);
  if (!csr)
    return csr.error();

  RequestOutcome outcome;
  if (!hadKey) {
    if (auto written = key->writeNewFile(files_.key); !written)
      return written.error();
  } else {
    // The new key is complete on disk before the old one moves aside.
    const QString fresh = files_.key + QStringLiteral(".new");
    QFile::remove(fresh); // left by an interrupted run: never used
    if (auto written = key->writeNewFile(fresh); !written)
      return written.error();
    auto old = DeviceFiles::keepOld(files_.key, stamp);
    if (!old) {
      QFile::remove(fresh);
      return old.error();
    }
    outcome.oldKey = *old;
    if (std::rename(QFile::encodeName(fresh).constData(),
                    QFile::encodeName(files_.key).constData()) != 0)
      return makeError(QStringLiteral("enrol_unwritable"),
                       QStringLiteral("Cannot move the new key into place (%1); it is in %2 and "
                                      "the old one in %3.")
                           .arg(QString::fromLocal8Bit(std::strerror(errno)), fresh, *old));
    if (exists(files_.certificate)) {
      auto oldCertificate = DeviceFiles::keepOld(files_.certificate, stamp);
      if (!oldCertificate)
        return oldCertificate.error();
      outcome.oldCertificate = *oldCertificate;
    }
  }
  outcome.requestPath = requestPath.isEmpty() ? files_.request : requestPath;
  if (auto written = DeviceFiles::writePublic(outcome.requestPath, csr->pem()); !written)
    return written.error();
  outcome.keyType = key->description();
  outcome.subject = csr->subject();
  outcome.fingerprint = csr->fingerprint();
  return outcome;
}

Result<DeviceCertificate> DeviceEnrolment::check(const QByteArray& certificatePem,
                                                 const QByteArray& chainPem, qint64 nowMs) const {
  auto key = DeviceKey::readFile(files_.key);
  if (!key)
    return key.error();
  auto certificate = DeviceCertificate::fromPem(certificatePem);
  if (!certificate)
    return certificate.error();
  if (auto usable = certificate->checkFor(*key, nowMs); !usable)
    return usable.error();
  if (!chainPem.isEmpty()) {
    if (auto trusted = certificate->verifyAgainst(chainPem, nowMs); !trusted)
      return trusted.error();
  }
  return certificate;
}

Result<InstallOutcome> DeviceEnrolment::install(const DeviceCertificate& certificate,
                                                const QByteArray& chainPem,
                                                const QString& stamp) const {
  if (auto made = files_.makeDir(); !made)
    return made.error();
  InstallOutcome outcome;
  const QByteArray pem = certificate.pem();
  if (exists(files_.certificate)) {
    auto current = readAll(files_.certificate, "enrol_unwritable");
    if (!current || *current != pem) {
      auto old = DeviceFiles::keepOld(files_.certificate, stamp);
      if (!old)
        return old.error();
      outcome.oldCertificate = *old;
    }
  }
  if (auto written = DeviceFiles::writePublic(files_.certificate, pem); !written)
    return written.error();
  outcome.certificatePath = files_.certificate;
  if (!chainPem.isEmpty()) {
    if (auto written = DeviceFiles::writePublic(files_.chain, chainPem); !written)
      return written.error();
    outcome.chainPath = files_.chain;
  }
  return outcome;
}

EnrolmentStatus DeviceEnrolment::status(const QString& certificatePath, const QString& chainPath,
                                        qint64 nowMs) const {
  EnrolmentStatus s;
  auto key = DeviceKey::readFile(files_.key);
  s.keyPresent = exists(files_.key);
  if (key) {
    s.keyType = key->description();
    s.keyPin = key->publicKeyPin();
  }
  if (auto pem = readAll(files_.request, "request_unreadable")) {
    if (auto csr = CertificateRequest::fromPem(*pem)) {
      s.requestPresent = true;
      s.requestSubject = csr->subject();
      s.requestFingerprint = csr->fingerprint();
    }
  }
  s.certificatePath = certificatePath.isEmpty() ? files_.certificate : certificatePath;
  s.certificatePresent = exists(s.certificatePath);
  if (!s.keyPresent) {
    s.state = QStringLiteral("no_key");
  } else if (!key) {
    s.state = QStringLiteral("unreadable");
    s.problem = key.error().message;
  }
  if (!s.certificatePresent) {
    if (s.state.isEmpty())
      s.state = QStringLiteral("requested");
    return s;
  }
  auto pem = readAll(s.certificatePath, "certificate_unreadable");
  auto certificate =
      pem ? DeviceCertificate::fromPem(*pem) : Result<DeviceCertificate>(pem.error());
  if (!certificate) {
    s.state = QStringLiteral("unreadable");
    s.problem = certificate.error().message;
    return s;
  }
  s.subject = certificate->subject();
  s.issuer = certificate->issuer();
  s.notBeforeMs = certificate->notBeforeMs();
  s.notAfterMs = certificate->notAfterMs();
  s.fingerprint = certificate->fingerprint();
  if (!s.state.isEmpty())
    return s;
  if (auto usable = certificate->checkFor(*key, nowMs); !usable) {
    s.state = usable.error().code.mid(QStringLiteral("certificate_").size());
    s.problem = usable.error().message;
    return s;
  }
  s.chainPath = !chainPath.isEmpty() ? chainPath : exists(files_.chain) ? files_.chain : QString();
  if (!s.chainPath.isEmpty()) {
    auto chain = readAll(s.chainPath, "chain_unreadable");
    auto trusted = chain ? certificate->verifyAgainst(*chain, nowMs) : Result<void>(chain.error());
    s.chainVerified = trusted.ok();
    if (!trusted) {
      s.state = QStringLiteral("untrusted");
      s.problem = trusted.error().message;
      return s;
    }
  }
  s.state = QStringLiteral("installed");
  return s;
}

} // namespace camie::enrol
