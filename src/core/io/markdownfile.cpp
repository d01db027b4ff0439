#include "markdownfile.h"

#include "io/frontmatter.h"
#include "io/guidefile.h"
#include "io/sitefrontmatter.h"
#include "io/textinput.h"
#include "messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace almanac::markdownfile {

namespace {

const QString idCommentPattern = QStringLiteral("^<!-- id: ([0-9a-f-]+) -->$");

struct BodySection
{
    int line = 0; // of the heading, from 1; 0 for text before any heading
    QString id;
    QString heading;
    QStringList lines;
};

bool isFence(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"));
}

// "## Heading"; with levelOne also "# Heading", as files from elsewhere start sections.
std::optional<QString> headingText(const QString &line, bool levelOne = false)
{
    if (line == QLatin1String("##") || (levelOne && line == QLatin1String("#")))
        return QString();
    if (line.startsWith(QLatin1String("## ")) || line.startsWith(QLatin1String("##\t")))
        return line.mid(3).trimmed();
    if (levelOne && (line.startsWith(QLatin1String("# ")) || line.startsWith(QLatin1String("#\t"))))
        return line.mid(2).trimmed();
    return std::nullopt;
}

// A body line that could be taken for a section's id comment ("<!-- id: ...",
// after any number of backslashes) is written with one more backslash in front,
// and read back with one less: a body cannot forge a section.
bool looksLikeIdComment(QStringView line, int minBackslashes)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == u'\\')
        ++i;
    return i >= minBackslashes && line.sliced(i).startsWith(u"<!-- id: ");
}

QString escapeBody(const QString &body)
{
    QStringList lines = body.split(u'\n');
    for (QString &line : lines) {
        if (looksLikeIdComment(line, 0))
            line.prepend(u'\\');
    }
    return lines.join(u'\n');
}

// Splits the body at "## " headings. In an exported file (its first heading
// carries an id comment) a section starts only at a heading followed by an id
// comment, whatever comes before: a code fence a body leaves open cannot swallow
// the sections after it. Other files split at "## " headings outside code fences.
QList<BodySection> splitBody(const QStringList &lines, int firstLine, bool *exported)
{
    static const QRegularExpression idComment(idCommentPattern);
    auto hasId = [&](qsizetype i) {
        return i + 1 < lines.size() && idComment.match(lines[i + 1]).hasMatch();
    };
    QList<bool> starts(lines.size(), false);
    bool first = true;
    bool fenced = false;
    *exported = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isFence(lines[i]))
            fenced = !fenced;
        if (!fenced && headingText(lines[i], true)) {
            starts[i] = true;
            if (first)
                *exported = headingText(lines[i]) && hasId(i);
            first = false;
        }
    }
    QList<BodySection> out;
    out.append({0, {}, {}, {}});
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool start = *exported ? headingText(lines[i]) && hasId(i) : starts[i];
        if (start) {
            BodySection s;
            s.line = firstLine + static_cast<int>(i);
            // The writer puts "## " and the heading as it is; others may add spaces.
            s.heading = *exported && lines[i].startsWith(QLatin1String("## ")) ? lines[i].mid(3)
                                                                               : *headingText(lines[i], true);
            if (hasId(i))
                s.id = idComment.match(lines[++i]).captured(1);
            out.append(s);
            continue;
        }
        QString line = lines[i];
        if (*exported && looksLikeIdComment(line, 1))
            line.remove(0, 1);
        out.back().lines << line;
    }
    return out;
}

QString joinBody(QStringList lines)
{
    while (!lines.isEmpty() && lines.front().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

// A body as the writer frames it: after the id comment, nothing ("" up to the
// next heading) or a blank line, the body, a blank line. Read exactly, so blank
// lines at a body's edges survive; a file edited by hand is read as before.
QString exportedBody(const QStringList &lines)
{
    if (lines.size() == 1 && lines.front().isEmpty())
        return {};
    if (lines.size() >= 3 && lines.front().isEmpty() && lines.back().isEmpty())
        return lines.mid(1, lines.size() - 2).join(u'\n');
    return joinBody(lines);
}

// Errors from the guide file's checks name a JSON path; add the line it came from.
QString placeError(const QString &checked, const QString &fileName, const QHash<QString, int> &lines)
{
    const QString prefix = fileName + QStringLiteral(": ");
    QString rest = checked.startsWith(prefix) ? checked.mid(prefix.size()) : checked;
    QString best;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        const QString &key = it.key();
        if (key.isEmpty() || key.size() <= best.size() || !rest.startsWith(key) || rest.size() <= key.size())
            continue;
        const QChar next = rest[key.size()];
        if (next == u':' || next == u'.' || next == u'[')
            best = key;
    }
    if (best.isEmpty())
        return prefix + rest;
    return prefix + ImportText::tr("line %1: %2").arg(lines.value(best)).arg(rest);
}

} // namespace

std::optional<Guide> read(const QByteArray &input, const QString &fileName, ImportReport *report,
                          QString *error)
{
    ImportReport local;
    ImportReport &r = report ? *report : local;
    auto failWith = [&](const QString &message) -> std::optional<Guide> {
        if (error)
            *error = fileName + QStringLiteral(": ") + message;
        return std::nullopt;
    };
    const auto data = textinput::normalise(input, fileName, error);
    if (!data)
        return std::nullopt;
    // YAML between "---" lines, or TOML between "+++" lines (Hugo).
    const bool toml = data->startsWith("+++\n");
    const QByteArray fence = toml ? "+++" : "---";
    if (!toml && !data->startsWith("---\n"))
        return failWith(ImportText::tr("line 1: expected \"---\" opening YAML front matter (or \"+++\" "
                                       "opening TOML)"));
    // The front matter ends at the next line that is "---" (or "...", or "+++" for TOML), at the left margin.
    qsizetype end = -1;
    qsizetype bodyStart = -1;
    for (qsizetype pos = 3; pos >= 0 && pos < data->size(); pos = data->indexOf('\n', pos + 1)) {
        const QByteArrayView rest = QByteArrayView(*data).sliced(pos + 1);
        if (rest.startsWith(fence) || (!toml && rest.startsWith("..."))) {
            const QByteArrayView after = rest.sliced(3);
            if (after.isEmpty() || after.startsWith('\n')) {
                end = pos + 1;
                bodyStart = std::min(data->size(), pos + 5);
                break;
            }
        }
    }
    if (end < 0)
        return failWith(
            ImportText::tr("line 1: the front matter is not closed; expected a \"%1\" line after it")
                .arg(QString::fromLatin1(fence)));
    const QByteArray matter = data->mid(4, end - 4);
    QString matterError;
    int matterLine = 0;
    auto parsed = toml ? frontmatter::parseToml(matter, &matterError, &matterLine)
                       : frontmatter::parse(matter, &matterError, &matterLine);
    if (!parsed)
        return failWith(ImportText::tr("line %1: front matter: %2").arg(matterLine + 2).arg(matterError));
    QHash<QString, int> lines;
    for (auto it = parsed->lines.cbegin(); it != parsed->lines.cend(); ++it)
        lines.insert(it.key(), it.value() + 2); // the file's line, from 1, after the "---" line
    QJsonObject object = parsed->object;
    if (object.contains(QLatin1String("sections")))
        return failWith(
            ImportText::tr("line %1: sections: the sections are the body's \"## \" headings, not a "
                           "front-matter key")
                .arg(lines.value(QStringLiteral("sections"))));
    // Hugo's and Jekyll's keys mapped, every other key reported: never an error.
    sitefrontmatter::map(object, lines, r);
    // Imported records are written as one line of JSON text each (see frontmatter::write).
    QString jsonError;
    auto objectFromText = [&](QJsonObject &o, const QString &key, const QString &path) {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            return;
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(v.toString().toUtf8(), &e);
        if ((e.error != QJsonParseError::NoError || !d.isObject()) && jsonError.isEmpty())
            jsonError = ImportText::tr("line %1: %2: expected an object as one line of JSON")
                            .arg(lines.value(path))
                            .arg(path);
        o.insert(key, d.object());
    };
    objectFromText(object, QStringLiteral("timelinejs"), QStringLiteral("timelinejs"));
    for (const char *list : {"sources", "timeline"}) {
        const QString name = QLatin1String(list);
        if (!object.value(name).isArray())
            continue;
        QJsonArray items = object.value(name).toArray();
        const QString key = name == u"sources" ? QStringLiteral("csl") : QStringLiteral("timelinejs");
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items[i].toObject();
            if (!items[i].isObject())
                continue;
            objectFromText(item, key, QStringLiteral("%1[%2].%3").arg(name).arg(i).arg(key));
            items[i] = item;
        }
        object.insert(name, items);
    }
    if (!jsonError.isEmpty())
        return failWith(jsonError);
    if (!object.contains(QLatin1String("format")))
        object.insert(QStringLiteral("format"), QString(guidefile::formatName));
    if (!object.contains(QLatin1String("slug")) && object.value(QLatin1String("title")).isString()) {
        const QString slug = guide::slugify(object.value(QLatin1String("title")).toString());
        object.insert(QStringLiteral("slug"), slug);
        r.info(linePlace(lines.value(QStringLiteral("title"), 1)), QStringLiteral("slug"),
               ImportText::tr("no slug in the front matter; made \"%1\" from the title").arg(slug));
    }

    const int bodyFirstLine = static_cast<int>(data->left(bodyStart).count('\n')) + 1;
    const QStringList bodyLines = QString::fromUtf8(data->mid(bodyStart)).split(u'\n');
    QJsonArray sections;
    bool exported = false;
    const QList<BodySection> body = splitBody(bodyLines, bodyFirstLine, &exported);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QString text =
            exported && body[i].line != 0 ? exportedBody(body[i].lines) : joinBody(body[i].lines);
        if (body[i].line == 0 && text.isEmpty())
            continue; // nothing before the first heading
        if (body[i].line == 0)
            r.warning(
                linePlace(bodyFirstLine), QStringLiteral("sections[0].heading"),
                ImportText::tr("text before the first \"## \" heading became a section without a heading"));
        QJsonObject s{{QStringLiteral("heading"), body[i].heading}, {QStringLiteral("body"), text}};
        if (!body[i].id.isEmpty())
            s.insert(QStringLiteral("id"), body[i].id);
        lines.insert(QStringLiteral("sections[%1]").arg(sections.size()),
                     std::max(body[i].line, bodyFirstLine));
        sections.append(s);
    }
    object.insert(QStringLiteral("sections"), sections);

    // The guide file's reader does every check, with the same rules and paths.
    QString checked;
    auto guide = guidefile::read(QJsonDocument(object).toJson(QJsonDocument::Compact), fileName, &checked);
    if (!guide) {
        // A path inside an item ("sections[1].heading") falls back to its item's line.
        if (error)
            *error = placeError(checked, fileName, lines);
        return std::nullopt;
    }
    r.sortByLine(); // every finding in file order; those without a line last
    r.info({}, {},
           ImportText::tr("read %1 section(s), %2 takeaway(s), %3 timeline entr(ies), %4 FAQ, %5 source(s)")
               .arg(guide->sections.size())
               .arg(guide->takeaways.size())
               .arg(guide->timeline.size())
               .arg(guide->faq.size())
               .arg(guide->sources.size()));
    return guide;
}

QByteArray write(const Guide &g)
{
    QByteArray out = "---\n" + frontmatter::write(g) + "---\n";
    for (const Section &s : g.sections) {
        out += "\n##";
        if (!s.heading.isEmpty())
            out += ' ' + s.heading.toUtf8();
        out += "\n<!-- id: " + s.id.toUtf8() + " -->\n";
        if (!s.body.isEmpty())
            out += '\n' + escapeBody(s.body).toUtf8() + '\n';
    }
    return out;
}

} // namespace almanac::markdownfile
