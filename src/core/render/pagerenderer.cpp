#include "pagerenderer.h"

#include "guide/partialdate.h"
#include "markdown.h"
#include "template.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Q_INIT_RESOURCE declares a function, so it must stand outside any namespace.
static void initCoreResources()
{
    Q_INIT_RESOURCE(almanac_core);
}

namespace almanac {

namespace {

QString resourceText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing built-in resource %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

std::string s(const QString &text)
{
    return text.toStdString();
}

// JSON inside <script type="application/ld+json">: no "<", ">" or "&" may
// appear raw, so no text can close the element.
std::string jsonForScript(const QJsonObject &o)
{
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    return json.toStdString();
}

QString safeHref(const QString &url)
{
    return guide::isValidWebUrl(url) ? url : QString();
}

// A section treats an empty string as true; leave empty values unset instead so
// that {{#name}} sections skip them.
void setIfAny(TemplateData &d, std::string_view name, const QString &value)
{
    if (!value.isEmpty())
        d.set(name, s(value));
}

std::string field(const QString &part, qsizetype index, const char *name)
{
    return s(part) + '[' + std::to_string(index) + "]." + name;
}

} // namespace

struct PageRenderer::Templates
{
    Template page;
    std::string css;
};

PageRenderer::PageRenderer() : m_templates(std::make_unique<Templates>())
{
    initCoreResources();
    m_templates->page = Template(s(resourceText(QStringLiteral(":/almanac/templates/guide.html"))));
    if (!m_templates->page.isValid())
        qFatal("page template: %s", m_templates->page.errorMessage().c_str());
    m_templates->css = s(resourceText(QStringLiteral(":/almanac/css/guide.css")));
}

PageRenderer::~PageRenderer() = default;

QString PageRenderer::ago(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid() || !now.isValid())
        return {};
    const qint64 secs = then.secsTo(now);
    if (secs < 60)
        return QStringLiteral("just now");
    if (secs < 3600)
        return QStringLiteral("%1m ago").arg(secs / 60);
    if (secs < 86400)
        return QStringLiteral("%1h ago").arg(secs / 3600);
    const qint64 days = secs / 86400;
    if (days < 31)
        return QStringLiteral("%1d ago").arg(days);
    if (days < 365)
        return QStringLiteral("%1mo ago").arg(days / 30);
    return QStringLiteral("%1y ago").arg(days / 365);
}

QByteArray PageRenderer::render(const Guide &g, const RenderContext &ctx) const
{
    const MarkdownRenderer md([&g](const QString &key) { return static_cast<int>(g.sourceIndex(key) + 1); });
    auto dateAgo = [&](const QString &date) -> QString {
        const auto d = PartialDate::parse(date);
        return d ? ago(QDateTime(d->firstDay(), QTime(0, 0), Qt::UTC), ctx.now) : QString();
    };

    TemplateData page;
    page.set("css", m_templates->css);
    page.set("generator", s(ctx.generator));
    page.set("slug", s(g.slug));
    page.set("title", s(g.title.isEmpty() ? QStringLiteral("Untitled guide") : g.title));
    page.set("kind", s(g.kind));
    page.set("level", s(g.level));
    setIfAny(page, "subject", g.subject);
    page.set("status", s(g.status));
    const QString description = MarkdownRenderer::toPlainText(g.tldr);
    page.set("description", s(description));
    page.set("updated_iso", s(g.updated.toUTC().toString(Qt::ISODate)));
    page.set("updated_display",
             s(QLocale::c().toString(g.updated.toUTC().date(), QStringLiteral("d MMM yyyy"))));
    setIfAny(page, "updated_ago", ago(g.updated, ctx.now));
    page.set("tldr_html", md.toHtml(g.tldr));

    TemplateList takeaways;
    takeaways.reserve(static_cast<std::size_t>(g.takeaways.size()));
    for (qsizetype i = 0; i < g.takeaways.size(); ++i) {
        TemplateData t;
        t.set("html", md.toHtml(g.takeaways[i].text));
        t.set("field", field(QStringLiteral("takeaways"), i, "text"));
        takeaways.push_back(std::move(t));
    }
    page.set("takeaways", std::move(takeaways));
    page.set("has_takeaways", !g.takeaways.isEmpty());

    TemplateList sections;
    sections.reserve(static_cast<std::size_t>(g.sections.size()));
    for (qsizetype i = 0; i < g.sections.size(); ++i) {
        const Section &sec = g.sections[i];
        TemplateData d;
        d.set("id", s(sec.id));
        d.set("heading", s(sec.heading));
        d.set("body_html", md.toHtml(sec.body));
        d.set("heading_field", field(QStringLiteral("sections"), i, "heading"));
        d.set("body_field", field(QStringLiteral("sections"), i, "body"));
        sections.push_back(std::move(d));
    }
    page.set("sections", std::move(sections));

    TemplateList timeline;
    timeline.reserve(static_cast<std::size_t>(g.timeline.size()));
    for (qsizetype i = 0; i < g.timeline.size(); ++i) {
        const TimelineEntry &e = g.timeline[i];
        const auto date = PartialDate::parse(e.date);
        TemplateData d;
        d.set("date", s(e.date));
        d.set("date_display", s(date ? date->toDisplayString() : QStringLiteral("Date to be confirmed")));
        d.set("undated", !date.has_value());
        d.set("title", s(e.title));
        d.set("description_html", md.toHtml(e.description));
        d.set("field", field(QStringLiteral("timeline"), i, "description"));
        TemplateList cites;
        for (const QString &key : e.sources) {
            const qsizetype n = g.sourceIndex(key) + 1;
            TemplateData c;
            c.set("n", std::to_string(n));
            c.set("key", s(key));
            c.set("missing", n == 0);
            cites.push_back(std::move(c));
        }
        d.set("cites", std::move(cites));
        d.set("has_cites", !e.sources.isEmpty());
        timeline.push_back(std::move(d));
    }
    page.set("timeline", std::move(timeline));
    page.set("has_timeline", !g.timeline.isEmpty());

    TemplateList topics;
    for (const QString &t : g.topics)
        topics.push_back(std::move(TemplateData().set("name", s(t))));
    page.set("topics", std::move(topics));
    page.set("has_topics", !g.topics.isEmpty());

    TemplateList faq;
    QJsonArray faqLd;
    for (qsizetype i = 0; i < g.faq.size(); ++i) {
        const FaqEntry &f = g.faq[i];
        TemplateData d;
        d.set("question", s(f.question));
        d.set("answer_html", md.toHtml(f.answer));
        d.set("field", field(QStringLiteral("faq"), i, "answer"));
        faq.push_back(std::move(d));
        faqLd.append(
            QJsonObject{{QStringLiteral("@type"), QStringLiteral("Question")},
                        {QStringLiteral("name"), f.question},
                        {QStringLiteral("acceptedAnswer"),
                         QJsonObject{{QStringLiteral("@type"), QStringLiteral("Answer")},
                                     {QStringLiteral("text"), MarkdownRenderer::toPlainText(f.answer)}}}});
    }
    page.set("faq", std::move(faq));
    page.set("has_faq", !g.faq.isEmpty());

    TemplateList versions;
    for (const RenderContext::Version &v : ctx.versions) {
        TemplateData d;
        d.set("label", s(v.label));
        d.set("live", v.live);
        const QString versionAgo = ago(v.time, ctx.now);
        d.set("ago",
              s(versionAgo.isEmpty() ? v.time.toUTC().toString(QStringLiteral("d MMM yyyy")) : versionAgo));
        d.set("iso", s(v.time.toUTC().toString(Qt::ISODate)));
        versions.push_back(std::move(d));
        if (v.live)
            page.set("live_version", s(v.label));
    }
    page.set("versions", std::move(versions));
    page.set("has_versions", !ctx.versions.isEmpty());

    TemplateList related;
    for (const QString &slug : g.related) {
        TemplateData d;
        const auto it = ctx.guideTitles.constFind(slug);
        const bool known = it != ctx.guideTitles.cend() && guide::isValidSlug(slug);
        d.set("title", s(known ? it.value() : slug));
        if (known)
            d.set("href", s(ctx.relatedLink.arg(slug)));
        d.set("missing", !known);
        related.push_back(std::move(d));
    }
    page.set("related", std::move(related));
    page.set("related_count", std::to_string(g.related.size()));
    page.set("has_related", !g.related.isEmpty());

    TemplateList sources;
    sources.reserve(static_cast<std::size_t>(g.sources.size()));
    for (qsizetype i = 0; i < g.sources.size(); ++i) {
        const Source &src = g.sources[i];
        TemplateData d;
        d.set("n", std::to_string(i + 1));
        d.set("key", s(src.key));
        d.set("relevance", std::to_string(src.relevance));
        d.set("outlet", s(src.outlet));
        setIfAny(d, "published", src.published);
        const auto published = PartialDate::parse(src.published);
        d.set("published_display", s(published ? published->toDisplayString() : QString()));
        setIfAny(d, "published_ago", dateAgo(src.published));
        const QString href = safeHref(src.url);
        d.set("url", s(href));
        d.set("has_url", !href.isEmpty());
        d.set("title", s(src.title));
        d.set("summary", s(src.summary));
        d.set("field", field(QStringLiteral("sources"), i, "summary"));
        sources.push_back(std::move(d));
    }
    page.set("sources", std::move(sources));
    page.set("sources_count", std::to_string(g.sources.size()));
    page.set("has_sources", !g.sources.isEmpty());

    QJsonObject article{
        {QStringLiteral("@context"), QStringLiteral("https://schema.org")},
        {QStringLiteral("@type"), QStringLiteral("Article")},
        {QStringLiteral("headline"), g.title},
        {QStringLiteral("description"), description},
        {QStringLiteral("dateCreated"), g.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("dateModified"), g.updated.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("about"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Thing")},
                                              {QStringLiteral("name"), g.subject}}},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(g.topics)}};
    page.set("jsonld_article", jsonForScript(article));
    if (!g.faq.isEmpty()) {
        page.set("jsonld_faq",
                 jsonForScript(QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                                           {QStringLiteral("@type"), QStringLiteral("FAQPage")},
                                           {QStringLiteral("mainEntity"), faqLd}}));
    }

    std::string out;
    out.reserve(64 * 1024);
    m_templates->page.render(page, out);
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

} // namespace almanac
