#pragma once

#include <QComboBox>

namespace almanac {

// The language a guide is written in: a list of common languages by their
// own names ("Deutsch (de)", "العربية (ar)"), and any other BCP 47 tag typed
// in ("pt-BR", "sr-Latn"). The first entry, English, is a guide without a
// language. A tag that is not one is refused with a message where it was
// typed, and the box goes back to the guide's language.
class LanguageBox : public QComboBox
{
    Q_OBJECT

public:
    explicit LanguageBox(QWidget *parent = nullptr);

    // The guide's language as the box shows it (empty: English, the default).
    void setTag(const QString &tag);
    QString tag() const { return m_tag; }
    // "Deutsch (de)" for "de"; the tag alone when the system knows no name.
    static QString labelOf(const QString &tag);

Q_SIGNALS:
    // The person chose or typed a language different from the one shown.
    void tagChosen(const QString &tag);

private:
    void commitText();
    void choose(const QString &tag);

    QString m_tag;
    QString m_label; // labelOf(m_tag), as last shown
};

} // namespace almanac
