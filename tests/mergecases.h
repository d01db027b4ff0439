#pragma once

// The golden cases of tst_merge: each makes ours and theirs from one base guide
// (tests/data/merge/base.json) and may resolve conflicts afterwards. Names say
// what the case does: PART-WHAT-WHO.

#include "guide/guide.h"
#include "merge/guidemerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace almanac::test {

using Edit = std::function<void(Guide &)>;

struct Resolution
{
    qsizetype index;
    merge::Choice choice;
    QString custom;
};

struct MergeCase
{
    QString name;
    Edit ours;
    Edit theirs;
    QList<Resolution> resolutions;
    Edit base = {}; // applied to the base guide first, when given
};

// The base guide of a case.
inline Guide caseBase(const MergeCase &c, Guide base)
{
    if (c.base)
        c.base(base);
    return base;
}

// A journal article's CSL item, in the shape Zotero and Manubot export them,
// and a TimelineJS slide's fields with media, in the shape of TimelineJS3's
// examples (tests/data/import/README.md names the public sources).
inline QJsonObject articleRecord()
{
    return QJsonDocument::fromJson(R"({
        "type": "article-journal",
        "title": "Tidal head and mill output",
        "container-title": "Journal of Coastal Engineering History",
        "author": [{"family": "Okonkwo", "given": "Adaeze N."},
                   {"family": "Berg", "given": "Pieter", "non-dropping-particle": "van der"}],
        "DOI": "10.5555/coast.2019.0042",
        "volume": "12", "issue": "3", "page": "101-118",
        "ISSN": "0000-0019",
        "issued": {"date-parts": [[2019, 5]]},
        "note": "Survey of 40 sites"})")
        .object();
}

inline QJsonObject mediaRecord()
{
    return QJsonDocument::fromJson(R"({
        "media": {"url": "https://images.example/mill-787.jpg",
                  "caption": "The excavated wheel pit",
                  "credit": "Site archive"},
        "group": "Early mills",
        "start_date": {"year": "787"}})")
        .object();
}

inline QString caseId(int n)
{
    return QStringLiteral("3e460000-0000-4000-8000-0000000001%1").arg(n, 2, 10, QLatin1Char('0'));
}

// Replaces the first word of text.
inline void firstWord(QString &text, const QString &word)
{
    text = word + text.mid(text.indexOf(u' '));
}

template <typename Item> void move(QList<Item> &list, qsizetype from, qsizetype to)
{
    list.move(from, to);
}

// How the generic list cases reach into each part: its name and list, a new
// item, an edit of its main text field (first word) and of another field.
template <typename Item> struct PartCases;

template <> struct PartCases<Takeaway>
{
    static QString name() { return QStringLiteral("takeaways"); }
    static QList<Takeaway> &list(Guide &g) { return g.takeaways; }
    static Takeaway fresh(int n, const QString &who)
    {
        return {caseId(n), who + QStringLiteral(" note: mills also stood on rivers.")};
    }
    static void words(Takeaway &t, const QString &w) { firstWord(t.text, w); }
    static void other(Takeaway &t) { t.text.replace(QStringLiteral("turns."), QStringLiteral("changes.")); }
};

template <> struct PartCases<Section>
{
    static QString name() { return QStringLiteral("sections"); }
    static QList<Section> &list(Guide &g) { return g.sections; }
    static Section fresh(int n, const QString &who)
    {
        return {caseId(n), who + QStringLiteral(" section"), QStringLiteral("Text written by ") + who + u'.'};
    }
    static void words(Section &s, const QString &w) { firstWord(s.body, w); }
    static void other(Section &s) { s.heading += QStringLiteral(" today"); }
};

template <> struct PartCases<TimelineEntry>
{
    static QString name() { return QStringLiteral("timeline"); }
    static QList<TimelineEntry> &list(Guide &g) { return g.timeline; }
    static TimelineEntry fresh(int n, const QString &who)
    {
        return {caseId(n),
                QStringLiteral("1600"),
                who + QStringLiteral(" event"),
                QStringLiteral("Added by ") + who + u'.',
                {QStringLiteral("mill-survey")},
                {}};
    }
    static void words(TimelineEntry &e, const QString &w) { firstWord(e.description, w); }
    static void other(TimelineEntry &e) { e.date += QStringLiteral("-01"); }
};

template <> struct PartCases<FaqEntry>
{
    static QString name() { return QStringLiteral("faq"); }
    static QList<FaqEntry> &list(Guide &g) { return g.faq; }
    static FaqEntry fresh(int n, const QString &who)
    {
        return {caseId(n), who + QStringLiteral(" asks?"), QStringLiteral("Answered by ") + who + u'.'};
    }
    static void words(FaqEntry &f, const QString &w) { firstWord(f.answer, w); }
    static void other(FaqEntry &f) { f.question.replace(u'?', QStringLiteral(" today?")); }
};

template <> struct PartCases<Source>
{
    static QString name() { return QStringLiteral("sources"); }
    static QList<Source> &list(Guide &g) { return g.sources; }
    static Source fresh(int n, const QString &who)
    {
        Source s;
        s.id = caseId(n);
        s.key = who.toLower() + QStringLiteral("-source");
        s.outlet = who + QStringLiteral(" Weekly");
        s.title = QStringLiteral("Cited by ") + who;
        s.url = QStringLiteral("https://") + who.toLower() + QStringLiteral(".example/");
        s.relevance = 3;
        s.summary = QStringLiteral("What ") + who + QStringLiteral(" cites.");
        return s;
    }
    static void words(Source &s, const QString &w) { firstWord(s.summary, w); }
    static void other(Source &s) { s.relevance = 10; }
};

// Every kind of change to one list part, from each side and from both.
template <typename Item> void addPartCases(QList<MergeCase> &cases)
{
    using P = PartCases<Item>;
    const QString n = P::name();
    auto add = [&](const QString &what, Edit ours, Edit theirs) {
        cases.append({n + u'-' + what, std::move(ours), std::move(theirs), {}});
    };
    const QString ours = QStringLiteral("Ours");
    const QString theirs = QStringLiteral("Theirs");
    const Edit none = [](Guide &) {};
    add(
        QStringLiteral("insert-ours"), [=](Guide &g) { P::list(g).insert(1, P::fresh(1, ours)); }, none);
    add(QStringLiteral("insert-theirs"), none, [=](Guide &g) { P::list(g).insert(1, P::fresh(2, theirs)); });
    add(
        QStringLiteral("insert-both-same-place"), [=](Guide &g) { P::list(g).insert(1, P::fresh(1, ours)); },
        [=](Guide &g) { P::list(g).insert(1, P::fresh(2, theirs)); });
    add(
        QStringLiteral("insert-both-same-item"), [=](Guide &g) { P::list(g).insert(1, P::fresh(3, ours)); },
        [=](Guide &g) { P::list(g).insert(1, P::fresh(3, ours)); });
    add(
        QStringLiteral("insert-both-ends"), [=](Guide &g) { P::list(g).prepend(P::fresh(1, ours)); },
        [=](Guide &g) { P::list(g).append(P::fresh(2, theirs)); });
    add(
        QStringLiteral("delete-ours"), [](Guide &g) { P::list(g).removeAt(1); }, none);
    add(QStringLiteral("delete-theirs"), none, [](Guide &g) { P::list(g).removeAt(1); });
    add(
        QStringLiteral("delete-both"), [](Guide &g) { P::list(g).removeAt(1); },
        [](Guide &g) { P::list(g).removeAt(1); });
    add(
        QStringLiteral("delete-different"), [](Guide &g) { P::list(g).removeAt(0); },
        [](Guide &g) { P::list(g).removeAt(2); });
    add(
        QStringLiteral("move-ours"), [](Guide &g) { move(P::list(g), 0, P::list(g).size() - 1); }, none);
    add(QStringLiteral("move-theirs"), none, [](Guide &g) { move(P::list(g), P::list(g).size() - 1, 0); });
    add(
        QStringLiteral("move-both-same"), [](Guide &g) { move(P::list(g), 0, P::list(g).size() - 1); },
        [](Guide &g) { move(P::list(g), 0, P::list(g).size() - 1); });
    add(
        QStringLiteral("move-both-different-places"), [](Guide &g) { move(P::list(g), 0, 1); },
        [](Guide &g) { move(P::list(g), 0, 2); });
    add(
        QStringLiteral("reorder-both"), [](Guide &g) { move(P::list(g), 0, 2); },
        [](Guide &g) { move(P::list(g), 2, 0); });
    add(
        QStringLiteral("move-and-insert"), [](Guide &g) { move(P::list(g), 0, 2); },
        [=](Guide &g) { P::list(g).insert(1, P::fresh(2, theirs)); });
    add(
        QStringLiteral("edit-ours"), [=](Guide &g) { P::words(P::list(g)[1], ours); }, none);
    add(QStringLiteral("edit-theirs"), none, [=](Guide &g) { P::words(P::list(g)[1], theirs); });
    add(
        QStringLiteral("edit-different-fields"), [=](Guide &g) { P::words(P::list(g)[0], ours); },
        [](Guide &g) { P::other(P::list(g)[0]); });
    add(
        QStringLiteral("edit-same"), [](Guide &g) { P::words(P::list(g)[0], QStringLiteral("Both")); },
        [](Guide &g) { P::words(P::list(g)[0], QStringLiteral("Both")); });
    add(
        QStringLiteral("edit-conflict"), [=](Guide &g) { P::words(P::list(g)[0], ours); },
        [=](Guide &g) { P::words(P::list(g)[0], theirs); });
    add(
        QStringLiteral("edit-moved"), [=](Guide &g) { P::words(P::list(g)[0], ours); },
        [](Guide &g) { move(P::list(g), 0, P::list(g).size() - 1); });
    add(
        QStringLiteral("edit-delete"), [=](Guide &g) { P::words(P::list(g)[1], ours); },
        [](Guide &g) { P::list(g).removeAt(1); });
    add(
        QStringLiteral("delete-edit"), [](Guide &g) { P::list(g).removeAt(1); },
        [=](Guide &g) { P::words(P::list(g)[1], theirs); });
}

// Every golden case, in a fixed order.
inline QList<MergeCase> mergeCases()
{
    using merge::Choice;
    QList<MergeCase> cases;
    const Edit none = [](Guide &) {};
    auto add = [&](const QString &name, Edit ours, Edit theirs, QList<Resolution> resolutions = {}) {
        cases.append({name, std::move(ours), std::move(theirs), std::move(resolutions)});
    };
    auto text = [](const char *s) { return QString::fromUtf8(s); };

    // Metadata, field by field.
    add(QStringLiteral("identical"), none, none);
    add(
        QStringLiteral("slug-ours"), [](Guide &g) { g.slug = QStringLiteral("tide-mills-of-europe"); }, none);
    add(QStringLiteral("title-theirs"), none, [](Guide &g) { g.title = QStringLiteral("Tide Mills"); });
    add(
        QStringLiteral("subject-both-same"), [](Guide &g) { g.subject = QStringLiteral("Tide mill"); },
        [](Guide &g) { g.subject = QStringLiteral("Tide mill"); });
    add(
        QStringLiteral("kind-ours-level-theirs"), [](Guide &g) { g.kind = QStringLiteral("Explainer"); },
        [](Guide &g) { g.level = QStringLiteral("Intermediate"); });
    add(QStringLiteral("status-theirs"), none, [](Guide &g) { g.status = QStringLiteral("archived"); });
    add(
        QStringLiteral("title-conflict"),
        [](Guide &g) { g.title = QStringLiteral("Tide Mills: Power from the Ebb"); },
        [](Guide &g) { g.title = QStringLiteral("Tide Mills Explained"); });
    add(
        QStringLiteral("slug-conflict"), [](Guide &g) { g.slug = QStringLiteral("tide-mill"); },
        [](Guide &g) { g.slug = QStringLiteral("tidemills"); });
    add(
        QStringLiteral("level-conflict"), [](Guide &g) { g.level = QStringLiteral("Advanced"); },
        [](Guide &g) { g.level = QStringLiteral("Intermediate"); });
    add(
        QStringLiteral("kind-status-conflicts"),
        [](Guide &g) {
            g.kind = QStringLiteral("Explainer");
            g.status = QStringLiteral("archived");
        },
        [](Guide &g) {
            g.kind = QStringLiteral("Primer");
            g.status = QStringLiteral("archived");
        });
    add(
        QStringLiteral("created-ours"), [](Guide &g) { g.created = g.created.addDays(-1); }, none);
    add(
        QStringLiteral("created-both-same"), [](Guide &g) { g.created = g.created.addDays(-2); },
        [](Guide &g) { g.created = g.created.addDays(-2); });
    add(
        QStringLiteral("created-both-different"), [](Guide &g) { g.created = g.created.addDays(-2); },
        [](Guide &g) { g.created = g.created.addDays(-3); });
    add(
        QStringLiteral("updated-later-ours"), [](Guide &g) { g.updated = g.updated.addSecs(7200); },
        [](Guide &g) { g.updated = g.updated.addSecs(3600); });
    add(
        QStringLiteral("updated-later-theirs"), [](Guide &g) { g.updated = g.updated.addSecs(3600); },
        [](Guide &g) { g.updated = g.updated.addSecs(7200); });

    // TL;DR, word by word.
    const QString tldr = QStringLiteral("A tide mill stores sea water behind a dam at high tide and lets it "
                                        "drive a wheel as the tide falls [@mill-survey].");
    auto tldrReplace = [](const QString &from, const QString &to) {
        return [=](Guide &g) { g.tldr.replace(from, to); };
    };
    add(QStringLiteral("tldr-ours"), tldrReplace("sea water", "salt water"), none);
    add(QStringLiteral("tldr-different-words"), tldrReplace("stores", "holds"),
        tldrReplace("wheel", "millwheel"));
    add(QStringLiteral("tldr-adjacent-words"), tldrReplace("behind", "inside"),
        tldrReplace("a dam", "the dam"));
    add(QStringLiteral("tldr-same-edit"), tldrReplace("stores", "keeps"), tldrReplace("stores", "keeps"));
    add(QStringLiteral("tldr-conflict"), tldrReplace("stores", "holds"), tldrReplace("stores", "traps"));
    add(QStringLiteral("tldr-insert-same-place"), tldrReplace("sea water", "cold sea water"),
        tldrReplace("sea water", "salty sea water"));
    add(QStringLiteral("tldr-insert-same-words"), tldrReplace("sea water", "cold sea water"),
        tldrReplace("sea water", "cold sea water"));
    add(QStringLiteral("tldr-insert-one-longer"), tldrReplace("a wheel", "a big wheel"),
        tldrReplace("a wheel", "a big wooden wheel"));
    add(QStringLiteral("tldr-delete-vs-edit"), tldrReplace(" behind a dam", ""),
        tldrReplace("a dam", "an earth dam"));
    add(
        QStringLiteral("tldr-rewritten-vs-appended"),
        [](Guide &g) {
            g.tldr = QStringLiteral("Tide mills grind grain with water held back from the tide.");
        },
        [](Guide &g) { g.tldr += QStringLiteral(" Few still work."); });
    add(
        QStringLiteral("tldr-paragraphs"),
        [=](Guide &g) { g.tldr = tldr + QStringLiteral("\n\nOurs adds a paragraph."); },
        [=](Guide &g) { g.tldr = QStringLiteral("Theirs adds a first paragraph.\n\n") + tldr; });
    add(QStringLiteral("tldr-non-ascii"), tldrReplace(text("dam"), text("barrage – a dam")),
        tldrReplace(text("falls"), text("falls (the ebb, “jusant”)")));

    addPartCases<Takeaway>(cases);
    addPartCases<Section>(cases);
    addPartCases<TimelineEntry>(cases);
    addPartCases<FaqEntry>(cases);
    addPartCases<Source>(cases);

    // Items' value fields and several fields of one item.
    add(
        QStringLiteral("timeline-date-conflict"),
        [](Guide &g) { g.timeline[1].date = QStringLiteral("1130"); },
        [](Guide &g) { g.timeline[1].date = QStringLiteral("1135-05"); });
    add(
        QStringLiteral("timeline-sources-conflict"),
        [](Guide &g) { g.timeline[0].sources.append(QStringLiteral("coast-history")); },
        [](Guide &g) { g.timeline[0].sources.append(QStringLiteral("mill-trust")); });
    add(
        QStringLiteral("timeline-sources-same"),
        [](Guide &g) { g.timeline[0].sources.append(QStringLiteral("mill-trust")); },
        [](Guide &g) { g.timeline[0].sources.append(QStringLiteral("mill-trust")); });
    add(
        QStringLiteral("sources-relevance-conflict"), [](Guide &g) { g.sources[0].relevance = 9; },
        [](Guide &g) { g.sources[0].relevance = 7; });
    add(
        QStringLiteral("sources-url-ours-key-theirs"),
        [](Guide &g) { g.sources[1].url = QStringLiteral("https://coastal-history.example/ebb"); },
        [](Guide &g) { g.sources[1].key = QStringLiteral("coastal-review"); });
    add(
        QStringLiteral("sources-title-conflict"),
        [](Guide &g) { g.sources[2].title = QStringLiteral("Visiting restored tide mills"); },
        [](Guide &g) { g.sources[2].title = QStringLiteral("Visit a restored mill"); });
    add(
        QStringLiteral("section-heading-conflict-body-merged"),
        [](Guide &g) {
            g.sections[0].heading = QStringLiteral("How a tide mill runs");
            g.sections[0].body.replace(QStringLiteral("one-way gates"), QStringLiteral("flap gates"));
        },
        [](Guide &g) {
            g.sections[0].heading = QStringLiteral("How tide mills work");
            g.sections[0].body.replace(QStringLiteral("freely"), QStringLiteral("at full speed"));
        });
    add(
        QStringLiteral("section-two-conflicts-one-body"),
        [](Guide &g) {
            g.sections[0].body.replace(QStringLiteral("pond"), QStringLiteral("basin"));
            g.sections[0].body.replace(QStringLiteral("low enough"), QStringLiteral("low"));
        },
        [](Guide &g) {
            g.sections[0].body.replace(QStringLiteral("pond"), QStringLiteral("reservoir"));
            g.sections[0].body.replace(QStringLiteral("low enough"), QStringLiteral("far enough down"));
        });

    // Plain string lists.
    add(
        QStringLiteral("topics-add-ours"), [](Guide &g) { g.topics.append(QStringLiteral("Estuaries")); },
        none);
    add(QStringLiteral("topics-remove-theirs"), none, [](Guide &g) { g.topics.removeAt(1); });
    add(
        QStringLiteral("topics-add-both-same"),
        [](Guide &g) { g.topics.append(QStringLiteral("Estuaries")); },
        [](Guide &g) { g.topics.append(QStringLiteral("Estuaries")); });
    add(
        QStringLiteral("topics-add-both-same-place"),
        [](Guide &g) { g.topics.insert(1, QStringLiteral("Estuaries")); },
        [](Guide &g) { g.topics.insert(1, QStringLiteral("Industrial archaeology")); });
    add(
        QStringLiteral("topics-add-and-remove"),
        [](Guide &g) {
            g.topics.removeAt(0);
            g.topics.append(QStringLiteral("Estuaries"));
        },
        [](Guide &g) {
            g.topics.removeAt(2);
            g.topics.prepend(QStringLiteral("Renewable energy"));
        });
    add(
        QStringLiteral("topics-reorder-ours-add-theirs"), [](Guide &g) { g.topics.move(0, 2); },
        [](Guide &g) { g.topics.insert(1, QStringLiteral("Estuaries")); });
    add(
        QStringLiteral("related-add-remove"), [](Guide &g) { g.related.append(QStringLiteral("windmills")); },
        [](Guide &g) { g.related.removeAll(QStringLiteral("tidal-power")); });

    // Resolving, each choice on each kind.
    const Edit tldrOurs = tldrReplace("stores", "holds");
    const Edit tldrTheirs = tldrReplace("stores", "traps");
    add(QStringLiteral("resolve-text-ours"), tldrOurs, tldrTheirs, {{0, Choice::Ours, {}}});
    add(QStringLiteral("resolve-text-theirs"), tldrOurs, tldrTheirs, {{0, Choice::Theirs, {}}});
    add(QStringLiteral("resolve-text-both"), tldrOurs, tldrTheirs, {{0, Choice::Both, {}}});
    add(QStringLiteral("resolve-text-custom"), tldrOurs, tldrTheirs,
        {{0, Choice::Custom, QStringLiteral("holds and releases")}});
    add(
        QStringLiteral("resolve-text-both-paragraphs"),
        [](Guide &g) { g.sections[3].body = QStringLiteral("Ours:\n\nTwo mills reopened in 2024."); },
        [](Guide &g) { g.sections[3].body = QStringLiteral("Theirs:\n\nOne mill sells its flour."); },
        {{0, Choice::Both, {}}});
    const Edit titleOurs = [](Guide &g) { g.title = QStringLiteral("Tide Mills: Power from the Ebb"); };
    const Edit titleTheirs = [](Guide &g) { g.title = QStringLiteral("Tide Mills Explained"); };
    add(QStringLiteral("resolve-value-ours"), titleOurs, titleTheirs, {{0, Choice::Ours, {}}});
    add(QStringLiteral("resolve-value-theirs"), titleOurs, titleTheirs, {{0, Choice::Theirs, {}}});
    add(QStringLiteral("resolve-value-custom"), titleOurs, titleTheirs,
        {{0, Choice::Custom, QStringLiteral("Tide Mills")}});
    add(
        QStringLiteral("resolve-relevance-custom"), [](Guide &g) { g.sources[0].relevance = 9; },
        [](Guide &g) { g.sources[0].relevance = 7; }, {{0, Choice::Custom, QStringLiteral("3")}});
    add(
        QStringLiteral("resolve-key-list-both"),
        [](Guide &g) { g.timeline[0].sources.append(QStringLiteral("coast-history")); },
        [](Guide &g) { g.timeline[0].sources.append(QStringLiteral("mill-trust")); },
        {{0, Choice::Both, {}}});
    const Edit editSection = [](Guide &g) { firstWord(g.sections[1].body, QStringLiteral("Ours:")); };
    const Edit deleteSection = [](Guide &g) { g.sections.removeAt(1); };
    add(QStringLiteral("resolve-edit-delete-ours"), editSection, deleteSection, {{0, Choice::Ours, {}}});
    add(QStringLiteral("resolve-edit-delete-theirs"), editSection, deleteSection, {{0, Choice::Theirs, {}}});
    add(QStringLiteral("resolve-edit-delete-both"), editSection, deleteSection, {{0, Choice::Both, {}}});
    add(QStringLiteral("resolve-delete-edit-ours"), deleteSection, editSection, {{0, Choice::Ours, {}}});
    add(QStringLiteral("resolve-delete-edit-theirs"), deleteSection, editSection, {{0, Choice::Theirs, {}}});
    add(QStringLiteral("resolve-delete-edit-both"), deleteSection, editSection, {{0, Choice::Both, {}}});
    add(QStringLiteral("resolve-again"), tldrOurs, tldrTheirs,
        {{0, Choice::Ours, {}}, {0, Choice::Theirs, {}}});
    // The text conflict's path moves when the section before it comes back.
    add(
        QStringLiteral("resolve-paths-follow"),
        [](Guide &g) {
            firstWord(g.sections[1].body, QStringLiteral("Ours:"));
            g.sections[3].body.replace(QStringLiteral("A few"), QStringLiteral("Several"));
        },
        [](Guide &g) {
            g.sections.removeAt(1);
            g.sections[2].body.replace(QStringLiteral("A few"), QStringLiteral("Two"));
        },
        {{0, Choice::Ours, {}}});

    // Kept records: a source's CSL item and a timeline entry's TimelineJS fields
    // merge member by member; nested media member by member too.
    const Edit withRecords = [](Guide &g) {
        g.sources[0].csl = articleRecord();
        g.timeline[0].timelinejs = mediaRecord();
        g.timelinejs =
            QJsonDocument::fromJson(R"({"title": {"text": {"headline": "Tide mills"}}, "scale": "human"})")
                .object();
    };
    auto csl = [](Guide &g) -> QJsonObject & { return g.sources[0].csl; };
    auto media = [](Guide &g) {
        return std::pair<QJsonObject &, QJsonObject>(g.timeline[0].timelinejs,
                                                     g.timeline[0].timelinejs.value(u"media").toObject());
    };
    auto setMedia = [=](Guide &g, const QString &key, const QString &value) {
        auto [record, m] = media(g);
        m.insert(key, value);
        record.insert(QStringLiteral("media"), m);
    };
    auto withAuthor = [](Guide &g, const QString &family) {
        QJsonArray authors = g.sources[0].csl.value(u"author").toArray();
        authors.append(
            QJsonObject{{QStringLiteral("family"), family}, {QStringLiteral("given"), QStringLiteral("R.")}});
        g.sources[0].csl.insert(QStringLiteral("author"), authors);
    };
    auto record = [&](const QString &name, Edit ours, Edit theirs, QList<Resolution> resolutions = {}) {
        cases.append({name, std::move(ours), std::move(theirs), std::move(resolutions), withRecords});
    };
    record(
        QStringLiteral("csl-different-members"),
        [=](Guide &g) { csl(g).insert(QStringLiteral("DOI"), QStringLiteral("10.5555/coast.2019.0043")); },
        [=](Guide &g) {
            csl(g).insert(QStringLiteral("volume"), QStringLiteral("13"));
            csl(g).remove(QStringLiteral("note"));
        });
    record(
        QStringLiteral("csl-author-ours-issued-theirs"),
        [=](Guide &g) { withAuthor(g, QStringLiteral("Ferreira")); },
        [=](Guide &g) {
            // Built by append: a braced QJsonArray{QJsonArray{...}} is a copy with clang, a nesting with gcc.
            QJsonArray parts;
            parts.append(QJsonArray{2019, 6});
            csl(g).insert(QStringLiteral("issued"), QJsonObject{{QStringLiteral("date-parts"), parts}});
        });
    record(
        QStringLiteral("csl-same-change"),
        [=](Guide &g) { csl(g).insert(QStringLiteral("PMID"), QStringLiteral("31000001")); },
        [=](Guide &g) { csl(g).insert(QStringLiteral("PMID"), QStringLiteral("31000001")); });
    record(
        QStringLiteral("csl-doi-conflict"),
        [=](Guide &g) { csl(g).insert(QStringLiteral("DOI"), QStringLiteral("10.5555/coast.2019.0043")); },
        [=](Guide &g) { csl(g).insert(QStringLiteral("DOI"), QStringLiteral("10.5555/coast.2019.0044")); });
    record(
        QStringLiteral("csl-edit-remove-conflict"),
        [=](Guide &g) { csl(g).insert(QStringLiteral("page"), QStringLiteral("101-119")); },
        [=](Guide &g) { csl(g).remove(QStringLiteral("page")); });
    record(
        QStringLiteral("csl-record-added-both"), [=](Guide &g) { g.sources[1].csl = articleRecord(); },
        [=](Guide &g) {
            QJsonObject r = articleRecord();
            r.insert(QStringLiteral("volume"), QStringLiteral("14"));
            g.sources[1].csl = r;
        });
    record(
        QStringLiteral("timelinejs-media-members"),
        [=](Guide &g) {
            setMedia(g, QStringLiteral("url"), QStringLiteral("https://images.example/mill-787b.jpg"));
        },
        [=](Guide &g) {
            setMedia(g, QStringLiteral("caption"), QStringLiteral("The wheel pit, excavated in 2001"));
        });
    record(
        QStringLiteral("timelinejs-media-conflict"),
        [=](Guide &g) { setMedia(g, QStringLiteral("credit"), QStringLiteral("Ours archive")); },
        [=](Guide &g) { setMedia(g, QStringLiteral("credit"), QStringLiteral("Theirs archive")); });
    record(
        QStringLiteral("timelinejs-end-date-and-group"),
        [=](Guide &g) {
            g.timeline[0].date = QStringLiteral("0787/0790");
            g.timeline[0].timelinejs.insert(QStringLiteral("end_date"),
                                            QJsonObject{{QStringLiteral("year"), QStringLiteral("790")}});
        },
        [=](Guide &g) {
            g.timeline[0].timelinejs.insert(QStringLiteral("group"), QStringLiteral("Saxon mills"));
        });
    record(
        QStringLiteral("timelinejs-guide-title-and-eras"),
        [](Guide &g) {
            g.timelinejs.insert(
                QStringLiteral("eras"),
                QJsonArray{
                    QJsonObject{{QStringLiteral("start_date"), QJsonObject{{QStringLiteral("year"), 700}}},
                                {QStringLiteral("end_date"), QJsonObject{{QStringLiteral("year"), 1100}}}}});
        },
        [](Guide &g) {
            g.timelinejs.insert(
                QStringLiteral("title"),
                QJsonObject{{QStringLiteral("text"), QJsonObject{{QStringLiteral("headline"),
                                                                  QStringLiteral("Tide mills of Europe")}}}});
        });
    record(
        QStringLiteral("resolve-csl-authors-both"),
        [=](Guide &g) { withAuthor(g, QStringLiteral("Ferreira")); },
        [=](Guide &g) { withAuthor(g, QStringLiteral("Lindqvist")); }, {{0, Choice::Both, {}}});
    record(
        QStringLiteral("resolve-csl-doi-custom"),
        [=](Guide &g) { csl(g).insert(QStringLiteral("DOI"), QStringLiteral("10.5555/coast.2019.0043")); },
        [=](Guide &g) { csl(g).insert(QStringLiteral("DOI"), QStringLiteral("10.5555/coast.2019.0044")); },
        {{0, Choice::Custom, QStringLiteral("10.5555/coast.2019.0045")}});
    record(
        QStringLiteral("resolve-csl-remove-ours"), [=](Guide &g) { csl(g).remove(QStringLiteral("page")); },
        [=](Guide &g) { csl(g).insert(QStringLiteral("page"), QStringLiteral("101-119")); },
        {{0, Choice::Ours, {}}});
    record(
        QStringLiteral("resolve-media-theirs"),
        [=](Guide &g) { setMedia(g, QStringLiteral("credit"), QStringLiteral("Ours archive")); },
        [=](Guide &g) { setMedia(g, QStringLiteral("credit"), QStringLiteral("Theirs archive")); },
        {{0, Choice::Ours, {}}, {0, Choice::Theirs, {}}});

    // Many changes at once, on both sides.
    add(
        QStringLiteral("mixed"),
        [](Guide &g) {
            g.title = QStringLiteral("Tide Mills: Grinding Grain with the Tide");
            g.tldr.replace(QStringLiteral("stores"), QStringLiteral("holds"));
            g.takeaways.removeAt(2);
            g.sections.move(3, 0);
            g.sections[2].body.replace(QStringLiteral("Portugal"), QStringLiteral("Spain"));
            g.timeline.append(PartCases<TimelineEntry>::fresh(10, QStringLiteral("Ours")));
            g.faq[0].answer += QStringLiteral(" Check before you go.");
            g.sources[1].relevance = 7;
            g.topics.append(QStringLiteral("Estuaries"));
            g.updated = g.updated.addDays(1);
        },
        [](Guide &g) {
            g.level = QStringLiteral("Intermediate");
            g.tldr.replace(QStringLiteral("as the tide falls"), QStringLiteral("on the ebb"));
            g.takeaways[0].text.replace(QStringLiteral("gates"), QStringLiteral("sluice gates"));
            g.sections[1].heading = QStringLiteral("Where tide mills were built");
            g.sections[2].body.replace(QStringLiteral("Portugal"), QStringLiteral("Brittany"));
            g.timeline.removeAt(1);
            g.faq.move(2, 0);
            g.sources[1].summary += QStringLiteral(" With maps.");
            g.related.prepend(QStringLiteral("windmills"));
            g.updated = g.updated.addDays(2);
        });
    return cases;
}

} // namespace almanac::test
