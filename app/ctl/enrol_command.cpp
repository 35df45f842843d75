#include "app/config/config_writer.h"
#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"
#include "core/enrol/device_enrolment.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <functional>
#include <optional>

namespace camie::app {
namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

struct EnrolOptions {
  QCommandLineOption org{QStringLiteral("org"),
                         QStringLiteral("O= of the certificate: the bank "
                                        "or agency."),
                         QStringLiteral("ORG")};
  QCommandLineOption memberCode{QStringLiteral("member-code"),
                                QStringLiteral("CN= of the certificate: the X-Road member code."),
                                QStringLiteral("CODE")};
  QCommandLineOption subsystem{QStringLiteral("subsystem"),
                               QStringLiteral("OU= of the certificate: the client subsystem."),
                               QStringLiteral("SUB")};
  QCommandLineOption deviceId{QStringLiteral("device-id"),
                              QStringLiteral("serialNumber= of the certificate; also written to "
                                             "device/id in the configuration."),
                              QStringLiteral("ID")};
  QCommandLineOption keyType{QStringLiteral("key-type"),
                             QStringLiteral("ec (P-256, the default) or rsa (3072 bits)."),
                             QStringLiteral("TYPE"), QStringLiteral("ec")};
  QCommandLineOption out{QStringLiteral("out"),
                         QStringLiteral("Write the request to CSR_PATH (default: "
                                        "device/kiosk.csr beside the database)."),
                         QStringLiteral("CSR_PATH")};
  QCommandLineOption replace{QStringLiteral("replace"),
                             QStringLiteral("Make a new key even if there is one (kept aside).")};
  QCommandLineOption cert{QStringLiteral("cert"),
                          QStringLiteral("The certificate the CA issued (PEM)."),
                          QStringLiteral("CERT.pem")};
  QCommandLineOption chain{QStringLiteral("chain"),
                           QStringLiteral("The CA certificate(s) that issued it (PEM)."),
                           QStringLiteral("CA.pem")};
  QCommandLineOption keys{QStringLiteral("keys"),
                          QStringLiteral("Also load the registry keys document FILE."),
                          QStringLiteral("KEYS.json")};
};

const QString kUsage = QStringLiteral(
    "enrol request --org ORG --member-code CODE [--subsystem SUB] [--device-id ID] "
    "[--key-type ec|rsa] [--out CSR_PATH] [--replace] | enrol install --cert CERT.pem "
    "[--chain CA.pem] [--keys KEYS.json] | enrol status");

QString isoTime(qint64 ms) {
  return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

Result<QByteArray> readFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(QStringLiteral("unreadable"), QStringLiteral("Cannot read %1.").arg(path));
  return file.readAll();
}

// Saves a change to the configuration file the kiosk reads (as the
// technician's settings screen does); returns the file written.
Result<QString> saveConfig(const Cli& cli, const std::function<void(KioskConfig&)>& change) {
  auto config = cli.fileConfig();
  if (!config)
    return config.error();
  change(*config);
  const QString path = ConfigWriter::savePath(*config);
  if (auto written = ConfigWriter::write(*config, path); !written)
    return written.error();
  return path;
}

int request(Cli& cli, const EnrolOptions& o, const KioskConfig& config) {
  const QCommandLineParser& p = cli.parser();
  if (!p.isSet(o.org) || !p.isSet(o.memberCode))
    return cli.printError(makeError(QStringLiteral("bad_arguments"),
                                    QStringLiteral("enrol request needs --org ORG and "
                                                   "--member-code CODE.")),
                          2);
  const QString type = p.value(o.keyType);
  if (type != u"ec" && type != u"rsa")
    return cli.printError(
        makeError(QStringLiteral("bad_arguments"), QStringLiteral("--key-type is ec or rsa.")), 2);
  enrol::DeviceSubject subject{p.value(o.org), p.value(o.subsystem), p.value(o.memberCode),
                               p.value(o.deviceId)};
  if (subject.deviceId.isEmpty())
    subject.deviceId = config.deviceId;
  if (subject.deviceId.isEmpty() && QFileInfo::exists(config.databasePath)) {
    auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
    if (!kiosk)
      return cli.printError(kiosk.error());
    subject.deviceId = kiosk->deviceId; // the one made at init
  }
  if (subject.deviceId.isEmpty())
    return cli.printError(makeError(QStringLiteral("bad_arguments"),
                                    QStringLiteral("This kiosk has no device id yet: give "
                                                   "--device-id ID (or run init first).")),
                          2);

  const enrol::DeviceEnrolment enrolment(enrol::DeviceFiles::beside(config.databasePath));
  auto made = enrolment.request(subject, type == u"rsa" ? enrol::KeyType::Rsa : enrol::KeyType::Ec,
                                p.isSet(o.replace), p.value(o.out), cli.fileStamp());
  if (!made)
    return cli.printError(made.error());

  QJsonObject json{{QStringLiteral("key"), enrolment.files().key},
                   {QStringLiteral("keyType"), made->keyType},
                   {QStringLiteral("csr"), made->requestPath},
                   {QStringLiteral("subject"), made->subject},
                   {QStringLiteral("fingerprint"), made->fingerprint},
                   {QStringLiteral("deviceId"), subject.deviceId}};
  QString text = QStringLiteral("New %1 key in %2 (readable by this user only).\n"
                                "Certificate request: %3\n  subject: %4\n  SHA-256: %5")
                     .arg(made->keyType, enrolment.files().key, made->requestPath, made->subject,
                          made->fingerprint);
  if (!made->oldKey.isEmpty()) {
    json.insert(QStringLiteral("oldKey"), made->oldKey);
    text += QStringLiteral("\nThe previous key is kept as %1; sync with it stops until the new "
                           "certificate is installed.")
                .arg(made->oldKey);
  }
  if (!made->oldCertificate.isEmpty())
    json.insert(QStringLiteral("oldCertificate"), made->oldCertificate);
  if (p.isSet(o.deviceId) && p.value(o.deviceId) != config.deviceId) {
    auto saved = saveConfig(cli, [&](KioskConfig& c) { c.deviceId = subject.deviceId; });
    if (!saved)
      return cli.printError(saved.error());
    json.insert(QStringLiteral("config"), *saved);
    text += QStringLiteral("\ndevice/id = %1 written to %2.").arg(subject.deviceId, *saved);
  }
  text += QStringLiteral("\nSend the request to the CA; then: camie-kioskctl enrol install "
                         "--cert CERT.pem --chain CA.pem");
  return cli.printResult(json, text);
}

int install(Cli& cli, const EnrolOptions& o, const KioskConfig& config) {
  const QCommandLineParser& p = cli.parser();
  if (!p.isSet(o.cert))
    return cli.printError(makeError(QStringLiteral("bad_arguments"),
                                    QStringLiteral("enrol install needs --cert CERT.pem.")),
                          2);
  auto certificatePem = readFile(p.value(o.cert));
  if (!certificatePem)
    return cli.printError(certificatePem.error());
  QByteArray chainPem;
  if (p.isSet(o.chain)) {
    auto chain = readFile(p.value(o.chain));
    if (!chain)
      return cli.printError(chain.error());
    chainPem = *chain;
  }
  QByteArray keysBody;
  if (p.isSet(o.keys)) {
    auto keys = readFile(p.value(o.keys));
    if (!keys)
      return cli.printError(keys.error());
    keysBody = *keys;
  }
  const qint64 now = cli.clock()->nowMs();
  const enrol::DeviceEnrolment enrolment(enrol::DeviceFiles::beside(config.databasePath));
  auto certificate = enrolment.check(*certificatePem, chainPem, now);
  if (!certificate)
    return cli.printError(certificate.error());
  // Everything is checked before anything is written.
  std::optional<CtlKiosk> kiosk;
  if (p.isSet(o.keys)) {
    auto opened = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
    if (!opened)
      return cli.printError(opened.error());
    kiosk.emplace(std::move(*opened));
    if (auto verified = kiosk->verifyKeys(keysBody, p.value(o.keys)); !verified)
      return cli.printError(verified.error());
  }

  auto installed = enrolment.install(*certificate, chainPem, cli.fileStamp());
  if (!installed)
    return cli.printError(installed.error());
  auto saved = saveConfig(cli, [&](KioskConfig& c) {
    c.sync.certFile = installed->certificatePath;
    c.sync.keyFile = enrolment.files().key;
    if (!installed->chainPath.isEmpty())
      c.deviceCaFile = installed->chainPath;
  });
  if (!saved)
    return cli.printError(saved.error());

  const qint64 daysLeft = (certificate->notAfterMs() - now) / kDayMs;
  QJsonObject json{{QStringLiteral("certificate"), installed->certificatePath},
                   {QStringLiteral("subject"), certificate->subject()},
                   {QStringLiteral("issuer"), certificate->issuer()},
                   {QStringLiteral("notAfter"), isoTime(certificate->notAfterMs())},
                   {QStringLiteral("daysLeft"), daysLeft},
                   {QStringLiteral("fingerprint"), certificate->fingerprint()},
                   {QStringLiteral("chainVerified"), !chainPem.isEmpty()},
                   {QStringLiteral("config"), *saved}};
  QString text =
      QStringLiteral("Installed %1\n  subject: %2\n  issuer: %3\n  valid until %4 (%5 days)\n"
                     "  SHA-256: %6\n%7\nsync/cert_file and sync/key_file written to %8.")
          .arg(installed->certificatePath, certificate->subject(), certificate->issuer(),
               isoTime(certificate->notAfterMs()))
          .arg(daysLeft)
          .arg(certificate->fingerprint(),
               chainPem.isEmpty() ? QStringLiteral("  (no --chain: not checked against the CA)")
                                  : QStringLiteral("  verified against the CA chain, kept as %1")
                                        .arg(installed->chainPath),
               *saved);
  if (!installed->oldCertificate.isEmpty())
    json.insert(QStringLiteral("oldCertificate"), installed->oldCertificate);
  if (config.sync.connection != u"mtls") {
    json.insert(QStringLiteral("warning"), QStringLiteral("sync/connection is not mtls"));
    text += QStringLiteral("\nNote: sync/connection is %1; the certificate is used only with "
                           "mtls.")
                .arg(config.sync.connection);
  }
  if (kiosk) {
    auto etag = kiosk->loadReference(QStringLiteral("keys"), keysBody, p.value(o.keys));
    if (!etag)
      return cli.printError(etag.error());
    json.insert(QStringLiteral("keysLoaded"), *etag);
    text += QStringLiteral("\nRegistry keys loaded (%1 bytes).").arg(keysBody.size());
  }
  return cli.printResult(json, text);
}

int status(Cli& cli, const KioskConfig& config) {
  const qint64 now = cli.clock()->nowMs();
  const enrol::DeviceEnrolment enrolment(enrol::DeviceFiles::beside(config.databasePath));
  const enrol::EnrolmentStatus s = enrolment.status(config.sync.certFile, config.deviceCaFile, now);
  const enrol::DeviceFiles& f = enrolment.files();
  QJsonObject json{{QStringLiteral("state"), s.state},
                   {QStringLiteral("key"), QJsonObject{{QStringLiteral("path"), f.key},
                                                       {QStringLiteral("present"), s.keyPresent},
                                                       {QStringLiteral("type"), s.keyType},
                                                       {QStringLiteral("publicKeyPin"), s.keyPin}}},
                   {QStringLiteral("request"),
                    QJsonObject{{QStringLiteral("path"), f.request},
                                {QStringLiteral("present"), s.requestPresent},
                                {QStringLiteral("subject"), s.requestSubject},
                                {QStringLiteral("fingerprint"), s.requestFingerprint}}}};
  QString text = QStringLiteral("state: %1\nkey: %2\n")
                     .arg(s.state, s.keyPresent ? QStringLiteral("%1 (%2)").arg(f.key, s.keyType)
                                                : QStringLiteral("none (run enrol request)"));
  if (s.requestPresent)
    text += QStringLiteral("request: %1\n  subject: %2\n  SHA-256: %3\n")
                .arg(f.request, s.requestSubject, s.requestFingerprint);
  QJsonObject certificate{{QStringLiteral("path"), s.certificatePath},
                          {QStringLiteral("present"), s.certificatePresent}};
  if (!s.subject.isEmpty()) {
    const qint64 daysLeft = (s.notAfterMs - now) / kDayMs;
    certificate.insert(QStringLiteral("subject"), s.subject);
    certificate.insert(QStringLiteral("issuer"), s.issuer);
    certificate.insert(QStringLiteral("notBefore"), isoTime(s.notBeforeMs));
    certificate.insert(QStringLiteral("notAfter"), isoTime(s.notAfterMs));
    certificate.insert(QStringLiteral("daysLeft"), daysLeft);
    certificate.insert(QStringLiteral("fingerprint"), s.fingerprint);
    certificate.insert(QStringLiteral("chain"), s.chainPath);
    certificate.insert(QStringLiteral("chainVerified"), s.chainVerified);
    text += QStringLiteral("certificate: %1\n  subject: %2\n  issuer: %3\n  valid until %4 "
                           "(%5 days left)\n  SHA-256: %6\n")
                .arg(s.certificatePath, s.subject, s.issuer, isoTime(s.notAfterMs))
                .arg(daysLeft)
                .arg(s.fingerprint);
    if (s.chainVerified)
      text += QStringLiteral("  verified against %1\n").arg(s.chainPath);
  } else {
    text += QStringLiteral("certificate: none installed\n");
  }
  json.insert(QStringLiteral("certificate"), certificate);
  if (!s.problem.isEmpty()) {
    json.insert(QStringLiteral("problem"), s.problem);
    text += QStringLiteral("problem: %1\n").arg(s.problem);
  }
  return cli.printResult(json, text.trimmed());
}

} // namespace

// `enrol request|install|status`: the kiosk's own key pair and CamDX client
// certificate. The key is made here and never leaves the kiosk; the request
// goes to the CA, the certificate it returns is checked and installed, and
// the configuration points sync at both (docs/operations.md).
int runEnrolCommand(Cli& cli) {
  const EnrolOptions o;
  cli.parser().addOptions({o.org, o.memberCode, o.subsystem, o.deviceId, o.keyType, o.out,
                           o.replace, o.cert, o.chain, o.keys});
  if (!cli.parse(kUsage))
    return 2;
  const QStringList args = cli.commandArguments();
  const QString step = args.value(0);
  if (args.size() != 1 || (step != u"request" && step != u"install" && step != u"status"))
    return cli.printError(
        makeError(QStringLiteral("bad_arguments"), QStringLiteral("usage: ") + kUsage), 2);
  auto config = cli.config();
  if (!config)
    return cli.printError(config.error());
  if (step == u"request")
    return request(cli, o, *config);
  if (step == u"install")
    return install(cli, o, *config);
  return status(cli, *config);
}

} // namespace camie::app
