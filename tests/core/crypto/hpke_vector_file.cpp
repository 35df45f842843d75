#include "hpke_vector_file.h"

#include <QFile>
#include <QPair>

namespace camie::crypto::test {

namespace {

using Block = QList<QPair<QString, QString>>;

QString field(const Block& block, const QString& name) {
  for (const auto& [key, value] : block)
    if (key == name)
      return value;
  return {};
}

bool has(const Block& block, const QString& name) {
  for (const auto& entry : block)
    if (entry.first == name)
      return true;
  return false;
}

QByteArray hexField(const Block& block, const QString& name) {
  return QByteArray::fromHex(field(block, name).toLatin1());
}

} // namespace

std::optional<HpkeVectorFile> HpkeVectorFile::parse(const QByteArray& text, QString* error) {
  QList<Block> blocks;
  Block current;
  bool inFence = false;
  bool seenSection = false;
  const auto flush = [&] {
    if (!current.isEmpty())
      blocks.append(current);
    current.clear();
  };

  int lineNumber = 0;
  for (const QByteArray& rawLine : text.split('\n')) {
    ++lineNumber;
    const QString line = QString::fromUtf8(rawLine).trimmed();
    if (line.startsWith(QLatin1String("~~~"))) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (!inFence) {
      if (line.startsWith(QLatin1String("### "))) {
        if (seenSection)
          break; // the next mode's section (PSK, Auth...): not read
        seenSection = true;
      }
      continue;
    }
    if (line.isEmpty()) {
      flush();
      continue;
    }
    const qsizetype colon = line.indexOf(u':');
    if (colon > 0) {
      current.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    } else if (!current.isEmpty()) {
      current.last().second += line; // a hex value wrapped onto the next line
    } else {
      *error = QStringLiteral("line %1: a value with no field name").arg(lineNumber);
      return std::nullopt;
    }
  }
  flush();

  HpkeVectorFile file;
  for (const Block& block : blocks) {
    if (has(block, QStringLiteral("mode"))) {
      for (const auto& [key, value] : block)
        file.setup.insert(key, value);
    } else if (has(block, QStringLiteral("sequence number"))) {
      file.encryptions.append(
          {field(block, QStringLiteral("sequence number")).toULongLong(),
           hexField(block, QStringLiteral("pt")), hexField(block, QStringLiteral("aad")),
           hexField(block, QStringLiteral("nonce")), hexField(block, QStringLiteral("ct"))});
    } else if (has(block, QStringLiteral("exporter_context"))) {
      file.exports.append({hexField(block, QStringLiteral("exporter_context")),
                           field(block, QStringLiteral("L")).toLongLong(),
                           hexField(block, QStringLiteral("exported_value"))});
    }
  }
  if (file.setup.isEmpty()) {
    *error = QStringLiteral("no setup section (mode, kem_id, ...) found");
    return std::nullopt;
  }
  return file;
}

std::optional<HpkeVectorFile> HpkeVectorFile::read(const QString& path, QString* error) {
  QFile in(path);
  if (!in.open(QIODevice::ReadOnly)) {
    *error = QStringLiteral("cannot open %1: %2").arg(path, in.errorString());
    return std::nullopt;
  }
  return parse(in.readAll(), error);
}

} // namespace camie::crypto::test
