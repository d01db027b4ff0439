#include "sitefrontmatter.h"

#include "guide/guide.h"
#include "guide/language.h"
#include "messages.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace almanac::sitefrontmatter {

namespace {

const QSet<QString> &guideKeys()
{
    static const QSet<QString> keys = {
        QStringLiteral("format"),     QStringLiteral("revision"), QStringLiteral("id"),
        QStringLiteral("slug"),       QStringLiteral("title"),    QStringLiteral("subject"),
        QStringLiteral("kind"),       QStringLiteral("level"),    QStringLiteral("status"),
        QStringLiteral("created"),    QStringLiteral("updated"),  QStringLiteral("tldr"),
        QStringLiteral("takeaways"),  QStringLiteral("timeline"), QStringLiteral("topics"),
        QStringLiteral("faq"),        QStringLiteral("related"),  QStringLiteral("sources"),
        QStringLiteral("timelinejs"), QStringLiteral("language")};
    return keys;
}

// A value as one line of text, for messages and for text keys given as lists.
QString flat(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts << flat(x);
        return parts.join(QStringLiteral(", "));
    }
    if (v.isObject()) {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << it.key() + QStringLiteral(": ") + flat(it.value());
        return u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

QString shortened(const QString &text)
{
    const QString one = text.simplified();
    return one.size() > 60 ? one.left(57) + QStringLiteral("...") : one;
}

// Tags and categories: a list, or (Jekyll) words apart by spaces; keywords: a list
// or words apart by commas.
QStringList words(const QJsonValue &v, const QString &key)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray()) {
            const QString s = flat(x).trimmed();
            if (!s.isEmpty())
                out << s;
        }
    } else if (v.isString()) {
        const QString s = v.toString();
        if (key == u"keywords" || s.contains(u','))
            out = s.split(u',', Qt::SkipEmptyParts);
        else
            out = s.split(u' ', Qt::SkipEmptyParts);
        for (QString &w : out)
            w = w.trimmed();
        out.removeAll(QString());
    }
    return out;
}

} // namespace

QString timestamp(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
                       "\\s*(Z|z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    int offset = 0;
    const QString zone = m.captured(7);
    if (!zone.isEmpty() && zone != u"Z" && zone != u"z") {
        const QString digits = QString(zone).remove(u':');
        offset = (digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt()) * 60 * (zone[0] == u'-' ? -1 : 1);
    }
    const QDateTime t = QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
    return guide::timestampText(t);
}

void map(QJsonObject &object, const QHash<QString, int> &lines, ImportReport &report)
{
    QStringList keys = object.keys();
    std::stable_sort(keys.begin(), keys.end(),
                     [&](const QString &a, const QString &b) { return lines.value(a) < lines.value(b); });
    QJsonObject out;
    QStringList topics = words(object.value(QLatin1String("topics")), QStringLiteral("topics"));
    QString tldrFrom = object.contains(QLatin1String("tldr")) ? QStringLiteral("tldr") : QString();
    QString createdFrom = object.contains(QLatin1String("created")) ? QStringLiteral("created") : QString();
    QString updatedFrom = object.contains(QLatin1String("updated")) ? QStringLiteral("updated") : QString();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue v = object.value(key);
        const QString place = linePlace(lines.value(key, 1));
        auto notKept = [&](const QString &why) {
            report.warning(place, {},
                           ImportText::tr("%1 (%2): %3; not kept").arg(key, shortened(flat(v)), why));
        };
        if (key == u"description" || key == u"summary" || key == u"excerpt") {
            if (!tldrFrom.isEmpty()) {
                notKept(ImportText::tr("the TL;DR comes from \"%1\"").arg(tldrFrom));
                continue;
            }
            tldrFrom = key;
            out.insert(QStringLiteral("tldr"), flat(v));
            report.info(place, QStringLiteral("tldr"), ImportText::tr("\"%1\" became the TL;DR").arg(key));
        } else if (key == u"tags" || key == u"categories" || key == u"keywords") {
            const QStringList found = words(v, key);
            qsizetype added = 0;
            for (const QString &w : found) {
                if (!topics.contains(w, Qt::CaseInsensitive)) {
                    topics << w;
                    ++added;
                }
            }
            report.info(place, QStringLiteral("topics"),
                        ImportText::tr("\"%1\" became %n topic(s)", nullptr, int(added)).arg(key));
        } else if (key == u"date" || key == u"publishDate" || key == u"lastmod" ||
                   key == u"last_modified_at" || key == u"modified") {
            const bool isCreated = key == u"date" || key == u"publishDate";
            QString &from = isCreated ? createdFrom : updatedFrom;
            if (!from.isEmpty()) {
                notKept((isCreated ? ImportText::tr("the created time comes from \"%1\"")
                                   : ImportText::tr("the updated time comes from \"%1\""))
                            .arg(from));
                continue;
            }
            const QString t = timestamp(flat(v));
            if (t.isEmpty()) {
                notKept(ImportText::tr("not a date and time"));
                continue;
            }
            from = key;
            out.insert(isCreated ? QStringLiteral("created") : QStringLiteral("updated"), t);
            report.info(place, isCreated ? QStringLiteral("created") : QStringLiteral("updated"),
                        (isCreated ? ImportText::tr("\"%1\" became the created time")
                                   : ImportText::tr("\"%1\" became the updated time"))
                            .arg(key));
        } else if (key == u"draft") {
            report.info(
                place, {},
                flat(v) == u"true"
                    ? ImportText::tr("draft: true: the guide comes in as a draft, as every import does")
                    : ImportText::tr("draft: %1: the guide comes in as a draft; make a version and "
                                     "publish it to put it live")
                          .arg(flat(v)));
        } else if (key == u"author" || key == u"authors") {
            notKept(ImportText::tr("a guide has no authors field"));
        } else if ((key == u"lang" || key == u"language") &&
                   !(v.isString() && language::isValid(v.toString()))) {
            notKept(ImportText::tr("not a language tag (BCP 47, such as \"de\", \"ar\" or \"pt-BR\")"));
        } else if (key == u"lang") {
            // jekyll-seo-tag's and jekyll-polyglot's key for the page's language.
            out.insert(QStringLiteral("language"), language::canonical(v.toString()));
            report.info(place, QStringLiteral("language"), ImportText::tr("\"lang\" became the language"));
        } else if (!guideKeys().contains(key)) {
            notKept(ImportText::tr("a front-matter key with no place in a guide"));
        } else if ((key == u"created" || key == u"updated") && v.isString() &&
                   !timestamp(v.toString()).isEmpty()) {
            out.insert(key, timestamp(v.toString()));
        } else if (key == u"status" && v.isString() && !guide::statuses.contains(v.toString())) {
            notKept(ImportText::tr("a guide's status is active or archived"));
        } else if (key == u"level" && v.isString() && !guide::levels.contains(v.toString())) {
            notKept(ImportText::tr("a guide's level is Beginner, Intermediate or Advanced"));
        } else if (key == u"id" && !guide::isValidId(v.toString())) {
            notKept(ImportText::tr("a guide's id is a UUID; a new one is made"));
        } else if (key == u"slug" && v.isString() && !guide::isValidSlug(v.toString())) {
            const QString slug = guide::slugify(v.toString());
            out.insert(key, slug);
            report.info(place, QStringLiteral("slug"),
                        ImportText::tr("the slug \"%1\" became \"%2\"").arg(v.toString(), slug));
        } else if (key != u"topics") {
            out.insert(key, v);
        }
    }
    if (!topics.isEmpty() || object.contains(QLatin1String("topics"))) {
        QJsonArray a;
        for (const QString &t : std::as_const(topics))
            a << t;
        out.insert(QStringLiteral("topics"), a);
    }
    object = out;
}

} // namespace almanac::sitefrontmatter
