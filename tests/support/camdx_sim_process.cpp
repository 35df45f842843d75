#include "tests/support/camdx_sim_process.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QJsonDocument>

#include <curl/curl.h>

namespace camie::test {
namespace {

constexpr int kStartTimeoutMs = 60000; // generous: sanitizer builds start slowly

size_t collect(char* data, size_t size, size_t count, void* out) {
  static_cast<QByteArray*>(out)->append(data, static_cast<qsizetype>(size * count));
  return size * count;
}

} // namespace

CamdxSimProcess::CamdxSimProcess(const QStringList& arguments) {
  REQUIRE(stateFolder_.isValid());
  QStringList args = arguments;
  const auto addUnlessSet = [&](const QString& flag, const QString& value) {
    if (!args.contains(flag))
      args << flag << value;
  };
  addUnlessSet(QStringLiteral("--state-dir"), stateFolder_.path());
  addUnlessSet(QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"));
  addUnlessSet(QStringLiteral("--gazetteer"),
               QStringLiteral(CAMIE_SHARED_DIR "/data/gazetteer-kh-2022.json"));
  args << QStringLiteral("--admin-listen") << QStringLiteral("127.0.0.1:0");
  stateDir_ = args.at(args.indexOf(QStringLiteral("--state-dir")) + 1);

  process_.start(QStringLiteral(CAMDX_SIM_PATH), args);
  INFO("camdx-sim " << args.join(u' ').toStdString());
  REQUIRE(process_.waitForStarted());
  QByteArray out;
  const QDeadlineTimer deadline(kStartTimeoutMs);
  while (!out.contains('\n') && process_.state() == QProcess::Running && !deadline.hasExpired()) {
    process_.waitForReadyRead(static_cast<int>(deadline.remainingTime()));
    out += process_.readAllStandardOutput();
  }
  stderr_ += process_.readAllStandardError();
  INFO("stdout: " << out.toStdString() << "\nstderr: " << stderr_.toStdString());
  REQUIRE(out.contains('\n'));
  const QJsonObject ready = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
  url_ = ready.value(QStringLiteral("url")).toString();
  port_ = static_cast<quint16>(ready.value(QStringLiteral("port")).toInt());
  adminUrl_ = ready.value(QStringLiteral("adminUrl")).toString();
  rootsFile_ = ready.value(QStringLiteral("rootsFile")).toString();
  REQUIRE(port_ != 0);
  REQUIRE(!adminUrl_.isEmpty());
}

CamdxSimProcess::~CamdxSimProcess() {
  stop();
}

int CamdxSimProcess::stop() {
  if (process_.state() != QProcess::NotRunning) {
    process_.terminate();
    if (!process_.waitForFinished(10000)) {
      process_.kill();
      process_.waitForFinished();
    }
    stderr_ += process_.readAllStandardError();
  }
  return process_.exitStatus() == QProcess::NormalExit ? process_.exitCode() : -1;
}

QByteArray CamdxSimProcess::log() {
  stderr_ += process_.readAllStandardError();
  return stderr_;
}

QJsonValue CamdxSimProcess::admin(const QByteArray& method, const QString& path,
                                  const QByteArray& body) const {
  CURL* curl = curl_easy_init();
  REQUIRE(curl);
  const QByteArray url = (adminUrl_ + path).toUtf8();
  QByteArray response;
  curl_easy_setopt(curl, CURLOPT_URL, url.constData());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.constData());
  if (!body.isEmpty() || method == "POST" || method == "PUT") {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  }
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 60000L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  const CURLcode rc = curl_easy_perform(curl);
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_cleanup(curl);
  INFO(method.toStdString() << " " << path.toStdString() << ": " << curl_easy_strerror(rc) << ", "
                            << status << " " << response.toStdString());
  REQUIRE(rc == CURLE_OK);
  REQUIRE(status / 100 == 2);
  const QJsonDocument doc = QJsonDocument::fromJson(response);
  return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonObject CamdxSimProcess::summary() const {
  return admin("GET", QStringLiteral("/_sim/summary")).toObject();
}

QJsonArray CamdxSimProcess::registrations(bool all) const {
  return admin("GET", all ? QStringLiteral("/_sim/registrations?all=1")
                          : QStringLiteral("/_sim/registrations"))
      .toArray();
}

QString CamdxSimProcess::rotateKey() const {
  return admin("POST", QStringLiteral("/_sim/rotate-key"))
      .toObject()
      .value(QStringLiteral("kid"))
      .toString();
}

} // namespace camie::test
