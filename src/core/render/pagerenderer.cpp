#include "pagerenderer.h"

#include "guide/language.h"
#include "guide/partialdate.h"
#include "io/csljson.h"
#include "markdown.h"
#include "render/pagewords.h"
#include "render/timelinemedia.h"
#include "template.h"

#include <QFile>

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

// A JSON string as QJsonDocument::Compact writes it (control characters,
// '"' and backslash escaped, lowercase hex, other characters as UTF-8, an unpaired
// surrogate as \uXXXX), and, for JSON inside <script type="application/ld+json">,
// '<', '>' and '&' as \u003c, \u003e and \u0026 so that no text can close the element.
void appendJsonString(std::string &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    auto escape = [&](char16_t u) {
        const char e[] = {'\\',       'u', hex[(u >> 12) & 15], hex[(u >> 8) & 15], hex[(u >> 4) & 15],
                          hex[u & 15]};
        out.append(e, sizeof e);
    };
    out += '"';
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            switch (u) {
            case u'"':
                out += "\\\"";
                break;
            case u'\\':
                out += "\\\\";
                break;
            case u'\b':
                out += "\\b";
                break;
            case u'\f':
                out += "\\f";
                break;
            case u'\n':
                out += "\\n";
                break;
            case u'\r':
                out += "\\r";
                break;
            case u'\t':
                out += "\\t";
                break;
            case u'<':
            case u'>':
            case u'&':
                escape(u);
                break;
            default:
                if (u < 0x20)
                    escape(u);
                else
                    out += static_cast<char>(u);
            }
        } else if (u < 0x800) {
            out += static_cast<char>(0xc0 | (u >> 6));
            out += static_cast<char>(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            out += static_cast<char>(0xe0 | (u >> 12));
            out += static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            out += static_cast<char>(0xf0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3f));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (c & 0x3f));
        } else {
            escape(u);
        }
    }
    out += '"';
}

// "key": as in a compact JSON object (keys are plain ASCII here).
void appendKey(std::string &out, std::string_view key)
{
    out += '"';
    out += key;
    out += "\":";
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

// A point of a guide date as HTML's datetime attribute has it ("2015-08"), or
// empty where HTML has no form for it (years before 1 or after 9999, seasons).
QString htmlDate(PartialDate::Point p)
{
    if (p.year < 1 || p.year > 9999 || p.isSeason())
        return {};
    p.circa = false;
    return PartialDate(p).toString();
}

// A timeline entry's media: an https image as a figure, a quote as a
// blockquote, another http(s) URL as a link; all of it escaped by the template.
void setMedia(TemplateData &d, const TimelineMedia &m)
{
    switch (m.kind) {
    case TimelineMedia::Kind::None:
        return;
    case TimelineMedia::Kind::Image:
        d.set("media_image", true);
        d.set("media_alt", s(m.alt));
        d.set("media_has_caption", !m.caption.isEmpty() || !m.credit.isEmpty());
        break;
    case TimelineMedia::Kind::Quote:
        d.set("media_quote", s(m.quote));
        break;
    case TimelineMedia::Kind::Link:
        d.set("media_link", true);
        d.set("media_link_text", s(m.caption.isEmpty() ? m.url : m.caption));
        break;
    }
    setIfAny(d, "media_url", m.url);
    setIfAny(d, "media_caption", m.caption);
    setIfAny(d, "media_credit", m.credit);
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

// Markdown fields' HTML by their text, for one citation context (the sources'
// keys in order and the citation label): the last render's and this one's.
struct PageRenderer::FieldCache
{
    QString context;
    QHash<QString, std::string> previous;
    QHash<QString, std::string> current;

    std::string html(const MarkdownRenderer &md, const QString &markdown)
    {
        if (auto it = current.constFind(markdown); it != current.cend())
            return *it;
        auto it = previous.find(markdown);
        std::string out = it != previous.end() ? std::move(*it) : md.toHtml(markdown);
        current.insert(markdown, out);
        return out;
    }
    void start(const QString &citationContext)
    {
        if (citationContext != context) {
            context = citationContext;
            previous.clear();
        }
        current.clear();
    }
    void finish() { previous = std::exchange(current, {}); }
};

PageRenderer::~PageRenderer() = default;

void PageRenderer::setRemembersFields(bool on)
{
    if (!on)
        m_fields.reset();
    else if (!m_fields)
        m_fields = std::make_unique<FieldCache>();
}

std::string PageRenderer::jsonStringForScript(const QString &text)
{
    std::string out;
    appendJsonString(out, text);
    return out;
}

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
    // The page's own words and dates in the guide's language; "3d ago" is English only.
    const PageWords words(g.language);
    auto w = [&words](const char *source) { return s(words.tr(source)); };
    const MarkdownRenderer md([&g](const QString &key) { return static_cast<int>(g.sourceIndex(key) + 1); },
                              words.tr("Source %1"));
    if (m_fields) {
        QString citationContext = words.tr("Source %1");
        for (const Source &source : g.sources)
            citationContext += u'\n' + source.key;
        m_fields->start(citationContext);
    }
    auto html = [&](const QString &markdown) {
        return m_fields ? m_fields->html(md, markdown) : md.toHtml(markdown);
    };
    auto agoIn = [&](const QDateTime &then) { return words.isEnglish() ? ago(then, ctx.now) : QString(); };
    auto dateAgo = [&](const QString &date) -> QString {
        const auto d = PartialDate::parse(date);
        return d ? agoIn(QDateTime(d->firstDay(), QTime(0, 0), Qt::UTC)) : QString();
    };
    auto dayText = [&](const QDate &day) {
        return words.isEnglish() ? QLocale::c().toString(day, QStringLiteral("d MMM yyyy"))
                                 : words.locale().toString(day, QStringLiteral("d MMMM yyyy"));
    };
    // Kind, level and status as the guide names them, in the page's words when they are ours.
    auto ourWord = [&words](const QString &value, std::initializer_list<const char *> ours) {
        for (const char *o : ours) {
            if (value == QLatin1String(o))
                return s(words.tr(o));
        }
        return s(value);
    };

    TemplateData page;
    page.set("css", m_templates->css);
    static constexpr std::pair<const char *, const char *> pageWords[] = {
        {"w_tldr", "TL;DR"},
        {"w_takeaways", "Key takeaways"},
        {"w_timeline", "Timeline"},
        {"w_sources", "Sources:"},
        {"w_topics", "Related topics"},
        {"w_faq", "FAQ"},
        {"w_versions", "Versions"},
        {"w_live", "live"},
        {"w_draft", "draft"},
        {"w_no_guide", "No guide has this slug"},
        {"w_source", "source"},
        {"w_not_published", "Not published yet: this is the working draft."},
    };
    for (const auto &[key, word] : pageWords)
        page.set(key, w(word));
    page.set("made_with", s(words.tr("Made with %1.").arg(ctx.generator)));
    page.set("generator", s(ctx.generator));
    page.set("slug", s(g.slug));
    page.set("title", s(g.title.isEmpty() ? words.tr("Untitled guide") : g.title));
    page.set("kind_display", ourWord(g.kind, {"Guide"}));
    page.set("level_display", ourWord(g.level, {"Beginner", "Intermediate", "Advanced"}));
    setIfAny(page, "subject", g.subject);
    page.set("status", s(g.status));
    page.set("status_display", ourWord(g.status, {"active", "archived"}));
    const QString lang = language::ofPage(g.language);
    page.set("lang", s(lang));
    page.set("dir", s(language::direction(lang)));
    page.set("og_locale", s(language::openGraphLocale(lang)));
    const QString description = MarkdownRenderer::toPlainText(g.tldr);
    page.set("description", s(description));
    page.set("updated_iso", s(g.updated.toUTC().toString(Qt::ISODate)));
    const QString updatedDay = dayText(g.updated.toUTC().date());
    page.set("updated_display", s(updatedDay));
    const QString updatedAgo = agoIn(g.updated);
    page.set("updated_text", s(words.tr("updated %1").arg(updatedAgo.isEmpty() ? updatedDay : updatedAgo)));
    page.set("tldr_html", html(g.tldr));

    TemplateList takeaways;
    takeaways.reserve(static_cast<std::size_t>(g.takeaways.size()));
    for (qsizetype i = 0; i < g.takeaways.size(); ++i) {
        TemplateData t;
        t.set("html", html(g.takeaways[i].text));
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
        d.set("body_html", html(sec.body));
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
        d.set("undated", !date.has_value());
        if (!date) {
            d.set("date_display", w("Date to be confirmed"));
        } else if (!date->end()) {
            d.set("date_display", s(date->toDisplayString(words.locale())));
            setIfAny(d, "datetime", htmlDate(date->start()));
        } else {
            // A range: its start and its end, each a date of its own.
            d.set("date_display", s(PartialDate(date->start()).toDisplayString(words.locale())));
            setIfAny(d, "datetime", htmlDate(date->start()));
            d.set("has_end", true);
            d.set("end_display", s(PartialDate(*date->end()).toDisplayString(words.locale())));
            setIfAny(d, "end_datetime", htmlDate(*date->end()));
        }
        setMedia(d, TimelineMedia::of(e.timelinejs));
        d.set("title", s(e.title));
        d.set("description_html", html(e.description));
        d.set("field", field(QStringLiteral("timeline"), i, "description"));
        TemplateList cites;
        for (const QString &key : e.sources) {
            const qsizetype n = g.sourceIndex(key) + 1;
            TemplateData c;
            c.set("n", std::to_string(n));
            c.set("key", s(key));
            c.set("missing", n == 0);
            c.set("label", s(words.tr("Source %1").arg(n)));
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
    std::string faqLd; // the JSON-LD array's elements
    for (qsizetype i = 0; i < g.faq.size(); ++i) {
        const FaqEntry &f = g.faq[i];
        TemplateData d;
        d.set("question", s(f.question));
        d.set("answer_html", html(f.answer));
        d.set("field", field(QStringLiteral("faq"), i, "answer"));
        faq.push_back(std::move(d));
        // QJsonDocument's key order: sorted.
        faqLd += i ? ",{" : "{";
        appendKey(faqLd, "@type");
        faqLd += "\"Question\",";
        appendKey(faqLd, "acceptedAnswer");
        faqLd += "{";
        appendKey(faqLd, "@type");
        faqLd += "\"Answer\",";
        appendKey(faqLd, "text");
        appendJsonString(faqLd, MarkdownRenderer::toPlainText(f.answer));
        faqLd += "},";
        appendKey(faqLd, "name");
        appendJsonString(faqLd, f.question);
        faqLd += '}';
    }
    page.set("faq", std::move(faq));
    page.set("has_faq", !g.faq.isEmpty());

    TemplateList versions;
    for (const RenderContext::Version &v : ctx.versions) {
        TemplateData d;
        d.set("label", s(v.label));
        d.set("live", v.live);
        const QString versionAgo = agoIn(v.time);
        d.set("ago", s(versionAgo.isEmpty() ? dayText(v.time.toUTC().date()) : versionAgo));
        d.set("iso", s(v.time.toUTC().toString(Qt::ISODate)));
        versions.push_back(std::move(d));
        if (v.live)
            page.set("live_version", s(v.label));
    }
    page.set("versions", std::move(versions));
    page.set("has_versions", !ctx.versions.isEmpty());

    TemplateList related;
    qsizetype relatedCount = 0;
    for (const QString &slug : g.related) {
        TemplateData d;
        const auto it = ctx.guideTitles.constFind(slug);
        const bool known = it != ctx.guideTitles.cend() && guide::isValidSlug(slug);
        if (!known && ctx.onlyKnownRelated)
            continue;
        ++relatedCount;
        d.set("title", s(known ? it.value() : slug));
        if (known)
            d.set("href", s(ctx.relatedLink.arg(slug)));
        d.set("missing", !known);
        related.push_back(std::move(d));
    }
    page.set("related", std::move(related));
    page.set("related_heading", s(words.tr("Related guides (%1)").arg(relatedCount)));
    page.set("has_related", relatedCount > 0);

    TemplateList sources;
    sources.reserve(static_cast<std::size_t>(g.sources.size()));
    for (qsizetype i = 0; i < g.sources.size(); ++i) {
        const Source &src = g.sources[i];
        TemplateData d;
        d.set("n", std::to_string(i + 1));
        d.set("key", s(src.key));
        d.set("relevance", std::to_string(src.relevance));
        d.set("relevance_title", s(words.tr("Relevance %1 of 10").arg(src.relevance)));
        d.set("link_label", s(words.tr("Source %1: %2").arg(QString::number(i + 1), src.title)));
        d.set("outlet", s(src.outlet));
        setIfAny(d, "published", src.published);
        const auto published = PartialDate::parse(src.published);
        d.set("published_display", s(published ? published->toDisplayString(words.locale()) : QString()));
        setIfAny(d, "published_ago", dateAgo(src.published));
        const QString href = safeHref(src.url);
        d.set("url", s(href));
        d.set("has_url", !href.isEmpty());
        d.set("title", s(src.title));
        // From the source's CSL record: who wrote it, and its DOI as a link.
        setIfAny(d, "authors", csljson::authorsText(src.csl));
        // Bare, whatever was typed: a DOI given as its URL never links to doi.org twice.
        const QString doi = csljson::bareDoi(src.csl.value(QLatin1String("DOI")).toString());
        const QString doiHref =
            doi.isEmpty() ? QString() : safeHref(QStringLiteral("https://doi.org/") + doi);
        setIfAny(d, "doi", doiHref.isEmpty() ? QString() : doi);
        setIfAny(d, "doi_url", doiHref);
        d.set("summary", s(src.summary));
        d.set("field", field(QStringLiteral("sources"), i, "summary"));
        sources.push_back(std::move(d));
    }
    page.set("sources", std::move(sources));
    page.set("sources_heading",
             s(words.tr("More on %1 (%2)").arg(g.subject, QString::number(g.sources.size()))));
    page.set("has_sources", !g.sources.isEmpty());

    // The JSON-LD, as QJsonDocument::Compact writes it (keys sorted).
    std::string article = "{";
    appendKey(article, "@context");
    article += "\"https://schema.org\",";
    appendKey(article, "@type");
    article += "\"Article\",";
    appendKey(article, "about");
    article += '{';
    appendKey(article, "@type");
    article += "\"Thing\",";
    appendKey(article, "name");
    appendJsonString(article, g.subject);
    article += "},";
    appendKey(article, "dateCreated");
    appendJsonString(article, g.created.toUTC().toString(Qt::ISODate));
    article += ',';
    appendKey(article, "dateModified");
    appendJsonString(article, g.updated.toUTC().toString(Qt::ISODate));
    article += ',';
    appendKey(article, "description");
    appendJsonString(article, description);
    article += ',';
    appendKey(article, "headline");
    appendJsonString(article, g.title);
    article += ',';
    appendKey(article, "inLanguage");
    appendJsonString(article, lang);
    article += ',';
    appendKey(article, "keywords");
    article += '[';
    for (qsizetype i = 0; i < g.topics.size(); ++i) {
        if (i)
            article += ',';
        appendJsonString(article, g.topics[i]);
    }
    article += "]}";
    page.set("jsonld_article", std::move(article));
    if (!g.faq.isEmpty()) {
        std::string faqPage = "{";
        appendKey(faqPage, "@context");
        faqPage += "\"https://schema.org\",";
        appendKey(faqPage, "@type");
        faqPage += "\"FAQPage\",";
        appendKey(faqPage, "mainEntity");
        faqPage += '[';
        faqPage += faqLd;
        faqPage += "]}";
        page.set("jsonld_faq", std::move(faqPage));
    }

    if (m_fields)
        m_fields->finish();
    std::string out;
    out.reserve(64 * 1024);
    m_templates->page.render(page, out);
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

} // namespace almanac
