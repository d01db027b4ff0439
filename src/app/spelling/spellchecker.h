#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>

class Hunspell;
class QStringDecoder;
class QStringEncoder;

namespace almanac {

// Spell checking through a hunspell dictionary plus a personal word list that
// the owner stores per workspace. The dictionary is loaded on first use.
class SpellChecker : public QObject
{
    Q_OBJECT

public:
    // dictionary: the name of its .aff/.dic pair ("en_US", "de_DE", "ar"); an
    // empty name checks nothing (every word is correct).
    explicit SpellChecker(QObject *parent = nullptr, const QString &dictionary = QStringLiteral("en_US"));
    ~SpellChecker() override;

    // The English checker, one for the whole process, so the dictionary is
    // loaded once. It holds the personal words every checker shares.
    static SpellChecker *shared();
    // The checker for a guide's language (a BCP 47 tag; empty is English), one
    // per dictionary for the whole process: see dictionaryFor().
    static SpellChecker *forLanguage(const QString &tag);
    // The installed dictionary for a language: for "de-AT" de_AT, else de_DE,
    // else de, else the first de_* there is; empty when none is installed
    // (spelling is then not checked, rather than marked wrong in English).
    static QString dictionaryFor(const QString &tag);
    QString dictionary() const { return m_dictionary; }

    // The .aff/.dic pairs in $ALMANAC_HUNSPELL_DIR, else /usr/share/hunspell.
    static QString dictionaryDirectory();

    // Loads the dictionary if needed; false when it cannot be found.
    bool isAvailable() const;

    // Words the dictionary cannot judge (no dictionary, unencodable) count as correct.
    bool isCorrect(QStringView word) const;
    QStringList suggestions(QStringView word, int maximum = 6) const;

    QStringList personalWords() const;
    void setPersonalWords(const QStringList &words);
    void addPersonalWord(const QString &word);

Q_SIGNALS:
    // A word the user added (e.g. "Add to dictionary"); the owner stores it.
    void personalWordAdded(const QString &word);
    // Any change to the personal list, so editors re-check what they show.
    void personalWordsChanged();

private:
    bool load() const;
    static QString normalized(QStringView word);
    // Where the personal words live: this checker, or shared() for the others.
    SpellChecker *personal() const;

    QString m_dictionary;

    mutable std::unique_ptr<Hunspell> m_hunspell;
    mutable std::unique_ptr<QStringEncoder> m_encoder;
    mutable std::unique_ptr<QStringDecoder> m_decoder;
    mutable bool m_loadTried = false;
    mutable QHash<QString, bool> m_cache; // dictionary answers only, never the personal list
    QSet<QString> m_personal;
    QStringList m_personalOrder;
};

} // namespace almanac
