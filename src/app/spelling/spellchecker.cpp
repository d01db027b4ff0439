#include "spelling/spellchecker.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>
#include <hunspell/hunspell.hxx>

namespace almanac {

namespace {
constexpr qsizetype MaxWordLength = 100; // hunspell's MAXWORDLEN
constexpr qsizetype MaxCacheSize = 50000;
} // namespace

SpellChecker::SpellChecker(QObject *parent) : QObject(parent) {}

SpellChecker::~SpellChecker() = default;

SpellChecker *SpellChecker::shared()
{
    static SpellChecker instance;
    return &instance;
}

QString SpellChecker::dictionaryDirectory()
{
    const QString dir = qEnvironmentVariable("ALMANAC_HUNSPELL_DIR");
    return dir.isEmpty() ? QStringLiteral("/usr/share/hunspell") : dir;
}

bool SpellChecker::load() const
{
    if (m_loadTried)
        return m_hunspell != nullptr;
    m_loadTried = true;
    const QDir dir(dictionaryDirectory());
    const QString aff = dir.filePath(QStringLiteral("en_US.aff"));
    const QString dic = dir.filePath(QStringLiteral("en_US.dic"));
    if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic)) {
        qWarning("spell checking is off: no en_US dictionary in %s", qPrintable(dir.path()));
        return false;
    }
    m_hunspell =
        std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
    const QByteArray encoding = QByteArray::fromStdString(m_hunspell->get_dict_encoding());
    m_encoder = std::make_unique<QStringEncoder>(encoding.constData());
    m_decoder = std::make_unique<QStringDecoder>(encoding.constData());
    if (!m_encoder->isValid() || !m_decoder->isValid()) {
        m_encoder = std::make_unique<QStringEncoder>(QStringEncoder::Utf8);
        m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf8);
    }
    return true;
}

bool SpellChecker::isAvailable() const
{
    return load();
}

QString SpellChecker::normalized(QStringView word)
{
    QString w = word.toString();
    w.replace(QChar(0x2019), QLatin1Char('\'')); // typographic apostrophe
    return w;
}

bool SpellChecker::isCorrect(QStringView word) const
{
    if (word.isEmpty() || word.size() > MaxWordLength)
        return true;
    const QString w = normalized(word);
    if (m_personal.contains(w) || m_personal.contains(w.toLower()))
        return true;
    if (const auto it = m_cache.constFind(w); it != m_cache.constEnd())
        return it.value();
    if (!load())
        return true;
    const QByteArray encoded = m_encoder->encode(w);
    bool correct = true;
    if (!m_encoder->hasError())
        correct = m_hunspell->spell(encoded.toStdString());
    else
        m_encoder->resetState();
    if (m_cache.size() > MaxCacheSize)
        m_cache.clear();
    m_cache.insert(w, correct);
    return correct;
}

QStringList SpellChecker::suggestions(QStringView word, int maximum) const
{
    QStringList result;
    if (word.isEmpty() || word.size() > MaxWordLength || !load())
        return result;
    const QByteArray encoded = m_encoder->encode(normalized(word));
    if (m_encoder->hasError()) {
        m_encoder->resetState();
        return result;
    }
    for (const std::string &s : m_hunspell->suggest(encoded.toStdString())) {
        if (result.size() >= maximum)
            break;
        result.append(m_decoder->decode(QByteArray::fromStdString(s)));
    }
    return result;
}

QStringList SpellChecker::personalWords() const
{
    return m_personalOrder;
}

void SpellChecker::setPersonalWords(const QStringList &words)
{
    m_personal.clear();
    m_personalOrder.clear();
    for (const QString &word : words) {
        const QString w = normalized(word).trimmed();
        if (!w.isEmpty() && !m_personal.contains(w)) {
            m_personal.insert(w);
            m_personalOrder.append(w);
        }
    }
    Q_EMIT personalWordsChanged();
}

void SpellChecker::addPersonalWord(const QString &word)
{
    const QString w = normalized(word).trimmed();
    if (w.isEmpty() || m_personal.contains(w))
        return;
    m_personal.insert(w);
    m_personalOrder.append(w);
    Q_EMIT personalWordAdded(w);
    Q_EMIT personalWordsChanged();
}

} // namespace almanac
