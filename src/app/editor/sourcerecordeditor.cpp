#include "sourcerecordeditor.h"

#include "editor/partpage.h"
#include "io/csljson.h"
#include "widgets/stackundo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace almanac {

namespace {

// CSL 1.0.2's item types, with the names people use for them.
QList<std::pair<QString, QString>> itemTypes()
{
    auto t = [](const char *id, const char *label) {
        return std::pair(QString::fromLatin1(id), SourceRecordEditor::tr(label));
    };
    return {t("article", "Article"),
            t("article-journal", "Journal article"),
            t("article-magazine", "Magazine article"),
            t("article-newspaper", "Newspaper article"),
            t("bill", "Bill"),
            t("book", "Book"),
            t("broadcast", "Broadcast"),
            t("chapter", "Book chapter"),
            t("classic", "Classic work"),
            t("collection", "Collection"),
            t("dataset", "Dataset"),
            t("document", "Document"),
            t("entry", "Entry"),
            t("entry-dictionary", "Dictionary entry"),
            t("entry-encyclopedia", "Encyclopedia entry"),
            t("event", "Event"),
            t("figure", "Figure"),
            t("graphic", "Graphic"),
            t("hearing", "Hearing"),
            t("interview", "Interview"),
            t("legal_case", "Legal case"),
            t("legislation", "Legislation"),
            t("manuscript", "Manuscript"),
            t("map", "Map"),
            t("motion_picture", "Film"),
            t("musical_score", "Musical score"),
            t("pamphlet", "Pamphlet"),
            t("paper-conference", "Conference paper"),
            t("patent", "Patent"),
            t("performance", "Performance"),
            t("periodical", "Periodical"),
            t("personal_communication", "Personal communication"),
            t("post", "Post"),
            t("post-weblog", "Blog post"),
            t("regulation", "Regulation"),
            t("report", "Report"),
            t("review", "Review"),
            t("review-book", "Book review"),
            t("software", "Software"),
            t("song", "Song"),
            t("speech", "Speech"),
            t("standard", "Standard"),
            t("thesis", "Thesis"),
            t("treaty", "Treaty"),
            t("webpage", "Web page")};
}

enum NameColumn
{
    RoleColumn,
    FamilyColumn,
    GivenColumn,
    LiteralColumn
};

// The names table, asked whether a cell is being typed into.
class NamesTable : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;
    bool isEditing() const { return state() == EditingState; }
};

// Kept on each row's role cell: the name as the record had it, so that parts
// the table does not show (particles, suffix) stay.
constexpr int nameRole = Qt::UserRole + 1;

} // namespace

const QStringList &SourceRecordEditor::nameRoles()
{
    static const QStringList roles = {QStringLiteral("author"),
                                      QStringLiteral("editor"),
                                      QStringLiteral("translator"),
                                      QStringLiteral("container-author"),
                                      QStringLiteral("collection-editor"),
                                      QStringLiteral("editorial-director"),
                                      QStringLiteral("composer"),
                                      QStringLiteral("director"),
                                      QStringLiteral("illustrator"),
                                      QStringLiteral("interviewer"),
                                      QStringLiteral("original-author"),
                                      QStringLiteral("recipient"),
                                      QStringLiteral("reviewed-author"),
                                      QStringLiteral("chair"),
                                      QStringLiteral("compiler"),
                                      QStringLiteral("contributor"),
                                      QStringLiteral("curator"),
                                      QStringLiteral("guest"),
                                      QStringLiteral("host"),
                                      QStringLiteral("narrator"),
                                      QStringLiteral("organizer"),
                                      QStringLiteral("performer"),
                                      QStringLiteral("producer"),
                                      QStringLiteral("script-writer")};
    return roles;
}

SourceRecordEditor::SourceRecordEditor(GuideDocument *document, PartPage *sources, QWidget *parent)
    : QWidget(parent), m_doc(document), m_sources(sources), m_type(new QComboBox(this)),
      m_names(new NamesTable(0, 4, this))
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_type->addItem(tr("(not set)"), QString());
    for (const auto &[id, label] : itemTypes())
        m_type->addItem(QStringLiteral("%1 (%2)").arg(label, id), id);
    m_type->setAccessibleName(tr("Item type"));
    form->addRow(tr("&Type:"), m_type);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_showing && row() >= 0)
            m_doc->setItemField(Part::Sources, row(), QStringLiteral("csl.type"),
                                m_type->currentData().toString());
    });

    m_names->setHorizontalHeaderLabels({tr("Role"), tr("Family"), tr("Given"), tr("Literal name")});
    m_names->horizontalHeader()->setStretchLastSection(true);
    m_names->verticalHeader()->hide();
    m_names->setAccessibleName(tr("Names"));
    m_names->setToolTip(tr("Authors, editors and other names: a family and given name, or a literal name "
                           "(an organisation). Roles: %1")
                            .arg(nameRoles().join(QStringLiteral(", "))));
    m_names->setMinimumHeight(110);
    connect(m_names, &QTableWidget::itemChanged, this, &SourceRecordEditor::namesEdited);
    auto *addName = new QToolButton(this);
    addName->setText(tr("Add Name"));
    connect(addName, &QToolButton::clicked, this, &SourceRecordEditor::addName);
    auto *removeName = new QToolButton(this);
    removeName->setText(tr("Remove Name"));
    connect(removeName, &QToolButton::clicked, this, &SourceRecordEditor::removeCurrentName);
    auto *nameButtons = new QHBoxLayout;
    nameButtons->addWidget(addName);
    nameButtons->addWidget(removeName);
    nameButtons->addStretch();
    auto *names = new QVBoxLayout;
    names->addWidget(m_names);
    names->addLayout(nameButtons);
    form->addRow(tr("N&ames:"), names);
    static_cast<QLabel *>(form->labelForField(names))->setBuddy(m_names);

    const QList<std::pair<QString, QString>> members = {
        {QStringLiteral("container-title"), tr("Container tit&le:")},
        {QStringLiteral("publisher"), tr("&Publisher:")},
        {QStringLiteral("volume"), tr("Volume:")},
        {QStringLiteral("issue"), tr("Iss&ue:")},
        {QStringLiteral("page"), tr("Pa&ges:")},
        {QStringLiteral("DOI"), tr("&DOI:")},
        {QStringLiteral("ISBN"), tr("IS&BN:")},
        {QStringLiteral("ISSN"), tr("ISS&N:")},
        {QStringLiteral("PMID"), tr("P&MID:")}};
    for (const auto &[member, label] : members) {
        auto *edit = new QLineEdit(this);
        edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        StackUndo::install(edit, m_doc->undoStack());
        connect(edit, &QLineEdit::textEdited, this, [this, member](const QString &text) {
            if (row() >= 0)
                m_doc->setItemField(Part::Sources, row(), QStringLiteral("csl.") + member, text);
        });
        if (member == QLatin1String("DOI")) {
            // A DOI pasted as its URL ("https://doi.org/10…") is kept bare, as CSL has it.
            connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
                const QString bare = csljson::bareDoi(edit->text());
                if (row() >= 0 && bare != edit->text())
                    m_doc->setItemField(Part::Sources, row(), QStringLiteral("csl.DOI"), bare);
            });
        }
        form->addRow(label, edit);
        m_members.append({member, edit});
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);

    connect(m_sources, &PartPage::currentRowChanged, this, &SourceRecordEditor::showCurrent);
    connect(m_doc, &GuideDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::Reset || event.part == Part::Sources)
            showCurrent();
    });
    showCurrent();
}

int SourceRecordEditor::row() const
{
    return m_sources->currentRow();
}

QLineEdit *SourceRecordEditor::memberEdit(const QString &member) const
{
    for (const auto &[name, edit] : m_members) {
        if (name == member)
            return edit;
    }
    return nullptr;
}

void SourceRecordEditor::showCurrent()
{
    const int r = row();
    const QJsonObject record =
        r >= 0 ? m_doc->itemField(Part::Sources, r, QStringLiteral("csl")).value<QJsonObject>()
               : QJsonObject();
    m_showing = true;
    const QString type = record.value(u"type").toString();
    int index = m_type->findData(type);
    if (index < 0) {
        // A type this list does not know is shown as it is, and kept.
        m_type->addItem(type, type);
        index = m_type->count() - 1;
    }
    m_type->setCurrentIndex(index);
    for (const auto &[member, edit] : std::as_const(m_members)) {
        const QJsonValue v = record.value(member);
        const QString text = v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString();
        if (edit->text() != text)
            edit->setText(text);
        edit->setEnabled(r >= 0);
    }
    m_type->setEnabled(r >= 0);
    // Not under the cell being typed into: that edit is the one being stored.
    if (!static_cast<NamesTable *>(m_names)->isEditing())
        showNames(record);
    m_names->setEnabled(r >= 0);
    m_showing = false;
}

void SourceRecordEditor::showNames(const QJsonObject &record)
{
    const bool was = m_showing;
    m_showing = true;
    QList<std::pair<QString, QJsonObject>> rows;
    for (const QString &role : nameRoles()) {
        for (const QJsonValue &v : record.value(role).toArray())
            rows.append({role, v.toObject()});
    }
    // Rows being typed into that hold nothing yet stay, so that Add Name can be filled in.
    int pending = 0;
    for (int i = 0; i < m_names->rowCount(); ++i) {
        bool empty = true;
        for (int c = FamilyColumn; c <= LiteralColumn; ++c)
            empty = empty && (!m_names->item(i, c) || m_names->item(i, c)->text().isEmpty());
        pending += empty ? 1 : 0;
    }
    m_names->setRowCount(static_cast<int>(rows.size()) + pending);
    for (int i = 0; i < rows.size(); ++i) {
        const auto &[role, name] = rows[i];
        auto *roleItem = new QTableWidgetItem(role);
        roleItem->setData(nameRole, name);
        m_names->setItem(i, RoleColumn, roleItem);
        m_names->setItem(i, FamilyColumn, new QTableWidgetItem(name.value(u"family").toString()));
        m_names->setItem(i, GivenColumn, new QTableWidgetItem(name.value(u"given").toString()));
        m_names->setItem(i, LiteralColumn, new QTableWidgetItem(name.value(u"literal").toString()));
    }
    for (int i = static_cast<int>(rows.size()); i < m_names->rowCount(); ++i) {
        m_names->setItem(i, RoleColumn, new QTableWidgetItem(QStringLiteral("author")));
        for (int c = FamilyColumn; c <= LiteralColumn; ++c)
            m_names->setItem(i, c, new QTableWidgetItem());
    }
    m_showing = was;
}

void SourceRecordEditor::addName()
{
    if (row() < 0)
        return;
    m_showing = true;
    const int at = m_names->rowCount();
    m_names->insertRow(at);
    m_names->setItem(at, RoleColumn, new QTableWidgetItem(QStringLiteral("author")));
    for (int c = FamilyColumn; c <= LiteralColumn; ++c)
        m_names->setItem(at, c, new QTableWidgetItem());
    m_showing = false;
    m_names->setCurrentCell(at, FamilyColumn);
    m_names->setFocus(Qt::OtherFocusReason);
    m_names->editItem(m_names->item(at, FamilyColumn));
}

void SourceRecordEditor::removeCurrentName()
{
    const int at = m_names->currentRow();
    if (at < 0 || row() < 0)
        return;
    m_showing = true;
    m_names->removeRow(at);
    m_showing = false;
    namesEdited(nullptr);
}

// The table's rows become the record's name lists, in one undoable step.
void SourceRecordEditor::namesEdited(QTableWidgetItem *item)
{
    if (m_showing || row() < 0)
        return;
    if (item && item->column() == RoleColumn && !nameRoles().contains(item->text().trimmed())) {
        // Not a CSL name variable: the role goes back to what it was, once its editor has closed.
        QMetaObject::invokeMethod(this, &SourceRecordEditor::showCurrent, Qt::QueuedConnection);
        return;
    }
    QJsonObject record = m_doc->itemField(Part::Sources, row(), QStringLiteral("csl")).value<QJsonObject>();
    QHash<QString, QJsonArray> lists;
    for (int i = 0; i < m_names->rowCount(); ++i) {
        auto text = [&](int c) {
            return m_names->item(i, c) ? m_names->item(i, c)->text().trimmed() : QString();
        };
        QJsonObject name = m_names->item(i, RoleColumn)
                               ? m_names->item(i, RoleColumn)->data(nameRole).toJsonObject()
                               : QJsonObject();
        const QList<std::pair<int, QString>> parts = {{FamilyColumn, QStringLiteral("family")},
                                                      {GivenColumn, QStringLiteral("given")},
                                                      {LiteralColumn, QStringLiteral("literal")}};
        bool any = false;
        for (const auto &[column, key] : parts) {
            const QString value = text(column);
            any = any || !value.isEmpty();
            if (value.isEmpty())
                name.remove(key);
            else
                name.insert(key, value);
        }
        if (any)
            lists[text(RoleColumn)].append(name);
    }
    for (const QString &role : nameRoles()) {
        if (lists.contains(role))
            record.insert(role, lists.value(role));
        else
            record.remove(role);
    }
    m_doc->setItemField(Part::Sources, row(), QStringLiteral("csl"), QVariant::fromValue(record));
}

} // namespace almanac
