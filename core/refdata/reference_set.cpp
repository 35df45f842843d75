#include "core/refdata/reference_set.h"

#include <QFile>

namespace camie::refdata {

QByteArray ReferenceSet::defaultFormJson() {
  QFile file(QStringLiteral(":/camie/forms/ie-registration.json"));
  if (!file.open(QIODevice::ReadOnly))
    return {};
  return file.readAll();
}

Result<ReferenceSet> ReferenceSet::fromDocuments(QByteArrayView form, QByteArrayView gazetteer,
                                                 QByteArrayView keys) {
  const QByteArray formJson = form.isEmpty() ? defaultFormJson() : form.toByteArray();
  auto schema = domain::FormSchema::fromJson(formJson);
  if (!schema)
    return schema.error();
  ReferenceSet set{std::move(*schema), std::nullopt, std::nullopt};
  if (!gazetteer.isEmpty()) {
    auto g = domain::Gazetteer::fromJson(gazetteer);
    if (!g)
      return g.error();
    set.gazetteer = std::move(*g);
  }
  if (!keys.isEmpty()) {
    auto k = PublishedKeys::fromJson(keys);
    if (!k)
      return k.error();
    set.keys = std::move(*k);
  }
  return set;
}

} // namespace camie::refdata
