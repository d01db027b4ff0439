#include "pagetext.h"

#include "io/pagetextparts.h"
#include "io/textinput.h"
#include "messages.h"

#include <QRegularExpression>
#include <QSet>

namespace almanac::pagetext {

using namespace pagetextparts;

namespace {

struct Line
{
    int number = 0;
    QString text; // trimmed, never empty
};

class Parser
{
public:
    Parser(QString fileName, ImportReport *report) : m_file(std::move(fileName)), m_report(report) {}

    std::optional<Guide> parse(const QString &text, QString *error);

private:
    bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = m_file + QStringLiteral(": ") + message;
        return false;
    }
    void info(int line, const QString &path, const QString &message)
    {
        m_report->info(linePlace(line), path, message);
    }
    void warn(int line, const QString &path, const QString &message)
    {
        m_report->warning(linePlace(line), path, message);
    }

    bool readHead(const QList<Line> &lines, QString *error);
    void readTakeaways(const QList<Line> &lines);
    void readSections(const QList<Line> &lines);
    void readTimeline(const QList<Line> &lines);
    void readTopics(const QList<Line> &lines);
    void readFaq(const QList<Line> &lines);
    void readSources(const QList<Line> &lines, const Landmark &mark, int headingLine);
    void resolveTimelineSources();

    QString m_file;
    ImportReport *m_report;
    Guide m_guide;
    QList<Line> m_afterTldr;           // lines between the TL;DR and the first landmark
    QString m_context;                 // all the page's text but the topics line, for splitting the topics
    QList<QList<int>> m_timelineCites; // "[n]" numbers per timeline entry
    QList<int> m_timelineLines;
};

std::optional<Guide> Parser::parse(const QString &text, QString *error)
{
    QList<Line> all;
    const QStringList raw = text.split(u'\n');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        // Non-breaking spaces come from &nbsp; in the page; they are spaces here.
        const QString t = QString(raw[i]).replace(QChar(0x00A0), u' ').trimmed();
        if (!t.isEmpty())
            all.append(Line{static_cast<int>(i) + 1, t});
    }
    for (const Line &l : std::as_const(all))
        m_context += l.text + u'\n';
    if (all.isEmpty())
        return fail(error, ImportText::tr("the text is empty; expected the text of a published guide page")),
               std::nullopt;

    // Split into blocks at the page's fixed headings; the head runs to the first one.
    QList<std::tuple<Landmark, int, QList<Line>>> blocks;
    blocks.append({Landmark{Block::Head, {}}, 0, {}});
    for (const Line &l : std::as_const(all)) {
        if (auto mark = landmark(l.text))
            blocks.append({*mark, l.number, {}});
        else
            std::get<2>(blocks.back()).append(l);
    }
    if (!readHead(std::get<2>(blocks.front()), error))
        return std::nullopt;
    QSet<Block> seen;
    for (qsizetype b = 1; b < blocks.size(); ++b) {
        const auto &[mark, at, lines] = blocks[b];
        if (seen.contains(mark.block))
            warn(
                at, {},
                ImportText::tr("this page heading appears a second time; its block was read like the first"));
        seen.insert(mark.block);
        switch (mark.block) {
        case Block::Head:
            break;
        case Block::Takeaways:
            readTakeaways(lines);
            break;
        case Block::Timeline:
            readTimeline(lines);
            break;
        case Block::Topics:
            readTopics(lines);
            break;
        case Block::Faq:
            readFaq(lines);
            break;
        case Block::StayCurrent:
            info(at, {}, ImportText::tr("dropped the site's \"Stay current\" block (not part of the guide)"));
            break;
        case Block::Versions:
            info(at, {},
                 ImportText::tr("ignored the versions list (%n line(s)); versions are made in the workspace",
                                nullptr, int(lines.size())));
            break;
        case Block::RelatedGuides: {
            QStringList titles;
            for (const Line &l : lines)
                titles << l.text;
            warn(at, QStringLiteral("related"),
                 ImportText::tr(
                     "%n related guide(s) could not be recovered (the page text has no slugs)%1; add them",
                     nullptr, mark.count)
                     .arg(titles.isEmpty() ? QString()
                                           : QStringLiteral(": ") + titles.join(QStringLiteral("; "))));
            break;
        }
        case Block::Sources:
            readSources(lines, mark, at);
            break;
        }
    }
    // Prose sections sit after the TL;DR and the takeaways, before the next fixed heading.
    readSections(m_afterTldr);
    resolveTimelineSources();

    m_guide.id = guide::newId();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_guide.created = now;
    m_guide.updated = now;
    return m_guide;
}

bool Parser::readHead(const QList<Line> &lines, QString *error)
{
    qsizetype tldrAt = -1;
    for (qsizetype i = 0; i < lines.size() && tldrAt < 0; ++i) {
        if (lines[i].text.startsWith(QLatin1String("TL;DR")))
            tldrAt = i;
    }
    if (tldrAt < 0)
        return fail(error,
                    ImportText::tr("no TL;DR found; expected the text of a published guide page: a kicker "
                                   "like \"Guide \u00B7 Beginner\", the title, the meta line, then a line "
                                   "starting with \"TL;DR\""));
    qsizetype i = 0;
    while (i < tldrAt && lines[i].text == QLatin1String("Almanac")) {
        info(lines[i].number, {}, ImportText::tr("dropped the site masthead"));
        ++i;
    }
    QString levelHint;
    if (i < tldrAt) {
        if (auto kicker = parseKicker(lines[i].text)) {
            m_guide.kind = kicker->kind;
            m_guide.level = levelHint = kicker->level;
            info(lines[i].number, QStringLiteral("kind"),
                 ImportText::tr("kind \"%1\" and level \"%2\" from the kicker")
                     .arg(kicker->kind, kicker->level));
            ++i;
        }
    }
    qsizetype titleEnd = tldrAt;
    if (tldrAt - 1 > i) {
        const Line &metaLine = lines[tldrAt - 1];
        if (auto meta = parseMetaLine(metaLine.text, levelHint)) {
            titleEnd = tldrAt - 1;
            m_guide.subject = meta->subject;
            if (!meta->level.isEmpty()) {
                if (!levelHint.isEmpty() && meta->level != levelHint)
                    warn(metaLine.number, QStringLiteral("level"),
                         ImportText::tr("the kicker says \"%1\" but the meta line \"%2\"; kept \"%1\"")
                             .arg(levelHint, meta->level));
                else
                    m_guide.level = meta->level;
            }
            if (!meta->status.isEmpty())
                m_guide.status = meta->status;
            else
                warn(metaLine.number, QStringLiteral("status"),
                     ImportText::tr("no status word (active, archived) in the meta line; set to \"%1\"")
                         .arg(m_guide.status));
            if (m_guide.subject.isEmpty())
                warn(metaLine.number, QStringLiteral("subject"),
                     ImportText::tr("no subject in the meta line; fill it in"));
            info(metaLine.number, QStringLiteral("subject"),
                 ImportText::tr("subject \"%1\", level \"%2\", status \"%3\" from the meta line")
                     .arg(m_guide.subject, m_guide.level, m_guide.status));
            if (!meta->version.isEmpty() || !meta->updated.isEmpty())
                info(metaLine.number, QStringLiteral("updated"),
                     ImportText::tr(
                         "the page's version (%1) and update time (%2) are not imported; created and "
                         "updated are the time of import")
                         .arg(
                             //: Put for a version or an update time the page does not show
                             meta->version.isEmpty() ? ImportText::tr("none") : meta->version,
                             meta->updated.isEmpty() ? ImportText::tr("none") : meta->updated));
        } else {
            warn(metaLine.number, QStringLiteral("subject"),
                 ImportText::tr(
                     "no meta line (subject, level, status) before the TL;DR; fill in the subject"));
        }
    }
    QStringList titleLines;
    for (qsizetype t = i; t < titleEnd; ++t)
        titleLines << lines[t].text;
    if (titleLines.isEmpty())
        return fail(error,
                    ImportText::tr("line %1: no title before the TL;DR; expected the guide's title on a "
                                   "line of its own above the meta line")
                        .arg(lines[tldrAt].number));
    m_guide.title = titleLines.join(u' ');
    if (titleLines.size() > 1)
        warn(lines[i].number, QStringLiteral("title"),
             ImportText::tr("the title was read from %n lines; check it", nullptr, int(titleLines.size())));
    info(lines[i].number, QStringLiteral("title"), ImportText::tr("title recognised"));
    m_guide.slug = guide::slugify(m_guide.title);
    if (!guide::isValidSlug(m_guide.slug)) {
        m_guide.slug = guide::slugify(m_guide.subject);
        if (!guide::isValidSlug(m_guide.slug))
            m_guide.slug = QStringLiteral("imported-guide");
        warn(lines[i].number, QStringLiteral("slug"),
             ImportText::tr("the title gives no URL-safe slug; used \"%1\"; change it").arg(m_guide.slug));
    }

    // The TL;DR: the rest of its line ("TL;DRRISC-V is ...") and any paragraphs up
    // to the first heading-like line, where the prose sections begin.
    const Line &tldrLine = lines[tldrAt];
    QStringList paragraphs;
    const QString rest = tldrLine.text.mid(5).trimmed();
    if (!rest.isEmpty())
        paragraphs << rest;
    qsizetype j = tldrAt + 1;
    for (; j < lines.size() && (paragraphs.isEmpty() || !looksLikeHeading(lines[j].text)); ++j)
        paragraphs << lines[j].text;
    m_guide.tldr = paragraphs.join(QStringLiteral("\n\n"));
    if (m_guide.tldr.isEmpty())
        warn(tldrLine.number, QStringLiteral("tldr"), ImportText::tr("the TL;DR is empty; write one"));
    else
        info(tldrLine.number, QStringLiteral("tldr"), ImportText::tr("TL;DR recognised"));
    m_afterTldr = lines.mid(j);
    return true;
}

void Parser::readTakeaways(const QList<Line> &lines)
{
    // Takeaways are bullets, or (if the copy lost the bullets) sentences; the first
    // heading-like line starts the prose sections.
    qsizetype i = 0;
    for (; i < lines.size(); ++i) {
        const auto bullet = bulletText(lines[i].text);
        if (!bullet && looksLikeHeading(lines[i].text))
            break;
        m_guide.takeaways.append(Takeaway{guide::newId(), bullet ? *bullet : lines[i].text});
    }
    if (!lines.isEmpty())
        info(lines.front().number, QStringLiteral("takeaways"),
             ImportText::tr("%n key takeaway(s) recognised", nullptr, int(m_guide.takeaways.size())));
    m_afterTldr += lines.mid(i);
}

void Parser::readSections(const QList<Line> &lines)
{
    bool inList = false;
    for (const Line &l : lines) {
        const auto bullet = bulletText(l.text);
        if (!bullet && looksLikeHeading(l.text)) {
            m_guide.sections.append(Section{guide::newId(), l.text, {}});
            info(l.number, QStringLiteral("sections[%1]").arg(m_guide.sections.size() - 1),
                 ImportText::tr("section \"%1\"").arg(l.text));
            inList = false;
            continue;
        }
        if (m_guide.sections.isEmpty()) {
            m_guide.sections.append(Section{guide::newId(), {}, {}});
            warn(l.number, QStringLiteral("sections[0].heading"),
                 ImportText::tr("text with no section heading above it; give the section a heading"));
        }
        QString &body = m_guide.sections.back().body;
        if (!body.isEmpty())
            body += (bullet && inList) ? QStringLiteral("\n") : QStringLiteral("\n\n");
        body += bullet ? QStringLiteral("- ") + *bullet : l.text;
        inList = bullet.has_value();
    }
    for (qsizetype i = 0; i < m_guide.sections.size(); ++i) {
        if (m_guide.sections[i].body.isEmpty())
            m_report->warning({}, QStringLiteral("sections[%1].body").arg(i),
                              ImportText::tr("section \"%1\" has no text").arg(m_guide.sections[i].heading));
    }
}

void Parser::readTimeline(const QList<Line> &lines)
{
    static const QRegularExpression bareNumber(QStringLiteral("^\\d{1,3}[.)]?$"));
    static const QRegularExpression citesRe(QStringLiteral("^Sources:\\s*((?:\\[\\d+\\]\\s*)+)$"));
    bool numbered = false;
    for (const Line &l : lines)
        numbered = numbered || numberedText(l.text) || bareNumber.match(l.text).hasMatch();
    QString pendingDate;
    bool titleNext = false;
    for (const Line &l : lines) {
        const auto titled = numberedText(l.text);
        const QString date = parseDisplayDate(l.text);
        if (bareNumber.match(l.text).hasMatch() && numbered) {
            titleNext = true;
            continue;
        }
        if (!date.isEmpty() && !titleNext) {
            TimelineEntry *last = m_guide.timeline.isEmpty() ? nullptr : &m_guide.timeline.back();
            if (last && last->date.isEmpty() && last->description.isEmpty())
                last->date = date;
            else
                pendingDate = date;
            continue;
        }
        if (auto cites = citesRe.match(l.text); cites.hasMatch() && !m_guide.timeline.isEmpty()) {
            static const QRegularExpression n(QStringLiteral("\\d+"));
            for (auto it = n.globalMatch(cites.captured(1)); it.hasNext();)
                m_timelineCites.back().append(it.next().captured().toInt());
            continue;
        }
        if (titled || titleNext || !numbered) {
            m_guide.timeline.append(
                TimelineEntry{guide::newId(), pendingDate, titled ? *titled : l.text, {}, {}, {}});
            m_timelineCites.append(QList<int>());
            m_timelineLines.append(l.number);
            pendingDate.clear();
            titleNext = false;
            continue;
        }
        if (m_guide.timeline.isEmpty()) {
            warn(l.number, QStringLiteral("timeline"),
                 ImportText::tr("text before the first timeline entry was left out: \"%1\"").arg(l.text));
            continue;
        }
        QString &d = m_guide.timeline.back().description;
        d += (d.isEmpty() ? QString() : QStringLiteral("\n\n")) + l.text;
    }
    if (!numbered && !lines.isEmpty())
        warn(lines.front().number, QStringLiteral("timeline"),
             ImportText::tr(
                 "the timeline lost its numbering; every line was read as an entry title; check them"));
    for (qsizetype i = 0; i < m_guide.timeline.size(); ++i) {
        const QString path = QStringLiteral("timeline[%1].date").arg(i);
        if (m_guide.timeline[i].date.isEmpty())
            warn(m_timelineLines[i], path,
                 ImportText::tr("timeline entry %1 (\"%2\") has no date; fill it in")
                     .arg(i + 1)
                     .arg(m_guide.timeline[i].title));
        else
            info(m_timelineLines[i], path,
                 ImportText::tr("timeline entry %1 dated %2").arg(i + 1).arg(m_guide.timeline[i].date));
    }
}

void Parser::readTopics(const QList<Line> &lines)
{
    if (lines.size() == 1) {
        int splits = 0;
        const QString context = QString(m_context).remove(lines.front().text + u'\n');
        m_guide.topics = splitTopics(lines.front().text, m_guide.subject, context, &splits);
        if (splits > 0)
            warn(lines.front().number, QStringLiteral("topics"),
                 ImportText::tr("the topics were run together; split into %1 (\"%2\"); check the split")
                     .arg(m_guide.topics.size())
                     .arg(m_guide.topics.join(QStringLiteral("\", \""))));
        else
            info(lines.front().number, QStringLiteral("topics"), ImportText::tr("one topic recognised"));
        return;
    }
    for (const Line &l : lines)
        m_guide.topics << l.text;
    if (!lines.isEmpty())
        info(lines.front().number, QStringLiteral("topics"),
             ImportText::tr("%n topic(s) recognised", nullptr, int(m_guide.topics.size())));
}

void Parser::readFaq(const QList<Line> &lines)
{
    for (const Line &l : lines) {
        if (l.text.endsWith(u'?') && !bulletText(l.text)) {
            m_guide.faq.append(FaqEntry{guide::newId(), l.text, {}});
            continue;
        }
        if (m_guide.faq.isEmpty()) {
            warn(l.number, QStringLiteral("faq"),
                 ImportText::tr("text before the first FAQ question was left out: \"%1\"").arg(l.text));
            continue;
        }
        QString &a = m_guide.faq.back().answer;
        const auto bullet = bulletText(l.text);
        a += (a.isEmpty() ? QString() : QStringLiteral("\n\n")) +
             (bullet ? QStringLiteral("- ") + *bullet : l.text);
    }
    if (!lines.isEmpty())
        info(lines.front().number, QStringLiteral("faq"),
             ImportText::tr("%n FAQ question(s) recognised", nullptr, int(m_guide.faq.size())));
    for (qsizetype i = 0; i < m_guide.faq.size(); ++i) {
        if (m_guide.faq[i].answer.isEmpty())
            m_report->warning({}, QStringLiteral("faq[%1].answer").arg(i),
                              ImportText::tr("question \"%1\" has no answer").arg(m_guide.faq[i].question));
    }
}

void Parser::readSources(const QList<Line> &lines, const Landmark &mark, int headingLine)
{
    static const QRegularExpression footer(QStringLiteral("^Made with .*$"));
    // A page may repeat the heading; this call keys only the cards it reads.
    const qsizetype firstCard = m_guide.sources.size();
    QSet<QString> keys;
    for (const Source &s : std::as_const(m_guide.sources))
        keys.insert(s.key);
    enum
    {
        Title,
        Summary
    } expect = Title;
    QList<int> cardLines;
    for (const Line &l : lines) {
        if (auto header = parseCardHeader(l.text)) {
            Source s;
            s.id = guide::newId();
            s.relevance = header->relevance;
            s.outlet = header->outlet;
            s.published = header->published;
            m_guide.sources.append(s);
            cardLines.append(l.number);
            expect = Title;
            const QString path = QStringLiteral("sources[%1]").arg(m_guide.sources.size() - 1);
            if (header->hadLink)
                warn(l.number, path + QStringLiteral(".url"),
                     ImportText::tr("source %1 (%2) had a link, but the page text has no URL; add it")
                         .arg(m_guide.sources.size())
                         .arg(s.outlet));
            if (s.published.isEmpty())
                warn(l.number, path + QStringLiteral(".published"),
                     ImportText::tr("source %1 shows only \"%2\"; fill in its published date")
                         .arg(m_guide.sources.size())
                         .arg(header->age.isEmpty() ? ImportText::tr("no date") : header->age));
            continue;
        }
        if (m_guide.sources.size() == firstCard ||
            (footer.match(l.text).hasMatch() && expect == Summary && &l == &lines.back())) {
            info(l.number, {}, ImportText::tr("dropped \"%1\" (not part of a source card)").arg(l.text));
            continue;
        }
        Source &s = m_guide.sources.back();
        if (expect == Title) {
            s.title = l.text;
            expect = Summary;
        } else {
            s.summary += (s.summary.isEmpty() ? QString() : QStringLiteral("\n\n")) + l.text;
        }
    }
    // Keys from outlet and title: "chip-weekly-vendor-announces-risc-v"; unique in the guide.
    for (qsizetype i = firstCard; i < m_guide.sources.size(); ++i) {
        Source &s = m_guide.sources[i];
        const int cardLine = cardLines[i - firstCard];
        const QStringList titleWords = guide::slugify(s.title).split(u'-', Qt::SkipEmptyParts).mid(0, 4);
        QString base = guide::slugify(s.outlet);
        if (!titleWords.isEmpty())
            base += (base.isEmpty() ? QString() : QStringLiteral("-")) + titleWords.join(u'-');
        if (base.isEmpty())
            base = QStringLiteral("source");
        s.key = base;
        for (int n = 2; keys.contains(s.key); ++n)
            s.key = base + u'-' + QString::number(n);
        keys.insert(s.key);
        if (s.title.isEmpty())
            warn(cardLine, QStringLiteral("sources[%1].title").arg(i),
                 ImportText::tr("source %1 has no title").arg(i + 1));
        info(cardLine, QStringLiteral("sources[%1].key").arg(i),
             ImportText::tr("source %1 (%2) given the citation key \"%3\"").arg(i + 1).arg(s.outlet, s.key));
    }
    if (mark.count >= 0 && mark.count != m_guide.sources.size())
        warn(headingLine, QStringLiteral("sources"),
             ImportText::tr("the heading announces %1 source(s) but %2 card(s) were read; check them")
                 .arg(mark.count)
                 .arg(m_guide.sources.size()));
}

void Parser::resolveTimelineSources()
{
    // "Sources: [1] [2]" under an event numbers the source cards.
    for (qsizetype i = 0; i < m_timelineCites.size(); ++i) {
        for (const int n : std::as_const(m_timelineCites[i])) {
            if (n >= 1 && n <= m_guide.sources.size())
                m_guide.timeline[i].sources << m_guide.sources[n - 1].key;
            else
                warn(m_timelineLines[i], QStringLiteral("timeline[%1].sources").arg(i),
                     ImportText::tr("timeline entry %1 cites source [%2], which the page does not list")
                         .arg(i + 1)
                         .arg(n));
        }
    }
}

} // namespace

std::optional<Guide> read(const QByteArray &data, const QString &fileName, ImportReport *report,
                          QString *error)
{
    const auto text = textinput::decode(data, fileName, error);
    if (!text)
        return std::nullopt;
    ImportReport local;
    ImportReport &r = report ? *report : local;
    ImportReport found;
    Parser parser(fileName, &found);
    auto guide = parser.parse(*text, error);
    found.sortByLine();
    r.append(found);
    return guide;
}

} // namespace almanac::pagetext
