// RecordsModel: the kiosk's records for the Records screen — the latest
// ones, or those whose receipt id or registry number starts with what the
// teller typed (never searched by personal data). Exposed to QML as `Records`.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace camie::ui {

class RecordsModel : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Records)
  QML_SINGLETON
  Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY changed)
  Q_PROPERTY(QVariantList records READ records NOTIFY changed)

public:
  explicit RecordsModel(QObject* parent = nullptr);

  QString query() const { return query_; }
  void setQuery(const QString& query);
  QVariantList records() const { return records_; }

  Q_INVOKABLE void refresh();
  // A supervisor reopens a rejected record; the form shows it to correct.
  Q_INVOKABLE void reopen(const QString& recordId);
  // A status ("accepted", ...) in words, in the current language.
  Q_INVOKABLE QString statusWords(const QString& status) const;

signals:
  void changed();

private:
  QString query_;
  QVariantList records_;
};

} // namespace camie::ui
