#include "widgets/languagebox.h"

#include "guide/language.h"

#include <QLineEdit>
#include <QLocale>
#include <QToolTip>

namespace almanac {

namespace {

// The languages offered in the list; any other is typed in.
const QStringList &commonTags()
{
    static const QStringList tags = {
        QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fa"),
        QStringLiteral("fr"), QStringLiteral("he"), QStringLiteral("hi"), QStringLiteral("it"),
        QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("nl"), QStringLiteral("pl"),
        QStringLiteral("pt"), QStringLiteral("ru"), QStringLiteral("sv"), QStringLiteral("tr"),
        QStringLiteral("uk"), QStringLiteral("ur"), QStringLiteral("zh")};
    return tags;
}

} // namespace

LanguageBox::LanguageBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    addItem(tr("English (default)"), QString());
    for (const QString &tag : commonTags())
        addItem(labelOf(tag), tag);
    lineEdit()->setPlaceholderText(tr("a language tag, e.g. pt-BR"));
    // A screen reader reads the field inside the box on its own: it needs the name too.
    lineEdit()->setAccessibleName(tr("Language of the guide"));
    setToolTip(tr("The language the guide is written in: it sets the page's language and "
                  "direction, and the spelling dictionary. Choose one, or type a BCP 47 tag."));
    connect(this, &QComboBox::activated, this, [this](int index) { choose(itemData(index).toString()); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &LanguageBox::commitText);
}

QString LanguageBox::labelOf(const QString &tag)
{
    if (tag.isEmpty())
        return tr("English (default)");
    const QLocale locale(tag);
    const QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    return name.isEmpty() ? tag : QStringLiteral("%1 (%2)").arg(name, tag);
}

void LanguageBox::setTag(const QString &tag)
{
    // The form is refreshed on every keystroke in its other fields: nothing to do
    // unless the language, or what the box shows, changed.
    if (tag == m_tag && !m_label.isEmpty() && currentText() == m_label)
        return;
    m_tag = tag;
    m_label = labelOf(tag);
    const int index = findData(tag);
    if (index >= 0)
        setCurrentIndex(index);
    setEditText(m_label);
}

void LanguageBox::commitText()
{
    const QString text = currentText().trimmed();
    if (text == m_label)
        return;
    for (int i = 0; i < count(); ++i) {
        if (itemText(i).compare(text, Qt::CaseInsensitive) == 0)
            return choose(itemData(i).toString());
    }
    // "Deutsch (de)" or "de"
    QString tag = text;
    if (text.endsWith(u')') && text.contains(u'('))
        tag = text.section(u'(', -1).chopped(1).trimmed();
    if (tag.isEmpty())
        return choose(QString());
    if (!language::isValid(tag)) {
        QToolTip::showText(mapToGlobal(rect().bottomLeft()),
                           tr("“%1” is not a language tag. Use a language such as de, ar or he, "
                              "then an optional script and region, as in sr-Latn or pt-BR.")
                               .arg(tag),
                           this);
        setTag(m_tag);
        return;
    }
    choose(language::canonical(tag));
}

void LanguageBox::choose(const QString &tag)
{
    const QString chosen = tag == language::fallback ? QString() : tag;
    const bool changed = chosen != m_tag;
    setTag(chosen);
    if (changed)
        Q_EMIT tagChosen(chosen);
}

} // namespace almanac
