#include "core/util/error_kind.h"

#include <array>
#include <utility>

namespace camie {
namespace {

using K = ErrorKind;

// Each kind with one code, and its code.
constexpr std::array<std::pair<K, const char16_t*>, 40> kCodes{{
    {K::StorageFull, u"storage_full"},
    {K::StorageBusy, u"storage_busy"},
    {K::StorageCorrupt, u"storage_corrupt"},
    {K::DuplicateId, u"duplicate_id"},
    {K::SecretChangeRequired, u"secret_change_required"},
    {K::WrongSecret, u"wrong_secret"},
    {K::LockedOut, u"locked_out"},
    {K::OperatorIdInKhmer, u"operator_id_in_khmer"},
    {K::WeakSecret, u"weak_secret"},
    {K::SameSecret, u"same_secret"},
    {K::OperatorRecordAltered, u"operator_record_altered"},
    {K::NotAllowed, u"not_allowed"},
    {K::TpmUnavailable, u"tpm_unavailable"},
    {K::TpmLockedOut, u"tpm_locked_out"},
    {K::TpmForeignKey, u"tpm_foreign_key"},
    {K::TpmAuthFailed, u"tpm_auth_failed"},
    {K::ChainUntrusted, u"chain_untrusted"},
    {K::TooLarge, u"too_large"},
    {K::Timeout, u"timeout"},
    {K::ConnectionReset, u"connection_reset"},
    {K::Truncated, u"truncated"},
    {K::NetworkError, u"network_error"},
    {K::ResponseTooLarge, u"response_too_large"},
    {K::PlainHttpRefused, u"plain_http_refused"},
    {K::BadEndpoint, u"bad_endpoint"},
    {K::RegistryRefused, u"registry_refused"},
    {K::ProxyFailed, u"proxy_failed"},
    {K::ResolveFailed, u"resolve_failed"},
    {K::XRoadError, u"xroad_error"},
    {K::BatchTooLarge, u"batch_too_large"},
    {K::AuditRegressed, u"audit_regressed"},
    {K::BadKeys, u"bad_keys"},
    {K::BundleSignature, u"bundle_signature"},
    {K::BundleUntrusted, u"bundle_untrusted"},
    {K::BundleFormat, u"bundle_format"},
    {K::BundleRecord, u"bundle_record"},
    {K::BundleSigner, u"bundle_signer"},
    {K::BundleUnwritable, u"bundle_unwritable"},
    {K::NoSuchFolder, u"no_such_folder"},
    {K::Busy, u"busy"},
}};

} // namespace

ErrorKind errorKindOf(QStringView code) {
  if (code.isEmpty())
    return K::Other;
  for (const auto& [kind, text] : kCodes) {
    if (code == QStringView(text))
      return kind;
  }
  if (code.startsWith(u"storage_"))
    return K::Storage;
  if (code.startsWith(u"tls_"))
    return K::Tls;
  if (code.startsWith(u"keys_"))
    return K::BadKeys;
  return K::Other;
}

QString codeOf(ErrorKind kind) {
  if (kind == K::Storage || kind == K::Tls)
    return {};
  for (const auto& [k, text] : kCodes) {
    if (k == kind)
      return QString::fromUtf16(text);
  }
  return {};
}

bool isStorage(ErrorKind kind) {
  return kind == K::StorageFull || kind == K::StorageBusy || kind == K::StorageCorrupt ||
         kind == K::Storage;
}

} // namespace camie
