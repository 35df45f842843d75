#include "core/crypto/hpke.h"

#include "core/crypto/hpke_kdf.h"

#include <mutex>
#include <optional>
#include <utility>

namespace camie::crypto {

namespace {
constexpr char kModeBase = 0x00;

// The spare ephemeral key pair (makeSpareEphemeral), shared by the threads
// that seal: each pair leaves it once, under the lock.
std::mutex& spareLock() {
  static std::mutex lock;
  return lock;
}
std::optional<X25519KeyPair>& spare() {
  static auto* pair = new std::optional<X25519KeyPair>; // outlives the static SecureBytes pages
  return *pair;
}

std::optional<X25519KeyPair> takeSpare() {
  const std::lock_guard lock(spareLock());
  std::optional<X25519KeyPair> taken = std::move(spare());
  spare().reset();
  return taken;
}
} // namespace

Result<bool> Hpke::makeSpareEphemeral() {
  {
    const std::lock_guard lock(spareLock());
    if (spare())
      return false;
  }
  auto made = X25519KeyPair::generate(); // outside the lock: a seal need not wait for it
  if (!made)
    return made.error();
  const std::lock_guard lock(spareLock());
  if (spare())
    return false; // another thread's came first; this one is wiped
  spare() = std::move(*made);
  return true;
}

Result<X25519KeyPair> Hpke::deriveKeyPair(QByteArrayView ikm) {
  if (ikm.size() < X25519KeyPair::kKeySize)
    return makeError(QStringLiteral("bad_ikm"),
                     QStringLiteral("Deriving an HPKE key pair needs at least 32 bytes of key "
                                    "material, not %1.")
                         .arg(ikm.size()));
  const QByteArray suiteId = HpkeKdf::kemSuiteId();
  auto prk = HpkeKdf::labeledExtract(suiteId, {}, "dkp_prk", ikm);
  if (!prk)
    return prk.error();
  auto sk = HpkeKdf::labeledExpand(suiteId, *prk, "sk", {}, X25519KeyPair::kKeySize);
  if (!sk)
    return sk.error();
  return X25519KeyPair::fromPrivateKey(sk->view());
}

Result<SecureBytes> Hpke::extractAndExpand(const SecureBytes& dh, QByteArrayView kemContext) {
  const QByteArray suiteId = HpkeKdf::kemSuiteId();
  auto prk = HpkeKdf::labeledExtract(suiteId, {}, "eae_prk", dh.view());
  if (!prk)
    return prk.error();
  return HpkeKdf::labeledExpand(suiteId, *prk, "shared_secret", kemContext, HpkeKdf::kHashSize);
}

Result<HpkeContext> Hpke::keySchedule(HpkeSuite suite, const SecureBytes& sharedSecret,
                                      QByteArrayView info) {
  // Base mode: psk and psk_id are empty.
  const QByteArray suiteId = suite.suiteId();
  auto pskIdHash = HpkeKdf::labeledExtract(suiteId, {}, "psk_id_hash", {});
  auto infoHash = HpkeKdf::labeledExtract(suiteId, {}, "info_hash", info);
  auto secret = HpkeKdf::labeledExtract(suiteId, sharedSecret.view(), "secret", {});
  if (!pskIdHash || !infoHash || !secret)
    return !pskIdHash ? pskIdHash.error() : !infoHash ? infoHash.error() : secret.error();

  QByteArray context(1, kModeBase);
  context.append(pskIdHash->view()).append(infoHash->view());
  auto key = HpkeKdf::labeledExpand(suiteId, *secret, "key", context, suite.keySize());
  auto baseNonce =
      HpkeKdf::labeledExpand(suiteId, *secret, "base_nonce", context, HpkeContext::kNonceSize);
  auto exporterSecret =
      HpkeKdf::labeledExpand(suiteId, *secret, "exp", context, HpkeKdf::kHashSize);
  if (!key || !baseNonce || !exporterSecret)
    return !key ? key.error() : !baseNonce ? baseNonce.error() : exporterSecret.error();
  return HpkeContext(suite, std::move(*key), baseNonce->view().toByteArray(),
                     std::move(*exporterSecret));
}

Result<Hpke::Sender> Hpke::setupBaseSender(HpkeSuite suite, QByteArrayView recipientPublicKey,
                                           QByteArrayView info) {
  if (std::optional<X25519KeyPair> made = takeSpare())
    return setupSender(suite, recipientPublicKey, info, *made);
  auto ephemeral = X25519KeyPair::generate();
  if (!ephemeral)
    return ephemeral.error();
  return setupSender(suite, recipientPublicKey, info, *ephemeral);
}

Result<Hpke::Sender> Hpke::setupBaseSenderWithEphemeralForTesting(HpkeSuite suite,
                                                                  QByteArrayView recipientPublicKey,
                                                                  QByteArrayView info,
                                                                  const X25519KeyPair& ephemeral) {
  // enc is the ephemeral public key, recomputed from the private half.
  auto pair = X25519KeyPair::fromPrivateKey(ephemeral.privateKey.view());
  if (!pair)
    return pair.error();
  return setupSender(suite, recipientPublicKey, info, *pair);
}

Result<Hpke::Sender> Hpke::setupSender(HpkeSuite suite, QByteArrayView recipientPublicKey,
                                       QByteArrayView info, const X25519KeyPair& ephemeral) {
  auto dh = ephemeral.agree(recipientPublicKey);
  if (!dh)
    return dh.error();
  QByteArray kemContext = ephemeral.publicKey;
  kemContext.append(recipientPublicKey);
  auto sharedSecret = extractAndExpand(*dh, kemContext);
  if (!sharedSecret)
    return sharedSecret.error();
  auto context = keySchedule(suite, *sharedSecret, info);
  if (!context)
    return context.error();
  return Sender{ephemeral.publicKey, std::move(*context)};
}

Result<HpkeContext> Hpke::setupBaseRecipient(HpkeSuite suite, QByteArrayView enc,
                                             const SecureBytes& recipientPrivateKey,
                                             QByteArrayView info) {
  // Decap(enc, skR).
  auto recipient = X25519KeyPair::fromPrivateKey(recipientPrivateKey.view());
  if (!recipient)
    return recipient.error();
  auto dh = recipient->agree(enc);
  if (!dh)
    return dh.error();
  QByteArray kemContext = enc.toByteArray();
  kemContext.append(recipient->publicKey);
  auto sharedSecret = extractAndExpand(*dh, kemContext);
  if (!sharedSecret)
    return sharedSecret.error();
  return keySchedule(suite, *sharedSecret, info);
}

Result<Hpke::Sealed> Hpke::seal(HpkeSuite suite, QByteArrayView recipientPublicKey,
                                QByteArrayView info, QByteArrayView aad, QByteArrayView plaintext) {
  auto sender = setupBaseSender(suite, recipientPublicKey, info);
  if (!sender)
    return sender.error();
  auto ciphertext = sender->context.seal(aad, plaintext);
  if (!ciphertext)
    return ciphertext.error();
  return Sealed{sender->enc, std::move(*ciphertext)};
}

Result<QByteArray> Hpke::open(HpkeSuite suite, const SecureBytes& recipientPrivateKey,
                              QByteArrayView enc, QByteArrayView info, QByteArrayView aad,
                              QByteArrayView ciphertext) {
  auto context = setupBaseRecipient(suite, enc, recipientPrivateKey, info);
  if (!context)
    return context.error();
  return context->open(aad, ciphertext);
}

} // namespace camie::crypto
