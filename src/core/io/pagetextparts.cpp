#include "pagetextparts.h"

#include "guide/guide.h"
#include "guide/partialdate.h"

#include <QRegularExpression>
#include <QSet>

namespace almanac::pagetextparts {

namespace {

const QChar middleDot(0x00B7);

// Strips the word from the end of text if it is there; true if it was.
bool takeSuffix(QString &text, const QString &word)
{
    if (!text.endsWith(word))
        return false;
    text.chop(word.size());
    return true;
}

int monthNumber(const QString &name)
{
    static const QStringList shortNames = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList longNames = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    const QString n = name.toLower();
    qsizetype i = shortNames.indexOf(n);
    if (i < 0)
        i = longNames.indexOf(n);
    if (i < 0 && n == QLatin1String("sept"))
        i = 8;
    return i < 0 ? 0 : static_cast<int>(i) + 1;
}

} // namespace

std::optional<Landmark> landmark(const QString &text)
{
    static const QRegularExpression relatedRe(QStringLiteral("^Related guides \\((\\d+)\\)$"));
    static const QRegularExpression sourcesRe(QStringLiteral("^More on (.*) \\((\\d+)\\)$"));
    static const QList<std::pair<QString, Block>> fixed = {
        {QStringLiteral("Key takeaways"), Block::Takeaways},
        {QStringLiteral("Timeline"), Block::Timeline},
        {QStringLiteral("Related topics"), Block::Topics},
        {QStringLiteral("FAQ"), Block::Faq},
        {QStringLiteral("Frequently asked questions"), Block::Faq},
        {QStringLiteral("Stay current"), Block::StayCurrent},
        {QStringLiteral("Versions"), Block::Versions},
        {QStringLiteral("Sources"), Block::Sources},
    };
    for (const auto &[heading, block] : fixed) {
        if (text == heading)
            return Landmark{block, {}};
    }
    if (auto m = relatedRe.match(text); m.hasMatch())
        return Landmark{Block::RelatedGuides, {}, m.captured(1).toInt()};
    if (auto m = sourcesRe.match(text); m.hasMatch())
        return Landmark{Block::Sources, m.captured(1), m.captured(2).toInt()};
    return std::nullopt;
}

bool looksLikeHeading(const QString &text)
{
    if (bulletText(text) || text.size() > 100 || text.count(u' ') > 14)
        return false;
    QString t = text;
    // A closing quote or bracket, or a citation mark "[2]", may follow the full stop.
    static const QRegularExpression trailing(QStringLiteral("[\"'\\)\\]\u201D\u2019]+$"));
    t.remove(trailing);
    static const QRegularExpression cite(QStringLiteral("\\s*\\[\\d+(?:[,;\\s]+\\d+)*\\]$"));
    t.remove(cite);
    if (t.isEmpty())
        return false;
    const QChar last = t.back();
    return last != u'.' && last != u'!' && last != u',' && last != u';' && last != u':' &&
           last != QChar(0x2026);
}

std::optional<Kicker> parseKicker(const QString &line)
{
    const QStringList parts = line.split(middleDot);
    if (parts.size() != 2)
        return std::nullopt;
    const QString kind = parts[0].trimmed();
    const QString level = parts[1].trimmed();
    if (kind.isEmpty() || kind.size() > 40 || !guide::levels.contains(level))
        return std::nullopt;
    return Kicker{kind, level};
}

std::optional<MetaLine> parseMetaLine(const QString &line, const QString &levelHint)
{
    QStringList parts = line.split(middleDot);
    MetaLine m;
    QString head = parts.takeFirst().trimmed();
    for (const QString &status : guide::statuses) {
        if (takeSuffix(head, status)) {
            m.status = status;
            break;
        }
    }
    QStringList levels = guide::levels;
    if (levels.contains(levelHint))
        levels.move(levels.indexOf(levelHint), 0);
    for (const QString &level : std::as_const(levels)) {
        if (takeSuffix(head, level)) {
            m.level = level;
            break;
        }
    }
    m.subject = head.trimmed();
    // The rest: "v2", "live" (or "draft") and "updated 3d ago", in any grouping.
    static const QRegularExpression versionRe(QStringLiteral("^v(\\d+)$"));
    for (const QString &p : std::as_const(parts)) {
        const QString t = p.trimmed();
        if (versionRe.match(t).hasMatch())
            m.version = t;
        else if (t.startsWith(QLatin1String("updated")))
            m.updated = t.mid(7).trimmed();
    }
    // A meta line has at least a status or level word, or the dotted parts.
    if (m.status.isEmpty() && m.level.isEmpty() && parts.isEmpty())
        return std::nullopt;
    return m;
}

std::optional<CardHeader> parseCardHeader(const QString &line)
{
    // Score, an optional "[n]", the outlet; then age and link after middle dots.
    static const QRegularExpression re(QStringLiteral("^(10|[1-9])\\s*(?:\\[\\d+\\]\\s*)?(\\D.*)$"));
    QStringList parts = line.split(middleDot);
    const auto match = re.match(parts.takeFirst().trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    CardHeader h;
    h.relevance = match.captured(1).toInt();
    h.outlet = match.captured(2).trimmed();
    bool dotted = !parts.isEmpty();
    for (const QString &p : std::as_const(parts)) {
        const QString t = p.trimmed();
        if (t.startsWith(QLatin1String("source")))
            h.hadLink = true;
        else if (!t.isEmpty())
            h.age = t;
    }
    if (!dotted && !h.outlet.endsWith(QStringLiteral("source \u2197")))
        return std::nullopt; // "8 apples" alone is a sentence, not a card
    if (h.outlet.endsWith(QStringLiteral("source \u2197"))) {
        h.hadLink = true;
        h.outlet.chop(8);
        h.outlet = h.outlet.trimmed();
    }
    if (h.outlet.isEmpty())
        return std::nullopt;
    h.published = parseDisplayDate(h.age);
    return h;
}

QString parseDisplayDate(const QString &text)
{
    static const QRegularExpression dayRe(QStringLiteral("^(\\d{1,2}) ([A-Za-z]{3,9})\\.? (\\d{4})$"));
    static const QRegularExpression monthRe(QStringLiteral("^([A-Za-z]{3,9})\\.? (\\d{4})$"));
    static const QRegularExpression yearRe(QStringLiteral("^(\\d{4})$"));
    const QString t = text.trimmed();
    QString iso;
    if (auto m = dayRe.match(t); m.hasMatch()) {
        if (const int month = monthNumber(m.captured(2)))
            iso = QStringLiteral("%1-%2-%3")
                      .arg(m.captured(3))
                      .arg(month, 2, 10, QLatin1Char('0'))
                      .arg(m.captured(1).toInt(), 2, 10, QLatin1Char('0'));
    } else if (auto m2 = monthRe.match(t); m2.hasMatch()) {
        if (const int month = monthNumber(m2.captured(1)))
            iso = QStringLiteral("%1-%2").arg(m2.captured(2)).arg(month, 2, 10, QLatin1Char('0'));
    } else if (yearRe.match(t).hasMatch()) {
        iso = t;
    }
    return PartialDate::parse(iso) ? iso : QString();
}

QStringList splitTopics(const QString &line, const QString &subject, const QString &context, int *splits)
{
    QStringList out;
    QString rest = line.trimmed();
    int cuts = 0;
    // The subject is often the first tag; "RISC-VInstruction" cuts after it.
    if (!subject.isEmpty() && rest.size() > subject.size() && rest.startsWith(subject) &&
        rest[subject.size()].isUpper()) {
        out << subject;
        rest = rest.mid(subject.size());
        ++cuts;
    }
    // Camel-case words the guide itself uses ("WebAssembly", "JavaScript") are never cut.
    QList<bool> kept(rest.size() + 1, false);
    static const QRegularExpression camel(
        QStringLiteral("\\b\\w*(?:\\p{Ll}\\p{Lu}|\\p{Lu}\\p{Lu}\\p{Ll})\\w*\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> words;
    for (auto it = camel.globalMatch(context); it.hasNext();)
        words.insert(it.next().captured());
    for (const QString &w : std::as_const(words)) {
        for (qsizetype at = rest.indexOf(w); at >= 0; at = rest.indexOf(w, at + 1)) {
            for (qsizetype k = at + 1; k < at + w.size(); ++k)
                kept[k] = true;
        }
    }
    QString current;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest[i];
        if (i > 0 && c.isUpper() && !current.trimmed().isEmpty()) {
            const QChar prev = rest[i - 1];
            // "PVMaterials" cuts before "Materials", but "APIs" and "GPUs" stay whole.
            const bool nextLower = i + 2 < rest.size() && rest[i + 1].isLower() && rest[i + 2].isLower();
            // "sets|Open", "PV|Materials", "(VLSI)|Open"; never "eBay" or "iPhone".
            const bool wordStartLower = prev.isLower() && (i < 2 || !rest[i - 2].isLetterOrNumber());
            bool boundary =
                (prev.isLower() && !wordStartLower) || prev == u')' || (prev.isUpper() && nextLower);
            if (kept[i])
                boundary = false;
            if (boundary) {
                out << current.trimmed();
                current.clear();
                ++cuts;
            }
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    if (splits)
        *splits = cuts;
    return out;
}

std::optional<QString> bulletText(const QString &line)
{
    const QString t = line.trimmed();
    static const QString bullets = QStringLiteral("\u2022\u25E6\u25AA\u2023");
    if (t.size() >= 2 && bullets.contains(t[0]))
        return t.mid(1).trimmed();
    if (t.size() >= 3 && (t[0] == u'-' || t[0] == u'*') && t[1] == u' ')
        return t.mid(2).trimmed();
    return std::nullopt;
}

std::optional<QString> numberedText(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})[.)]\\s+(\\S.*)$"));
    const auto m = re.match(line.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(2).trimmed();
}

} // namespace almanac::pagetextparts
