// Fuzzes the IE1 pre-registration decoder at each layer. The first byte says
// what the rest is: 0 the scanned text; 1 the zlib stream (base45 done here);
// 2 the envelope (deflated here); 3 a body, signed here with the test key, so
// the JSON checks behind a good signature are reached too.
#include "core/crypto/ed25519.h"
#include "core/scan/base45.h"
#include "core/scan/ie1_decoder.h"
#include "core/scan/ie1_encoder.h"
#include "core/scan/zlib_codec.h"

#include <cstddef>
#include <cstdint>

using namespace camie;

namespace {

constexpr qint64 kNow = 1737334800; // 2025-01-20T01:00:00Z

const crypto::Ed25519::KeyPair& testKey() {
  static const crypto::Ed25519::KeyPair pair = [] {
    QByteArray seed(32, '\0');
    for (int i = 0; i < 32; ++i)
      seed[i] = static_cast<char>(i + 1);
    return std::move(crypto::Ed25519::fromPrivateKey(seed)).value();
  }();
  return pair;
}

const scan::Ie1Decoder& decoder() {
  static const scan::Ie1Decoder d(
      {refdata::PortalKey{QStringLiteral("portal-2025-01"), QStringLiteral("Ed25519"),
                          testKey().publicKey, 1735689600, 1767225600}});
  return d;
}

QString textFor(uint8_t mode, QByteArrayView rest) {
  switch (mode % 4) {
  case 0:
    return QString::fromUtf8(rest);
  case 1:
    return QStringLiteral("IE1:") + scan::Base45::encode(rest);
  case 2: {
    auto stream = scan::ZlibCodec::deflate(rest);
    return stream ? QStringLiteral("IE1:") + scan::Base45::encode(*stream) : QString();
  }
  default: {
    auto text = scan::Ie1Encoder::encode(u"portal-2025-01", rest, testKey().privateKey);
    return text ? *text : QString();
  }
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0)
    return 0;
  const QByteArrayView rest(data + 1, static_cast<qsizetype>(size - 1));
  const scan::Ie1Outcome outcome = decoder().decode(textFor(data[0], rest), kNow);
  if (outcome.ok() != outcome.message.isEmpty())
    __builtin_trap(); // a message for every verdict but valid
  if (outcome.ok() && (!outcome.preRegistration || outcome.preRegistration->prn.isEmpty()))
    __builtin_trap();

  // The layers on their own: base45 round-trips, inflating keeps its limit.
  if (QString::fromUtf8(rest).size() < 4096) {
    auto decoded = scan::Base45::decode(QString::fromLatin1(rest));
    if (decoded && scan::Base45::encode(*decoded) != QString::fromLatin1(rest))
      __builtin_trap();
  }
  auto inflated = scan::ZlibCodec::inflate(rest, 1024);
  if (inflated && inflated->size() > 1024)
    __builtin_trap();
  return 0;
}
