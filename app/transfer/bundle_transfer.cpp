#include "app/transfer/bundle_transfer.h"

#include "core/bundle/bundle_reader.h"
#include "core/bundle/bundle_writer.h"
#include "core/enrol/device_certificate.h"
#include "core/logging/log_categories.h"
#include "core/store/bundle_queue.h"
#include "core/util/uuid7.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace camie::app {
namespace {

// A file of at most `maxBytes`: a larger one is refused before it is read
// (and a device or pipe that never ends is read no further than the limit).
Result<QByteArray> readSmallFile(const QString& path, const QString& what, qint64 maxBytes) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return makeError(QStringLiteral("file_unreadable"),
                     QStringLiteral("%1 %2 cannot be read: %3.").arg(what, path, f.errorString()));
  const auto tooLarge = [&] {
    return makeError(QStringLiteral("file_too_large"),
                     QStringLiteral("%1 %2 is larger than %3, the most it can have: it was not "
                                    "read.")
                         .arg(what, path,
                              maxBytes % (1024 * 1024) == 0
                                  ? QStringLiteral("%1 MiB").arg(maxBytes / (1024 * 1024))
                                  : QStringLiteral("%1 bytes").arg(maxBytes)));
  };
  if (f.size() > maxBytes)
    return tooLarge();
  QByteArray bytes = f.read(maxBytes + 1);
  if (bytes.size() > maxBytes)
    return tooLarge();
  if (f.error() != QFileDevice::NoError)
    return makeError(QStringLiteral("file_unreadable"),
                     QStringLiteral("%1 %2 cannot be read: %3.").arg(what, path, f.errorString()));
  return bytes;
}

// Writes a new file on the stick so that it is there after the stick is
// pulled: a temporary file renamed when complete, the file and its folder
// flushed (vfat keeps the rename in the folder), then read back.
Result<void> writeDurably(const QString& path, const QByteArray& bytes) {
  const auto unwritable = [&path](const QString& why) {
    return makeError(ErrorKind::BundleUnwritable,
                     QStringLiteral("The bundle %1 could not be written (%2); its records were not "
                                    "marked exported.")
                         .arg(path, why));
  };
  if (QFileInfo::exists(path))
    return unwritable(QStringLiteral("a file of that name exists"));
  QSaveFile out(path);
  if (!out.open(QIODevice::WriteOnly))
    return unwritable(out.errorString());
  if (out.write(bytes) != bytes.size() || !out.commit())
    return unwritable(out.errorString());
  const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
  const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  const bool synced = fd >= 0 && ::fsync(fd) == 0 && ::syncfs(fd) == 0;
  if (fd >= 0)
    ::close(fd);
  if (!synced)
    return unwritable(QStringLiteral("the stick did not confirm the write"));
  auto back = readSmallFile(path, QStringLiteral("The bundle"), bundle::kMaxFileBytes);
  if (!back || *back != bytes)
    return unwritable(QStringLiteral("reading it back gave other bytes: a faulty stick?"));
  return {};
}

} // namespace

BundleTransfer::BundleTransfer(store::SqliteDatabase& db, const Clock& clock, KioskConfig config,
                               QString deviceId)
    : db_(db), clock_(clock), config_(std::move(config)), deviceId_(std::move(deviceId)) {}

Result<ExportOutcome> BundleTransfer::exportTo(const QString& folder, bool includeExported,
                                               const QString& actor, const Progress& progress) {
  if (deviceId_.isEmpty())
    return makeError(QStringLiteral("no_device_id"),
                     QStringLiteral("This kiosk has no device id yet (device/id, set at "
                                    "enrolment); a bundle must say where it comes from."));
  if (!QFileInfo(folder).isDir())
    return makeError(ErrorKind::NoSuchFolder,
                     QStringLiteral("%1 is not a folder (is the USB stick mounted?).").arg(folder));
  if (config_.sync.keyFile.isEmpty() || config_.sync.certFile.isEmpty())
    return makeError(ErrorKind::BundleSigner,
                     QStringLiteral("This kiosk cannot sign a bundle: it needs its enrolled key "
                                    "and certificate (sync/key_file, sync/cert_file; see "
                                    "camie-kioskctl enrol)."));
  const auto key = readSmallFile(config_.sync.keyFile, QStringLiteral("The kiosk key"), 1 << 20);
  if (!key)
    return key.error();
  const auto cert =
      readSmallFile(config_.sync.certFile, QStringLiteral("The kiosk certificate"), 1 << 20);
  if (!cert)
    return cert.error();
  bundle::BundleSigner signer;
  signer.keyPem = *key;
  signer.certificatesPem = *cert;
  if (!config_.sync.keyPassphraseFile.isEmpty()) {
    auto pass = readSmallFile(config_.sync.keyPassphraseFile,
                              QStringLiteral("The key passphrase file"), 4096);
    if (!pass)
      return pass.error();
    signer.passphrase = pass->split('\n').value(0).trimmed();
  }

  store::BundleQueue queue(db_, clock_);
  auto total = queue.exportableCount(includeExported);
  if (!total)
    return total.error();
  ExportOutcome outcome;
  if (*total == 0)
    return outcome;
  if (progress)
    progress(0, static_cast<int>(*total));

  // One bundle per page of records, each within the size a bundle may have.
  store::BundleQueue::Cursor cursor;
  for (;;) {
    auto records = queue.exportable(includeExported, cursor, bundle::kMaxRecords,
                                    bundle::kMaxFileBytes * 3 / 4);
    if (!records)
      return records.error();
    if (records->isEmpty())
      break;
    cursor = {records->last().capturedAt, records->last().id};

    bundle::RecordBundle b;
    b.createdAtMs = clock_.nowMs();
    b.bundleId = Uuid7::generate(b.createdAtMs);
    b.deviceId = deviceId_;
    b.records = *records;
    auto bytes = bundle::writeBundle(b, signer);
    if (!bytes)
      return bytes.error();
    const QString path = QDir(folder).absoluteFilePath(bundle::bundleFileName(b));
    if (auto written = writeDurably(path, *bytes); !written)
      return written.error(); // earlier bundles are written and marked; these stay queued

    QStringList ids;
    for (const auto& r : std::as_const(b.records))
      ids << r.id;
    auto marked = queue.markExported(ids, b.bundleId, actor);
    if (!marked)
      return marked.error(); // the bundle exists, the records stay queued: a harmless duplicate
    qCInfo(lcStore) << "exported" << *marked << "records to bundle" << b.bundleId;
    outcome.files << path;
    outcome.bundleIds << b.bundleId;
    outcome.records += *marked;
    if (progress)
      progress(qMin(outcome.records, static_cast<int>(*total)), static_cast<int>(*total));
  }
  outcome.file = outcome.files.value(0);
  outcome.bundleId = outcome.bundleIds.value(0);
  return outcome;
}

Result<ImportOutcome> BundleTransfer::importFrom(const QString& file, const QString& trustedCa,
                                                 const QString& actor, const Progress& progress) {
  constexpr int kSteps = 3;
  const auto step = [&](int done) {
    if (progress)
      progress(done, kSteps);
  };
  // The kiosks of one deployment are enrolled by one CA: by default, trust
  // the one that issued this kiosk's own certificate.
  const QString caPath = !trustedCa.isEmpty()                 ? trustedCa
                         : !config_.bundleTrustedCa.isEmpty() ? config_.bundleTrustedCa
                                                              : config_.deviceCaFile;
  if (caPath.isEmpty())
    return makeError(ErrorKind::BundleUntrusted,
                     QStringLiteral("No CA is trusted for bundles yet: set bundles/trusted_ca to "
                                    "the CA that signs the kiosks' certificates (or enrol this "
                                    "kiosk with enrol install --chain)."));
  auto ca = readSmallFile(caPath, QStringLiteral("The trusted CA file"), 1 << 20);
  if (!ca)
    return ca.error();
  auto bytes = readSmallFile(file, QStringLiteral("The bundle"), bundle::kMaxFileBytes);
  if (!bytes)
    return bytes.error();
  step(1);
  bundle::TrustPolicy trust;
  trust.trustedCas = enrol::readCertificates(*ca);
  trust.nowMs = clock_.nowMs();
  trust.maxAgeMs = config_.bundleMaxAgeDays * 24LL * 60 * 60 * 1000;
  trust.revokedDevices = config_.bundleRevokedDevices;
  trust.relays = config_.bundleRelays;
  auto opened = bundle::readBundle(*bytes, trust);
  if (!opened)
    return opened.error();
  step(2);
  store::BundleQueue queue(db_, clock_);
  const bundle::RecordBundle& b = opened->bundle;
  auto summary = queue.import({b.bundleId, b.deviceId, opened->signerFingerprint}, b.records,
                              deviceId_, actor);
  if (!summary)
    return summary.error();
  step(3);
  qCInfo(lcStore) << "imported bundle" << b.bundleId << ":" << summary->imported << "queued,"
                  << summary->alreadyPresent << "already here," << summary->refused << "refused";
  return ImportOutcome{file,
                       b.bundleId,
                       b.deviceId,
                       opened->signerSubject,
                       static_cast<int>(b.records.size()),
                       summary->imported,
                       summary->alreadyPresent,
                       summary->refused};
}

Result<int> BundleTransfer::requeueExported(const QString& actor) {
  return store::BundleQueue(db_, clock_).requeueExported(actor);
}

} // namespace camie::app
