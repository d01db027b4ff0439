#pragma once

#include "guide/guide.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <string>
#include <vector>

// Deterministic generator of realistic guides for the benchmarks: the same seed
// and word count give the same guide on every machine and compiler (own PRNG,
// no std distributions), so figures from different runs compare.
namespace almanac::bench {

inline constexpr int typicalWords = 2500;
inline constexpr int largeWords = 100000;

// splitmix64: small, fast, and the same sequence everywhere.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    // Uniform in [0, n); n > 0.
    std::uint32_t below(std::uint32_t n);
    // Uniform in [lo, hi].
    int between(int lo, int hi)
    {
        return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1)));
    }
    double unit(); // [0, 1)
    bool chance(double p) { return unit() < p; }

private:
    std::uint64_t m_state;
};

// The words the guides are written in, most frequent first: English function
// words, topical English words and a few thousand made-up but plausible ones.
const std::vector<QString> &vocabulary();

// The guide with this index in a corpus made from seed, of about `words` words
// over all its text fields (sections take up what the fixed parts leave). Its
// related guides are among the corpus's first corpusSize guides.
Guide generateGuide(std::uint64_t seed, int index, int words, int corpusSize = 10000);

// The slug that guide `index` of the corpus made from seed has.
QString slugFor(std::uint64_t seed, int index);

// Every Markdown field of the guide, exactly as the page renderer gets them, in
// page order, joined into one document by blank lines.
std::string markdownOf(const Guide &g);

// All the text of the guide, one field after another, as UTF-8 (for grep).
QByteArray textOf(const Guide &g);

// Words in all text fields, as wc -w counts them.
int countWords(const Guide &g);

// The size of a generated corpus and how often to time each query, as the
// corpus benchmarks (bench_search, bench_team) take them: --guides N, --words N,
// --iterations N.
struct CorpusSize
{
    int guides = 10000;
    int words = typicalWords;
    int iterations = 100;
};

// Whether args[i] is one of CorpusSize's options; if so i moves to its value,
// and *problem says why that value is not a positive number.
bool takeCorpusOption(const QStringList &args, qsizetype &i, CorpusSize &size, QString *problem);

} // namespace almanac::bench
