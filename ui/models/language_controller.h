// LanguageController: the language the kiosk speaks (Khmer or English),
// switchable at run time from any screen. Exposed to QML as `Language`.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

namespace camie::ui {

class LanguageController : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Language)
  QML_SINGLETON
  Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
  Q_PROPERTY(QVariantList available READ available CONSTANT)

public:
  // No default argument on purpose: Qt 6.4 prefers a default constructor to
  // create() for singletons, and create() must run to attach the engine.
  explicit LanguageController(QObject* parent);

  // The instance QML gets; the app provides one before it loads QML so that
  // its configured language applies. Without one, each engine gets its own.
  static LanguageController* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);
  static void provide(LanguageController* instance);
  // The instance provided by the application, or null (QML tests).
  static LanguageController* provided();

  QString code() const { return code_; }
  // Installs the translation for `code` ("km" or "en") and retranslates every
  // binding of the engine. Returns false for an unknown code.
  Q_INVOKABLE bool setCode(const QString& code);

  // [{code, name}] with each language named in itself (ខ្មែរ, English).
  QVariantList available() const;

  void attachEngine(QQmlEngine* engine);

signals:
  void codeChanged();

private:
  QString code_ = QStringLiteral("en");
  QTranslator translator_;
  bool translatorInstalled_ = false;
  QQmlEngine* engine_ = nullptr;
};

} // namespace camie::ui
