#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "core/crypto/pem_key.h"
#include "core/scan/barcode_encoder.h"
#include "core/scan/ie1_encoder.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>

namespace camie::app {

namespace {

constexpr qint64 kDefaultLifetimeSeconds = 30 * 24 * 3600;

Result<QByteArray> readFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(QStringLiteral("unreadable"), QStringLiteral("Cannot read %1.").arg(path));
  return file.readAll();
}

// --fields: a JSON object given inline, or the name of a file holding one.
Result<QJsonObject> fieldsFrom(const QString& value) {
  QByteArray json = value.toUtf8();
  if (!value.trimmed().startsWith(u'{')) {
    auto file = readFile(value);
    if (!file)
      return file.error();
    json = *file;
  }
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject())
    return makeError(QStringLiteral("bad_fields"),
                     QStringLiteral("--fields must be a JSON object of form field ids."));
  return doc.object();
}

} // namespace

// `make-prereg`: mints a signed pre-registration code (IE1) as a PNG, as the
// portal would — for demos, training and tests. Never for real registrations:
// the key must be one the kiosks trust, which the portal alone holds.
int runMakePreregCommand(Cli& cli) {
  const QCommandLineOption key(QStringLiteral("key"),
                               QStringLiteral("The Ed25519 private key (PEM) to sign with."),
                               QStringLiteral("PRIVATE.pem"));
  const QCommandLineOption kid(QStringLiteral("kid"), QStringLiteral("The key's id."),
                               QStringLiteral("ID"));
  const QCommandLineOption fields(QStringLiteral("fields"),
                                  QStringLiteral("The form answers: a JSON object or a file."),
                                  QStringLiteral("JSON"));
  const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the PNG to FILE."),
                               QStringLiteral("FILE.png"));
  const QCommandLineOption iat(QStringLiteral("iat"),
                               QStringLiteral("Issued at (Unix seconds); default: now."),
                               QStringLiteral("UNIX"));
  const QCommandLineOption exp(QStringLiteral("exp"),
                               QStringLiteral("Expires at (Unix seconds); default: 30 days later."),
                               QStringLiteral("UNIX"));
  const QCommandLineOption prn(QStringLiteral("prn"),
                               QStringLiteral("The pre-registration number; default: made up."),
                               QStringLiteral("PRN"));
  cli.parser().addOptions({key, kid, fields, out, iat, exp, prn});
  if (!cli.parse(QStringLiteral("make-prereg --key PRIVATE.pem --kid ID --fields JSON "
                                "--out FILE.png [--iat UNIX --exp UNIX --prn PRN]")))
    return 2;
  QCommandLineParser& p = cli.parser();
  if (!p.isSet(key) || !p.isSet(kid) || !p.isSet(fields) || !p.isSet(out))
    return cli.printError(makeError(QStringLiteral("bad_arguments"),
                                    QStringLiteral("make-prereg needs --key, --kid, --fields "
                                                   "and --out.")),
                          2);
  bool iatOk = true;
  bool expOk = true;
  const qint64 issued =
      p.isSet(iat) ? p.value(iat).toLongLong(&iatOk) : cli.clock()->nowMs() / 1000;
  const qint64 expires =
      p.isSet(exp) ? p.value(exp).toLongLong(&expOk) : issued + kDefaultLifetimeSeconds;
  if (!iatOk || !expOk || issued < 0 || expires < issued)
    return cli.printError(makeError(QStringLiteral("bad_arguments"),
                                    QStringLiteral("--iat and --exp must be Unix seconds, exp "
                                                   "not before iat.")),
                          2);

  auto pem = readFile(p.value(key));
  if (!pem)
    return cli.printError(pem.error());
  auto privateKey = crypto::PemKey::readEd25519PrivateKey(*pem);
  if (!privateKey)
    return cli.printError(privateKey.error());
  auto answers = fieldsFrom(p.value(fields));
  if (!answers)
    return cli.printError(answers.error());
  const QString number = p.isSet(prn) ? p.value(prn) : QStringLiteral("PR-DEMO-%1").arg(issued);
  auto text = scan::Ie1Encoder::encode(
      p.value(kid), scan::Ie1Encoder::body(number, issued, expires, *answers), *privateKey);
  if (!text)
    return cli.printError(text.error());

  scan::BarcodeEncoder::Options look;
  look.moduleSize = 6;
  look.eccLevel = 4; // M: survives a crease or a scratched phone screen
  auto image = scan::BarcodeEncoder::encode(*text, look);
  if (!image)
    return cli.printError(image.error());
  const QImage png(reinterpret_cast<const uchar*>(image->pixels.constData()), image->width,
                   image->height, image->width, QImage::Format_Grayscale8);
  if (!png.save(p.value(out), "PNG"))
    return cli.printError(makeError(QStringLiteral("unwritable"),
                                    QStringLiteral("Cannot write %1.").arg(p.value(out))));
  return cli.printResult(
      QJsonObject{{QStringLiteral("out"), p.value(out)},
                  {QStringLiteral("kid"), p.value(kid)},
                  {QStringLiteral("prn"), number},
                  {QStringLiteral("iat"), issued},
                  {QStringLiteral("exp"), expires},
                  {QStringLiteral("text"), *text}},
      QStringLiteral("Wrote %1 (%2, %3 characters).").arg(p.value(out), number).arg(text->size()));
}

} // namespace camie::app
