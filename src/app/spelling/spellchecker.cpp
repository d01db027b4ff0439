#include "spelling/spellchecker.h"

#include "guide/language.h"

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

SpellChecker::SpellChecker(QObject *parent, const QString &dictionary)
    : QObject(parent), m_dictionary(dictionary)
{}

SpellChecker::~SpellChecker() = default;

SpellChecker *SpellChecker::forLanguage(const QString &tag)
{
    // Each tag's dictionary is looked for on disk once: a guide's editors ask
    // again whenever the guide is reloaded.
    static QHash<QString, SpellChecker *> byTag;
    if (SpellChecker *known = byTag.value(tag))
        return known;
    const QString name = dictionaryFor(tag);
    if (name == QLatin1String("en_US"))
        return byTag[tag] = shared();
    static QHash<QString, SpellChecker *> checkers; // for the life of the process, as shared()
    SpellChecker *&checker = checkers[name];
    if (!checker) {
        checker = new SpellChecker(shared(), name);
        connect(shared(), &SpellChecker::personalWordsChanged, checker, &SpellChecker::personalWordsChanged);
    }
    return byTag[tag] = checker;
}

QString SpellChecker::dictionaryFor(const QString &tag)
{
    const QString lang = language::ofPage(tag);
    const QString primary = language::primary(lang);
    const QString region = language::openGraphLocale(lang).section(u'_', 1, 1);
    const QDir dir(dictionaryDirectory());
    auto installed = [&](const QString &name) {
        return !name.isEmpty() && dir.exists(name + QStringLiteral(".aff")) &&
               dir.exists(name + QStringLiteral(".dic"));
    };
    const QString candidates[] = {region.isEmpty() ? QString() : primary + u'_' + region,
                                  primary + u'_' + primary.toUpper(), primary,
                                  primary == u"en" ? QStringLiteral("en_US") : QString()};
    for (const QString &name : candidates) {
        if (installed(name))
            return name;
    }
    const QStringList others = dir.entryList({primary + QStringLiteral("_*.dic")}, QDir::Files, QDir::Name);
    for (const QString &file : std::as_const(others)) {
        if (installed(file.chopped(4)))
            return file.chopped(4);
    }
    return {};
}

SpellChecker *SpellChecker::personal() const
{
    return parent() == shared() ? shared() : const_cast<SpellChecker *>(this);
}

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
    if (m_dictionary.isEmpty())
        return false;
    const QDir dir(dictionaryDirectory());
    const QString aff = dir.filePath(m_dictionary + QStringLiteral(".aff"));
    const QString dic = dir.filePath(m_dictionary + QStringLiteral(".dic"));
    if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic)) {
        qWarning("spell checking is off: no %s dictionary in %s", qPrintable(m_dictionary),
                 qPrintable(dir.path()));
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
    const QSet<QString> &own = personal()->m_personal;
    if (own.contains(w) || own.contains(w.toLower()))
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
    return personal()->m_personalOrder;
}

void SpellChecker::setPersonalWords(const QStringList &words)
{
    if (personal() != this)
        return personal()->setPersonalWords(words);
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
    if (personal() != this)
        return personal()->addPersonalWord(word);
    const QString w = normalized(word).trimmed();
    if (w.isEmpty() || m_personal.contains(w))
        return;
    m_personal.insert(w);
    m_personalOrder.append(w);
    Q_EMIT personalWordAdded(w);
    Q_EMIT personalWordsChanged();
}

} // namespace almanac
