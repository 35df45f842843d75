// StatisticsModel: the campaign's registrations per province from the
// registry (rank and count, e.g. Battambang 11th with 394), asked for on the
// sync thread so the screen never waits. Exposed to QML as `Statistics`.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace camie::ui {

class StatisticsModel : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Statistics)
  QML_SINGLETON
  Q_PROPERTY(bool loading READ loading NOTIFY changed)
  Q_PROPERTY(QString problem READ problem NOTIFY changed)
  Q_PROPERTY(int total READ total NOTIFY changed)
  Q_PROPERTY(QDateTime asOf READ asOf NOTIFY changed)
  // [{code, name, registrations, rank}] in rank order, names in the current language.
  Q_PROPERTY(QVariantList provinces READ provinces NOTIFY changed)

public:
  explicit StatisticsModel(QObject* parent = nullptr);

  bool loading() const { return loading_; }
  QString problem() const { return problem_; }
  int total() const { return total_; }
  QDateTime asOf() const { return asOf_; }
  QVariantList provinces() const;

  Q_INVOKABLE void refresh();
  void setStatistics(const QJsonObject& statistics); // for tests and the service

signals:
  void changed();

private:
  bool loading_ = false;
  QString problem_;
  int total_ = 0;
  QDateTime asOf_;
  QVariantList raw_;
};

} // namespace camie::ui
