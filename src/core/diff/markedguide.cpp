#include "markedguide.h"

namespace almanac::diff {

namespace {

constexpr QChar insOpen(0xE000);
constexpr QChar insClose(0xE001);
constexpr QChar delOpen(0xE002);
constexpr QChar delClose(0xE003);

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
            out += op.text;
            break;
        case worddiff::Op::Kind::Insert:
            out += wrap(op.text, insOpen, insClose);
            break;
        case worddiff::Op::Kind::Delete:
            out += wrap(op.text, delOpen, delClose);
            break;
        }
    }
    return out;
}

Guide markedGuide(const Guide &from, const Guide &to, const GuideDiff &d)
{
    Guide g = to;
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
            if (l.added.contains(t))
                t = insOpen + t + insClose;
        }
        for (const QString &t : l.removed)
            list.append(delOpen + t + delClose);
    }
    return g;
}

QByteArray markHtml(QByteArray html)
{
    // In the head (title, meta tags, JSON-LD) the markers are only dropped:
    // tags may not go into attributes or scripts.
    const qsizetype bodyStart = std::max<qsizetype>(0, html.indexOf("<body"));
    QByteArray head = html.left(bodyStart);
    QByteArray body = html.mid(bodyStart);
    for (const QChar marker : {insOpen, insClose, delOpen, delClose})
        head.replace(QString(marker).toUtf8(), "");
    body.replace(QString(insOpen).toUtf8(), "<ins class=\"diff\">");
    body.replace(QString(insClose).toUtf8(), "</ins>");
    body.replace(QString(delOpen).toUtf8(), "<del class=\"diff\">");
    body.replace(QString(delClose).toUtf8(), "</del>");
    head.replace("</style>", "ins.diff{background:#c9f0c9;color:#111;text-decoration:none}"
                             "del.diff{background:#f8cfcc;color:#111}\n</style>");
    return head + body;
}

} // namespace almanac::diff
