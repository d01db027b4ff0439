#pragma once

#include <QString>

namespace almanac {

// Markup that arrives inside imported text fields: CSL-JSON's rich text (<i>,
// <b>, <sup>, <sub>, <span class="nocase">), Crossref's JATS in abstracts
// (<jats:p>, <jats:italic>) and HTML entities. A guide's titles and summaries are
// plain text, so the markup goes and its text stays.
namespace richtext {

// "&amp;" -> "&", "#233" -> "é"; an unknown name gives an empty string, a bad
// number U+FFFD. name is what stands between '&' and ';'.
QString decodeEntity(const QString &name);

// Tags removed (a '<' that does not open a tag stays: "p < 0.05"), entities
// decoded, white space collapsed; paragraphs (<p>, <jats:p>, <br>) apart by a
// blank line.
QString toPlainText(const QString &markup);

} // namespace richtext
} // namespace almanac
