#include "core/logging/log_categories.h"

Q_LOGGING_CATEGORY(lcStore, "camie.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "camie.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScan, "camie.scan", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "camie.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "camie.app", QtInfoMsg)
