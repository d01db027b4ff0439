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

// English spell checking through hunspell plus a personal word list that the
// owner stores per workspace. The dictionary is loaded on first use.
class SpellChecker : public QObject
{
    Q_OBJECT

public:
    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    // One checker for the whole process, so the dictionary is loaded once.
    static SpellChecker *shared();

    // en_US.aff/.dic from $ALMANAC_HUNSPELL_DIR, else /usr/share/hunspell.
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

    mutable std::unique_ptr<Hunspell> m_hunspell;
    mutable std::unique_ptr<QStringEncoder> m_encoder;
    mutable std::unique_ptr<QStringDecoder> m_decoder;
    mutable bool m_loadTried = false;
    mutable QHash<QString, bool> m_cache; // dictionary answers only, never the personal list
    QSet<QString> m_personal;
    QStringList m_personalOrder;
};

} // namespace almanac
