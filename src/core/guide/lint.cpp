#include "lint.h"

#include "citations.h"
#include "messages.h"
#include "partialdate.h"
#include "validate.h"

#include <QSet>

namespace almanac {

QString Finding::severityName() const
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

bool hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Finding::Severity::Error; });
}

namespace {

class Linter
{
public:
    Linter(const Guide &guide, const LintContext &context) : g(guide), ctx(context)
    {
        for (const Source &s : g.sources)
            m_keys.insert(s.key);
    }

    QList<Finding> run()
    {
        metadata();
        citedIn(QStringLiteral("tldr"), g.tldr);
        for (qsizetype i = 0; i < g.takeaways.size(); ++i) {
            const QString p = path(u"takeaways", i);
            if (g.takeaways[i].text.trimmed().isEmpty())
                add(Finding::Severity::Warning, QStringLiteral("empty-takeaway"), p + QStringLiteral(".text"),
                    GuideText::tr("takeaway %1 is empty").arg(i + 1));
            citedIn(p + QStringLiteral(".text"), g.takeaways[i].text);
        }
        sections();
        timeline();
        for (qsizetype i = 0; i < g.faq.size(); ++i) {
            const QString p = path(u"faq", i);
            if (g.faq[i].question.trimmed().isEmpty())
                add(Finding::Severity::Error, QStringLiteral("empty-question"),
                    p + QStringLiteral(".question"),
                    GuideText::tr("FAQ entry %1 has no question").arg(i + 1));
            if (g.faq[i].answer.trimmed().isEmpty())
                add(Finding::Severity::Warning, QStringLiteral("empty-answer"), p + QStringLiteral(".answer"),
                    GuideText::tr("FAQ entry %1 has no answer").arg(i + 1));
            citedIn(p + QStringLiteral(".answer"), g.faq[i].answer);
        }
        related();
        sources();
        // The guide file's value rules (guide/validate.h) that the checks above do not
        // make themselves: what a version reader would refuse is an error here too.
        for (const guide::Invalid &invalid : guide::problems(g)) {
            if (!m_ruled.contains(invalid.place))
                add(Finding::Severity::Error, invalid.code, invalid.place, invalid.message);
        }
        return m_findings;
    }

private:
    static QString path(QStringView part, qsizetype index)
    {
        return part.toString() + u'[' + QString::number(index) + u']';
    }

    void add(Finding::Severity severity, const QString &code, const QString &place, const QString &message)
    {
        m_findings.append({severity, code, place, message});
    }

    // A value rule checked in its place among the other findings; not reported again at the end.
    void rule(const QString &place, const std::optional<guide::Problem> &problem)
    {
        m_ruled.insert(place);
        if (problem)
            add(Finding::Severity::Error, problem->code, place, problem->message);
    }

    void metadata()
    {
        if (g.title.trimmed().isEmpty())
            add(Finding::Severity::Error, QStringLiteral("missing-title"), QStringLiteral("title"),
                GuideText::tr("the guide has no title"));
        if (g.tldr.trimmed().isEmpty())
            add(Finding::Severity::Error, QStringLiteral("missing-tldr"), QStringLiteral("tldr"),
                GuideText::tr("the guide has no TL;DR"));
        rule(QStringLiteral("slug"), guide::rules::slug(g.slug));
        if (ctx.knowsWorkspace) {
            const auto it = ctx.guideIdBySlug.constFind(g.slug);
            if (it != ctx.guideIdBySlug.cend() && it.value() != g.id)
                add(Finding::Severity::Error, QStringLiteral("duplicate-slug"), QStringLiteral("slug"),
                    GuideText::tr("another guide already has the slug \"%1\"").arg(g.slug));
        }
    }

    void sections()
    {
        for (qsizetype i = 0; i < g.sections.size(); ++i) {
            const QString p = path(u"sections", i);
            const Section &s = g.sections[i];
            if (s.heading.trimmed().isEmpty())
                add(Finding::Severity::Warning, QStringLiteral("missing-heading"),
                    p + QStringLiteral(".heading"), GuideText::tr("section %1 has no heading").arg(i + 1));
            if (s.body.trimmed().isEmpty())
                add(Finding::Severity::Warning, QStringLiteral("empty-section"), p + QStringLiteral(".body"),
                    GuideText::tr("section %1 (\"%2\") has no text").arg(i + 1).arg(s.heading));
            citedIn(p + QStringLiteral(".body"), s.body);
        }
    }

    void timeline()
    {
        std::optional<PartialDate> previous;
        for (qsizetype i = 0; i < g.timeline.size(); ++i) {
            const QString p = path(u"timeline", i);
            const TimelineEntry &e = g.timeline[i];
            const auto date = PartialDate::parse(e.date);
            if (e.date.isEmpty()) {
                add(Finding::Severity::Warning, QStringLiteral("undated-entry"), p + QStringLiteral(".date"),
                    GuideText::tr("timeline entry \"%1\" has no date").arg(e.title));
            } else if (!date) {
                rule(p + QStringLiteral(".date"), guide::rules::date(e.date));
            } else {
                if (previous && *date < *previous)
                    add(Finding::Severity::Warning, QStringLiteral("timeline-order"),
                        p + QStringLiteral(".date"),
                        GuideText::tr("timeline entry \"%1\" (%2) comes after a later one (%3)")
                            .arg(e.title, e.date, previous->toString()));
                previous = date;
            }
            if (e.title.trimmed().isEmpty())
                add(Finding::Severity::Error, QStringLiteral("missing-entry-title"),
                    p + QStringLiteral(".title"), GuideText::tr("timeline entry %1 has no title").arg(i + 1));
            citedIn(p + QStringLiteral(".description"), e.description);
            for (qsizetype k = 0; k < e.sources.size(); ++k)
                cite(p + QStringLiteral(".sources[%1]").arg(k), e.sources[k]);
        }
    }

    void related()
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < g.related.size(); ++i) {
            const QString &slug = g.related[i];
            const QString p = path(u"related", i);
            if (slug == g.slug)
                add(Finding::Severity::Warning, QStringLiteral("self-related"), p,
                    GuideText::tr("the guide lists itself as related"));
            else if (ctx.knowsWorkspace && !ctx.guideIdBySlug.contains(slug))
                add(Finding::Severity::Error, QStringLiteral("broken-related"), p,
                    GuideText::tr("no guide has the slug \"%1\"").arg(slug));
            rule(p, guide::rules::slug(slug));
            if (seen.contains(slug))
                add(Finding::Severity::Warning, QStringLiteral("duplicate-related"), p,
                    GuideText::tr("\"%1\" is listed twice").arg(slug));
            seen.insert(slug);
        }
    }

    void sources()
    {
        QHash<QString, qsizetype> firstByKey;
        for (qsizetype i = 0; i < g.sources.size(); ++i) {
            const Source &s = g.sources[i];
            const QString p = path(u"sources", i);
            rule(p + QStringLiteral(".key"), guide::rules::sourceKey(s.key));
            if (firstByKey.contains(s.key))
                add(Finding::Severity::Error, QStringLiteral("duplicate-source-key"),
                    p + QStringLiteral(".key"),
                    GuideText::tr("the key \"%1\" is also used by sources[%2]")
                        .arg(s.key)
                        .arg(firstByKey[s.key]));
            else
                firstByKey.insert(s.key, i);
            if (!m_cited.contains(s.key))
                add(Finding::Severity::Warning, QStringLiteral("uncited-source"), p,
                    GuideText::tr("source \"%1\" is never cited").arg(s.key));
            if (s.url.isEmpty())
                add(Finding::Severity::Warning, QStringLiteral("source-without-url"),
                    p + QStringLiteral(".url"), GuideText::tr("source \"%1\" has no URL").arg(s.key));
            else
                rule(p + QStringLiteral(".url"), guide::rules::webUrl(s.url));
            rule(p + QStringLiteral(".relevance"), guide::rules::relevance(s.relevance));
        }
    }

    void citedIn(const QString &place, const QString &text)
    {
        for (const QString &key : citations::keys(text))
            cite(place, key);
    }

    void cite(const QString &place, const QString &key)
    {
        m_cited.insert(key);
        if (!m_keys.contains(key)) // looked up: a field may cite thousands of keys
            add(Finding::Severity::Error, QStringLiteral("undefined-citation"), place,
                GuideText::tr("cites \"%1\", which no source has as its key").arg(key));
    }

    const Guide &g;
    const LintContext &ctx;
    QSet<QString> m_keys; // of the sources
    QSet<QString> m_cited;
    QSet<QString> m_ruled;
    QList<Finding> m_findings;
};

} // namespace

QList<Finding> lint(const Guide &guide, const LintContext &context)
{
    return Linter(guide, context).run();
}

} // namespace almanac
