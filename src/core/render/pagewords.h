#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace almanac {

// The page's own words ("Key takeaways", "Sources:", "updated %1", the level
// and status names) in the language the guide is written in, not the one the
// interface speaks: a German guide's page says "Die wichtigsten Punkte" on an
// English desktop. Translated with Qt Linguist (translations/almanac-page_*.ts,
// context "Page"); a language with no translation gets the English words.
// Safe to use from any thread.
class PageWords
{
public:
    // For a BCP 47 tag ("de", "ar", "he-IL"; empty is English): the tag's own
    // translation, else its language's.
    explicit PageWords(const QString &languageTag);

    // source is one of the words marked in pagewords.cpp.
    QString tr(const char *source) const;
    // The language's month names, for dates on the page.
    const QLocale &locale() const { return m_locale; }
    bool isEnglish() const { return m_translator == nullptr; }
    // The tags that have a translation, e.g. {"ar", "de", "he"}.
    static QStringList languages();
    // Every word a page uses, in English: what each translation must have.
    static QList<const char *> words();

private:
    const QTranslator *m_translator = nullptr;
    QLocale m_locale;
};

} // namespace almanac
