#include "diffformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace almanac::diff {

namespace {

QString opName(worddiff::Op::Kind kind)
{
    switch (kind) {
    case worddiff::Op::Kind::Delete:
        return QStringLiteral("delete");
    case worddiff::Op::Kind::Insert:
        return QStringLiteral("insert");
    case worddiff::Op::Kind::Equal:
        break;
    }
    return QStringLiteral("equal");
}

QString changeName(const ItemChange &c)
{
    switch (c.kind) {
    case ItemChange::Kind::Added:
        return QStringLiteral("added");
    case ItemChange::Kind::Removed:
        return QStringLiteral("removed");
    case ItemChange::Kind::Kept:
        break;
    }
    return c.fields.isEmpty() ? QStringLiteral("moved") : QStringLiteral("changed");
}

QString place(const ItemChange &c)
{
    return QStringLiteral("%1[%2]").arg(c.part).arg(c.kind == ItemChange::Kind::Removed ? c.from : c.to);
}

// The lines of a field's word diff that hold a change, markers closed at each
// line end as git does.
QStringList changedLines(const QList<worddiff::Op> &ops)
{
    QStringList lines{QString()};
    QList<bool> changed{false};
    for (const worddiff::Op &op : ops) {
        // A change of line breaks alone would leave nothing to see: show each
        // break as ↵ inside the markers, on the line where it happens.
        if (op.kind != worddiff::Op::Kind::Equal && op.text.contains(u'\n') && op.text.trimmed().isEmpty()) {
            QString shown = op.text;
            shown.replace(u'\n', u'↵');
            const bool deleted = op.kind == worddiff::Op::Kind::Delete;
            lines.back() += (deleted ? QStringLiteral("[-") : QStringLiteral("{+")) + shown +
                            (deleted ? QStringLiteral("-]") : QStringLiteral("+}"));
            changed.back() = true;
            continue;
        }
        const QStringList parts = op.text.split(u'\n');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0) {
                lines.append(QString());
                changed.append(false);
            }
            if (parts[i].isEmpty())
                continue;
            switch (op.kind) {
            case worddiff::Op::Kind::Equal:
                lines.back() += parts[i];
                break;
            case worddiff::Op::Kind::Delete:
                lines.back() += QStringLiteral("[-") + parts[i] + QStringLiteral("-]");
                changed.back() = true;
                break;
            case worddiff::Op::Kind::Insert:
                lines.back() += QStringLiteral("{+") + parts[i] + QStringLiteral("+}");
                changed.back() = true;
                break;
            }
        }
    }
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (changed[i])
            out << lines[i];
    }
    return out;
}

QString countsText(const PartCounts &c)
{
    QStringList parts;
    if (c.added)
        parts << QStringLiteral("%1 added").arg(c.added);
    if (c.removed)
        parts << QStringLiteral("%1 removed").arg(c.removed);
    if (c.changed)
        parts << QStringLiteral("%1 changed").arg(c.changed);
    if (c.moved)
        parts << QStringLiteral("%1 moved").arg(c.moved);
    return parts.join(QStringLiteral(", "));
}

QJsonArray wordsJson(const QList<worddiff::Op> &ops)
{
    QJsonArray a;
    for (const worddiff::Op &op : ops)
        a.append(QJsonObject{{QStringLiteral("op"), opName(op.kind)}, {QStringLiteral("text"), op.text}});
    return a;
}

QJsonArray fieldsJson(const QList<FieldChange> &fields)
{
    QJsonArray a;
    for (const FieldChange &f : fields)
        a.append(QJsonObject{{QStringLiteral("field"), f.field},
                             {QStringLiteral("before"), f.before},
                             {QStringLiteral("after"), f.after},
                             {QStringLiteral("words"), wordsJson(f.words)}});
    return a;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString wordsToHtml(const QList<worddiff::Op> &ops)
{
    QString out;
    for (const worddiff::Op &op : ops) {
        switch (op.kind) {
        case worddiff::Op::Kind::Equal:
            out += esc(op.text);
            break;
        case worddiff::Op::Kind::Delete:
            out += QStringLiteral("<del>") + esc(op.text) + QStringLiteral("</del>");
            break;
        case worddiff::Op::Kind::Insert:
            out += QStringLiteral("<ins>") + esc(op.text) + QStringLiteral("</ins>");
            break;
        }
    }
    return out;
}

QString toText(const GuideDiff &d, const DiffLabels &labels)
{
    QString out = QStringLiteral("diff %1 %2..%3\n").arg(labels.slug, labels.from, labels.to);
    if (d.isEmpty())
        return out + QStringLiteral("no changes\n");
    auto fieldLines = [&](const FieldChange &f, const QString &indent) {
        const QStringList lines = changedLines(f.words);
        out += indent + f.field + u':';
        if (lines.size() == 1) {
            out += u' ' + lines.first() + u'\n';
        } else {
            out += u'\n';
            for (const QString &l : lines)
                out += indent + QStringLiteral("  ") + l + u'\n';
        }
    };
    if (!d.metadata.isEmpty()) {
        out += QStringLiteral("@@ metadata\n");
        for (const FieldChange &f : d.metadata)
            fieldLines(f, QString());
    }
    QString part;
    for (const QString &name : partNames()) {
        for (const ItemChange &c : d.items) {
            if (c.part != name)
                continue;
            if (part != c.part) {
                part = c.part;
                out += QStringLiteral("@@ %1\n").arg(part);
            }
            const QString sign = c.kind == ItemChange::Kind::Added     ? QStringLiteral("+")
                                 : c.kind == ItemChange::Kind::Removed ? QStringLiteral("-")
                                 : c.fields.isEmpty()                  ? QStringLiteral(">")
                                                                       : QStringLiteral("~");
            out += QStringLiteral("%1 %2 \"%3\" %4").arg(sign, place(c), c.label.left(80), changeName(c));
            if (c.moved)
                out += (c.fields.isEmpty() ? QStringLiteral(" (from %1 to %2)") : QStringLiteral(" (and moved from %1 to %2)")).arg(c.from).arg(c.to);
            out += u'\n';
            for (const FieldChange &f : c.fields)
                fieldLines(f, QStringLiteral("    "));
        }
        for (const ListChange &l : d.lists) {
            if (l.part != name)
                continue;
            out += QStringLiteral("@@ %1\n").arg(l.part);
            for (const QString &s : l.added)
                out += QStringLiteral("+ %1\n").arg(s);
            for (const QString &s : l.removed)
                out += QStringLiteral("- %1\n").arg(s);
            if (l.reordered)
                out += QStringLiteral("> reordered\n");
        }
    }
    out += QStringLiteral("@@ summary\n");
    for (const auto &[name, counts] : d.summary())
        out += QStringLiteral("%1: %2\n").arg(name, countsText(counts));
    return out;
}

QByteArray toJson(const GuideDiff &d, const DiffLabels &labels)
{
    QJsonObject summary;
    for (const auto &[name, c] : d.summary())
        summary.insert(name, QJsonObject{{QStringLiteral("added"), c.added},
                                         {QStringLiteral("removed"), c.removed},
                                         {QStringLiteral("changed"), c.changed},
                                         {QStringLiteral("moved"), c.moved}});
    QJsonArray items;
    for (const ItemChange &c : d.items) {
        QJsonObject o{{QStringLiteral("part"), c.part},
                      {QStringLiteral("id"), c.id},
                      {QStringLiteral("change"), changeName(c)},
                      {QStringLiteral("moved"), c.moved},
                      {QStringLiteral("label"), c.label},
                      {QStringLiteral("fields"), fieldsJson(c.fields)}};
        o.insert(QStringLiteral("from"), c.from < 0 ? QJsonValue() : QJsonValue(c.from));
        o.insert(QStringLiteral("to"), c.to < 0 ? QJsonValue() : QJsonValue(c.to));
        items.append(o);
    }
    QJsonArray lists;
    for (const ListChange &l : d.lists)
        lists.append(QJsonObject{{QStringLiteral("part"), l.part},
                                 {QStringLiteral("added"), QJsonArray::fromStringList(l.added)},
                                 {QStringLiteral("removed"), QJsonArray::fromStringList(l.removed)},
                                 {QStringLiteral("reordered"), l.reordered}});
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("almanac-diff/1")},
                           {QStringLiteral("guide"), labels.slug},
                           {QStringLiteral("from"), labels.from},
                           {QStringLiteral("to"), labels.to},
                           {QStringLiteral("empty"), d.isEmpty()},
                           {QStringLiteral("summary"), summary},
                           {QStringLiteral("metadata"), fieldsJson(d.metadata)},
                           {QStringLiteral("items"), items},
                           {QStringLiteral("lists"), lists}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray toHtml(const GuideDiff &d, const DiffLabels &labels)
{
    QString body;
    auto fieldRows = [&](const QList<FieldChange> &fields) {
        for (const FieldChange &f : fields)
            body += QStringLiteral("<div class=\"field\"><span class=\"name\">%1</span><div class=\"words\">%2</div></div>\n")
                        .arg(esc(f.field), wordsToHtml(f.words));
    };
    if (d.isEmpty())
        body += QStringLiteral("<p class=\"empty\">No changes.</p>\n");
    body += QStringLiteral("<ul class=\"summary\">\n");
    for (const auto &[name, counts] : d.summary())
        body += QStringLiteral("<li><b>%1</b> %2</li>\n").arg(esc(name), esc(countsText(counts)));
    body += QStringLiteral("</ul>\n");
    if (!d.metadata.isEmpty()) {
        body += QStringLiteral("<section class=\"part\" id=\"part-metadata\"><h2>metadata</h2>\n");
        fieldRows(d.metadata);
        body += QStringLiteral("</section>\n");
    }
    for (const QString &name : partNames()) {
        bool open = false;
        for (const ItemChange &c : d.items) {
            if (c.part != name)
                continue;
            if (!open) {
                body += QStringLiteral("<section class=\"part\" id=\"part-%1\"><h2>%1</h2>\n").arg(esc(name));
                open = true;
            }
            body += QStringLiteral("<div class=\"item %1\"><h3>%2 <span class=\"where\">%3 %4%5</span></h3>\n")
                        .arg(changeName(c), esc(c.label.left(120)), esc(place(c)), changeName(c),
                             c.moved ? QStringLiteral(", moved from %1 to %2").arg(c.from).arg(c.to) : QString());
            fieldRows(c.fields);
            body += QStringLiteral("</div>\n");
        }
        for (const ListChange &l : d.lists) {
            if (l.part != name)
                continue;
            if (!open) {
                body += QStringLiteral("<section class=\"part\" id=\"part-%1\"><h2>%1</h2>\n").arg(esc(name));
                open = true;
            }
            for (const QString &s : l.added)
                body += QStringLiteral("<div class=\"tag\"><ins>%1</ins></div>\n").arg(esc(s));
            for (const QString &s : l.removed)
                body += QStringLiteral("<div class=\"tag\"><del>%1</del></div>\n").arg(esc(s));
        }
        if (open)
            body += QStringLiteral("</section>\n");
    }
    const QString page = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        "<title>%1: %2..%3</title>\n<style>\n"
        "body{font:15px/1.55 'DejaVu Sans',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}"
        "h1{font-size:1.4rem}h2{font-size:1.1rem;border-bottom:1px solid #ddd;margin-top:2rem}"
        "h3{font-size:1rem;margin:.8rem 0 .3rem}.where{color:#666;font-weight:normal;font-size:.85rem}"
        ".field{display:grid;grid-template-columns:7rem 1fr;gap:.5rem;margin:.2rem 0}"
        ".name{color:#666;font-size:.85rem}.words{white-space:pre-wrap}"
        "del{background:#fde2e1;color:#8a1c15}ins{background:#dcf5dc;color:#17561b;text-decoration:none}"
        ".item.added h3{color:#17561b}.item.removed h3{color:#8a1c15}\n"
        "</style>\n</head>\n<body>\n<h1>%1: %2 → %3</h1>\n%4</body>\n</html>\n")
                             .arg(esc(labels.slug), esc(labels.from), esc(labels.to), body);
    return page.toUtf8();
}

} // namespace almanac::diff
