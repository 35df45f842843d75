#include "ui/models/language_controller.h"

#include "core/logging/log_categories.h"

#include <QCoreApplication>
#include <QPointer>

namespace camie::ui {
namespace {
QPointer<LanguageController> g_provided; // NOLINT: the app's one instance
} // namespace

LanguageController::LanguageController(QObject* parent) : QObject(parent) {}

LanguageController* LanguageController::create(QQmlEngine* qmlEngine, QJSEngine*) {
  LanguageController* instance = g_provided;
  if (instance) {
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
  } else {
    instance = new LanguageController(nullptr); // owned by the engine
  }
  instance->attachEngine(qmlEngine);
  return instance;
}

void LanguageController::provide(LanguageController* instance) {
  g_provided = instance;
}

LanguageController* LanguageController::provided() {
  return g_provided;
}

void LanguageController::attachEngine(QQmlEngine* engine) {
  engine_ = engine;
}

QVariantList LanguageController::available() const {
  return {QVariantMap{{QStringLiteral("code"), QStringLiteral("km")},
                      {QStringLiteral("name"), QStringLiteral("ខ្មែរ")}},
          QVariantMap{{QStringLiteral("code"), QStringLiteral("en")},
                      {QStringLiteral("name"), QStringLiteral("English")}}};
}

bool LanguageController::setCode(const QString& code) {
  if (code != u"km" && code != u"en") {
    qCWarning(lcUi) << "unknown language code" << code;
    return false;
  }
  if (translatorInstalled_) {
    QCoreApplication::removeTranslator(&translator_);
    translatorInstalled_ = false;
  }
  const QString file = QStringLiteral(":/i18n/camie_%1.qm").arg(code);
  if (translator_.load(file)) {
    translatorInstalled_ = QCoreApplication::installTranslator(&translator_);
  } else {
    qCWarning(lcUi) << "no translation file" << file;
  }
  const bool changed = code_ != code;
  code_ = code;
  if (engine_)
    engine_->retranslate();
  if (changed)
    emit codeChanged();
  return true;
}

} // namespace camie::ui
