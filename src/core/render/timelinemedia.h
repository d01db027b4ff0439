#pragma once

#include <QJsonObject>
#include <QString>

namespace almanac {

// What a timeline entry's TimelineJS media (TimelineEntry::timelinejs "media":
// url, caption, credit, thumbnail, alt) shows on the page and in the drawn
// timeline. TimelineJS puts a quote in place of a URL ("<blockquote>…"); other
// URLs are images, when their path says so, or pages to link to. Only http and
// https URLs are ever used; all text is plain (markup removed), for escaping.
struct TimelineMedia
{
    enum class Kind
    {
        None,  // no media, or a URL that is not http(s)
        Image, // an https image: a figure
        Quote, // a quote: a blockquote
        Link   // any other http(s) URL (a video, a map, an http image): a link
    };
    Kind kind = Kind::None;
    QString url;     // the image or link; empty for a quote
    QString quote;   // a quote's text
    QString caption; // plain text, may be empty
    QString credit;  // likewise
    QString alt;     // an image's alternative text: alt, else caption, else "Image"

    static TimelineMedia of(const QJsonObject &timelinejs);
};

} // namespace almanac
