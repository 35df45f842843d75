// RecordsModel: the Records screen's search and record view. Asks the store
// for the records matching what the teller typed (name in either script,
// phone, ID number, receipt code, registry number; the newest when nothing
// is typed) and for one record to show; rows are made in the current
// language and made again when it changes. Lives as long as its screen, so
// the names it shows leave memory with it. Exposed to QML as `RecordsModel`.
#pragma once

#include "core/store/record_summary.h"
#include "ui/models/record_row.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <optional>

namespace camie::ui {

class RecordsModel : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
  // recordRow values, newest first.
  Q_PROPERTY(QVariantList records READ records NOTIFY recordsChanged)
  Q_PROPERTY(bool searching READ searching NOTIFY recordsChanged)
  // Why the last search failed, in words (empty when it did not).
  Q_PROPERTY(QString problem READ problem NOTIFY recordsChanged)
  // The record opened from the list (open() … closeRecord()).
  Q_PROPERTY(bool recordOpen READ recordOpen NOTIFY openedChanged)
  Q_PROPERTY(camie::ui::RecordRow opened READ opened NOTIFY openedChanged)
  Q_PROPERTY(QString openProblem READ openProblem NOTIFY openedChanged)

public:
  explicit RecordsModel(QObject* parent = nullptr);

  QString query() const { return query_; }
  void setQuery(const QString& query);
  QVariantList records() const;
  bool searching() const { return searching_; }
  QString problem() const { return problem_; }
  bool recordOpen() const { return opened_.has_value(); }
  RecordRow opened() const;
  QString openProblem() const { return openProblem_; }

  Q_INVOKABLE void refresh();
  // Opens one record to show it (read-only) and print its receipt again.
  Q_INVOKABLE void open(const QString& recordId);
  Q_INVOKABLE void closeRecord();
  // A supervisor reopens a rejected record; correctionReady brings it for
  // a registration screen's form to show (FormModel::openCorrection).
  Q_INVOKABLE void reopen(const QString& recordId);

  // A record in the current language (for the view and tests).
  static RecordRow rowOf(const store::RecordSummary& record);
  static QString statusWords(store::RecordStatus status);

  // The store's answers (connected to the service; tests call them directly).
  void setFound(const QString& query, const QList<store::RecordSummary>& records);
  void setSearchFailed(const QString& query, const QString& message);

signals:
  void queryChanged();
  void recordsChanged();
  void openedChanged();
  // The record reopened: its answers and the registry's errors on them.
  void correctionReady(const QString& recordId, const QVariantMap& answers,
                       const QVariantList& errors);

private:
  // Whether an answer to `query` is this model's to show (else it is another
  // screen's, or outdated and the newest query was asked for instead).
  bool takeAnswer(const QString& query);

  QString query_;
  QString asked_;         // the query whose answer is awaited
  bool inFlight_ = false; // one search at a time: a decrypting scan takes a while
  bool stale_ = false;    // the query changed while one was in flight
  bool searching_ = false;
  QString problem_;
  QList<store::RecordSummary> found_;
  QString opening_;   // the record id whose answer is awaited
  QString reopening_; // the record reopened to correct, whose answer is awaited
  std::optional<store::RecordSummary> opened_;
  QString openProblem_;
};

} // namespace camie::ui
