#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"
#include "core/store/registration_queue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace camie::app {

// `register --operator ID --answers FILE`: validates and finalises one
// registration (a JSON object of answers keyed by field id) or an array of
// them — how paper forms typed in elsewhere come in. Each invalid one is
// reported with its field errors and nothing is stored for it.
int runRegisterCommand(Cli& cli) {
  const QCommandLineOption op(QStringLiteral("operator"),
                              QStringLiteral("The operator registering."), QStringLiteral("ID"));
  const QCommandLineOption answersOpt(QStringLiteral("answers"),
                                      QStringLiteral("JSON answers: an object or an array."),
                                      QStringLiteral("FILE"));
  cli.parser().addOptions({op, answersOpt});
  if (!cli.parse(QStringLiteral("register --operator ID --answers FILE")))
    return 2;
  if (!cli.parser().isSet(op) || !cli.parser().isSet(answersOpt))
    return cli.printError(makeError(QStringLiteral("bad_arguments"),
                                    QStringLiteral("register needs --operator ID and "
                                                   "--answers FILE")),
                          2);
  QFile file(cli.parser().value(answersOpt));
  if (!file.open(QIODevice::ReadOnly))
    return cli.printError(makeError(QStringLiteral("unreadable"),
                                    QStringLiteral("Cannot read %1.").arg(file.fileName())));
  QJsonParseError parseError{};
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
  if (parseError.error != QJsonParseError::NoError || (!doc.isObject() && !doc.isArray()))
    return cli.printError(makeError(QStringLiteral("bad_answers"),
                                    QStringLiteral("%1 is not a JSON object or array (%2 at "
                                                   "offset %3).")
                                        .arg(file.fileName(), parseError.errorString())
                                        .arg(parseError.offset)));
  QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};

  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
  if (!kiosk)
    return cli.printError(kiosk.error());
  auto session = kiosk->signIn(cli.parser().value(op));
  if (!session)
    return cli.printError(session.error());
  auto reference = kiosk->reference();
  if (!reference)
    return cli.printError(reference.error());
  kiosk->ensureRecovery(*session, *reference);

  store::RegistrationQueue queue(*kiosk->db, *kiosk->clock, kiosk->deviceId,
                                 kiosk->config.retentionDays);
  QJsonArray results;
  QString text;
  int finalised = 0;
  int invalid = 0;
  for (qsizetype i = 0; i < items.size(); ++i) {
    QJsonObject result{{QStringLiteral("index"), static_cast<int>(i)}};
    if (!items.at(i).isObject()) {
      ++invalid;
      result.insert(QStringLiteral("errors"),
                    QJsonArray{QJsonObject{{QStringLiteral("field"), QString()},
                                           {QStringLiteral("code"), QStringLiteral("not_object")},
                                           {QStringLiteral("message"),
                                            QStringLiteral("Not a JSON object of answers.")}}});
      text += QStringLiteral("#%1: not a JSON object of answers\n").arg(i);
      results.append(result);
      continue;
    }
    auto outcome = queue.finalise(*session, *reference, items.at(i).toObject());
    if (!outcome) // storage or key trouble: stop, what was finalised stays
      return cli.printError(outcome.error());
    if (outcome->ok()) {
      ++finalised;
      result.insert(QStringLiteral("id"), outcome->recordId);
      result.insert(QStringLiteral("status"), QStringLiteral("sealed"));
      text += QStringLiteral("#%1: %2 sealed\n").arg(i).arg(outcome->recordId);
    } else {
      ++invalid;
      QJsonArray errors;
      for (const auto& e : outcome->errors) {
        errors.append(QJsonObject{{QStringLiteral("field"), e.field},
                                  {QStringLiteral("code"), e.code},
                                  {QStringLiteral("message"), e.message}});
        text += QStringLiteral("#%1: %2: %3\n").arg(i).arg(e.field, e.message);
      }
      result.insert(QStringLiteral("errors"), errors);
    }
    results.append(result);
  }
  cli.printResult(QJsonObject{{QStringLiteral("finalised"), finalised},
                              {QStringLiteral("invalid"), invalid},
                              {QStringLiteral("results"), results}},
                  text + QStringLiteral("%1 finalised, %2 invalid").arg(finalised).arg(invalid));
  return invalid == 0 ? 0 : 1;
}

} // namespace camie::app
