#pragma once

// Random guides and random edit scripts over them, for property tests. Seeded
// and deterministic: an own PRNG and nothing from std:: distributions, so a
// failing seed fails again anywhere.

#include "diff/worddiff.h"
#include "guide/guide.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>

namespace almanac::test {

// splitmix64.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform enough in [0, n); n > 0.
    qsizetype below(qsizetype n) { return static_cast<qsizetype>(next() % static_cast<std::uint64_t>(n)); }
    int between(int lo, int hi) { return lo + static_cast<int>(below(hi - lo + 1)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::uint64_t m_state;
};

// The parts an edit script may touch, as the guide file names them.
inline const QStringList &partNames()
{
    static const QStringList names = {
        QStringLiteral("metadata"), QStringLiteral("tldr"),     QStringLiteral("takeaways"),
        QStringLiteral("sections"), QStringLiteral("timeline"), QStringLiteral("topics"),
        QStringLiteral("faq"),      QStringLiteral("related"),  QStringLiteral("sources")};
    return names;
}

// What an edit script may do.
struct EditRules
{
    QSet<QString> parts = QSet<QString>(partNames().begin(), partNames().end());
    bool values = true;  // metadata values and items' value fields (dates, keys, relevance, ...)
    bool deletes = true; // delete items and list strings
    // Which existing items (by id) the script may edit or delete; all when unset.
    std::function<bool(const QString &id)> mayTouch;
    int minEdits = 1;
    int maxEdits = 8;
};

// Makes guides and edits them. Words that a side inserts are markers, unique
// and of one width ("qoa00017" for ours, "qta00017" for theirs), so a test can
// look for each of them in the merged guide.
class RandomGuides
{
public:
    explicit RandomGuides(std::uint64_t seed) : m_rng(seed) {}
    Rng &rng() { return m_rng; }

    Guide guide()
    {
        Guide g;
        g.id = id(u"00000000");
        g.slug = QStringLiteral("guide-%1").arg(m_rng.below(1000));
        g.title = words(m_rng.between(2, 6));
        g.subject = words(1);
        g.level = guide::levels[m_rng.below(guide::levels.size())];
        g.status = guide::statuses[m_rng.below(guide::statuses.size())];
        g.created = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        g.updated = g.created.addDays(m_rng.between(0, 30));
        g.tldr = prose(m_rng.between(0, 40));
        for (int i = m_rng.between(0, 5); i > 0; --i)
            g.takeaways.append(Takeaway{id(u"00000000"), prose(m_rng.between(3, 12))});
        for (int i = m_rng.between(0, 6); i > 0; --i)
            g.sections.append(
                Section{id(u"00000000"), words(m_rng.between(1, 5)), prose(m_rng.between(0, 150))});
        for (int i = m_rng.between(0, 5); i > 0; --i)
            g.timeline.append(TimelineEntry{id(u"00000000"),
                                            date(),
                                            words(m_rng.between(1, 6)),
                                            prose(m_rng.between(0, 30)),
                                            keys(),
                                            {}});
        for (int i = m_rng.between(0, 4); i > 0; --i)
            g.topics.append(QStringLiteral("topic %1").arg(m_rng.below(40)));
        for (int i = m_rng.between(0, 4); i > 0; --i)
            g.faq.append(FaqEntry{id(u"00000000"), prose(m_rng.between(3, 10)), prose(m_rng.between(5, 60))});
        for (int i = m_rng.between(0, 3); i > 0; --i)
            g.related.append(QStringLiteral("guide-%1").arg(m_rng.below(40)));
        for (int i = m_rng.between(0, 4); i > 0; --i)
            g.sources.append(source(u"00000000"));
        return g;
    }

    // Applies between rules.minEdits and rules.maxEdits random edits; side is
    // 'o' (ours) or 't' (theirs) and goes into the markers and new ids.
    void edit(Guide &g, char side, const EditRules &rules)
    {
        m_side = side;
        const QStringList parts(rules.parts.begin(), rules.parts.end());
        if (parts.isEmpty())
            return;
        QStringList sorted = parts;
        sorted.sort(); // QSet's order is not fixed; the script must be
        for (int n = m_rng.between(rules.minEdits, rules.maxEdits); n > 0; --n)
            editPart(g, sorted[m_rng.below(sorted.size())], rules);
    }

    // A marker this generator made for side, e.g. "qoa00017".
    static bool isMarker(QStringView word, char side)
    {
        return word.size() == 8 && word.startsWith(QLatin1Char('q')) && word[1] == QLatin1Char(side) &&
               word[2] == u'a';
    }

private:
    QString id(QStringView prefix)
    {
        return prefix.toString() +
               QStringLiteral("-0000-4000-8000-%1").arg(++m_ids, 12, 10, QLatin1Char('0'));
    }
    QString newId() { return id(m_side == 'o' ? u"aaaaaaaa" : u"bbbbbbbb"); }
    QString marker()
    {
        return QStringLiteral("q%1a%2").arg(QLatin1Char(m_side)).arg(++m_markers, 5, 10, QLatin1Char('0'));
    }

    QString word()
    {
        static const QStringList vocabulary =
            QStringLiteral(
                "the a of and to in is it mill tide water wheel pond gate sea river grain flour stone miller "
                "coast ebb flood dam sluice power old new first last many few each works turns stops runs "
                "high low from with by at on for as was were had they this that when where")
                .split(u' ');
        // Short words far more often than the rest, as in prose.
        const qsizetype n = vocabulary.size();
        return vocabulary[m_rng.chance(50) ? m_rng.below(12) : m_rng.below(n)];
    }
    QString words(int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out.append(word());
        return out.join(u' ');
    }
    // Sentences with punctuation, citations and paragraph breaks.
    QString prose(int n)
    {
        QString out;
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                out += m_rng.chance(4) ? QStringLiteral("\n\n") : QStringLiteral(" ");
            out += word();
            if (m_rng.chance(8))
                out += m_rng.chance(50) ? QStringLiteral(",") : QStringLiteral(".");
            else if (m_rng.chance(2))
                out += QStringLiteral(" [@src-%1]").arg(m_rng.below(5));
        }
        return out;
    }
    QString date()
    {
        const int year = m_rng.between(1100, 2026);
        return m_rng.chance(50)
                   ? QString::number(year)
                   : QStringLiteral("%1-%2").arg(year).arg(m_rng.between(1, 12), 2, 10, QLatin1Char('0'));
    }
    QStringList keys()
    {
        QStringList out;
        for (int i = m_rng.between(0, 2); i > 0; --i)
            out.append(QStringLiteral("src-%1").arg(m_rng.below(5)));
        return out;
    }
    Source source(QStringView idPrefix)
    {
        Source s;
        s.id = id(idPrefix);
        s.key = QStringLiteral("src-%1").arg(m_rng.below(100));
        s.outlet = words(2);
        s.title = words(m_rng.between(2, 6));
        s.url = QStringLiteral("https://example.org/%1").arg(m_rng.below(1000));
        s.published = date();
        s.relevance = m_rng.between(1, 10);
        s.summary = prose(m_rng.between(0, 20));
        return s;
    }

    // One word edit of text: a marker replaces or follows a word, or a word goes.
    void editWords(QString &text)
    {
        const QList<QStringView> tokens = worddiff::tokenize(text);
        QList<qsizetype> wordAt;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (tokens[i].front().isLetterOrNumber())
                wordAt.append(i);
        }
        if (wordAt.isEmpty()) {
            text = text.isEmpty() ? marker() : text + u' ' + marker();
            return;
        }
        const qsizetype at = wordAt[m_rng.below(wordAt.size())];
        QString out;
        const int op = m_rng.between(0, 2);
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (i != at) {
                out += tokens[i];
            } else if (op == 0) {
                out += marker();
            } else if (op == 1) {
                out += tokens[i].toString() + u' ' + marker();
            } else if (i + 1 < tokens.size() && tokens[i + 1] == u" ") {
                ++i; // the word and the space after it
            }
        }
        text = out;
    }

    template <typename Item> qsizetype pick(const QList<Item> &list, const EditRules &rules)
    {
        QList<qsizetype> allowed;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!rules.mayTouch || rules.mayTouch(list[i].id))
                allowed.append(i);
        }
        return allowed.isEmpty() ? -1 : allowed[m_rng.below(allowed.size())];
    }

    // Insert, delete, move or edit one item of a list part.
    template <typename Item, typename Make, typename Edit>
    void editList(QList<Item> &list, const EditRules &rules, Make &&make, Edit &&editItem)
    {
        const int op = m_rng.between(0, 5);
        if (op == 0 || list.isEmpty()) {
            list.insert(m_rng.below(list.size() + 1), make());
        } else if (op == 1) {
            // Moves never conflict, so any item may move.
            const Item item = list.takeAt(m_rng.below(list.size()));
            list.insert(m_rng.below(list.size() + 1), item);
        } else if (op == 2 && rules.deletes) {
            const qsizetype i = pick(list, rules);
            if (i >= 0)
                list.removeAt(i);
        } else {
            const qsizetype i = pick(list, rules);
            if (i >= 0)
                editItem(list[i]);
        }
    }

    void editStrings(QStringList &list, const EditRules &rules, const QString &prefix)
    {
        if (rules.deletes && !list.isEmpty() && m_rng.chance(40))
            list.removeAt(m_rng.below(list.size()));
        else
            list.insert(m_rng.below(list.size() + 1), prefix + marker());
    }

    void editPart(Guide &g, const QString &part, const EditRules &rules)
    {
        const bool values = rules.values;
        if (part == u"metadata") {
            if (!values)
                return;
            switch (m_rng.between(0, 4)) {
            case 0:
                g.title = words(2) + u' ' + marker();
                break;
            case 1:
                g.slug = QStringLiteral("guide-") + marker();
                break;
            case 2:
                g.subject = marker();
                break;
            case 3:
                g.level = guide::levels[m_rng.below(guide::levels.size())];
                break;
            default:
                g.status = guide::statuses[m_rng.below(guide::statuses.size())];
                break;
            }
        } else if (part == u"tldr") {
            editWords(g.tldr);
        } else if (part == u"takeaways") {
            editList(
                g.takeaways, rules,
                [&] {
                    return Takeaway{newId(), marker() + u' ' + words(3)};
                },
                [&](Takeaway &t) { editWords(t.text); });
        } else if (part == u"sections") {
            editList(
                g.sections, rules,
                [&] {
                    return Section{newId(), marker(), prose(10) + u' ' + marker()};
                },
                [&](Section &s) { editWords(m_rng.chance(80) ? s.body : s.heading); });
        } else if (part == u"timeline") {
            editList(
                g.timeline, rules,
                [&] { return TimelineEntry{newId(), date(), marker(), prose(5), keys(), {}}; },
                [&](TimelineEntry &e) {
                    const int f = m_rng.between(0, 3);
                    if (f == 0 && values)
                        e.date = date();
                    else if (f == 1 && values)
                        e.sources.append(QStringLiteral("src-") + marker());
                    else
                        editWords(f == 2 ? e.title : e.description);
                });
        } else if (part == u"faq") {
            editList(
                g.faq, rules,
                [&] {
                    return FaqEntry{newId(), marker() + u'?', prose(8)};
                },
                [&](FaqEntry &f) { editWords(m_rng.chance(70) ? f.answer : f.question); });
        } else if (part == u"sources") {
            editList(
                g.sources, rules,
                [&] {
                    Source s = source(m_side == 'o' ? u"aaaaaaaa" : u"bbbbbbbb");
                    s.summary = marker();
                    return s;
                },
                [&](Source &s) {
                    const int f = m_rng.between(0, 3);
                    if (f == 0 && values)
                        s.relevance = m_rng.between(1, 10);
                    else if (f == 1 && values)
                        s.url = QStringLiteral("https://example.org/") + marker();
                    else if (f == 2 && values)
                        s.title = marker();
                    else
                        editWords(s.summary);
                });
        } else if (part == u"topics") {
            editStrings(g.topics, rules, QStringLiteral("topic "));
        } else if (part == u"related") {
            editStrings(g.related, rules, QStringLiteral("guide-"));
        }
    }

    Rng m_rng;
    char m_side = 'o';
    int m_ids = 0;
    int m_markers = 0;
};

} // namespace almanac::test
