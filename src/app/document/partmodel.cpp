#include "partmodel.h"

#include "guide/citations.h"
#include "guide/partialdate.h"

#include <QFont>
#include <QIODevice>
#include <QMimeData>

namespace almanac {

namespace {
const QString rowMime = QStringLiteral("application/x-almanac-part-row");

QStringList fieldsOf(Part part)
{
    switch (part) {
    case Part::Takeaways:
        return {QStringLiteral("text")};
    case Part::Sections:
        return {QStringLiteral("heading")};
    case Part::Timeline:
        return {QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("sources")};
    case Part::Faq:
        return {QStringLiteral("question")};
    case Part::Sources:
        return {QStringLiteral("key"),       QStringLiteral("outlet"),    QStringLiteral("title"),
                QStringLiteral("url"),       QStringLiteral("published"), QStringLiteral("accessed"),
                QStringLiteral("relevance"), QStringLiteral("cited")};
    default:
        return {};
    }
}
} // namespace

PartModel::PartModel(GuideDocument *document, Part part, QObject *parent)
    : QAbstractTableModel(parent), m_doc(document), m_part(part), m_fields(fieldsOf(part))
{
    connect(m_doc, &GuideDocument::aboutToChange, this, &PartModel::aboutToChange);
    connect(m_doc, &GuideDocument::changed, this, &PartModel::changed);
}

int PartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_doc->itemCount(m_part);
}

int PartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

QString PartModel::citedIn(const QString &key) const
{
    const Guide &g = m_doc->guide();
    QStringList places;
    if (citations::keys(g.tldr).contains(key))
        places << tr("TL;DR");
    for (qsizetype i = 0; i < g.takeaways.size(); ++i) {
        if (citations::keys(g.takeaways[i].text).contains(key))
            places << tr("takeaway %1").arg(i + 1);
    }
    for (qsizetype i = 0; i < g.sections.size(); ++i) {
        if (citations::keys(g.sections[i].body).contains(key))
            places << tr("section %1").arg(i + 1);
    }
    for (qsizetype i = 0; i < g.timeline.size(); ++i) {
        if (g.timeline[i].sources.contains(key) || citations::keys(g.timeline[i].description).contains(key))
            places << tr("event %1").arg(i + 1);
    }
    for (qsizetype i = 0; i < g.faq.size(); ++i) {
        if (citations::keys(g.faq[i].answer).contains(key))
            places << tr("FAQ %1").arg(i + 1);
    }
    return places.join(QStringLiteral(", "));
}

QVariant PartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString field = m_fields[index.column()];
    if (role == IdRole)
        return m_doc->itemId(m_part, index.row());
    if (role == FieldRole)
        return field;
    if (role == RecordRole)
        return m_part == Part::Timeline
                   ? QVariant::fromValue(m_doc->guide().timeline.value(index.row()).timelinejs)
                   : QVariant();
    if (field == QLatin1String("cited")) {
        const QString key = m_doc->itemField(m_part, index.row(), QStringLiteral("key")).toString();
        const QString places = citedIn(key);
        if (role == Qt::DisplayRole)
            return places.isEmpty() ? tr("not cited") : places;
        if (role == Qt::FontRole && places.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    }
    const QVariant value = m_doc->itemField(m_part, index.row(), field);
    if (role == Qt::EditRole)
        return value;
    if (role == Qt::DisplayRole) {
        if (field == QLatin1String("sources"))
            return value.toStringList().join(QStringLiteral(", "));
        return value;
    }
    if (role == Qt::ToolTipRole && field != QLatin1String("relevance"))
        return value.toString();
    return {};
}

bool PartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString field = m_fields[index.column()];
    if (field == QLatin1String("cited"))
        return false;
    QVariant v = value;
    if (field == QLatin1String("sources") && value.typeId() == QMetaType::QString) {
        QStringList keys;
        for (const QString &k : value.toString().split(u',', Qt::SkipEmptyParts))
            keys << k.trimmed();
        v = keys;
    }
    if (field == QLatin1String("date") && !v.toString().isEmpty() && !PartialDate::parse(v.toString()))
        return false;
    if (field == QLatin1String("relevance") && (v.toInt() < 1 || v.toInt() > 10))
        return false;
    m_doc->setItemField(m_part, index.row(), field, v);
    return true;
}

QVariant PartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_fields.size())
        return {};
    const QString f = m_fields[section];
    if (f == QLatin1String("text"))
        return tr("Takeaway");
    if (f == QLatin1String("heading"))
        return tr("Heading");
    if (f == QLatin1String("date"))
        return tr("Date");
    if (f == QLatin1String("title"))
        return tr("Title");
    if (f == QLatin1String("sources"))
        return tr("Sources");
    if (f == QLatin1String("question"))
        return tr("Question");
    if (f == QLatin1String("key"))
        return tr("Key");
    if (f == QLatin1String("outlet"))
        return tr("Outlet");
    if (f == QLatin1String("url"))
        return tr("URL");
    if (f == QLatin1String("published"))
        return tr("Published");
    if (f == QLatin1String("accessed"))
        return tr("Accessed");
    if (f == QLatin1String("relevance"))
        return tr("Relevance");
    if (f == QLatin1String("cited"))
        return tr("Cited in");
    return f;
}

Qt::ItemFlags PartModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    if (m_fields.value(index.column()) != QLatin1String("cited"))
        f |= Qt::ItemIsEditable;
    return f;
}

Qt::DropActions PartModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PartModel::mimeTypes() const
{
    return {rowMime};
}

QMimeData *PartModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(rowMime, QByteArray::number(indexes.first().row()));
    return mime;
}

bool PartModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                const QModelIndex &) const
{
    return action == Qt::MoveAction && data->hasFormat(rowMime);
}

bool PartModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                             const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const int from = data->data(rowMime).toInt();
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount() - 1);
    if (to > from && row >= 0)
        --to; // dropping below a row means landing where it was, after the source leaves
    m_doc->moveItem(m_part, from, std::clamp(to, 0, rowCount() - 1));
    // The move is done by the command; the view must not remove the source row.
    return false;
}

void PartModel::aboutToChange(const ChangeEvent &e)
{
    if (e.type == ChangeEvent::Type::Reset) {
        beginResetModel();
        m_resetting = true;
        return;
    }
    if (e.part != m_part)
        return;
    switch (e.type) {
    case ChangeEvent::Type::ItemsInserted:
        beginInsertRows({}, e.index, e.index);
        break;
    case ChangeEvent::Type::ItemRemoved:
        beginRemoveRows({}, e.index, e.index);
        break;
    case ChangeEvent::Type::ItemMoved:
        beginMoveRows({}, e.index, e.index, {}, e.to > e.index ? e.to + 1 : e.to);
        break;
    default:
        break;
    }
}

void PartModel::changed(const ChangeEvent &e)
{
    if (e.type == ChangeEvent::Type::Reset) {
        if (m_resetting)
            endResetModel();
        m_resetting = false;
        return;
    }
    if (e.part == m_part) {
        switch (e.type) {
        case ChangeEvent::Type::ItemsInserted:
            endInsertRows();
            break;
        case ChangeEvent::Type::ItemRemoved:
            endRemoveRows();
            break;
        case ChangeEvent::Type::ItemMoved:
            endMoveRows();
            break;
        case ChangeEvent::Type::ItemChanged:
            Q_EMIT dataChanged(index(e.index, 0), index(e.index, columnCount() - 1));
            break;
        default:
            break;
        }
    }
    // Citations anywhere change the "cited in" column of sources.
    const int cited = columnOf(QStringLiteral("cited"));
    if (cited >= 0 && e.type != ChangeEvent::Type::List && rowCount() > 0)
        Q_EMIT dataChanged(index(0, cited), index(rowCount() - 1, cited));
}

} // namespace almanac
