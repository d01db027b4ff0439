#include "guidegen.h"

#include <QStringList>
#include <QTimeZone>
#include <algorithm>
#include <iterator>
#include <set>

namespace almanac::bench {

std::uint64_t Rng::next()
{
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint32_t Rng::below(std::uint32_t n)
{
    // Multiply-shift: no modulo bias worth measuring for the small n used here.
    return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32);
}

double Rng::unit()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

namespace {

std::uint64_t mix(std::uint64_t seed, std::uint64_t a, std::uint64_t b)
{
    Rng r(seed ^ (a * 0x9e3779b97f4a7c15ULL) ^ (b * 0xc2b2ae3d27d4eb4fULL));
    r.next();
    return r.next();
}

const char *const functionWords[] = {
    "the",     "of",   "and",     "to",     "a",       "in",     "is",    "that",  "for",    "it",    "as",
    "was",     "with", "be",      "by",     "on",      "not",    "this",  "are",   "from",   "or",    "which",
    "an",      "at",   "but",     "have",   "has",     "had",    "its",   "were",  "their",  "they",  "been",
    "more",    "also", "than",    "one",    "two",     "can",    "may",   "would", "will",   "other", "new",
    "first",   "into", "such",    "these",  "most",    "some",   "when",  "there", "only",   "over",  "after",
    "between", "both", "through", "many",   "because", "while",  "those", "under", "where",  "since", "three",
    "each",    "any",  "could",   "during", "about",   "even",   "much",  "all",   "used",   "made",  "make",
    "world",   "time", "system",  "year",   "years",   "people", "early", "later", "before", "still", "often",
    "what",    "how",  "why",     "who",    "so",      "if",     "then",  "them",  "we",     "our",   "no",
    "did",     "does", "do",      "very",   "well",    "part",   "same",  "large", "small",  "long",  "high",
};

// Topical English words; the benchmark queries are made of these.
const char *const topicalWords[] = {
    "storage",   "battery",     "energy",       "grid",        "solar",      "wind",         "power",
    "market",    "price",       "share",        "supply",      "chain",      "chip",         "design",
    "processor", "memory",      "network",      "protocol",    "standard",   "license",      "open",
    "source",    "software",    "hardware",     "cloud",       "server",     "data",         "model",
    "training",  "research",    "study",        "policy",      "regulation", "law",          "court",
    "ruling",    "privacy",     "security",     "encryption",  "payment",    "bank",         "currency",
    "inflation", "interest",    "rate",         "trade",       "tariff",     "export",       "vaccine",
    "genome",    "editing",     "trial",        "patient",     "clinic",     "health",       "climate",
    "carbon",    "emission",    "forest",       "ocean",       "water",      "city",         "transport",
    "rail",      "vehicle",     "electric",     "engine",      "aircraft",   "launch",       "satellite",
    "orbit",     "mission",     "space",        "telescope",   "museum",     "archive",      "history",
    "empire",    "treaty",      "election",     "party",       "parliament", "union",        "strike",
    "wage",      "labour",      "company",      "founder",     "investor",   "funding",      "startup",
    "merger",    "acquisition", "revenue",      "profit",      "loss",       "store",        "story",
    "stock",     "stone",       "stop",         "storm",       "stove",      "stool",        "stoic",
    "storey",    "stout",       "stock",        "stolen",      "stomach",    "stored",       "stores",
    "stories",   "browser",     "runtime",      "compiler",    "bytecode",   "module",       "kernel",
    "driver",    "device",      "sensor",       "camera",      "display",    "screen",       "phone",
    "tablet",    "laptop",      "factory",      "plant",       "reactor",    "fuel",         "oil",
    "gas",       "coal",        "mine",         "metal",       "lithium",    "cobalt",       "copper",
    "steel",     "cement",      "housing",      "rent",        "mortgage",   "loan",         "debt",
    "bond",      "equity",      "fund",         "pension",     "tax",        "budget",       "deficit",
    "spending",  "growth",      "recession",    "employment",  "school",     "university",   "student",
    "teacher",   "exam",        "language",     "translation", "dictionary", "library",      "book",
    "novel",     "film",        "music",        "album",       "festival",   "stadium",      "league",
    "season",    "player",      "coach",        "team",        "record",     "championship", "medal",
    "protein",   "cell",        "enzyme",       "bacteria",    "virus",      "antibody",     "drug",
    "dose",      "hospital",    "surgery",      "diagnosis",   "screening",  "insurance",    "claim",
    "contract",  "patent",      "copyright",    "trademark",   "dispute",    "appeal",       "verdict",
    "agency",    "ministry",    "council",      "committee",   "report",     "audit",        "review",
    "platform",  "service",     "subscription", "advertising", "search",     "engine",       "index",
    "database",  "query",       "cache",        "latency",     "bandwidth",  "fibre",        "cable",
    "spectrum",  "antenna",     "tower",        "bridge",      "tunnel",     "port",         "airport",
    "harbour",   "ship",        "container",    "freight",     "logistics",  "warehouse",    "retail",
};

const char *const onsets[] = {"",    "b",  "bl", "br", "c",  "ch", "cl", "cr", "d",  "dr", "f",  "fl",
                              "fr",  "g",  "gl", "gr", "h",  "j",  "k",  "l",  "m",  "n",  "p",  "pl",
                              "pr",  "qu", "r",  "s",  "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st",
                              "str", "t",  "th", "tr", "v",  "w",  "wh", "y",  "z"};
const char *const vowels[] = {"a", "e",  "i",  "o",  "u",  "a",  "e",  "i",
                              "o", "ai", "ea", "ee", "oa", "ou", "io", "ie"};
const char *const codas[] = {"",   "",   "",   "n",  "r",  "l",  "s", "t",  "m",  "nd", "nt",
                             "st", "rk", "ck", "ng", "sh", "th", "x", "ld", "rn", "rt"};
const char *const suffixes[] = {"tion", "ment", "ness", "ing", "ed",   "er",
                                "ly",   "al",   "ive",  "ous", "able", "ity"};

template <typename T, std::size_t N> const T &pick(Rng &rng, const T (&items)[N])
{
    return items[rng.below(static_cast<std::uint32_t>(N))];
}

QString madeUpWord(Rng &rng)
{
    QString w;
    const int syllables = rng.between(1, 3);
    for (int i = 0; i < syllables; ++i) {
        // Only the first syllable may start with a vowel.
        constexpr auto nOnsets = static_cast<std::uint32_t>(std::size(onsets));
        w += QLatin1StringView(i == 0 ? pick(rng, onsets) : onsets[1 + rng.below(nOnsets - 1)]);
        w += QLatin1StringView(pick(rng, vowels));
        if (i == syllables - 1 || rng.chance(0.4))
            w += QLatin1StringView(pick(rng, codas));
    }
    if (rng.chance(0.3))
        w += QLatin1StringView(pick(rng, suffixes));
    return w;
}

struct Vocabulary
{
    std::vector<QString> words;
    std::vector<double> cumulative; // Zipf weights, running sum
    std::vector<QString> topical;   // the topical words, for guide topics
    std::vector<QString> rare;      // made-up words of low rank, for names
};

const Vocabulary &vocab()
{
    static const Vocabulary v = [] {
        Vocabulary out;
        std::set<QString> seen;
        for (const char *w : functionWords) {
            if (seen.insert(QLatin1StringView(w)).second)
                out.words.emplace_back(QLatin1StringView(w));
        }
        for (const char *w : topicalWords) {
            if (seen.insert(QLatin1StringView(w)).second)
                out.topical.emplace_back(QLatin1StringView(w));
        }
        Rng rng(0xa1a1a5c0ffeeULL);
        std::vector<QString> madeUp;
        while (madeUp.size() < 5000) {
            QString w = madeUpWord(rng);
            if (w.size() >= 3 && w.size() <= 13 && seen.insert(w).second)
                madeUp.push_back(std::move(w));
        }
        // Topical words come last, so they are rare in general text: a guide
        // uses them mostly when it is about them (see Writer::word), which gives
        // them the bursty document frequencies of real text (a few % of guides).
        out.words.insert(out.words.end(), madeUp.begin(), madeUp.end());
        out.words.insert(out.words.end(), out.topical.begin(), out.topical.end());
        out.rare.assign(madeUp.begin() + 2500, madeUp.end());
        double sum = 0;
        for (std::size_t r = 0; r < out.words.size(); ++r) {
            sum += 1.0 / (static_cast<double>(r) + 2.7);
            out.cumulative.push_back(sum);
        }
        return out;
    }();
    return v;
}

QString capitalized(QString w)
{
    if (!w.isEmpty())
        w[0] = w[0].toUpper();
    return w;
}

QString subjectFor(std::uint64_t seed, int index)
{
    const Vocabulary &v = vocab();
    Rng rng(mix(seed, static_cast<std::uint64_t>(index), 1));
    QString subject = capitalized(v.rare[rng.below(static_cast<std::uint32_t>(v.rare.size()))]);
    if (rng.chance(0.5))
        subject += u' ' + capitalized(v.topical[rng.below(static_cast<std::uint32_t>(v.topical.size()))]);
    return subject;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// Writes one guide; `words` counts what has been written so far.
class Writer
{
public:
    Writer(std::uint64_t seed, int index) : m_rng(mix(seed, static_cast<std::uint64_t>(index), 2)) {}

    Rng &rng() { return m_rng; }
    int words() const { return m_words; }

    QString uuid()
    {
        const std::uint64_t a = m_rng.next();
        const std::uint64_t b = m_rng.next();
        const QString hex =
            QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
        return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + QStringLiteral("-4") + hex.mid(13, 3) + u'-' +
               QLatin1Char("89ab"[m_rng.below(4)]) + hex.mid(17, 3) + u'-' + hex.mid(20, 12);
    }

    void setTopics(const QString &subject, QStringList topicWords)
    {
        m_subjectWords = subject.toLower().split(u' ');
        m_topicWords = std::move(topicWords);
    }
    void setSourceKeys(QStringList keys) { m_keys = std::move(keys); }

    QString word()
    {
        ++m_words;
        const double u = m_rng.unit();
        if (u < 0.015 && !m_subjectWords.isEmpty())
            return m_subjectWords[m_rng.below(static_cast<std::uint32_t>(m_subjectWords.size()))];
        if (u < 0.045 && !m_topicWords.isEmpty())
            return m_topicWords[m_rng.below(static_cast<std::uint32_t>(m_topicWords.size()))];
        const Vocabulary &v = vocab();
        const double x = m_rng.unit() * v.cumulative.back();
        const auto it = std::upper_bound(v.cumulative.begin(), v.cumulative.end(), x);
        return v.words[std::min<std::size_t>(static_cast<std::size_t>(it - v.cumulative.begin()),
                                             v.words.size() - 1)];
    }

    // A run of plain words, no markup.
    QString plain(int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << word();
        return out.join(u' ');
    }

    QString title(int lo, int hi)
    {
        QStringList out;
        const int n = m_rng.between(lo, hi);
        for (int i = 0; i < n; ++i) {
            const QString w = word();
            out << (i == 0 || w.size() > 3 ? capitalized(w) : w);
        }
        return out.join(u' ');
    }

    QString citation()
    {
        if (m_keys.isEmpty())
            return {};
        // Cite every source once before citing at random, so none is left uncited.
        auto key = [&] {
            const qsizetype n = m_keys.size();
            return m_nextKey < n ? m_keys[m_nextKey++] : m_keys[m_rng.below(static_cast<std::uint32_t>(n))];
        };
        if (m_rng.chance(0.2)) {
            const QString a = key();
            QString b = key();
            if (b == a)
                return QStringLiteral("[@%1]").arg(a);
            return QStringLiteral("[@%1; @%2]").arg(a, b);
        }
        return QStringLiteral("[@%1]").arg(key());
    }

    // A sentence of lo..hi words with inline markup and, sometimes, a citation.
    QString sentence(int lo, int hi, bool markup = true, double citeChance = 0.25)
    {
        const int n = m_rng.between(lo, hi);
        QStringList w;
        for (int i = 0; i < n; ++i)
            w << word();
        w[0] = capitalized(w[0]);
        if (markup) {
            const auto span = [&](int len) {
                const int start = m_rng.between(0, std::max(0, n - len));
                return std::pair<int, int>(start, std::min(n - 1, start + len - 1));
            };
            const double u = m_rng.unit();
            if (u < 0.14) {
                const auto [a, b] = span(m_rng.between(1, 2));
                w[a].prepend(u'*');
                w[b].append(u'*');
            } else if (u < 0.22) {
                const auto [a, b] = span(m_rng.between(1, 3));
                w[a].prepend(QStringLiteral("**"));
                w[b].append(QStringLiteral("**"));
            } else if (u < 0.24) {
                const auto [a, b] = span(2);
                w[a].prepend(QStringLiteral("~~"));
                w[b].append(QStringLiteral("~~"));
            } else if (u < 0.27) {
                const auto [a, b] = span(1);
                w[a] = u'`' + w[a] + u'`';
                Q_UNUSED(b);
            } else if (u < 0.33 && n >= 3) {
                const auto [a, b] = span(2);
                w[a].prepend(u'[');
                w[b] += QStringLiteral("](https://www.example.org/wiki/%1)").arg(w[a].mid(1).toLower());
            } else if (u < 0.345) {
                w << QStringLiteral("(see https://docs.example.net/%1)").arg(word());
            }
            for (int i = 1; i < n - 1; ++i) {
                if (m_rng.chance(0.05))
                    w[i] += u',';
            }
        }
        QString s = w.join(u' ');
        if (m_rng.chance(citeChance)) {
            const QString c = citation();
            if (!c.isEmpty())
                s += u' ' + c;
        }
        s += m_rng.chance(0.03) ? u'?' : u'.';
        return s;
    }

    QString paragraph(int lo, int hi)
    {
        QStringList out;
        const int n = m_rng.between(lo, hi);
        for (int i = 0; i < n; ++i)
            out << sentence(6, 24);
        return out.join(u' ');
    }

    QString list(bool ordered)
    {
        QStringList out;
        const int n = m_rng.between(3, 6);
        for (int i = 0; i < n; ++i)
            out << (ordered ? QStringLiteral("%1. ").arg(i + 1) : QStringLiteral("- ")) +
                       sentence(4, 14, true, 0.15);
        return out.join(u'\n');
    }

    QString table()
    {
        const int cols = m_rng.between(3, 4);
        const int rows = m_rng.between(4, 8);
        QStringList lines;
        QStringList head{QStringLiteral("Year")};
        for (int c = 1; c < cols; ++c)
            head << title(1, 2);
        lines << QStringLiteral("| ") + head.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        lines << QStringLiteral("|") + QStringList(cols, QStringLiteral(" --- ")).join(u'|') +
                     QStringLiteral("|");
        int year = m_rng.between(1990, 2015);
        for (int r = 0; r < rows; ++r) {
            QStringList cells{QString::number(year)};
            year += m_rng.between(1, 3);
            for (int c = 1; c < cols; ++c) {
                if (m_rng.chance(0.5))
                    cells << QStringLiteral("%1.%2%").arg(m_rng.between(1, 99)).arg(m_rng.between(0, 9));
                else
                    cells << plain(m_rng.between(1, 3));
            }
            lines << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        }
        return lines.join(u'\n');
    }

    // A section body of about `target` words: paragraphs, maybe a list or a table.
    QString body(int target, bool withTable)
    {
        QStringList blocks;
        const int start = m_words;
        bool listDone = false;
        while (m_words - start < target) {
            if (withTable && blocks.size() == 1) {
                blocks << table();
                withTable = false;
            } else if (!listDone && blocks.size() >= 1 && m_rng.chance(0.35)) {
                blocks << list(m_rng.chance(0.3));
                listDone = true;
            } else {
                blocks << paragraph(2, 6);
            }
        }
        return blocks.join(QStringLiteral("\n\n"));
    }

    QString date(int yearLo, int yearHi)
    {
        const int y = m_rng.between(yearLo, yearHi);
        const double u = m_rng.unit();
        if (u < 0.3)
            return QString::number(y);
        if (u < 0.6)
            return QStringLiteral("%1-%2").arg(y).arg(twoDigits(m_rng.between(1, 12)));
        const int month = m_rng.between(1, 12);
        const int day = m_rng.between(1, 28);
        return QStringLiteral("%1-%2-%3").arg(y).arg(twoDigits(month), twoDigits(day));
    }

private:
    Rng m_rng;
    int m_words = 0;
    QStringList m_subjectWords;
    QStringList m_topicWords;
    QStringList m_keys;
    qsizetype m_nextKey = 0;
};

const char *const outletKinds[] = {"Post",  "Review", "Journal",  "Ledger",  "Weekly",
                                   "Times", "Herald", "Dispatch", "Gazette", "Monitor"};
const char *const questionStarts[] = {"What is", "How does", "Why did", "When will",
                                      "Is the",  "Can a",    "Who runs"};

} // namespace

const std::vector<QString> &vocabulary()
{
    return vocab().words;
}

QString slugFor(std::uint64_t seed, int index)
{
    return guide::slugify(subjectFor(seed, index)) + u'-' + QString::number(index);
}

Guide generateGuide(std::uint64_t seed, int index, int words, int corpusSize)
{
    const Vocabulary &v = vocab();
    Writer w(seed, index);
    Rng &rng = w.rng();
    Guide g;
    g.id = w.uuid();
    g.subject = subjectFor(seed, index);
    g.slug = slugFor(seed, index);
    QStringList topicWords;
    for (int i = 0; i < 6; ++i)
        topicWords << v.topical[rng.below(static_cast<std::uint32_t>(v.topical.size()))];
    w.setTopics(g.subject, topicWords);
    g.title = g.subject + QStringLiteral(": ") + w.title(5, 10);
    g.level = guide::levels[rng.below(3)];
    const QDate created = QDate(2020, 1, 1).addDays(rng.between(0, 2000));
    const int hour = rng.between(7, 18);
    const int minute = rng.between(0, 59);
    g.created = QDateTime(created, QTime(hour, minute), QTimeZone::utc());
    g.updated = g.created.addSecs(rng.between(3600, 90 * 86400));

    // Sources first: the text cites their keys.
    const int nSources = rng.between(7, 12);
    QStringList keys;
    for (int i = 0; i < nSources; ++i) {
        Source s;
        s.id = w.uuid();
        const QString outletWord = v.rare[rng.below(static_cast<std::uint32_t>(v.rare.size()))];
        s.outlet = QStringLiteral("The %1 %2")
                       .arg(capitalized(outletWord), QLatin1StringView(pick(rng, outletKinds)));
        s.title = w.title(6, 12);
        const QString topic = topicWords[rng.below(static_cast<std::uint32_t>(topicWords.size()))];
        s.key = QStringLiteral("%1-%2-%3").arg(outletWord, topic).arg(i + 1);
        s.published = w.date(1995, 2026);
        s.accessed = QStringLiteral("2026-11-%1").arg(twoDigits(rng.between(1, 28)));
        s.url = QStringLiteral("https://news.example.com/%1/%2")
                    .arg(s.published.left(4), guide::slugify(s.title));
        s.relevance = rng.between(1, 10);
        s.summary = w.sentence(10, 22, false, 0);
        s.summary += u' ' + w.sentence(8, 18, false, 0);
        keys << s.key;
        g.sources << s;
    }
    w.setSourceKeys(keys);

    // Separate statements: the order of operands of + is unspecified, the RNG's is not.
    g.tldr = w.sentence(12, 22);
    g.tldr += u' ' + w.sentence(12, 22);
    g.tldr += u' ' + w.sentence(10, 18);
    const int nTakeaways = rng.between(4, 7);
    for (int i = 0; i < nTakeaways; ++i)
        g.takeaways << Takeaway{w.uuid(), w.sentence(8, 16, true, 0.3)};

    // Timeline, sorted by date as the editor keeps it.
    const int nTimeline = rng.between(6, 11);
    for (int i = 0; i < nTimeline; ++i) {
        TimelineEntry e;
        e.id = w.uuid();
        e.date = w.date(1990, 2026);
        e.title = w.title(3, 7);
        e.description = w.sentence(10, 24);
        if (rng.chance(0.5))
            e.description += u' ' + w.sentence(8, 18);
        const int cites = rng.between(0, 2);
        for (int c = 0; c < cites; ++c) {
            const QString k = keys[rng.below(static_cast<std::uint32_t>(keys.size()))];
            if (!e.sources.contains(k))
                e.sources << k;
        }
        g.timeline << e;
    }
    std::stable_sort(g.timeline.begin(), g.timeline.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.date < b.date; });

    const int nFaq = rng.between(4, 6);
    for (int i = 0; i < nFaq; ++i) {
        FaqEntry f;
        f.id = w.uuid();
        f.question = QLatin1StringView(pick(rng, questionStarts));
        f.question += u' ' + w.plain(rng.between(4, 9)) + u'?';
        QStringList answer;
        const int n = rng.between(2, 4);
        for (int s = 0; s < n; ++s)
            answer << w.sentence(8, 22);
        f.answer = answer.join(u' ');
        g.faq << f;
    }

    for (const QString &t : topicWords.mid(0, 4)) {
        const QString topic = capitalized(t);
        if (!g.topics.contains(topic))
            g.topics << topic;
    }
    // Related guides among the first corpusSize guides of the same seed.
    const int nRelated = rng.between(2, 4);
    for (int i = 0; i < nRelated; ++i) {
        const QString slug =
            slugFor(seed, static_cast<int>(rng.below(static_cast<std::uint32_t>(corpusSize))));
        if (slug != g.slug && !g.related.contains(slug))
            g.related << slug;
    }

    // Sections take up the rest; a long guide gets a table every eight sections.
    const int sectionLo = words > 10000 ? 300 : 200;
    const int sectionHi = words > 10000 ? 700 : 450;
    int n = 0;
    while (w.words() < words) {
        const int left = words - w.words();
        int target = rng.between(sectionLo, sectionHi);
        if (left < target + sectionLo / 2)
            target = left;
        Section s;
        s.id = w.uuid();
        s.heading = w.title(2, 6);
        s.body = w.body(target, n % 8 == 1);
        g.sections << s;
        ++n;
    }
    return g;
}

std::string markdownOf(const Guide &g)
{
    QStringList parts{g.tldr};
    for (const Takeaway &t : g.takeaways)
        parts << t.text;
    for (const Section &s : g.sections)
        parts << s.body;
    for (const TimelineEntry &e : g.timeline)
        parts << e.description;
    for (const FaqEntry &f : g.faq)
        parts << f.answer;
    return parts.join(QStringLiteral("\n\n")).toStdString();
}

QByteArray textOf(const Guide &g)
{
    QStringList lines{g.title, g.subject, g.tldr};
    for (const Takeaway &t : g.takeaways)
        lines << t.text;
    for (const Section &s : g.sections)
        lines << s.heading << s.body;
    for (const TimelineEntry &e : g.timeline)
        lines << e.date + u' ' + e.title << e.description;
    lines << g.topics.join(QStringLiteral(", "));
    for (const FaqEntry &f : g.faq)
        lines << f.question << f.answer;
    for (const Source &s : g.sources)
        lines << s.outlet + u' ' + s.title << s.summary;
    return lines.join(u'\n').toUtf8() + '\n';
}

int countWords(const Guide &g)
{
    const QByteArray text = textOf(g);
    int n = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool w = c != ' ' && c != '\n';
        if (w && !inWord)
            ++n;
        inWord = w;
    }
    return n;
}

bool takeCorpusOption(const QStringList &args, qsizetype &i, CorpusSize &size, QString *problem)
{
    const QString &option = args[i];
    int *out = option == QLatin1String("--guides")       ? &size.guides
               : option == QLatin1String("--words")      ? &size.words
               : option == QLatin1String("--iterations") ? &size.iterations
                                                         : nullptr;
    if (!out)
        return false;
    bool ok = false;
    *out = i + 1 < args.size() ? args[++i].toInt(&ok) : 0;
    if (!ok || *out <= 0)
        *problem = QStringLiteral("%1 needs a positive number").arg(option);
    return true;
}

} // namespace almanac::bench
