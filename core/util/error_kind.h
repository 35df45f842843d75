// ErrorKind: the failures a caller tells apart, as an enum — never a code
// string to compare. An Error's `code` stays the stable word that logs and
// screens show ("storage_full", "bad_pin", ...); its `kind` is set from that
// code once, where the error is made (makeError), and is Other for every code
// no caller branches on. A few kinds are families of codes (Storage: any
// other "storage_*"; Tls: "tls_*"; BadKeys: "bad_keys" and "keys_*").
#pragma once

#include <QString>
#include <QStringView>

namespace camie {

enum class ErrorKind {
  Other, // a code no caller tells apart: shown and logged as it is
  // The database (SQLite).
  StorageFull,
  StorageBusy,
  StorageCorrupt,
  Storage, // any other "storage_*"
  // The store.
  DuplicateId,
  SecretChangeRequired,
  WrongSecret,
  LockedOut,
  OperatorIdInKhmer,
  WeakSecret,
  SameSecret,
  OperatorRecordAltered,
  NotAllowed,
  // The TPM.
  TpmUnavailable,
  TpmLockedOut,
  TpmForeignKey,
  TpmAuthFailed,
  // Certificates and sizes.
  ChainUntrusted,
  TooLarge,
  // The way to the registry.
  Timeout,
  ConnectionReset,
  Truncated,
  NetworkError,
  ResponseTooLarge,
  Tls, // any "tls_*"
  PlainHttpRefused,
  BadEndpoint,
  RegistryRefused,
  ProxyFailed,
  ResolveFailed,
  XRoadError,
  // The sync engine.
  BatchTooLarge,
  AuditRegressed,
  BadKeys, // "bad_keys" or any "keys_*"
  // USB bundles.
  BundleSignature,
  BundleUntrusted,
  BundleFormat,
  BundleRecord,
  BundleSigner,
  BundleUnwritable,
  NoSuchFolder,
  Busy,
};

// The kind of the error `code` ("storage_full" → StorageFull; unknown → Other).
ErrorKind errorKindOf(QStringView code);
// The code of a kind ("duplicate_id"; BadKeys: "bad_keys"); empty for Other
// and for the families Storage and Tls, whose codes say more.
QString codeOf(ErrorKind kind);
// Any failure of the database, "storage_*" (StorageFull, StorageBusy, ...).
bool isStorage(ErrorKind kind);

} // namespace camie
