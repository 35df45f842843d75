// RegistryKeyring: the registry's HPKE key pairs that kiosks seal records to,
// and the portal's Ed25519 key, kept in the simulator's state directory; and
// the `keys` reference document built from their public halves (API.md).
#pragma once

#include "core/crypto/ed25519.h"
#include "core/crypto/hpke_suite.h"
#include "core/crypto/x25519_key_pair.h"
#include "core/store/sqlite_database.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace camie::sim {

class RegistryKeyring {
public:
  struct Key {
    QString kid; // "reg-sim-01", "reg-sim-02", ...
    crypto::HpkeSuite suite;
    crypto::X25519KeyPair pair;
    qint64 notBefore = 0; // Unix seconds
    qint64 notAfter = 0;
  };
  static constexpr qint64 kFirstNotBefore = 1735689600; // 2025-01-01
  static constexpr qint64 kNotAfter = 2051222400;       // 2035-01-01
  static constexpr qint64 kPortalNotAfter = 2051222400;

  // Loads the keys listed in `db` (table registry_keys) from `stateDir`; on
  // first start makes registry.key ("reg-sim-01", sealed with `suite`) and
  // portal-ed25519.pem. Key files are raw 32-byte X25519 private keys, mode 0600.
  [[nodiscard]] static Result<RegistryKeyring>
  open(const QString& stateDir, store::SqliteDatabase& db, crypto::HpkeSuite suite, qint64 nowMs);

  // Adds a newer key, valid from one day after the newest key's not_before, so
  // kiosks seal new records to it at once while records sealed to the older
  // keys still open. Returns its kid.
  [[nodiscard]] Result<QString> rotate(crypto::HpkeSuite suite, qint64 nowMs);

  const Key* find(QStringView kid) const; // nullptr if unknown
  const std::vector<Key>& keys() const { return keys_; }
  // {"registry": [...], "portal": [...]}, compact JSON.
  QByteArray keysDocument() const;

private:
  RegistryKeyring(QString dir, store::SqliteDatabase& db) : dir_(std::move(dir)), db_(&db) {}
  [[nodiscard]] Result<void> loadAll();
  [[nodiscard]] Result<void> add(const QString& kid, const QString& file, crypto::HpkeSuite suite,
                                 qint64 notBefore, qint64 nowMs);

  QString dir_;
  store::SqliteDatabase* db_;
  std::vector<Key> keys_; // oldest first
  crypto::Ed25519::KeyPair portal_;
};

} // namespace camie::sim
