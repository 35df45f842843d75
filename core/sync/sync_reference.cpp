// SyncRunner::refreshReference: the reference documents (form, gazetteer,
// occupations, the registry's keys) fetched with their ETags, each checked
// before it replaces the one the kiosk has; kept apart from the drain
// (sync_runner.cpp).
#include "core/sync/sync_runner.h"

#include "core/logging/log_categories.h"
#include "core/refdata/reference_set.h"
#include "core/store/reference_data_store.h"

namespace camie::sync {

Outcome<int> SyncRunner::refreshReference(store::ReferenceDataStore& store, QStringList* refused) {
  int changed = 0;
  for (const QString& name : store::ReferenceDataStore::knownNames()) {
    auto current = store.get(name);
    const QString etag = current && *current ? (*current)->etag : QString();
    auto answer = client_.fetchReference(name, etag);
    if (!answer.ok())
      return answer.error();
    if (answer.value().notModified)
      continue;
    const QByteArray& body = answer.value().body;
    if (name == u"keys") {
      // Signed by a pinned root, serial not going back; else the old one stays.
      auto accepted = store.acceptKeys(body, settings_.roots, answer.value().etag, clock_.nowMs(),
                                       kActor, QStringLiteral("the registry (GET reference/keys)"));
      if (!accepted) {
        if (accepted.error().kind == ErrorKind::BadKeys) {
          qCWarning(lcSync).noquote() << accepted.error().message;
          if (refused)
            refused->append(accepted.error().message);
          continue; // keep the one we have
        }
        return SyncFailure{accepted.error(), std::nullopt, false, 0};
      }
      ++changed;
      continue;
    }
    const QByteArray none;
    const auto parsed =
        name == u"occupations"
            ? Result<void>()
            : (refdata::ReferenceSet::fromDocuments(name == u"form" ? body : none,
                                                    name == u"gazetteer" ? body : none, none)
                       .ok()
                   ? Result<void>()
                   : Result<void>(makeError(QStringLiteral("bad_reference"), name)));
    if (!parsed) {
      qCWarning(lcSync) << "the registry sent a reference document that does not parse:" << name;
      continue; // keep the one we have
    }
    if (auto stored = store.put({name, answer.value().etag, body, clock_.nowMs()}, kActor); !stored)
      return SyncFailure{stored.error(), std::nullopt, false, 0};
    ++changed;
  }
  return changed;
}

} // namespace camie::sync
