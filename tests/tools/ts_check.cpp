// ts_check: fails when a Qt Linguist .ts file has a message without a finished
// translation, or whose translation drops or invents a %1-style placeholder.
// Usage: ts_check FILE.ts...
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

QSet<QString> placeholders(const QString& text) {
  static const QRegularExpression re(QStringLiteral("%(?:L?\\d+|n)"));
  QSet<QString> found;
  auto it = re.globalMatch(text);
  while (it.hasNext())
    found.insert(it.next().captured());
  return found;
}

struct Message {
  QString context;
  QString source;
  QString type;
  QStringList translations; // one, or one per numerus form
  bool numerus = false;
};

int checkFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    std::fprintf(stderr, "%s: cannot open\n", qPrintable(path));
    return 1;
  }
  QXmlStreamReader xml(&file);
  QString context;
  Message m;
  int problems = 0;
  int checked = 0;

  auto report = [&](const QString& what) {
    ++problems;
    std::fprintf(stderr, "%s: [%s] \"%s\": %s\n", qPrintable(path), qPrintable(m.context),
                 qPrintable(m.source), qPrintable(what));
  };

  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      const auto name = xml.name();
      if (name == u"name") {
        context = xml.readElementText();
      } else if (name == u"message") {
        m = Message{
            context, {}, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes"};
      } else if (name == u"source") {
        m.source = xml.readElementText();
      } else if (name == u"translation") {
        m.type = xml.attributes().value(QStringLiteral("type")).toString();
        if (!m.numerus)
          m.translations << xml.readElementText();
      } else if (name == u"numerusform") {
        m.translations << xml.readElementText();
      }
    } else if (xml.isEndElement() && xml.name() == u"message") {
      if (m.type == u"vanished" || m.type == u"obsolete")
        continue;
      ++checked;
      if (m.type == u"unfinished") {
        report(QStringLiteral("unfinished"));
        continue;
      }
      if (m.translations.isEmpty()) {
        report(QStringLiteral("no translation"));
        continue;
      }
      for (const QString& t : std::as_const(m.translations)) {
        if (t.trimmed().isEmpty())
          report(QStringLiteral("empty translation"));
        else if (placeholders(t) != placeholders(m.source) &&
                 !(m.numerus &&
                   placeholders(t) + QSet<QString>{QStringLiteral("%n")} == placeholders(m.source)))
          report(QStringLiteral("placeholders differ in \"%1\"").arg(t));
      }
    }
  }
  if (xml.hasError()) {
    std::fprintf(stderr, "%s: XML error at line %lld: %s\n", qPrintable(path),
                 static_cast<long long>(xml.lineNumber()), qPrintable(xml.errorString()));
    return 1;
  }
  std::printf("%s: %d messages checked, %d problems\n", qPrintable(path), checked, problems);
  return problems == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[]) {
  if (argc < 2) {
    std::fputs("usage: ts_check FILE.ts...\n", stderr);
    return 2;
  }
  int rc = 0;
  for (int i = 1; i < argc; ++i)
    rc |= checkFile(QString::fromLocal8Bit(argv[i]));
  return rc;
}
