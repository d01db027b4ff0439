#include "markedguide.h"

#include <QJsonArray>
#include <QJsonObject>

namespace almanac::diff {

namespace {

constexpr QChar insOpen(0xE000);
constexpr QChar insClose(0xE001);
constexpr QChar delOpen(0xE002);
constexpr QChar delClose(0xE003);
// A person may type the markers' characters too. Theirs are written as this
// escape and one of the five that follow it, and put back after the markers
// became tags: only the diff's own markers ever do.
constexpr char16_t escapeMark = 0xE004;

bool isMarkerOrEscape(QChar c)
{
    return c.unicode() >= insOpen.unicode() && c.unicode() <= escapeMark;
}

QString esc(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), isMarkerOrEscape))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (isMarkerOrEscape(c)) {
            out += QChar(escapeMark);
            out += QChar(char16_t(escapeMark + 1 + (c.unicode() - insOpen.unicode())));
        } else {
            out += c;
        }
    }
    return out;
}

QJsonValue escJson(const QJsonValue &v)
{
    if (v.isString())
        return esc(v.toString());
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = escJson(a[i]);
        return a;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = escJson(it.value());
        return o;
    }
    return v;
}

// Every text of the guide escaped, so that none holds a bare marker; the kept
// records too, since the page shows some of their members (authors, media).
Guide escaped(Guide g)
{
    for (QString *s : {&g.title, &g.subject, &g.kind, &g.level, &g.status, &g.tldr})
        *s = esc(*s);
    g.timelinejs = escJson(g.timelinejs).toObject();
    for (Takeaway &t : g.takeaways)
        t.text = esc(t.text);
    for (Section &s : g.sections) {
        s.heading = esc(s.heading);
        s.body = esc(s.body);
    }
    for (TimelineEntry &e : g.timeline) {
        e.title = esc(e.title);
        e.description = esc(e.description);
        e.timelinejs = escJson(e.timelinejs).toObject();
    }
    for (QString &t : g.topics)
        t = esc(t);
    for (FaqEntry &f : g.faq) {
        f.question = esc(f.question);
        f.answer = esc(f.answer);
    }
    for (Source &s : g.sources) {
        for (QString *f : {&s.outlet, &s.title, &s.url, &s.summary})
            *f = esc(*f);
        s.csl = escJson(s.csl).toObject();
    }
    return g;
}

QString wrap(const QString &text, QChar open, QChar close)
{
    QString out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i)
            out += u'\n';
        if (!lines[i].trimmed().isEmpty())
            out += open + lines[i] + close;
        else
            out += lines[i];
    }
    return out;
}

QString fieldText(const QList<FieldChange> &fields, const QString &name, const QString &current)
{
    for (const FieldChange &f : fields) {
        if (f.field == name)
            return markedText(f.words);
    }
    return current;
}

template <typename T, typename Mark>
void markItems(QList<T> &items, const QList<T> &before, const QString &part, const GuideDiff &d, Mark mark)
{
    // Changed and added items, in place.
    for (const ItemChange &c : d.items) {
        if (c.part != part || c.kind == ItemChange::Kind::Removed)
            continue;
        for (T &item : items) {
            if (item.id == c.id)
                mark(item, c.fields, c.kind == ItemChange::Kind::Added ? insOpen : QChar());
        }
    }
    // Removed items come back, struck out, where they used to be.
    for (const ItemChange &c : d.items) {
        if (c.part != part || c.kind != ItemChange::Kind::Removed)
            continue;
        T item = before[c.from];
        mark(item, QList<FieldChange>(), delOpen);
        items.insert(std::min<qsizetype>(c.from, items.size()), item);
    }
}

} // namespace

QString markedText(const QList<worddiff::Op> &ops)
{
    QString out;
    for (const worddiff::Op &op : ops) {
        switch (op.kind) {
        case worddiff::Op::Kind::Equal:
            out += esc(op.text);
            break;
        case worddiff::Op::Kind::Insert:
            out += wrap(esc(op.text), insOpen, insClose);
            break;
        case worddiff::Op::Kind::Delete:
            out += wrap(esc(op.text), delOpen, delClose);
            break;
        }
    }
    return out;
}

Guide markedGuide(const Guide &original, const Guide &to, const GuideDiff &d)
{
    const Guide from = escaped(original);
    Guide g = escaped(to);
    for (const FieldChange &f : d.metadata) {
        const QString marked = markedText(f.words);
        if (f.field == QLatin1String("title"))
            g.title = marked;
        else if (f.field == QLatin1String("subject"))
            g.subject = marked;
        else if (f.field == QLatin1String("tldr"))
            g.tldr = marked;
    }
    // Whole-item marking: open is insOpen (added), delOpen (removed) or null (changed fields only).
    auto whole = [](const QString &text, QChar open) {
        return open.isNull() ? text : wrap(text, open, open == insOpen ? insClose : delClose);
    };
    markItems(g.takeaways, from.takeaways, QStringLiteral("takeaways"), d,
              [&](Takeaway &t, const QList<FieldChange> &f, QChar open) {
                  t.text = whole(fieldText(f, QStringLiteral("text"), t.text), open);
              });
    markItems(g.sections, from.sections, QStringLiteral("sections"), d,
              [&](Section &s, const QList<FieldChange> &f, QChar open) {
                  s.heading = whole(fieldText(f, QStringLiteral("heading"), s.heading), open);
                  s.body = whole(fieldText(f, QStringLiteral("body"), s.body), open);
              });
    markItems(g.timeline, from.timeline, QStringLiteral("timeline"), d,
              [&](TimelineEntry &e, const QList<FieldChange> &f, QChar open) {
                  e.title = whole(fieldText(f, QStringLiteral("title"), e.title), open);
                  e.description = whole(fieldText(f, QStringLiteral("description"), e.description), open);
              });
    markItems(g.faq, from.faq, QStringLiteral("faq"), d,
              [&](FaqEntry &q, const QList<FieldChange> &f, QChar open) {
                  q.question = whole(fieldText(f, QStringLiteral("question"), q.question), open);
                  q.answer = whole(fieldText(f, QStringLiteral("answer"), q.answer), open);
              });
    markItems(g.sources, from.sources, QStringLiteral("sources"), d,
              [&](Source &s, const QList<FieldChange> &f, QChar open) {
                  s.outlet = whole(fieldText(f, QStringLiteral("outlet"), s.outlet), open);
                  s.title = whole(fieldText(f, QStringLiteral("title"), s.title), open);
                  s.summary = whole(fieldText(f, QStringLiteral("summary"), s.summary), open);
              });
    for (const ListChange &l : d.lists) {
        QStringList &list = l.part == QLatin1String("topics") ? g.topics : g.related;
        if (l.part != QLatin1String("topics"))
            continue; // related guides are slugs: left as they are
        for (QString &t : list) {
            if (std::any_of(l.added.cbegin(), l.added.cend(), [&](const QString &a) { return esc(a) == t; }))
                t = insOpen + t + insClose;
        }
        for (const QString &t : l.removed)
            list.append(delOpen + esc(t) + delClose);
    }
    return g;
}

namespace {

// A marker at html[i]: its UTF-8 (EE 80 80..83) anywhere, or, inside a tag, the
// percent-encoded form cmark gives it in a link's URL (%EE%80%80..83). Returns
// its length and sets *which (0 ins open, 1 ins close, 2 del open, 3 del close).
qsizetype markerAt(const QByteArray &html, qsizetype i, bool inTag, int *which)
{
    const QByteArrayView rest = QByteArrayView(html).sliced(i);
    if (rest.size() >= 3 && rest.startsWith("\xEE\x80") &&
        (static_cast<unsigned char>(rest[2]) & 0xFC) == 0x80) {
        *which = static_cast<unsigned char>(rest[2]) & 0x03;
        return 3;
    }
    if (inTag && rest.size() >= 9 && rest.startsWith("%EE%80%8") && rest[8] >= '0' && rest[8] <= '3') {
        *which = rest[8] - '0';
        return 9;
    }
    return 0;
}

} // namespace

QByteArray markHtml(QByteArray html)
{
    // Markers become tags only in the body's text. In the head (title, meta tags,
    // JSON-LD), inside a tag (an attribute such as href) and in script or style a
    // tag would break out of its place: there the new text is kept and the deleted
    // text dropped. The renderer escapes '<' and '>' in text and attributes, so a
    // raw '<' starts a tag.
    static const char *const tags[] = {"<ins class=\"diff\">", "</ins>", "<del class=\"diff\">", "</del>"};
    const qsizetype bodyStart = std::max<qsizetype>(0, html.indexOf("<body"));
    QByteArray out;
    out.reserve(html.size() + html.size() / 8);
    bool inTag = false;
    bool dropping = false; // inside deleted text where no tag may go
    QByteArray rawUntil;   // "</script" or "</style" while inside one
    for (qsizetype i = 0; i < html.size(); ++i) {
        int which = 0;
        if (const qsizetype length = markerAt(html, i, inTag || !rawUntil.isEmpty(), &which)) {
            if (i >= bodyStart && !inTag && rawUntil.isEmpty())
                out += tags[which];
            else if (which == 2)
                dropping = true;
            else if (which == 3)
                dropping = false;
            i += length - 1;
            continue;
        }
        const char c = html[i];
        if (!rawUntil.isEmpty()) {
            if (c == '<' && QByteArrayView(html).sliced(i).startsWith(rawUntil)) {
                rawUntil.clear();
            } else {
                if (!dropping)
                    out += c;
                continue;
            }
        }
        if (c == '<' && !inTag) {
            inTag = true;
            const QByteArrayView rest = QByteArrayView(html).sliced(i);
            if (rest.startsWith("<script"))
                rawUntil = "</script";
            else if (rest.startsWith("<style"))
                rawUntil = "</style";
        } else if (c == '>' && inTag) {
            inTag = false;
        }
        if (!dropping || c == '<' || c == '>')
            out += c;
    }
    out.replace("</style>", "ins.diff{background:#c9f0c9;color:#111;text-decoration:none}"
                            "del.diff{background:#f8cfcc;color:#111}\n</style>");
    return unescapeMarkers(out);
}

QByteArray unescapeMarkers(const QByteArray &html)
{
    // The escape is U+E004 and then U+E005..U+E009 for U+E000..U+E004: EE 80 84
    // EE 80 85..89, or in a URL %EE%80%84%EE%80%85..89.
    QByteArray out;
    out.reserve(html.size());
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QByteArrayView rest = QByteArrayView(html).sliced(i);
        if (rest.size() >= 6 && rest.startsWith("\xEE\x80\x84\xEE\x80") &&
            static_cast<unsigned char>(rest[5]) >= 0x85 && static_cast<unsigned char>(rest[5]) <= 0x89) {
            out += "\xEE\x80";
            out += char(static_cast<unsigned char>(rest[5]) - 5);
            i += 5;
        } else if (rest.size() >= 18 && rest.startsWith("%EE%80%84%EE%80%8") && rest[17] >= '5' &&
                   rest[17] <= '9') {
            out += "%EE%80%8";
            out += char(rest[17] - 5);
            i += 17;
        } else {
            out += html[i];
        }
    }
    return out;
}

} // namespace almanac::diff
