// RegistryRoots: the registry's Ed25519 root keys, pinned on the kiosk — read
// from the roots files installed with it (TRUST.md), never fetched. They sign
// the keys document and every acceptance (receipt).
//
//   {"roots": [{"kid": "root-2026", "public": "<base64 of 32 raw bytes>",
//               "not_before": 1767225600, "not_after": 1924992000}]}
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace camie::trust {

struct RegistryRoot {
  QString kid;
  QByteArray publicKey; // raw 32-byte Ed25519
  qint64 notBefore = 0; // Unix seconds
  qint64 notAfter = 0;
  QString source; // the file it came from, for messages
  bool validAt(qint64 unixSeconds) const {
    return unixSeconds >= notBefore && unixSeconds <= notAfter;
  }
};

class RegistryRoots {
public:
  // Parses one roots file's contents; `source` names it in errors. Errors:
  // "bad_roots" (with the file and the reason).
  [[nodiscard]] static Result<RegistryRoots> fromJson(QByteArrayView json, const QString& source);
  // Reads every file of `paths` (each must exist and parse) and merges them.
  // A kid in two files must have the same key. Errors: "roots_unreadable",
  // "bad_roots".
  [[nodiscard]] static Result<RegistryRoots> load(const QStringList& paths);
  // The roots file for one key (as camdx-sim writes its own).
  static QByteArray toJson(const QList<RegistryRoot>& roots);

  [[nodiscard]] Result<void> merge(const RegistryRoots& other);
  const RegistryRoot* find(QStringView kid) const;
  const QList<RegistryRoot>& roots() const { return roots_; }
  bool isEmpty() const { return roots_.isEmpty(); }
  const QStringList& files() const { return files_; }

private:
  QList<RegistryRoot> roots_;
  QStringList files_;
};

} // namespace camie::trust
