#include "guidedocument.h"

#include "guide/partialdate.h"
#include "undocommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace almanac {

namespace {

// Reads and writes one named field of an item.
QVariant get(const Takeaway &t, const QString &f)
{
    return f == QLatin1String("text") ? QVariant(t.text) : QVariant();
}
QVariant get(const Section &s, const QString &f)
{
    if (f == QLatin1String("heading"))
        return s.heading;
    return f == QLatin1String("body") ? QVariant(s.body) : QVariant();
}
QVariant get(const TimelineEntry &e, const QString &f)
{
    if (f == QLatin1String("date"))
        return e.date;
    if (f == QLatin1String("title"))
        return e.title;
    if (f == QLatin1String("description"))
        return e.description;
    return f == QLatin1String("sources") ? QVariant(e.sources) : QVariant();
}
QVariant get(const FaqEntry &q, const QString &f)
{
    if (f == QLatin1String("question"))
        return q.question;
    return f == QLatin1String("answer") ? QVariant(q.answer) : QVariant();
}
// A member of a source's CSL record ("csl.DOI"; "csl" for the whole record):
// a name list (author, editor, …) as a QJsonArray, any other member as text (a
// number as its digits), an absent one as empty text.
QVariant cslMember(const Source &s, const QString &f)
{
    if (f == QLatin1String("csl"))
        return QVariant::fromValue(s.csl);
    const QJsonValue v = s.csl.value(QStringView(f).mid(4));
    if (v.isArray())
        return QVariant::fromValue(v.toArray());
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.isObject() ? QVariant::fromValue(v.toObject()) : QVariant(v.toString());
}

void setCslMember(Source &s, const QString &f, const QVariant &v)
{
    if (f == QLatin1String("csl")) {
        s.csl = v.value<QJsonObject>();
        return;
    }
    const QString key = f.mid(4);
    QJsonValue value;
    if (v.metaType() == QMetaType::fromType<QJsonArray>())
        value = v.value<QJsonArray>();
    else if (v.metaType() == QMetaType::fromType<QJsonObject>())
        value = v.value<QJsonObject>();
    else
        value = v.toString();
    const bool empty = (value.isString() && value.toString().isEmpty()) ||
                       (value.isArray() && value.toArray().isEmpty()) ||
                       (value.isObject() && value.toObject().isEmpty());
    if (empty)
        s.csl.remove(key);
    else
        s.csl.insert(key, value);
}

QVariant get(const Source &s, const QString &f)
{
    if (f == QLatin1String("csl") || f.startsWith(QLatin1String("csl.")))
        return cslMember(s, f);
    if (f == QLatin1String("key"))
        return s.key;
    if (f == QLatin1String("outlet"))
        return s.outlet;
    if (f == QLatin1String("title"))
        return s.title;
    if (f == QLatin1String("url"))
        return s.url;
    if (f == QLatin1String("published"))
        return s.published;
    if (f == QLatin1String("accessed"))
        return s.accessed;
    if (f == QLatin1String("relevance"))
        return s.relevance;
    return f == QLatin1String("summary") ? QVariant(s.summary) : QVariant();
}

void set(Takeaway &t, const QString &f, const QVariant &v)
{
    if (f == QLatin1String("text"))
        t.text = v.toString();
}
void set(Section &s, const QString &f, const QVariant &v)
{
    if (f == QLatin1String("heading"))
        s.heading = v.toString();
    else if (f == QLatin1String("body"))
        s.body = v.toString();
}
void set(TimelineEntry &e, const QString &f, const QVariant &v)
{
    if (f == QLatin1String("date"))
        e.date = v.toString();
    else if (f == QLatin1String("title"))
        e.title = v.toString();
    else if (f == QLatin1String("description"))
        e.description = v.toString();
    else if (f == QLatin1String("sources"))
        e.sources = v.toStringList();
}
void set(FaqEntry &q, const QString &f, const QVariant &v)
{
    if (f == QLatin1String("question"))
        q.question = v.toString();
    else if (f == QLatin1String("answer"))
        q.answer = v.toString();
}
void set(Source &s, const QString &f, const QVariant &v)
{
    if (f == QLatin1String("csl") || f.startsWith(QLatin1String("csl.")))
        setCslMember(s, f, v);
    else if (f == QLatin1String("key"))
        s.key = v.toString();
    else if (f == QLatin1String("outlet"))
        s.outlet = v.toString();
    else if (f == QLatin1String("title"))
        s.title = v.toString();
    else if (f == QLatin1String("url"))
        s.url = v.toString();
    else if (f == QLatin1String("published"))
        s.published = v.toString();
    else if (f == QLatin1String("accessed"))
        s.accessed = v.toString();
    else if (f == QLatin1String("relevance"))
        s.relevance = v.toInt();
    else if (f == QLatin1String("summary"))
        s.summary = v.toString();
}

// Calls fn with the list that holds a part's items.
template <typename Guide_, typename Fn> decltype(auto) withList(Guide_ &g, Part part, Fn fn)
{
    switch (part) {
    case Part::Takeaways:
        return fn(g.takeaways);
    case Part::Sections:
        return fn(g.sections);
    case Part::Timeline:
        return fn(g.timeline);
    case Part::Faq:
        return fn(g.faq);
    case Part::Sources:
        return fn(g.sources);
    case Part::Metadata:
    case Part::Topics:
    case Part::Related:
        break;
    }
    qFatal("part %d has no items", static_cast<int>(part));
}

Item newItem(Part part, const QString &text)
{
    const QString id = guide::newId();
    switch (part) {
    case Part::Takeaways:
        return Takeaway{id, text};
    case Part::Sections:
        return Section{id, text, {}};
    case Part::Timeline:
        return TimelineEntry{id, {}, text, {}, {}, {}};
    case Part::Faq:
        return FaqEntry{id, text, {}};
    case Part::Sources:
        return Source{id, text, {}, {}, {}, {}, {}, 5, {}, {}};
    case Part::Metadata:
    case Part::Topics:
    case Part::Related:
        break;
    }
    qFatal("part %d has no items", static_cast<int>(part));
}

} // namespace

template <typename Fn> void GuideDocument::change(const ChangeEvent &event, Fn fn)
{
    Q_EMIT aboutToChange(event);
    fn();
    m_guide.updated = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    Q_EMIT changed(event);
}

GuideDocument::GuideDocument(const Guide &guide, QObject *parent) : QObject(parent), m_guide(guide)
{
    qRegisterMetaType<ChangeEvent>();
}

QString GuideDocument::partName(Part part)
{
    switch (part) {
    case Part::Metadata:
        return QCoreApplication::translate("GuideDocument", "details");
    case Part::Takeaways:
        return QCoreApplication::translate("GuideDocument", "key takeaways");
    case Part::Sections:
        return QCoreApplication::translate("GuideDocument", "sections");
    case Part::Timeline:
        return QCoreApplication::translate("GuideDocument", "timeline");
    case Part::Topics:
        return QCoreApplication::translate("GuideDocument", "related topics");
    case Part::Faq:
        return QCoreApplication::translate("GuideDocument", "FAQ");
    case Part::Related:
        return QCoreApplication::translate("GuideDocument", "related guides");
    case Part::Sources:
        return QCoreApplication::translate("GuideDocument", "sources");
    }
    return {};
}

QString GuideDocument::partKey(Part part)
{
    switch (part) {
    case Part::Metadata:
        return QStringLiteral("metadata");
    case Part::Takeaways:
        return QStringLiteral("takeaways");
    case Part::Sections:
        return QStringLiteral("sections");
    case Part::Timeline:
        return QStringLiteral("timeline");
    case Part::Topics:
        return QStringLiteral("topics");
    case Part::Faq:
        return QStringLiteral("faq");
    case Part::Related:
        return QStringLiteral("related");
    case Part::Sources:
        return QStringLiteral("sources");
    }
    return {};
}

QString GuideDocument::itemName(Part part)
{
    switch (part) {
    case Part::Takeaways:
        return QCoreApplication::translate("GuideDocument", "takeaway");
    case Part::Sections:
        return QCoreApplication::translate("GuideDocument", "section");
    case Part::Timeline:
        return QCoreApplication::translate("GuideDocument", "timeline entry");
    case Part::Faq:
        return QCoreApplication::translate("GuideDocument", "FAQ entry");
    case Part::Sources:
        return QCoreApplication::translate("GuideDocument", "source");
    default:
        return partName(part);
    }
}

int GuideDocument::itemCount(Part part) const
{
    return withList(m_guide, part, [](const auto &list) { return static_cast<int>(list.size()); });
}

QString GuideDocument::itemId(Part part, int index) const
{
    return withList(m_guide, part, [&](const auto &list) { return list.value(index).id; });
}

int GuideDocument::indexOf(Part part, const QString &id) const
{
    return withList(m_guide, part, [&](const auto &list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].id == id)
                return static_cast<int>(i);
        }
        return -1;
    });
}

QVariant GuideDocument::itemField(Part part, int index, const QString &field) const
{
    return withList(m_guide, part, [&](const auto &list) {
        return index >= 0 && index < list.size() ? get(list[index], field) : QVariant();
    });
}

QString GuideDocument::field(const QString &name) const
{
    if (name == QLatin1String("slug"))
        return m_guide.slug;
    if (name == QLatin1String("title"))
        return m_guide.title;
    if (name == QLatin1String("subject"))
        return m_guide.subject;
    if (name == QLatin1String("kind"))
        return m_guide.kind;
    if (name == QLatin1String("level"))
        return m_guide.level;
    if (name == QLatin1String("status"))
        return m_guide.status;
    if (name == QLatin1String("language"))
        return m_guide.language;
    if (name == QLatin1String("tldr"))
        return m_guide.tldr;
    return {};
}

Item GuideDocument::item(Part part, int index) const
{
    return withList(m_guide, part, [&](const auto &list) { return Item(list.at(index)); });
}

void GuideDocument::setField(const QString &name, const QString &value)
{
    const QString before = field(name);
    if (before == value)
        return;
    m_undo.push(new SetTextCommand(this, Part::Metadata, QString(), name, before, value));
}

void GuideDocument::setFieldWith(const QString &name, const QString &value, const QString &linked,
                                 const QString &linkedValue)
{
    const QString before = field(name);
    if (before == value)
        return;
    auto *command = new SetTextCommand(this, Part::Metadata, QString(), name, before, value);
    command->setLinked(linked, field(linked), linkedValue);
    m_undo.push(command);
}

void GuideDocument::setItemField(Part part, int index, const QString &field, const QVariant &value)
{
    const QVariant before = itemField(part, index, field);
    if (!before.isValid() || before == value)
        return;
    if (part == Part::Timeline && field == QLatin1String("date")) {
        m_undo.push(
            new SetTimelineDateCommand(this, itemId(part, index), before.toString(), value.toString()));
        return;
    }
    auto *command = new SetTextCommand(this, part, itemId(part, index), field, before, value);
    // A whole record is set from a committed cell (a name): each its own step.
    command->setMergeable(field != QLatin1String("csl"));
    m_undo.push(command);
}

int GuideDocument::insertItem(Part part, int index, const QString &text)
{
    index = std::clamp(index, 0, itemCount(part));
    m_undo.push(new InsertItemCommand(this, part, index, newItem(part, text)));
    return index;
}

void GuideDocument::removeItem(Part part, int index)
{
    if (index >= 0 && index < itemCount(part))
        m_undo.push(new RemoveItemCommand(this, part, index));
}

void GuideDocument::moveItem(Part part, int from, int to)
{
    const int n = itemCount(part);
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    m_undo.push(new MoveItemCommand(this, part, from, to));
}

void GuideDocument::setList(Part part, const QStringList &values)
{
    const QStringList before = part == Part::Topics ? m_guide.topics : m_guide.related;
    if (before != values)
        m_undo.push(new SetListCommand(this, part, before, values));
}

void GuideDocument::replaceContent(const Guide &guide, const QString &actionText)
{
    if (!(guide == m_guide))
        m_undo.push(new ReplaceContentCommand(this, m_guide, guide, actionText));
}

void GuideDocument::applyField(const QString &name, const QString &value)
{
    QString *target = nullptr;
    if (name == QLatin1String("slug"))
        target = &m_guide.slug;
    else if (name == QLatin1String("title"))
        target = &m_guide.title;
    else if (name == QLatin1String("subject"))
        target = &m_guide.subject;
    else if (name == QLatin1String("kind"))
        target = &m_guide.kind;
    else if (name == QLatin1String("level"))
        target = &m_guide.level;
    else if (name == QLatin1String("status"))
        target = &m_guide.status;
    else if (name == QLatin1String("language"))
        target = &m_guide.language;
    else if (name == QLatin1String("tldr"))
        target = &m_guide.tldr;
    if (!target)
        return;
    change({ChangeEvent::Type::Field, Part::Metadata, -1, -1, name}, [&] { *target = value; });
}

void GuideDocument::applyItemField(Part part, int index, const QString &field, const QVariant &value)
{
    change({ChangeEvent::Type::ItemChanged, part, index, -1, field},
           [&] { withList(m_guide, part, [&](auto &list) { set(list[index], field, value); }); });
}

void GuideDocument::applyInsert(Part part, int index, const Item &item)
{
    change({ChangeEvent::Type::ItemsInserted, part, index, -1, {}}, [&] {
        withList(m_guide, part, [&](auto &list) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            list.insert(index, std::get<T>(item));
        });
    });
}

Item GuideDocument::applyRemove(Part part, int index)
{
    Item removed = item(part, index);
    change({ChangeEvent::Type::ItemRemoved, part, index, -1, {}},
           [&] { withList(m_guide, part, [&](auto &list) { list.removeAt(index); }); });
    return removed;
}

void GuideDocument::applyMove(Part part, int from, int to)
{
    change({ChangeEvent::Type::ItemMoved, part, from, to, {}},
           [&] { withList(m_guide, part, [&](auto &list) { list.move(from, to); }); });
}

void GuideDocument::applyList(Part part, const QStringList &values)
{
    change({ChangeEvent::Type::List, part, -1, -1, {}},
           [&] { (part == Part::Topics ? m_guide.topics : m_guide.related) = values; });
}

void GuideDocument::applyGuide(const Guide &guide)
{
    change({ChangeEvent::Type::Reset, Part::Metadata, -1, -1, {}}, [&] { m_guide = guide; });
}

int GuideDocument::sortedTimelineIndex(int index, const QString &date) const
{
    const auto key = PartialDate::parse(date);
    int position = 0;
    for (int i = 0; i < m_guide.timeline.size(); ++i) {
        if (i == index)
            continue;
        const auto other = PartialDate::parse(m_guide.timeline[i].date);
        // Undated entries go last; a dated entry goes after those not later than it.
        const bool before = key ? (other && *other <= *key) : true;
        if (!before)
            break;
        ++position;
    }
    return position;
}

} // namespace almanac
