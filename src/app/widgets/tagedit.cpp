#include "widgets/tagedit.h"

#include "widgets/flowlayout.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QToolButton>
#include <QToolTip>

namespace almanac {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

TagEdit::TagEdit(QWidget *parent) : QWidget(parent)
{
    const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this);
    m_layout = new FlowLayout(this, 4);
    m_layout->setContentsMargins(frame + 3, frame + 3, frame + 3, frame + 3);

    m_lineEdit = new QLineEdit(this);
    m_lineEdit->setFrame(false);
    m_lineEdit->setPlaceholderText(tr("Add a tag…"));
    m_lineEdit->setAccessibleName(tr("New tag"));
    m_lineEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    m_lineEdit->installEventFilter(this);
    m_layout->addWidget(m_lineEdit);

    m_completionModel = new QStandardItemModel(this);
    m_completer = new QCompleter(m_completionModel, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_lineEdit->setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &TagEdit::commitCompletion);
    connect(m_lineEdit, &QLineEdit::returnPressed, this, &TagEdit::commitTyped);
    connect(m_lineEdit, &QLineEdit::textEdited, this, &TagEdit::splitAtCommas);

    setFocusProxy(m_lineEdit);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Tags"));
    updateChipStyle();
    setAccessibleDescription(tr("Type a tag and press Enter or a comma; Backspace removes the last tag"));
}

void TagEdit::setTags(const QStringList &tags)
{
    m_tags.clear();
    for (const QString &tag : tags) {
        const QString clean = normalized(tag);
        if (!clean.isEmpty() && !contains(clean))
            m_tags.append(clean);
    }
    rebuildChips();
    updateCompletions();
}

void TagEdit::setCompletions(const QStringList &completions)
{
    setCompletions(completions, completions);
}

void TagEdit::setCompletions(const QStringList &completions, const QStringList &labels)
{
    m_completions = completions;
    m_labels = labels;
    updateCompletions();
}

void TagEdit::commitCompletion(const QModelIndex &index)
{
    // After this signal the line edit takes the shown label and, for Enter,
    // commits: the chosen value is added instead, once, and neither the label
    // nor the typed text stays behind. A click commits on the next turn.
    m_chosen = index.data(Qt::UserRole).toString();
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_chosen.isEmpty())
                return;
            if (contains(m_chosen)) { // Enter added it already
                m_chosen.clear();
                m_lineEdit->clear();
                return;
            }
            commitTyped();
        },
        Qt::QueuedConnection);
}

void TagEdit::setPlaceholderText(const QString &text)
{
    m_lineEdit->setPlaceholderText(text);
}

QString TagEdit::normalized(const QString &tag)
{
    return tag.simplified();
}

bool TagEdit::contains(const QString &tag) const
{
    return m_tags.contains(tag, Qt::CaseInsensitive);
}

void TagEdit::commitTyped()
{
    QString tag = normalized(m_chosen.isEmpty() ? m_lineEdit->text() : m_chosen);
    m_chosen.clear();
    // A label shown in the popup and put in the line (highlighted, then Enter): its value.
    for (int row = 0; row < m_completionModel->rowCount(); ++row) {
        const QStandardItem *item = m_completionModel->item(row);
        if (item->text() == tag)
            tag = item->data(Qt::UserRole).toString();
    }
    if (tag.isEmpty()) {
        m_lineEdit->clear();
        return;
    }
    if (contains(tag)) {
        refuse(tag);
        return;
    }
    m_tags.append(tag);
    addChip(tag);
    // The popup, hidden after this, would give the line back what was typed.
    m_completer->popup()->hide();
    m_lineEdit->clear();
    QMetaObject::invokeMethod(m_lineEdit, &QLineEdit::clear, Qt::QueuedConnection);
    updateCompletions();
    Q_EMIT tagsEdited(m_tags);
}

void TagEdit::splitAtCommas(const QString &text)
{
    if (!text.contains(u','))
        return;
    // Typed or pasted commas end tags; whatever follows the last one stays in the line edit.
    QStringList parts = text.split(u',');
    const QString rest = parts.takeLast();
    bool added = false;
    QString refused;
    for (const QString &part : std::as_const(parts)) {
        const QString tag = normalized(part);
        if (tag.isEmpty())
            continue;
        if (contains(tag)) {
            refused = tag;
            continue;
        }
        m_tags.append(tag);
        addChip(tag);
        added = true;
    }
    m_lineEdit->setText(rest.trimmed());
    if (!refused.isEmpty())
        refuse(refused);
    if (added) {
        updateCompletions();
        Q_EMIT tagsEdited(m_tags);
    }
}

void TagEdit::refuse(const QString &tag)
{
    m_lineEdit->selectAll();
    QToolTip::showText(m_lineEdit->mapToGlobal(QPoint(0, m_lineEdit->height())),
                       tr("“%1” is already a tag.").arg(tag), m_lineEdit);
}

void TagEdit::removeChip(QWidget *chip)
{
    const qsizetype index = m_chips.indexOf(chip);
    if (index < 0)
        return;
    m_chips.removeAt(index);
    m_tags.removeAt(index);
    m_layout->removeWidget(chip);
    chip->hide();
    chip->deleteLater(); // may be called from the chip's own button
    updateCompletions();
    updateGeometry();
    Q_EMIT tagsEdited(m_tags);
}

void TagEdit::addChip(const QString &tag)
{
    auto *chip = new QFrame(this);
    chip->setObjectName(QStringLiteral("tagChip"));
    chip->setAccessibleName(tag);
    auto *row = new QHBoxLayout(chip);
    row->setContentsMargins(8, 1, 2, 1);
    row->setSpacing(2);
    auto *label = new QLabel(tag, chip);
    label->setObjectName(QStringLiteral("tagLabel"));
    label->setTextFormat(Qt::PlainText);
    row->addWidget(label);
    auto *remove = new QToolButton(chip);
    remove->setObjectName(QStringLiteral("removeTagButton"));
    remove->setText(QStringLiteral("\u00d7"));
    remove->setAutoRaise(true);
    remove->setFocusPolicy(Qt::NoFocus); // Backspace removes from the keyboard
    remove->setCursor(Qt::PointingHandCursor);
    remove->setToolTip(tr("Remove “%1”").arg(tag));
    remove->setAccessibleName(tr("Remove %1").arg(tag));
    row->addWidget(remove);
    connect(remove, &QToolButton::clicked, this, [this, chip] {
        removeChip(chip);
        m_lineEdit->setFocus();
    });
    chip->setStyleSheet(m_chipStyle);
    m_chips.append(chip);
    m_layout->insertWidget(m_layout->indexOf(m_lineEdit), chip);
    chip->show();
    updateGeometry();
}

void TagEdit::rebuildChips()
{
    for (QWidget *chip : std::as_const(m_chips)) {
        m_layout->removeWidget(chip);
        delete chip;
    }
    m_chips.clear();
    for (const QString &tag : std::as_const(m_tags))
        addChip(tag);
    updateGeometry();
}

void TagEdit::updateChipStyle()
{
    // Tinted from the palette so chips read well on light and dark bases.
    const QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor accent = p.color(QPalette::Highlight);
    const int radius = (fontMetrics().height() + 4) / 2;
    m_chipStyle =
        QStringLiteral("QFrame#tagChip { background: %1; border: 1px solid %2; border-radius: %3px; }"
                       "QLabel#tagLabel { color: %4; background: transparent; }"
                       "QToolButton#removeTagButton { color: %4; border: none; padding: 0 3px; "
                       "border-radius: %5px; background: transparent; }"
                       "QToolButton#removeTagButton:hover { background: %2; }")
            .arg(mix(base, accent, 0.18).name(), mix(base, accent, 0.55).name())
            .arg(radius)
            .arg(p.color(QPalette::Text).name())
            .arg(radius - 2);
    for (QWidget *chip : std::as_const(m_chips))
        chip->setStyleSheet(m_chipStyle);
}

void TagEdit::updateCompletions()
{
    QStringList offered;
    m_completionModel->clear();
    for (qsizetype i = 0; i < m_completions.size(); ++i) {
        const QString &completion = m_completions[i];
        if (contains(completion) || offered.contains(completion, Qt::CaseInsensitive))
            continue;
        offered.append(completion);
        const QString label = m_labels.value(i);
        auto *item = new QStandardItem(
            label.isEmpty() || label == completion ? completion : tr("%1 (%2)").arg(label, completion));
        item->setData(completion, Qt::UserRole);
        m_completionModel->appendRow(item);
    }
}

bool TagEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_lineEdit) {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Backspace && key->modifiers() == Qt::NoModifier &&
                m_lineEdit->text().isEmpty() && !m_chips.isEmpty()) {
                removeChip(m_chips.last());
                return true;
            }
        } else if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
            update(); // the frame shows focus
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TagEdit::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QStyleOptionFrame option;
    option.initFrom(this);
    option.rect = rect();
    option.lineWidth = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, this);
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    if (m_lineEdit->hasFocus())
        option.state |= QStyle::State_HasFocus;
    style()->drawPrimitive(QStyle::PE_PanelLineEdit, &option, &painter, this);
}

void TagEdit::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        updateChipStyle();
}

void TagEdit::mousePressEvent(QMouseEvent *event)
{
    m_lineEdit->setFocus(Qt::MouseFocusReason);
    QWidget::mousePressEvent(event);
}

} // namespace almanac
