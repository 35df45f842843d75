#include "tests/support/openapi_contract.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <yaml.h>

#include <memory>
#include <vector>

namespace camie::test {
namespace {

Error mismatch(const QString& at, const QString& why) {
  return makeError(QStringLiteral("schema_mismatch"),
                   QStringLiteral("%1: %2").arg(at.isEmpty() ? QStringLiteral("/") : at, why));
}

QString escapePointer(QString part) {
  return part.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
}

QString unescapePointer(QString part) {
  return part.replace(QStringLiteral("~1"), QStringLiteral("/"))
      .replace(QStringLiteral("~0"), QStringLiteral("~"));
}

// A plain (unquoted) YAML scalar under the YAML 1.2 core schema.
QJsonValue plainScalar(const QString& text) {
  static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
  static const QRegularExpression real(
      QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
  if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
    return QJsonValue::Null;
  if (text == u"true" || text == u"True" || text == u"TRUE")
    return true;
  if (text == u"false" || text == u"False" || text == u"FALSE")
    return false;
  if (integer.match(text).hasMatch())
    return text.toLongLong();
  if (real.match(text).hasMatch())
    return text.toDouble();
  return text;
}

struct Frame {
  bool isObject = false;
  QJsonObject object;
  QJsonArray array;
  std::optional<QString> key; // an object's key waiting for its value
  QString anchor;
};

} // namespace

Result<QJsonValue> OpenApiContract::parseYaml(QByteArrayView yaml) {
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser))
    return makeError(QStringLiteral("bad_yaml"), QStringLiteral("libyaml could not start."));
  const std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t*)> owner(&parser,
                                                                       &yaml_parser_delete);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(yaml.data()),
                               static_cast<size_t>(yaml.size()));
  std::vector<Frame> stack;
  QHash<QString, QJsonValue> anchors;
  std::optional<QJsonValue> root;
  const auto text = [](const yaml_char_t* s) {
    return s ? QString::fromUtf8(reinterpret_cast<const char*>(s)) : QString();
  };
  // Places a finished value: the document, an array element, a key or a value.
  const auto place = [&](const QJsonValue& value, const QString& anchor) -> Result<void> {
    if (!anchor.isEmpty())
      anchors.insert(anchor, value);
    if (stack.empty()) {
      root = value;
      return {};
    }
    Frame& top = stack.back();
    if (!top.isObject) {
      top.array.append(value);
    } else if (!top.key) {
      if (value.isObject() || value.isArray())
        return makeError(QStringLiteral("bad_yaml"),
                         QStringLiteral("A mapping key is not a scalar."));
      top.key = value.isString() ? value.toString() : value.toVariant().toString();
    } else {
      top.object.insert(*top.key, value);
      top.key.reset();
    }
    return {};
  };

  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event))
      return makeError(QStringLiteral("bad_yaml"),
                       QStringLiteral("YAML error at line %1: %2")
                           .arg(parser.problem_mark.line + 1)
                           .arg(QString::fromUtf8(parser.problem ? parser.problem : "unknown")));
    const std::unique_ptr<yaml_event_t, void (*)(yaml_event_t*)> eventOwner(&event,
                                                                            &yaml_event_delete);
    Result<void> placed;
    switch (event.type) {
    case YAML_STREAM_END_EVENT:
    case YAML_DOCUMENT_END_EVENT: // the first document only
      done = true;
      break;
    case YAML_MAPPING_START_EVENT:
      stack.push_back(Frame{true, {}, {}, std::nullopt, text(event.data.mapping_start.anchor)});
      break;
    case YAML_SEQUENCE_START_EVENT:
      stack.push_back(Frame{false, {}, {}, std::nullopt, text(event.data.sequence_start.anchor)});
      break;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT: {
      Frame frame = std::move(stack.back());
      stack.pop_back();
      placed =
          place(frame.isObject ? QJsonValue(frame.object) : QJsonValue(frame.array), frame.anchor);
      break;
    }
    case YAML_SCALAR_EVENT: {
      const auto& s = event.data.scalar;
      const QString value = QString::fromUtf8(reinterpret_cast<const char*>(s.value),
                                              static_cast<qsizetype>(s.length));
      placed = place(s.style == YAML_PLAIN_SCALAR_STYLE ? plainScalar(value) : QJsonValue(value),
                     text(s.anchor));
      break;
    }
    case YAML_ALIAS_EVENT: {
      const QString name = text(event.data.alias.anchor);
      if (!anchors.contains(name))
        return makeError(QStringLiteral("bad_yaml"),
                         QStringLiteral("Unknown alias *%1.").arg(name));
      placed = place(anchors.value(name), QString());
      break;
    }
    default:
      break;
    }
    if (!placed)
      return placed.error();
  }
  if (!root)
    return makeError(QStringLiteral("bad_yaml"), QStringLiteral("The YAML has no document."));
  return *root;
}

Result<OpenApiContract> OpenApiContract::load(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(QStringLiteral("io_error"), QStringLiteral("Cannot read %1.").arg(path));
  auto parsed = parseYaml(file.readAll());
  if (!parsed)
    return parsed.error();
  const QJsonObject doc = parsed->toObject();
  if (!doc.value(QStringLiteral("openapi")).toString().startsWith(u"3.") ||
      !doc.value(QStringLiteral("paths")).isObject())
    return makeError(QStringLiteral("bad_openapi"),
                     QStringLiteral("%1 is not an OpenAPI 3 document with paths.").arg(path));
  return OpenApiContract(doc);
}

std::optional<QString> OpenApiContract::pathTemplate(const QString& path) const {
  QString relative = path;
  if (relative.startsWith(u"/r1/")) // drop /r1/{instance}/{class}/{member}/{subsystem}/{service}
    relative = u'/' + relative.section(u'/', 7);
  const QJsonObject paths = doc_.value(QStringLiteral("paths")).toObject();
  for (auto it = paths.begin(); it != paths.end(); ++it) {
    QString pattern = QRegularExpression::escape(it.key());
    static const QRegularExpression parameter(QStringLiteral("\\\\\\{[^/]+?\\\\\\}"));
    pattern.replace(parameter, QStringLiteral("[^/]+"));
    if (QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(relative).hasMatch())
      return it.key();
  }
  return std::nullopt;
}

Result<QJsonObject> OpenApiContract::operation(const QString& method, const QString& path) const {
  const auto templ = pathTemplate(path);
  const QJsonObject op = templ ? doc_.value(QStringLiteral("paths"))
                                     .toObject()
                                     .value(*templ)
                                     .toObject()
                                     .value(method.toLower())
                                     .toObject()
                               : QJsonObject();
  if (op.isEmpty())
    return makeError(QStringLiteral("no_operation"),
                     QStringLiteral("The spec has no %1 %2.").arg(method.toUpper(), path));
  return op;
}

QJsonValue OpenApiContract::resolve(const QJsonValue& value) const {
  QJsonValue current = value;
  for (int hops = 0; hops < 16 && current.toObject().contains(QStringLiteral("$ref")); ++hops) {
    const QString ref = current.toObject().value(QStringLiteral("$ref")).toString();
    if (!ref.startsWith(u"#/"))
      return QJsonValue::Undefined;
    QJsonValue node = doc_;
    for (const QString& part : ref.mid(2).split(u'/'))
      node = node.toObject().value(unescapePointer(part));
    current = node;
  }
  return current;
}

Result<void> OpenApiContract::validateRequest(const QString& method, const QString& path,
                                              const QJsonValue& body) const {
  auto op = operation(method, path);
  if (!op)
    return op.error();
  const QJsonObject requestBody = resolve(op->value(QStringLiteral("requestBody"))).toObject();
  const QJsonValue schema = requestBody.value(QStringLiteral("content"))
                                .toObject()
                                .value(QStringLiteral("application/json"))
                                .toObject()
                                .value(QStringLiteral("schema"));
  if (requestBody.isEmpty())
    return body.isUndefined() || body.isNull()
               ? Result<void>()
               : mismatch(QString(), QStringLiteral("the operation takes no body"));
  return validate(body, schema);
}

Result<void> OpenApiContract::validateResponse(const QString& method, const QString& path,
                                               int status, const QJsonValue& body) const {
  auto op = operation(method, path);
  if (!op)
    return op.error();
  const QJsonObject responses = op->value(QStringLiteral("responses")).toObject();
  QJsonValue response = responses.value(QString::number(status));
  if (response.isUndefined())
    response = responses.value(QStringLiteral("default"));
  if (response.isUndefined())
    return makeError(
        QStringLiteral("undocumented_status"),
        QStringLiteral("%1 %2 does not list status %3.").arg(method.toUpper(), path).arg(status));
  const QJsonObject content =
      resolve(response).toObject().value(QStringLiteral("content")).toObject();
  if (content.isEmpty())
    return {};
  return validate(
      body,
      content.value(QStringLiteral("application/json")).toObject().value(QStringLiteral("schema")));
}

Result<void> OpenApiContract::validate(const QJsonValue& value, const QJsonValue& schema) const {
  return check(value, schema, QString(), 0);
}

Result<void> OpenApiContract::check(const QJsonValue& value, const QJsonValue& schemaValue,
                                    const QString& at, int depth) const {
  if (depth > 64)
    return mismatch(at, QStringLiteral("the schema nests too deep (a $ref cycle?)"));
  const QJsonObject schema = resolve(schemaValue).toObject();
  if (value.isNull() && schema.value(QStringLiteral("nullable")).toBool())
    return {};
  const QString type = schema.value(QStringLiteral("type")).toString();
  const bool typeOk =
      type.isEmpty() || (type == u"object" && value.isObject()) ||
      (type == u"array" && value.isArray()) || (type == u"string" && value.isString()) ||
      (type == u"boolean" && value.isBool()) || (type == u"number" && value.isDouble()) ||
      (type == u"integer" && value.isDouble() &&
       value.toDouble() == static_cast<double>(value.toInteger()));
  if (!typeOk)
    return mismatch(at, QStringLiteral("expected %1").arg(type));
  if (value.isUndefined())
    return mismatch(at, QStringLiteral("missing"));

  const QJsonValue options = schema.value(QStringLiteral("enum"));
  if (options.isArray() && !options.toArray().contains(value))
    return mismatch(at, QStringLiteral("not one of the enum values"));
  if (value.isString()) {
    const QString s = value.toString();
    const QString pattern = schema.value(QStringLiteral("pattern")).toString();
    if (!pattern.isEmpty() && !QRegularExpression(pattern).match(s).hasMatch())
      return mismatch(at, QStringLiteral("\"%1\" does not match %2").arg(s, pattern));
    static const QRegularExpression dateTime(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"));
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]*={0,2}$"));
    const QString format = schema.value(QStringLiteral("format")).toString();
    if ((format == u"date-time" && !dateTime.match(s).hasMatch()) ||
        (format == u"uuid" && !uuid.match(s).hasMatch()) ||
        (format == u"byte" && (!base64.match(s).hasMatch() || s.size() % 4 != 0)))
      return mismatch(at, QStringLiteral("\"%1\" is not a %2").arg(s, format));
  }
  if (value.isDouble()) {
    const QJsonValue min = schema.value(QStringLiteral("minimum"));
    const QJsonValue max = schema.value(QStringLiteral("maximum"));
    if ((min.isDouble() && value.toDouble() < min.toDouble()) ||
        (max.isDouble() && value.toDouble() > max.toDouble()))
      return mismatch(at, QStringLiteral("%1 is out of range").arg(value.toDouble()));
  }
  if (value.isObject()) {
    const QJsonObject o = value.toObject();
    for (const QJsonValue& name : schema.value(QStringLiteral("required")).toArray()) {
      if (!o.contains(name.toString()))
        return mismatch(at, QStringLiteral("the required \"%1\" is missing").arg(name.toString()));
    }
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    const bool closed = schema.value(QStringLiteral("additionalProperties")) == QJsonValue(false);
    for (auto it = o.begin(); it != o.end(); ++it) {
      const QString where = at + u'/' + escapePointer(it.key());
      if (properties.contains(it.key())) {
        auto ok = check(it.value(), properties.value(it.key()), where, depth + 1);
        if (!ok)
          return ok;
      } else if (closed) {
        return mismatch(where, QStringLiteral("not allowed here"));
      }
    }
  }
  if (value.isArray() && schema.contains(QStringLiteral("items"))) {
    const QJsonArray a = value.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
      auto ok = check(a.at(i), schema.value(QStringLiteral("items")),
                      at + u'/' + QString::number(i), depth + 1);
      if (!ok)
        return ok;
    }
  }
  return {};
}

void OpenApiContract::collect(const QJsonValue& node, const QStringList& pointer,
                              QList<Example>& out) const {
  if (node.isArray()) {
    const QJsonArray a = node.toArray();
    for (qsizetype i = 0; i < a.size(); ++i)
      collect(a.at(i), pointer + QStringList{QString::number(i)}, out);
    return;
  }
  if (!node.isObject())
    return;
  const QJsonObject o = node.toObject();
  Example base;
  base.pointer = QStringList(pointer)
                     .replaceInStrings(QStringLiteral("~"), QStringLiteral("~0"))
                     .replaceInStrings(QStringLiteral("/"), QStringLiteral("~1"))
                     .join(u'/')
                     .prepend(u'/');
  if (pointer.size() >= 3 && pointer.at(0) == u"paths") {
    base.path = pointer.at(1);
    base.method = pointer.at(2).toUpper();
    if (pointer.size() >= 5 && pointer.at(3) == u"responses")
      base.status = pointer.at(4).toInt();
  }
  // A media type or parameter: {schema, example | examples}; a schema: {..., example}.
  const bool isSchema = !pointer.isEmpty() && pointer.last() == u"schema";
  const QJsonValue schema = isSchema ? QJsonValue(o) : o.value(QStringLiteral("schema"));
  if (o.contains(QStringLiteral("example")) && (isSchema || o.contains(QStringLiteral("schema")))) {
    Example e = base;
    e.value = o.value(QStringLiteral("example"));
    e.schema = schema;
    out << e;
  }
  if (o.value(QStringLiteral("examples")).isObject() && o.contains(QStringLiteral("schema"))) {
    const QJsonObject named = o.value(QStringLiteral("examples")).toObject();
    for (auto it = named.begin(); it != named.end(); ++it) {
      Example e = base;
      e.name = it.key();
      e.value = resolve(it.value()).toObject().value(QStringLiteral("value"));
      e.schema = schema;
      out << e;
    }
  }
  for (auto it = o.begin(); it != o.end(); ++it) {
    if (it.key() != u"example" && it.key() != u"examples")
      collect(it.value(), pointer + QStringList{it.key()}, out);
  }
}

QList<OpenApiContract::Example> OpenApiContract::examples() const {
  QList<Example> out;
  collect(doc_, {}, out);
  return out;
}

} // namespace camie::test
