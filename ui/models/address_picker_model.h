// AddressPickerModel: choosing a village from the gazetteer — province →
// district → commune/sangkat → village, or a search box that matches Khmer
// and Latin names at every level (14,444 villages: a linear scan over
// prepared lower-case names, a millisecond or two per keystroke). Exposed to
// QML as `AddressPicker`.
#pragma once

#include "core/domain/gazetteer.h"
#include "core/refdata/reference_set.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <memory>
#include <optional>

namespace camie::ui {

class AddressPickerModel : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(AddressPicker)
  QML_SINGLETON
  Q_PROPERTY(bool available READ available NOTIFY changed)
  Q_PROPERTY(int level READ level NOTIFY changed)          // 0 province … 3 village
  Q_PROPERTY(QVariantList path READ path NOTIFY changed)   // [{code, name}] chosen so far
  Q_PROPERTY(QVariantList items READ items NOTIFY changed) // [{code, name, detail}]
  Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY changed)

public:
  explicit AddressPickerModel(QObject* parent = nullptr);

  bool available() const { return gazetteer_.has_value(); }
  int level() const { return static_cast<int>(path_.size()); }
  QVariantList path() const;
  QVariantList items() const { return items_; }
  QString query() const { return query_; }
  void setQuery(const QString& query);

  Q_INVOKABLE void reset();
  // Descends into a unit; for a village, emits villageChosen instead.
  Q_INVOKABLE void choose(const QString& code);
  Q_INVOKABLE void up();
  // The village's name with its commune, district and province, for display.
  Q_INVOKABLE QString describe(const QString& villageCode) const;

  void setGazetteer(const domain::Gazetteer& gazetteer);

signals:
  void changed();
  void villageChosen(const QString& code);

private:
  QString name(const domain::Gazetteer::Unit& unit) const;
  void refresh();

  std::optional<domain::Gazetteer> gazetteer_;
  struct Searchable {
    const domain::Gazetteer::Unit* unit;
    QString km;
    QString en; // lower case
  };
  QList<Searchable> searchable_;
  QStringList path_;
  QString query_;
  QVariantList items_;
};

} // namespace camie::ui
